// @generated from AWS::CloudFront::RealtimeLogConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFront::RealtimeLogConfig` and its property types.

/// A real-time log configuration.
///
/// CloudFormation type `AWS::CloudFront::RealtimeLogConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeLogConfig {
    props: ::forma_core::schema::Props,
}
impl RealtimeLogConfig {
    /// A new resource with its required properties: `EndPoints`, `Fields`, `Name`, `SamplingRate`.
    #[track_caller]
    pub fn new(
        end_points: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EndPoint>>>,
        fields: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sampling_rate: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, end_points.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, fields.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, sampling_rate.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for RealtimeLogConfig {
    type Attributes = RealtimeLogConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFront::RealtimeLogConfig"
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
/// The attributes of a `AWS::CloudFront::RealtimeLogConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RealtimeLogConfigAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RealtimeLogConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RealtimeLogConfigAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// Contains information about the Amazon Kinesis data stream where you are sending real-time log data for this real-time log configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct EndPoint {
    props: ::forma_core::schema::Props,
}
impl EndPoint {
    /// A new value with its required properties: `KinesisStreamConfig`, `StreamType`.
    pub fn new(
        kinesis_stream_config: impl ::std::convert::Into<::forma_core::Value<KinesisStreamConfig>>,
        stream_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, kinesis_stream_config.into().into_expr());
        props.set(1, stream_type.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EndPoint> for ::forma_core::Value<EndPoint> {
    fn from(v: EndPoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(END_POINT_TYPE.properties))
    }
}

/// Contains information about the Amazon Kinesis data stream where you are sending real-time log data.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisStreamConfig {
    props: ::forma_core::schema::Props,
}
impl KinesisStreamConfig {
    /// A new value with its required properties: `RoleArn`, `StreamArn`.
    pub fn new(
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        stream_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, role_arn.into().into_expr());
        props.set(1, stream_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KinesisStreamConfig> for ::forma_core::Value<KinesisStreamConfig> {
    fn from(v: KinesisStreamConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_STREAM_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::CloudFront::RealtimeLogConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFront::RealtimeLogConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndPoints",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&END_POINT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Fields",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SamplingRate",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static END_POINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::RealtimeLogConfig.EndPoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "KinesisStreamConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KINESIS_STREAM_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StreamType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static KINESIS_STREAM_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::RealtimeLogConfig.KinesisStreamConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StreamArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
