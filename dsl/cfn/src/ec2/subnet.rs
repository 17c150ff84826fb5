// @generated from AWS::EC2::Subnet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::Subnet` and its property types.

/// Specifies a subnet for the specified VPC.
///
/// CloudFormation type `AWS::EC2::Subnet`.
#[derive(Debug, Clone, PartialEq)]
pub struct Subnet {
    props: ::forma_core::schema::Props,
}
impl Subnet {
    /// A new resource with its required properties: `VpcId`.
    #[track_caller]
    pub fn new(vpc_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(16, vpc_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Indicates whether a network interface created in this subnet receives an IPv6 address.
    #[track_caller]
    pub fn assign_ipv6_address_on_creation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Availability Zone of the subnet.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AZ ID of the subnet.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn availability_zone_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IPv4 CIDR block assigned to the subnet.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cidr_block(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether DNS queries made to the Amazon-provided DNS Resolver in this subnet should return synthetic IPv6 addresses for IPv4-only destinations.
    #[track_caller]
    pub fn enable_dns64(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates the device position for local network interfaces in this subnet.
    #[track_caller]
    pub fn enable_lni_at_device_index(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An IPv4 IPAM pool ID for the subnet.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipv4_ipam_pool_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An IPv4 netmask length for the subnet.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipv4_netmask_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IPv6 CIDR block.
    #[track_caller]
    pub fn ipv6_cidr_block(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An IPv6 IPAM pool ID for the subnet.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipv6_ipam_pool_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether this is an IPv6 only subnet.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipv6_native(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An IPv6 netmask length for the subnet.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipv6_netmask_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether instances launched in this subnet receive a public IPv4 address.
    #[track_caller]
    pub fn map_public_ip_on_launch(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the Outpost.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn outpost_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The hostname type for EC2 instances launched into this subnet and how DNS A and AAAA record queries to the instances should be handled.
    #[track_caller]
    pub fn private_dns_name_options_on_launch(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PrivateDnsNameOptionsOnLaunch>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Any tags assigned to the subnet.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Subnet {
    type Attributes = SubnetAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::Subnet"
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
/// The attributes of a `AWS::EC2::Subnet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SubnetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SubnetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SubnetAttributes {
    /// `Fn::GetAtt` `NetworkAclAssociationId`.
    pub fn network_acl_association_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NetworkAclAssociationId")
    }
    /// `Fn::GetAtt` `SubnetId`.
    pub fn subnet_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SubnetId")
    }
    /// `Fn::GetAtt` `Ipv6CidrBlocks`.
    pub fn ipv6_cidr_blocks(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "Ipv6CidrBlocks")
    }
    /// `Fn::GetAtt` `BlockPublicAccessStates`.
    pub fn block_public_access_states(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "BlockPublicAccessStates")
    }
    /// `Fn::GetAtt` `AssignIpv6AddressOnCreation`.
    pub fn assign_ipv6_address_on_creation(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "AssignIpv6AddressOnCreation")
    }
    /// `Fn::GetAtt` `AvailabilityZone`.
    pub fn availability_zone(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AvailabilityZone")
    }
    /// `Fn::GetAtt` `AvailabilityZoneId`.
    pub fn availability_zone_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AvailabilityZoneId")
    }
    /// `Fn::GetAtt` `CidrBlock`.
    pub fn cidr_block(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CidrBlock")
    }
    /// `Fn::GetAtt` `EnableDns64`.
    pub fn enable_dns64(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "EnableDns64")
    }
    /// `Fn::GetAtt` `EnableLniAtDeviceIndex`.
    pub fn enable_lni_at_device_index(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "EnableLniAtDeviceIndex")
    }
    /// `Fn::GetAtt` `Ipv4IpamPoolId`.
    pub fn ipv4_ipam_pool_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Ipv4IpamPoolId")
    }
    /// `Fn::GetAtt` `Ipv4NetmaskLength`.
    pub fn ipv4_netmask_length(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Ipv4NetmaskLength")
    }
    /// `Fn::GetAtt` `Ipv6CidrBlock`.
    pub fn ipv6_cidr_block(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Ipv6CidrBlock")
    }
    /// `Fn::GetAtt` `Ipv6IpamPoolId`.
    pub fn ipv6_ipam_pool_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Ipv6IpamPoolId")
    }
    /// `Fn::GetAtt` `Ipv6Native`.
    pub fn ipv6_native(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "Ipv6Native")
    }
    /// `Fn::GetAtt` `Ipv6NetmaskLength`.
    pub fn ipv6_netmask_length(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Ipv6NetmaskLength")
    }
    /// `Fn::GetAtt` `MapPublicIpOnLaunch`.
    pub fn map_public_ip_on_launch(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "MapPublicIpOnLaunch")
    }
    /// `Fn::GetAtt` `OutpostArn`.
    pub fn outpost_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OutpostArn")
    }
    /// `Fn::GetAtt` `PrivateDnsNameOptionsOnLaunch`.
    pub fn private_dns_name_options_on_launch(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "PrivateDnsNameOptionsOnLaunch")
    }
    /// `Fn::GetAtt` `VpcId`.
    pub fn vpc_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcId")
    }
}

/// The hostname type for EC2 instances launched into this subnet and how DNS A and AAAA record queries to the instances should be handled.
#[derive(Debug, Clone, PartialEq)]
pub struct PrivateDnsNameOptionsOnLaunch {
    props: ::forma_core::schema::Props,
}
impl PrivateDnsNameOptionsOnLaunch {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EnableResourceNameDnsAAAARecord`.
    pub fn enable_resource_name_dns_aaaa_record(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EnableResourceNameDnsARecord`.
    pub fn enable_resource_name_dns_a_record(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `HostnameType`.
    pub fn hostname_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PrivateDnsNameOptionsOnLaunch {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PrivateDnsNameOptionsOnLaunch> for ::forma_core::Value<PrivateDnsNameOptionsOnLaunch> {
    fn from(v: PrivateDnsNameOptionsOnLaunch) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIVATE_DNS_NAME_OPTIONS_ON_LAUNCH_TYPE.properties))
    }
}

/// Specifies a tag.
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

/// The schema of `AWS::EC2::Subnet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::Subnet",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssignIpv6AddressOnCreation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZone",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZoneId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CidrBlock",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EnableDns64",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnableLniAtDeviceIndex",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Ipv4IpamPoolId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Ipv4NetmaskLength",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Ipv6CidrBlock",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Ipv6IpamPoolId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Ipv6Native",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Ipv6NetmaskLength",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MapPublicIpOnLaunch",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "OutpostArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PrivateDnsNameOptionsOnLaunch",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PRIVATE_DNS_NAME_OPTIONS_ON_LAUNCH_TYPE),
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
            name: "VpcId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[
        ::forma_core::schema::Combination::AnyOf(&[
            &["CidrBlock"],
            &["Ipv4IpamPoolId"],
            &["Ipv6IpamPoolId"],
            &["Ipv6CidrBlock"],
        ]),
        ::forma_core::schema::Combination::Requires("Ipv4IpamPoolId", &["Ipv4NetmaskLength"]),
        ::forma_core::schema::Combination::Requires("Ipv4NetmaskLength", &["Ipv4IpamPoolId"]),
        ::forma_core::schema::Combination::Requires("Ipv6IpamPoolId", &["Ipv6NetmaskLength"]),
        ::forma_core::schema::Combination::Requires("Ipv6NetmaskLength", &["Ipv6IpamPoolId"]),
        ::forma_core::schema::Combination::Excludes("AvailabilityZone", &["AvailabilityZoneId"]),
        ::forma_core::schema::Combination::Excludes("AvailabilityZoneId", &["AvailabilityZone"]),
        ::forma_core::schema::Combination::Excludes("CidrBlock", &["Ipv4IpamPoolId"]),
        ::forma_core::schema::Combination::Excludes("Ipv4IpamPoolId", &["CidrBlock"]),
        ::forma_core::schema::Combination::Excludes("Ipv6CidrBlock", &["Ipv6IpamPoolId"]),
        ::forma_core::schema::Combination::Excludes("Ipv6IpamPoolId", &["Ipv6CidrBlock"]),
    ],
    attributes: &[
        "NetworkAclAssociationId",
        "SubnetId",
        "Ipv6CidrBlocks",
        "BlockPublicAccessStates",
        "AssignIpv6AddressOnCreation",
        "AvailabilityZone",
        "AvailabilityZoneId",
        "CidrBlock",
        "EnableDns64",
        "EnableLniAtDeviceIndex",
        "Ipv4IpamPoolId",
        "Ipv4NetmaskLength",
        "Ipv6CidrBlock",
        "Ipv6IpamPoolId",
        "Ipv6Native",
        "Ipv6NetmaskLength",
        "MapPublicIpOnLaunch",
        "OutpostArn",
        "PrivateDnsNameOptionsOnLaunch",
        "VpcId",
    ],
};

static PRIVATE_DNS_NAME_OPTIONS_ON_LAUNCH_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::Subnet.PrivateDnsNameOptionsOnLaunch",
        properties: &[
            ::forma_core::schema::Property {
                name: "EnableResourceNameDnsAAAARecord",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "EnableResourceNameDnsARecord",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "HostnameType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::Subnet.Tag",
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
