// @generated from AWS::DirectConnect::TransitVirtualInterface (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DirectConnect::TransitVirtualInterface` and its property types.

/// Resource Type definition for AWS::DirectConnect::TransitVirtualInterface
///
/// CloudFormation type `AWS::DirectConnect::TransitVirtualInterface`.
#[derive(Debug, Clone, PartialEq)]
pub struct TransitVirtualInterface {
    props: ::forma_core::schema::Props,
}
impl TransitVirtualInterface {
    /// A new resource with its required properties: `BgpPeers`, `ConnectionId`, `DirectConnectGatewayId`, `VirtualInterfaceName`, `Vlan`.
    #[track_caller]
    pub fn new(
        bgp_peers: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BgpPeer>>>,
        connection_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        direct_connect_gateway_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        virtual_interface_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vlan: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, bgp_peers.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, connection_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, direct_connect_gateway_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, virtual_interface_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, vlan.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the role to allocate the TransitVifAllocation.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn allocate_transit_virtual_interface_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether to enable or disable SiteLink.
    #[track_caller]
    pub fn enable_site_link(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum transmission unit (MTU), in bytes.
    #[track_caller]
    pub fn mtu(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The rate limit (bandwidth allocation) for the virtual interface.
    #[track_caller]
    pub fn rate_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags associated with the private virtual interface.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TransitVirtualInterface {
    type Attributes = TransitVirtualInterfaceAttributes;
    fn type_name(&self) -> &str {
        "AWS::DirectConnect::TransitVirtualInterface"
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
/// The attributes of a `AWS::DirectConnect::TransitVirtualInterface` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TransitVirtualInterfaceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TransitVirtualInterfaceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TransitVirtualInterfaceAttributes {
    /// `Fn::GetAtt` `BgpPeers.*.BgpPeerId`.
    pub fn bgp_peers_bgp_peer_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "BgpPeers.*.BgpPeerId")
    }
    /// `Fn::GetAtt` `VirtualInterfaceArn`.
    pub fn virtual_interface_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VirtualInterfaceArn")
    }
    /// `Fn::GetAtt` `VirtualInterfaceId`.
    pub fn virtual_interface_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VirtualInterfaceId")
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct BgpPeer {
    props: ::forma_core::schema::Props,
}
impl BgpPeer {
    /// A new value with its required properties: `AddressFamily`, `Asn`.
    pub fn new(
        address_family: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        asn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, address_family.into().into_expr());
        props.set(2, asn.into().into_expr());
        Self { props }
    }
    /// The IP address assigned to the Amazon interface.
    pub fn amazon_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The authentication key for BGP configuration.
    pub fn auth_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `BgpPeerId`.
    pub fn bgp_peer_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The IP address assigned to the customer interface.
    pub fn customer_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BgpPeer> for ::forma_core::Value<BgpPeer> {
    fn from(v: BgpPeer) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BGP_PEER_TYPE.properties))
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

/// The schema of `AWS::DirectConnect::TransitVirtualInterface`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::DirectConnect::TransitVirtualInterface",
properties: &[
::forma_core::schema::Property { name: "AllocateTransitVirtualInterfaceRoleArn", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "BgpPeers", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&BGP_PEER_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) }) },
::forma_core::schema::Property { name: "ConnectionId", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((arn:aws[a-z-]*:directconnect:[a-z0-9-]+:[0-9]{12}:(dxcon/dxcon|dxlag/dxlag))|dx(con|lag))-[a-z0-9A-Z]{8,21}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "DirectConnectGatewayId", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:aws[a-z-]*:directconnect::[0-9]{12}:dx-gateway/)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "EnableSiteLink", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "Mtu", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }) },
::forma_core::schema::Property { name: "RateLimit", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[0-9]+\\.?[0-9]*(Mbps|Gbps|Tbps)$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: None }) },
::forma_core::schema::Property { name: "VirtualInterfaceName", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[\\w \\-_,\\/]{1,100}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Vlan", required: true, create_only: true, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: Some(4095.0) }) },
],
rules: &[],
attributes: &["BgpPeers.*.BgpPeerId", "VirtualInterfaceArn", "VirtualInterfaceId"],
};

static BGP_PEER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DirectConnect::TransitVirtualInterface.BgpPeer",
    properties: &[
        ::forma_core::schema::Property {
            name: "AddressFamily",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(ipv4)|(ipv6)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AmazonAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-fA-F:.]+/[0-9]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Asn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[1-9][0-9]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AuthKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9\\\\!\"#$%&'()*+,\\-./:;<=>?@\\[\\]\\^_`{|}~]{6,80}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "BgpPeerId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^dxpeer-[a-z0-9]{8}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CustomerAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-fA-F:.]+/[0-9]+$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DirectConnect::TransitVirtualInterface.Tag",
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
