// @generated from AWS::IVSChat::LoggingConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IVSChat::LoggingConfiguration` and its property types.

/// Resource type definition for AWS::IVSChat::LoggingConfiguration.
///
/// CloudFormation type `AWS::IVSChat::LoggingConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingConfiguration {
    props: ::forma_core::schema::Props,
}
impl LoggingConfiguration {
    /// A new resource with its required properties: `DestinationConfiguration`.
    #[track_caller]
    pub fn new(
        destination_configuration: impl ::std::convert::Into<::forma_core::Value<DestinationConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, destination_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The name of the logging configuration.
    ///
    /// Allowed: length 0 to 128.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LoggingConfiguration {
    type Attributes = LoggingConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::IVSChat::LoggingConfiguration"
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
/// The attributes of a `AWS::IVSChat::LoggingConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LoggingConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LoggingConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LoggingConfigurationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
}

/// Destination configuration for IVS Chat logging.
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl DestinationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// CloudWatch destination configuration for IVS Chat logging.
    pub fn cloud_watch_logs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLogsDestinationConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Kinesis Firehose destination configuration for IVS Chat logging.
    pub fn firehose(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FirehoseDestinationConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// S3 destination configuration for IVS Chat logging.
    pub fn s3(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3DestinationConfiguration>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DestinationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DestinationConfiguration> for ::forma_core::Value<DestinationConfiguration> {
    fn from(v: DestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_CONFIGURATION_TYPE.properties))
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

/// CloudWatch destination configuration for IVS Chat logging.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchLogsDestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl CloudWatchLogsDestinationConfiguration {
    /// A new value with its required properties: `LogGroupName`.
    pub fn new(log_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, log_group_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CloudWatchLogsDestinationConfiguration>
    for ::forma_core::Value<CloudWatchLogsDestinationConfiguration>
{
    fn from(v: CloudWatchLogsDestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_LOGS_DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// Kinesis Firehose destination configuration for IVS Chat logging.
#[derive(Debug, Clone, PartialEq)]
pub struct FirehoseDestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl FirehoseDestinationConfiguration {
    /// A new value with its required properties: `DeliveryStreamName`.
    pub fn new(delivery_stream_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, delivery_stream_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FirehoseDestinationConfiguration> for ::forma_core::Value<FirehoseDestinationConfiguration> {
    fn from(v: FirehoseDestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIREHOSE_DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// S3 destination configuration for IVS Chat logging.
#[derive(Debug, Clone, PartialEq)]
pub struct S3DestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3DestinationConfiguration {
    /// A new value with its required properties: `BucketName`.
    pub fn new(bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3DestinationConfiguration> for ::forma_core::Value<S3DestinationConfiguration> {
    fn from(v: S3DestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::IVSChat::LoggingConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IVSChat::LoggingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DESTINATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_]*$"),
                min_length: Some(0),
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
    attributes: &["Arn", "Id", "State"],
};

static DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IVSChat::LoggingConfiguration.DestinationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchLogs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGS_DESTINATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Firehose",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIREHOSE_DESTINATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_DESTINATION_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IVSChat::LoggingConfiguration.Tag",
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

static CLOUD_WATCH_LOGS_DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IVSChat::LoggingConfiguration.CloudWatchLogsDestinationConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "LogGroupName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\.\\-_/#A-Za-z0-9]+$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        }],
        rules: &[],
    };

static FIREHOSE_DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IVSChat::LoggingConfiguration.FirehoseDestinationConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "DeliveryStreamName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_.-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        }],
        rules: &[],
    };

static S3_DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IVSChat::LoggingConfiguration.S3DestinationConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "BucketName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[a-z0-9-.]+$"),
            min_length: Some(3),
            max_length: Some(63),
        }),
    }],
    rules: &[],
};
