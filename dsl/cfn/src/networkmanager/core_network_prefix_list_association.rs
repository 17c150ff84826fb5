// @generated from AWS::NetworkManager::CoreNetworkPrefixListAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NetworkManager::CoreNetworkPrefixListAssociation` and its property types.

/// Resource Type definition for AWS::NetworkManager::CoreNetworkPrefixListAssociation which associates a prefix list with a core network.
///
/// CloudFormation type `AWS::NetworkManager::CoreNetworkPrefixListAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct CoreNetworkPrefixListAssociation {
    props: ::forma_core::schema::Props,
}
impl CoreNetworkPrefixListAssociation {
    /// A new resource with its required properties: `CoreNetworkId`, `PrefixListAlias`, `PrefixListArn`.
    #[track_caller]
    pub fn new(
        core_network_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        prefix_list_alias: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        prefix_list_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, core_network_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, prefix_list_alias.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, prefix_list_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for CoreNetworkPrefixListAssociation {
    type Attributes = CoreNetworkPrefixListAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::NetworkManager::CoreNetworkPrefixListAssociation"
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
/// The attributes of a `AWS::NetworkManager::CoreNetworkPrefixListAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CoreNetworkPrefixListAssociationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CoreNetworkPrefixListAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::NetworkManager::CoreNetworkPrefixListAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::NetworkManager::CoreNetworkPrefixListAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "CoreNetworkId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^core-network-([0-9a-f]{8,17})$"),
                min_length: Some(0),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "PrefixListAlias",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "PrefixListArn",
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
