// @generated from AWS::EC2::ClientVpnAuthorizationRule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::ClientVpnAuthorizationRule` and its property types.

/// Resource Type definition for AWS::EC2::ClientVpnAuthorizationRule
///
/// CloudFormation type `AWS::EC2::ClientVpnAuthorizationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientVpnAuthorizationRule {
    props: ::forma_core::schema::Props,
}
impl ClientVpnAuthorizationRule {
    /// A new resource with its required properties: `ClientVpnEndpointId`, `TargetNetworkCidr`.
    #[track_caller]
    pub fn new(
        client_vpn_endpoint_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_network_cidr: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, client_vpn_endpoint_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, target_network_cidr.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ID of the group to grant access to, for example, the Active Directory group or identity provider (IdP) group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn access_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether to grant access to all clients.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn authorize_all_groups(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A brief description of the authorization rule.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ClientVpnAuthorizationRule {
    type Attributes = ClientVpnAuthorizationRuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::ClientVpnAuthorizationRule"
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
/// The attributes of a `AWS::EC2::ClientVpnAuthorizationRule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ClientVpnAuthorizationRuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ClientVpnAuthorizationRuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ClientVpnAuthorizationRuleAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::EC2::ClientVpnAuthorizationRule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::ClientVpnAuthorizationRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessGroupId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AuthorizeAllGroups",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
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
            name: "TargetNetworkCidr",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
