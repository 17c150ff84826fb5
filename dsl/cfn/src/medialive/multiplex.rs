// @generated from AWS::MediaLive::Multiplex (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaLive::Multiplex` and its property types.

/// Resource schema for AWS::MediaLive::Multiplex
///
/// CloudFormation type `AWS::MediaLive::Multiplex`.
#[derive(Debug, Clone, PartialEq)]
pub struct Multiplex {
    props: ::forma_core::schema::Props,
}
impl Multiplex {
    /// A new resource with its required properties: `AvailabilityZones`, `MultiplexSettings`, `Name`.
    #[track_caller]
    pub fn new(
        availability_zones: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        multiplex_settings: impl ::std::convert::Into<::forma_core::Value<MultiplexSettings>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, availability_zones.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, multiplex_settings.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A list of the multiplex output destinations.
    #[track_caller]
    pub fn destinations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MultiplexOutputDestination>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A collection of key-value pairs.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tags>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Multiplex {
    type Attributes = MultiplexAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaLive::Multiplex"
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
/// The attributes of a `AWS::MediaLive::Multiplex` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MultiplexAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MultiplexAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MultiplexAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `PipelinesRunningCount`.
    pub fn pipelines_running_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "PipelinesRunningCount")
    }
    /// `Fn::GetAtt` `ProgramCount`.
    pub fn program_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "ProgramCount")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
}

/// Multiplex MediaConnect output destination settings.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiplexOutputDestination {
    props: ::forma_core::schema::Props,
}
impl MultiplexOutputDestination {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Multiplex MediaConnect output destination settings.
    pub fn multiplex_media_connect_output_destination_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MultiplexOutputDestination {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MultiplexOutputDestination> for ::forma_core::Value<MultiplexOutputDestination> {
    fn from(v: MultiplexOutputDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTIPLEX_OUTPUT_DESTINATION_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiplexSettings {
    props: ::forma_core::schema::Props,
}
impl MultiplexSettings {
    /// A new value with its required properties: `TransportStreamBitrate`, `TransportStreamId`.
    pub fn new(
        transport_stream_bitrate: impl ::std::convert::Into<::forma_core::Value<i64>>,
        transport_stream_id: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, transport_stream_bitrate.into().into_expr());
        props.set(2, transport_stream_id.into().into_expr());
        Self { props }
    }
    /// Maximum video buffer delay in milliseconds.
    ///
    /// Allowed: 800 to 3000.
    pub fn maximum_video_buffer_delay_milliseconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Transport stream reserved bit rate.
    ///
    /// Allowed: 0 to 100000000.
    pub fn transport_stream_reserved_bitrate(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MultiplexSettings> for ::forma_core::Value<MultiplexSettings> {
    fn from(v: MultiplexSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTIPLEX_SETTINGS_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tags {
    props: ::forma_core::schema::Props,
}
impl Tags {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tags {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tags> for ::forma_core::Value<Tags> {
    fn from(v: Tags) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAGS_TYPE.properties))
    }
}

/// The schema of `AWS::MediaLive::Multiplex`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaLive::Multiplex",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityZones",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Destinations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MULTIPLEX_OUTPUT_DESTINATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MultiplexSettings",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MULTIPLEX_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAGS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Id", "PipelinesRunningCount", "ProgramCount", "State"],
};

static MULTIPLEX_OUTPUT_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Multiplex.MultiplexOutputDestination",
    properties: &[::forma_core::schema::Property {
        name: "MultiplexMediaConnectOutputDestinationSettings",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Json,
    }],
    rules: &[],
};

static MULTIPLEX_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Multiplex.MultiplexSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaximumVideoBufferDelayMilliseconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(800.0),
                maximum: Some(3000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "TransportStreamBitrate",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1000000.0),
                maximum: Some(100000000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "TransportStreamId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "TransportStreamReservedBitrate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100000000.0),
            }),
        },
    ],
    rules: &[],
};

static TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Multiplex.Tags",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
