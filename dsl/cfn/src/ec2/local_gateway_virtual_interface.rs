// @generated from AWS::EC2::LocalGatewayVirtualInterface (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::LocalGatewayVirtualInterface` and its property types.

/// Resource Type definition for Local Gateway Virtual Interface which describes a virtual interface for AWS Outposts local gateways.
///
/// CloudFormation type `AWS::EC2::LocalGatewayVirtualInterface`.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalGatewayVirtualInterface {
    props: ::forma_core::schema::Props,
}
impl LocalGatewayVirtualInterface {
    /// A new resource with its required properties: `LocalAddress`, `LocalGatewayVirtualInterfaceGroupId`, `OutpostLagId`, `PeerAddress`, `Vlan`.
    #[track_caller]
    pub fn new(
        local_address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        local_gateway_virtual_interface_group_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        outpost_lag_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        peer_address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vlan: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, local_address.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, local_gateway_virtual_interface_group_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, outpost_lag_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, peer_address.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, vlan.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The peer BGP ASN.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn peer_bgp_asn(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The extended 32-bit ASN of the BGP peer for use with larger ASN values.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn peer_bgp_asn_extended(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
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
impl ::forma_core::CfnResource for LocalGatewayVirtualInterface {
    type Attributes = LocalGatewayVirtualInterfaceAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::LocalGatewayVirtualInterface"
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
/// The attributes of a `AWS::EC2::LocalGatewayVirtualInterface` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LocalGatewayVirtualInterfaceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LocalGatewayVirtualInterfaceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LocalGatewayVirtualInterfaceAttributes {
    /// `Fn::GetAtt` `LocalGatewayVirtualInterfaceId`.
    pub fn local_gateway_virtual_interface_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LocalGatewayVirtualInterfaceId")
    }
    /// `Fn::GetAtt` `LocalGatewayId`.
    pub fn local_gateway_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LocalGatewayId")
    }
    /// `Fn::GetAtt` `LocalBgpAsn`.
    pub fn local_bgp_asn(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "LocalBgpAsn")
    }
    /// `Fn::GetAtt` `OwnerId`.
    pub fn owner_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OwnerId")
    }
    /// `Fn::GetAtt` `ConfigurationState`.
    pub fn configuration_state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConfigurationState")
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The key name of the tag.
    ///
    /// Allowed: length 1 to 127.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The value for the tag.
    ///
    /// Allowed: length 1 to 255.
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

/// The schema of `AWS::EC2::LocalGatewayVirtualInterface`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::LocalGatewayVirtualInterface",
    properties: &[
        ::forma_core::schema::Property {
            name: "LocalAddress",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LocalGatewayVirtualInterfaceGroupId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OutpostLagId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PeerAddress",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PeerBgpAsn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PeerBgpAsnExtended",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
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
        ::forma_core::schema::Property {
            name: "Vlan",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["LocalGatewayVirtualInterfaceId", "LocalGatewayId", "LocalBgpAsn", "OwnerId", "ConfigurationState"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LocalGatewayVirtualInterface.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:.*)"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:.*)"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};
