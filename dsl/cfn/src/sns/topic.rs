// @generated from AWS::SNS::Topic (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SNS::Topic` and its property types.

/// The `AWS::SNS::Topic` resource creates a topic to which notifications can be published.
///
/// CloudFormation type `AWS::SNS::Topic`.
#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    props: ::forma_core::schema::Props,
}
impl Topic {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ArchivePolicy`.
    #[track_caller]
    pub fn archive_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ContentBasedDeduplication` enables deduplication of messages based on their content for FIFO topics.
    #[track_caller]
    pub fn content_based_deduplication(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DataProtectionPolicy`.
    #[track_caller]
    pub fn data_protection_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The `DeliveryStatusLogging` configuration enables you to log the delivery status of messages sent from your Amazon SNS topic to subscribed endpoints with the following supported delivery protocols: + HTTP + Amazon Kinesis Data Firehose + AWS Lambda + Platform application endpoint + Amazon Simple Queue Service Once configured, log entries are sent to Amazon CloudWatch Logs.
    #[track_caller]
    pub fn delivery_status_logging(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LoggingConfig>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The display name to use for an SNS topic with SMS subscriptions.
    #[track_caller]
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the throughput quota and deduplication behavior to apply for the FIFO topic.
    #[track_caller]
    pub fn fifo_throughput_scope(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Set to true to create a FIFO topic.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn fifo_topic(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of an AWS managed customer master key (CMK) for SNS or a custom CMK.
    #[track_caller]
    pub fn kms_master_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MaximumMessageSize`.
    ///
    /// Allowed: 1024 to 1048576.
    #[track_caller]
    pub fn maximum_message_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The signature version corresponds to the hashing algorithm used while creating the signature of the notifications, subscription confirmations, or unsubscribe confirmation messages sent by Amazon SNS.
    #[track_caller]
    pub fn signature_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The SNS subscriptions (endpoints) for this topic.
    #[track_caller]
    pub fn subscription(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Subscription>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of tags to add to a new topic.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the topic you want to create.
    ///
    /// Allowed: length 0 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn topic_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tracing mode of an SNS topic.
    #[track_caller]
    pub fn tracing_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Topic {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Topic {
    type Attributes = TopicAttributes;
    fn type_name(&self) -> &str {
        "AWS::SNS::Topic"
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
/// The attributes of a `AWS::SNS::Topic` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TopicAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TopicAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TopicAttributes {
    /// `Fn::GetAtt` `TopicArn`.
    pub fn topic_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TopicArn")
    }
    /// `Fn::GetAtt` `ArchivePolicy`.
    pub fn archive_policy(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ArchivePolicy")
    }
    /// `Fn::GetAtt` `ContentBasedDeduplication`.
    pub fn content_based_deduplication(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "ContentBasedDeduplication")
    }
    /// `Fn::GetAtt` `DataProtectionPolicy`.
    pub fn data_protection_policy(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "DataProtectionPolicy")
    }
    /// `Fn::GetAtt` `DeliveryStatusLogging`.
    pub fn delivery_status_logging(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "DeliveryStatusLogging")
    }
    /// `Fn::GetAtt` `DisplayName`.
    pub fn display_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DisplayName")
    }
    /// `Fn::GetAtt` `FifoThroughputScope`.
    pub fn fifo_throughput_scope(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FifoThroughputScope")
    }
    /// `Fn::GetAtt` `FifoTopic`.
    pub fn fifo_topic(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "FifoTopic")
    }
    /// `Fn::GetAtt` `KmsMasterKeyId`.
    pub fn kms_master_key_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "KmsMasterKeyId")
    }
    /// `Fn::GetAtt` `MaximumMessageSize`.
    pub fn maximum_message_size(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "MaximumMessageSize")
    }
    /// `Fn::GetAtt` `SignatureVersion`.
    pub fn signature_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SignatureVersion")
    }
    /// `Fn::GetAtt` `Subscription`.
    pub fn subscription(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Subscription")
    }
    /// `Fn::GetAtt` `TopicName`.
    pub fn topic_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TopicName")
    }
    /// `Fn::GetAtt` `TracingConfig`.
    pub fn tracing_config(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TracingConfig")
    }
}

/// The values CloudFormation documents: `http/s`, `sqs`, `lambda`, `firehose`, `application`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `http/s`
    HttpS,
    /// `sqs`
    Sqs,
    /// `lambda`
    Lambda,
    /// `firehose`
    Firehose,
    /// `application`
    Application,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Protocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::HttpS => "http/s",
            Self::Sqs => "sqs",
            Self::Lambda => "lambda",
            Self::Firehose => "firehose",
            Self::Application => "application",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["http/s", "sqs", "lambda", "firehose", "application"]
    }
}
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Protocol {}

/// The `LoggingConfig` property type specifies the `Delivery` status logging configuration for an [AWS::SNS::Topic](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sns-topic.html).
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingConfig {
    props: ::forma_core::schema::Props,
}
impl LoggingConfig {
    /// A new value with its required properties: `Protocol`.
    pub fn new(protocol: impl ::forma_core::schema::EnumArg<Protocol>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, protocol.into_enum_expr());
        Self { props }
    }
    /// The IAM role ARN to be used when logging failed message deliveries in Amazon CloudWatch.
    pub fn failure_feedback_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The IAM role ARN to be used when logging successful message deliveries in Amazon CloudWatch.
    pub fn success_feedback_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The percentage of successful message deliveries to be logged in Amazon CloudWatch.
    pub fn success_feedback_sample_rate(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LoggingConfig> for ::forma_core::Value<LoggingConfig> {
    fn from(v: LoggingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_CONFIG_TYPE.properties))
    }
}

/// `Subscription` is an embedded property that describes the subscription endpoints of an SNS topic.
#[derive(Debug, Clone, PartialEq)]
pub struct Subscription {
    props: ::forma_core::schema::Props,
}
impl Subscription {
    /// A new value with its required properties: `Endpoint`, `Protocol`.
    pub fn new(
        endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        protocol: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, endpoint.into().into_expr());
        props.set(1, protocol.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Subscription> for ::forma_core::Value<Subscription> {
    fn from(v: Subscription) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUBSCRIPTION_TYPE.properties))
    }
}

/// The list of tags to be added to the specified topic.
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

/// The schema of `AWS::SNS::Topic`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SNS::Topic",
    properties: &[
        ::forma_core::schema::Property {
            name: "ArchivePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ContentBasedDeduplication",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DataProtectionPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "DeliveryStatusLogging",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LOGGING_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FifoThroughputScope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FifoTopic",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "KmsMasterKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MaximumMessageSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1024.0),
                maximum: Some(1048576.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SignatureVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Subscription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SUBSCRIPTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
        ::forma_core::schema::Property {
            name: "TopicName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "TracingConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[
        "TopicArn",
        "ArchivePolicy",
        "ContentBasedDeduplication",
        "DataProtectionPolicy",
        "DeliveryStatusLogging",
        "DisplayName",
        "FifoThroughputScope",
        "FifoTopic",
        "KmsMasterKeyId",
        "MaximumMessageSize",
        "SignatureVersion",
        "Subscription",
        "TopicName",
        "TracingConfig",
    ],
};

static LOGGING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SNS::Topic.LoggingConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "FailureFeedbackRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["http/s", "sqs", "lambda", "firehose", "application"]),
        },
        ::forma_core::schema::Property {
            name: "SuccessFeedbackRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SuccessFeedbackSampleRate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SUBSCRIPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SNS::Topic.Subscription",
    properties: &[
        ::forma_core::schema::Property {
            name: "Endpoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SNS::Topic.Tag",
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
