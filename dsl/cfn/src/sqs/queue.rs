// @generated from AWS::SQS::Queue (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SQS::Queue` and its property types.

/// The `AWS::SQS::Queue` resource creates an SQS standard or FIFO queue.
///
/// CloudFormation type `AWS::SQS::Queue`.
#[derive(Debug, Clone, PartialEq)]
pub struct Queue {
    props: ::forma_core::schema::Props,
}
impl Queue {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// For first-in-first-out (FIFO) queues, specifies whether to enable content-based deduplication.
    #[track_caller]
    pub fn content_based_deduplication(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// For high throughput for FIFO queues, specifies whether message deduplication occurs at the message group or queue level.
    #[track_caller]
    pub fn deduplication_scope(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The time in seconds for which the delivery of all messages in the queue is delayed.
    ///
    /// Allowed: 0 to 900.
    #[track_caller]
    pub fn delay_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// If set to true, creates a FIFO queue.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn fifo_queue(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// For high throughput for FIFO queues, specifies whether the FIFO queue throughput quota applies to the entire queue or per message group.
    #[track_caller]
    pub fn fifo_throughput_limit(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The length of time in seconds for which SQS can reuse a data key to encrypt or decrypt messages before calling KMS again.
    ///
    /// Allowed: 60 to 86400.
    #[track_caller]
    pub fn kms_data_key_reuse_period_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of an AWS Key Management Service (KMS) for SQS, or a custom KMS.
    #[track_caller]
    pub fn kms_master_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The limit of how many bytes that a message can contain before SQS rejects it.
    ///
    /// Allowed: 1024 to 1048576.
    #[track_caller]
    pub fn maximum_message_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of seconds that SQS retains a message.
    ///
    /// Allowed: 60 to 1209600.
    #[track_caller]
    pub fn message_retention_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A name for the queue.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn queue_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the duration, in seconds, that the ReceiveMessage action call waits until a message is in the queue in order to include it in the response, rather than returning an empty response if a message isn't yet available.
    ///
    /// Allowed: 0 to 20.
    #[track_caller]
    pub fn receive_message_wait_time_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The string that includes the parameters for the permissions for the dead-letter queue redrive permission and which source queues can specify dead-letter queues as a JSON object.
    #[track_caller]
    pub fn redrive_allow_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The string that includes the parameters for the dead-letter queue functionality of the source queue as a JSON object.
    #[track_caller]
    pub fn redrive_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Enables server-side queue encryption using SQS owned encryption keys.
    #[track_caller]
    pub fn sqs_managed_sse_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags that you attach to this queue.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The length of time during which a message will be unavailable after a message is delivered from the queue.
    ///
    /// Allowed: 0 to 43200.
    #[track_caller]
    pub fn visibility_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Queue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Queue {
    type Attributes = QueueAttributes;
    fn type_name(&self) -> &str {
        "AWS::SQS::Queue"
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
/// The attributes of a `AWS::SQS::Queue` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct QueueAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for QueueAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl QueueAttributes {
    /// `Fn::GetAtt` `QueueUrl`.
    pub fn queue_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "QueueUrl")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ContentBasedDeduplication`.
    pub fn content_based_deduplication(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "ContentBasedDeduplication")
    }
    /// `Fn::GetAtt` `DeduplicationScope`.
    pub fn deduplication_scope(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DeduplicationScope")
    }
    /// `Fn::GetAtt` `DelaySeconds`.
    pub fn delay_seconds(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "DelaySeconds")
    }
    /// `Fn::GetAtt` `FifoQueue`.
    pub fn fifo_queue(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "FifoQueue")
    }
    /// `Fn::GetAtt` `FifoThroughputLimit`.
    pub fn fifo_throughput_limit(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FifoThroughputLimit")
    }
    /// `Fn::GetAtt` `KmsDataKeyReusePeriodSeconds`.
    pub fn kms_data_key_reuse_period_seconds(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "KmsDataKeyReusePeriodSeconds")
    }
    /// `Fn::GetAtt` `KmsMasterKeyId`.
    pub fn kms_master_key_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "KmsMasterKeyId")
    }
    /// `Fn::GetAtt` `MaximumMessageSize`.
    pub fn maximum_message_size(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "MaximumMessageSize")
    }
    /// `Fn::GetAtt` `MessageRetentionPeriod`.
    pub fn message_retention_period(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "MessageRetentionPeriod")
    }
    /// `Fn::GetAtt` `QueueName`.
    pub fn queue_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "QueueName")
    }
    /// `Fn::GetAtt` `ReceiveMessageWaitTimeSeconds`.
    pub fn receive_message_wait_time_seconds(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "ReceiveMessageWaitTimeSeconds")
    }
    /// `Fn::GetAtt` `RedriveAllowPolicy`.
    pub fn redrive_allow_policy(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "RedriveAllowPolicy")
    }
    /// `Fn::GetAtt` `RedrivePolicy`.
    pub fn redrive_policy(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "RedrivePolicy")
    }
    /// `Fn::GetAtt` `SqsManagedSseEnabled`.
    pub fn sqs_managed_sse_enabled(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "SqsManagedSseEnabled")
    }
    /// `Fn::GetAtt` `VisibilityTimeout`.
    pub fn visibility_timeout(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "VisibilityTimeout")
    }
}

/// The `Tag` property type of `AWS::SQS::Queue`.
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

/// The schema of `AWS::SQS::Queue`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SQS::Queue",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContentBasedDeduplication",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DeduplicationScope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DelaySeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(900.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "FifoQueue",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "FifoThroughputLimit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KmsDataKeyReusePeriodSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(86400.0),
            }),
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
            name: "MessageRetentionPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(1209600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "QueueName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReceiveMessageWaitTimeSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(20.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "RedriveAllowPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "RedrivePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "SqsManagedSseEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
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
            name: "VisibilityTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(43200.0),
            }),
        },
    ],
    rules: &[],
    attributes: &[
        "QueueUrl",
        "Arn",
        "ContentBasedDeduplication",
        "DeduplicationScope",
        "DelaySeconds",
        "FifoQueue",
        "FifoThroughputLimit",
        "KmsDataKeyReusePeriodSeconds",
        "KmsMasterKeyId",
        "MaximumMessageSize",
        "MessageRetentionPeriod",
        "QueueName",
        "ReceiveMessageWaitTimeSeconds",
        "RedriveAllowPolicy",
        "RedrivePolicy",
        "SqsManagedSseEnabled",
        "VisibilityTimeout",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SQS::Queue.Tag",
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
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
