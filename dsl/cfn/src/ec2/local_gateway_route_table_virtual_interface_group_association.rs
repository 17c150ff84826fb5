// @generated from AWS::EC2::LocalGatewayRouteTableVirtualInterfaceGroupAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::LocalGatewayRouteTableVirtualInterfaceGroupAssociation` and its property types.

/// Resource Type definition for Local Gateway Route Table Virtual Interface Group Association which describes a local gateway route table virtual interface group association for a local gateway.
///
/// CloudFormation type `AWS::EC2::LocalGatewayRouteTableVirtualInterfaceGroupAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalGatewayRouteTableVirtualInterfaceGroupAssociation {
    props: ::forma_core::schema::Props,
}
impl LocalGatewayRouteTableVirtualInterfaceGroupAssociation {
    /// A new resource with its required properties: `LocalGatewayRouteTableId`, `LocalGatewayVirtualInterfaceGroupId`.
    #[track_caller]
    pub fn new(
        local_gateway_route_table_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        local_gateway_virtual_interface_group_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, local_gateway_route_table_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, local_gateway_virtual_interface_group_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The tags for the local gateway route table virtual interface group association.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LocalGatewayRouteTableVirtualInterfaceGroupAssociation {
    type Attributes = LocalGatewayRouteTableVirtualInterfaceGroupAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::LocalGatewayRouteTableVirtualInterfaceGroupAssociation"
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
/// The attributes of a `AWS::EC2::LocalGatewayRouteTableVirtualInterfaceGroupAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LocalGatewayRouteTableVirtualInterfaceGroupAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LocalGatewayRouteTableVirtualInterfaceGroupAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LocalGatewayRouteTableVirtualInterfaceGroupAssociationAttributes {
    /// `Fn::GetAtt` `LocalGatewayRouteTableVirtualInterfaceGroupAssociationId`.
    pub fn local_gateway_route_table_virtual_interface_group_association_id(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LocalGatewayRouteTableVirtualInterfaceGroupAssociationId")
    }
    /// `Fn::GetAtt` `LocalGatewayId`.
    pub fn local_gateway_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LocalGatewayId")
    }
    /// `Fn::GetAtt` `LocalGatewayRouteTableArn`.
    pub fn local_gateway_route_table_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LocalGatewayRouteTableArn")
    }
    /// `Fn::GetAtt` `OwnerId`.
    pub fn owner_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OwnerId")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
}

/// The `Tag` property type of `AWS::EC2::LocalGatewayRouteTableVirtualInterfaceGroupAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    ///
    /// Allowed: length 1 to 127.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
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

/// The schema of `AWS::EC2::LocalGatewayRouteTableVirtualInterfaceGroupAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::LocalGatewayRouteTableVirtualInterfaceGroupAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "LocalGatewayRouteTableId",
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
        "LocalGatewayRouteTableVirtualInterfaceGroupAssociationId",
        "LocalGatewayId",
        "LocalGatewayRouteTableArn",
        "OwnerId",
        "State",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LocalGatewayRouteTableVirtualInterfaceGroupAssociation.Tag",
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
