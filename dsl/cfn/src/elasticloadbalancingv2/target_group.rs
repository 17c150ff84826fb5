// @generated from AWS::ElasticLoadBalancingV2::TargetGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ElasticLoadBalancingV2::TargetGroup` and its property types.

/// Resource Type definition for AWS::ElasticLoadBalancingV2::TargetGroup
///
/// CloudFormation type `AWS::ElasticLoadBalancingV2::TargetGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetGroup {
    props: ::forma_core::schema::Props,
}
impl TargetGroup {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether health checks are enabled.
    #[track_caller]
    pub fn health_check_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The approximate amount of time, in seconds, between health checks of an individual target.
    ///
    /// Allowed: 5 to 300.
    #[track_caller]
    pub fn health_check_interval_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// [HTTP/HTTPS health checks] The destination for health checks on the targets.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn health_check_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The port the load balancer uses when performing health checks on targets.
    #[track_caller]
    pub fn health_check_port(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The protocol the load balancer uses when performing health checks on targets.
    #[track_caller]
    pub fn health_check_protocol(mut self, value: impl ::forma_core::schema::EnumArg<HealthCheckProtocol>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The amount of time, in seconds, during which no response from a target means a failed health check.
    ///
    /// Allowed: 2 to 120.
    #[track_caller]
    pub fn health_check_timeout_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of consecutive health checks successes required before considering an unhealthy target healthy.
    ///
    /// Allowed: 2 to 10.
    #[track_caller]
    pub fn healthy_threshold_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of IP address used for this target group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ip_address_type(mut self, value: impl ::forma_core::schema::EnumArg<IpAddressType>) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// [HTTP/HTTPS health checks] The HTTP or gRPC codes to use when checking for a successful response from a target.
    #[track_caller]
    pub fn matcher(mut self, value: impl ::std::convert::Into<::forma_core::Value<Matcher>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the target group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The port on which the targets receive traffic.
    ///
    /// Allowed: 1 to 65535.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The protocol to use for routing traffic to the targets.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn protocol(mut self, value: impl ::forma_core::schema::EnumArg<Protocol>) -> Self {
        self.props.set_at(11, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// [HTTP/HTTPS protocol] The protocol version.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn protocol_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The port that the target control agent uses to communicate the available capacity of targets to the load balancer.
    ///
    /// Allowed: 1 to 65535.
    #[track_caller]
    pub fn target_control_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The attributes.
    #[track_caller]
    pub fn target_group_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TargetGroupAttribute>>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of target that you must specify when registering targets with this target group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn target_type(mut self, value: impl ::forma_core::schema::EnumArg<TargetType>) -> Self {
        self.props.set_at(16, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The targets.
    #[track_caller]
    pub fn targets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TargetDescription>>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of consecutive health check failures required before considering a target unhealthy.
    ///
    /// Allowed: 2 to 10.
    #[track_caller]
    pub fn unhealthy_threshold_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier of the virtual private cloud (VPC).
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for TargetGroup {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for TargetGroup {
    type Attributes = TargetGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::ElasticLoadBalancingV2::TargetGroup"
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
/// The attributes of a `AWS::ElasticLoadBalancingV2::TargetGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TargetGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TargetGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TargetGroupAttributes {
    /// `Fn::GetAtt` `LoadBalancerArns`.
    pub fn load_balancer_arns(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "LoadBalancerArns")
    }
    /// `Fn::GetAtt` `TargetGroupArn`.
    pub fn target_group_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TargetGroupArn")
    }
    /// `Fn::GetAtt` `TargetGroupName`.
    pub fn target_group_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TargetGroupName")
    }
    /// `Fn::GetAtt` `TargetGroupFullName`.
    pub fn target_group_full_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TargetGroupFullName")
    }
}

/// The values CloudFormation documents: `GENEVE`, `HTTP`, `HTTPS`, `QUIC`, `TCP`, `TCP_QUIC`, `TCP_UDP`, `TLS`, `UDP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HealthCheckProtocol {
    /// `GENEVE`
    Geneve,
    /// `HTTP`
    Http,
    /// `HTTPS`
    Https,
    /// `QUIC`
    Quic,
    /// `TCP`
    Tcp,
    /// `TCP_QUIC`
    TcpQuic,
    /// `TCP_UDP`
    TcpUdp,
    /// `TLS`
    Tls,
    /// `UDP`
    Udp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HealthCheckProtocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Geneve => "GENEVE",
            Self::Http => "HTTP",
            Self::Https => "HTTPS",
            Self::Quic => "QUIC",
            Self::Tcp => "TCP",
            Self::TcpQuic => "TCP_QUIC",
            Self::TcpUdp => "TCP_UDP",
            Self::Tls => "TLS",
            Self::Udp => "UDP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GENEVE", "HTTP", "HTTPS", "QUIC", "TCP", "TCP_QUIC", "TCP_UDP", "TLS", "UDP"]
    }
}
impl ::std::convert::From<HealthCheckProtocol> for ::forma_core::Value<HealthCheckProtocol> {
    fn from(v: HealthCheckProtocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HealthCheckProtocol {}

/// The values CloudFormation documents: `ipv4`, `ipv6`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpAddressType {
    /// `ipv4`
    Ipv4,
    /// `ipv6`
    Ipv6,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IpAddressType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "ipv4",
            Self::Ipv6 => "ipv6",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ipv4", "ipv6"]
    }
}
impl ::std::convert::From<IpAddressType> for ::forma_core::Value<IpAddressType> {
    fn from(v: IpAddressType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpAddressType {}

/// The values CloudFormation documents: `GENEVE`, `HTTP`, `HTTPS`, `QUIC`, `TCP`, `TCP_QUIC`, `TCP_UDP`, `TLS`, `UDP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `GENEVE`
    Geneve,
    /// `HTTP`
    Http,
    /// `HTTPS`
    Https,
    /// `QUIC`
    Quic,
    /// `TCP`
    Tcp,
    /// `TCP_QUIC`
    TcpQuic,
    /// `TCP_UDP`
    TcpUdp,
    /// `TLS`
    Tls,
    /// `UDP`
    Udp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Protocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Geneve => "GENEVE",
            Self::Http => "HTTP",
            Self::Https => "HTTPS",
            Self::Quic => "QUIC",
            Self::Tcp => "TCP",
            Self::TcpQuic => "TCP_QUIC",
            Self::TcpUdp => "TCP_UDP",
            Self::Tls => "TLS",
            Self::Udp => "UDP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GENEVE", "HTTP", "HTTPS", "QUIC", "TCP", "TCP_QUIC", "TCP_UDP", "TLS", "UDP"]
    }
}
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Protocol {}

/// The values CloudFormation documents: `alb`, `instance`, `ip`, `lambda`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetType {
    /// `alb`
    Alb,
    /// `instance`
    Instance,
    /// `ip`
    Ip,
    /// `lambda`
    Lambda,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TargetType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Alb => "alb",
            Self::Instance => "instance",
            Self::Ip => "ip",
            Self::Lambda => "lambda",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["alb", "instance", "ip", "lambda"]
    }
}
impl ::std::convert::From<TargetType> for ::forma_core::Value<TargetType> {
    fn from(v: TargetType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TargetType {}

/// The `Matcher` property type of `AWS::ElasticLoadBalancingV2::TargetGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct Matcher {
    props: ::forma_core::schema::Props,
}
impl Matcher {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// You can specify values between 0 and 99.
    pub fn grpc_code(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// For Application Load Balancers, you can specify values between 200 and 499, and the default value is 200.
    pub fn http_code(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Matcher {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Matcher> for ::forma_core::Value<Matcher> {
    fn from(v: Matcher) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MATCHER_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::ElasticLoadBalancingV2::TargetGroup`.
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

/// The `TargetGroupAttribute` property type of `AWS::ElasticLoadBalancingV2::TargetGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetGroupAttribute {
    props: ::forma_core::schema::Props,
}
impl TargetGroupAttribute {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The value of the attribute.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the attribute.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TargetGroupAttribute {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TargetGroupAttribute> for ::forma_core::Value<TargetGroupAttribute> {
    fn from(v: TargetGroupAttribute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_GROUP_ATTRIBUTE_TYPE.properties))
    }
}

/// The `TargetDescription` property type of `AWS::ElasticLoadBalancingV2::TargetGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetDescription {
    props: ::forma_core::schema::Props,
}
impl TargetDescription {
    /// A new value with its required properties: `Id`.
    pub fn new(id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, id.into().into_expr());
        Self { props }
    }
    /// An Availability Zone or all.
    pub fn availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The port on which the target is listening.
    ///
    /// Allowed: 1 to 65535.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The Server ID used by targets when using QUIC or TCP_QUIC protocols.
    ///
    /// Allowed: length 1 to 256.
    pub fn quic_server_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TargetDescription> for ::forma_core::Value<TargetDescription> {
    fn from(v: TargetDescription) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_DESCRIPTION_TYPE.properties))
    }
}

/// The schema of `AWS::ElasticLoadBalancingV2::TargetGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ElasticLoadBalancingV2::TargetGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "HealthCheckEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "HealthCheckIntervalSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(5.0),
                maximum: Some(300.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "HealthCheckPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "HealthCheckPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HealthCheckProtocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "GENEVE", "HTTP", "HTTPS", "QUIC", "TCP", "TCP_QUIC", "TCP_UDP", "TLS", "UDP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "HealthCheckTimeoutSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(2.0),
                maximum: Some(120.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "HealthyThresholdCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(2.0),
                maximum: Some(10.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "IpAddressType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["ipv4", "ipv6"]),
        },
        ::forma_core::schema::Property {
            name: "Matcher",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MATCHER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "GENEVE", "HTTP", "HTTPS", "QUIC", "TCP", "TCP_QUIC", "TCP_UDP", "TLS", "UDP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ProtocolVersion",
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
            name: "TargetControlPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetGroupAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TARGET_GROUP_ATTRIBUTE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TargetType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["alb", "instance", "ip", "lambda"]),
        },
        ::forma_core::schema::Property {
            name: "Targets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TARGET_DESCRIPTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "UnhealthyThresholdCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(2.0),
                maximum: Some(10.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["LoadBalancerArns", "TargetGroupArn", "TargetGroupName", "TargetGroupFullName"],
};

static MATCHER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::TargetGroup.Matcher",
    properties: &[
        ::forma_core::schema::Property {
            name: "GrpcCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HttpCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::TargetGroup.Tag",
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
            required: true,
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

static TARGET_GROUP_ATTRIBUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::TargetGroup.TargetGroupAttribute",
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

static TARGET_DESCRIPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::TargetGroup.TargetDescription",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "QuicServerId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
