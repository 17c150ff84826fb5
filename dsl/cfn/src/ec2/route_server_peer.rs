// @generated from AWS::EC2::RouteServerPeer (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::RouteServerPeer` and its property types.

/// VPC Route Server Peer
///
/// CloudFormation type `AWS::EC2::RouteServerPeer`.
#[derive(Debug, Clone, PartialEq)]
pub struct RouteServerPeer {
    props: ::forma_core::schema::Props,
}
impl RouteServerPeer {
    /// A new resource with its required properties: `BgpOptions`, `PeerAddress`, `RouteServerEndpointId`.
    #[track_caller]
    pub fn new(
        bgp_options: impl ::std::convert::Into<::forma_core::Value<BgpOptions>>,
        peer_address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        route_server_endpoint_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, bgp_options.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, peer_address.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, route_server_endpoint_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RouteServerPeer {
    type Attributes = RouteServerPeerAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::RouteServerPeer"
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
/// The attributes of a `AWS::EC2::RouteServerPeer` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RouteServerPeerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RouteServerPeerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RouteServerPeerAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `RouteServerId`.
    pub fn route_server_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RouteServerId")
    }
    /// `Fn::GetAtt` `EndpointEniId`.
    pub fn endpoint_eni_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EndpointEniId")
    }
    /// `Fn::GetAtt` `EndpointEniAddress`.
    pub fn endpoint_eni_address(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EndpointEniAddress")
    }
    /// `Fn::GetAtt` `SubnetId`.
    pub fn subnet_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SubnetId")
    }
    /// `Fn::GetAtt` `VpcId`.
    pub fn vpc_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcId")
    }
}

/// The values CloudFormation documents: `bfd`, `bgp-keepalive`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PeerLivenessDetection {
    /// `bfd`
    Bfd,
    /// `bgp-keepalive`
    BgpKeepalive,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PeerLivenessDetection {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bfd => "bfd",
            Self::BgpKeepalive => "bgp-keepalive",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["bfd", "bgp-keepalive"]
    }
}
impl ::std::convert::From<PeerLivenessDetection> for ::forma_core::Value<PeerLivenessDetection> {
    fn from(v: PeerLivenessDetection) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PeerLivenessDetection {}

/// BGP Options
#[derive(Debug, Clone, PartialEq)]
pub struct BgpOptions {
    props: ::forma_core::schema::Props,
}
impl BgpOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// BGP ASN of the Route Server Peer
    ///
    /// Allowed: 1 to 4294967294.
    pub fn peer_asn(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// BGP Liveness Detection
    pub fn peer_liveness_detection(mut self, value: impl ::forma_core::schema::EnumArg<PeerLivenessDetection>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for BgpOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BgpOptions> for ::forma_core::Value<BgpOptions> {
    fn from(v: BgpOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BGP_OPTIONS_TYPE.properties))
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

/// The schema of `AWS::EC2::RouteServerPeer`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::RouteServerPeer",
    properties: &[
        ::forma_core::schema::Property {
            name: "BgpOptions",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&BGP_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PeerAddress",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RouteServerEndpointId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
    ],
    rules: &[],
    attributes: &["Arn", "Id", "RouteServerId", "EndpointEniId", "EndpointEniAddress", "SubnetId", "VpcId"],
};

static BGP_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::RouteServerPeer.BgpOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "PeerAsn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(4294967294.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "PeerLivenessDetection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["bfd", "bgp-keepalive"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::RouteServerPeer.Tag",
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
