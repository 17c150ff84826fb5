// @generated from AWS::GameLift::MatchmakingConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::GameLift::MatchmakingConfiguration` and its property types.

/// The AWS::GameLift::MatchmakingConfiguration resource creates an Amazon GameLift (GameLift) matchmaking configuration.
///
/// CloudFormation type `AWS::GameLift::MatchmakingConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchmakingConfiguration {
    props: ::forma_core::schema::Props,
}
impl MatchmakingConfiguration {
    /// A new resource with its required properties: `AcceptanceRequired`, `Name`, `RequestTimeoutSeconds`, `RuleSetName`.
    #[track_caller]
    pub fn new(
        acceptance_required: impl ::std::convert::Into<::forma_core::Value<bool>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        request_timeout_seconds: impl ::std::convert::Into<::forma_core::Value<i64>>,
        rule_set_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, acceptance_required.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(13, request_timeout_seconds.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(15, rule_set_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The length of time (in seconds) to wait for players to accept a proposed match, if acceptance is required.
    ///
    /// Allowed: 1 to 600.
    #[track_caller]
    pub fn acceptance_timeout_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of player slots in a match to keep open for future players.
    ///
    /// Allowed: at least 0.
    #[track_caller]
    pub fn additional_player_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The method used to backfill game sessions created with this matchmaking configuration.
    #[track_caller]
    pub fn backfill_mode(mut self, value: impl ::forma_core::schema::EnumArg<BackfillMode>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A time stamp indicating when this data object was created.
    #[track_caller]
    pub fn creation_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information to attach to all events related to the matchmaking configuration.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn custom_event_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A descriptive label that is associated with matchmaking configuration.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether this matchmaking configuration is being used with Amazon GameLift hosting or as a standalone matchmaking solution.
    #[track_caller]
    pub fn flex_match_mode(mut self, value: impl ::forma_core::schema::EnumArg<FlexMatchMode>) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A set of custom properties for a game session, formatted as key:value pairs.
    #[track_caller]
    pub fn game_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GameProperty>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A set of custom game session properties, formatted as a single string value.
    ///
    /// Allowed: length 1 to 4096.
    #[track_caller]
    pub fn game_session_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) that is assigned to a Amazon GameLift game session queue resource and uniquely identifies it.
    #[track_caller]
    pub fn game_session_queue_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An SNS topic ARN that is set up to receive matchmaking notifications.
    ///
    /// Allowed: length 0 to 300.
    #[track_caller]
    pub fn notification_target(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) associated with the GameLift matchmaking rule set resource that this configuration uses.
    #[track_caller]
    pub fn rule_set_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MatchmakingConfiguration {
    type Attributes = MatchmakingConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::GameLift::MatchmakingConfiguration"
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
/// The attributes of a `AWS::GameLift::MatchmakingConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MatchmakingConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MatchmakingConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MatchmakingConfigurationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `AUTOMATIC`, `MANUAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BackfillMode {
    /// `AUTOMATIC`
    Automatic,
    /// `MANUAL`
    Manual,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BackfillMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Automatic => "AUTOMATIC",
            Self::Manual => "MANUAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUTOMATIC", "MANUAL"]
    }
}
impl ::std::convert::From<BackfillMode> for ::forma_core::Value<BackfillMode> {
    fn from(v: BackfillMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BackfillMode {}

/// The values CloudFormation documents: `STANDALONE`, `WITH_QUEUE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FlexMatchMode {
    /// `STANDALONE`
    Standalone,
    /// `WITH_QUEUE`
    WithQueue,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FlexMatchMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standalone => "STANDALONE",
            Self::WithQueue => "WITH_QUEUE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STANDALONE", "WITH_QUEUE"]
    }
}
impl ::std::convert::From<FlexMatchMode> for ::forma_core::Value<FlexMatchMode> {
    fn from(v: FlexMatchMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FlexMatchMode {}

/// A key-value pair that contains information about a game session.
#[derive(Debug, Clone, PartialEq)]
pub struct GameProperty {
    props: ::forma_core::schema::Props,
}
impl GameProperty {
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
impl ::std::convert::From<GameProperty> for ::forma_core::Value<GameProperty> {
    fn from(v: GameProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GAME_PROPERTY_TYPE.properties))
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

/// The schema of `AWS::GameLift::MatchmakingConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::GameLift::MatchmakingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AcceptanceRequired",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AcceptanceTimeoutSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "AdditionalPlayerCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "BackfillMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AUTOMATIC", "MANUAL"]),
        },
        ::forma_core::schema::Property {
            name: "CreationTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CustomEventData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "FlexMatchMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STANDALONE", "WITH_QUEUE"]),
        },
        ::forma_core::schema::Property {
            name: "GameProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GAME_PROPERTY_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(16) },
            ),
        },
        ::forma_core::schema::Property {
            name: "GameSessionData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "GameSessionQueueArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[a-zA-Z0-9:/-]+"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9-\\.]*"),
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "NotificationTarget",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9:_/-]*(.fifo)?"),
                min_length: Some(0),
                max_length: Some(300),
            }),
        },
        ::forma_core::schema::Property {
            name: "RequestTimeoutSeconds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(43200.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "RuleSetArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*:matchmakingruleset\\/[a-zA-Z0-9-\\.]*"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RuleSetName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9-\\.]*"),
                min_length: Some(1),
                max_length: Some(128),
            }),
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
    ],
    rules: &[],
    attributes: &["Arn"],
};

static GAME_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::MatchmakingConfiguration.GameProperty",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(96),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::MatchmakingConfiguration.Tag",
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
