// @generated from AWS::EC2::LocalGatewayRoute (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::LocalGatewayRoute` and its property types.

/// Resource Type definition for Local Gateway Route which describes a route for a local gateway route table.
///
/// CloudFormation type `AWS::EC2::LocalGatewayRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalGatewayRoute {
    props: ::forma_core::schema::Props,
}
impl LocalGatewayRoute {
    /// A new resource with its required properties: `DestinationCidrBlock`, `LocalGatewayRouteTableId`.
    ///
    /// CloudFormation also needs exactly one of `LocalGatewayVirtualInterfaceGroupId` or `NetworkInterfaceId`.
    #[track_caller]
    pub fn new(
        destination_cidr_block: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        local_gateway_route_table_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, destination_cidr_block.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, local_gateway_route_table_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ID of the virtual interface group.
    #[track_caller]
    pub fn local_gateway_virtual_interface_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the network interface.
    #[track_caller]
    pub fn network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LocalGatewayRoute {
    type Attributes = LocalGatewayRouteAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::LocalGatewayRoute"
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
/// The attributes of a `AWS::EC2::LocalGatewayRoute` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LocalGatewayRouteAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LocalGatewayRouteAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LocalGatewayRouteAttributes {
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `Type`.
    pub fn type_(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Type")
    }
}

/// The schema of `AWS::EC2::LocalGatewayRoute`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::LocalGatewayRoute",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationCidrBlock",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LocalGatewayRouteTableId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LocalGatewayVirtualInterfaceGroupId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkInterfaceId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["DestinationCidrBlock", "LocalGatewayRouteTableId", "LocalGatewayVirtualInterfaceGroupId"],
        &["DestinationCidrBlock", "LocalGatewayRouteTableId", "NetworkInterfaceId"],
    ])],
    attributes: &["State", "Type"],
};
