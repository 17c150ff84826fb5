// @generated from AWS::DirectConnect::DirectConnectGatewayAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DirectConnect::DirectConnectGatewayAssociation` and its property types.

/// Resource Type definition for AWS::DirectConnect::DirectConnectGatewayAssociation
///
/// CloudFormation type `AWS::DirectConnect::DirectConnectGatewayAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct DirectConnectGatewayAssociation {
    props: ::forma_core::schema::Props,
}
impl DirectConnectGatewayAssociation {
    /// A new resource with its required properties: `AssociatedGatewayId`, `DirectConnectGatewayId`.
    #[track_caller]
    pub fn new(
        associated_gateway_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        direct_connect_gateway_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, associated_gateway_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, direct_connect_gateway_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the role to accept the Direct Connect Gateway association proposal.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn accept_direct_connect_gateway_association_proposal_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon VPC prefixes to advertise to the Direct Connect gateway.
    #[track_caller]
    pub fn allowed_prefixes_to_direct_connect_gateway(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DirectConnectGatewayAssociation {
    type Attributes = DirectConnectGatewayAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::DirectConnect::DirectConnectGatewayAssociation"
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
/// The attributes of a `AWS::DirectConnect::DirectConnectGatewayAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DirectConnectGatewayAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DirectConnectGatewayAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DirectConnectGatewayAssociationAttributes {
    /// `Fn::GetAtt` `AssociationId`.
    pub fn association_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssociationId")
    }
}

/// The schema of `AWS::DirectConnect::DirectConnectGatewayAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::DirectConnect::DirectConnectGatewayAssociation",
properties: &[
::forma_core::schema::Property { name: "AcceptDirectConnectGatewayAssociationProposalRoleArn", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "AllowedPrefixesToDirectConnectGateway", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[0-9a-fA-F:.]+/[0-9]+$"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: None }) },
::forma_core::schema::Property { name: "AssociatedGatewayId", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((arn:aws[a-z-]*:ec2:[a-z0-9-]+:[0-9]{12}:(vpn-gateway/vgw|transit-gateway/tgw))|(vgw|tgw))-[a-zA-Z0-9]{8,32}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "DirectConnectGatewayId", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:aws[a-z-]*:directconnect::[0-9]{12}:dx-gateway/)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"), min_length: None, max_length: None }) },
],
rules: &[],
attributes: &["AssociationId"],
};
