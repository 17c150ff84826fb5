// @generated from AWS::EC2::ApplicationStatusCheck (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::ApplicationStatusCheck` and its property types.

/// An application status check monitors an HTTP or HTTPS endpoint on Amazon EC2 instances and reports application-layer health.
///
/// CloudFormation type `AWS::EC2::ApplicationStatusCheck`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationStatusCheck {
    props: ::forma_core::schema::Props,
}
impl ApplicationStatusCheck {
    /// A new resource with its required properties: `Port`, `Protocol`.
    #[track_caller]
    pub fn new(
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        protocol: impl ::forma_core::schema::EnumArg<Protocol>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(9, port.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(10, protocol.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Whether this check is included in the rolled-up application status.
    #[track_caller]
    pub fn aggregation(mut self, value: impl ::forma_core::schema::EnumArg<Aggregation>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The network interface device index used for the health check.
    #[track_caller]
    pub fn device_index(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of consecutive failed probes required to mark the instance unhealthy.
    #[track_caller]
    pub fn failure_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The source/destination network paths used for the health check.
    #[track_caller]
    pub fn health_check_paths(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HealthCheckPath>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Seconds to wait after instance launch before beginning health checks.
    ///
    /// Allowed: -1 to 600.
    #[track_caller]
    pub fn initialization_grace_period_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The interval, in seconds, between health check probes.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IP scope used for the health check.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ip_scope(mut self, value: impl ::forma_core::schema::EnumArg<IpScope>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IP version used for the health check.
    #[track_caller]
    pub fn ip_version(mut self, value: impl ::forma_core::schema::EnumArg<IpVersion>) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The HTTP path used for the health check.
    #[track_caller]
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The HTTP status codes considered successful (e.g., "200-299").
    #[track_caller]
    pub fn status_code_matcher(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of consecutive successful probes required to mark the instance healthy.
    #[track_caller]
    pub fn success_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to apply to the application status check.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The timeout, in seconds, for each health check probe.
    #[track_caller]
    pub fn timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ApplicationStatusCheck {
    type Attributes = ApplicationStatusCheckAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::ApplicationStatusCheck"
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
/// The attributes of a `AWS::EC2::ApplicationStatusCheck` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApplicationStatusCheckAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApplicationStatusCheckAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApplicationStatusCheckAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ApplicationStatusCheckId`.
    pub fn application_status_check_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ApplicationStatusCheckId")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
}

/// The values CloudFormation documents: `included`, `excluded`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Aggregation {
    /// `included`
    Included,
    /// `excluded`
    Excluded,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Aggregation {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Included => "included",
            Self::Excluded => "excluded",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["included", "excluded"]
    }
}
impl ::std::convert::From<Aggregation> for ::forma_core::Value<Aggregation> {
    fn from(v: Aggregation) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Aggregation {}

/// The values CloudFormation documents: `private`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpScope {
    /// `private`
    Private,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IpScope {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Private => "private",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["private"]
    }
}
impl ::std::convert::From<IpScope> for ::forma_core::Value<IpScope> {
    fn from(v: IpScope) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpScope {}

/// The values CloudFormation documents: `ipv4`, `ipv6`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpVersion {
    /// `ipv4`
    Ipv4,
    /// `ipv6`
    Ipv6,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IpVersion {
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
impl ::std::convert::From<IpVersion> for ::forma_core::Value<IpVersion> {
    fn from(v: IpVersion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpVersion {}

/// The values CloudFormation documents: `http`, `https`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `http`
    Http,
    /// `https`
    Https,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Protocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Http => "http",
            Self::Https => "https",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["http", "https"]
    }
}
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Protocol {}

/// The `HealthCheckPath` property type of `AWS::EC2::ApplicationStatusCheck`.
#[derive(Debug, Clone, PartialEq)]
pub struct HealthCheckPath {
    props: ::forma_core::schema::Props,
}
impl HealthCheckPath {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Destinations`.
    pub fn destinations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HealthCheckPathDestination>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Source`.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<HealthCheckPathSource>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HealthCheckPath {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HealthCheckPath> for ::forma_core::Value<HealthCheckPath> {
    fn from(v: HealthCheckPath) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEALTH_CHECK_PATH_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::EC2::ApplicationStatusCheck`.
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

/// The `HealthCheckPathDestination` property type of `AWS::EC2::ApplicationStatusCheck`.
#[derive(Debug, Clone, PartialEq)]
pub struct HealthCheckPathDestination {
    props: ::forma_core::schema::Props,
}
impl HealthCheckPathDestination {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SecurityGroupId`.
    pub fn security_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SubnetId`.
    pub fn subnet_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HealthCheckPathDestination {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HealthCheckPathDestination> for ::forma_core::Value<HealthCheckPathDestination> {
    fn from(v: HealthCheckPathDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEALTH_CHECK_PATH_DESTINATION_TYPE.properties))
    }
}

/// The `HealthCheckPathSource` property type of `AWS::EC2::ApplicationStatusCheck`.
#[derive(Debug, Clone, PartialEq)]
pub struct HealthCheckPathSource {
    props: ::forma_core::schema::Props,
}
impl HealthCheckPathSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SecurityGroupId`.
    pub fn security_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SubnetId`.
    pub fn subnet_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HealthCheckPathSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HealthCheckPathSource> for ::forma_core::Value<HealthCheckPathSource> {
    fn from(v: HealthCheckPathSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEALTH_CHECK_PATH_SOURCE_TYPE.properties))
    }
}

/// The schema of `AWS::EC2::ApplicationStatusCheck`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::ApplicationStatusCheck",
    properties: &[
        ::forma_core::schema::Property {
            name: "Aggregation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["included", "excluded"]),
        },
        ::forma_core::schema::Property {
            name: "DeviceIndex",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FailureThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "HealthCheckPaths",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HEALTH_CHECK_PATH_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "InitializationGracePeriodSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(-1.0),
                maximum: Some(600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Interval",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IpScope",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["private"]),
        },
        ::forma_core::schema::Property {
            name: "IpVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ipv4", "ipv6"]),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["http", "https"]),
        },
        ::forma_core::schema::Property {
            name: "StatusCodeMatcher",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SuccessThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
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
            name: "Timeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "ApplicationStatusCheckId", "CreationTime"],
};

static HEALTH_CHECK_PATH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::ApplicationStatusCheck.HealthCheckPath",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destinations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HEALTH_CHECK_PATH_DESTINATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HEALTH_CHECK_PATH_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::ApplicationStatusCheck.Tag",
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
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static HEALTH_CHECK_PATH_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::ApplicationStatusCheck.HealthCheckPathDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SubnetId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static HEALTH_CHECK_PATH_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::ApplicationStatusCheck.HealthCheckPathSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SubnetId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
