// @generated from AWS::Chime::MediaPipelineKinesisVideoStreamPool (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Chime::MediaPipelineKinesisVideoStreamPool` and its property types.

/// Resource Type definition for an Amazon Chime SDK Media Pipeline Kinesis Video Stream Pool
///
/// CloudFormation type `AWS::Chime::MediaPipelineKinesisVideoStreamPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaPipelineKinesisVideoStreamPool {
    props: ::forma_core::schema::Props,
}
impl MediaPipelineKinesisVideoStreamPool {
    /// A new resource with its required properties: `PoolName`, `StreamConfiguration`.
    #[track_caller]
    pub fn new(
        pool_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        stream_configuration: impl ::std::convert::Into<::forma_core::Value<StreamConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, pool_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, stream_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The tags associated with the Kinesis Video Stream Pool.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tags>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MediaPipelineKinesisVideoStreamPool {
    type Attributes = MediaPipelineKinesisVideoStreamPoolAttributes;
    fn type_name(&self) -> &str {
        "AWS::Chime::MediaPipelineKinesisVideoStreamPool"
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
/// The attributes of a `AWS::Chime::MediaPipelineKinesisVideoStreamPool` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MediaPipelineKinesisVideoStreamPoolAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MediaPipelineKinesisVideoStreamPoolAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MediaPipelineKinesisVideoStreamPoolAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `PoolId`.
    pub fn pool_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PoolId")
    }
    /// `Fn::GetAtt` `PoolStatus`.
    pub fn pool_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PoolStatus")
    }
    /// `Fn::GetAtt` `CreatedTimestamp`.
    pub fn created_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTimestamp")
    }
    /// `Fn::GetAtt` `UpdatedTimestamp`.
    pub fn updated_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedTimestamp")
    }
}

/// The configuration settings for the Kinesis video stream.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamConfiguration {
    props: ::forma_core::schema::Props,
}
impl StreamConfiguration {
    /// A new value with its required properties: `Region`.
    pub fn new(region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, region.into().into_expr());
        Self { props }
    }
    /// The amount of time that data is retained, in hours.
    ///
    /// Allowed: at least 0.
    pub fn data_retention_in_hours(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StreamConfiguration> for ::forma_core::Value<StreamConfiguration> {
    fn from(v: StreamConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STREAM_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tags` property type of `AWS::Chime::MediaPipelineKinesisVideoStreamPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tags {
    props: ::forma_core::schema::Props,
}
impl Tags {
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
impl ::std::convert::From<Tags> for ::forma_core::Value<Tags> {
    fn from(v: Tags) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAGS_TYPE.properties))
    }
}

/// The schema of `AWS::Chime::MediaPipelineKinesisVideoStreamPool`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Chime::MediaPipelineKinesisVideoStreamPool",
    properties: &[
        ::forma_core::schema::Property {
            name: "PoolName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z._-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "StreamConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STREAM_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAGS_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "PoolId", "PoolStatus", "CreatedTimestamp", "UpdatedTimestamp"],
};

static STREAM_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chime::MediaPipelineKinesisVideoStreamPool.StreamConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataRetentionInHours",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Region",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-z]+-){2,}\\d+$"),
                min_length: Some(1),
                max_length: Some(32),
            }),
        },
    ],
    rules: &[],
};

static TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chime::MediaPipelineKinesisVideoStreamPool.Tags",
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
