// @generated from AWS::EC2::TransitGatewayRouteTablePropagation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::TransitGatewayRouteTablePropagation` and its property types.

/// AWS::EC2::TransitGatewayRouteTablePropagation Type
///
/// CloudFormation type `AWS::EC2::TransitGatewayRouteTablePropagation`.
#[derive(Debug, Clone, PartialEq)]
pub struct TransitGatewayRouteTablePropagation {
    props: ::forma_core::schema::Props,
}
impl TransitGatewayRouteTablePropagation {
    /// A new resource with its required properties: `TransitGatewayAttachmentId`, `TransitGatewayRouteTableId`.
    #[track_caller]
    pub fn new(
        transit_gateway_attachment_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        transit_gateway_route_table_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, transit_gateway_attachment_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, transit_gateway_route_table_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for TransitGatewayRouteTablePropagation {
    type Attributes = TransitGatewayRouteTablePropagationAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::TransitGatewayRouteTablePropagation"
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
/// The attributes of a `AWS::EC2::TransitGatewayRouteTablePropagation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TransitGatewayRouteTablePropagationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TransitGatewayRouteTablePropagationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::EC2::TransitGatewayRouteTablePropagation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::TransitGatewayRouteTablePropagation",
    properties: &[
        ::forma_core::schema::Property {
            name: "TransitGatewayAttachmentId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TransitGatewayRouteTableId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};
