// @generated from AWS::CodeDeploy::DeploymentConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CodeDeploy::DeploymentConfig` and its property types.

/// Resource Type definition for AWS::CodeDeploy::DeploymentConfig
///
/// CloudFormation type `AWS::CodeDeploy::DeploymentConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeploymentConfig {
    props: ::forma_core::schema::Props,
}
impl DeploymentConfig {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The destination platform type for the deployment (Lambda, Server, or ECS).
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn compute_platform(mut self, value: impl ::forma_core::schema::EnumArg<ComputePlatform>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A name for the deployment configuration.
    ///
    /// Allowed: length 1 to 100.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn deployment_config_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The minimum number of healthy instances that should be available at any time during the deployment.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn minimum_healthy_hosts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MinimumHealthyHosts>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration that specifies how the deployment traffic is routed.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn traffic_routing_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TrafficRoutingConfig>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The zonal deployment config that specifies how the zonal deployment behaves
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn zonal_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ZonalConfig>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for DeploymentConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for DeploymentConfig {
    type Attributes = DeploymentConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::CodeDeploy::DeploymentConfig"
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
/// The attributes of a `AWS::CodeDeploy::DeploymentConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DeploymentConfigAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DeploymentConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `ECS`, `Lambda`, `Server`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComputePlatform {
    /// `ECS`
    Ecs,
    /// `Lambda`
    Lambda,
    /// `Server`
    Server,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ComputePlatform {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ecs => "ECS",
            Self::Lambda => "Lambda",
            Self::Server => "Server",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ECS", "Lambda", "Server"]
    }
}
impl ::std::convert::From<ComputePlatform> for ::forma_core::Value<ComputePlatform> {
    fn from(v: ComputePlatform) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ComputePlatform {}

/// The values CloudFormation documents: `FLEET_PERCENT`, `HOST_COUNT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `FLEET_PERCENT`
    FleetPercent,
    /// `HOST_COUNT`
    HostCount,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FleetPercent => "FLEET_PERCENT",
            Self::HostCount => "HOST_COUNT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FLEET_PERCENT", "HOST_COUNT"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `MinimumHealthyHosts` property type of `AWS::CodeDeploy::DeploymentConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct MinimumHealthyHosts {
    props: ::forma_core::schema::Props,
}
impl MinimumHealthyHosts {
    /// A new value with its required properties: `Type`, `Value`.
    pub fn new(
        type_: impl ::forma_core::schema::EnumArg<Type>,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MinimumHealthyHosts> for ::forma_core::Value<MinimumHealthyHosts> {
    fn from(v: MinimumHealthyHosts) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MINIMUM_HEALTHY_HOSTS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AllAtOnce`, `TimeBasedCanary`, `TimeBasedLinear`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TrafficRoutingConfigType {
    /// `AllAtOnce`
    AllAtOnce,
    /// `TimeBasedCanary`
    TimeBasedCanary,
    /// `TimeBasedLinear`
    TimeBasedLinear,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TrafficRoutingConfigType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllAtOnce => "AllAtOnce",
            Self::TimeBasedCanary => "TimeBasedCanary",
            Self::TimeBasedLinear => "TimeBasedLinear",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AllAtOnce", "TimeBasedCanary", "TimeBasedLinear"]
    }
}
impl ::std::convert::From<TrafficRoutingConfigType> for ::forma_core::Value<TrafficRoutingConfigType> {
    fn from(v: TrafficRoutingConfigType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TrafficRoutingConfigType {}

/// The `TrafficRoutingConfig` property type of `AWS::CodeDeploy::DeploymentConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrafficRoutingConfig {
    props: ::forma_core::schema::Props,
}
impl TrafficRoutingConfig {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<TrafficRoutingConfigType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
    /// `TimeBasedCanary`.
    pub fn time_based_canary(mut self, value: impl ::std::convert::Into<::forma_core::Value<TimeBasedCanary>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TimeBasedLinear`.
    pub fn time_based_linear(mut self, value: impl ::std::convert::Into<::forma_core::Value<TimeBasedLinear>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TrafficRoutingConfig> for ::forma_core::Value<TrafficRoutingConfig> {
    fn from(v: TrafficRoutingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRAFFIC_ROUTING_CONFIG_TYPE.properties))
    }
}

/// The `ZonalConfig` property type of `AWS::CodeDeploy::DeploymentConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct ZonalConfig {
    props: ::forma_core::schema::Props,
}
impl ZonalConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FirstZoneMonitorDurationInSeconds`.
    pub fn first_zone_monitor_duration_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MinimumHealthyHostsPerZone`.
    pub fn minimum_healthy_hosts_per_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MinimumHealthyHostsPerZone>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MonitorDurationInSeconds`.
    pub fn monitor_duration_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ZonalConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ZonalConfig> for ::forma_core::Value<ZonalConfig> {
    fn from(v: ZonalConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ZONAL_CONFIG_TYPE.properties))
    }
}

/// The `TimeBasedCanary` property type of `AWS::CodeDeploy::DeploymentConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeBasedCanary {
    props: ::forma_core::schema::Props,
}
impl TimeBasedCanary {
    /// A new value with its required properties: `CanaryInterval`, `CanaryPercentage`.
    pub fn new(
        canary_interval: impl ::std::convert::Into<::forma_core::Value<i64>>,
        canary_percentage: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, canary_interval.into().into_expr());
        props.set(1, canary_percentage.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TimeBasedCanary> for ::forma_core::Value<TimeBasedCanary> {
    fn from(v: TimeBasedCanary) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIME_BASED_CANARY_TYPE.properties))
    }
}

/// The `TimeBasedLinear` property type of `AWS::CodeDeploy::DeploymentConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeBasedLinear {
    props: ::forma_core::schema::Props,
}
impl TimeBasedLinear {
    /// A new value with its required properties: `LinearInterval`, `LinearPercentage`.
    pub fn new(
        linear_interval: impl ::std::convert::Into<::forma_core::Value<i64>>,
        linear_percentage: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, linear_interval.into().into_expr());
        props.set(1, linear_percentage.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TimeBasedLinear> for ::forma_core::Value<TimeBasedLinear> {
    fn from(v: TimeBasedLinear) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIME_BASED_LINEAR_TYPE.properties))
    }
}

/// The `MinimumHealthyHostsPerZone` property type of `AWS::CodeDeploy::DeploymentConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct MinimumHealthyHostsPerZone {
    props: ::forma_core::schema::Props,
}
impl MinimumHealthyHostsPerZone {
    /// A new value with its required properties: `Type`, `Value`.
    pub fn new(
        type_: impl ::forma_core::schema::EnumArg<Type>,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MinimumHealthyHostsPerZone> for ::forma_core::Value<MinimumHealthyHostsPerZone> {
    fn from(v: MinimumHealthyHostsPerZone) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MINIMUM_HEALTHY_HOSTS_PER_ZONE_TYPE.properties))
    }
}

/// The schema of `AWS::CodeDeploy::DeploymentConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CodeDeploy::DeploymentConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComputePlatform",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["ECS", "Lambda", "Server"]),
        },
        ::forma_core::schema::Property {
            name: "DeploymentConfigName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9+=,.@_-]*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "MinimumHealthyHosts",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&MINIMUM_HEALTHY_HOSTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TrafficRoutingConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&TRAFFIC_ROUTING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ZonalConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ZONAL_CONFIG_TYPE),
        },
    ],
    rules: &[],
    attributes: &[],
};

static MINIMUM_HEALTHY_HOSTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentConfig.MinimumHealthyHosts",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FLEET_PERCENT", "HOST_COUNT"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static TRAFFIC_ROUTING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentConfig.TrafficRoutingConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "TimeBasedCanary",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIME_BASED_CANARY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TimeBasedLinear",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIME_BASED_LINEAR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AllAtOnce", "TimeBasedCanary", "TimeBasedLinear"]),
        },
    ],
    rules: &[],
};

static ZONAL_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentConfig.ZonalConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "FirstZoneMonitorDurationInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinimumHealthyHostsPerZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MINIMUM_HEALTHY_HOSTS_PER_ZONE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MonitorDurationInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static TIME_BASED_CANARY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentConfig.TimeBasedCanary",
    properties: &[
        ::forma_core::schema::Property {
            name: "CanaryInterval",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CanaryPercentage",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static TIME_BASED_LINEAR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentConfig.TimeBasedLinear",
    properties: &[
        ::forma_core::schema::Property {
            name: "LinearInterval",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LinearPercentage",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static MINIMUM_HEALTHY_HOSTS_PER_ZONE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeDeploy::DeploymentConfig.MinimumHealthyHostsPerZone",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FLEET_PERCENT", "HOST_COUNT"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
