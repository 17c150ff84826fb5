// @generated from AWS::Connect::InstanceStorageConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::InstanceStorageConfig` and its property types.

/// Resource Type definition for AWS::Connect::InstanceStorageConfig
///
/// CloudFormation type `AWS::Connect::InstanceStorageConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceStorageConfig {
    props: ::forma_core::schema::Props,
}
impl InstanceStorageConfig {
    /// A new resource with its required properties: `InstanceArn`, `ResourceType`, `StorageType`.
    #[track_caller]
    pub fn new(
        instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_type: impl ::forma_core::schema::EnumArg<InstanceStorageResourceType>,
        storage_type: impl ::forma_core::schema::EnumArg<StorageType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, resource_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(6, storage_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `KinesisFirehoseConfig`.
    #[track_caller]
    pub fn kinesis_firehose_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KinesisFirehoseConfig>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `KinesisStreamConfig`.
    #[track_caller]
    pub fn kinesis_stream_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KinesisStreamConfig>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `KinesisVideoStreamConfig`.
    #[track_caller]
    pub fn kinesis_video_stream_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KinesisVideoStreamConfig>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `S3Config`.
    #[track_caller]
    pub fn s3_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Config>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for InstanceStorageConfig {
    type Attributes = InstanceStorageConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::InstanceStorageConfig"
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
/// The attributes of a `AWS::Connect::InstanceStorageConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct InstanceStorageConfigAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for InstanceStorageConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl InstanceStorageConfigAttributes {
    /// `Fn::GetAtt` `AssociationId`.
    pub fn association_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssociationId")
    }
}

/// The values CloudFormation documents: `CHAT_TRANSCRIPTS`, `CALL_RECORDINGS`, `SCHEDULED_REPORTS`, `MEDIA_STREAMS`, `CONTACT_TRACE_RECORDS`, `AGENT_EVENTS`, `REAL_TIME_CONTACT_ANALYSIS_SEGMENTS`, `ATTACHMENTS`, `CONTACT_EVALUATIONS`, `SCREEN_RECORDINGS`, `REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS`, `REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceStorageResourceType {
    /// `CHAT_TRANSCRIPTS`
    ChatTranscripts,
    /// `CALL_RECORDINGS`
    CallRecordings,
    /// `SCHEDULED_REPORTS`
    ScheduledReports,
    /// `MEDIA_STREAMS`
    MediaStreams,
    /// `CONTACT_TRACE_RECORDS`
    ContactTraceRecords,
    /// `AGENT_EVENTS`
    AgentEvents,
    /// `REAL_TIME_CONTACT_ANALYSIS_SEGMENTS`
    RealTimeContactAnalysisSegments,
    /// `ATTACHMENTS`
    Attachments,
    /// `CONTACT_EVALUATIONS`
    ContactEvaluations,
    /// `SCREEN_RECORDINGS`
    ScreenRecordings,
    /// `REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS`
    RealTimeContactAnalysisChatSegments,
    /// `REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS`
    RealTimeContactAnalysisVoiceSegments,
    /// `EMAIL_MESSAGES`
    EmailMessages,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InstanceStorageResourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ChatTranscripts => "CHAT_TRANSCRIPTS",
            Self::CallRecordings => "CALL_RECORDINGS",
            Self::ScheduledReports => "SCHEDULED_REPORTS",
            Self::MediaStreams => "MEDIA_STREAMS",
            Self::ContactTraceRecords => "CONTACT_TRACE_RECORDS",
            Self::AgentEvents => "AGENT_EVENTS",
            Self::RealTimeContactAnalysisSegments => "REAL_TIME_CONTACT_ANALYSIS_SEGMENTS",
            Self::Attachments => "ATTACHMENTS",
            Self::ContactEvaluations => "CONTACT_EVALUATIONS",
            Self::ScreenRecordings => "SCREEN_RECORDINGS",
            Self::RealTimeContactAnalysisChatSegments => "REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS",
            Self::RealTimeContactAnalysisVoiceSegments => "REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS",
            Self::EmailMessages => "EMAIL_MESSAGES",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "CHAT_TRANSCRIPTS",
            "CALL_RECORDINGS",
            "SCHEDULED_REPORTS",
            "MEDIA_STREAMS",
            "CONTACT_TRACE_RECORDS",
            "AGENT_EVENTS",
            "REAL_TIME_CONTACT_ANALYSIS_SEGMENTS",
            "ATTACHMENTS",
            "CONTACT_EVALUATIONS",
            "SCREEN_RECORDINGS",
            "REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS",
            "REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS",
            "EMAIL_MESSAGES",
        ]
    }
}
impl ::std::convert::From<InstanceStorageResourceType> for ::forma_core::Value<InstanceStorageResourceType> {
    fn from(v: InstanceStorageResourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InstanceStorageResourceType {}

/// The values CloudFormation documents: `S3`, `KINESIS_VIDEO_STREAM`, `KINESIS_STREAM`, `KINESIS_FIREHOSE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageType {
    /// `S3`
    S3,
    /// `KINESIS_VIDEO_STREAM`
    KinesisVideoStream,
    /// `KINESIS_STREAM`
    KinesisStream,
    /// `KINESIS_FIREHOSE`
    KinesisFirehose,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StorageType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::S3 => "S3",
            Self::KinesisVideoStream => "KINESIS_VIDEO_STREAM",
            Self::KinesisStream => "KINESIS_STREAM",
            Self::KinesisFirehose => "KINESIS_FIREHOSE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["S3", "KINESIS_VIDEO_STREAM", "KINESIS_STREAM", "KINESIS_FIREHOSE"]
    }
}
impl ::std::convert::From<StorageType> for ::forma_core::Value<StorageType> {
    fn from(v: StorageType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StorageType {}

/// The `KinesisFirehoseConfig` property type of `AWS::Connect::InstanceStorageConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisFirehoseConfig {
    props: ::forma_core::schema::Props,
}
impl KinesisFirehoseConfig {
    /// A new value with its required properties: `FirehoseArn`.
    pub fn new(firehose_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, firehose_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KinesisFirehoseConfig> for ::forma_core::Value<KinesisFirehoseConfig> {
    fn from(v: KinesisFirehoseConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_FIREHOSE_CONFIG_TYPE.properties))
    }
}

/// The `KinesisStreamConfig` property type of `AWS::Connect::InstanceStorageConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisStreamConfig {
    props: ::forma_core::schema::Props,
}
impl KinesisStreamConfig {
    /// A new value with its required properties: `StreamArn`.
    pub fn new(stream_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, stream_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KinesisStreamConfig> for ::forma_core::Value<KinesisStreamConfig> {
    fn from(v: KinesisStreamConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_STREAM_CONFIG_TYPE.properties))
    }
}

/// The `KinesisVideoStreamConfig` property type of `AWS::Connect::InstanceStorageConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisVideoStreamConfig {
    props: ::forma_core::schema::Props,
}
impl KinesisVideoStreamConfig {
    /// A new value with its required properties: `EncryptionConfig`, `Prefix`, `RetentionPeriodHours`.
    pub fn new(
        encryption_config: impl ::std::convert::Into<::forma_core::Value<EncryptionConfig>>,
        prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        retention_period_hours: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, encryption_config.into().into_expr());
        props.set(1, prefix.into().into_expr());
        props.set(2, retention_period_hours.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KinesisVideoStreamConfig> for ::forma_core::Value<KinesisVideoStreamConfig> {
    fn from(v: KinesisVideoStreamConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_VIDEO_STREAM_CONFIG_TYPE.properties))
    }
}

/// The `S3Config` property type of `AWS::Connect::InstanceStorageConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Config {
    props: ::forma_core::schema::Props,
}
impl S3Config {
    /// A new value with its required properties: `BucketName`, `BucketPrefix`.
    pub fn new(
        bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        bucket_prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_name.into().into_expr());
        props.set(1, bucket_prefix.into().into_expr());
        Self { props }
    }
    /// `EncryptionConfig`.
    pub fn encryption_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3Config> for ::forma_core::Value<S3Config> {
    fn from(v: S3Config) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_CONFIG_TYPE.properties))
    }
}

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

/// The `EncryptionConfig` property type of `AWS::Connect::InstanceStorageConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfig {
    props: ::forma_core::schema::Props,
}
impl EncryptionConfig {
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
impl ::std::convert::From<EncryptionConfig> for ::forma_core::Value<EncryptionConfig> {
    fn from(v: EncryptionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::Connect::InstanceStorageConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::InstanceStorageConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstanceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "KinesisFirehoseConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KINESIS_FIREHOSE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KinesisStreamConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KINESIS_STREAM_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KinesisVideoStreamConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KINESIS_VIDEO_STREAM_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "CHAT_TRANSCRIPTS",
                "CALL_RECORDINGS",
                "SCHEDULED_REPORTS",
                "MEDIA_STREAMS",
                "CONTACT_TRACE_RECORDS",
                "AGENT_EVENTS",
                "REAL_TIME_CONTACT_ANALYSIS_SEGMENTS",
                "ATTACHMENTS",
                "CONTACT_EVALUATIONS",
                "SCREEN_RECORDINGS",
                "REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS",
                "REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS",
                "EMAIL_MESSAGES",
            ]),
        },
        ::forma_core::schema::Property {
            name: "S3Config",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StorageType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "S3",
                "KINESIS_VIDEO_STREAM",
                "KINESIS_STREAM",
                "KINESIS_FIREHOSE",
            ]),
        },
    ],
    rules: &[],
    attributes: &["AssociationId"],
};

static KINESIS_FIREHOSE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::InstanceStorageConfig.KinesisFirehoseConfig",
    properties: &[::forma_core::schema::Property {
        name: "FirehoseArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:aws[-a-z0-9]*:firehose:[-a-z0-9]*:[0-9]{12}:deliverystream/[-a-zA-Z0-9_.]*$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static KINESIS_STREAM_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::InstanceStorageConfig.KinesisStreamConfig",
    properties: &[::forma_core::schema::Property {
        name: "StreamArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:aws[-a-z0-9]*:kinesis:[-a-z0-9]*:[0-9]{12}:stream/[-a-zA-Z0-9_.]*$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static KINESIS_VIDEO_STREAM_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::InstanceStorageConfig.KinesisVideoStreamConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "RetentionPeriodHours",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static S3_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::InstanceStorageConfig.S3Config",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "BucketPrefix",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "EncryptionConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static ENCRYPTION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::InstanceStorageConfig.EncryptionConfig",
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
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};
