// @generated from AWS::MediaLive::EventBridgeRuleTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaLive::EventBridgeRuleTemplate` and its property types.

/// Definition of AWS::MediaLive::EventBridgeRuleTemplate Resource Type
///
/// CloudFormation type `AWS::MediaLive::EventBridgeRuleTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventBridgeRuleTemplate {
    props: ::forma_core::schema::Props,
}
impl EventBridgeRuleTemplate {
    /// A new resource with its required properties: `EventType`, `Name`.
    #[track_caller]
    pub fn new(
        event_type: impl ::forma_core::schema::EnumArg<EventBridgeRuleTemplateEventType>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, event_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A resource's optional description.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Placeholder documentation for __listOfEventBridgeRuleTemplateTarget
    #[track_caller]
    pub fn event_targets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EventBridgeRuleTemplateTarget>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An eventbridge rule template group's identifier.
    #[track_caller]
    pub fn group_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Represents the tags associated with a resource.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for EventBridgeRuleTemplate {
    type Attributes = EventBridgeRuleTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaLive::EventBridgeRuleTemplate"
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
/// The attributes of a `AWS::MediaLive::EventBridgeRuleTemplate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EventBridgeRuleTemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EventBridgeRuleTemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EventBridgeRuleTemplateAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `GroupId`.
    pub fn group_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GroupId")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Identifier`.
    pub fn identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Identifier")
    }
    /// `Fn::GetAtt` `ModifiedAt`.
    pub fn modified_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ModifiedAt")
    }
}

/// The values CloudFormation documents: `MEDIALIVE_MULTIPLEX_ALERT`, `MEDIALIVE_MULTIPLEX_STATE_CHANGE`, `MEDIALIVE_CHANNEL_ALERT`, `MEDIALIVE_CHANNEL_INPUT_CHANGE`, `MEDIALIVE_CHANNEL_STATE_CHANGE`, `MEDIAPACKAGE_INPUT_NOTIFICATION`, `MEDIAPACKAGE_KEY_PROVIDER_NOTIFICATION`, `MEDIAPACKAGE_HARVEST_JOB_NOTIFICATION`, `SIGNAL_MAP_ACTIVE_ALARM`, `MEDIACONNECT_ALERT`, `MEDIACONNECT_SOURCE_HEALTH`, `MEDIACONNECT_OUTPUT_HEALTH`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventBridgeRuleTemplateEventType {
    /// `MEDIALIVE_MULTIPLEX_ALERT`
    MedialiveMultiplexAlert,
    /// `MEDIALIVE_MULTIPLEX_STATE_CHANGE`
    MedialiveMultiplexStateChange,
    /// `MEDIALIVE_CHANNEL_ALERT`
    MedialiveChannelAlert,
    /// `MEDIALIVE_CHANNEL_INPUT_CHANGE`
    MedialiveChannelInputChange,
    /// `MEDIALIVE_CHANNEL_STATE_CHANGE`
    MedialiveChannelStateChange,
    /// `MEDIAPACKAGE_INPUT_NOTIFICATION`
    MediapackageInputNotification,
    /// `MEDIAPACKAGE_KEY_PROVIDER_NOTIFICATION`
    MediapackageKeyProviderNotification,
    /// `MEDIAPACKAGE_HARVEST_JOB_NOTIFICATION`
    MediapackageHarvestJobNotification,
    /// `SIGNAL_MAP_ACTIVE_ALARM`
    SignalMapActiveAlarm,
    /// `MEDIACONNECT_ALERT`
    MediaconnectAlert,
    /// `MEDIACONNECT_SOURCE_HEALTH`
    MediaconnectSourceHealth,
    /// `MEDIACONNECT_OUTPUT_HEALTH`
    MediaconnectOutputHealth,
    /// `MEDIACONNECT_FLOW_STATUS_CHANGE`
    MediaconnectFlowStatusChange,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EventBridgeRuleTemplateEventType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MedialiveMultiplexAlert => "MEDIALIVE_MULTIPLEX_ALERT",
            Self::MedialiveMultiplexStateChange => "MEDIALIVE_MULTIPLEX_STATE_CHANGE",
            Self::MedialiveChannelAlert => "MEDIALIVE_CHANNEL_ALERT",
            Self::MedialiveChannelInputChange => "MEDIALIVE_CHANNEL_INPUT_CHANGE",
            Self::MedialiveChannelStateChange => "MEDIALIVE_CHANNEL_STATE_CHANGE",
            Self::MediapackageInputNotification => "MEDIAPACKAGE_INPUT_NOTIFICATION",
            Self::MediapackageKeyProviderNotification => "MEDIAPACKAGE_KEY_PROVIDER_NOTIFICATION",
            Self::MediapackageHarvestJobNotification => "MEDIAPACKAGE_HARVEST_JOB_NOTIFICATION",
            Self::SignalMapActiveAlarm => "SIGNAL_MAP_ACTIVE_ALARM",
            Self::MediaconnectAlert => "MEDIACONNECT_ALERT",
            Self::MediaconnectSourceHealth => "MEDIACONNECT_SOURCE_HEALTH",
            Self::MediaconnectOutputHealth => "MEDIACONNECT_OUTPUT_HEALTH",
            Self::MediaconnectFlowStatusChange => "MEDIACONNECT_FLOW_STATUS_CHANGE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "MEDIALIVE_MULTIPLEX_ALERT",
            "MEDIALIVE_MULTIPLEX_STATE_CHANGE",
            "MEDIALIVE_CHANNEL_ALERT",
            "MEDIALIVE_CHANNEL_INPUT_CHANGE",
            "MEDIALIVE_CHANNEL_STATE_CHANGE",
            "MEDIAPACKAGE_INPUT_NOTIFICATION",
            "MEDIAPACKAGE_KEY_PROVIDER_NOTIFICATION",
            "MEDIAPACKAGE_HARVEST_JOB_NOTIFICATION",
            "SIGNAL_MAP_ACTIVE_ALARM",
            "MEDIACONNECT_ALERT",
            "MEDIACONNECT_SOURCE_HEALTH",
            "MEDIACONNECT_OUTPUT_HEALTH",
            "MEDIACONNECT_FLOW_STATUS_CHANGE",
        ]
    }
}
impl ::std::convert::From<EventBridgeRuleTemplateEventType> for ::forma_core::Value<EventBridgeRuleTemplateEventType> {
    fn from(v: EventBridgeRuleTemplateEventType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EventBridgeRuleTemplateEventType {}

/// The target to which to send matching events.
#[derive(Debug, Clone, PartialEq)]
pub struct EventBridgeRuleTemplateTarget {
    props: ::forma_core::schema::Props,
}
impl EventBridgeRuleTemplateTarget {
    /// A new value with its required properties: `Arn`.
    pub fn new(arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EventBridgeRuleTemplateTarget> for ::forma_core::Value<EventBridgeRuleTemplateTarget> {
    fn from(v: EventBridgeRuleTemplateTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_BRIDGE_RULE_TEMPLATE_TARGET_TYPE.properties))
    }
}

/// The schema of `AWS::MediaLive::EventBridgeRuleTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaLive::EventBridgeRuleTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "EventTargets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EVENT_BRIDGE_RULE_TEMPLATE_TARGET_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EventType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "MEDIALIVE_MULTIPLEX_ALERT",
                "MEDIALIVE_MULTIPLEX_STATE_CHANGE",
                "MEDIALIVE_CHANNEL_ALERT",
                "MEDIALIVE_CHANNEL_INPUT_CHANGE",
                "MEDIALIVE_CHANNEL_STATE_CHANGE",
                "MEDIAPACKAGE_INPUT_NOTIFICATION",
                "MEDIAPACKAGE_KEY_PROVIDER_NOTIFICATION",
                "MEDIAPACKAGE_HARVEST_JOB_NOTIFICATION",
                "SIGNAL_MAP_ACTIVE_ALARM",
                "MEDIACONNECT_ALERT",
                "MEDIACONNECT_SOURCE_HEALTH",
                "MEDIACONNECT_OUTPUT_HEALTH",
                "MEDIACONNECT_FLOW_STATUS_CHANGE",
            ]),
        },
        ::forma_core::schema::Property {
            name: "GroupIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\s]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\s]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreatedAt", "GroupId", "Id", "Identifier", "ModifiedAt"],
};

static EVENT_BRIDGE_RULE_TEMPLATE_TARGET_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaLive::EventBridgeRuleTemplate.EventBridgeRuleTemplateTarget",
        properties: &[::forma_core::schema::Property {
            name: "Arn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn.+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        }],
        rules: &[],
    };
