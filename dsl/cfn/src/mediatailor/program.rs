// @generated from AWS::MediaTailor::Program (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaTailor::Program` and its property types.

/// Resource schema for AWS::MediaTailor::Program
///
/// CloudFormation type `AWS::MediaTailor::Program`.
#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    props: ::forma_core::schema::Props,
}
impl Program {
    /// A new resource with its required properties: `ChannelName`, `ProgramName`, `SourceLocationName`.
    #[track_caller]
    pub fn new(
        channel_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        program_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_location_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, channel_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, program_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, source_location_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ad break configuration settings.
    #[track_caller]
    pub fn ad_breaks(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AdBreak>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of AudienceMedia defined in program.
    #[track_caller]
    pub fn audience_media(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AudienceMedia>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the LiveSource for this Program.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn live_source_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The schedule configuration settings.
    #[track_caller]
    pub fn schedule_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ScheduleConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name that's used to refer to a VOD source.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vod_source_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Program {
    type Attributes = ProgramAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaTailor::Program"
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
/// The attributes of a `AWS::MediaTailor::Program` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ProgramAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ProgramAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ProgramAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `ScheduledStartTime`.
    pub fn scheduled_start_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ScheduledStartTime")
    }
    /// `Fn::GetAtt` `ClipRange`.
    pub fn clip_range(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ClipRange")
    }
    /// `Fn::GetAtt` `DurationMillis`.
    pub fn duration_millis(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "DurationMillis")
    }
}

/// The values CloudFormation documents: `SPLICE_INSERT`, `TIME_SIGNAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MessageType {
    /// `SPLICE_INSERT`
    SpliceInsert,
    /// `TIME_SIGNAL`
    TimeSignal,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MessageType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SpliceInsert => "SPLICE_INSERT",
            Self::TimeSignal => "TIME_SIGNAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SPLICE_INSERT", "TIME_SIGNAL"]
    }
}
impl ::std::convert::From<MessageType> for ::forma_core::Value<MessageType> {
    fn from(v: MessageType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MessageType {}

/// Ad break configuration parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct AdBreak {
    props: ::forma_core::schema::Props,
}
impl AdBreak {
    /// A new value with its required properties: `OffsetMillis`.
    pub fn new(offset_millis: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, offset_millis.into().into_expr());
        Self { props }
    }
    /// Defines a list of key/value pairs that MediaTailor generates within the EXT-X-ASSET tag for SCTE35_ENHANCED output.
    pub fn ad_break_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<KeyValuePair>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The SCTE-35 ad insertion type.
    pub fn message_type(mut self, value: impl ::forma_core::schema::EnumArg<MessageType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Slate VOD source configuration.
    pub fn slate(mut self, value: impl ::std::convert::Into<::forma_core::Value<SlateSource>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Splice insert message configuration.
    pub fn splice_insert_message(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SpliceInsertMessage>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The SCTE-35 time_signal message configuration.
    pub fn time_signal_message(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TimeSignalMessage>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AdBreak> for ::forma_core::Value<AdBreak> {
    fn from(v: AdBreak) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AD_BREAK_TYPE.properties))
    }
}

/// An AudienceMedia object contains an Audience and a list of AlternateMedia.
#[derive(Debug, Clone, PartialEq)]
pub struct AudienceMedia {
    props: ::forma_core::schema::Props,
}
impl AudienceMedia {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The list of AlternateMedia defined in AudienceMedia.
    pub fn alternate_media(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AlternateMedia>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Audience defined in AudienceMedia.
    pub fn audience(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudienceMedia {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudienceMedia> for ::forma_core::Value<AudienceMedia> {
    fn from(v: AudienceMedia) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIENCE_MEDIA_TYPE.properties))
    }
}

/// Schedule configuration parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduleConfiguration {
    props: ::forma_core::schema::Props,
}
impl ScheduleConfiguration {
    /// A new value with its required properties: `Transition`.
    pub fn new(transition: impl ::std::convert::Into<::forma_core::Value<Transition>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, transition.into().into_expr());
        Self { props }
    }
    /// Clip range configuration for the VOD source associated with the program.
    pub fn clip_range(mut self, value: impl ::std::convert::Into<::forma_core::Value<ClipRange>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ScheduleConfiguration> for ::forma_core::Value<ScheduleConfiguration> {
    fn from(v: ScheduleConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULE_CONFIGURATION_TYPE.properties))
    }
}

/// For SCTE35_ENHANCED output, defines a key and corresponding value.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyValuePair {
    props: ::forma_core::schema::Props,
}
impl KeyValuePair {
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
impl ::std::convert::From<KeyValuePair> for ::forma_core::Value<KeyValuePair> {
    fn from(v: KeyValuePair) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KEY_VALUE_PAIR_TYPE.properties))
    }
}

/// Slate VOD source configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct SlateSource {
    props: ::forma_core::schema::Props,
}
impl SlateSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the source location where the slate VOD source is stored.
    pub fn source_location_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The slate VOD source name.
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

/// Splice insert message configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct SpliceInsertMessage {
    props: ::forma_core::schema::Props,
}
impl SpliceInsertMessage {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// This is written to splice_insert.avail_num.
    pub fn avail_num(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// This is written to splice_insert.avails_expected.
    pub fn avails_expected(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// This is written to splice_insert.splice_event_id.
    pub fn splice_event_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// This is written to splice_insert.unique_program_id.
    pub fn unique_program_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SpliceInsertMessage {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SpliceInsertMessage> for ::forma_core::Value<SpliceInsertMessage> {
    fn from(v: SpliceInsertMessage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPLICE_INSERT_MESSAGE_TYPE.properties))
    }
}

/// The SCTE-35 time_signal message configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeSignalMessage {
    props: ::forma_core::schema::Props,
}
impl TimeSignalMessage {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The configurations for the SCTE-35 segmentation_descriptor message(s).
    pub fn segmentation_descriptors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SegmentationDescriptor>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TimeSignalMessage {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TimeSignalMessage> for ::forma_core::Value<TimeSignalMessage> {
    fn from(v: TimeSignalMessage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIME_SIGNAL_MESSAGE_TYPE.properties))
    }
}

/// A playlist of media to be played instead of the default media on a particular program.
#[derive(Debug, Clone, PartialEq)]
pub struct AlternateMedia {
    props: ::forma_core::schema::Props,
}
impl AlternateMedia {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Ad break configuration parameters defined in AlternateMedia.
    pub fn ad_breaks(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AdBreak>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Clip range configuration for the VOD source associated with the program.
    pub fn clip_range(mut self, value: impl ::std::convert::Into<::forma_core::Value<ClipRange>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The duration of the alternateMedia in milliseconds.
    pub fn duration_millis(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The name of the live source for alternateMedia.
    pub fn live_source_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The date and time that the alternateMedia is scheduled to start, in epoch milliseconds.
    pub fn scheduled_start_time_millis(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The name of the source location for alternateMedia.
    pub fn source_location_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The name of the VOD source for alternateMedia.
    pub fn vod_source_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AlternateMedia {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AlternateMedia> for ::forma_core::Value<AlternateMedia> {
    fn from(v: AlternateMedia) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALTERNATE_MEDIA_TYPE.properties))
    }
}

/// Clip range configuration for the VOD source associated with the program.
#[derive(Debug, Clone, PartialEq)]
pub struct ClipRange {
    props: ::forma_core::schema::Props,
}
impl ClipRange {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The end offset of the clip range, in milliseconds.
    pub fn end_offset_millis(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The start offset of the clip range, in milliseconds.
    pub fn start_offset_millis(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ClipRange {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ClipRange> for ::forma_core::Value<ClipRange> {
    fn from(v: ClipRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLIP_RANGE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BEFORE_PROGRAM`, `AFTER_PROGRAM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RelativePosition {
    /// `BEFORE_PROGRAM`
    BeforeProgram,
    /// `AFTER_PROGRAM`
    AfterProgram,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RelativePosition {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BeforeProgram => "BEFORE_PROGRAM",
            Self::AfterProgram => "AFTER_PROGRAM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BEFORE_PROGRAM", "AFTER_PROGRAM"]
    }
}
impl ::std::convert::From<RelativePosition> for ::forma_core::Value<RelativePosition> {
    fn from(v: RelativePosition) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RelativePosition {}

/// Program transition configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Transition {
    props: ::forma_core::schema::Props,
}
impl Transition {
    /// A new value with its required properties: `RelativePosition`, `Type`.
    pub fn new(
        relative_position: impl ::forma_core::schema::EnumArg<RelativePosition>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, relative_position.into_enum_expr());
        props.set(4, type_.into().into_expr());
        Self { props }
    }
    /// The duration of the live program in seconds.
    pub fn duration_millis(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the program that this program will be inserted next to.
    pub fn relative_program(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The date and time that the program is scheduled to start, in epoch milliseconds.
    pub fn scheduled_start_time_millis(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Transition> for ::forma_core::Value<Transition> {
    fn from(v: Transition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSITION_TYPE.properties))
    }
}

/// The segmentation_descriptor message configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentationDescriptor {
    props: ::forma_core::schema::Props,
}
impl SegmentationDescriptor {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The segment number to assign.
    pub fn segment_num(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Event Identifier to assign.
    pub fn segmentation_event_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The Type Identifier to assign.
    pub fn segmentation_type_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The Upid to assign.
    pub fn segmentation_upid(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The Upid Type to assign.
    pub fn segmentation_upid_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The number of segments expected.
    pub fn segments_expected(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The sub-segment number to assign.
    pub fn sub_segment_num(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The number of sub-segments expected.
    pub fn sub_segments_expected(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SegmentationDescriptor {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SegmentationDescriptor> for ::forma_core::Value<SegmentationDescriptor> {
    fn from(v: SegmentationDescriptor) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SEGMENTATION_DESCRIPTOR_TYPE.properties))
    }
}

/// The schema of `AWS::MediaTailor::Program`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaTailor::Program",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdBreaks",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AD_BREAK_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AudienceMedia",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AUDIENCE_MEDIA_TYPE),
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
            name: "LiveSourceName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ProgramName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ScheduleConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEDULE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourceLocationName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VodSourceName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreationTime", "ScheduledStartTime", "ClipRange", "DurationMillis"],
};

static AD_BREAK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::Program.AdBreak",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdBreakMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&KEY_VALUE_PAIR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MessageType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SPLICE_INSERT", "TIME_SIGNAL"]),
        },
        ::forma_core::schema::Property {
            name: "OffsetMillis",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Slate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SLATE_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SpliceInsertMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPLICE_INSERT_MESSAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TimeSignalMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIME_SIGNAL_MESSAGE_TYPE),
        },
    ],
    rules: &[],
};

static AUDIENCE_MEDIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::Program.AudienceMedia",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlternateMedia",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ALTERNATE_MEDIA_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Audience",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SCHEDULE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::Program.ScheduleConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClipRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLIP_RANGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Transition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSITION_TYPE),
        },
    ],
    rules: &[],
};

static KEY_VALUE_PAIR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::Program.KeyValuePair",
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

static SLATE_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::Program.SlateSource",
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

static SPLICE_INSERT_MESSAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::Program.SpliceInsertMessage",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailNum",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AvailsExpected",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SpliceEventId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "UniqueProgramId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static TIME_SIGNAL_MESSAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::Program.TimeSignalMessage",
    properties: &[::forma_core::schema::Property {
        name: "SegmentationDescriptors",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&SEGMENTATION_DESCRIPTOR_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static ALTERNATE_MEDIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::Program.AlternateMedia",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdBreaks",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AD_BREAK_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ClipRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLIP_RANGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DurationMillis",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LiveSourceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ScheduledStartTimeMillis",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
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

static CLIP_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::Program.ClipRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndOffsetMillis",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StartOffsetMillis",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static TRANSITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::Program.Transition",
    properties: &[
        ::forma_core::schema::Property {
            name: "DurationMillis",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RelativePosition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BEFORE_PROGRAM", "AFTER_PROGRAM"]),
        },
        ::forma_core::schema::Property {
            name: "RelativeProgram",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ScheduledStartTimeMillis",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SEGMENTATION_DESCRIPTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::Program.SegmentationDescriptor",
    properties: &[
        ::forma_core::schema::Property {
            name: "SegmentNum",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SegmentationEventId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SegmentationTypeId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SegmentationUpid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SegmentationUpidType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SegmentsExpected",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SubSegmentNum",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SubSegmentsExpected",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
