// @generated from AWS::IVS::Stage (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IVS::Stage` and its property types.

/// Resource Type definition for AWS::IVS::Stage.
///
/// CloudFormation type `AWS::IVS::Stage`.
#[derive(Debug, Clone, PartialEq)]
pub struct Stage {
    props: ::forma_core::schema::Props,
}
impl Stage {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration object for individual participant recording, to attach to the new stage.
    #[track_caller]
    pub fn auto_participant_recording_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoParticipantRecordingConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Stage name
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
impl ::std::default::Default for Stage {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Stage {
    type Attributes = StageAttributes;
    fn type_name(&self) -> &str {
        "AWS::IVS::Stage"
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
/// The attributes of a `AWS::IVS::Stage` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StageAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StageAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl StageAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ActiveSessionId`.
    pub fn active_session_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ActiveSessionId")
    }
}

/// The values CloudFormation documents: `AUDIO_VIDEO`, `AUDIO_ONLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MediaTypes {
    /// `AUDIO_VIDEO`
    AudioVideo,
    /// `AUDIO_ONLY`
    AudioOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MediaTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AudioVideo => "AUDIO_VIDEO",
            Self::AudioOnly => "AUDIO_ONLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUDIO_VIDEO", "AUDIO_ONLY"]
    }
}
impl ::std::convert::From<MediaTypes> for ::forma_core::Value<MediaTypes> {
    fn from(v: MediaTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MediaTypes {}

/// Configuration object for individual participant recording, to attach to the new stage.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoParticipantRecordingConfiguration {
    props: ::forma_core::schema::Props,
}
impl AutoParticipantRecordingConfiguration {
    /// A new value with its required properties: `StorageConfigurationArn`.
    pub fn new(
        storage_configuration_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, storage_configuration_arn.into().into_expr());
        Self { props }
    }
    /// HLS configuration object for individual participant recording.
    pub fn hls_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HlsConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Types of media to be recorded.
    pub fn media_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MediaTypes>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// If a stage publisher disconnects and then reconnects within the specified interval, the multiple recordings will be considered a single recording and merged together.
    ///
    /// Allowed: 0 to 300.
    pub fn recording_reconnect_window_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A complex type that allows you to enable/disable the recording of thumbnails for individual participant recording and modify the interval at which thumbnails are generated for the live session.
    pub fn thumbnail_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ThumbnailConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AutoParticipantRecordingConfiguration>
    for ::forma_core::Value<AutoParticipantRecordingConfiguration>
{
    fn from(v: AutoParticipantRecordingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_PARTICIPANT_RECORDING_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::IVS::Stage`.
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

/// HLS configuration object for individual participant recording.
#[derive(Debug, Clone, PartialEq)]
pub struct HlsConfiguration {
    props: ::forma_core::schema::Props,
}
impl HlsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An object representing a configuration of participant HLS recordings for individual participant recording.
    pub fn participant_recording_hls_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ParticipantRecordingHlsConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HlsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HlsConfiguration> for ::forma_core::Value<HlsConfiguration> {
    fn from(v: HlsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HLS_CONFIGURATION_TYPE.properties))
    }
}

/// A complex type that allows you to enable/disable the recording of thumbnails for individual participant recording and modify the interval at which thumbnails are generated for the live session.
#[derive(Debug, Clone, PartialEq)]
pub struct ThumbnailConfiguration {
    props: ::forma_core::schema::Props,
}
impl ThumbnailConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An object representing a configuration of thumbnails for recorded video from an individual participant.
    pub fn participant_thumbnail_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ThumbnailConfigurationParticipantThumbnailConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ThumbnailConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ThumbnailConfiguration> for ::forma_core::Value<ThumbnailConfiguration> {
    fn from(v: ThumbnailConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(THUMBNAIL_CONFIGURATION_TYPE.properties))
    }
}

/// An object representing a configuration of participant HLS recordings for individual participant recording.
#[derive(Debug, Clone, PartialEq)]
pub struct ParticipantRecordingHlsConfiguration {
    props: ::forma_core::schema::Props,
}
impl ParticipantRecordingHlsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Defines the target duration for recorded segments generated when recording a stage participant.
    ///
    /// Allowed: 2 to 10.
    pub fn target_segment_duration_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ParticipantRecordingHlsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ParticipantRecordingHlsConfiguration>
    for ::forma_core::Value<ParticipantRecordingHlsConfiguration>
{
    fn from(v: ParticipantRecordingHlsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARTICIPANT_RECORDING_HLS_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `INTERVAL`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordingMode {
    /// `INTERVAL`
    Interval,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RecordingMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Interval => "INTERVAL",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INTERVAL", "DISABLED"]
    }
}
impl ::std::convert::From<RecordingMode> for ::forma_core::Value<RecordingMode> {
    fn from(v: RecordingMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RecordingMode {}

/// The values CloudFormation documents: `SEQUENTIAL`, `LATEST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Storage {
    /// `SEQUENTIAL`
    Sequential,
    /// `LATEST`
    Latest,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Storage {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sequential => "SEQUENTIAL",
            Self::Latest => "LATEST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SEQUENTIAL", "LATEST"]
    }
}
impl ::std::convert::From<Storage> for ::forma_core::Value<Storage> {
    fn from(v: Storage) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Storage {}

/// An object representing a configuration of thumbnails for recorded video from an individual participant.
#[derive(Debug, Clone, PartialEq)]
pub struct ThumbnailConfigurationParticipantThumbnailConfiguration {
    props: ::forma_core::schema::Props,
}
impl ThumbnailConfigurationParticipantThumbnailConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Thumbnail recording mode.
    pub fn recording_mode(mut self, value: impl ::forma_core::schema::EnumArg<RecordingMode>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Indicates the format in which thumbnails are recorded.
    pub fn storage(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Storage>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The targeted thumbnail-generation interval in seconds.
    ///
    /// Allowed: 1 to 86400.
    pub fn target_interval_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ThumbnailConfigurationParticipantThumbnailConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ThumbnailConfigurationParticipantThumbnailConfiguration>
    for ::forma_core::Value<ThumbnailConfigurationParticipantThumbnailConfiguration>
{
    fn from(v: ThumbnailConfigurationParticipantThumbnailConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(THUMBNAIL_CONFIGURATION_PARTICIPANT_THUMBNAIL_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The schema of `AWS::IVS::Stage`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IVS::Stage",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoParticipantRecordingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_PARTICIPANT_RECORDING_CONFIGURATION_TYPE),
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
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "ActiveSessionId"],
};

static AUTO_PARTICIPANT_RECORDING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IVS::Stage.AutoParticipantRecordingConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "HlsConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&HLS_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "MediaTypes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Enum(&["AUDIO_VIDEO", "AUDIO_ONLY"]),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
                ),
            },
            ::forma_core::schema::Property {
                name: "RecordingReconnectWindowSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(300.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "StorageConfigurationArn",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:storage-configuration/[a-zA-Z0-9-]+$"),
                    min_length: Some(0),
                    max_length: Some(128),
                }),
            },
            ::forma_core::schema::Property {
                name: "ThumbnailConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&THUMBNAIL_CONFIGURATION_TYPE),
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IVS::Stage.Tag",
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

static HLS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IVS::Stage.HlsConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "ParticipantRecordingHlsConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&PARTICIPANT_RECORDING_HLS_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static THUMBNAIL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IVS::Stage.ThumbnailConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "ParticipantThumbnailConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&THUMBNAIL_CONFIGURATION_PARTICIPANT_THUMBNAIL_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static PARTICIPANT_RECORDING_HLS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IVS::Stage.ParticipantRecordingHlsConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "TargetSegmentDurationSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(2.0),
                maximum: Some(10.0),
            }),
        }],
        rules: &[],
    };

static THUMBNAIL_CONFIGURATION_PARTICIPANT_THUMBNAIL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IVS::Stage.ThumbnailConfigurationParticipantThumbnailConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "RecordingMode",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["INTERVAL", "DISABLED"]),
            },
            ::forma_core::schema::Property {
                name: "Storage",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Enum(&["SEQUENTIAL", "LATEST"]),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2) },
                ),
            },
            ::forma_core::schema::Property {
                name: "TargetIntervalSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(86400.0),
                }),
            },
        ],
        rules: &[],
    };
