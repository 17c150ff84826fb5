// @generated from AWS::EC2::NetworkInterface (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::NetworkInterface` and its property types.

/// The AWS::EC2::NetworkInterface resource creates network interface
///
/// CloudFormation type `AWS::EC2::NetworkInterface`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkInterface {
    props: ::forma_core::schema::Props,
}
impl NetworkInterface {
    /// A new resource with its required properties: `SubnetId`.
    #[track_caller]
    pub fn new(subnet_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(16, subnet_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ConnectionTrackingSpecification`.
    #[track_caller]
    pub fn connection_tracking_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectionTrackingSpecification>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description for the network interface.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// If you have instances or ENIs that rely on the IPv6 address not changing, to avoid disrupting traffic to instances or ENIs, you can enable a primary IPv6 address.
    #[track_caller]
    pub fn enable_primary_ipv6(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of security group IDs associated with this network interface.
    #[track_caller]
    pub fn group_set(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates the type of network interface.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn interface_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of IPv4 prefixes to assign to a network interface.
    #[track_caller]
    pub fn ipv4_prefix_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Assigns a list of IPv4 prefixes to the network interface.
    #[track_caller]
    pub fn ipv4_prefixes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Ipv4PrefixSpecification>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of IPv6 addresses to assign to a network interface.
    #[track_caller]
    pub fn ipv6_address_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// One or more specific IPv6 addresses from the IPv6 CIDR block range of your subnet to associate with the network interface.
    #[track_caller]
    pub fn ipv6_addresses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InstanceIpv6Address>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of IPv6 prefixes to assign to a network interface.
    #[track_caller]
    pub fn ipv6_prefix_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Assigns a list of IPv6 prefixes to the network interface.
    #[track_caller]
    pub fn ipv6_prefixes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Ipv6PrefixSpecification>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Assigns a single private IP address to the network interface, which is used as the primary private IP address.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn private_ip_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Assigns a list of private IP addresses to the network interface.
    #[track_caller]
    pub fn private_ip_addresses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PrivateIpAddressSpecification>>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Public IP DNS hostname type
    #[track_caller]
    pub fn public_ip_dns_hostname_type_specification(
        mut self,
        value: impl ::forma_core::schema::EnumArg<PublicIpDnsHostnameTypeSpecification>,
    ) -> Self {
        self.props.set_at(13, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of secondary private IPv4 addresses to assign to a network interface.
    #[track_caller]
    pub fn secondary_private_ip_address_count(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether traffic to or from the instance is validated.
    #[track_caller]
    pub fn source_dest_check(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An arbitrary set of tags (key-value pairs) for this network interface.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for NetworkInterface {
    type Attributes = NetworkInterfaceAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::NetworkInterface"
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
/// The attributes of a `AWS::EC2::NetworkInterface` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NetworkInterfaceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NetworkInterfaceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl NetworkInterfaceAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `SecondaryPrivateIpAddresses`.
    pub fn secondary_private_ip_addresses(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "SecondaryPrivateIpAddresses")
    }
    /// `Fn::GetAtt` `PrimaryPrivateIpAddress`.
    pub fn primary_private_ip_address(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PrimaryPrivateIpAddress")
    }
    /// `Fn::GetAtt` `PrimaryIpv6Address`.
    pub fn primary_ipv6_address(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PrimaryIpv6Address")
    }
    /// `Fn::GetAtt` `VpcId`.
    pub fn vpc_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcId")
    }
    /// `Fn::GetAtt` `PublicIpDnsNameOptions`.
    pub fn public_ip_dns_name_options(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "PublicIpDnsNameOptions")
    }
}

/// The values CloudFormation documents: `public-dual-stack-dns-name`, `public-ipv4-dns-name`, `public-ipv6-dns-name`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PublicIpDnsHostnameTypeSpecification {
    /// `public-dual-stack-dns-name`
    PublicDualStackDnsName,
    /// `public-ipv4-dns-name`
    PublicIpv4DnsName,
    /// `public-ipv6-dns-name`
    PublicIpv6DnsName,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PublicIpDnsHostnameTypeSpecification {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PublicDualStackDnsName => "public-dual-stack-dns-name",
            Self::PublicIpv4DnsName => "public-ipv4-dns-name",
            Self::PublicIpv6DnsName => "public-ipv6-dns-name",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["public-dual-stack-dns-name", "public-ipv4-dns-name", "public-ipv6-dns-name"]
    }
}
impl ::std::convert::From<PublicIpDnsHostnameTypeSpecification>
    for ::forma_core::Value<PublicIpDnsHostnameTypeSpecification>
{
    fn from(v: PublicIpDnsHostnameTypeSpecification) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PublicIpDnsHostnameTypeSpecification {}

/// The `ConnectionTrackingSpecification` property type of `AWS::EC2::NetworkInterface`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionTrackingSpecification {
    props: ::forma_core::schema::Props,
}
impl ConnectionTrackingSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `TcpEstablishedTimeout`.
    pub fn tcp_established_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `UdpStreamTimeout`.
    pub fn udp_stream_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `UdpTimeout`.
    pub fn udp_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConnectionTrackingSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConnectionTrackingSpecification> for ::forma_core::Value<ConnectionTrackingSpecification> {
    fn from(v: ConnectionTrackingSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTION_TRACKING_SPECIFICATION_TYPE.properties))
    }
}

/// The `Ipv4PrefixSpecification` property type of `AWS::EC2::NetworkInterface`.
#[derive(Debug, Clone, PartialEq)]
pub struct Ipv4PrefixSpecification {
    props: ::forma_core::schema::Props,
}
impl Ipv4PrefixSpecification {
    /// A new value with its required properties: `Ipv4Prefix`.
    pub fn new(ipv4_prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, ipv4_prefix.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Ipv4PrefixSpecification> for ::forma_core::Value<Ipv4PrefixSpecification> {
    fn from(v: Ipv4PrefixSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IPV4_PREFIX_SPECIFICATION_TYPE.properties))
    }
}

/// The `InstanceIpv6Address` property type of `AWS::EC2::NetworkInterface`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceIpv6Address {
    props: ::forma_core::schema::Props,
}
impl InstanceIpv6Address {
    /// A new value with its required properties: `Ipv6Address`.
    pub fn new(ipv6_address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, ipv6_address.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InstanceIpv6Address> for ::forma_core::Value<InstanceIpv6Address> {
    fn from(v: InstanceIpv6Address) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_IPV6_ADDRESS_TYPE.properties))
    }
}

/// The `Ipv6PrefixSpecification` property type of `AWS::EC2::NetworkInterface`.
#[derive(Debug, Clone, PartialEq)]
pub struct Ipv6PrefixSpecification {
    props: ::forma_core::schema::Props,
}
impl Ipv6PrefixSpecification {
    /// A new value with its required properties: `Ipv6Prefix`.
    pub fn new(ipv6_prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, ipv6_prefix.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Ipv6PrefixSpecification> for ::forma_core::Value<Ipv6PrefixSpecification> {
    fn from(v: Ipv6PrefixSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IPV6_PREFIX_SPECIFICATION_TYPE.properties))
    }
}

/// The `PrivateIpAddressSpecification` property type of `AWS::EC2::NetworkInterface`.
#[derive(Debug, Clone, PartialEq)]
pub struct PrivateIpAddressSpecification {
    props: ::forma_core::schema::Props,
}
impl PrivateIpAddressSpecification {
    /// A new value with its required properties: `Primary`, `PrivateIpAddress`.
    pub fn new(
        primary: impl ::std::convert::Into<::forma_core::Value<bool>>,
        private_ip_address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, primary.into().into_expr());
        props.set(1, private_ip_address.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PrivateIpAddressSpecification> for ::forma_core::Value<PrivateIpAddressSpecification> {
    fn from(v: PrivateIpAddressSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIVATE_IP_ADDRESS_SPECIFICATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::EC2::NetworkInterface`.
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

/// The schema of `AWS::EC2::NetworkInterface`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::NetworkInterface",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionTrackingSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTION_TRACKING_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EnablePrimaryIpv6",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "GroupSet",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "InterfaceType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Ipv4PrefixCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Ipv4Prefixes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IPV4_PREFIX_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Ipv6AddressCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Ipv6Addresses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INSTANCE_IPV6_ADDRESS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Ipv6PrefixCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Ipv6Prefixes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IPV6_PREFIX_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PrivateIpAddress",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PrivateIpAddresses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PRIVATE_IP_ADDRESS_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PublicIpDnsHostnameTypeSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "public-dual-stack-dns-name",
                "public-ipv4-dns-name",
                "public-ipv6-dns-name",
            ]),
        },
        ::forma_core::schema::Property {
            name: "SecondaryPrivateIpAddressCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceDestCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SubnetId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
    ],
    rules: &[
        ::forma_core::schema::Combination::Excludes("Ipv6AddressCount", &["Ipv6Addresses"]),
        ::forma_core::schema::Combination::Excludes("Ipv6Addresses", &["Ipv6AddressCount"]),
    ],
    attributes: &[
        "Id",
        "SecondaryPrivateIpAddresses",
        "PrimaryPrivateIpAddress",
        "PrimaryIpv6Address",
        "VpcId",
        "PublicIpDnsNameOptions",
    ],
};

static CONNECTION_TRACKING_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::NetworkInterface.ConnectionTrackingSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "TcpEstablishedTimeout",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "UdpStreamTimeout",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "UdpTimeout",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
        ],
        rules: &[],
    };

static IPV4_PREFIX_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::NetworkInterface.Ipv4PrefixSpecification",
    properties: &[::forma_core::schema::Property {
        name: "Ipv4Prefix",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static INSTANCE_IPV6_ADDRESS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::NetworkInterface.InstanceIpv6Address",
    properties: &[::forma_core::schema::Property {
        name: "Ipv6Address",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static IPV6_PREFIX_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::NetworkInterface.Ipv6PrefixSpecification",
    properties: &[::forma_core::schema::Property {
        name: "Ipv6Prefix",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static PRIVATE_IP_ADDRESS_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::NetworkInterface.PrivateIpAddressSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "Primary",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PrivateIpAddress",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::NetworkInterface.Tag",
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
