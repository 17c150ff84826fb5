// @generated from AWS::EC2::ClientVpnRoute (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::ClientVpnRoute` and its property types.

/// Resource Type definition for AWS::EC2::ClientVpnRoute.
///
/// CloudFormation type `AWS::EC2::ClientVpnRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientVpnRoute {
    props: ::forma_core::schema::Props,
}
impl ClientVpnRoute {
    /// A new resource with its required properties: `ClientVpnEndpointId`, `DestinationCidrBlock`.
    #[track_caller]
    pub fn new(
        client_vpn_endpoint_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        destination_cidr_block: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, client_vpn_endpoint_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, destination_cidr_block.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A brief description of the route.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the subnet through which you want to route traffic.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn target_vpc_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ClientVpnRoute {
    type Attributes = ClientVpnRouteAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::ClientVpnRoute"
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
/// The attributes of a `AWS::EC2::ClientVpnRoute` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ClientVpnRouteAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ClientVpnRouteAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ClientVpnRouteAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::EC2::ClientVpnRoute`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::ClientVpnRoute",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClientVpnEndpointId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DestinationCidrBlock",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetVpcSubnetId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
