// @generated from AWS::EC2::TransitGatewayConnectPeer (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::TransitGatewayConnectPeer` and its property types.

/// Resource Type definition for AWS::EC2::TransitGatewayConnectPeer
///
/// CloudFormation type `AWS::EC2::TransitGatewayConnectPeer`.
#[derive(Debug, Clone, PartialEq)]
pub struct TransitGatewayConnectPeer {
    props: ::forma_core::schema::Props,
}
impl TransitGatewayConnectPeer {
    /// A new resource with its required properties: `ConnectPeerConfiguration`, `TransitGatewayAttachmentId`.
    #[track_caller]
    pub fn new(
        connect_peer_configuration: impl ::std::convert::Into<::forma_core::Value<TransitGatewayConnectPeerConfiguration>>,
        transit_gateway_attachment_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, connect_peer_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, transit_gateway_attachment_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The tags for the Connect Peer.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TransitGatewayConnectPeer {
    type Attributes = TransitGatewayConnectPeerAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::TransitGatewayConnectPeer"
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
/// The attributes of a `AWS::EC2::TransitGatewayConnectPeer` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TransitGatewayConnectPeerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TransitGatewayConnectPeerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TransitGatewayConnectPeerAttributes {
    /// `Fn::GetAtt` `TransitGatewayConnectPeerId`.
    pub fn transit_gateway_connect_peer_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TransitGatewayConnectPeerId")
    }
    /// `Fn::GetAtt` `ConnectPeerConfiguration.Protocol`.
    pub fn connect_peer_configuration_protocol(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConnectPeerConfiguration.Protocol")
    }
    /// `Fn::GetAtt` `ConnectPeerConfiguration.BgpConfigurations`.
    pub fn connect_peer_configuration_bgp_configurations(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ConnectPeerConfiguration.BgpConfigurations")
    }
    /// `Fn::GetAtt` `ConnectPeerConfiguration.BgpConfigurations.*.TransitGatewayAddress`.
    pub fn connect_peer_configuration_bgp_configurations_transit_gateway_address(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ConnectPeerConfiguration.BgpConfigurations.*.TransitGatewayAddress")
    }
    /// `Fn::GetAtt` `ConnectPeerConfiguration.BgpConfigurations.*.BgpStatus`.
    pub fn connect_peer_configuration_bgp_configurations_bgp_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ConnectPeerConfiguration.BgpConfigurations.*.BgpStatus")
    }
    /// `Fn::GetAtt` `ConnectPeerConfiguration.BgpConfigurations.*.PeerAddress`.
    pub fn connect_peer_configuration_bgp_configurations_peer_address(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ConnectPeerConfiguration.BgpConfigurations.*.PeerAddress")
    }
    /// `Fn::GetAtt` `ConnectPeerConfiguration.BgpConfigurations.*.TransitGatewayAsn`.
    pub fn connect_peer_configuration_bgp_configurations_transit_gateway_asn(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ConnectPeerConfiguration.BgpConfigurations.*.TransitGatewayAsn")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
}

/// The `TransitGatewayConnectPeerConfiguration` property type of `AWS::EC2::TransitGatewayConnectPeer`.
#[derive(Debug, Clone, PartialEq)]
pub struct TransitGatewayConnectPeerConfiguration {
    props: ::forma_core::schema::Props,
}
impl TransitGatewayConnectPeerConfiguration {
    /// A new value with its required properties: `InsideCidrBlocks`, `PeerAddress`.
    pub fn new(
        inside_cidr_blocks: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        peer_address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, inside_cidr_blocks.into().into_expr());
        props.set(2, peer_address.into().into_expr());
        Self { props }
    }
    /// The BGP configuration details.
    pub fn bgp_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TransitGatewayAttachmentBgpConfiguration>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The tunnel protocol.
    pub fn protocol(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The Connect peer IP address on the transit gateway side of the tunnel.
    pub fn transit_gateway_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TransitGatewayConnectPeerConfiguration>
    for ::forma_core::Value<TransitGatewayConnectPeerConfiguration>
{
    fn from(v: TransitGatewayConnectPeerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSIT_GATEWAY_CONNECT_PEER_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::EC2::TransitGatewayConnectPeer`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The key of the tag.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The value of the tag.
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

/// The `TransitGatewayAttachmentBgpConfiguration` property type of `AWS::EC2::TransitGatewayConnectPeer`.
#[derive(Debug, Clone, PartialEq)]
pub struct TransitGatewayAttachmentBgpConfiguration {
    props: ::forma_core::schema::Props,
}
impl TransitGatewayAttachmentBgpConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The BGP status.
    pub fn bgp_status(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The interior BGP peer IP address for the appliance.
    pub fn peer_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The peer Autonomous System Number (ASN).
    pub fn peer_asn(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The interior BGP peer IP address for the transit gateway.
    pub fn transit_gateway_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The transit gateway Autonomous System Number (ASN).
    pub fn transit_gateway_asn(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TransitGatewayAttachmentBgpConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TransitGatewayAttachmentBgpConfiguration>
    for ::forma_core::Value<TransitGatewayAttachmentBgpConfiguration>
{
    fn from(v: TransitGatewayAttachmentBgpConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSIT_GATEWAY_ATTACHMENT_BGP_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::EC2::TransitGatewayConnectPeer`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::TransitGatewayConnectPeer",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectPeerConfiguration",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&TRANSIT_GATEWAY_CONNECT_PEER_CONFIGURATION_TYPE),
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
            name: "TransitGatewayAttachmentId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[
        "TransitGatewayConnectPeerId",
        "ConnectPeerConfiguration.Protocol",
        "ConnectPeerConfiguration.BgpConfigurations",
        "ConnectPeerConfiguration.BgpConfigurations.*.TransitGatewayAddress",
        "ConnectPeerConfiguration.BgpConfigurations.*.BgpStatus",
        "ConnectPeerConfiguration.BgpConfigurations.*.PeerAddress",
        "ConnectPeerConfiguration.BgpConfigurations.*.TransitGatewayAsn",
        "State",
        "CreationTime",
    ],
};

static TRANSIT_GATEWAY_CONNECT_PEER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::TransitGatewayConnectPeer.TransitGatewayConnectPeerConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "BgpConfigurations",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&TRANSIT_GATEWAY_ATTACHMENT_BGP_CONFIGURATION_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "InsideCidrBlocks",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "PeerAddress",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Protocol",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "TransitGatewayAddress",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::TransitGatewayConnectPeer.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
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

static TRANSIT_GATEWAY_ATTACHMENT_BGP_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::TransitGatewayConnectPeer.TransitGatewayAttachmentBgpConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "BgpStatus",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "PeerAddress",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "PeerAsn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "TransitGatewayAddress",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "TransitGatewayAsn",
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
