// @generated from AWS::EC2::VPNGatewayRoutePropagation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::VPNGatewayRoutePropagation` and its property types.

/// Resource Type definition for AWS::EC2::VPNGatewayRoutePropagation
///
/// CloudFormation type `AWS::EC2::VPNGatewayRoutePropagation`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpnGatewayRoutePropagation {
    props: ::forma_core::schema::Props,
}
impl VpnGatewayRoutePropagation {
    /// A new resource with its required properties: `RouteTableIds`, `VpnGatewayId`.
    #[track_caller]
    pub fn new(
        route_table_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        vpn_gateway_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, route_table_ids.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, vpn_gateway_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for VpnGatewayRoutePropagation {
    type Attributes = VpnGatewayRoutePropagationAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::VPNGatewayRoutePropagation"
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
/// The attributes of a `AWS::EC2::VPNGatewayRoutePropagation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VpnGatewayRoutePropagationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VpnGatewayRoutePropagationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VpnGatewayRoutePropagationAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::EC2::VPNGatewayRoutePropagation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::VPNGatewayRoutePropagation",
    properties: &[
        ::forma_core::schema::Property {
            name: "RouteTableIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpnGatewayId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
