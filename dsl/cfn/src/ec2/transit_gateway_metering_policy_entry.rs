// @generated from AWS::EC2::TransitGatewayMeteringPolicyEntry (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::TransitGatewayMeteringPolicyEntry` and its property types.

/// AWS::EC2::TransitGatewayMeteringPolicyEntry Resource Definition
///
/// CloudFormation type `AWS::EC2::TransitGatewayMeteringPolicyEntry`.
#[derive(Debug, Clone, PartialEq)]
pub struct TransitGatewayMeteringPolicyEntry {
    props: ::forma_core::schema::Props,
}
impl TransitGatewayMeteringPolicyEntry {
    /// A new resource with its required properties: `MeteredAccount`, `PolicyRuleNumber`, `TransitGatewayMeteringPolicyId`.
    #[track_caller]
    pub fn new(
        metered_account: impl ::forma_core::schema::EnumArg<TransitGatewayMeteringPayerType>,
        policy_rule_number: impl ::std::convert::Into<::forma_core::Value<i64>>,
        transit_gateway_metering_policy_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, metered_account.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(5, policy_rule_number.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, transit_gateway_metering_policy_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The list of IP addresses of the instances receiving traffic from the transit gateway
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn destination_cidr_block(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of ports on destination instances receiving traffic from the transit gateway
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn destination_port_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the source attachment through which traffic leaves a transit gateway
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn destination_transit_gateway_attachment_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of the attachment through which traffic leaves a transit gateway
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn destination_transit_gateway_attachment_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<TransitGatewayAttachmentResourceType>,
    ) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The protocol of the traffic
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn protocol(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of IP addresses of the instances sending traffic to the transit gateway for which the metering policy entry is applicable
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_cidr_block(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of ports on source instances sending traffic to the transit gateway
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_port_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the source attachment through which traffic enters a transit gateway
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_transit_gateway_attachment_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of the attachment through which traffic enters a transit gateway
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_transit_gateway_attachment_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<TransitGatewayAttachmentResourceType>,
    ) -> Self {
        self.props.set_at(10, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TransitGatewayMeteringPolicyEntry {
    type Attributes = TransitGatewayMeteringPolicyEntryAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::TransitGatewayMeteringPolicyEntry"
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
/// The attributes of a `AWS::EC2::TransitGatewayMeteringPolicyEntry` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TransitGatewayMeteringPolicyEntryAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TransitGatewayMeteringPolicyEntryAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TransitGatewayMeteringPolicyEntryAttributes {
    /// `Fn::GetAtt` `UpdateEffectiveAt`.
    pub fn update_effective_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdateEffectiveAt")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
}

/// The values CloudFormation documents: `vpc`, `vpn`, `direct-connect-gateway`, `peering`, `network-function`, `vpn-concentrator`, `client-vpn`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransitGatewayAttachmentResourceType {
    /// `vpc`
    Vpc,
    /// `vpn`
    Vpn,
    /// `direct-connect-gateway`
    DirectConnectGateway,
    /// `peering`
    Peering,
    /// `network-function`
    NetworkFunction,
    /// `vpn-concentrator`
    VpnConcentrator,
    /// `client-vpn`
    ClientVpn,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TransitGatewayAttachmentResourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Vpc => "vpc",
            Self::Vpn => "vpn",
            Self::DirectConnectGateway => "direct-connect-gateway",
            Self::Peering => "peering",
            Self::NetworkFunction => "network-function",
            Self::VpnConcentrator => "vpn-concentrator",
            Self::ClientVpn => "client-vpn",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["vpc", "vpn", "direct-connect-gateway", "peering", "network-function", "vpn-concentrator", "client-vpn"]
    }
}
impl ::std::convert::From<TransitGatewayAttachmentResourceType>
    for ::forma_core::Value<TransitGatewayAttachmentResourceType>
{
    fn from(v: TransitGatewayAttachmentResourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TransitGatewayAttachmentResourceType {}

/// The values CloudFormation documents: `source-attachment-owner`, `destination-attachment-owner`, `transit-gateway-owner`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransitGatewayMeteringPayerType {
    /// `source-attachment-owner`
    SourceAttachmentOwner,
    /// `destination-attachment-owner`
    DestinationAttachmentOwner,
    /// `transit-gateway-owner`
    TransitGatewayOwner,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TransitGatewayMeteringPayerType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SourceAttachmentOwner => "source-attachment-owner",
            Self::DestinationAttachmentOwner => "destination-attachment-owner",
            Self::TransitGatewayOwner => "transit-gateway-owner",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["source-attachment-owner", "destination-attachment-owner", "transit-gateway-owner"]
    }
}
impl ::std::convert::From<TransitGatewayMeteringPayerType> for ::forma_core::Value<TransitGatewayMeteringPayerType> {
    fn from(v: TransitGatewayMeteringPayerType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TransitGatewayMeteringPayerType {}

/// The schema of `AWS::EC2::TransitGatewayMeteringPolicyEntry`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::TransitGatewayMeteringPolicyEntry",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationCidrBlock",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DestinationPortRange",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DestinationTransitGatewayAttachmentId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DestinationTransitGatewayAttachmentType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "vpc",
                "vpn",
                "direct-connect-gateway",
                "peering",
                "network-function",
                "vpn-concentrator",
                "client-vpn",
            ]),
        },
        ::forma_core::schema::Property {
            name: "MeteredAccount",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "source-attachment-owner",
                "destination-attachment-owner",
                "transit-gateway-owner",
            ]),
        },
        ::forma_core::schema::Property {
            name: "PolicyRuleNumber",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceCidrBlock",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourcePortRange",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceTransitGatewayAttachmentId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceTransitGatewayAttachmentType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "vpc",
                "vpn",
                "direct-connect-gateway",
                "peering",
                "network-function",
                "vpn-concentrator",
                "client-vpn",
            ]),
        },
        ::forma_core::schema::Property {
            name: "TransitGatewayMeteringPolicyId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["UpdateEffectiveAt", "State"],
};
