// @generated from AWS::Kinesis::Stream (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Kinesis::Stream` and its property types.

/// Resource Type definition for AWS::Kinesis::Stream
///
/// CloudFormation type `AWS::Kinesis::Stream`.
#[derive(Debug, Clone, PartialEq)]
pub struct Stream {
    props: ::forma_core::schema::Props,
}
impl Stream {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The final list of shard-level metrics
    #[track_caller]
    pub fn desired_shard_level_metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EnhancedMetric>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Maximum size of a data record in KiB allowed to be put into Kinesis stream.
    ///
    /// Allowed: 1024 to 10240.
    #[track_caller]
    pub fn max_record_size_in_ki_b(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the Kinesis stream.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The record distribution strategy for the stream.
    #[track_caller]
    pub fn record_distribution_strategy(
        mut self,
        value: impl ::forma_core::schema::EnumArg<RecordDistributionStrategy>,
    ) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of hours for the data records that are stored in shards to remain accessible.
    ///
    /// Allowed: 1 to 8760.
    #[track_caller]
    pub fn retention_period_hours(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of shards that the stream uses.
    ///
    /// Allowed: 1 to 100000.
    #[track_caller]
    pub fn shard_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// When specified, enables or updates server-side encryption using an AWS KMS key for a specified stream.
    #[track_caller]
    pub fn stream_encryption(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StreamEncryption>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The mode in which the stream is running.
    #[track_caller]
    pub fn stream_mode_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StreamModeDetails>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An arbitrary set of tags (key-value pairs) to associate with the Kinesis stream.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Target warm throughput in MiB/s for the stream.
    ///
    /// Allowed: at least 0.
    #[track_caller]
    pub fn warm_throughput_mi_bps(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
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
        "AWS::Kinesis::Stream"
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
/// The attributes of a `AWS::Kinesis::Stream` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `WarmThroughputObject`.
    pub fn warm_throughput_object(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "WarmThroughputObject")
    }
}

/// The values CloudFormation documents: `IncomingBytes`, `IncomingRecords`, `OutgoingBytes`, `OutgoingRecords`, `WriteProvisionedThroughputExceeded`, `ReadProvisionedThroughputExceeded`, `IteratorAgeMilliseconds`, `ALL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnhancedMetric {
    /// `IncomingBytes`
    IncomingBytes,
    /// `IncomingRecords`
    IncomingRecords,
    /// `OutgoingBytes`
    OutgoingBytes,
    /// `OutgoingRecords`
    OutgoingRecords,
    /// `WriteProvisionedThroughputExceeded`
    WriteProvisionedThroughputExceeded,
    /// `ReadProvisionedThroughputExceeded`
    ReadProvisionedThroughputExceeded,
    /// `IteratorAgeMilliseconds`
    IteratorAgeMilliseconds,
    /// `ALL`
    All,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EnhancedMetric {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IncomingBytes => "IncomingBytes",
            Self::IncomingRecords => "IncomingRecords",
            Self::OutgoingBytes => "OutgoingBytes",
            Self::OutgoingRecords => "OutgoingRecords",
            Self::WriteProvisionedThroughputExceeded => "WriteProvisionedThroughputExceeded",
            Self::ReadProvisionedThroughputExceeded => "ReadProvisionedThroughputExceeded",
            Self::IteratorAgeMilliseconds => "IteratorAgeMilliseconds",
            Self::All => "ALL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "IncomingBytes",
            "IncomingRecords",
            "OutgoingBytes",
            "OutgoingRecords",
            "WriteProvisionedThroughputExceeded",
            "ReadProvisionedThroughputExceeded",
            "IteratorAgeMilliseconds",
            "ALL",
        ]
    }
}
impl ::std::convert::From<EnhancedMetric> for ::forma_core::Value<EnhancedMetric> {
    fn from(v: EnhancedMetric) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EnhancedMetric {}

/// The values CloudFormation documents: `AUTO`, `USER_PARTITION_KEY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordDistributionStrategy {
    /// `AUTO`
    Auto,
    /// `USER_PARTITION_KEY`
    UserPartitionKey,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RecordDistributionStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "AUTO",
            Self::UserPartitionKey => "USER_PARTITION_KEY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUTO", "USER_PARTITION_KEY"]
    }
}
impl ::std::convert::From<RecordDistributionStrategy> for ::forma_core::Value<RecordDistributionStrategy> {
    fn from(v: RecordDistributionStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RecordDistributionStrategy {}

/// The values CloudFormation documents: `KMS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionType {
    /// `KMS`
    Kms,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncryptionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Kms => "KMS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["KMS"]
    }
}
impl ::std::convert::From<EncryptionType> for ::forma_core::Value<EncryptionType> {
    fn from(v: EncryptionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncryptionType {}

/// When specified, enables or updates server-side encryption using an AWS KMS key for a specified stream.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamEncryption {
    props: ::forma_core::schema::Props,
}
impl StreamEncryption {
    /// A new value with its required properties: `EncryptionType`, `KeyId`.
    pub fn new(
        encryption_type: impl ::forma_core::schema::EnumArg<EncryptionType>,
        key_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, encryption_type.into_enum_expr());
        props.set(1, key_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<StreamEncryption> for ::forma_core::Value<StreamEncryption> {
    fn from(v: StreamEncryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STREAM_ENCRYPTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ON_DEMAND`, `PROVISIONED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StreamMode {
    /// `ON_DEMAND`
    OnDemand,
    /// `PROVISIONED`
    Provisioned,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StreamMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnDemand => "ON_DEMAND",
            Self::Provisioned => "PROVISIONED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ON_DEMAND", "PROVISIONED"]
    }
}
impl ::std::convert::From<StreamMode> for ::forma_core::Value<StreamMode> {
    fn from(v: StreamMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StreamMode {}

/// When specified, enables or updates the mode of stream.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamModeDetails {
    props: ::forma_core::schema::Props,
}
impl StreamModeDetails {
    /// A new value with its required properties: `StreamMode`.
    pub fn new(stream_mode: impl ::forma_core::schema::EnumArg<StreamMode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, stream_mode.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<StreamModeDetails> for ::forma_core::Value<StreamModeDetails> {
    fn from(v: StreamModeDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STREAM_MODE_DETAILS_TYPE.properties))
    }
}

/// An arbitrary set of tags (key-value pairs) to associate with the Kinesis stream.
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

/// The schema of `AWS::Kinesis::Stream`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Kinesis::Stream",
    properties: &[
        ::forma_core::schema::Property {
            name: "DesiredShardLevelMetrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "IncomingBytes",
                    "IncomingRecords",
                    "OutgoingBytes",
                    "OutgoingRecords",
                    "WriteProvisionedThroughputExceeded",
                    "ReadProvisionedThroughputExceeded",
                    "IteratorAgeMilliseconds",
                    "ALL",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(7) },
            ),
        },
        ::forma_core::schema::Property {
            name: "MaxRecordSizeInKiB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1024.0),
                maximum: Some(10240.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_.-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "RecordDistributionStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AUTO", "USER_PARTITION_KEY"]),
        },
        ::forma_core::schema::Property {
            name: "RetentionPeriodHours",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(8760.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ShardCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(100000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "StreamEncryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STREAM_ENCRYPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StreamModeDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STREAM_MODE_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "WarmThroughputMiBps",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "WarmThroughputObject"],
};

static STREAM_ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kinesis::Stream.StreamEncryption",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["KMS"]),
        },
        ::forma_core::schema::Property {
            name: "KeyId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static STREAM_MODE_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kinesis::Stream.StreamModeDetails",
    properties: &[::forma_core::schema::Property {
        name: "StreamMode",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ON_DEMAND", "PROVISIONED"]),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kinesis::Stream.Tag",
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
