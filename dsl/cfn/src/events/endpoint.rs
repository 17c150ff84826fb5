// @generated from AWS::Events::Endpoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Events::Endpoint` and its property types.

/// Resource Type definition for AWS::Events::Endpoint.
///
/// CloudFormation type `AWS::Events::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct Endpoint {
    props: ::forma_core::schema::Props,
}
impl Endpoint {
    /// A new resource with its required properties: `EventBuses`, `RoutingConfig`.
    #[track_caller]
    pub fn new(
        event_buses: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EndpointEventBus>>>,
        routing_config: impl ::std::convert::Into<::forma_core::Value<RoutingConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, event_buses.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, routing_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ReplicationConfig`.
    #[track_caller]
    pub fn replication_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReplicationConfig>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RoleArn`.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Endpoint {
    type Attributes = EndpointAttributes;
    fn type_name(&self) -> &str {
        "AWS::Events::Endpoint"
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
/// The attributes of a `AWS::Events::Endpoint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EndpointAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EndpointAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EndpointAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `EndpointId`.
    pub fn endpoint_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EndpointId")
    }
    /// `Fn::GetAtt` `EndpointUrl`.
    pub fn endpoint_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EndpointUrl")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `StateReason`.
    pub fn state_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StateReason")
    }
}

/// The `EndpointEventBus` property type of `AWS::Events::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct EndpointEventBus {
    props: ::forma_core::schema::Props,
}
impl EndpointEventBus {
    /// A new value with its required properties: `EventBusArn`.
    pub fn new(event_bus_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, event_bus_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EndpointEventBus> for ::forma_core::Value<EndpointEventBus> {
    fn from(v: EndpointEventBus) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENDPOINT_EVENT_BUS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReplicationState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ReplicationState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<ReplicationState> for ::forma_core::Value<ReplicationState> {
    fn from(v: ReplicationState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ReplicationState {}

/// The `ReplicationConfig` property type of `AWS::Events::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationConfig {
    props: ::forma_core::schema::Props,
}
impl ReplicationConfig {
    /// A new value with its required properties: `State`.
    pub fn new(state: impl ::forma_core::schema::EnumArg<ReplicationState>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, state.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ReplicationConfig> for ::forma_core::Value<ReplicationConfig> {
    fn from(v: ReplicationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICATION_CONFIG_TYPE.properties))
    }
}

/// The `RoutingConfig` property type of `AWS::Events::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct RoutingConfig {
    props: ::forma_core::schema::Props,
}
impl RoutingConfig {
    /// A new value with its required properties: `FailoverConfig`.
    pub fn new(failover_config: impl ::std::convert::Into<::forma_core::Value<FailoverConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, failover_config.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RoutingConfig> for ::forma_core::Value<RoutingConfig> {
    fn from(v: RoutingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROUTING_CONFIG_TYPE.properties))
    }
}

/// The `FailoverConfig` property type of `AWS::Events::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct FailoverConfig {
    props: ::forma_core::schema::Props,
}
impl FailoverConfig {
    /// A new value with its required properties: `Primary`, `Secondary`.
    pub fn new(
        primary: impl ::std::convert::Into<::forma_core::Value<Primary>>,
        secondary: impl ::std::convert::Into<::forma_core::Value<Secondary>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, primary.into().into_expr());
        props.set(1, secondary.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FailoverConfig> for ::forma_core::Value<FailoverConfig> {
    fn from(v: FailoverConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FAILOVER_CONFIG_TYPE.properties))
    }
}

/// The `Primary` property type of `AWS::Events::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct Primary {
    props: ::forma_core::schema::Props,
}
impl Primary {
    /// A new value with its required properties: `HealthCheck`.
    pub fn new(health_check: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, health_check.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Primary> for ::forma_core::Value<Primary> {
    fn from(v: Primary) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIMARY_TYPE.properties))
    }
}

/// The `Secondary` property type of `AWS::Events::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct Secondary {
    props: ::forma_core::schema::Props,
}
impl Secondary {
    /// A new value with its required properties: `Route`.
    pub fn new(route: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, route.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Secondary> for ::forma_core::Value<Secondary> {
    fn from(v: Secondary) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SECONDARY_TYPE.properties))
    }
}

/// The schema of `AWS::Events::Endpoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Events::Endpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: None,
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "EventBuses",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ENDPOINT_EVENT_BUS_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(2), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\.\\-_A-Za-z0-9]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "ReplicationConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPLICATION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z-]*:iam::\\d{12}:role\\/[\\w+=,.@/-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoutingConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROUTING_CONFIG_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn", "EndpointId", "EndpointUrl", "State", "StateReason"],
};

static ENDPOINT_EVENT_BUS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Endpoint.EndpointEventBus",
    properties: &[::forma_core::schema::Property {
        name: "EventBusArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:aws[a-z-]*:events:[a-z]+-[a-z-]+-\\d+:\\d{12}:event-bus/[\\w.-]+$"),
            min_length: Some(1),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static REPLICATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Endpoint.ReplicationConfig",
    properties: &[::forma_core::schema::Property {
        name: "State",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};

static ROUTING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Endpoint.RoutingConfig",
    properties: &[::forma_core::schema::Property {
        name: "FailoverConfig",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&FAILOVER_CONFIG_TYPE),
    }],
    rules: &[],
};

static FAILOVER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Endpoint.FailoverConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Primary",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PRIMARY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Secondary",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SECONDARY_TYPE),
        },
    ],
    rules: &[],
};

static PRIMARY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Endpoint.Primary",
    properties: &[::forma_core::schema::Property {
        name: "HealthCheck",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:aws([a-z]|\\-)*:route53:::healthcheck/[\\-a-z0-9]+$"),
            min_length: Some(1),
            max_length: Some(1600),
        }),
    }],
    rules: &[],
};

static SECONDARY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::Endpoint.Secondary",
    properties: &[::forma_core::schema::Property {
        name: "Route",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[\\-a-z0-9]+$"),
            min_length: Some(9),
            max_length: Some(20),
        }),
    }],
    rules: &[],
};
