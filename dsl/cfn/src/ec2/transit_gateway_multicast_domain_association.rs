// @generated from AWS::EC2::TransitGatewayMulticastDomainAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::TransitGatewayMulticastDomainAssociation` and its property types.

/// The AWS::EC2::TransitGatewayMulticastDomainAssociation type
///
/// CloudFormation type `AWS::EC2::TransitGatewayMulticastDomainAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct TransitGatewayMulticastDomainAssociation {
    props: ::forma_core::schema::Props,
}
impl TransitGatewayMulticastDomainAssociation {
    /// A new resource with its required properties: `SubnetId`, `TransitGatewayAttachmentId`, `TransitGatewayMulticastDomainId`.
    #[track_caller]
    pub fn new(
        subnet_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        transit_gateway_attachment_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        transit_gateway_multicast_domain_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, subnet_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, transit_gateway_attachment_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, transit_gateway_multicast_domain_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for TransitGatewayMulticastDomainAssociation {
    type Attributes = TransitGatewayMulticastDomainAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::TransitGatewayMulticastDomainAssociation"
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
/// The attributes of a `AWS::EC2::TransitGatewayMulticastDomainAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TransitGatewayMulticastDomainAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TransitGatewayMulticastDomainAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TransitGatewayMulticastDomainAssociationAttributes {
    /// `Fn::GetAtt` `ResourceId`.
    pub fn resource_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceId")
    }
    /// `Fn::GetAtt` `ResourceType`.
    pub fn resource_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceType")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
}

/// The schema of `AWS::EC2::TransitGatewayMulticastDomainAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::TransitGatewayMulticastDomainAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "SubnetId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TransitGatewayAttachmentId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TransitGatewayMulticastDomainId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["ResourceId", "ResourceType", "State"],
};
