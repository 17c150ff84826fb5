// @generated from AWS::EC2::LocalGatewayVirtualInterfaceGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::LocalGatewayVirtualInterfaceGroup` and its property types.

/// Resource Type definition for LocalGatewayVirtualInterfaceGroup which describes a group of LocalGateway VirtualInterfaces
///
/// CloudFormation type `AWS::EC2::LocalGatewayVirtualInterfaceGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalGatewayVirtualInterfaceGroup {
    props: ::forma_core::schema::Props,
}
impl LocalGatewayVirtualInterfaceGroup {
    /// A new resource with its required properties: `LocalGatewayId`.
    #[track_caller]
    pub fn new(local_gateway_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, local_gateway_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The Autonomous System Number(ASN) for the local Border Gateway Protocol (BGP)
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn local_bgp_asn(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The extended 32-bit ASN for the local BGP configuration
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn local_bgp_asn_extended(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags assigned to the virtual interface group
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LocalGatewayVirtualInterfaceGroup {
    type Attributes = LocalGatewayVirtualInterfaceGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::LocalGatewayVirtualInterfaceGroup"
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
/// The attributes of a `AWS::EC2::LocalGatewayVirtualInterfaceGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LocalGatewayVirtualInterfaceGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LocalGatewayVirtualInterfaceGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LocalGatewayVirtualInterfaceGroupAttributes {
    /// `Fn::GetAtt` `LocalGatewayVirtualInterfaceGroupArn`.
    pub fn local_gateway_virtual_interface_group_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LocalGatewayVirtualInterfaceGroupArn")
    }
    /// `Fn::GetAtt` `LocalGatewayVirtualInterfaceGroupId`.
    pub fn local_gateway_virtual_interface_group_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LocalGatewayVirtualInterfaceGroupId")
    }
    /// `Fn::GetAtt` `LocalGatewayVirtualInterfaceIds`.
    pub fn local_gateway_virtual_interface_ids(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "LocalGatewayVirtualInterfaceIds")
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

/// The schema of `AWS::EC2::LocalGatewayVirtualInterfaceGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::LocalGatewayVirtualInterfaceGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "LocalBgpAsn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LocalBgpAsnExtended",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LocalGatewayId",
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
    attributes: &[
        "LocalGatewayVirtualInterfaceGroupArn",
        "LocalGatewayVirtualInterfaceGroupId",
        "LocalGatewayVirtualInterfaceIds",
        "OwnerId",
        "ConfigurationState",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LocalGatewayVirtualInterfaceGroup.Tag",
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
