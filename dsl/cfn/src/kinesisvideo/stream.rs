// @generated from AWS::KinesisVideo::Stream (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::KinesisVideo::Stream` and its property types.

/// Resource Type Definition for AWS::KinesisVideo::Stream
///
/// CloudFormation type `AWS::KinesisVideo::Stream`.
#[derive(Debug, Clone, PartialEq)]
pub struct Stream {
    props: ::forma_core::schema::Props,
}
impl Stream {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The number of hours till which Kinesis Video will retain the data in the stream
    ///
    /// Allowed: 0 to 87600.
    #[track_caller]
    pub fn data_retention_in_hours(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the device that is writing to the stream.
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn device_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// AWS KMS key ID that Kinesis Video Streams uses to encrypt stream data.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The media type of the stream.
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn media_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the Kinesis Video stream.
    ///
    /// Allowed: length 1 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for the storage tier of the Kinesis Video Stream.
    #[track_caller]
    pub fn stream_storage_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StreamStorageConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs associated with the Kinesis Video Stream.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Stream {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Stream {
    type Attributes = StreamAttributes;
    fn type_name(&self) -> &str {
        "AWS::KinesisVideo::Stream"
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
/// The attributes of a `AWS::KinesisVideo::Stream` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StreamAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StreamAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl StreamAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `HOT`, `WARM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DefaultStorageTier {
    /// `HOT`
    Hot,
    /// `WARM`
    Warm,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DefaultStorageTier {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hot => "HOT",
            Self::Warm => "WARM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HOT", "WARM"]
    }
}
impl ::std::convert::From<DefaultStorageTier> for ::forma_core::Value<DefaultStorageTier> {
    fn from(v: DefaultStorageTier) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DefaultStorageTier {}

/// Configuration for the storage tier of the Kinesis Video Stream.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamStorageConfiguration {
    props: ::forma_core::schema::Props,
}
impl StreamStorageConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The storage tier for the Kinesis Video Stream.
    pub fn default_storage_tier(mut self, value: impl ::forma_core::schema::EnumArg<DefaultStorageTier>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for StreamStorageConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StreamStorageConfiguration> for ::forma_core::Value<StreamStorageConfiguration> {
    fn from(v: StreamStorageConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STREAM_STORAGE_CONFIGURATION_TYPE.properties))
    }
}

/// A key-value pair to associated with the Kinesis Video Stream.
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

/// The schema of `AWS::KinesisVideo::Stream`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::KinesisVideo::Stream",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataRetentionInHours",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(87600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "DeviceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_.-]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".+"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "MediaType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\w\\-\\.\\+]+/[\\w\\-\\.\\+]+(,[\\w\\-\\.\\+]+/[\\w\\-\\.\\+]+)*"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_.-]+"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "StreamStorageConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STREAM_STORAGE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static STREAM_STORAGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisVideo::Stream.StreamStorageConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "DefaultStorageTier",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["HOT", "WARM"]),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisVideo::Stream.Tag",
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
