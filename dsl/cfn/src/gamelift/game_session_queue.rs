// @generated from AWS::GameLift::GameSessionQueue (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::GameLift::GameSessionQueue` and its property types.

/// The AWS::GameLift::GameSessionQueue resource creates an Amazon GameLift (GameLift) game session queue.
///
/// CloudFormation type `AWS::GameLift::GameSessionQueue`.
#[derive(Debug, Clone, PartialEq)]
pub struct GameSessionQueue {
    props: ::forma_core::schema::Props,
}
impl GameSessionQueue {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Information that is added to all events that are related to this game session queue.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn custom_event_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of fleets and/or fleet aliases that can be used to fulfill game session placement requests in the queue.
    #[track_caller]
    pub fn destinations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GameSessionQueueDestination>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of locations where a queue is allowed to place new game sessions.
    #[track_caller]
    pub fn filter_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FilterConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An SNS topic ARN that is set up to receive game session placement notifications.
    ///
    /// Allowed: length 1 to 300.
    #[track_caller]
    pub fn notification_target(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A set of policies that act as a sliding cap on player latency.
    #[track_caller]
    pub fn player_latency_policies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PlayerLatencyPolicy>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Custom settings to use when prioritizing destinations and locations for game session placements.
    #[track_caller]
    pub fn priority_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PriorityConfiguration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum time, in seconds, that a new game session placement request remains in the queue.
    ///
    /// Allowed: at least 0.
    #[track_caller]
    pub fn timeout_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for GameSessionQueue {
    type Attributes = GameSessionQueueAttributes;
    fn type_name(&self) -> &str {
        "AWS::GameLift::GameSessionQueue"
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
/// The attributes of a `AWS::GameLift::GameSessionQueue` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GameSessionQueueAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GameSessionQueueAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GameSessionQueueAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// A fleet or alias designated in a game session queue.
#[derive(Debug, Clone, PartialEq)]
pub struct GameSessionQueueDestination {
    props: ::forma_core::schema::Props,
}
impl GameSessionQueueDestination {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DestinationArn`.
    ///
    /// Allowed: length 1 to 256.
    pub fn destination_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GameSessionQueueDestination {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GameSessionQueueDestination> for ::forma_core::Value<GameSessionQueueDestination> {
    fn from(v: GameSessionQueueDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GAME_SESSION_QUEUE_DESTINATION_TYPE.properties))
    }
}

/// The `FilterConfiguration` property type of `AWS::GameLift::GameSessionQueue`.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterConfiguration {
    props: ::forma_core::schema::Props,
}
impl FilterConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of locations to allow game session placement in, in the form of AWS Region codes such as us-west-2.
    pub fn allowed_locations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FilterConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FilterConfiguration> for ::forma_core::Value<FilterConfiguration> {
    fn from(v: FilterConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_CONFIGURATION_TYPE.properties))
    }
}

/// Sets a latency cap for individual players when placing a game session.
#[derive(Debug, Clone, PartialEq)]
pub struct PlayerLatencyPolicy {
    props: ::forma_core::schema::Props,
}
impl PlayerLatencyPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum latency value that is allowed for any player, in milliseconds.
    ///
    /// Allowed: at least 0.
    pub fn maximum_individual_player_latency_milliseconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The length of time, in seconds, that the policy is enforced while placing a new game session.
    ///
    /// Allowed: at least 0.
    pub fn policy_duration_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PlayerLatencyPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PlayerLatencyPolicy> for ::forma_core::Value<PlayerLatencyPolicy> {
    fn from(v: PlayerLatencyPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PLAYER_LATENCY_POLICY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LATENCY`, `COST`, `DESTINATION`, `LOCATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PriorityOrder {
    /// `LATENCY`
    Latency,
    /// `COST`
    Cost,
    /// `DESTINATION`
    Destination,
    /// `LOCATION`
    Location,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PriorityOrder {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Latency => "LATENCY",
            Self::Cost => "COST",
            Self::Destination => "DESTINATION",
            Self::Location => "LOCATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LATENCY", "COST", "DESTINATION", "LOCATION"]
    }
}
impl ::std::convert::From<PriorityOrder> for ::forma_core::Value<PriorityOrder> {
    fn from(v: PriorityOrder) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PriorityOrder {}

/// The `PriorityConfiguration` property type of `AWS::GameLift::GameSessionQueue`.
#[derive(Debug, Clone, PartialEq)]
pub struct PriorityConfiguration {
    props: ::forma_core::schema::Props,
}
impl PriorityConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The prioritization order to use for fleet locations, when the PriorityOrder property includes LOCATION.
    pub fn location_order(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The recommended sequence to use when prioritizing where to place new game sessions.
    pub fn priority_order(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PriorityOrder>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PriorityConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PriorityConfiguration> for ::forma_core::Value<PriorityConfiguration> {
    fn from(v: PriorityConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIORITY_CONFIGURATION_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The schema of `AWS::GameLift::GameSessionQueue`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::GameLift::GameSessionQueue",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomEventData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\s\\S]*"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Destinations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GAME_SESSION_QUEUE_DESTINATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "FilterConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILTER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9-]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "NotificationTarget",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9:_-]*(\\.fifo)?"),
                min_length: Some(1),
                max_length: Some(300),
            }),
        },
        ::forma_core::schema::Property {
            name: "PlayerLatencyPolicies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PLAYER_LATENCY_POLICY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PriorityConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PRIORITY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TimeoutInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static GAME_SESSION_QUEUE_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::GameSessionQueue.GameSessionQueueDestination",
    properties: &[::forma_core::schema::Property {
        name: "DestinationArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("[a-zA-Z0-9:/-]+"),
            min_length: Some(1),
            max_length: Some(256),
        }),
    }],
    rules: &[],
};

static FILTER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::GameSessionQueue.FilterConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AllowedLocations",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z]+(-([a-z]+|\\d))*"),
                min_length: Some(1),
                max_length: Some(64),
            }),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
        ),
    }],
    rules: &[],
};

static PLAYER_LATENCY_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::GameSessionQueue.PlayerLatencyPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaximumIndividualPlayerLatencyMilliseconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PolicyDurationSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static PRIORITY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::GameSessionQueue.PriorityConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "LocationOrder",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[A-Za-z0-9\\-]+"),
                    min_length: Some(1),
                    max_length: Some(64),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "PriorityOrder",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["LATENCY", "COST", "DESTINATION", "LOCATION"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(4) },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::GameSessionQueue.Tag",
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
