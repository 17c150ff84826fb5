// @generated from AWS::SMSVOICE::ConfigurationSet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SMSVOICE::ConfigurationSet` and its property types.

/// Resource Type definition for AWS::SMSVOICE::ConfigurationSet
///
/// CloudFormation type `AWS::SMSVOICE::ConfigurationSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationSet {
    props: ::forma_core::schema::Props,
}
impl ConfigurationSet {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name to use for the configuration set.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn configuration_set_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The default sender ID to set for the ConfigurationSet.
    #[track_caller]
    pub fn default_sender_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An event destination is a location where you send message events.
    #[track_caller]
    pub fn event_destinations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EventDestination>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Set to true to enable message feedback.
    #[track_caller]
    pub fn message_feedback_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The unique identifier for the protect configuration to be associated to the configuration set.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn protect_configuration_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for ConfigurationSet {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for ConfigurationSet {
    type Attributes = ConfigurationSetAttributes;
    fn type_name(&self) -> &str {
        "AWS::SMSVOICE::ConfigurationSet"
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
/// The attributes of a `AWS::SMSVOICE::ConfigurationSet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConfigurationSetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConfigurationSetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConfigurationSetAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// An event destination is a location where you send message events.
#[derive(Debug, Clone, PartialEq)]
pub struct EventDestination {
    props: ::forma_core::schema::Props,
}
impl EventDestination {
    /// A new value with its required properties: `Enabled`, `EventDestinationName`, `MatchingEventTypes`.
    ///
    /// CloudFormation also needs exactly one of `CloudWatchLogsDestination`, `KinesisFirehoseDestination` or `SnsDestination`.
    pub fn new(
        enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
        event_destination_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        matching_event_types: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enabled.into().into_expr());
        props.set(2, event_destination_name.into().into_expr());
        props.set(4, matching_event_types.into().into_expr());
        Self { props }
    }
    /// An object that contains IamRoleArn and LogGroupArn associated with an Amazon CloudWatch event destination.
    pub fn cloud_watch_logs_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLogsDestination>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An object that contains IamRoleArn and DeliveryStreamArn associated with an Amazon Kinesis Firehose event destination.
    pub fn kinesis_firehose_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KinesisFirehoseDestination>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// An object that contains SNS TopicArn event destination.
    pub fn sns_destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<SnsDestination>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EventDestination> for ::forma_core::Value<EventDestination> {
    fn from(v: EventDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_DESTINATION_TYPE.properties))
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

/// The `CloudWatchLogsDestination` property type of `AWS::SMSVOICE::ConfigurationSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchLogsDestination {
    props: ::forma_core::schema::Props,
}
impl CloudWatchLogsDestination {
    /// A new value with its required properties: `IamRoleArn`, `LogGroupArn`.
    pub fn new(
        iam_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        log_group_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, iam_role_arn.into().into_expr());
        props.set(1, log_group_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CloudWatchLogsDestination> for ::forma_core::Value<CloudWatchLogsDestination> {
    fn from(v: CloudWatchLogsDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_LOGS_DESTINATION_TYPE.properties))
    }
}

/// The `KinesisFirehoseDestination` property type of `AWS::SMSVOICE::ConfigurationSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisFirehoseDestination {
    props: ::forma_core::schema::Props,
}
impl KinesisFirehoseDestination {
    /// A new value with its required properties: `DeliveryStreamArn`, `IamRoleArn`.
    pub fn new(
        delivery_stream_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        iam_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, delivery_stream_arn.into().into_expr());
        props.set(1, iam_role_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KinesisFirehoseDestination> for ::forma_core::Value<KinesisFirehoseDestination> {
    fn from(v: KinesisFirehoseDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_FIREHOSE_DESTINATION_TYPE.properties))
    }
}

/// The `SnsDestination` property type of `AWS::SMSVOICE::ConfigurationSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct SnsDestination {
    props: ::forma_core::schema::Props,
}
impl SnsDestination {
    /// A new value with its required properties: `TopicArn`.
    pub fn new(topic_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, topic_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SnsDestination> for ::forma_core::Value<SnsDestination> {
    fn from(v: SnsDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SNS_DESTINATION_TYPE.properties))
    }
}

/// The schema of `AWS::SMSVOICE::ConfigurationSet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SMSVOICE::ConfigurationSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConfigurationSetName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "DefaultSenderId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_-]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EventDestinations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EVENT_DESTINATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "MessageFeedbackEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ProtectConfigurationId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_:/-]+$"),
                min_length: Some(1),
                max_length: Some(256),
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
    ],
    rules: &[],
    attributes: &["Arn"],
};

static EVENT_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SMSVOICE::ConfigurationSet.EventDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchLogsDestination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGS_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EventDestinationName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "KinesisFirehoseDestination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KINESIS_FIREHOSE_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MatchingEventTypes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SnsDestination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SNS_DESTINATION_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["CloudWatchLogsDestination"],
        &["KinesisFirehoseDestination"],
        &["SnsDestination"],
    ])],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SMSVOICE::ConfigurationSet.Tag",
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

static CLOUD_WATCH_LOGS_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SMSVOICE::ConfigurationSet.CloudWatchLogsDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "IamRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:\\S+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LogGroupArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:\\S+$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static KINESIS_FIREHOSE_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SMSVOICE::ConfigurationSet.KinesisFirehoseDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeliveryStreamArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:\\S+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IamRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:\\S+$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static SNS_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SMSVOICE::ConfigurationSet.SnsDestination",
    properties: &[::forma_core::schema::Property {
        name: "TopicArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:\\S+$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};
