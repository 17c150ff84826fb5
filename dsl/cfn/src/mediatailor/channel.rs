// @generated from AWS::MediaTailor::Channel (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaTailor::Channel` and its property types.

/// Definition of AWS::MediaTailor::Channel Resource Type
///
/// CloudFormation type `AWS::MediaTailor::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Channel {
    props: ::forma_core::schema::Props,
}
impl Channel {
    /// A new resource with its required properties: `ChannelName`, `Outputs`, `PlaybackMode`.
    #[track_caller]
    pub fn new(
        channel_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        outputs: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RequestOutputItem>>>,
        playback_mode: impl ::forma_core::schema::EnumArg<PlaybackMode>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, channel_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, outputs.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, playback_mode.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// <p>The list of audiences defined in channel.</p>
    #[track_caller]
    pub fn audiences(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>Slate VOD source configuration.</p>
    #[track_caller]
    pub fn filler_slate(mut self, value: impl ::std::convert::Into<::forma_core::Value<SlateSource>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>The log configuration for the channel.</p>
    #[track_caller]
    pub fn log_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LogConfigurationForChannel>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags to assign to the channel.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tier`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tier(mut self, value: impl ::forma_core::schema::EnumArg<Tier>) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>The configuration for time-shifted viewing.</p>
    #[track_caller]
    pub fn time_shift_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TimeShiftConfiguration>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Channel {
    type Attributes = ChannelAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaTailor::Channel"
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
/// The attributes of a `AWS::MediaTailor::Channel` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ChannelAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ChannelAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ChannelAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `LOOP`, `LINEAR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PlaybackMode {
    /// `LOOP`
    Loop,
    /// `LINEAR`
    Linear,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PlaybackMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Loop => "LOOP",
            Self::Linear => "LINEAR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LOOP", "LINEAR"]
    }
}
impl ::std::convert::From<PlaybackMode> for ::forma_core::Value<PlaybackMode> {
    fn from(v: PlaybackMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PlaybackMode {}

/// The values CloudFormation documents: `BASIC`, `STANDARD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Tier {
    /// `BASIC`
    Basic,
    /// `STANDARD`
    Standard,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Tier {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Basic => "BASIC",
            Self::Standard => "STANDARD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BASIC", "STANDARD"]
    }
}
impl ::std::convert::From<Tier> for ::forma_core::Value<Tier> {
    fn from(v: Tier) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Tier {}

/// <p>Slate VOD source configuration.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct SlateSource {
    props: ::forma_core::schema::Props,
}
impl SlateSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>The name of the source location where the slate VOD source is stored.</p>
    pub fn source_location_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>The slate VOD source name.
    pub fn vod_source_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SlateSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SlateSource> for ::forma_core::Value<SlateSource> {
    fn from(v: SlateSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLATE_SOURCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AS_RUN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogType {
    /// `AS_RUN`
    AsRun,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LogType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AsRun => "AS_RUN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AS_RUN"]
    }
}
impl ::std::convert::From<LogType> for ::forma_core::Value<LogType> {
    fn from(v: LogType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LogType {}

/// <p>The log configuration for the channel.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct LogConfigurationForChannel {
    props: ::forma_core::schema::Props,
}
impl LogConfigurationForChannel {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>The log types.</p>
    pub fn log_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LogType>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LogConfigurationForChannel {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LogConfigurationForChannel> for ::forma_core::Value<LogConfigurationForChannel> {
    fn from(v: LogConfigurationForChannel) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_CONFIGURATION_FOR_CHANNEL_TYPE.properties))
    }
}

/// <p>The output configuration for this channel.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct RequestOutputItem {
    props: ::forma_core::schema::Props,
}
impl RequestOutputItem {
    /// A new value with its required properties: `ManifestName`, `SourceGroup`.
    pub fn new(
        manifest_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_group: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, manifest_name.into().into_expr());
        props.set(3, source_group.into().into_expr());
        Self { props }
    }
    /// <p>Dash manifest configuration parameters.</p>
    pub fn dash_playlist_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DashPlaylistSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>HLS playlist configuration parameters.</p>
    pub fn hls_playlist_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HlsPlaylistSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RequestOutputItem> for ::forma_core::Value<RequestOutputItem> {
    fn from(v: RequestOutputItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REQUEST_OUTPUT_ITEM_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::MediaTailor::Channel`.
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

/// <p>The configuration for time-shifted viewing.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct TimeShiftConfiguration {
    props: ::forma_core::schema::Props,
}
impl TimeShiftConfiguration {
    /// A new value with its required properties: `MaxTimeDelaySeconds`.
    pub fn new(max_time_delay_seconds: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_time_delay_seconds.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TimeShiftConfiguration> for ::forma_core::Value<TimeShiftConfiguration> {
    fn from(v: TimeShiftConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIME_SHIFT_CONFIGURATION_TYPE.properties))
    }
}

/// <p>Dash manifest configuration parameters.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct DashPlaylistSettings {
    props: ::forma_core::schema::Props,
}
impl DashPlaylistSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>The total duration (in seconds) of each manifest.
    pub fn manifest_window_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>Minimum amount of content (measured in seconds) that a player must keep available in the buffer.
    pub fn min_buffer_time_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>Minimum amount of time (in seconds) that the player should wait before requesting updates to the manifest.
    pub fn min_update_period_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// <p>Amount of time (in seconds) that the player should be from the live point at the end of the manifest.
    pub fn suggested_presentation_delay_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DashPlaylistSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DashPlaylistSettings> for ::forma_core::Value<DashPlaylistSettings> {
    fn from(v: DashPlaylistSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DASH_PLAYLIST_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DATERANGE`, `SCTE35_ENHANCED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdMarkupType {
    /// `DATERANGE`
    Daterange,
    /// `SCTE35_ENHANCED`
    Scte35Enhanced,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AdMarkupType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Daterange => "DATERANGE",
            Self::Scte35Enhanced => "SCTE35_ENHANCED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DATERANGE", "SCTE35_ENHANCED"]
    }
}
impl ::std::convert::From<AdMarkupType> for ::forma_core::Value<AdMarkupType> {
    fn from(v: AdMarkupType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AdMarkupType {}

/// <p>HLS playlist configuration parameters.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct HlsPlaylistSettings {
    props: ::forma_core::schema::Props,
}
impl HlsPlaylistSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>Determines the type of SCTE 35 tags to use in ad markup.
    pub fn ad_markup_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AdMarkupType>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>The total duration (in seconds) of each manifest.
    pub fn manifest_window_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HlsPlaylistSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HlsPlaylistSettings> for ::forma_core::Value<HlsPlaylistSettings> {
    fn from(v: HlsPlaylistSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HLS_PLAYLIST_SETTINGS_TYPE.properties))
    }
}

/// The schema of `AWS::MediaTailor::Channel`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaTailor::Channel",
    properties: &[
        ::forma_core::schema::Property {
            name: "Audiences",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ChannelName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FillerSlate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SLATE_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LogConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOG_CONFIGURATION_FOR_CHANNEL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Outputs",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REQUEST_OUTPUT_ITEM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PlaybackMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LOOP", "LINEAR"]),
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
            name: "Tier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["BASIC", "STANDARD"]),
        },
        ::forma_core::schema::Property {
            name: "TimeShiftConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIME_SHIFT_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static SLATE_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::Channel.SlateSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "SourceLocationName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VodSourceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LOG_CONFIGURATION_FOR_CHANNEL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::Channel.LogConfigurationForChannel",
    properties: &[::forma_core::schema::Property {
        name: "LogTypes",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Enum(&["AS_RUN"]),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static REQUEST_OUTPUT_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::Channel.RequestOutputItem",
    properties: &[
        ::forma_core::schema::Property {
            name: "DashPlaylistSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DASH_PLAYLIST_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HlsPlaylistSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HLS_PLAYLIST_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ManifestName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceGroup",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::Channel.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TIME_SHIFT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::Channel.TimeShiftConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "MaxTimeDelaySeconds",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static DASH_PLAYLIST_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::Channel.DashPlaylistSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ManifestWindowSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinBufferTimeSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinUpdatePeriodSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SuggestedPresentationDelaySeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static HLS_PLAYLIST_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::Channel.HlsPlaylistSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdMarkupType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["DATERANGE", "SCTE35_ENHANCED"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ManifestWindowSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
