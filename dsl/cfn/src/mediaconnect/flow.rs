// @generated from AWS::MediaConnect::Flow (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaConnect::Flow` and its property types.

/// Resource Type definition for AWS::MediaConnect::Flow
///
/// CloudFormation type `AWS::MediaConnect::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    props: ::forma_core::schema::Props,
}
impl Flow {
    /// A new resource with its required properties: `Name`, `Source`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source: impl ::std::convert::Into<::forma_core::Value<Source>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, source.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The Availability Zone that you want to create the flow in.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The encoding configuration to apply to the NDI source content when transcoding it to a transport stream (TS) for downstream distribution.
    #[track_caller]
    pub fn encoding_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<EncodingConfig>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Determines the processing capacity and feature set of the flow.
    #[track_caller]
    pub fn flow_size(mut self, value: impl ::forma_core::schema::EnumArg<FlowSize>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maintenance settings you want to use for the flow.
    #[track_caller]
    pub fn maintenance(mut self, value: impl ::std::convert::Into<::forma_core::Value<Maintenance>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The media streams associated with the flow.
    #[track_caller]
    pub fn media_streams(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MediaStream>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the configuration settings for NDI sources and outputs.
    #[track_caller]
    pub fn ndi_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<NdiConfig>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The source failover config of the flow.
    #[track_caller]
    pub fn source_failover_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FailoverConfig>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The source monitoring config of the flow.
    #[track_caller]
    pub fn source_monitoring_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SourceMonitoringConfig>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Key-value pairs that can be used to tag this flow.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The VPC interfaces that you added to this flow.
    #[track_caller]
    pub fn vpc_interfaces(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VpcInterface>>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Flow {
    type Attributes = FlowAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaConnect::Flow"
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
/// The attributes of a `AWS::MediaConnect::Flow` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FlowAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FlowAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FlowAttributes {
    /// `Fn::GetAtt` `FlowArn`.
    pub fn flow_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FlowArn")
    }
    /// `Fn::GetAtt` `FlowAvailabilityZone`.
    pub fn flow_availability_zone(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FlowAvailabilityZone")
    }
    /// `Fn::GetAtt` `Source.SourceArn`.
    pub fn source_source_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Source.SourceArn")
    }
    /// `Fn::GetAtt` `Source.IngestIp`.
    pub fn source_ingest_ip(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Source.IngestIp")
    }
    /// `Fn::GetAtt` `Source.SourceIngestPort`.
    pub fn source_source_ingest_port(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Source.SourceIngestPort")
    }
    /// `Fn::GetAtt` `EgressIp`.
    pub fn egress_ip(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EgressIp")
    }
    /// `Fn::GetAtt` `FlowNdiMachineName`.
    pub fn flow_ndi_machine_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FlowNdiMachineName")
    }
}

/// The values CloudFormation documents: `MEDIUM`, `LARGE`, `LARGE_4X`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FlowSize {
    /// `MEDIUM`
    Medium,
    /// `LARGE`
    Large,
    /// `LARGE_4X`
    Large4X,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FlowSize {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Medium => "MEDIUM",
            Self::Large => "LARGE",
            Self::Large4X => "LARGE_4X",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MEDIUM", "LARGE", "LARGE_4X"]
    }
}
impl ::std::convert::From<FlowSize> for ::forma_core::Value<FlowSize> {
    fn from(v: FlowSize) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FlowSize {}

/// The values CloudFormation documents: `DISTRIBUTION_H264_DEFAULT`, `CONTRIBUTION_H264_DEFAULT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncodingProfile {
    /// `DISTRIBUTION_H264_DEFAULT`
    DistributionH264Default,
    /// `CONTRIBUTION_H264_DEFAULT`
    ContributionH264Default,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncodingProfile {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DistributionH264Default => "DISTRIBUTION_H264_DEFAULT",
            Self::ContributionH264Default => "CONTRIBUTION_H264_DEFAULT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISTRIBUTION_H264_DEFAULT", "CONTRIBUTION_H264_DEFAULT"]
    }
}
impl ::std::convert::From<EncodingProfile> for ::forma_core::Value<EncodingProfile> {
    fn from(v: EncodingProfile) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncodingProfile {}

/// The `EncodingConfig` property type of `AWS::MediaConnect::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct EncodingConfig {
    props: ::forma_core::schema::Props,
}
impl EncodingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The encoding profile to use when transcoding the NDI source to a Transport Stream.
    pub fn encoding_profile(mut self, value: impl ::forma_core::schema::EnumArg<EncodingProfile>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The maximum video bitrate to use when transcoding the NDI source to a Transport Stream.
    pub fn video_max_bitrate(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EncodingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EncodingConfig> for ::forma_core::Value<EncodingConfig> {
    fn from(v: EncodingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCODING_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Monday`, `Tuesday`, `Wednesday`, `Thursday`, `Friday`, `Saturday`, `Sunday`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MaintenanceDay {
    /// `Monday`
    Monday,
    /// `Tuesday`
    Tuesday,
    /// `Wednesday`
    Wednesday,
    /// `Thursday`
    Thursday,
    /// `Friday`
    Friday,
    /// `Saturday`
    Saturday,
    /// `Sunday`
    Sunday,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MaintenanceDay {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Monday => "Monday",
            Self::Tuesday => "Tuesday",
            Self::Wednesday => "Wednesday",
            Self::Thursday => "Thursday",
            Self::Friday => "Friday",
            Self::Saturday => "Saturday",
            Self::Sunday => "Sunday",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    }
}
impl ::std::convert::From<MaintenanceDay> for ::forma_core::Value<MaintenanceDay> {
    fn from(v: MaintenanceDay) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MaintenanceDay {}

/// The maintenance setting of a flow.
#[derive(Debug, Clone, PartialEq)]
pub struct Maintenance {
    props: ::forma_core::schema::Props,
}
impl Maintenance {
    /// A new value with its required properties: `MaintenanceDay`, `MaintenanceStartHour`.
    pub fn new(
        maintenance_day: impl ::forma_core::schema::EnumArg<MaintenanceDay>,
        maintenance_start_hour: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, maintenance_day.into_enum_expr());
        props.set(1, maintenance_start_hour.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Maintenance> for ::forma_core::Value<Maintenance> {
    fn from(v: Maintenance) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAINTENANCE_TYPE.properties))
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

/// The values CloudFormation documents: `2160p`, `1080p`, `1080i`, `720p`, `480p`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VideoFormat {
    /// `2160p`
    V2160p,
    /// `1080p`
    V1080p,
    /// `1080i`
    V1080i,
    /// `720p`
    V720p,
    /// `480p`
    V480p,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VideoFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V2160p => "2160p",
            Self::V1080p => "1080p",
            Self::V1080i => "1080i",
            Self::V720p => "720p",
            Self::V480p => "480p",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["2160p", "1080p", "1080i", "720p", "480p"]
    }
}
impl ::std::convert::From<VideoFormat> for ::forma_core::Value<VideoFormat> {
    fn from(v: VideoFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VideoFormat {}

/// A single track or stream of media that contains video, audio, or ancillary data.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaStream {
    props: ::forma_core::schema::Props,
}
impl MediaStream {
    /// A new value with its required properties: `MediaStreamId`, `MediaStreamName`, `MediaStreamType`.
    pub fn new(
        media_stream_id: impl ::std::convert::Into<::forma_core::Value<i64>>,
        media_stream_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        media_stream_type: impl ::forma_core::schema::EnumArg<MediaStreamType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, media_stream_id.into().into_expr());
        props.set(5, media_stream_name.into().into_expr());
        props.set(6, media_stream_type.into_enum_expr());
        Self { props }
    }
    /// Attributes that are related to the media stream.
    pub fn attributes(mut self, value: impl ::std::convert::Into<::forma_core::Value<MediaStreamAttributes>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The sample rate for the stream.
    pub fn clock_rate(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A description that can help you quickly identify what your media stream is used for.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The format type number (sometimes referred to as RTP payload type) of the media stream.
    pub fn fmt(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Key-value pairs that can be used to tag this media stream.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The resolution of the video.
    pub fn video_format(mut self, value: impl ::forma_core::schema::EnumArg<VideoFormat>) -> Self {
        self.props.set(8, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<MediaStream> for ::forma_core::Value<MediaStream> {
    fn from(v: MediaStream) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEDIA_STREAM_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NdiState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NdiState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<NdiState> for ::forma_core::Value<NdiState> {
    fn from(v: NdiState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NdiState {}

/// Specifies the configuration settings for NDI sources and outputs.
#[derive(Debug, Clone, PartialEq)]
pub struct NdiConfig {
    props: ::forma_core::schema::Props,
}
impl NdiConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A prefix for the names of the NDI sources that the flow creates.
    pub fn machine_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of up to three NDI discovery server configurations.
    pub fn ndi_discovery_servers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NdiDiscoveryServerConfig>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A setting that controls whether NDI sources or outputs can be used in the flow.
    pub fn ndi_state(mut self, value: impl ::forma_core::schema::EnumArg<NdiState>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for NdiConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NdiConfig> for ::forma_core::Value<NdiConfig> {
    fn from(v: NdiConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NDI_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `zixi-push`, `rtp-fec`, `rtp`, `rist`, `srt-listener`, `srt-caller`, `st2110-jpegxs`, `cdi`, `ndi-speed-hq`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `zixi-push`
    ZixiPush,
    /// `rtp-fec`
    RtpFec,
    /// `rtp`
    Rtp,
    /// `rist`
    Rist,
    /// `srt-listener`
    SrtListener,
    /// `srt-caller`
    SrtCaller,
    /// `st2110-jpegxs`
    St2110Jpegxs,
    /// `cdi`
    Cdi,
    /// `ndi-speed-hq`
    NdiSpeedHq,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Protocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ZixiPush => "zixi-push",
            Self::RtpFec => "rtp-fec",
            Self::Rtp => "rtp",
            Self::Rist => "rist",
            Self::SrtListener => "srt-listener",
            Self::SrtCaller => "srt-caller",
            Self::St2110Jpegxs => "st2110-jpegxs",
            Self::Cdi => "cdi",
            Self::NdiSpeedHq => "ndi-speed-hq",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["zixi-push", "rtp-fec", "rtp", "rist", "srt-listener", "srt-caller", "st2110-jpegxs", "cdi", "ndi-speed-hq"]
    }
}
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Protocol {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RouterIntegrationState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RouterIntegrationState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<RouterIntegrationState> for ::forma_core::Value<RouterIntegrationState> {
    fn from(v: RouterIntegrationState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RouterIntegrationState {}

/// The settings for the source of the flow.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    props: ::forma_core::schema::Props,
}
impl Source {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The type of decryption that is used on the content ingested from this source.
    pub fn decryption(mut self, value: impl ::std::convert::Into<::forma_core::Value<Encryption>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A description for the source.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The ARN of the entitlement that allows you to subscribe to content that comes from another AWS account.
    pub fn entitlement_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The source configuration for cloud flows receiving a stream from a bridge.
    pub fn gateway_bridge_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GatewayBridgeSource>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The IP address that the flow will be listening on for incoming content.
    pub fn ingest_ip(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The port that the flow will be listening on for incoming content.
    pub fn ingest_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The smoothing max bitrate for RIST, RTP, and RTP-FEC streams.
    pub fn max_bitrate(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The maximum latency in milliseconds.
    pub fn max_latency(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The size of the buffer (in milliseconds) to use to sync incoming source data.
    pub fn max_sync_buffer(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The media stream that is associated with the source, and the parameters for that association.
    pub fn media_stream_source_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MediaStreamSourceConfiguration>>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The minimum latency in milliseconds.
    pub fn min_latency(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// The name of the source.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// The settings for the NDI flow source.
    pub fn ndi_source_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NdiSourceSettings>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// The protocol that is used by the source.
    pub fn protocol(mut self, value: impl ::forma_core::schema::EnumArg<Protocol>) -> Self {
        self.props.set(13, value.into_enum_expr());
        self
    }
    /// `RouterIntegrationState`.
    pub fn router_integration_state(
        mut self,
        value: impl ::forma_core::schema::EnumArg<RouterIntegrationState>,
    ) -> Self {
        self.props.set(14, value.into_enum_expr());
        self
    }
    /// The configuration that defines how content is encrypted during transit between the MediaConnect router and a MediaConnect flow.
    pub fn router_integration_transit_decryption(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FlowTransitEncryption>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// The port that the flow uses to send outbound requests to initiate connection with the sender for fujitsu-qos protocol.
    pub fn sender_control_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// The IP address that the flow communicates with to initiate connection with the sender for fujitsu-qos protocol.
    pub fn sender_ip_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// The ARN of the source.
    pub fn source_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// The port that the flow will be listening on for incoming content.(ReadOnly)
    pub fn source_ingest_port(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// Source IP or domain name for SRT-caller protocol.
    pub fn source_listener_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// Source port for SRT-caller protocol.
    pub fn source_listener_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// The stream ID that you want to use for this transport.
    pub fn stream_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
    /// Key-value pairs that can be used to tag this source.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(23, value.into().into_expr());
        self
    }
    /// The name of the VPC Interface this Source is configured with.
    pub fn vpc_interface_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(24, value.into().into_expr());
        self
    }
    /// The range of IP addresses that should be allowed to contribute content to your source.
    pub fn whitelist_cidr(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(25, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Source {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Source> for ::forma_core::Value<Source> {
    fn from(v: Source) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `MERGE`, `FAILOVER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FailoverMode {
    /// `MERGE`
    Merge,
    /// `FAILOVER`
    Failover,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FailoverMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Merge => "MERGE",
            Self::Failover => "FAILOVER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MERGE", "FAILOVER"]
    }
}
impl ::std::convert::From<FailoverMode> for ::forma_core::Value<FailoverMode> {
    fn from(v: FailoverMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FailoverMode {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum State {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl State {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<State> for ::forma_core::Value<State> {
    fn from(v: State) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for State {}

/// The settings for source failover
#[derive(Debug, Clone, PartialEq)]
pub struct FailoverConfig {
    props: ::forma_core::schema::Props,
}
impl FailoverConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The type of failover you choose for this flow.
    pub fn failover_mode(mut self, value: impl ::forma_core::schema::EnumArg<FailoverMode>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Search window time to look for dash-7 packets
    pub fn recovery_window(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The priority you want to assign to a source.
    pub fn source_priority(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FailoverConfigSourcePriority>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `State`.
    pub fn state(mut self, value: impl ::forma_core::schema::EnumArg<State>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for FailoverConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FailoverConfig> for ::forma_core::Value<FailoverConfig> {
    fn from(v: FailoverConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FAILOVER_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentQualityAnalysisState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContentQualityAnalysisState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<ContentQualityAnalysisState> for ::forma_core::Value<ContentQualityAnalysisState> {
    fn from(v: ContentQualityAnalysisState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContentQualityAnalysisState {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ThumbnailState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ThumbnailState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<ThumbnailState> for ::forma_core::Value<ThumbnailState> {
    fn from(v: ThumbnailState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ThumbnailState {}

/// The settings for source monitoring.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceMonitoringConfig {
    props: ::forma_core::schema::Props,
}
impl SourceMonitoringConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Contains the settings for audio stream metrics monitoring.
    pub fn audio_monitoring_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AudioMonitoringSetting>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether content quality analysis is enabled or disabled.
    pub fn content_quality_analysis_state(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ContentQualityAnalysisState>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The state of thumbnail monitoring.
    pub fn thumbnail_state(mut self, value: impl ::forma_core::schema::EnumArg<ThumbnailState>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Contains the settings for video stream metrics monitoring.
    pub fn video_monitoring_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VideoMonitoringSetting>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SourceMonitoringConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SourceMonitoringConfig> for ::forma_core::Value<SourceMonitoringConfig> {
    fn from(v: SourceMonitoringConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_MONITORING_CONFIG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::MediaConnect::Flow`.
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

/// The values CloudFormation documents: `ena`, `efa`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NetworkInterfaceType {
    /// `ena`
    Ena,
    /// `efa`
    Efa,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NetworkInterfaceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ena => "ena",
            Self::Efa => "efa",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ena", "efa"]
    }
}
impl ::std::convert::From<NetworkInterfaceType> for ::forma_core::Value<NetworkInterfaceType> {
    fn from(v: NetworkInterfaceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NetworkInterfaceType {}

/// The details of a VPC interface.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcInterface {
    props: ::forma_core::schema::Props,
}
impl VpcInterface {
    /// A new value with its required properties: `Name`, `RoleArn`, `SecurityGroupIds`, `SubnetId`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        security_group_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        subnet_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(3, role_arn.into().into_expr());
        props.set(4, security_group_ids.into().into_expr());
        props.set(5, subnet_id.into().into_expr());
        Self { props }
    }
    /// IDs of the network interfaces created in customer's account by MediaConnect.
    pub fn network_interface_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The type of network adapter that you want MediaConnect to use on this interface.
    pub fn network_interface_type(mut self, value: impl ::forma_core::schema::EnumArg<NetworkInterfaceType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Key-value pairs that can be used to tag this VPC interface.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VpcInterface> for ::forma_core::Value<VpcInterface> {
    fn from(v: VpcInterface) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_INTERFACE_TYPE.properties))
    }
}

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

/// Specifies the configuration settings for individual NDI discovery servers.
#[derive(Debug, Clone, PartialEq)]
pub struct NdiDiscoveryServerConfig {
    props: ::forma_core::schema::Props,
}
impl NdiDiscoveryServerConfig {
    /// A new value with its required properties: `DiscoveryServerAddress`, `VpcInterfaceAdapter`.
    pub fn new(
        discovery_server_address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vpc_interface_adapter: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, discovery_server_address.into().into_expr());
        props.set(2, vpc_interface_adapter.into().into_expr());
        Self { props }
    }
    /// The port for the NDI discovery server.
    pub fn discovery_server_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<NdiDiscoveryServerConfig> for ::forma_core::Value<NdiDiscoveryServerConfig> {
    fn from(v: NdiDiscoveryServerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NDI_DISCOVERY_SERVER_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `aes128`, `aes192`, `aes256`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Algorithm {
    /// `aes128`
    Aes128,
    /// `aes192`
    Aes192,
    /// `aes256`
    Aes256,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Algorithm {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aes128 => "aes128",
            Self::Aes192 => "aes192",
            Self::Aes256 => "aes256",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["aes128", "aes192", "aes256"]
    }
}
impl ::std::convert::From<Algorithm> for ::forma_core::Value<Algorithm> {
    fn from(v: Algorithm) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Algorithm {}

/// The values CloudFormation documents: `speke`, `static-key`, `srt-password`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyType {
    /// `speke`
    Speke,
    /// `static-key`
    StaticKey,
    /// `srt-password`
    SrtPassword,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KeyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Speke => "speke",
            Self::StaticKey => "static-key",
            Self::SrtPassword => "srt-password",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["speke", "static-key", "srt-password"]
    }
}
impl ::std::convert::From<KeyType> for ::forma_core::Value<KeyType> {
    fn from(v: KeyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KeyType {}

/// Information about the encryption of the flow.
#[derive(Debug, Clone, PartialEq)]
pub struct Encryption {
    props: ::forma_core::schema::Props,
}
impl Encryption {
    /// A new value with its required properties: `RoleArn`.
    pub fn new(role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(6, role_arn.into().into_expr());
        Self { props }
    }
    /// The type of algorithm that is used for the encryption (such as aes128, aes192, or aes256).
    pub fn algorithm(mut self, value: impl ::forma_core::schema::EnumArg<Algorithm>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// A 128-bit, 16-byte hex value represented by a 32-character string, to be used with the key for encrypting content.
    pub fn constant_initialization_vector(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The value of one of the devices that you configured with your digital rights management (DRM) platform key provider.
    pub fn device_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The type of key that is used for the encryption.
    pub fn key_type(mut self, value: impl ::forma_core::schema::EnumArg<KeyType>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// The AWS Region that the API Gateway proxy endpoint was created in.
    pub fn region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// An identifier for the content.
    pub fn resource_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The ARN of the secret that you created in AWS Secrets Manager to store the encryption key.
    pub fn secret_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The URL from the API Gateway proxy that you set up to talk to your key server.
    pub fn url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Encryption> for ::forma_core::Value<Encryption> {
    fn from(v: Encryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_TYPE.properties))
    }
}

/// The source configuration for cloud flows receiving a stream from a bridge.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayBridgeSource {
    props: ::forma_core::schema::Props,
}
impl GatewayBridgeSource {
    /// A new value with its required properties: `BridgeArn`.
    pub fn new(bridge_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bridge_arn.into().into_expr());
        Self { props }
    }
    /// The name of the VPC interface attachment to use for this bridge source.
    pub fn vpc_interface_attachment(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcInterfaceAttachment>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GatewayBridgeSource> for ::forma_core::Value<GatewayBridgeSource> {
    fn from(v: GatewayBridgeSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_BRIDGE_SOURCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `jxsv`, `raw`, `smpte291`, `pcm`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncodingName {
    /// `jxsv`
    Jxsv,
    /// `raw`
    Raw,
    /// `smpte291`
    Smpte291,
    /// `pcm`
    Pcm,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncodingName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Jxsv => "jxsv",
            Self::Raw => "raw",
            Self::Smpte291 => "smpte291",
            Self::Pcm => "pcm",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["jxsv", "raw", "smpte291", "pcm"]
    }
}
impl ::std::convert::From<EncodingName> for ::forma_core::Value<EncodingName> {
    fn from(v: EncodingName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncodingName {}

/// The media stream that is associated with the source, and the parameters for that association.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaStreamSourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl MediaStreamSourceConfiguration {
    /// A new value with its required properties: `EncodingName`, `MediaStreamName`.
    pub fn new(
        encoding_name: impl ::forma_core::schema::EnumArg<EncodingName>,
        media_stream_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, encoding_name.into_enum_expr());
        props.set(2, media_stream_name.into().into_expr());
        Self { props }
    }
    /// The media streams that you want to associate with the source.
    pub fn input_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InputConfiguration>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MediaStreamSourceConfiguration> for ::forma_core::Value<MediaStreamSourceConfiguration> {
    fn from(v: MediaStreamSourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEDIA_STREAM_SOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// The `NdiSourceSettings` property type of `AWS::MediaConnect::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct NdiSourceSettings {
    props: ::forma_core::schema::Props,
}
impl NdiSourceSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The audio reference level of the NDI sender, in dBFS.
    ///
    /// Allowed: -40 to 0.
    pub fn audio_reference_level(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SourceName`.
    pub fn source_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NdiSourceSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NdiSourceSettings> for ::forma_core::Value<NdiSourceSettings> {
    fn from(v: NdiSourceSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NDI_SOURCE_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SECRETS_MANAGER`, `AUTOMATIC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FlowTransitEncryptionKeyType {
    /// `SECRETS_MANAGER`
    SecretsManager,
    /// `AUTOMATIC`
    Automatic,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FlowTransitEncryptionKeyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SecretsManager => "SECRETS_MANAGER",
            Self::Automatic => "AUTOMATIC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SECRETS_MANAGER", "AUTOMATIC"]
    }
}
impl ::std::convert::From<FlowTransitEncryptionKeyType> for ::forma_core::Value<FlowTransitEncryptionKeyType> {
    fn from(v: FlowTransitEncryptionKeyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FlowTransitEncryptionKeyType {}

/// The configuration that defines how content is encrypted during transit between the MediaConnect router and a MediaConnect flow.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowTransitEncryption {
    props: ::forma_core::schema::Props,
}
impl FlowTransitEncryption {
    /// A new value with its required properties: `EncryptionKeyConfiguration`.
    pub fn new(
        encryption_key_configuration: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, encryption_key_configuration.into().into_expr());
        Self { props }
    }
    /// `EncryptionKeyType`.
    pub fn encryption_key_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<FlowTransitEncryptionKeyType>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<FlowTransitEncryption> for ::forma_core::Value<FlowTransitEncryption> {
    fn from(v: FlowTransitEncryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FLOW_TRANSIT_ENCRYPTION_TYPE.properties))
    }
}

/// The priority you want to assign to a source.
#[derive(Debug, Clone, PartialEq)]
pub struct FailoverConfigSourcePriority {
    props: ::forma_core::schema::Props,
}
impl FailoverConfigSourcePriority {
    /// A new value with its required properties: `PrimarySource`.
    pub fn new(primary_source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, primary_source.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FailoverConfigSourcePriority> for ::forma_core::Value<FailoverConfigSourcePriority> {
    fn from(v: FailoverConfigSourcePriority) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FAILOVER_CONFIG_SOURCE_PRIORITY_TYPE.properties))
    }
}

/// Specifies the configuration for audio stream metrics monitoring.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioMonitoringSetting {
    props: ::forma_core::schema::Props,
}
impl AudioMonitoringSetting {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configures settings for the SilentAudio metric.
    pub fn silent_audio(mut self, value: impl ::std::convert::Into<::forma_core::Value<SilentAudio>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AudioMonitoringSetting {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AudioMonitoringSetting> for ::forma_core::Value<AudioMonitoringSetting> {
    fn from(v: AudioMonitoringSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_MONITORING_SETTING_TYPE.properties))
    }
}

/// Specifies the configuration for video stream metrics monitoring.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoMonitoringSetting {
    props: ::forma_core::schema::Props,
}
impl VideoMonitoringSetting {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configures settings for the BlackFrames metric.
    pub fn black_frames(mut self, value: impl ::std::convert::Into<::forma_core::Value<BlackFrames>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configures settings for the FrozenFrames metric.
    pub fn frozen_frames(mut self, value: impl ::std::convert::Into<::forma_core::Value<FrozenFrames>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VideoMonitoringSetting {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VideoMonitoringSetting> for ::forma_core::Value<VideoMonitoringSetting> {
    fn from(v: VideoMonitoringSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIDEO_MONITORING_SETTING_TYPE.properties))
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

/// The settings for attaching a VPC interface to an resource.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcInterfaceAttachment {
    props: ::forma_core::schema::Props,
}
impl VpcInterfaceAttachment {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the VPC interface to use for this resource.
    pub fn vpc_interface_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcInterfaceAttachment {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcInterfaceAttachment> for ::forma_core::Value<VpcInterfaceAttachment> {
    fn from(v: VpcInterfaceAttachment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_INTERFACE_ATTACHMENT_TYPE.properties))
    }
}

/// The transport parameters associated with an incoming media stream.
#[derive(Debug, Clone, PartialEq)]
pub struct InputConfiguration {
    props: ::forma_core::schema::Props,
}
impl InputConfiguration {
    /// A new value with its required properties: `InputPort`, `Interface`.
    pub fn new(
        input_port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        interface: impl ::std::convert::Into<::forma_core::Value<Interface>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, input_port.into().into_expr());
        props.set(1, interface.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InputConfiguration> for ::forma_core::Value<InputConfiguration> {
    fn from(v: InputConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_CONFIGURATION_TYPE.properties))
    }
}

/// Configures settings for the SilentAudio metric.
#[derive(Debug, Clone, PartialEq)]
pub struct SilentAudio {
    props: ::forma_core::schema::Props,
}
impl SilentAudio {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether the SilentAudio metric is enabled or disabled.
    pub fn state(mut self, value: impl ::forma_core::schema::EnumArg<State>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Specifies the number of consecutive seconds of silence that triggers an event or alert.
    pub fn threshold_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SilentAudio {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SilentAudio> for ::forma_core::Value<SilentAudio> {
    fn from(v: SilentAudio) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SILENT_AUDIO_TYPE.properties))
    }
}

/// Configures settings for the BlackFrames metric.
#[derive(Debug, Clone, PartialEq)]
pub struct BlackFrames {
    props: ::forma_core::schema::Props,
}
impl BlackFrames {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether the BlackFrames metric is enabled or disabled.
    pub fn state(mut self, value: impl ::forma_core::schema::EnumArg<State>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Specifies the number of consecutive seconds of black frames that triggers an event or alert.
    pub fn threshold_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BlackFrames {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BlackFrames> for ::forma_core::Value<BlackFrames> {
    fn from(v: BlackFrames) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BLACK_FRAMES_TYPE.properties))
    }
}

/// Configures settings for the FrozenFrames metric.
#[derive(Debug, Clone, PartialEq)]
pub struct FrozenFrames {
    props: ::forma_core::schema::Props,
}
impl FrozenFrames {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether the FrozenFrames metric is enabled or disabled.
    pub fn state(mut self, value: impl ::forma_core::schema::EnumArg<State>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Specifies the number of consecutive seconds of a static image that triggers an event or alert.
    pub fn threshold_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FrozenFrames {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FrozenFrames> for ::forma_core::Value<FrozenFrames> {
    fn from(v: FrozenFrames) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FROZEN_FRAMES_TYPE.properties))
    }
}

/// The VPC interface that you want to use for the media stream associated with the output.
#[derive(Debug, Clone, PartialEq)]
pub struct Interface {
    props: ::forma_core::schema::Props,
}
impl Interface {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Interface> for ::forma_core::Value<Interface> {
    fn from(v: Interface) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTERFACE_TYPE.properties))
    }
}

/// The schema of `AWS::MediaConnect::Flow`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaConnect::Flow",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityZone",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EncodingConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCODING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FlowSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MEDIUM", "LARGE", "LARGE_4X"]),
        },
        ::forma_core::schema::Property {
            name: "Maintenance",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MAINTENANCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MediaStreams",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MEDIA_STREAM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NdiConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NDI_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourceFailoverConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FAILOVER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourceMonitoringConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_MONITORING_CONFIG_TYPE),
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
            name: "VpcInterfaces",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VPC_INTERFACE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "FlowArn",
        "FlowAvailabilityZone",
        "Source.SourceArn",
        "Source.IngestIp",
        "Source.SourceIngestPort",
        "EgressIp",
        "FlowNdiMachineName",
    ],
};

static ENCODING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.EncodingConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncodingProfile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISTRIBUTION_H264_DEFAULT", "CONTRIBUTION_H264_DEFAULT"]),
        },
        ::forma_core::schema::Property {
            name: "VideoMaxBitrate",
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

static MAINTENANCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.Maintenance",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaintenanceDay",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "Monday",
                "Tuesday",
                "Wednesday",
                "Thursday",
                "Friday",
                "Saturday",
                "Sunday",
            ]),
        },
        ::forma_core::schema::Property {
            name: "MaintenanceStartHour",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MEDIA_STREAM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.MediaStream",
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
            name: "Fmt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MediaStreamId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MediaStreamName",
            required: true,
            create_only: false,
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
            shape: ::forma_core::schema::Shape::Enum(&["2160p", "1080p", "1080i", "720p", "480p"]),
        },
    ],
    rules: &[],
};

static NDI_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.NdiConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "MachineName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NdiDiscoveryServers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NDI_DISCOVERY_SERVER_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NdiState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
    ],
    rules: &[],
};

static SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.Source",
    properties: &[
        ::forma_core::schema::Property {
            name: "Decryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EntitlementArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:(aws[a-zA-Z-]*):mediaconnect:[a-z0-9-]+:[0-9]{12}:entitlement:[a-zA-Z0-9-]+:[a-zA-Z0-9_-]+$",
                ),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GatewayBridgeSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GATEWAY_BRIDGE_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IngestIp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IngestPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxBitrate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxLatency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxSyncBuffer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MediaStreamSourceConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MEDIA_STREAM_SOURCE_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MinLatency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NdiSourceSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NDI_SOURCE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "zixi-push",
                "rtp-fec",
                "rtp",
                "rist",
                "srt-listener",
                "srt-caller",
                "st2110-jpegxs",
                "cdi",
                "ndi-speed-hq",
            ]),
        },
        ::forma_core::schema::Property {
            name: "RouterIntegrationState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "RouterIntegrationTransitDecryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FLOW_TRANSIT_ENCRYPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SenderControlPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SenderIpAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:(aws[a-zA-Z-]*):mediaconnect:[a-z0-9-]+:[0-9]{12}:source:[a-zA-Z0-9-]+:[a-zA-Z0-9_-]+$",
                ),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceIngestPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceListenerAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceListenerPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StreamId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
            name: "VpcInterfaceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "WhitelistCidr",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static FAILOVER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.FailoverConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "FailoverMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MERGE", "FAILOVER"]),
        },
        ::forma_core::schema::Property {
            name: "RecoveryWindow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SourcePriority",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FAILOVER_CONFIG_SOURCE_PRIORITY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
    ],
    rules: &[],
};

static SOURCE_MONITORING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.SourceMonitoringConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioMonitoringSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AUDIO_MONITORING_SETTING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ContentQualityAnalysisState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "ThumbnailState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "VideoMonitoringSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VIDEO_MONITORING_SETTING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.Tag",
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

static VPC_INTERFACE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.VpcInterface",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkInterfaceIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NetworkInterfaceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ena", "efa"]),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:(aws[a-zA-Z-]*):iam::[0-9]{12}:role/[a-zA-Z0-9_+=,.@-]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
};

static MEDIA_STREAM_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.MediaStreamAttributes",
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

static NDI_DISCOVERY_SERVER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.NdiDiscoveryServerConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "DiscoveryServerAddress",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DiscoveryServerPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VpcInterfaceAdapter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.Encryption",
    properties: &[
        ::forma_core::schema::Property {
            name: "Algorithm",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["aes128", "aes192", "aes256"]),
        },
        ::forma_core::schema::Property {
            name: "ConstantInitializationVector",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DeviceId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KeyType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["speke", "static-key", "srt-password"]),
        },
        ::forma_core::schema::Property {
            name: "Region",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:(aws[a-zA-Z-]*):iam::[0-9]{12}:role/[a-zA-Z0-9_+=,.@-]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SecretArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:(aws[a-zA-Z-]*):secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[a-zA-Z0-9/_+=.@-]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Url",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static GATEWAY_BRIDGE_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.GatewayBridgeSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "BridgeArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:(aws[a-zA-Z-]*):mediaconnect:[a-z0-9-]+:[0-9]{12}:bridge:[a-zA-Z0-9-]+:[a-zA-Z0-9_-]+$",
                ),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VpcInterfaceAttachment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_INTERFACE_ATTACHMENT_TYPE),
        },
    ],
    rules: &[],
};

static MEDIA_STREAM_SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaConnect::Flow.MediaStreamSourceConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "EncodingName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["jxsv", "raw", "smpte291", "pcm"]),
            },
            ::forma_core::schema::Property {
                name: "InputConfigurations",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&INPUT_CONFIGURATION_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "MediaStreamName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static NDI_SOURCE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.NdiSourceSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioReferenceLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(-40.0),
                maximum: Some(0.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static FLOW_TRANSIT_ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.FlowTransitEncryption",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionKeyConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "EncryptionKeyType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SECRETS_MANAGER", "AUTOMATIC"]),
        },
    ],
    rules: &[],
};

static FAILOVER_CONFIG_SOURCE_PRIORITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.FailoverConfigSourcePriority",
    properties: &[::forma_core::schema::Property {
        name: "PrimarySource",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static AUDIO_MONITORING_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.AudioMonitoringSetting",
    properties: &[::forma_core::schema::Property {
        name: "SilentAudio",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SILENT_AUDIO_TYPE),
    }],
    rules: &[],
};

static VIDEO_MONITORING_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.VideoMonitoringSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "BlackFrames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BLACK_FRAMES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FrozenFrames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FROZEN_FRAMES_TYPE),
        },
    ],
    rules: &[],
};

static FMTP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.Fmtp",
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

static VPC_INTERFACE_ATTACHMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.VpcInterfaceAttachment",
    properties: &[::forma_core::schema::Property {
        name: "VpcInterfaceName",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static INPUT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.InputConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "InputPort",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Interface",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INTERFACE_TYPE),
        },
    ],
    rules: &[],
};

static SILENT_AUDIO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.SilentAudio",
    properties: &[
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "ThresholdSeconds",
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

static BLACK_FRAMES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.BlackFrames",
    properties: &[
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "ThresholdSeconds",
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

static FROZEN_FRAMES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.FrozenFrames",
    properties: &[
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "ThresholdSeconds",
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

static INTERFACE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Flow.Interface",
    properties: &[::forma_core::schema::Property {
        name: "Name",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
