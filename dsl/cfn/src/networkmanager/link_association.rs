// @generated from AWS::NetworkManager::LinkAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NetworkManager::LinkAssociation` and its property types.

/// The AWS::NetworkManager::LinkAssociation type associates a link to a device.
///
/// CloudFormation type `AWS::NetworkManager::LinkAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkAssociation {
    props: ::forma_core::schema::Props,
}
impl LinkAssociation {
    /// A new resource with its required properties: `DeviceId`, `GlobalNetworkId`, `LinkId`.
    #[track_caller]
    pub fn new(
        device_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        global_network_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        link_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, device_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, global_network_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, link_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for LinkAssociation {
    type Attributes = LinkAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::NetworkManager::LinkAssociation"
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
/// The attributes of a `AWS::NetworkManager::LinkAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LinkAssociationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LinkAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::NetworkManager::LinkAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::NetworkManager::LinkAssociation",
    properties: &[
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
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};
