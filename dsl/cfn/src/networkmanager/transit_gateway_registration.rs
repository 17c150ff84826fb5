// @generated from AWS::NetworkManager::TransitGatewayRegistration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NetworkManager::TransitGatewayRegistration` and its property types.

/// The AWS::NetworkManager::TransitGatewayRegistration type registers a transit gateway in your global network.
///
/// CloudFormation type `AWS::NetworkManager::TransitGatewayRegistration`.
#[derive(Debug, Clone, PartialEq)]
pub struct TransitGatewayRegistration {
    props: ::forma_core::schema::Props,
}
impl TransitGatewayRegistration {
    /// A new resource with its required properties: `GlobalNetworkId`, `TransitGatewayArn`.
    #[track_caller]
    pub fn new(
        global_network_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        transit_gateway_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, global_network_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, transit_gateway_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for TransitGatewayRegistration {
    type Attributes = TransitGatewayRegistrationAttributes;
    fn type_name(&self) -> &str {
        "AWS::NetworkManager::TransitGatewayRegistration"
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
/// The attributes of a `AWS::NetworkManager::TransitGatewayRegistration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TransitGatewayRegistrationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TransitGatewayRegistrationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::NetworkManager::TransitGatewayRegistration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::NetworkManager::TransitGatewayRegistration",
    properties: &[
        ::forma_core::schema::Property {
            name: "GlobalNetworkId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "TransitGatewayArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
