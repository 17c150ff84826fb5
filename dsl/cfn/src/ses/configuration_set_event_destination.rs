// @generated from AWS::SES::ConfigurationSetEventDestination (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SES::ConfigurationSetEventDestination` and its property types.

/// Resource Type definition for AWS::SES::ConfigurationSetEventDestination
///
/// CloudFormation type `AWS::SES::ConfigurationSetEventDestination`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationSetEventDestination {
    props: ::forma_core::schema::Props,
}
impl ConfigurationSetEventDestination {
    /// A new resource with its required properties: `ConfigurationSetName`, `EventDestination`.
    #[track_caller]
    pub fn new(
        configuration_set_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        event_destination: impl ::std::convert::Into<::forma_core::Value<EventDestination>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, configuration_set_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, event_destination.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ConfigurationSetEventDestination {
    type Attributes = ConfigurationSetEventDestinationAttributes;
    fn type_name(&self) -> &str {
        "AWS::SES::ConfigurationSetEventDestination"
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
/// The attributes of a `AWS::SES::ConfigurationSetEventDestination` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConfigurationSetEventDestinationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConfigurationSetEventDestinationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConfigurationSetEventDestinationAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `EventDestination` property type of `AWS::SES::ConfigurationSetEventDestination`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventDestination {
    props: ::forma_core::schema::Props,
}
impl EventDestination {
    /// A new value with its required properties: `MatchingEventTypes`.
    pub fn new(
        matching_event_types: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, matching_event_types.into().into_expr());
        Self { props }
    }
    /// An object that contains the names, default values, and sources of the dimensions associated with an Amazon CloudWatch event destination.
    pub fn cloud_watch_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchDestination>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Sets whether Amazon SES publishes events to this destination when you send an email with the associated configuration set.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// An object that contains Event bus ARN associated with the event bridge destination.
    pub fn event_bridge_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EventBridgeDestination>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// An object that contains the delivery stream ARN and the IAM role ARN associated with an Amazon Kinesis Firehose event destination.
    pub fn kinesis_firehose_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KinesisFirehoseDestination>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The name of the event destination set.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// An object that contains SNS topic ARN associated event destination.
    pub fn sns_destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<SnsDestination>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EventDestination> for ::forma_core::Value<EventDestination> {
    fn from(v: EventDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_DESTINATION_TYPE.properties))
    }
}

/// An object that contains the names, default values, and sources of the dimensions associated with an Amazon CloudWatch event destination.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchDestination {
    props: ::forma_core::schema::Props,
}
impl CloudWatchDestination {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of dimensions upon which to categorize your emails when you publish email sending events to Amazon CloudWatch.
    pub fn dimension_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DimensionConfiguration>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CloudWatchDestination {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CloudWatchDestination> for ::forma_core::Value<CloudWatchDestination> {
    fn from(v: CloudWatchDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_DESTINATION_TYPE.properties))
    }
}

/// An object that contains Event bus ARN associated with the event bridge destination.
#[derive(Debug, Clone, PartialEq)]
pub struct EventBridgeDestination {
    props: ::forma_core::schema::Props,
}
impl EventBridgeDestination {
    /// A new value with its required properties: `EventBusArn`.
    pub fn new(event_bus_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, event_bus_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EventBridgeDestination> for ::forma_core::Value<EventBridgeDestination> {
    fn from(v: EventBridgeDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_BRIDGE_DESTINATION_TYPE.properties))
    }
}

/// An object that contains the delivery stream ARN and the IAM role ARN associated with an Amazon Kinesis Firehose event destination.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisFirehoseDestination {
    props: ::forma_core::schema::Props,
}
impl KinesisFirehoseDestination {
    /// A new value with its required properties: `DeliveryStreamARN`, `IAMRoleARN`.
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

/// An object that contains SNS topic ARN associated event destination.
#[derive(Debug, Clone, PartialEq)]
pub struct SnsDestination {
    props: ::forma_core::schema::Props,
}
impl SnsDestination {
    /// A new value with its required properties: `TopicARN`.
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

/// The values CloudFormation documents: `EMAIL_HEADER`, `LINK_TAG`, `MESSAGE_TAG`, `emailHeader`, `linkTag`, `messageTag`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DimensionValueSource {
    /// `EMAIL_HEADER`
    EmailHeader,
    /// `LINK_TAG`
    LinkTag,
    /// `MESSAGE_TAG`
    MessageTag,
    /// `emailHeader`
    EmailHeader_,
    /// `linkTag`
    LinkTag_,
    /// `messageTag`
    MessageTag_,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DimensionValueSource {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EmailHeader => "EMAIL_HEADER",
            Self::LinkTag => "LINK_TAG",
            Self::MessageTag => "MESSAGE_TAG",
            Self::EmailHeader_ => "emailHeader",
            Self::LinkTag_ => "linkTag",
            Self::MessageTag_ => "messageTag",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EMAIL_HEADER", "LINK_TAG", "MESSAGE_TAG", "emailHeader", "linkTag", "messageTag"]
    }
}
impl ::std::convert::From<DimensionValueSource> for ::forma_core::Value<DimensionValueSource> {
    fn from(v: DimensionValueSource) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DimensionValueSource {}

/// A list of dimensions upon which to categorize your emails when you publish email sending events to Amazon CloudWatch.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionConfiguration {
    props: ::forma_core::schema::Props,
}
impl DimensionConfiguration {
    /// A new value with its required properties: `DefaultDimensionValue`, `DimensionName`, `DimensionValueSource`.
    pub fn new(
        default_dimension_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        dimension_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        dimension_value_source: impl ::forma_core::schema::EnumArg<DimensionValueSource>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, default_dimension_value.into().into_expr());
        props.set(1, dimension_name.into().into_expr());
        props.set(2, dimension_value_source.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<DimensionConfiguration> for ::forma_core::Value<DimensionConfiguration> {
    fn from(v: DimensionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DIMENSION_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::SES::ConfigurationSetEventDestination`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SES::ConfigurationSetEventDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConfigurationSetName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EventDestination",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVENT_DESTINATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static EVENT_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ConfigurationSetEventDestination.EventDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchDestination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EventBridgeDestination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVENT_BRIDGE_DESTINATION_TYPE),
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
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]{0,64}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SnsDestination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SNS_DESTINATION_TYPE),
        },
    ],
    rules: &[],
};

static CLOUD_WATCH_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ConfigurationSetEventDestination.CloudWatchDestination",
    properties: &[::forma_core::schema::Property {
        name: "DimensionConfigurations",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&DIMENSION_CONFIGURATION_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static EVENT_BRIDGE_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ConfigurationSetEventDestination.EventBridgeDestination",
    properties: &[::forma_core::schema::Property {
        name: "EventBusArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:aws[a-z0-9-]*:events:[a-z0-9-]+:\\d{12}:event-bus/[^:]+$"),
            min_length: Some(36),
            max_length: Some(1024),
        }),
    }],
    rules: &[],
};

static KINESIS_FIREHOSE_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ConfigurationSetEventDestination.KinesisFirehoseDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeliveryStreamARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IAMRoleARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SNS_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ConfigurationSetEventDestination.SnsDestination",
    properties: &[::forma_core::schema::Property {
        name: "TopicARN",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:aws[a-z0-9-]*:sns:[a-z0-9-]+:\\d{12}:[^:]+$"),
            min_length: Some(36),
            max_length: Some(1024),
        }),
    }],
    rules: &[],
};

static DIMENSION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ConfigurationSetEventDestination.DimensionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultDimensionValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]{1,256}$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DimensionName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_:-]{1,256}$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DimensionValueSource",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "EMAIL_HEADER",
                "LINK_TAG",
                "MESSAGE_TAG",
                "emailHeader",
                "linkTag",
                "messageTag",
            ]),
        },
    ],
    rules: &[],
};
