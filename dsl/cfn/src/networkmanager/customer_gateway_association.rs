// @generated from AWS::NetworkManager::CustomerGatewayAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NetworkManager::CustomerGatewayAssociation` and its property types.

/// The AWS::NetworkManager::CustomerGatewayAssociation type associates a customer gateway with a device and optionally, with a link.
///
/// CloudFormation type `AWS::NetworkManager::CustomerGatewayAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomerGatewayAssociation {
    props: ::forma_core::schema::Props,
}
impl CustomerGatewayAssociation {
    /// A new resource with its required properties: `CustomerGatewayArn`, `DeviceId`, `GlobalNetworkId`.
    #[track_caller]
    pub fn new(
        customer_gateway_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        device_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        global_network_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, customer_gateway_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, device_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, global_network_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ID of the link
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn link_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CustomerGatewayAssociation {
    type Attributes = CustomerGatewayAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::NetworkManager::CustomerGatewayAssociation"
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
/// The attributes of a `AWS::NetworkManager::CustomerGatewayAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CustomerGatewayAssociationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CustomerGatewayAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::NetworkManager::CustomerGatewayAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::NetworkManager::CustomerGatewayAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomerGatewayArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DeviceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GlobalNetworkId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LinkId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};
