// @generated from AWS::IoT::Stream (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoT::Stream` and its property types.

/// Resource Type definition for AWS IoT Stream.
///
/// CloudFormation type `AWS::IoT::Stream`.
#[derive(Debug, Clone, PartialEq)]
pub struct Stream {
    props: ::forma_core::schema::Props,
}
impl Stream {
    /// A new resource with its required properties: `Files`, `RoleArn`, `StreamId`.
    #[track_caller]
    pub fn new(
        files: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StreamFile>>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        stream_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, files.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, stream_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the stream.
    ///
    /// Allowed: length 0 to 2028.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Metadata which can be used to manage streams.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Stream {
    type Attributes = StreamAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoT::Stream"
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
/// The attributes of a `AWS::IoT::Stream` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `StreamVersion`.
    pub fn stream_version(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "StreamVersion")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `LastUpdatedAt`.
    pub fn last_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedAt")
    }
}

/// Represents a file to stream.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamFile {
    props: ::forma_core::schema::Props,
}
impl StreamFile {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The file ID.
    ///
    /// Allowed: 0 to 255.
    pub fn file_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The location of the file in S3.
    pub fn s3_location(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Location>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StreamFile {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StreamFile> for ::forma_core::Value<StreamFile> {
    fn from(v: StreamFile) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STREAM_FILE_TYPE.properties))
    }
}

/// A set of key/value pairs that are used to manage the resource.
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

/// The location of the file in S3.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Location {
    props: ::forma_core::schema::Props,
}
impl S3Location {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The S3 bucket.
    ///
    /// Allowed: length 1 to any.
    pub fn bucket(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The S3 key.
    ///
    /// Allowed: length 1 to any.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The S3 bucket version.
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3Location {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3Location> for ::forma_core::Value<S3Location> {
    fn from(v: S3Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOCATION_TYPE.properties))
    }
}

/// The schema of `AWS::IoT::Stream`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoT::Stream",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\p{C}]+$"),
                min_length: Some(0),
                max_length: Some(2028),
            }),
        },
        ::forma_core::schema::Property {
            name: "Files",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STREAM_FILE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "StreamId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
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
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "StreamVersion", "CreatedAt", "LastUpdatedAt"],
};

static STREAM_FILE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::Stream.StreamFile",
    properties: &[
        ::forma_core::schema::Property {
            name: "FileId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(255.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3Location",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::Stream.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
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

static S3_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::Stream.S3Location",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
