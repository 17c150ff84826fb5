// @generated from AWS::MediaConnect::FlowMediaStream (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaConnect::FlowMediaStream` and its property types.

/// Resource schema for AWS::MediaConnect::FlowMediaStream.
///
/// CloudFormation type `AWS::MediaConnect::FlowMediaStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowMediaStream {
    props: ::forma_core::schema::Props,
}
impl FlowMediaStream {
    /// A new resource with its required properties: `FlowArn`, `MediaStreamId`, `MediaStreamName`, `MediaStreamType`.
    #[track_caller]
    pub fn new(
        flow_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        media_stream_id: impl ::std::convert::Into<::forma_core::Value<i64>>,
        media_stream_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        media_stream_type: impl ::forma_core::schema::EnumArg<MediaStreamType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, flow_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, media_stream_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, media_stream_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, media_stream_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Attributes that are related to the media stream.
    #[track_caller]
    pub fn attributes(mut self, value: impl ::std::convert::Into<::forma_core::Value<MediaStreamAttributes>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The sample rate (in Hz) for the stream.
    #[track_caller]
    pub fn clock_rate(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description that can help you quickly identify what your media stream is used for.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The key-value pairs that can be used to tag and organize the media stream.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The resolution of the video.
    #[track_caller]
    pub fn video_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for FlowMediaStream {
    type Attributes = FlowMediaStreamAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaConnect::FlowMediaStream"
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
/// The attributes of a `AWS::MediaConnect::FlowMediaStream` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FlowMediaStreamAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FlowMediaStreamAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FlowMediaStreamAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Fmt`.
    pub fn fmt(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Fmt")
    }
}

/// The values CloudFormation documents: `video`, `audio`, `ancillary-data`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MediaStreamType {
    /// `video`
    Video,
    /// `audio`
    Audio,
    /// `ancillary-data`
    AncillaryData,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MediaStreamType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Video => "video",
            Self::Audio => "audio",
            Self::AncillaryData => "ancillary-data",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["video", "audio", "ancillary-data"]
    }
}
impl ::std::convert::From<MediaStreamType> for ::forma_core::Value<MediaStreamType> {
    fn from(v: MediaStreamType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MediaStreamType {}

/// Attributes that are related to the media stream.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaStreamAttributes {
    props: ::forma_core::schema::Props,
}
impl MediaStreamAttributes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A set of parameters that define the media stream.
    pub fn fmtp(mut self, value: impl ::std::convert::Into<::forma_core::Value<Fmtp>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The audio language, in a format that is recognized by the receiver.
    pub fn lang(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MediaStreamAttributes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MediaStreamAttributes> for ::forma_core::Value<MediaStreamAttributes> {
    fn from(v: MediaStreamAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEDIA_STREAM_ATTRIBUTES_TYPE.properties))
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

/// The values CloudFormation documents: `BT601`, `BT709`, `BT2020`, `BT2100`, `ST2065-1`, `ST2065-3`, `XYZ`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Colorimetry {
    /// `BT601`
    Bt601,
    /// `BT709`
    Bt709,
    /// `BT2020`
    Bt2020,
    /// `BT2100`
    Bt2100,
    /// `ST2065-1`
    St20651,
    /// `ST2065-3`
    St20653,
    /// `XYZ`
    Xyz,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Colorimetry {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bt601 => "BT601",
            Self::Bt709 => "BT709",
            Self::Bt2020 => "BT2020",
            Self::Bt2100 => "BT2100",
            Self::St20651 => "ST2065-1",
            Self::St20653 => "ST2065-3",
            Self::Xyz => "XYZ",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BT601", "BT709", "BT2020", "BT2100", "ST2065-1", "ST2065-3", "XYZ"]
    }
}
impl ::std::convert::From<Colorimetry> for ::forma_core::Value<Colorimetry> {
    fn from(v: Colorimetry) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Colorimetry {}

/// The values CloudFormation documents: `NARROW`, `FULL`, `FULLPROTECT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Range {
    /// `NARROW`
    Narrow,
    /// `FULL`
    Full,
    /// `FULLPROTECT`
    Fullprotect,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Range {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Narrow => "NARROW",
            Self::Full => "FULL",
            Self::Fullprotect => "FULLPROTECT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NARROW", "FULL", "FULLPROTECT"]
    }
}
impl ::std::convert::From<Range> for ::forma_core::Value<Range> {
    fn from(v: Range) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Range {}

/// The values CloudFormation documents: `progressive`, `interlace`, `progressive-segmented-frame`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScanMode {
    /// `progressive`
    Progressive,
    /// `interlace`
    Interlace,
    /// `progressive-segmented-frame`
    ProgressiveSegmentedFrame,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScanMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Progressive => "progressive",
            Self::Interlace => "interlace",
            Self::ProgressiveSegmentedFrame => "progressive-segmented-frame",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["progressive", "interlace", "progressive-segmented-frame"]
    }
}
impl ::std::convert::From<ScanMode> for ::forma_core::Value<ScanMode> {
    fn from(v: ScanMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScanMode {}

/// The values CloudFormation documents: `SDR`, `PQ`, `HLG`, `LINEAR`, `BT2100LINPQ`, `BT2100LINHLG`, `ST2065-1`, `ST428-1`, `DENSITY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Tcs {
    /// `SDR`
    Sdr,
    /// `PQ`
    Pq,
    /// `HLG`
    Hlg,
    /// `LINEAR`
    Linear,
    /// `BT2100LINPQ`
    Bt2100Linpq,
    /// `BT2100LINHLG`
    Bt2100Linhlg,
    /// `ST2065-1`
    St20651,
    /// `ST428-1`
    St4281,
    /// `DENSITY`
    Density,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Tcs {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sdr => "SDR",
            Self::Pq => "PQ",
            Self::Hlg => "HLG",
            Self::Linear => "LINEAR",
            Self::Bt2100Linpq => "BT2100LINPQ",
            Self::Bt2100Linhlg => "BT2100LINHLG",
            Self::St20651 => "ST2065-1",
            Self::St4281 => "ST428-1",
            Self::Density => "DENSITY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SDR", "PQ", "HLG", "LINEAR", "BT2100LINPQ", "BT2100LINHLG", "ST2065-1", "ST428-1", "DENSITY"]
    }
}
impl ::std::convert::From<Tcs> for ::forma_core::Value<Tcs> {
    fn from(v: Tcs) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Tcs {}

/// A set of parameters that define the media stream.
#[derive(Debug, Clone, PartialEq)]
pub struct Fmtp {
    props: ::forma_core::schema::Props,
}
impl Fmtp {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The format of the audio channel.
    pub fn channel_order(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The format used for the representation of color.
    pub fn colorimetry(mut self, value: impl ::forma_core::schema::EnumArg<Colorimetry>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The frame rate for the video stream, in frames/second.
    pub fn exact_framerate(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The pixel aspect ratio (PAR) of the video.
    pub fn par(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The encoding range of the video.
    pub fn range(mut self, value: impl ::forma_core::schema::EnumArg<Range>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// The type of compression that was used to smooth the video's appearance.
    pub fn scan_mode(mut self, value: impl ::forma_core::schema::EnumArg<ScanMode>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// The transfer characteristic system (TCS) that is used in the video.
    pub fn tcs(mut self, value: impl ::forma_core::schema::EnumArg<Tcs>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Fmtp {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Fmtp> for ::forma_core::Value<Fmtp> {
    fn from(v: Fmtp) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FMTP_TYPE.properties))
    }
}

/// The schema of `AWS::MediaConnect::FlowMediaStream`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaConnect::FlowMediaStream",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEDIA_STREAM_ATTRIBUTES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ClockRate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FlowArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:(aws[a-zA-Z-]*):mediaconnect:[a-z0-9-]+:[0-9]{12}:flow:[a-zA-Z0-9-]+:[a-zA-Z0-9_-]+$",
                ),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MediaStreamId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MediaStreamName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MediaStreamType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["video", "audio", "ancillary-data"]),
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
            name: "VideoFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Fmt"],
};

static MEDIA_STREAM_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::FlowMediaStream.MediaStreamAttributes",
    properties: &[
        ::forma_core::schema::Property {
            name: "Fmtp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FMTP_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Lang",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::FlowMediaStream.Tag",
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

static FMTP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::FlowMediaStream.Fmtp",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChannelOrder",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Colorimetry",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "BT601", "BT709", "BT2020", "BT2100", "ST2065-1", "ST2065-3", "XYZ",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ExactFramerate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Par",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Range",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NARROW", "FULL", "FULLPROTECT"]),
        },
        ::forma_core::schema::Property {
            name: "ScanMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["progressive", "interlace", "progressive-segmented-frame"]),
        },
        ::forma_core::schema::Property {
            name: "Tcs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SDR",
                "PQ",
                "HLG",
                "LINEAR",
                "BT2100LINPQ",
                "BT2100LINHLG",
                "ST2065-1",
                "ST428-1",
                "DENSITY",
            ]),
        },
    ],
    rules: &[],
};
