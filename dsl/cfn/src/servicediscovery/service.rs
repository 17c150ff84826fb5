// @generated from AWS::ServiceDiscovery::Service (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ServiceDiscovery::Service` and its property types.

/// Resource Type definition for AWS::ServiceDiscovery::Service
///
/// CloudFormation type `AWS::ServiceDiscovery::Service`.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    props: ::forma_core::schema::Props,
}
impl Service {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A description for the service.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// DNS-related configurations for the service.
    #[track_caller]
    pub fn dns_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<DnsConfig>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings for health checks.
    #[track_caller]
    pub fn health_check_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HealthCheckConfig>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings for custom health checks.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn health_check_custom_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HealthCheckCustomConfig>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the service.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the namespace in which the service is created.
    ///
    /// Allowed: length 0 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn namespace_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A string map that contains attributes and values for the service.
    #[track_caller]
    pub fn service_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to associate with the service.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of service.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set_at(8, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Service {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Service {
    type Attributes = ServiceAttributes;
    fn type_name(&self) -> &str {
        "AWS::ServiceDiscovery::Service"
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
/// The attributes of a `AWS::ServiceDiscovery::Service` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ServiceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ServiceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ServiceAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `HTTP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `HTTP`
    Http,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Http => "HTTP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HTTP"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The values CloudFormation documents: `MULTIVALUE`, `WEIGHTED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RoutingPolicy {
    /// `MULTIVALUE`
    Multivalue,
    /// `WEIGHTED`
    Weighted,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RoutingPolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Multivalue => "MULTIVALUE",
            Self::Weighted => "WEIGHTED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MULTIVALUE", "WEIGHTED"]
    }
}
impl ::std::convert::From<RoutingPolicy> for ::forma_core::Value<RoutingPolicy> {
    fn from(v: RoutingPolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RoutingPolicy {}

/// DNS configuration settings for the service.
#[derive(Debug, Clone, PartialEq)]
pub struct DnsConfig {
    props: ::forma_core::schema::Props,
}
impl DnsConfig {
    /// A new value with its required properties: `DnsRecords`.
    pub fn new(dns_records: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DnsRecord>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dns_records.into().into_expr());
        Self { props }
    }
    /// The ID of the namespace for the DNS configuration.
    ///
    /// Allowed: length 0 to 64.
    pub fn namespace_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The routing policy to use for DNS queries.
    pub fn routing_policy(mut self, value: impl ::forma_core::schema::EnumArg<RoutingPolicy>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<DnsConfig> for ::forma_core::Value<DnsConfig> {
    fn from(v: DnsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DNS_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `HTTP`, `HTTPS`, `TCP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HealthCheckConfigType {
    /// `HTTP`
    Http,
    /// `HTTPS`
    Https,
    /// `TCP`
    Tcp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HealthCheckConfigType {
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
impl ::std::convert::From<HealthCheckConfigType> for ::forma_core::Value<HealthCheckConfigType> {
    fn from(v: HealthCheckConfigType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HealthCheckConfigType {}

/// Configuration for health checks for the service.
#[derive(Debug, Clone, PartialEq)]
pub struct HealthCheckConfig {
    props: ::forma_core::schema::Props,
}
impl HealthCheckConfig {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<HealthCheckConfigType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
    /// The number of consecutive health check failures that must occur before declaring the service unhealthy.
    ///
    /// Allowed: 1 to 10.
    pub fn failure_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The path to ping on the service for health checks.
    ///
    /// Allowed: length 0 to 255.
    pub fn resource_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HealthCheckConfig> for ::forma_core::Value<HealthCheckConfig> {
    fn from(v: HealthCheckConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEALTH_CHECK_CONFIG_TYPE.properties))
    }
}

/// Configurations for custom health checks for the service.
#[derive(Debug, Clone, PartialEq)]
pub struct HealthCheckCustomConfig {
    props: ::forma_core::schema::Props,
}
impl HealthCheckCustomConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The number of consecutive health check failures required before the service is considered unhealthy.
    ///
    /// Allowed: 1 to 10.
    pub fn failure_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HealthCheckCustomConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HealthCheckCustomConfig> for ::forma_core::Value<HealthCheckCustomConfig> {
    fn from(v: HealthCheckCustomConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEALTH_CHECK_CUSTOM_CONFIG_TYPE.properties))
    }
}

/// A key-value pair to associate with the service.
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

/// The values CloudFormation documents: `A`, `AAAA`, `CNAME`, `SRV`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DnsRecordType {
    /// `A`
    A,
    /// `AAAA`
    Aaaa,
    /// `CNAME`
    Cname,
    /// `SRV`
    Srv,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DnsRecordType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::A => "A",
            Self::Aaaa => "AAAA",
            Self::Cname => "CNAME",
            Self::Srv => "SRV",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["A", "AAAA", "CNAME", "SRV"]
    }
}
impl ::std::convert::From<DnsRecordType> for ::forma_core::Value<DnsRecordType> {
    fn from(v: DnsRecordType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DnsRecordType {}

/// A DNS record associated with the service.
#[derive(Debug, Clone, PartialEq)]
pub struct DnsRecord {
    props: ::forma_core::schema::Props,
}
impl DnsRecord {
    /// A new value with its required properties: `TTL`, `Type`.
    pub fn new(
        ttl: impl ::std::convert::Into<::forma_core::Value<f64>>,
        type_: impl ::forma_core::schema::EnumArg<DnsRecordType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, ttl.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<DnsRecord> for ::forma_core::Value<DnsRecord> {
    fn from(v: DnsRecord) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DNS_RECORD_TYPE.properties))
    }
}

/// The schema of `AWS::ServiceDiscovery::Service`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::ServiceDiscovery::Service",
properties: &[
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "DnsConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&DNS_CONFIG_TYPE) },
::forma_core::schema::Property { name: "HealthCheckConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&HEALTH_CHECK_CONFIG_TYPE) },
::forma_core::schema::Property { name: "HealthCheckCustomConfig", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&HEALTH_CHECK_CUSTOM_CONFIG_TYPE) },
::forma_core::schema::Property { name: "Name", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((?=^.{1,127}$)^([a-zA-Z0-9_][a-zA-Z0-9-_]{0,61}[a-zA-Z0-9_]|[a-zA-Z0-9])(\\.([a-zA-Z0-9_][a-zA-Z0-9-_]{0,61}[a-zA-Z0-9_]|[a-zA-Z0-9]))*$)|(^\\.$)$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "NamespaceId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(255) }) },
::forma_core::schema::Property { name: "ServiceAttributes", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING)) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) }) },
::forma_core::schema::Property { name: "Type", required: false, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["HTTP"]) },
],
rules: &[::forma_core::schema::Combination::Excludes("HealthCheckConfig", &["HealthCheckCustomConfig"]), ::forma_core::schema::Combination::Excludes("HealthCheckCustomConfig", &["HealthCheckConfig"])],
attributes: &["Id", "Arn"],
};

static DNS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ServiceDiscovery::Service.DnsConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "DnsRecords",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DNS_RECORD_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NamespaceId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoutingPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MULTIVALUE", "WEIGHTED"]),
        },
    ],
    rules: &[],
};

static HEALTH_CHECK_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ServiceDiscovery::Service.HealthCheckConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "FailureThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(10.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourcePath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HTTP", "HTTPS", "TCP"]),
        },
    ],
    rules: &[],
};

static HEALTH_CHECK_CUSTOM_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ServiceDiscovery::Service.HealthCheckCustomConfig",
    properties: &[::forma_core::schema::Property {
        name: "FailureThreshold",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: Some(10.0),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ServiceDiscovery::Service.Tag",
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

static DNS_RECORD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ServiceDiscovery::Service.DnsRecord",
    properties: &[
        ::forma_core::schema::Property {
            name: "TTL",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(2147483647.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["A", "AAAA", "CNAME", "SRV"]),
        },
    ],
    rules: &[],
};
