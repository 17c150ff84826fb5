// @generated from AWS::VpcLattice::TargetGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::VpcLattice::TargetGroup` and its property types.

/// A target group is a collection of targets, or compute resources, that run your application or service.
///
/// CloudFormation type `AWS::VpcLattice::TargetGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetGroup {
    props: ::forma_core::schema::Props,
}
impl TargetGroup {
    /// A new resource with its required properties: `Type`.
    #[track_caller]
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Config`.
    #[track_caller]
    pub fn config(mut self, value: impl ::std::convert::Into<::forma_core::Value<TargetGroupConfig>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 3 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Targets`.
    #[track_caller]
    pub fn targets(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Target>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TargetGroup {
    type Attributes = TargetGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::VpcLattice::TargetGroup"
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
/// The attributes of a `AWS::VpcLattice::TargetGroup` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `LastUpdatedAt`.
    pub fn last_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedAt")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The values CloudFormation documents: `IP`, `LAMBDA`, `INSTANCE`, `ALB`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `IP`
    Ip,
    /// `LAMBDA`
    Lambda,
    /// `INSTANCE`
    Instance,
    /// `ALB`
    Alb,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ip => "IP",
            Self::Lambda => "LAMBDA",
            Self::Instance => "INSTANCE",
            Self::Alb => "ALB",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IP", "LAMBDA", "INSTANCE", "ALB"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The values CloudFormation documents: `IPV4`, `IPV6`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpAddressType {
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
            Self::Ipv4 => "IPV4",
            Self::Ipv6 => "IPV6",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IPV4", "IPV6"]
    }
}
impl ::std::convert::From<IpAddressType> for ::forma_core::Value<IpAddressType> {
    fn from(v: IpAddressType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpAddressType {}

/// The values CloudFormation documents: `V1`, `V2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LambdaEventStructureVersion {
    /// `V1`
    V1,
    /// `V2`
    V2,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LambdaEventStructureVersion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1 => "V1",
            Self::V2 => "V2",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["V1", "V2"]
    }
}
impl ::std::convert::From<LambdaEventStructureVersion> for ::forma_core::Value<LambdaEventStructureVersion> {
    fn from(v: LambdaEventStructureVersion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LambdaEventStructureVersion {}

/// The values CloudFormation documents: `HTTP`, `HTTPS`, `TCP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `HTTP`
    Http,
    /// `HTTPS`
    Https,
    /// `TCP`
    Tcp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Protocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Http => "HTTP",
            Self::Https => "HTTPS",
            Self::Tcp => "TCP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HTTP", "HTTPS", "TCP"]
    }
}
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Protocol {}

/// The values CloudFormation documents: `HTTP1`, `HTTP2`, `GRPC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProtocolVersion {
    /// `HTTP1`
    Http1,
    /// `HTTP2`
    Http2,
    /// `GRPC`
    Grpc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProtocolVersion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Http1 => "HTTP1",
            Self::Http2 => "HTTP2",
            Self::Grpc => "GRPC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HTTP1", "HTTP2", "GRPC"]
    }
}
impl ::std::convert::From<ProtocolVersion> for ::forma_core::Value<ProtocolVersion> {
    fn from(v: ProtocolVersion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProtocolVersion {}

/// The `TargetGroupConfig` property type of `AWS::VpcLattice::TargetGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetGroupConfig {
    props: ::forma_core::schema::Props,
}
impl TargetGroupConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `HealthCheck`.
    pub fn health_check(mut self, value: impl ::std::convert::Into<::forma_core::Value<HealthCheckConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `IpAddressType`.
    pub fn ip_address_type(mut self, value: impl ::forma_core::schema::EnumArg<IpAddressType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `LambdaEventStructureVersion`.
    pub fn lambda_event_structure_version(
        mut self,
        value: impl ::forma_core::schema::EnumArg<LambdaEventStructureVersion>,
    ) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `Port`.
    ///
    /// Allowed: 1 to 65535.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Protocol`.
    pub fn protocol(mut self, value: impl ::forma_core::schema::EnumArg<Protocol>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// `ProtocolVersion`.
    pub fn protocol_version(mut self, value: impl ::forma_core::schema::EnumArg<ProtocolVersion>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// `VpcIdentifier`.
    ///
    /// Allowed: length 5 to 2048.
    pub fn vpc_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TargetGroupConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TargetGroupConfig> for ::forma_core::Value<TargetGroupConfig> {
    fn from(v: TargetGroupConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_GROUP_CONFIG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::VpcLattice::TargetGroup`.
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

/// The `Target` property type of `AWS::VpcLattice::TargetGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    props: ::forma_core::schema::Props,
}
impl Target {
    /// A new value with its required properties: `Id`.
    pub fn new(id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id.into().into_expr());
        Self { props }
    }
    /// `Port`.
    ///
    /// Allowed: 1 to 65535.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Target> for ::forma_core::Value<Target> {
    fn from(v: Target) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_TYPE.properties))
    }
}

/// The values CloudFormation documents: `HTTP`, `HTTPS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HealthCheckConfigProtocol {
    /// `HTTP`
    Http,
    /// `HTTPS`
    Https,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HealthCheckConfigProtocol {
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
impl ::std::convert::From<HealthCheckConfigProtocol> for ::forma_core::Value<HealthCheckConfigProtocol> {
    fn from(v: HealthCheckConfigProtocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HealthCheckConfigProtocol {}

/// The values CloudFormation documents: `HTTP1`, `HTTP2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HealthCheckConfigProtocolVersion {
    /// `HTTP1`
    Http1,
    /// `HTTP2`
    Http2,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HealthCheckConfigProtocolVersion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Http1 => "HTTP1",
            Self::Http2 => "HTTP2",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HTTP1", "HTTP2"]
    }
}
impl ::std::convert::From<HealthCheckConfigProtocolVersion> for ::forma_core::Value<HealthCheckConfigProtocolVersion> {
    fn from(v: HealthCheckConfigProtocolVersion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HealthCheckConfigProtocolVersion {}

/// The `HealthCheckConfig` property type of `AWS::VpcLattice::TargetGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct HealthCheckConfig {
    props: ::forma_core::schema::Props,
}
impl HealthCheckConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `HealthCheckIntervalSeconds`.
    ///
    /// Allowed: 5 to 300.
    pub fn health_check_interval_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `HealthCheckTimeoutSeconds`.
    ///
    /// Allowed: 1 to 120.
    pub fn health_check_timeout_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `HealthyThresholdCount`.
    ///
    /// Allowed: 2 to 10.
    pub fn healthy_threshold_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Matcher`.
    pub fn matcher(mut self, value: impl ::std::convert::Into<::forma_core::Value<Matcher>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Path`.
    ///
    /// Allowed: length 0 to 2048.
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Port`.
    ///
    /// Allowed: 1 to 65535.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Protocol`.
    pub fn protocol(mut self, value: impl ::forma_core::schema::EnumArg<HealthCheckConfigProtocol>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// `ProtocolVersion`.
    pub fn protocol_version(
        mut self,
        value: impl ::forma_core::schema::EnumArg<HealthCheckConfigProtocolVersion>,
    ) -> Self {
        self.props.set(8, value.into_enum_expr());
        self
    }
    /// `UnhealthyThresholdCount`.
    ///
    /// Allowed: 2 to 10.
    pub fn unhealthy_threshold_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HealthCheckConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HealthCheckConfig> for ::forma_core::Value<HealthCheckConfig> {
    fn from(v: HealthCheckConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEALTH_CHECK_CONFIG_TYPE.properties))
    }
}

/// The `Matcher` property type of `AWS::VpcLattice::TargetGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct Matcher {
    props: ::forma_core::schema::Props,
}
impl Matcher {
    /// A new value with its required properties: `HttpCode`.
    pub fn new(http_code: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, http_code.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Matcher> for ::forma_core::Value<Matcher> {
    fn from(v: Matcher) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MATCHER_TYPE.properties))
    }
}

/// The schema of `AWS::VpcLattice::TargetGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::VpcLattice::TargetGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "Config",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TARGET_GROUP_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!tg-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$"),
                min_length: Some(3),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Targets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TARGET_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["IP", "LAMBDA", "INSTANCE", "ALB"]),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreatedAt", "Id", "LastUpdatedAt", "Status"],
};

static TARGET_GROUP_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::TargetGroup.TargetGroupConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "HealthCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HEALTH_CHECK_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IpAddressType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IPV4", "IPV6"]),
        },
        ::forma_core::schema::Property {
            name: "LambdaEventStructureVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["V1", "V2"]),
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
            name: "Protocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HTTP", "HTTPS", "TCP"]),
        },
        ::forma_core::schema::Property {
            name: "ProtocolVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HTTP1", "HTTP2", "GRPC"]),
        },
        ::forma_core::schema::Property {
            name: "VpcIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^vpc-(([0-9a-z]{8})|([0-9a-z]{17}))$"),
                min_length: Some(5),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::TargetGroup.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::TargetGroup.Target",
    properties: &[
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
    ],
    rules: &[],
};

static HEALTH_CHECK_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::TargetGroup.HealthCheckConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
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
            name: "HealthCheckTimeoutSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
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
            name: "Matcher",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MATCHER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(^/[a-zA-Z0-9@:%_+.~#?&/=-]*$|(^$))"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
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
            name: "Protocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HTTP", "HTTPS"]),
        },
        ::forma_core::schema::Property {
            name: "ProtocolVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HTTP1", "HTTP2"]),
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
    ],
    rules: &[],
};

static MATCHER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::TargetGroup.Matcher",
    properties: &[::forma_core::schema::Property {
        name: "HttpCode",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[0-9-,]+$"),
            min_length: Some(3),
            max_length: Some(2000),
        }),
    }],
    rules: &[],
};
