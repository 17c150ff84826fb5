// @generated from AWS::EC2::NatGateway (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::NatGateway` and its property types.

/// Specifies a network address translation (NAT) gateway in the specified subnet.
///
/// CloudFormation type `AWS::EC2::NatGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct NatGateway {
    props: ::forma_core::schema::Props,
}
impl NatGateway {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// [Public NAT gateway only] The allocation ID of the Elastic IP address that's associated with the NAT gateway.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn allocation_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether this is a zonal (single-AZ) or regional (multi-AZ) NAT gateway.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn availability_mode(mut self, value: impl ::forma_core::schema::EnumArg<AvailabilityMode>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// For regional NAT gateways only: Specifies which Availability Zones you want the NAT gateway to support and the Elastic IP addresses (EIPs) to use in each AZ.
    #[track_caller]
    pub fn availability_zone_addresses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AvailabilityZoneAddress>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the NAT gateway supports public or private connectivity.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn connectivity_type(mut self, value: impl ::forma_core::schema::EnumArg<ConnectivityType>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum amount of time to wait (in seconds) before forcibly releasing the IP addresses if connections are still in progress.
    #[track_caller]
    pub fn max_drain_duration_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The private IPv4 address to assign to the NAT gateway.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn private_ip_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Secondary EIP allocation IDs.
    #[track_caller]
    pub fn secondary_allocation_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// [Private NAT gateway only] The number of secondary private IPv4 addresses you want to assign to the NAT gateway.
    ///
    /// Allowed: 1 to 31.
    #[track_caller]
    pub fn secondary_private_ip_address_count(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Secondary private IPv4 addresses.
    #[track_caller]
    pub fn secondary_private_ip_addresses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the subnet in which the NAT gateway is located.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn subnet_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags for the NAT gateway.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the VPC in which the NAT gateway is located.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for NatGateway {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for NatGateway {
    type Attributes = NatGatewayAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::NatGateway"
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
/// The attributes of a `AWS::EC2::NatGateway` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NatGatewayAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NatGatewayAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl NatGatewayAttributes {
    /// `Fn::GetAtt` `NatGatewayId`.
    pub fn nat_gateway_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NatGatewayId")
    }
    /// `Fn::GetAtt` `EniId`.
    pub fn eni_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EniId")
    }
    /// `Fn::GetAtt` `AutoProvisionZones`.
    pub fn auto_provision_zones(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AutoProvisionZones")
    }
    /// `Fn::GetAtt` `AutoScalingIps`.
    pub fn auto_scaling_ips(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AutoScalingIps")
    }
    /// `Fn::GetAtt` `RouteTableId`.
    pub fn route_table_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RouteTableId")
    }
}

/// The values CloudFormation documents: `regional`, `zonal`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AvailabilityMode {
    /// `regional`
    Regional,
    /// `zonal`
    Zonal,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AvailabilityMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Regional => "regional",
            Self::Zonal => "zonal",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["regional", "zonal"]
    }
}
impl ::std::convert::From<AvailabilityMode> for ::forma_core::Value<AvailabilityMode> {
    fn from(v: AvailabilityMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AvailabilityMode {}

/// The values CloudFormation documents: `private`, `public`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConnectivityType {
    /// `private`
    Private,
    /// `public`
    Public,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConnectivityType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Private => "private",
            Self::Public => "public",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["private", "public"]
    }
}
impl ::std::convert::From<ConnectivityType> for ::forma_core::Value<ConnectivityType> {
    fn from(v: ConnectivityType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConnectivityType {}

/// For regional NAT gateways only: The configuration specifying which Elastic IP address (EIP) to use for handling outbound NAT traffic from a specific Availability Zone.
#[derive(Debug, Clone, PartialEq)]
pub struct AvailabilityZoneAddress {
    props: ::forma_core::schema::Props,
}
impl AvailabilityZoneAddress {
    /// A new value with its required properties: `AllocationIds`.
    pub fn new(
        allocation_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, allocation_ids.into().into_expr());
        Self { props }
    }
    /// For regional NAT gateways only: The Availability Zone where this specific NAT gateway configuration will be active.
    pub fn availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// For regional NAT gateways only: The ID of the Availability Zone where this specific NAT gateway configuration will be active.
    pub fn availability_zone_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AvailabilityZoneAddress> for ::forma_core::Value<AvailabilityZoneAddress> {
    fn from(v: AvailabilityZoneAddress) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AVAILABILITY_ZONE_ADDRESS_TYPE.properties))
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

/// The schema of `AWS::EC2::NatGateway`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::NatGateway",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllocationId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityMode",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["regional", "zonal"]),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZoneAddresses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AVAILABILITY_ZONE_ADDRESS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ConnectivityType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["private", "public"]),
        },
        ::forma_core::schema::Property {
            name: "MaxDrainDurationSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PrivateIpAddress",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecondaryAllocationIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SecondaryPrivateIpAddressCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(31.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecondaryPrivateIpAddresses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetId",
            required: false,
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
        ::forma_core::schema::Property {
            name: "VpcId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["NatGatewayId", "EniId", "AutoProvisionZones", "AutoScalingIps", "RouteTableId"],
};

static AVAILABILITY_ZONE_ADDRESS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::NatGateway.AvailabilityZoneAddress",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllocationIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZoneId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::NatGateway.Tag",
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
