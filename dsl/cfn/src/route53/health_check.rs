// @generated from AWS::Route53::HealthCheck (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Route53::HealthCheck` and its property types.

/// Resource schema for AWS::Route53::HealthCheck.
///
/// CloudFormation type `AWS::Route53::HealthCheck`.
#[derive(Debug, Clone, PartialEq)]
pub struct HealthCheck {
    props: ::forma_core::schema::Props,
}
impl HealthCheck {
    /// A new resource with its required properties: `HealthCheckConfig`.
    #[track_caller]
    pub fn new(health_check_config: impl ::std::convert::Into<::forma_core::Value<HealthCheckConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, health_check_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn health_check_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HealthCheckTag>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for HealthCheck {
    type Attributes = HealthCheckAttributes;
    fn type_name(&self) -> &str {
        "AWS::Route53::HealthCheck"
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
/// The attributes of a `AWS::Route53::HealthCheck` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct HealthCheckAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for HealthCheckAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl HealthCheckAttributes {
    /// `Fn::GetAtt` `HealthCheckId`.
    pub fn health_check_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "HealthCheckId")
    }
}

/// The values CloudFormation documents: `Healthy`, `LastKnownStatus`, `Unhealthy`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InsufficientDataHealthStatus {
    /// `Healthy`
    Healthy,
    /// `LastKnownStatus`
    LastKnownStatus,
    /// `Unhealthy`
    Unhealthy,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InsufficientDataHealthStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Healthy => "Healthy",
            Self::LastKnownStatus => "LastKnownStatus",
            Self::Unhealthy => "Unhealthy",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Healthy", "LastKnownStatus", "Unhealthy"]
    }
}
impl ::std::convert::From<InsufficientDataHealthStatus> for ::forma_core::Value<InsufficientDataHealthStatus> {
    fn from(v: InsufficientDataHealthStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InsufficientDataHealthStatus {}

/// The values CloudFormation documents: `ap-northeast-1`, `ap-southeast-1`, `ap-southeast-2`, `eu-west-1`, `sa-east-1`, `us-east-1`, `us-west-1`, `us-west-2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Regions {
    /// `ap-northeast-1`
    ApNortheast1,
    /// `ap-southeast-1`
    ApSoutheast1,
    /// `ap-southeast-2`
    ApSoutheast2,
    /// `eu-west-1`
    EuWest1,
    /// `sa-east-1`
    SaEast1,
    /// `us-east-1`
    UsEast1,
    /// `us-west-1`
    UsWest1,
    /// `us-west-2`
    UsWest2,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Regions {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ApNortheast1 => "ap-northeast-1",
            Self::ApSoutheast1 => "ap-southeast-1",
            Self::ApSoutheast2 => "ap-southeast-2",
            Self::EuWest1 => "eu-west-1",
            Self::SaEast1 => "sa-east-1",
            Self::UsEast1 => "us-east-1",
            Self::UsWest1 => "us-west-1",
            Self::UsWest2 => "us-west-2",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ap-northeast-1",
            "ap-southeast-1",
            "ap-southeast-2",
            "eu-west-1",
            "sa-east-1",
            "us-east-1",
            "us-west-1",
            "us-west-2",
        ]
    }
}
impl ::std::convert::From<Regions> for ::forma_core::Value<Regions> {
    fn from(v: Regions) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Regions {}

/// The values CloudFormation documents: `CALCULATED`, `CLOUDWATCH_METRIC`, `HTTP`, `HTTP_STR_MATCH`, `HTTPS`, `HTTPS_STR_MATCH`, `TCP`, `RECOVERY_CONTROL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `CALCULATED`
    Calculated,
    /// `CLOUDWATCH_METRIC`
    CloudwatchMetric,
    /// `HTTP`
    Http,
    /// `HTTP_STR_MATCH`
    HttpStrMatch,
    /// `HTTPS`
    Https,
    /// `HTTPS_STR_MATCH`
    HttpsStrMatch,
    /// `TCP`
    Tcp,
    /// `RECOVERY_CONTROL`
    RecoveryControl,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Calculated => "CALCULATED",
            Self::CloudwatchMetric => "CLOUDWATCH_METRIC",
            Self::Http => "HTTP",
            Self::HttpStrMatch => "HTTP_STR_MATCH",
            Self::Https => "HTTPS",
            Self::HttpsStrMatch => "HTTPS_STR_MATCH",
            Self::Tcp => "TCP",
            Self::RecoveryControl => "RECOVERY_CONTROL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "CALCULATED",
            "CLOUDWATCH_METRIC",
            "HTTP",
            "HTTP_STR_MATCH",
            "HTTPS",
            "HTTPS_STR_MATCH",
            "TCP",
            "RECOVERY_CONTROL",
        ]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// A complex type that contains information about the health check.
#[derive(Debug, Clone, PartialEq)]
pub struct HealthCheckConfig {
    props: ::forma_core::schema::Props,
}
impl HealthCheckConfig {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(16, type_.into_enum_expr());
        Self { props }
    }
    /// A complex type that identifies the CloudWatch alarm that you want Amazon Route 53 health checkers to use to determine whether the specified health check is healthy.
    pub fn alarm_identifier(mut self, value: impl ::std::convert::Into<::forma_core::Value<AlarmIdentifier>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ChildHealthChecks`.
    pub fn child_health_checks(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `EnableSNI`.
    pub fn enable_sni(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `FailureThreshold`.
    ///
    /// Allowed: 1 to 10.
    pub fn failure_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `FullyQualifiedDomainName`.
    ///
    /// Allowed: length 0 to 255.
    pub fn fully_qualified_domain_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `HealthThreshold`.
    ///
    /// Allowed: 0 to 256.
    pub fn health_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `IPAddress`.
    ///
    /// Allowed: length 0 to 45.
    pub fn ip_address(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `InsufficientDataHealthStatus`.
    pub fn insufficient_data_health_status(
        mut self,
        value: impl ::forma_core::schema::EnumArg<InsufficientDataHealthStatus>,
    ) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// `Inverted`.
    pub fn inverted(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `MeasureLatency`.
    pub fn measure_latency(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `Port`.
    ///
    /// Allowed: 1 to 65535.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `Regions`.
    pub fn regions(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Regions>>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `RequestInterval`.
    ///
    /// Allowed: 10 to 30.
    pub fn request_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `ResourcePath`.
    ///
    /// Allowed: length 0 to 255.
    pub fn resource_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `RoutingControlArn`.
    ///
    /// Allowed: length 1 to 255.
    pub fn routing_control_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `SearchString`.
    ///
    /// Allowed: length 0 to 255.
    pub fn search_string(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HealthCheckConfig> for ::forma_core::Value<HealthCheckConfig> {
    fn from(v: HealthCheckConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEALTH_CHECK_CONFIG_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct HealthCheckTag {
    props: ::forma_core::schema::Props,
}
impl HealthCheckTag {
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
impl ::std::convert::From<HealthCheckTag> for ::forma_core::Value<HealthCheckTag> {
    fn from(v: HealthCheckTag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEALTH_CHECK_TAG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `af-south-1`, `ap-east-1`, `ap-east-2`, `ap-northeast-1`, `ap-northeast-2`, `ap-northeast-3`, `ap-south-1`, `ap-south-2`, `ap-southeast-1`, `ap-southeast-2`, `ap-southeast-3`, `ap-southeast-4`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Region {
    /// `af-south-1`
    AfSouth1,
    /// `ap-east-1`
    ApEast1,
    /// `ap-east-2`
    ApEast2,
    /// `ap-northeast-1`
    ApNortheast1,
    /// `ap-northeast-2`
    ApNortheast2,
    /// `ap-northeast-3`
    ApNortheast3,
    /// `ap-south-1`
    ApSouth1,
    /// `ap-south-2`
    ApSouth2,
    /// `ap-southeast-1`
    ApSoutheast1,
    /// `ap-southeast-2`
    ApSoutheast2,
    /// `ap-southeast-3`
    ApSoutheast3,
    /// `ap-southeast-4`
    ApSoutheast4,
    /// `ap-southeast-5`
    ApSoutheast5,
    /// `ap-southeast-6`
    ApSoutheast6,
    /// `ap-southeast-7`
    ApSoutheast7,
    /// `ca-central-1`
    CaCentral1,
    /// `ca-west-1`
    CaWest1,
    /// `cn-north-1`
    CnNorth1,
    /// `cn-northwest-1`
    CnNorthwest1,
    /// `eu-central-1`
    EuCentral1,
    /// `eu-central-2`
    EuCentral2,
    /// `eu-isoe-west-1`
    EuIsoeWest1,
    /// `eu-north-1`
    EuNorth1,
    /// `eu-south-1`
    EuSouth1,
    /// `eu-south-2`
    EuSouth2,
    /// `eu-west-1`
    EuWest1,
    /// `eu-west-2`
    EuWest2,
    /// `eu-west-3`
    EuWest3,
    /// `eusc-de-east-1`
    EuscDeEast1,
    /// `il-central-1`
    IlCentral1,
    /// `me-central-1`
    MeCentral1,
    /// `me-south-1`
    MeSouth1,
    /// `mx-central-1`
    MxCentral1,
    /// `sa-east-1`
    SaEast1,
    /// `us-east-1`
    UsEast1,
    /// `us-east-2`
    UsEast2,
    /// `us-gov-east-1`
    UsGovEast1,
    /// `us-gov-west-1`
    UsGovWest1,
    /// `us-iso-east-1`
    UsIsoEast1,
    /// `us-iso-west-1`
    UsIsoWest1,
    /// `us-isob-east-1`
    UsIsobEast1,
    /// `us-isob-west-1`
    UsIsobWest1,
    /// `us-isof-east-1`
    UsIsofEast1,
    /// `us-isof-south-1`
    UsIsofSouth1,
    /// `us-west-1`
    UsWest1,
    /// `us-west-2`
    UsWest2,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Region {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AfSouth1 => "af-south-1",
            Self::ApEast1 => "ap-east-1",
            Self::ApEast2 => "ap-east-2",
            Self::ApNortheast1 => "ap-northeast-1",
            Self::ApNortheast2 => "ap-northeast-2",
            Self::ApNortheast3 => "ap-northeast-3",
            Self::ApSouth1 => "ap-south-1",
            Self::ApSouth2 => "ap-south-2",
            Self::ApSoutheast1 => "ap-southeast-1",
            Self::ApSoutheast2 => "ap-southeast-2",
            Self::ApSoutheast3 => "ap-southeast-3",
            Self::ApSoutheast4 => "ap-southeast-4",
            Self::ApSoutheast5 => "ap-southeast-5",
            Self::ApSoutheast6 => "ap-southeast-6",
            Self::ApSoutheast7 => "ap-southeast-7",
            Self::CaCentral1 => "ca-central-1",
            Self::CaWest1 => "ca-west-1",
            Self::CnNorth1 => "cn-north-1",
            Self::CnNorthwest1 => "cn-northwest-1",
            Self::EuCentral1 => "eu-central-1",
            Self::EuCentral2 => "eu-central-2",
            Self::EuIsoeWest1 => "eu-isoe-west-1",
            Self::EuNorth1 => "eu-north-1",
            Self::EuSouth1 => "eu-south-1",
            Self::EuSouth2 => "eu-south-2",
            Self::EuWest1 => "eu-west-1",
            Self::EuWest2 => "eu-west-2",
            Self::EuWest3 => "eu-west-3",
            Self::EuscDeEast1 => "eusc-de-east-1",
            Self::IlCentral1 => "il-central-1",
            Self::MeCentral1 => "me-central-1",
            Self::MeSouth1 => "me-south-1",
            Self::MxCentral1 => "mx-central-1",
            Self::SaEast1 => "sa-east-1",
            Self::UsEast1 => "us-east-1",
            Self::UsEast2 => "us-east-2",
            Self::UsGovEast1 => "us-gov-east-1",
            Self::UsGovWest1 => "us-gov-west-1",
            Self::UsIsoEast1 => "us-iso-east-1",
            Self::UsIsoWest1 => "us-iso-west-1",
            Self::UsIsobEast1 => "us-isob-east-1",
            Self::UsIsobWest1 => "us-isob-west-1",
            Self::UsIsofEast1 => "us-isof-east-1",
            Self::UsIsofSouth1 => "us-isof-south-1",
            Self::UsWest1 => "us-west-1",
            Self::UsWest2 => "us-west-2",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "af-south-1",
            "ap-east-1",
            "ap-east-2",
            "ap-northeast-1",
            "ap-northeast-2",
            "ap-northeast-3",
            "ap-south-1",
            "ap-south-2",
            "ap-southeast-1",
            "ap-southeast-2",
            "ap-southeast-3",
            "ap-southeast-4",
            "ap-southeast-5",
            "ap-southeast-6",
            "ap-southeast-7",
            "ca-central-1",
            "ca-west-1",
            "cn-north-1",
            "cn-northwest-1",
            "eu-central-1",
            "eu-central-2",
            "eu-isoe-west-1",
            "eu-north-1",
            "eu-south-1",
            "eu-south-2",
            "eu-west-1",
            "eu-west-2",
            "eu-west-3",
            "eusc-de-east-1",
            "il-central-1",
            "me-central-1",
            "me-south-1",
            "mx-central-1",
            "sa-east-1",
            "us-east-1",
            "us-east-2",
            "us-gov-east-1",
            "us-gov-west-1",
            "us-iso-east-1",
            "us-iso-west-1",
            "us-isob-east-1",
            "us-isob-west-1",
            "us-isof-east-1",
            "us-isof-south-1",
            "us-west-1",
            "us-west-2",
        ]
    }
}
impl ::std::convert::From<Region> for ::forma_core::Value<Region> {
    fn from(v: Region) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Region {}

/// A complex type that identifies the CloudWatch alarm that you want Amazon Route 53 health checkers to use to determine whether the specified health check is healthy.
#[derive(Debug, Clone, PartialEq)]
pub struct AlarmIdentifier {
    props: ::forma_core::schema::Props,
}
impl AlarmIdentifier {
    /// A new value with its required properties: `Name`, `Region`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        region: impl ::forma_core::schema::EnumArg<Region>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, region.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<AlarmIdentifier> for ::forma_core::Value<AlarmIdentifier> {
    fn from(v: AlarmIdentifier) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALARM_IDENTIFIER_TYPE.properties))
    }
}

/// The schema of `AWS::Route53::HealthCheck`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Route53::HealthCheck",
    properties: &[
        ::forma_core::schema::Property {
            name: "HealthCheckConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HEALTH_CHECK_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HealthCheckTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HEALTH_CHECK_TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["HealthCheckId"],
};

static HEALTH_CHECK_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Route53::HealthCheck.HealthCheckConfig",
properties: &[
::forma_core::schema::Property { name: "AlarmIdentifier", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&ALARM_IDENTIFIER_TYPE) },
::forma_core::schema::Property { name: "ChildHealthChecks", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(64) }), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(256) }) },
::forma_core::schema::Property { name: "EnableSNI", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "FailureThreshold", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(10.0) }) },
::forma_core::schema::Property { name: "FullyQualifiedDomainName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(255) }) },
::forma_core::schema::Property { name: "HealthThreshold", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: Some(256.0) }) },
::forma_core::schema::Property { name: "IPAddress", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]))$|^(([0-9a-fA-F]{1,4}:){7,7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:)|fe80:(:[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}|::(ffff(:0{1,4}){0,1}:){0,1}((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])|([0-9a-fA-F]{1,4}:){1,4}:((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9]))$"), min_length: Some(0), max_length: Some(45) }) },
::forma_core::schema::Property { name: "InsufficientDataHealthStatus", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["Healthy", "LastKnownStatus", "Unhealthy"]) },
::forma_core::schema::Property { name: "Inverted", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "MeasureLatency", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "Port", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(65535.0) }) },
::forma_core::schema::Property { name: "Regions", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Enum(&["ap-northeast-1", "ap-southeast-1", "ap-southeast-2", "eu-west-1", "sa-east-1", "us-east-1", "us-west-1", "us-west-2"]), ::forma_core::schema::ListRule { min_items: Some(3), max_items: Some(64) }) },
::forma_core::schema::Property { name: "RequestInterval", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(10.0), maximum: Some(30.0) }) },
::forma_core::schema::Property { name: "ResourcePath", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(255) }) },
::forma_core::schema::Property { name: "RoutingControlArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "SearchString", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(255) }) },
::forma_core::schema::Property { name: "Type", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["CALCULATED", "CLOUDWATCH_METRIC", "HTTP", "HTTP_STR_MATCH", "HTTPS", "HTTPS_STR_MATCH", "TCP", "RECOVERY_CONTROL"]) },
],
rules: &[],
};

static HEALTH_CHECK_TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53::HealthCheck.HealthCheckTag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static ALARM_IDENTIFIER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53::HealthCheck.AlarmIdentifier",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Region",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "af-south-1",
                "ap-east-1",
                "ap-east-2",
                "ap-northeast-1",
                "ap-northeast-2",
                "ap-northeast-3",
                "ap-south-1",
                "ap-south-2",
                "ap-southeast-1",
                "ap-southeast-2",
                "ap-southeast-3",
                "ap-southeast-4",
                "ap-southeast-5",
                "ap-southeast-6",
                "ap-southeast-7",
                "ca-central-1",
                "ca-west-1",
                "cn-north-1",
                "cn-northwest-1",
                "eu-central-1",
                "eu-central-2",
                "eu-isoe-west-1",
                "eu-north-1",
                "eu-south-1",
                "eu-south-2",
                "eu-west-1",
                "eu-west-2",
                "eu-west-3",
                "eusc-de-east-1",
                "il-central-1",
                "me-central-1",
                "me-south-1",
                "mx-central-1",
                "sa-east-1",
                "us-east-1",
                "us-east-2",
                "us-gov-east-1",
                "us-gov-west-1",
                "us-iso-east-1",
                "us-iso-west-1",
                "us-isob-east-1",
                "us-isob-west-1",
                "us-isof-east-1",
                "us-isof-south-1",
                "us-west-1",
                "us-west-2",
            ]),
        },
    ],
    rules: &[],
};
