// @generated from AWS::EventsV2::EventSource (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EventsV2::EventSource` and its property types.

/// Resource schema for AWS::EventsV2::EventSource.
///
/// CloudFormation type `AWS::EventsV2::EventSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventSource {
    props: ::forma_core::schema::Props,
}
impl EventSource {
    /// A new resource with its required properties: `Configuration`, `EventBusArn`, `Name`.
    #[track_caller]
    pub fn new(
        configuration: impl ::std::convert::Into<::forma_core::Value<EventSourceConfiguration>>,
        event_bus_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, event_bus_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description of the event source.
    ///
    /// Allowed: length 0 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags assigned to the event source.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for EventSource {
    type Attributes = EventSourceAttributes;
    fn type_name(&self) -> &str {
        "AWS::EventsV2::EventSource"
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
/// The attributes of a `AWS::EventsV2::EventSource` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EventSourceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EventSourceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EventSourceAttributes {
    /// `Fn::GetAtt` `EventSourceArn`.
    pub fn event_source_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EventSourceArn")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `Revoked`.
    pub fn revoked(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "Revoked")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
}

/// Event source configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct EventSourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl EventSourceConfiguration {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `AwsServiceEventsConfiguration` or `PartnerEventsConfiguration`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration for forwarding a single AWS service's events.
    pub fn aws_service_events_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsServiceEventsConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration for forwarding a partner event source's events.
    pub fn partner_events_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PartnerEventsConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EventSourceConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EventSourceConfiguration> for ::forma_core::Value<EventSourceConfiguration> {
    fn from(v: EventSourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_SOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// A key-value pair to associate with the resource.
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

/// Forward a single AWS service's events from the account's default event bus.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsServiceEventsConfiguration {
    props: ::forma_core::schema::Props,
}
impl AwsServiceEventsConfiguration {
    /// A new value with its required properties: `AwsService`.
    pub fn new(aws_service: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, aws_service.into().into_expr());
        Self { props }
    }
    /// The destination for events that could not be forwarded.
    pub fn on_failure_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OnFailureConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A filter pattern, as a JSON string, that defines which events from the specified AWS service are forwarded to the event bus.
    ///
    /// Allowed: length 0 to 3753.
    pub fn pattern(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AwsServiceEventsConfiguration> for ::forma_core::Value<AwsServiceEventsConfiguration> {
    fn from(v: AwsServiceEventsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_SERVICE_EVENTS_CONFIGURATION_TYPE.properties))
    }
}

/// Forward a partner event source's events through a managed partner event bus.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerEventsConfiguration {
    props: ::forma_core::schema::Props,
}
impl PartnerEventsConfiguration {
    /// A new value with its required properties: `PartnerEventSourceArn`.
    pub fn new(
        partner_event_source_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, partner_event_source_arn.into().into_expr());
        Self { props }
    }
    /// The destination for events that could not be forwarded, covering both the forwarding target and the managed partner event bus.
    pub fn on_failure_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OnFailureConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The identifier of the AWS KMS customer managed key for EventBridge to use, if you choose to use a customer managed key to encrypt events on the managed partner event bus.
    ///
    /// Allowed: length 0 to 2048.
    pub fn partner_bus_kms_key_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A filter pattern, as a JSON string, that defines which events from the specified partner event source are forwarded to the event bus.
    ///
    /// Allowed: length 0 to 3753.
    pub fn pattern(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PartnerEventsConfiguration> for ::forma_core::Value<PartnerEventsConfiguration> {
    fn from(v: PartnerEventsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARTNER_EVENTS_CONFIGURATION_TYPE.properties))
    }
}

/// The destination for events that could not be forwarded by the managed forwarding target or, for partner event sources, the managed partner event bus.
#[derive(Debug, Clone, PartialEq)]
pub struct OnFailureConfiguration {
    props: ::forma_core::schema::Props,
}
impl OnFailureConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the Amazon SQS standard queue that receives events that could not be forwarded.
    ///
    /// Allowed: length 1 to 1600.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OnFailureConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OnFailureConfiguration> for ::forma_core::Value<OnFailureConfiguration> {
    fn from(v: OnFailureConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ON_FAILURE_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::EventsV2::EventSource`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::EventsV2::EventSource",
properties: &[
::forma_core::schema::Property { name: "Configuration", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&EVENT_SOURCE_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*(?![\\s\\S])"), min_length: None, max_length: Some(512) }) },
::forma_core::schema::Property { name: "EventBusArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[a-z0-9]+)*:events:[a-z][a-z0-9]*(-[a-z0-9]+)*:([0-9]{12}):event-busv2\\/[A-Za-z0-9][\\.\\-_A-Za-z0-9]{0,255}\\/[a-z0-9]{25}$"), min_length: Some(1), max_length: Some(1011) }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(?!aws\\.)[A-Za-z0-9][\\.\\-_A-Za-z0-9]*$"), min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) }) },
],
rules: &[],
attributes: &["EventSourceArn", "State", "Revoked", "CreationTime", "LastModifiedTime"],
};

static EVENT_SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EventsV2::EventSource.EventSourceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsServiceEventsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AWS_SERVICE_EVENTS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PartnerEventsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARTNER_EVENTS_CONFIGURATION_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["AwsServiceEventsConfiguration"],
        &["PartnerEventsConfiguration"],
    ])],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EventsV2::EventSource.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S([\\s\\S]*\\S)?(?![\\s\\S])"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(\\S([\\s\\S]*\\S)?)?(?![\\s\\S])"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static AWS_SERVICE_EVENTS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EventsV2::EventSource.AwsServiceEventsConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsService",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^aws\\.[a-z0-9\\-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "OnFailureConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ON_FAILURE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Pattern",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(3753),
            }),
        },
    ],
    rules: &[],
};

static PARTNER_EVENTS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::EventsV2::EventSource.PartnerEventsConfiguration",
properties: &[
::forma_core::schema::Property { name: "OnFailureConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&ON_FAILURE_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "PartnerBusKmsKeyIdentifier", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9_\\-/:]*$"), min_length: None, max_length: Some(2048) }) },
::forma_core::schema::Property { name: "PartnerEventSourceArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[a-z0-9]+)*:events:[a-z][a-z0-9]*(-[a-z0-9]+)*:([0-9]{12})?:event-source\\/aws\\.partner(\\/[\\.\\-_A-Za-z0-9]+){2,}$"), min_length: Some(1), max_length: Some(1600) }) },
::forma_core::schema::Property { name: "Pattern", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(3753) }) },
],
rules: &[],
};

static ON_FAILURE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EventsV2::EventSource.OnFailureConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Arn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:aws(-[a-z0-9]+)*:sqs:[a-z][a-z0-9]*(-[a-z0-9]+)*:[0-9]{12}:[A-Za-z0-9_-]{1,80}$"),
            min_length: Some(1),
            max_length: Some(1600),
        }),
    }],
    rules: &[],
};
