// @generated from AWS::EC2::TransitGatewayMulticastGroupSource (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::TransitGatewayMulticastGroupSource` and its property types.

/// The AWS::EC2::TransitGatewayMulticastGroupSource registers and deregisters members and sources (network interfaces) with the transit gateway multicast group
///
/// CloudFormation type `AWS::EC2::TransitGatewayMulticastGroupSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct TransitGatewayMulticastGroupSource {
    props: ::forma_core::schema::Props,
}
impl TransitGatewayMulticastGroupSource {
    /// A new resource with its required properties: `GroupIpAddress`, `NetworkInterfaceId`, `TransitGatewayMulticastDomainId`.
    #[track_caller]
    pub fn new(
        group_ip_address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        network_interface_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        transit_gateway_multicast_domain_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, group_ip_address.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, network_interface_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, transit_gateway_multicast_domain_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for TransitGatewayMulticastGroupSource {
    type Attributes = TransitGatewayMulticastGroupSourceAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::TransitGatewayMulticastGroupSource"
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
/// The attributes of a `AWS::EC2::TransitGatewayMulticastGroupSource` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TransitGatewayMulticastGroupSourceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TransitGatewayMulticastGroupSourceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TransitGatewayMulticastGroupSourceAttributes {
    /// `Fn::GetAtt` `SubnetId`.
    pub fn subnet_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SubnetId")
    }
    /// `Fn::GetAtt` `ResourceId`.
    pub fn resource_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceId")
    }
    /// `Fn::GetAtt` `ResourceType`.
    pub fn resource_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceType")
    }
    /// `Fn::GetAtt` `GroupSource`.
    pub fn group_source(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "GroupSource")
    }
    /// `Fn::GetAtt` `GroupMember`.
    pub fn group_member(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "GroupMember")
    }
    /// `Fn::GetAtt` `SourceType`.
    pub fn source_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SourceType")
    }
    /// `Fn::GetAtt` `TransitGatewayAttachmentId`.
    pub fn transit_gateway_attachment_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TransitGatewayAttachmentId")
    }
}

/// The schema of `AWS::EC2::TransitGatewayMulticastGroupSource`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::TransitGatewayMulticastGroupSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "GroupIpAddress",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkInterfaceId",
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
    attributes: &[
        "SubnetId",
        "ResourceId",
        "ResourceType",
        "GroupSource",
        "GroupMember",
        "SourceType",
        "TransitGatewayAttachmentId",
    ],
};
