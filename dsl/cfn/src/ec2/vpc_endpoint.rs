// @generated from AWS::EC2::VPCEndpoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::VPCEndpoint` and its property types.

/// Specifies a VPC endpoint.
///
/// CloudFormation type `AWS::EC2::VPCEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcEndpoint {
    props: ::forma_core::schema::Props,
}
impl VpcEndpoint {
    /// A new resource with its required properties: `VpcId`.
    #[track_caller]
    pub fn new(vpc_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(13, vpc_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Describes the DNS options for an endpoint.
    #[track_caller]
    pub fn dns_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DnsOptionsSpecification>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The supported IP address types.
    #[track_caller]
    pub fn ip_address_type(mut self, value: impl ::forma_core::schema::EnumArg<IpAddressType>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// An endpoint policy, which controls access to the service from the VPC.
    #[track_caller]
    pub fn policy_document(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicate whether to associate a private hosted zone with the specified VPC.
    #[track_caller]
    pub fn private_dns_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the resource configuration.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn resource_configuration_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IDs of the route tables.
    #[track_caller]
    pub fn route_table_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IDs of the security groups to associate with the endpoint network interfaces.
    #[track_caller]
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the endpoint service.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn service_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the service network.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn service_network_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Describes a Region.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn service_region(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IDs of the subnets in which to create endpoint network interfaces.
    #[track_caller]
    pub fn subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags to associate with the endpoint.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of endpoint.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_endpoint_type(mut self, value: impl ::forma_core::schema::EnumArg<VpcEndpointType>) -> Self {
        self.props.set_at(12, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for VpcEndpoint {
    type Attributes = VpcEndpointAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::VPCEndpoint"
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
/// The attributes of a `AWS::EC2::VPCEndpoint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VpcEndpointAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VpcEndpointAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VpcEndpointAttributes {
    /// `Fn::GetAtt` `NetworkInterfaceIds`.
    pub fn network_interface_ids(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "NetworkInterfaceIds")
    }
    /// `Fn::GetAtt` `CreationTimestamp`.
    pub fn creation_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTimestamp")
    }
    /// `Fn::GetAtt` `DnsEntries`.
    pub fn dns_entries(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "DnsEntries")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `ipv4`, `ipv6`, `dualstack`, `not-specified`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpAddressType {
    /// `ipv4`
    Ipv4,
    /// `ipv6`
    Ipv6,
    /// `dualstack`
    Dualstack,
    /// `not-specified`
    NotSpecified,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IpAddressType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "ipv4",
            Self::Ipv6 => "ipv6",
            Self::Dualstack => "dualstack",
            Self::NotSpecified => "not-specified",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ipv4", "ipv6", "dualstack", "not-specified"]
    }
}
impl ::std::convert::From<IpAddressType> for ::forma_core::Value<IpAddressType> {
    fn from(v: IpAddressType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpAddressType {}

/// The values CloudFormation documents: `Interface`, `Gateway`, `GatewayLoadBalancer`, `ServiceNetwork`, `Resource`, `Tunnel`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VpcEndpointType {
    /// `Interface`
    Interface,
    /// `Gateway`
    Gateway,
    /// `GatewayLoadBalancer`
    GatewayLoadBalancer,
    /// `ServiceNetwork`
    ServiceNetwork,
    /// `Resource`
    Resource,
    /// `Tunnel`
    Tunnel,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VpcEndpointType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Interface => "Interface",
            Self::Gateway => "Gateway",
            Self::GatewayLoadBalancer => "GatewayLoadBalancer",
            Self::ServiceNetwork => "ServiceNetwork",
            Self::Resource => "Resource",
            Self::Tunnel => "Tunnel",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Interface", "Gateway", "GatewayLoadBalancer", "ServiceNetwork", "Resource", "Tunnel"]
    }
}
impl ::std::convert::From<VpcEndpointType> for ::forma_core::Value<VpcEndpointType> {
    fn from(v: VpcEndpointType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VpcEndpointType {}

/// The values CloudFormation documents: `ipv4`, `ipv6`, `dualstack`, `service-defined`, `not-specified`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DnsRecordIpType {
    /// `ipv4`
    Ipv4,
    /// `ipv6`
    Ipv6,
    /// `dualstack`
    Dualstack,
    /// `service-defined`
    ServiceDefined,
    /// `not-specified`
    NotSpecified,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DnsRecordIpType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "ipv4",
            Self::Ipv6 => "ipv6",
            Self::Dualstack => "dualstack",
            Self::ServiceDefined => "service-defined",
            Self::NotSpecified => "not-specified",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ipv4", "ipv6", "dualstack", "service-defined", "not-specified"]
    }
}
impl ::std::convert::From<DnsRecordIpType> for ::forma_core::Value<DnsRecordIpType> {
    fn from(v: DnsRecordIpType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DnsRecordIpType {}

/// The values CloudFormation documents: `OnlyInboundResolver`, `AllResolvers`, `NotSpecified`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PrivateDnsOnlyForInboundResolverEndpoint {
    /// `OnlyInboundResolver`
    OnlyInboundResolver,
    /// `AllResolvers`
    AllResolvers,
    /// `NotSpecified`
    NotSpecified,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PrivateDnsOnlyForInboundResolverEndpoint {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnlyInboundResolver => "OnlyInboundResolver",
            Self::AllResolvers => "AllResolvers",
            Self::NotSpecified => "NotSpecified",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OnlyInboundResolver", "AllResolvers", "NotSpecified"]
    }
}
impl ::std::convert::From<PrivateDnsOnlyForInboundResolverEndpoint>
    for ::forma_core::Value<PrivateDnsOnlyForInboundResolverEndpoint>
{
    fn from(v: PrivateDnsOnlyForInboundResolverEndpoint) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PrivateDnsOnlyForInboundResolverEndpoint {}

/// The values CloudFormation documents: `VERIFIED_DOMAINS_ONLY`, `ALL_DOMAINS`, `VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS`, `SPECIFIED_DOMAINS_ONLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PrivateDnsPreference {
    /// `VERIFIED_DOMAINS_ONLY`
    VerifiedDomainsOnly,
    /// `ALL_DOMAINS`
    AllDomains,
    /// `VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS`
    VerifiedDomainsAndSpecifiedDomains,
    /// `SPECIFIED_DOMAINS_ONLY`
    SpecifiedDomainsOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PrivateDnsPreference {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerifiedDomainsOnly => "VERIFIED_DOMAINS_ONLY",
            Self::AllDomains => "ALL_DOMAINS",
            Self::VerifiedDomainsAndSpecifiedDomains => "VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS",
            Self::SpecifiedDomainsOnly => "SPECIFIED_DOMAINS_ONLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["VERIFIED_DOMAINS_ONLY", "ALL_DOMAINS", "VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS", "SPECIFIED_DOMAINS_ONLY"]
    }
}
impl ::std::convert::From<PrivateDnsPreference> for ::forma_core::Value<PrivateDnsPreference> {
    fn from(v: PrivateDnsPreference) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PrivateDnsPreference {}

/// Describes the DNS options for an endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct DnsOptionsSpecification {
    props: ::forma_core::schema::Props,
}
impl DnsOptionsSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The DNS records created for the endpoint.
    pub fn dns_record_ip_type(mut self, value: impl ::forma_core::schema::EnumArg<DnsRecordIpType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Indicates whether to enable private DNS only for inbound endpoints.
    pub fn private_dns_only_for_inbound_resolver_endpoint(
        mut self,
        value: impl ::forma_core::schema::EnumArg<PrivateDnsOnlyForInboundResolverEndpoint>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The preference for which private domains have a private hosted zone created for and associated with the specified VPC.
    pub fn private_dns_preference(mut self, value: impl ::forma_core::schema::EnumArg<PrivateDnsPreference>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Indicates which of the private domains to create private hosted zones for and associate with the specified VPC.
    pub fn private_dns_specified_domains(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DnsOptionsSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DnsOptionsSpecification> for ::forma_core::Value<DnsOptionsSpecification> {
    fn from(v: DnsOptionsSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DNS_OPTIONS_SPECIFICATION_TYPE.properties))
    }
}

/// Describes a tag.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::EC2::VPCEndpoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::VPCEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "DnsOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DNS_OPTIONS_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IpAddressType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ipv4", "ipv6", "dualstack", "not-specified"]),
        },
        ::forma_core::schema::Property {
            name: "PolicyDocument",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "PrivateDnsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ResourceConfigurationArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RouteTableIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ServiceName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServiceNetworkArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServiceRegion",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpcEndpointType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "Interface",
                "Gateway",
                "GatewayLoadBalancer",
                "ServiceNetwork",
                "Resource",
                "Tunnel",
            ]),
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["NetworkInterfaceIds", "CreationTimestamp", "DnsEntries", "Id"],
};

static DNS_OPTIONS_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VPCEndpoint.DnsOptionsSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "DnsRecordIpType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ipv4",
                "ipv6",
                "dualstack",
                "service-defined",
                "not-specified",
            ]),
        },
        ::forma_core::schema::Property {
            name: "PrivateDnsOnlyForInboundResolverEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["OnlyInboundResolver", "AllResolvers", "NotSpecified"]),
        },
        ::forma_core::schema::Property {
            name: "PrivateDnsPreference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "VERIFIED_DOMAINS_ONLY",
                "ALL_DOMAINS",
                "VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS",
                "SPECIFIED_DOMAINS_ONLY",
            ]),
        },
        ::forma_core::schema::Property {
            name: "PrivateDnsSpecifiedDomains",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VPCEndpoint.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
