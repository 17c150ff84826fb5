// @generated from AWS::NetworkManager::ConnectPeer (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NetworkManager::ConnectPeer` and its property types.

/// AWS::NetworkManager::ConnectPeer Resource Type Definition.
///
/// CloudFormation type `AWS::NetworkManager::ConnectPeer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectPeer {
    props: ::forma_core::schema::Props,
}
impl ConnectPeer {
    /// A new resource with its required properties: `ConnectAttachmentId`, `PeerAddress`.
    #[track_caller]
    pub fn new(
        connect_attachment_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        peer_address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, connect_attachment_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, peer_address.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Bgp options for connect peer.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn bgp_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<BgpOptions>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IP address of a core network.
    ///
    /// Allowed: length 1 to 50.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn core_network_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The inside IP addresses used for a Connect peer configuration.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn inside_cidr_blocks(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The subnet ARN for the connect peer.
    ///
    /// Allowed: length 0 to 500.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn subnet_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ConnectPeer {
    type Attributes = ConnectPeerAttributes;
    fn type_name(&self) -> &str {
        "AWS::NetworkManager::ConnectPeer"
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
/// The attributes of a `AWS::NetworkManager::ConnectPeer` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConnectPeerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConnectPeerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConnectPeerAttributes {
    /// `Fn::GetAtt` `ConnectPeerId`.
    pub fn connect_peer_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConnectPeerId")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `Configuration`.
    pub fn configuration(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Configuration")
    }
    /// `Fn::GetAtt` `CoreNetworkId`.
    pub fn core_network_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CoreNetworkId")
    }
    /// `Fn::GetAtt` `EdgeLocation`.
    pub fn edge_location(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EdgeLocation")
    }
    /// `Fn::GetAtt` `LastModificationErrors`.
    pub fn last_modification_errors(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "LastModificationErrors")
    }
}

/// Bgp options
#[derive(Debug, Clone, PartialEq)]
pub struct BgpOptions {
    props: ::forma_core::schema::Props,
}
impl BgpOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PeerAsn`.
    pub fn peer_asn(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
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

/// The schema of `AWS::NetworkManager::ConnectPeer`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::NetworkManager::ConnectPeer",
    properties: &[
        ::forma_core::schema::Property {
            name: "BgpOptions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&BGP_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConnectAttachmentId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^attachment-([0-9a-f]{8,17})$"),
                min_length: Some(0),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "CoreNetworkAddress",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "InsideCidrBlocks",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\s\\S]*$"),
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PeerAddress",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "SubnetArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[^:]{1,63}:ec2:[^:]{0,63}:[^:]{0,63}:subnet\\/subnet-[0-9a-f]{8,17}$|^$"),
                min_length: Some(0),
                max_length: Some(500),
            }),
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
    attributes: &[
        "ConnectPeerId",
        "State",
        "CreatedAt",
        "Configuration",
        "CoreNetworkId",
        "EdgeLocation",
        "LastModificationErrors",
    ],
};

static BGP_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkManager::ConnectPeer.BgpOptions",
    properties: &[::forma_core::schema::Property {
        name: "PeerAsn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkManager::ConnectPeer.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(10000000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(10000000),
            }),
        },
    ],
    rules: &[],
};
