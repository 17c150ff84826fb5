// @generated from AWS::EC2::TransitGatewayRoute (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::TransitGatewayRoute` and its property types.

/// Resource Type definition for AWS::EC2::TransitGatewayRoute
///
/// CloudFormation type `AWS::EC2::TransitGatewayRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct TransitGatewayRoute {
    props: ::forma_core::schema::Props,
}
impl TransitGatewayRoute {
    /// A new resource with its required properties: `DestinationCidrBlock`, `TransitGatewayRouteTableId`.
    #[track_caller]
    pub fn new(
        destination_cidr_block: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        transit_gateway_route_table_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, destination_cidr_block.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, transit_gateway_route_table_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Indicates whether to drop traffic that matches this route.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn blackhole(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of transit gateway attachment.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn transit_gateway_attachment_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TransitGatewayRoute {
    type Attributes = TransitGatewayRouteAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::TransitGatewayRoute"
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
/// The attributes of a `AWS::EC2::TransitGatewayRoute` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TransitGatewayRouteAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TransitGatewayRouteAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::EC2::TransitGatewayRoute`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::TransitGatewayRoute",
    properties: &[
        ::forma_core::schema::Property {
            name: "Blackhole",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DestinationCidrBlock",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TransitGatewayAttachmentId",
            required: false,
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
