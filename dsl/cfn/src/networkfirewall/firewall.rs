// @generated from AWS::NetworkFirewall::Firewall (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NetworkFirewall::Firewall` and its property types.

/// Resource type definition for AWS::NetworkFirewall::Firewall
///
/// CloudFormation type `AWS::NetworkFirewall::Firewall`.
#[derive(Debug, Clone, PartialEq)]
pub struct Firewall {
    props: ::forma_core::schema::Props,
}
impl Firewall {
    /// A new resource with its required properties: `FirewallName`, `FirewallPolicyArn`.
    #[track_caller]
    pub fn new(
        firewall_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        firewall_policy_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, firewall_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, firewall_policy_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AvailabilityZoneChangeProtection`.
    #[track_caller]
    pub fn availability_zone_change_protection(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AvailabilityZoneMappings`.
    #[track_caller]
    pub fn availability_zone_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AvailabilityZoneMapping>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DeleteProtection`.
    #[track_caller]
    pub fn delete_protection(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The types of analysis to enable for the firewall.
    #[track_caller]
    pub fn enabled_analysis_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EnabledAnalysisType>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FirewallPolicyChangeProtection`.
    #[track_caller]
    pub fn firewall_policy_change_protection(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The NAT gateways that the firewall proxies egress traffic through when NoSourcePreservation is true.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn nat_gateway_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NatGatewayMapping>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the firewall operates in proxy mode, where the source IP address of traffic is not preserved.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn no_source_preservation(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The proxy listener configuration for a proxy-mode (no source preservation) firewall.
    #[track_caller]
    pub fn proxy_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<ProxySettings>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SubnetChangeProtection`.
    #[track_caller]
    pub fn subnet_change_protection(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SubnetMappings`.
    #[track_caller]
    pub fn subnet_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SubnetMapping>>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TransitGatewayId`.
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn transit_gateway_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The VPC and subnets for a proxy-mode firewall's endpoint.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_endpoint(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcEndpoint>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VpcId`.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Firewall {
    type Attributes = FirewallAttributes;
    fn type_name(&self) -> &str {
        "AWS::NetworkFirewall::Firewall"
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
/// The attributes of a `AWS::NetworkFirewall::Firewall` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FirewallAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FirewallAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FirewallAttributes {
    /// `Fn::GetAtt` `FirewallArn`.
    pub fn firewall_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FirewallArn")
    }
    /// `Fn::GetAtt` `FirewallId`.
    pub fn firewall_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FirewallId")
    }
    /// `Fn::GetAtt` `TransitGatewayAttachmentId`.
    pub fn transit_gateway_attachment_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TransitGatewayAttachmentId")
    }
    /// `Fn::GetAtt` `EndpointIds`.
    pub fn endpoint_ids(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "EndpointIds")
    }
    /// `Fn::GetAtt` `NumberOfAssociations`.
    pub fn number_of_associations(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "NumberOfAssociations")
    }
}

/// The values CloudFormation documents: `TLS_SNI`, `HTTP_HOST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnabledAnalysisType {
    /// `TLS_SNI`
    TlsSni,
    /// `HTTP_HOST`
    HttpHost,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EnabledAnalysisType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TlsSni => "TLS_SNI",
            Self::HttpHost => "HTTP_HOST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TLS_SNI", "HTTP_HOST"]
    }
}
impl ::std::convert::From<EnabledAnalysisType> for ::forma_core::Value<EnabledAnalysisType> {
    fn from(v: EnabledAnalysisType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EnabledAnalysisType {}

/// The `AvailabilityZoneMapping` property type of `AWS::NetworkFirewall::Firewall`.
#[derive(Debug, Clone, PartialEq)]
pub struct AvailabilityZoneMapping {
    props: ::forma_core::schema::Props,
}
impl AvailabilityZoneMapping {
    /// A new value with its required properties: `AvailabilityZone`.
    pub fn new(availability_zone: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, availability_zone.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AvailabilityZoneMapping> for ::forma_core::Value<AvailabilityZoneMapping> {
    fn from(v: AvailabilityZoneMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AVAILABILITY_ZONE_MAPPING_TYPE.properties))
    }
}

/// A mapping to a NAT gateway that a proxy-mode firewall proxies egress traffic through.
#[derive(Debug, Clone, PartialEq)]
pub struct NatGatewayMapping {
    props: ::forma_core::schema::Props,
}
impl NatGatewayMapping {
    /// A new value with its required properties: `NatGatewayId`.
    pub fn new(nat_gateway_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, nat_gateway_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<NatGatewayMapping> for ::forma_core::Value<NatGatewayMapping> {
    fn from(v: NatGatewayMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NAT_GATEWAY_MAPPING_TYPE.properties))
    }
}

/// The proxy listener configuration for a proxy-mode (no source preservation) firewall.
#[derive(Debug, Clone, PartialEq)]
pub struct ProxySettings {
    props: ::forma_core::schema::Props,
}
impl ProxySettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ListenerProperties`.
    pub fn listener_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ListenerProperty>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ProxySettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ProxySettings> for ::forma_core::Value<ProxySettings> {
    fn from(v: ProxySettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROXY_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DUALSTACK`, `IPV4`, `IPV6`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpAddressType {
    /// `DUALSTACK`
    Dualstack,
    /// `IPV4`
    Ipv4,
    /// `IPV6`
    Ipv6,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IpAddressType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dualstack => "DUALSTACK",
            Self::Ipv4 => "IPV4",
            Self::Ipv6 => "IPV6",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DUALSTACK", "IPV4", "IPV6"]
    }
}
impl ::std::convert::From<IpAddressType> for ::forma_core::Value<IpAddressType> {
    fn from(v: IpAddressType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpAddressType {}

/// The `SubnetMapping` property type of `AWS::NetworkFirewall::Firewall`.
#[derive(Debug, Clone, PartialEq)]
pub struct SubnetMapping {
    props: ::forma_core::schema::Props,
}
impl SubnetMapping {
    /// A new value with its required properties: `SubnetId`.
    pub fn new(subnet_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, subnet_id.into().into_expr());
        Self { props }
    }
    /// A IPAddressType
    pub fn ip_address_type(mut self, value: impl ::forma_core::schema::EnumArg<IpAddressType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<SubnetMapping> for ::forma_core::Value<SubnetMapping> {
    fn from(v: SubnetMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUBNET_MAPPING_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::NetworkFirewall::Firewall`.
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

/// The VPC and subnets for a proxy-mode firewall's endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcEndpoint {
    props: ::forma_core::schema::Props,
}
impl VpcEndpoint {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SubnetMappings`.
    pub fn subnet_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SubnetMapping>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The unique identifier of the VPC for the firewall endpoint.
    ///
    /// Allowed: length 1 to 128.
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcEndpoint {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcEndpoint> for ::forma_core::Value<VpcEndpoint> {
    fn from(v: VpcEndpoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_ENDPOINT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `HTTP`, `HTTPS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `HTTP`
    Http,
    /// `HTTPS`
    Https,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Http => "HTTP",
            Self::Https => "HTTPS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HTTP", "HTTPS"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// A port and protocol that a proxy-mode firewall's proxy listener accepts traffic on.
#[derive(Debug, Clone, PartialEq)]
pub struct ListenerProperty {
    props: ::forma_core::schema::Props,
}
impl ListenerProperty {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The port the proxy listener accepts traffic on.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The protocol the proxy listener uses.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ListenerProperty {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ListenerProperty> for ::forma_core::Value<ListenerProperty> {
    fn from(v: ListenerProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LISTENER_PROPERTY_TYPE.properties))
    }
}

/// The schema of `AWS::NetworkFirewall::Firewall`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::NetworkFirewall::Firewall",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityZoneChangeProtection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZoneMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AVAILABILITY_ZONE_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DeleteProtection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "EnabledAnalysisTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["TLS_SNI", "HTTP_HOST"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "FirewallName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "FirewallPolicyArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws.*$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "FirewallPolicyChangeProtection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NatGatewayMappings",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NAT_GATEWAY_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NoSourcePreservation",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ProxySettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROXY_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SubnetChangeProtection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
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
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TransitGatewayId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^tgw-[0-9a-z]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "VpcEndpoint",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&VPC_ENDPOINT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^vpc-[0-9a-f]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
    attributes: &["FirewallArn", "FirewallId", "TransitGatewayAttachmentId", "EndpointIds", "NumberOfAssociations"],
};

static AVAILABILITY_ZONE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::Firewall.AvailabilityZoneMapping",
    properties: &[::forma_core::schema::Property {
        name: "AvailabilityZone",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^\\S+$"),
            min_length: Some(1),
            max_length: Some(128),
        }),
    }],
    rules: &[],
};

static NAT_GATEWAY_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::Firewall.NatGatewayMapping",
    properties: &[::forma_core::schema::Property {
        name: "NatGatewayId",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: None,
        }),
    }],
    rules: &[],
};

static PROXY_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::Firewall.ProxySettings",
    properties: &[::forma_core::schema::Property {
        name: "ListenerProperties",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&LISTENER_PROPERTY_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static SUBNET_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::Firewall.SubnetMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "IPAddressType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DUALSTACK", "IPV4", "IPV6"]),
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
    name: "AWS::NetworkFirewall::Firewall.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static VPC_ENDPOINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::Firewall.VpcEndpoint",
    properties: &[
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
            name: "VpcId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^vpc-[0-9a-f]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static LISTENER_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::Firewall.ListenerProperty",
    properties: &[
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HTTP", "HTTPS"]),
        },
    ],
    rules: &[],
};
