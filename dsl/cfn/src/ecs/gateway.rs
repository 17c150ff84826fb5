// @generated from AWS::ECS::Gateway (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ECS::Gateway` and its property types.

/// Resource schema for AWS ECS Gateway
///
/// CloudFormation type `AWS::ECS::Gateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct Gateway {
    props: ::forma_core::schema::Props,
}
impl Gateway {
    /// A new resource with its required properties: `Configuration`, `GatewayName`, `InfrastructureRoleArn`.
    #[track_caller]
    pub fn new(
        configuration: impl ::std::convert::Into<::forma_core::Value<GatewayConfiguration>>,
        gateway_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        infrastructure_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, gateway_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, infrastructure_role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Whether deletion protection is enabled for the gateway.
    #[track_caller]
    pub fn deletion_protection(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether to propagate the tags from the gateway to other resources.
    #[track_caller]
    pub fn propagate_tags(mut self, value: impl ::forma_core::schema::EnumArg<PropagateGatewayTags>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The metadata that you apply to the gateway to help you categorize and organize them.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Gateway {
    type Attributes = GatewayAttributes;
    fn type_name(&self) -> &str {
        "AWS::ECS::Gateway"
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
/// The attributes of a `AWS::ECS::Gateway` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GatewayAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GatewayAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GatewayAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `AccessType`.
    pub fn access_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccessType")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `Configuration.HostSharedAlb.CurrentAlbCount`.
    pub fn configuration_host_shared_alb_current_alb_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Configuration.HostSharedAlb.CurrentAlbCount")
    }
}

/// The values CloudFormation documents: `NONE`, `GATEWAY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PropagateGatewayTags {
    /// `NONE`
    None,
    /// `GATEWAY`
    Gateway,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PropagateGatewayTags {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Gateway => "GATEWAY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "GATEWAY"]
    }
}
impl ::std::convert::From<PropagateGatewayTags> for ::forma_core::Value<PropagateGatewayTags> {
    fn from(v: PropagateGatewayTags) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PropagateGatewayTags {}

/// The configuration for the gateway.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayConfiguration {
    props: ::forma_core::schema::Props,
}
impl GatewayConfiguration {
    /// A new value with its required properties: `HostSharedAlb`.
    pub fn new(host_shared_alb: impl ::std::convert::Into<::forma_core::Value<HostSharedAlbConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, host_shared_alb.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GatewayConfiguration> for ::forma_core::Value<GatewayConfiguration> {
    fn from(v: GatewayConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::ECS::Gateway`.
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
    /// `Value`.
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

/// The values CloudFormation documents: `monitor`, `defensive`, `strictest`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GatewayAlbDesyncMitigationMode {
    /// `monitor`
    Monitor,
    /// `defensive`
    Defensive,
    /// `strictest`
    Strictest,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GatewayAlbDesyncMitigationMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Monitor => "monitor",
            Self::Defensive => "defensive",
            Self::Strictest => "strictest",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["monitor", "defensive", "strictest"]
    }
}
impl ::std::convert::From<GatewayAlbDesyncMitigationMode> for ::forma_core::Value<GatewayAlbDesyncMitigationMode> {
    fn from(v: GatewayAlbDesyncMitigationMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GatewayAlbDesyncMitigationMode {}

/// The values CloudFormation documents: `HTTP`, `HTTPS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GatewayAlbProtocol {
    /// `HTTP`
    Http,
    /// `HTTPS`
    Https,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GatewayAlbProtocol {
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
impl ::std::convert::From<GatewayAlbProtocol> for ::forma_core::Value<GatewayAlbProtocol> {
    fn from(v: GatewayAlbProtocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GatewayAlbProtocol {}

/// The values CloudFormation documents: `internet-facing`, `internal`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GatewayElbScheme {
    /// `internet-facing`
    InternetFacing,
    /// `internal`
    Internal,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GatewayElbScheme {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InternetFacing => "internet-facing",
            Self::Internal => "internal",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["internet-facing", "internal"]
    }
}
impl ::std::convert::From<GatewayElbScheme> for ::forma_core::Value<GatewayElbScheme> {
    fn from(v: GatewayElbScheme) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GatewayElbScheme {}

/// The host shared ALB configuration for the gateway.
#[derive(Debug, Clone, PartialEq)]
pub struct HostSharedAlbConfiguration {
    props: ::forma_core::schema::Props,
}
impl HostSharedAlbConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The access log configuration for the gateway ALB.
    pub fn access_logs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GatewayElbAccessLogConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The current number of ALBs provisioned for the gateway.
    pub fn current_alb_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The HTTP desync mitigation mode for the ALB.
    pub fn http_desync(mut self, value: impl ::forma_core::schema::EnumArg<GatewayAlbDesyncMitigationMode>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// The maximum number of ALBs to provision for the gateway.
    pub fn max_alb_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The network configuration for the gateway ALB.
    pub fn network_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GatewayElbNetworkConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The port on which the ALB listens.
    ///
    /// Allowed: 1 to 65535.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The protocol for the ALB listener.
    pub fn protocol(mut self, value: impl ::forma_core::schema::EnumArg<GatewayAlbProtocol>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// The scheme for the ALB.
    pub fn scheme(mut self, value: impl ::forma_core::schema::EnumArg<GatewayElbScheme>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// The test traffic rules for the gateway ALB.
    pub fn test_traffic_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GatewayAlbTestTrafficRules>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The ARN of the WAFv2 web ACL to associate with the ALB.
    pub fn web_acl_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HostSharedAlbConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HostSharedAlbConfiguration> for ::forma_core::Value<HostSharedAlbConfiguration> {
    fn from(v: HostSharedAlbConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOST_SHARED_ALB_CONFIGURATION_TYPE.properties))
    }
}

/// The access log configuration for the gateway ALB.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayElbAccessLogConfiguration {
    props: ::forma_core::schema::Props,
}
impl GatewayElbAccessLogConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The destination for gateway ALB access logs.
    pub fn destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GatewayElbAccessLogDestination>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GatewayElbAccessLogConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GatewayElbAccessLogConfiguration> for ::forma_core::Value<GatewayElbAccessLogConfiguration> {
    fn from(v: GatewayElbAccessLogConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_ELB_ACCESS_LOG_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ipv4`, `dualstack`, `dualstack-without-public-ipv4`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GatewayElbIpAddressType {
    /// `ipv4`
    Ipv4,
    /// `dualstack`
    Dualstack,
    /// `dualstack-without-public-ipv4`
    DualstackWithoutPublicIpv4,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GatewayElbIpAddressType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "ipv4",
            Self::Dualstack => "dualstack",
            Self::DualstackWithoutPublicIpv4 => "dualstack-without-public-ipv4",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ipv4", "dualstack", "dualstack-without-public-ipv4"]
    }
}
impl ::std::convert::From<GatewayElbIpAddressType> for ::forma_core::Value<GatewayElbIpAddressType> {
    fn from(v: GatewayElbIpAddressType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GatewayElbIpAddressType {}

/// The network configuration for the gateway ALB.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayElbNetworkConfiguration {
    props: ::forma_core::schema::Props,
}
impl GatewayElbNetworkConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The inbound security group for the ALB.
    pub fn inbound_security_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The IP address type for the ALB.
    pub fn ip_address_type(mut self, value: impl ::forma_core::schema::EnumArg<GatewayElbIpAddressType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The subnets for the ALB.
    pub fn subnets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GatewayElbNetworkConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GatewayElbNetworkConfiguration> for ::forma_core::Value<GatewayElbNetworkConfiguration> {
    fn from(v: GatewayElbNetworkConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_ELB_NETWORK_CONFIGURATION_TYPE.properties))
    }
}

/// The test traffic rules for the gateway ALB.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayAlbTestTrafficRules {
    props: ::forma_core::schema::Props,
}
impl GatewayAlbTestTrafficRules {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The header configuration for test traffic routing.
    pub fn header(mut self, value: impl ::std::convert::Into<::forma_core::Value<GatewayTestTrafficHeader>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GatewayAlbTestTrafficRules {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GatewayAlbTestTrafficRules> for ::forma_core::Value<GatewayAlbTestTrafficRules> {
    fn from(v: GatewayAlbTestTrafficRules) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_ALB_TEST_TRAFFIC_RULES_TYPE.properties))
    }
}

/// The destination for gateway ALB access logs.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayElbAccessLogDestination {
    props: ::forma_core::schema::Props,
}
impl GatewayElbAccessLogDestination {
    /// A new value with its required properties: `S3`.
    pub fn new(s3: impl ::std::convert::Into<::forma_core::Value<GatewayElbAccessLogS3Destination>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GatewayElbAccessLogDestination> for ::forma_core::Value<GatewayElbAccessLogDestination> {
    fn from(v: GatewayElbAccessLogDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_ELB_ACCESS_LOG_DESTINATION_TYPE.properties))
    }
}

/// The header configuration for test traffic routing.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayTestTrafficHeader {
    props: ::forma_core::schema::Props,
}
impl GatewayTestTrafficHeader {
    /// A new value with its required properties: `Name`, `Values`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, values.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GatewayTestTrafficHeader> for ::forma_core::Value<GatewayTestTrafficHeader> {
    fn from(v: GatewayTestTrafficHeader) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_TEST_TRAFFIC_HEADER_TYPE.properties))
    }
}

/// The S3 destination for gateway ALB access logs.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayElbAccessLogS3Destination {
    props: ::forma_core::schema::Props,
}
impl GatewayElbAccessLogS3Destination {
    /// A new value with its required properties: `Bucket`.
    pub fn new(bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        Self { props }
    }
    /// The S3 prefix for access logs.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GatewayElbAccessLogS3Destination> for ::forma_core::Value<GatewayElbAccessLogS3Destination> {
    fn from(v: GatewayElbAccessLogS3Destination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_ELB_ACCESS_LOG_S3_DESTINATION_TYPE.properties))
    }
}

/// The schema of `AWS::ECS::Gateway`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ECS::Gateway",
    properties: &[
        ::forma_core::schema::Property {
            name: "Configuration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GATEWAY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeletionProtection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "GatewayName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "InfrastructureRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PropagateTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "GATEWAY"]),
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
    ],
    rules: &[],
    attributes: &[
        "Arn",
        "Status",
        "AccessType",
        "CreatedAt",
        "UpdatedAt",
        "Configuration.HostSharedAlb.CurrentAlbCount",
    ],
};

static GATEWAY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Gateway.GatewayConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "HostSharedAlb",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&HOST_SHARED_ALB_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Gateway.Tag",
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

static HOST_SHARED_ALB_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Gateway.HostSharedAlbConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessLogs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GATEWAY_ELB_ACCESS_LOG_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CurrentAlbCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "HttpDesync",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["monitor", "defensive", "strictest"]),
        },
        ::forma_core::schema::Property {
            name: "MaxAlbCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NetworkConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GATEWAY_ELB_NETWORK_CONFIGURATION_TYPE),
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
            name: "Scheme",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["internet-facing", "internal"]),
        },
        ::forma_core::schema::Property {
            name: "TestTrafficRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GATEWAY_ALB_TEST_TRAFFIC_RULES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WebACLArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static GATEWAY_ELB_ACCESS_LOG_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::Gateway.GatewayElbAccessLogConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "Destination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GATEWAY_ELB_ACCESS_LOG_DESTINATION_TYPE),
        }],
        rules: &[],
    };

static GATEWAY_ELB_NETWORK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::Gateway.GatewayElbNetworkConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "InboundSecurityGroup",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "IpAddressType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["ipv4", "dualstack", "dualstack-without-public-ipv4"]),
            },
            ::forma_core::schema::Property {
                name: "Subnets",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: Some(2), max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static GATEWAY_ALB_TEST_TRAFFIC_RULES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Gateway.GatewayAlbTestTrafficRules",
    properties: &[::forma_core::schema::Property {
        name: "Header",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&GATEWAY_TEST_TRAFFIC_HEADER_TYPE),
    }],
    rules: &[],
};

static GATEWAY_ELB_ACCESS_LOG_DESTINATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::Gateway.GatewayElbAccessLogDestination",
        properties: &[::forma_core::schema::Property {
            name: "S3",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GATEWAY_ELB_ACCESS_LOG_S3_DESTINATION_TYPE),
        }],
        rules: &[::forma_core::schema::Combination::OneOf(&[&["S3"]])],
    };

static GATEWAY_TEST_TRAFFIC_HEADER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Gateway.GatewayTestTrafficHeader",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static GATEWAY_ELB_ACCESS_LOG_S3_DESTINATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::Gateway.GatewayElbAccessLogS3Destination",
        properties: &[
            ::forma_core::schema::Property {
                name: "Bucket",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Prefix",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };
