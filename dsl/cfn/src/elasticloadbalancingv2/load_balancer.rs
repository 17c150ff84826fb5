// @generated from AWS::ElasticLoadBalancingV2::LoadBalancer (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ElasticLoadBalancingV2::LoadBalancer` and its property types.

/// Specifies an Application Load Balancer, a Network Load Balancer, or a Gateway Load Balancer.
///
/// CloudFormation type `AWS::ElasticLoadBalancingV2::LoadBalancer`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadBalancer {
    props: ::forma_core::schema::Props,
}
impl LoadBalancer {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether to enable stabilization when creating or updating an LCU reservation.
    #[track_caller]
    pub fn enable_capacity_reservation_provision_stabilize(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// [Network Load Balancers with UDP listeners] Indicates whether to use an IPv6 prefix from each subnet for source NAT.
    #[track_caller]
    pub fn enable_prefix_for_ipv6_source_nat(
        mut self,
        value: impl ::forma_core::schema::EnumArg<EnablePrefixForIpv6SourceNat>,
    ) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether to evaluate inbound security group rules for traffic sent to a Network Load Balancer through privatelink.
    #[track_caller]
    pub fn enforce_security_group_inbound_rules_on_private_link_traffic(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IP address type.
    #[track_caller]
    pub fn ip_address_type(mut self, value: impl ::forma_core::schema::EnumArg<IpAddressType>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the IPv4 IPAM pool.
    #[track_caller]
    pub fn ipv4_ipam_pool_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The load balancer attributes.
    #[track_caller]
    pub fn load_balancer_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LoadBalancerAttribute>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The minimum capacity for a load balancer.
    #[track_caller]
    pub fn minimum_load_balancer_capacity(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MinimumLoadBalancerCapacity>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the load balancer.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The nodes of an Internet-facing load balancer have public IP addresses.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn scheme(mut self, value: impl ::forma_core::schema::EnumArg<Scheme>) -> Self {
        self.props.set_at(8, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// [Application Load Balancers and Network Load Balancers] The IDs of the security groups for the load balancer.
    #[track_caller]
    pub fn security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IDs of the subnets.
    #[track_caller]
    pub fn subnet_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SubnetMapping>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IDs of the subnets.
    #[track_caller]
    pub fn subnets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags to assign to the load balancer.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of load balancer.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set_at(13, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for LoadBalancer {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for LoadBalancer {
    type Attributes = LoadBalancerAttributes;
    fn type_name(&self) -> &str {
        "AWS::ElasticLoadBalancingV2::LoadBalancer"
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
/// The attributes of a `AWS::ElasticLoadBalancingV2::LoadBalancer` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LoadBalancerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LoadBalancerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LoadBalancerAttributes {
    /// `Fn::GetAtt` `LoadBalancerName`.
    pub fn load_balancer_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LoadBalancerName")
    }
    /// `Fn::GetAtt` `LoadBalancerFullName`.
    pub fn load_balancer_full_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LoadBalancerFullName")
    }
    /// `Fn::GetAtt` `CanonicalHostedZoneID`.
    pub fn canonical_hosted_zone_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CanonicalHostedZoneID")
    }
    /// `Fn::GetAtt` `LoadBalancerArn`.
    pub fn load_balancer_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LoadBalancerArn")
    }
    /// `Fn::GetAtt` `DNSName`.
    pub fn dns_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DNSName")
    }
    /// `Fn::GetAtt` `EnableCapacityReservationProvisionStabilize`.
    pub fn enable_capacity_reservation_provision_stabilize(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "EnableCapacityReservationProvisionStabilize")
    }
    /// `Fn::GetAtt` `EnablePrefixForIpv6SourceNat`.
    pub fn enable_prefix_for_ipv6_source_nat(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EnablePrefixForIpv6SourceNat")
    }
    /// `Fn::GetAtt` `EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic`.
    pub fn enforce_security_group_inbound_rules_on_private_link_traffic(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic")
    }
    /// `Fn::GetAtt` `IpAddressType`.
    pub fn ip_address_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpAddressType")
    }
    /// `Fn::GetAtt` `Ipv4IpamPoolId`.
    pub fn ipv4_ipam_pool_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Ipv4IpamPoolId")
    }
    /// `Fn::GetAtt` `LoadBalancerAttributes`.
    pub fn load_balancer_attributes(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "LoadBalancerAttributes")
    }
    /// `Fn::GetAtt` `MinimumLoadBalancerCapacity`.
    pub fn minimum_load_balancer_capacity(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MinimumLoadBalancerCapacity")
    }
    /// `Fn::GetAtt` `Name`.
    pub fn name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Name")
    }
    /// `Fn::GetAtt` `Scheme`.
    pub fn scheme(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Scheme")
    }
    /// `Fn::GetAtt` `SecurityGroups`.
    pub fn security_groups(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "SecurityGroups")
    }
    /// `Fn::GetAtt` `SubnetMappings`.
    pub fn subnet_mappings(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "SubnetMappings")
    }
    /// `Fn::GetAtt` `Subnets`.
    pub fn subnets(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "Subnets")
    }
    /// `Fn::GetAtt` `Type`.
    pub fn type_(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Type")
    }
}

/// The values CloudFormation documents: `off`, `on`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnablePrefixForIpv6SourceNat {
    /// `off`
    Off,
    /// `on`
    On,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EnablePrefixForIpv6SourceNat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Off => "off",
            Self::On => "on",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["off", "on"]
    }
}
impl ::std::convert::From<EnablePrefixForIpv6SourceNat> for ::forma_core::Value<EnablePrefixForIpv6SourceNat> {
    fn from(v: EnablePrefixForIpv6SourceNat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EnablePrefixForIpv6SourceNat {}

/// The values CloudFormation documents: `dualstack`, `dualstack-without-public-ipv4`, `ipv4`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpAddressType {
    /// `dualstack`
    Dualstack,
    /// `dualstack-without-public-ipv4`
    DualstackWithoutPublicIpv4,
    /// `ipv4`
    Ipv4,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IpAddressType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dualstack => "dualstack",
            Self::DualstackWithoutPublicIpv4 => "dualstack-without-public-ipv4",
            Self::Ipv4 => "ipv4",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["dualstack", "dualstack-without-public-ipv4", "ipv4"]
    }
}
impl ::std::convert::From<IpAddressType> for ::forma_core::Value<IpAddressType> {
    fn from(v: IpAddressType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpAddressType {}

/// The values CloudFormation documents: `internal`, `internet-facing`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scheme {
    /// `internal`
    Internal,
    /// `internet-facing`
    InternetFacing,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Scheme {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Internal => "internal",
            Self::InternetFacing => "internet-facing",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["internal", "internet-facing"]
    }
}
impl ::std::convert::From<Scheme> for ::forma_core::Value<Scheme> {
    fn from(v: Scheme) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Scheme {}

/// The values CloudFormation documents: `application`, `gateway`, `network`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `application`
    Application,
    /// `gateway`
    Gateway,
    /// `network`
    Network,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Application => "application",
            Self::Gateway => "gateway",
            Self::Network => "network",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["application", "gateway", "network"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// Specifies an attribute for an Application Load Balancer, a Network Load Balancer, or a Gateway Load Balancer.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadBalancerAttribute {
    props: ::forma_core::schema::Props,
}
impl LoadBalancerAttribute {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the attribute.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The value of the attribute.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LoadBalancerAttribute {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoadBalancerAttribute> for ::forma_core::Value<LoadBalancerAttribute> {
    fn from(v: LoadBalancerAttribute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOAD_BALANCER_ATTRIBUTE_TYPE.properties))
    }
}

/// The minimum capacity for a load balancer.
#[derive(Debug, Clone, PartialEq)]
pub struct MinimumLoadBalancerCapacity {
    props: ::forma_core::schema::Props,
}
impl MinimumLoadBalancerCapacity {
    /// A new value with its required properties: `CapacityUnits`.
    pub fn new(capacity_units: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, capacity_units.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MinimumLoadBalancerCapacity> for ::forma_core::Value<MinimumLoadBalancerCapacity> {
    fn from(v: MinimumLoadBalancerCapacity) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MINIMUM_LOAD_BALANCER_CAPACITY_TYPE.properties))
    }
}

/// Specifies a subnet for a load balancer.
#[derive(Debug, Clone, PartialEq)]
pub struct SubnetMapping {
    props: ::forma_core::schema::Props,
}
impl SubnetMapping {
    /// A new value with its required properties: `SubnetId`.
    pub fn new(subnet_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, subnet_id.into().into_expr());
        Self { props }
    }
    /// [Network Load Balancers] The allocation ID of the Elastic IP address for an internet-facing load balancer.
    pub fn allocation_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// [Network Load Balancers] The IPv6 address.
    pub fn ipv6_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// [Network Load Balancers] The private IPv4 address for an internal load balancer.
    pub fn private_ipv4_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// [Network Load Balancers with UDP listeners] The IPv6 prefix to use for source NAT.
    pub fn source_nat_ipv6_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SubnetMapping> for ::forma_core::Value<SubnetMapping> {
    fn from(v: SubnetMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUBNET_MAPPING_TYPE.properties))
    }
}

/// Information about a tag.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// The value of the tag.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::ElasticLoadBalancingV2::LoadBalancer`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ElasticLoadBalancingV2::LoadBalancer",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnableCapacityReservationProvisionStabilize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnablePrefixForIpv6SourceNat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["off", "on"]),
        },
        ::forma_core::schema::Property {
            name: "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IpAddressType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["dualstack", "dualstack-without-public-ipv4", "ipv4"]),
        },
        ::forma_core::schema::Property {
            name: "Ipv4IpamPoolId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LoadBalancerAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LOAD_BALANCER_ATTRIBUTE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MinimumLoadBalancerCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MINIMUM_LOAD_BALANCER_CAPACITY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Scheme",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["internal", "internet-facing"]),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SUBNET_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Subnets",
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
            name: "Type",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["application", "gateway", "network"]),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["Subnets"], &["SubnetMappings"]])],
    attributes: &[
        "LoadBalancerName",
        "LoadBalancerFullName",
        "CanonicalHostedZoneID",
        "LoadBalancerArn",
        "DNSName",
        "EnableCapacityReservationProvisionStabilize",
        "EnablePrefixForIpv6SourceNat",
        "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic",
        "IpAddressType",
        "Ipv4IpamPoolId",
        "LoadBalancerAttributes",
        "MinimumLoadBalancerCapacity",
        "Name",
        "Scheme",
        "SecurityGroups",
        "SubnetMappings",
        "Subnets",
        "Type",
    ],
};

static LOAD_BALANCER_ATTRIBUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::LoadBalancer.LoadBalancerAttribute",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MINIMUM_LOAD_BALANCER_CAPACITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::LoadBalancer.MinimumLoadBalancerCapacity",
    properties: &[::forma_core::schema::Property {
        name: "CapacityUnits",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static SUBNET_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::LoadBalancer.SubnetMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllocationId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IPv6Address",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PrivateIPv4Address",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceNatIpv6Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SubnetId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::LoadBalancer.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
