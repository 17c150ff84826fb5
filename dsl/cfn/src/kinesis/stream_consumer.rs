// @generated from AWS::Kinesis::StreamConsumer (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Kinesis::StreamConsumer` and its property types.

/// Resource Type definition for AWS::Kinesis::StreamConsumer
///
/// CloudFormation type `AWS::Kinesis::StreamConsumer`.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamConsumer {
    props: ::forma_core::schema::Props,
}
impl StreamConsumer {
    /// A new resource with its required properties: `ConsumerName`, `StreamARN`.
    #[track_caller]
    pub fn new(
        consumer_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        stream_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, consumer_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, stream_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An arbitrary set of tags (key–value pairs) to associate with the Kinesis consumer.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for StreamConsumer {
    type Attributes = StreamConsumerAttributes;
    fn type_name(&self) -> &str {
        "AWS::Kinesis::StreamConsumer"
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
/// The attributes of a `AWS::Kinesis::StreamConsumer` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StreamConsumerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StreamConsumerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl StreamConsumerAttributes {
    /// `Fn::GetAtt` `ConsumerARN`.
    pub fn consumer_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConsumerARN")
    }
    /// `Fn::GetAtt` `ConsumerStatus`.
    pub fn consumer_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConsumerStatus")
    }
    /// `Fn::GetAtt` `ConsumerCreationTimestamp`.
    pub fn consumer_creation_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConsumerCreationTimestamp")
    }
}

/// An arbitrary set of tags (key-value pairs) to associate with the Kinesis consumer.
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

/// The schema of `AWS::Kinesis::StreamConsumer`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Kinesis::StreamConsumer",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConsumerName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_.-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "StreamARN",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["ConsumerARN", "ConsumerStatus", "ConsumerCreationTimestamp"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kinesis::StreamConsumer.Tag",
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
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};
