// @generated from AWS::Connect::RoutingProfile (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::RoutingProfile` and its property types.

/// Resource Type definition for AWS::Connect::RoutingProfile
///
/// CloudFormation type `AWS::Connect::RoutingProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct RoutingProfile {
    props: ::forma_core::schema::Props,
}
impl RoutingProfile {
    /// A new resource with its required properties: `DefaultOutboundQueueArn`, `Description`, `InstanceArn`, `MediaConcurrencies`, `Name`.
    #[track_caller]
    pub fn new(
        default_outbound_queue_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        media_concurrencies: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MediaConcurrency>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, default_outbound_queue_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, description.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, media_concurrencies.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Whether agents with this routing profile will have their routing order calculated based on longest idle time or time since their last inbound contact.
    #[track_caller]
    pub fn agent_availability_timer(
        mut self,
        value: impl ::forma_core::schema::EnumArg<AgentAvailabilityTimer>,
    ) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The manual assignment queues to associate with this routing profile.
    #[track_caller]
    pub fn manual_assignment_queue_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RoutingProfileManualAssignmentQueueConfig>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The queues to associate with this routing profile.
    #[track_caller]
    pub fn queue_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RoutingProfileQueueConfig>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RoutingProfile {
    type Attributes = RoutingProfileAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::RoutingProfile"
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
/// The attributes of a `AWS::Connect::RoutingProfile` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RoutingProfileAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RoutingProfileAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RoutingProfileAttributes {
    /// `Fn::GetAtt` `RoutingProfileArn`.
    pub fn routing_profile_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RoutingProfileArn")
    }
}

/// The values CloudFormation documents: `TIME_SINCE_LAST_ACTIVITY`, `TIME_SINCE_LAST_INBOUND`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AgentAvailabilityTimer {
    /// `TIME_SINCE_LAST_ACTIVITY`
    TimeSinceLastActivity,
    /// `TIME_SINCE_LAST_INBOUND`
    TimeSinceLastInbound,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AgentAvailabilityTimer {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TimeSinceLastActivity => "TIME_SINCE_LAST_ACTIVITY",
            Self::TimeSinceLastInbound => "TIME_SINCE_LAST_INBOUND",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TIME_SINCE_LAST_ACTIVITY", "TIME_SINCE_LAST_INBOUND"]
    }
}
impl ::std::convert::From<AgentAvailabilityTimer> for ::forma_core::Value<AgentAvailabilityTimer> {
    fn from(v: AgentAvailabilityTimer) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AgentAvailabilityTimer {}

/// Contains information about the manual assignment queue and channel
#[derive(Debug, Clone, PartialEq)]
pub struct RoutingProfileManualAssignmentQueueConfig {
    props: ::forma_core::schema::Props,
}
impl RoutingProfileManualAssignmentQueueConfig {
    /// A new value with its required properties: `QueueReference`.
    pub fn new(queue_reference: impl ::std::convert::Into<::forma_core::Value<RoutingProfileQueueReference>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, queue_reference.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RoutingProfileManualAssignmentQueueConfig>
    for ::forma_core::Value<RoutingProfileManualAssignmentQueueConfig>
{
    fn from(v: RoutingProfileManualAssignmentQueueConfig) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(ROUTING_PROFILE_MANUAL_ASSIGNMENT_QUEUE_CONFIG_TYPE.properties),
        )
    }
}

/// The values CloudFormation documents: `VOICE`, `CHAT`, `TASK`, `EMAIL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Channel {
    /// `VOICE`
    Voice,
    /// `CHAT`
    Chat,
    /// `TASK`
    Task,
    /// `EMAIL`
    Email,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Channel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Voice => "VOICE",
            Self::Chat => "CHAT",
            Self::Task => "TASK",
            Self::Email => "EMAIL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["VOICE", "CHAT", "TASK", "EMAIL"]
    }
}
impl ::std::convert::From<Channel> for ::forma_core::Value<Channel> {
    fn from(v: Channel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Channel {}

/// Contains information about which channels are supported, and how many contacts an agent can have on a channel simultaneously.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaConcurrency {
    props: ::forma_core::schema::Props,
}
impl MediaConcurrency {
    /// A new value with its required properties: `Channel`, `Concurrency`.
    pub fn new(
        channel: impl ::forma_core::schema::EnumArg<Channel>,
        concurrency: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, channel.into_enum_expr());
        props.set(1, concurrency.into().into_expr());
        Self { props }
    }
    /// Defines the cross-channel routing behavior that allows an agent working on a contact in one channel to be offered a contact from a different channel.
    pub fn cross_channel_behavior(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CrossChannelBehavior>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MediaConcurrency> for ::forma_core::Value<MediaConcurrency> {
    fn from(v: MediaConcurrency) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEDIA_CONCURRENCY_TYPE.properties))
    }
}

/// Contains information about the queue and channel for which priority and delay can be set.
#[derive(Debug, Clone, PartialEq)]
pub struct RoutingProfileQueueConfig {
    props: ::forma_core::schema::Props,
}
impl RoutingProfileQueueConfig {
    /// A new value with its required properties: `Delay`, `Priority`, `QueueReference`.
    pub fn new(
        delay: impl ::std::convert::Into<::forma_core::Value<i64>>,
        priority: impl ::std::convert::Into<::forma_core::Value<i64>>,
        queue_reference: impl ::std::convert::Into<::forma_core::Value<RoutingProfileQueueReference>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, delay.into().into_expr());
        props.set(1, priority.into().into_expr());
        props.set(2, queue_reference.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RoutingProfileQueueConfig> for ::forma_core::Value<RoutingProfileQueueConfig> {
    fn from(v: RoutingProfileQueueConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROUTING_PROFILE_QUEUE_CONFIG_TYPE.properties))
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

/// Contains the channel and queue identifier for a routing profile.
#[derive(Debug, Clone, PartialEq)]
pub struct RoutingProfileQueueReference {
    props: ::forma_core::schema::Props,
}
impl RoutingProfileQueueReference {
    /// A new value with its required properties: `Channel`, `QueueArn`.
    pub fn new(
        channel: impl ::forma_core::schema::EnumArg<Channel>,
        queue_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, channel.into_enum_expr());
        props.set(1, queue_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RoutingProfileQueueReference> for ::forma_core::Value<RoutingProfileQueueReference> {
    fn from(v: RoutingProfileQueueReference) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROUTING_PROFILE_QUEUE_REFERENCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ROUTE_CURRENT_CHANNEL_ONLY`, `ROUTE_ANY_CHANNEL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BehaviorType {
    /// `ROUTE_CURRENT_CHANNEL_ONLY`
    RouteCurrentChannelOnly,
    /// `ROUTE_ANY_CHANNEL`
    RouteAnyChannel,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BehaviorType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RouteCurrentChannelOnly => "ROUTE_CURRENT_CHANNEL_ONLY",
            Self::RouteAnyChannel => "ROUTE_ANY_CHANNEL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ROUTE_CURRENT_CHANNEL_ONLY", "ROUTE_ANY_CHANNEL"]
    }
}
impl ::std::convert::From<BehaviorType> for ::forma_core::Value<BehaviorType> {
    fn from(v: BehaviorType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BehaviorType {}

/// Defines the cross-channel routing behavior that allows an agent working on a contact in one channel to be offered a contact from a different channel.
#[derive(Debug, Clone, PartialEq)]
pub struct CrossChannelBehavior {
    props: ::forma_core::schema::Props,
}
impl CrossChannelBehavior {
    /// A new value with its required properties: `BehaviorType`.
    pub fn new(behavior_type: impl ::forma_core::schema::EnumArg<BehaviorType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, behavior_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<CrossChannelBehavior> for ::forma_core::Value<CrossChannelBehavior> {
    fn from(v: CrossChannelBehavior) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CROSS_CHANNEL_BEHAVIOR_TYPE.properties))
    }
}

/// The schema of `AWS::Connect::RoutingProfile`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::RoutingProfile",
    properties: &[
        ::forma_core::schema::Property {
            name: "AgentAvailabilityTimer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TIME_SINCE_LAST_ACTIVITY", "TIME_SINCE_LAST_INBOUND"]),
        },
        ::forma_core::schema::Property {
            name: "DefaultOutboundQueueArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/queue/[-a-zA-Z0-9]*$",
                ),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(250),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ManualAssignmentQueueConfigs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ROUTING_PROFILE_MANUAL_ASSIGNMENT_QUEUE_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "MediaConcurrencies",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MEDIA_CONCURRENCY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "QueueConfigs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ROUTING_PROFILE_QUEUE_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["RoutingProfileArn"],
};

static ROUTING_PROFILE_MANUAL_ASSIGNMENT_QUEUE_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::RoutingProfile.RoutingProfileManualAssignmentQueueConfig",
        properties: &[::forma_core::schema::Property {
            name: "QueueReference",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROUTING_PROFILE_QUEUE_REFERENCE_TYPE),
        }],
        rules: &[],
    };

static MEDIA_CONCURRENCY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::RoutingProfile.MediaConcurrency",
    properties: &[
        ::forma_core::schema::Property {
            name: "Channel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["VOICE", "CHAT", "TASK", "EMAIL"]),
        },
        ::forma_core::schema::Property {
            name: "Concurrency",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(10.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "CrossChannelBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CROSS_CHANNEL_BEHAVIOR_TYPE),
        },
    ],
    rules: &[],
};

static ROUTING_PROFILE_QUEUE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::RoutingProfile.RoutingProfileQueueConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Delay",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(9999.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(99.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "QueueReference",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROUTING_PROFILE_QUEUE_REFERENCE_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::RoutingProfile.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z+-=._:/]+$"),
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
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static ROUTING_PROFILE_QUEUE_REFERENCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::RoutingProfile.RoutingProfileQueueReference",
    properties: &[
        ::forma_core::schema::Property {
            name: "Channel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["VOICE", "CHAT", "TASK", "EMAIL"]),
        },
        ::forma_core::schema::Property {
            name: "QueueArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/queue/[-a-zA-Z0-9]*$",
                ),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static CROSS_CHANNEL_BEHAVIOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::RoutingProfile.CrossChannelBehavior",
    properties: &[::forma_core::schema::Property {
        name: "BehaviorType",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ROUTE_CURRENT_CHANNEL_ONLY", "ROUTE_ANY_CHANNEL"]),
    }],
    rules: &[],
};
