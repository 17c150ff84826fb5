// @generated from AWS::PinpointEmail::ConfigurationSetEventDestination (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::PinpointEmail::ConfigurationSetEventDestination` and its property types.

/// Resource Type definition for AWS::PinpointEmail::ConfigurationSetEventDestination
///
/// CloudFormation type `AWS::PinpointEmail::ConfigurationSetEventDestination`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationSetEventDestination {
    props: ::forma_core::schema::Props,
}
impl ConfigurationSetEventDestination {
    /// A new resource with its required properties: `ConfigurationSetName`, `EventDestinationName`.
    #[track_caller]
    pub fn new(
        configuration_set_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        event_destination_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, configuration_set_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, event_destination_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `EventDestination`.
    #[track_caller]
    pub fn event_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EventDestination>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ConfigurationSetEventDestination {
    type Attributes = ConfigurationSetEventDestinationAttributes;
    fn type_name(&self) -> &str {
        "AWS::PinpointEmail::ConfigurationSetEventDestination"
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
/// The attributes of a `AWS::PinpointEmail::ConfigurationSetEventDestination` (`Fn::GetAtt`), on the handle `add` returns.
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

/// The `EventDestination` property type of `AWS::PinpointEmail::ConfigurationSetEventDestination`.
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
        props.set(3, matching_event_types.into().into_expr());
        Self { props }
    }
    /// `CloudWatchDestination`.
    pub fn cloud_watch_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchDestination>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `KinesisFirehoseDestination`.
    pub fn kinesis_firehose_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KinesisFirehoseDestination>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `PinpointDestination`.
    pub fn pinpoint_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PinpointDestination>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `SnsDestination`.
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

/// The `CloudWatchDestination` property type of `AWS::PinpointEmail::ConfigurationSetEventDestination`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchDestination {
    props: ::forma_core::schema::Props,
}
impl CloudWatchDestination {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DimensionConfigurations`.
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

/// The `KinesisFirehoseDestination` property type of `AWS::PinpointEmail::ConfigurationSetEventDestination`.
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

/// The `PinpointDestination` property type of `AWS::PinpointEmail::ConfigurationSetEventDestination`.
#[derive(Debug, Clone, PartialEq)]
pub struct PinpointDestination {
    props: ::forma_core::schema::Props,
}
impl PinpointDestination {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ApplicationArn`.
    pub fn application_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PinpointDestination {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PinpointDestination> for ::forma_core::Value<PinpointDestination> {
    fn from(v: PinpointDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PINPOINT_DESTINATION_TYPE.properties))
    }
}

/// The `SnsDestination` property type of `AWS::PinpointEmail::ConfigurationSetEventDestination`.
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

/// The `DimensionConfiguration` property type of `AWS::PinpointEmail::ConfigurationSetEventDestination`.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionConfiguration {
    props: ::forma_core::schema::Props,
}
impl DimensionConfiguration {
    /// A new value with its required properties: `DefaultDimensionValue`, `DimensionName`, `DimensionValueSource`.
    pub fn new(
        default_dimension_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        dimension_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        dimension_value_source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, default_dimension_value.into().into_expr());
        props.set(1, dimension_name.into().into_expr());
        props.set(2, dimension_value_source.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DimensionConfiguration> for ::forma_core::Value<DimensionConfiguration> {
    fn from(v: DimensionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DIMENSION_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::PinpointEmail::ConfigurationSetEventDestination`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::PinpointEmail::ConfigurationSetEventDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConfigurationSetName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EventDestination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVENT_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EventDestinationName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static EVENT_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PinpointEmail::ConfigurationSetEventDestination.EventDestination",
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
            name: "PinpointDestination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PINPOINT_DESTINATION_TYPE),
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
    name: "AWS::PinpointEmail::ConfigurationSetEventDestination.CloudWatchDestination",
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

static KINESIS_FIREHOSE_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PinpointEmail::ConfigurationSetEventDestination.KinesisFirehoseDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeliveryStreamArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IamRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static PINPOINT_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PinpointEmail::ConfigurationSetEventDestination.PinpointDestination",
    properties: &[::forma_core::schema::Property {
        name: "ApplicationArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static SNS_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PinpointEmail::ConfigurationSetEventDestination.SnsDestination",
    properties: &[::forma_core::schema::Property {
        name: "TopicArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static DIMENSION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PinpointEmail::ConfigurationSetEventDestination.DimensionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultDimensionValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DimensionName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DimensionValueSource",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
