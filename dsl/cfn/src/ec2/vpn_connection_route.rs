// @generated from AWS::EC2::VPNConnectionRoute (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::VPNConnectionRoute` and its property types.

/// Specifies a static route for a VPN connection between an existing virtual private gateway and a VPN customer gateway.
///
/// CloudFormation type `AWS::EC2::VPNConnectionRoute`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpnConnectionRoute {
    props: ::forma_core::schema::Props,
}
impl VpnConnectionRoute {
    /// A new resource with its required properties: `DestinationCidrBlock`, `VpnConnectionId`.
    #[track_caller]
    pub fn new(
        destination_cidr_block: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vpn_connection_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, destination_cidr_block.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, vpn_connection_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for VpnConnectionRoute {
    type Attributes = VpnConnectionRouteAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::VPNConnectionRoute"
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
/// The attributes of a `AWS::EC2::VPNConnectionRoute` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VpnConnectionRouteAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VpnConnectionRouteAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::EC2::VPNConnectionRoute`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::VPNConnectionRoute",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationCidrBlock",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VpnConnectionId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};
