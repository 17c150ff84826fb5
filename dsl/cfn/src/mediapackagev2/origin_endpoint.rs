// @generated from AWS::MediaPackageV2::OriginEndpoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaPackageV2::OriginEndpoint` and its property types.

/// <p>Represents an origin endpoint that is associated with a channel, offering a dynamically repackaged version of its content through various streaming media protocols.
///
/// CloudFormation type `AWS::MediaPackageV2::OriginEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct OriginEndpoint {
    props: ::forma_core::schema::Props,
}
impl OriginEndpoint {
    /// A new resource with its required properties: `ChannelGroupName`, `ChannelName`, `ContainerType`, `OriginEndpointName`.
    #[track_caller]
    pub fn new(
        channel_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        channel_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        container_type: impl ::forma_core::schema::EnumArg<ContainerType>,
        origin_endpoint_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, channel_group_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, channel_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, container_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(9, origin_endpoint_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// <p>A DASH manifest configuration.</p>
    #[track_caller]
    pub fn dash_manifests(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DashManifestConfiguration>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>Enter any descriptive text that helps you to identify the origin endpoint.</p>
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>The failover settings for the endpoint.</p>
    #[track_caller]
    pub fn force_endpoint_error_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ForceEndpointErrorConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>An HTTP live streaming (HLS) manifest configuration.</p>
    #[track_caller]
    pub fn hls_manifests(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HlsManifestConfiguration>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>A low-latency HLS manifest configuration.</p>
    #[track_caller]
    pub fn low_latency_hls_manifests(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LowLatencyHlsManifestConfiguration>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>The Microsoft Smooth Streaming (MSS) manifest configurations associated with this origin endpoint.</p>
    #[track_caller]
    pub fn mss_manifests(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MssManifestConfiguration>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>The segment configuration, including the segment name, duration, and other configuration values.</p>
    #[track_caller]
    pub fn segment(mut self, value: impl ::std::convert::Into<::forma_core::Value<Segment>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>The size of the window (in seconds) to create a window of the live stream that's available for on-demand viewing.
    ///
    /// Allowed: 0 to 1209600.
    #[track_caller]
    pub fn startover_window_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `StreamNameOutputMode`.
    #[track_caller]
    pub fn stream_name_output_mode(mut self, value: impl ::forma_core::schema::EnumArg<StreamNameOutputMode>) -> Self {
        self.props.set_at(12, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UriSeparator`.
    #[track_caller]
    pub fn uri_separator(mut self, value: impl ::forma_core::schema::EnumArg<UriSeparator>) -> Self {
        self.props.set_at(14, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for OriginEndpoint {
    type Attributes = OriginEndpointAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaPackageV2::OriginEndpoint"
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
/// The attributes of a `AWS::MediaPackageV2::OriginEndpoint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct OriginEndpointAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for OriginEndpointAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl OriginEndpointAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `DashManifestUrls`.
    pub fn dash_manifest_urls(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "DashManifestUrls")
    }
    /// `Fn::GetAtt` `MssManifestUrls`.
    pub fn mss_manifest_urls(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "MssManifestUrls")
    }
    /// `Fn::GetAtt` `HlsManifestUrls`.
    pub fn hls_manifest_urls(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "HlsManifestUrls")
    }
    /// `Fn::GetAtt` `LowLatencyHlsManifestUrls`.
    pub fn low_latency_hls_manifest_urls(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "LowLatencyHlsManifestUrls")
    }
    /// `Fn::GetAtt` `ModifiedAt`.
    pub fn modified_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ModifiedAt")
    }
    /// `Fn::GetAtt` `LowLatencyHlsManifests.*.Url`.
    pub fn low_latency_hls_manifests_url(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "LowLatencyHlsManifests.*.Url")
    }
    /// `Fn::GetAtt` `HlsManifests.*.Url`.
    pub fn hls_manifests_url(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "HlsManifests.*.Url")
    }
}

/// The values CloudFormation documents: `TS`, `CMAF`, `ISM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContainerType {
    /// `TS`
    Ts,
    /// `CMAF`
    Cmaf,
    /// `ISM`
    Ism,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContainerType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ts => "TS",
            Self::Cmaf => "CMAF",
            Self::Ism => "ISM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TS", "CMAF", "ISM"]
    }
}
impl ::std::convert::From<ContainerType> for ::forma_core::Value<ContainerType> {
    fn from(v: ContainerType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContainerType {}

/// The values CloudFormation documents: `INDEX`, `PASSTHROUGH_NAME`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StreamNameOutputMode {
    /// `INDEX`
    Index,
    /// `PASSTHROUGH_NAME`
    PassthroughName,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StreamNameOutputMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Index => "INDEX",
            Self::PassthroughName => "PASSTHROUGH_NAME",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INDEX", "PASSTHROUGH_NAME"]
    }
}
impl ::std::convert::From<StreamNameOutputMode> for ::forma_core::Value<StreamNameOutputMode> {
    fn from(v: StreamNameOutputMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StreamNameOutputMode {}

/// The values CloudFormation documents: `UNDERSCORE`, `HYPHEN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UriSeparator {
    /// `UNDERSCORE`
    Underscore,
    /// `HYPHEN`
    Hyphen,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UriSeparator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Underscore => "UNDERSCORE",
            Self::Hyphen => "HYPHEN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["UNDERSCORE", "HYPHEN"]
    }
}
impl ::std::convert::From<UriSeparator> for ::forma_core::Value<UriSeparator> {
    fn from(v: UriSeparator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UriSeparator {}

/// The values CloudFormation documents: `NONE`, `PATTERNED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DashAudioTimelinePattern {
    /// `NONE`
    None,
    /// `PATTERNED`
    Patterned,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DashAudioTimelinePattern {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Patterned => "PATTERNED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "PATTERNED"]
    }
}
impl ::std::convert::From<DashAudioTimelinePattern> for ::forma_core::Value<DashAudioTimelinePattern> {
    fn from(v: DashAudioTimelinePattern) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DashAudioTimelinePattern {}

/// The values CloudFormation documents: `STANDARD`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DashCompactness {
    /// `STANDARD`
    Standard,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DashCompactness {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STANDARD", "NONE"]
    }
}
impl ::std::convert::From<DashCompactness> for ::forma_core::Value<DashCompactness> {
    fn from(v: DashCompactness) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DashCompactness {}

/// The values CloudFormation documents: `INDIVIDUAL`, `REFERENCED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DashDrmSignaling {
    /// `INDIVIDUAL`
    Individual,
    /// `REFERENCED`
    Referenced,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DashDrmSignaling {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Individual => "INDIVIDUAL",
            Self::Referenced => "REFERENCED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INDIVIDUAL", "REFERENCED"]
    }
}
impl ::std::convert::From<DashDrmSignaling> for ::forma_core::Value<DashDrmSignaling> {
    fn from(v: DashDrmSignaling) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DashDrmSignaling {}

/// The values CloudFormation documents: `AVAILS`, `DRM_KEY_ROTATION`, `SOURCE_CHANGES`, `SOURCE_DISRUPTIONS`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DashPeriodTrigger {
    /// `AVAILS`
    Avails,
    /// `DRM_KEY_ROTATION`
    DrmKeyRotation,
    /// `SOURCE_CHANGES`
    SourceChanges,
    /// `SOURCE_DISRUPTIONS`
    SourceDisruptions,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DashPeriodTrigger {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Avails => "AVAILS",
            Self::DrmKeyRotation => "DRM_KEY_ROTATION",
            Self::SourceChanges => "SOURCE_CHANGES",
            Self::SourceDisruptions => "SOURCE_DISRUPTIONS",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AVAILS", "DRM_KEY_ROTATION", "SOURCE_CHANGES", "SOURCE_DISRUPTIONS", "NONE"]
    }
}
impl ::std::convert::From<DashPeriodTrigger> for ::forma_core::Value<DashPeriodTrigger> {
    fn from(v: DashPeriodTrigger) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DashPeriodTrigger {}

/// The values CloudFormation documents: `DVB_DASH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DashProfile {
    /// `DVB_DASH`
    DvbDash,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DashProfile {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DvbDash => "DVB_DASH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DVB_DASH"]
    }
}
impl ::std::convert::From<DashProfile> for ::forma_core::Value<DashProfile> {
    fn from(v: DashProfile) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DashProfile {}

/// The values CloudFormation documents: `NUMBER_WITH_TIMELINE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DashSegmentTemplateFormat {
    /// `NUMBER_WITH_TIMELINE`
    NumberWithTimeline,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DashSegmentTemplateFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NumberWithTimeline => "NUMBER_WITH_TIMELINE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NUMBER_WITH_TIMELINE"]
    }
}
impl ::std::convert::From<DashSegmentTemplateFormat> for ::forma_core::Value<DashSegmentTemplateFormat> {
    fn from(v: DashSegmentTemplateFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DashSegmentTemplateFormat {}

/// The values CloudFormation documents: `LEAF`, `ROOT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UriPathType {
    /// `LEAF`
    Leaf,
    /// `ROOT`
    Root,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UriPathType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Leaf => "LEAF",
            Self::Root => "ROOT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LEAF", "ROOT"]
    }
}
impl ::std::convert::From<UriPathType> for ::forma_core::Value<UriPathType> {
    fn from(v: UriPathType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UriPathType {}

/// <p>Retrieve the DASH manifest configuration.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct DashManifestConfiguration {
    props: ::forma_core::schema::Props,
}
impl DashManifestConfiguration {
    /// A new value with its required properties: `ManifestName`.
    pub fn new(manifest_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(7, manifest_name.into().into_expr());
        Self { props }
    }
    /// `AudioTimelinePattern`.
    pub fn audio_timeline_pattern(
        mut self,
        value: impl ::forma_core::schema::EnumArg<DashAudioTimelinePattern>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// <p>The configuration for the DASH <code>availabilityStartTime</code> attribute of the Media Presentation Description (MPD).
    pub fn availability_start_time_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>The base URL to use for retrieving segments.</p>
    pub fn base_urls(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DashBaseUrl>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Compactness`.
    pub fn compactness(mut self, value: impl ::forma_core::schema::EnumArg<DashCompactness>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `DrmSignaling`.
    pub fn drm_signaling(mut self, value: impl ::forma_core::schema::EnumArg<DashDrmSignaling>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// <p>For endpoints that use the DVB-DASH profile only.
    pub fn dvb_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<DashDvbSettings>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// <p>Filter configuration includes settings for manifest filtering, start and end times, and time delay that apply to all of your egress requests for this manifest.
    pub fn filter_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FilterConfiguration>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// <p>The total duration (in seconds) of the manifest's content.</p>
    pub fn manifest_window_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// <p>Minimum amount of content (in seconds) that a player must keep available in the buffer.</p>
    pub fn min_buffer_time_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// <p>Minimum amount of time (in seconds) that the player should wait before requesting updates to the manifest.</p>
    pub fn min_update_period_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// <p>A list of triggers that controls when AWS Elemental MediaPackage separates the MPEG-DASH manifest into multiple periods.
    pub fn period_triggers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DashPeriodTrigger>>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// <p>The profile that the output is compliant with.</p>
    pub fn profiles(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DashProfile>>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// <p>Details about the content that you want MediaPackage to pass through in the manifest to the playback device.</p>
    pub fn program_information(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DashProgramInformation>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// <p>The SCTE configuration.</p>
    pub fn scte_dash(mut self, value: impl ::std::convert::Into<::forma_core::Value<ScteDash>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `SegmentTemplateFormat`.
    pub fn segment_template_format(
        mut self,
        value: impl ::forma_core::schema::EnumArg<DashSegmentTemplateFormat>,
    ) -> Self {
        self.props.set(15, value.into_enum_expr());
        self
    }
    /// <p>The configuration for DASH subtitles.</p>
    pub fn subtitle_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DashSubtitleConfiguration>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// <p>The amount of time (in seconds) that the player should be from the end of the manifest.</p>
    pub fn suggested_presentation_delay_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// `UriPathType`.
    pub fn uri_path_type(mut self, value: impl ::forma_core::schema::EnumArg<UriPathType>) -> Self {
        self.props.set(18, value.into_enum_expr());
        self
    }
    /// <p>Determines the type of UTC timing included in the DASH Media Presentation Description (MPD).</p>
    pub fn utc_timing(mut self, value: impl ::std::convert::Into<::forma_core::Value<DashUtcTiming>>) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DashManifestConfiguration> for ::forma_core::Value<DashManifestConfiguration> {
    fn from(v: DashManifestConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DASH_MANIFEST_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `STALE_MANIFEST`, `INCOMPLETE_MANIFEST`, `MISSING_DRM_KEY`, `SLATE_INPUT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EndpointErrorCondition {
    /// `STALE_MANIFEST`
    StaleManifest,
    /// `INCOMPLETE_MANIFEST`
    IncompleteManifest,
    /// `MISSING_DRM_KEY`
    MissingDrmKey,
    /// `SLATE_INPUT`
    SlateInput,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EndpointErrorCondition {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::StaleManifest => "STALE_MANIFEST",
            Self::IncompleteManifest => "INCOMPLETE_MANIFEST",
            Self::MissingDrmKey => "MISSING_DRM_KEY",
            Self::SlateInput => "SLATE_INPUT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STALE_MANIFEST", "INCOMPLETE_MANIFEST", "MISSING_DRM_KEY", "SLATE_INPUT"]
    }
}
impl ::std::convert::From<EndpointErrorCondition> for ::forma_core::Value<EndpointErrorCondition> {
    fn from(v: EndpointErrorCondition) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EndpointErrorCondition {}

/// <p>The failover settings for the endpoint.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct ForceEndpointErrorConfiguration {
    props: ::forma_core::schema::Props,
}
impl ForceEndpointErrorConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>The failover conditions for the endpoint.
    pub fn endpoint_error_conditions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EndpointErrorCondition>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ForceEndpointErrorConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ForceEndpointErrorConfiguration> for ::forma_core::Value<ForceEndpointErrorConfiguration> {
    fn from(v: ForceEndpointErrorConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FORCE_ENDPOINT_ERROR_CONFIGURATION_TYPE.properties))
    }
}

/// <p>Retrieve the HTTP live streaming (HLS) manifest configuration.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct HlsManifestConfiguration {
    props: ::forma_core::schema::Props,
}
impl HlsManifestConfiguration {
    /// A new value with its required properties: `ManifestName`.
    pub fn new(manifest_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, manifest_name.into().into_expr());
        Self { props }
    }
    /// <p>A short string that's appended to the endpoint URL.
    ///
    /// Allowed: length 1 to 256.
    pub fn child_manifest_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>Filter configuration includes settings for manifest filtering, start and end times, and time delay that apply to all of your egress requests for this manifest.
    pub fn filter_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FilterConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>The total duration (in seconds) of the manifest's content.</p>
    pub fn manifest_window_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// <p>Inserts EXT-X-PROGRAM-DATE-TIME tags in the output manifest at the interval that you specify.
    pub fn program_date_time_interval_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// <p>The SCTE configuration.</p>
    pub fn scte_hls(mut self, value: impl ::std::convert::Into<::forma_core::Value<ScteHls>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// <p>To insert an EXT-X-START tag in your HLS playlist, specify a StartTag configuration object with a valid TimeOffset.
    pub fn start_tag(mut self, value: impl ::std::convert::Into<::forma_core::Value<StartTag>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `UriPathType`.
    pub fn uri_path_type(mut self, value: impl ::forma_core::schema::EnumArg<UriPathType>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// <p>The egress domain URL for stream delivery from MediaPackage.</p>
    pub fn url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// <p>When enabled, MediaPackage URL-encodes the query string for API requests for HLS child manifests to comply with Amazon Web Services Signature Version 4 (SigV4) signature signing protocol.
    pub fn url_encode_child_manifest(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HlsManifestConfiguration> for ::forma_core::Value<HlsManifestConfiguration> {
    fn from(v: HlsManifestConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HLS_MANIFEST_CONFIGURATION_TYPE.properties))
    }
}

/// <p>Retrieve the low-latency HTTP live streaming (HLS) manifest configuration.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct LowLatencyHlsManifestConfiguration {
    props: ::forma_core::schema::Props,
}
impl LowLatencyHlsManifestConfiguration {
    /// A new value with its required properties: `ManifestName`.
    pub fn new(manifest_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, manifest_name.into().into_expr());
        Self { props }
    }
    /// <p>A short string that's appended to the endpoint URL.
    ///
    /// Allowed: length 1 to 256.
    pub fn child_manifest_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>Filter configuration includes settings for manifest filtering, start and end times, and time delay that apply to all of your egress requests for this manifest.
    pub fn filter_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LowLatencyHlsFilterConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>The total duration (in seconds) of the manifest's content.</p>
    pub fn manifest_window_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// <p>Inserts EXT-X-PROGRAM-DATE-TIME tags in the output manifest at the interval that you specify.
    pub fn program_date_time_interval_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// <p>The SCTE configuration.</p>
    pub fn scte_hls(mut self, value: impl ::std::convert::Into<::forma_core::Value<ScteHls>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// <p>To insert an EXT-X-START tag in your HLS playlist, specify a StartTag configuration object with a valid TimeOffset.
    pub fn start_tag(mut self, value: impl ::std::convert::Into<::forma_core::Value<StartTag>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `UriPathType`.
    pub fn uri_path_type(mut self, value: impl ::forma_core::schema::EnumArg<UriPathType>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// <p>The egress domain URL for stream delivery from MediaPackage.</p>
    pub fn url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// <p>When enabled, MediaPackage URL-encodes the query string for API requests for LL-HLS child manifests to comply with Amazon Web Services Signature Version 4 (SigV4) signature signing protocol.
    pub fn url_encode_child_manifest(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LowLatencyHlsManifestConfiguration>
    for ::forma_core::Value<LowLatencyHlsManifestConfiguration>
{
    fn from(v: LowLatencyHlsManifestConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOW_LATENCY_HLS_MANIFEST_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `FULL`, `COMPACT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MssManifestLayout {
    /// `FULL`
    Full,
    /// `COMPACT`
    Compact,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MssManifestLayout {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "FULL",
            Self::Compact => "COMPACT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FULL", "COMPACT"]
    }
}
impl ::std::convert::From<MssManifestLayout> for ::forma_core::Value<MssManifestLayout> {
    fn from(v: MssManifestLayout) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MssManifestLayout {}

/// <p>Configuration details for a Microsoft Smooth Streaming (MSS) manifest associated with an origin endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct MssManifestConfiguration {
    props: ::forma_core::schema::Props,
}
impl MssManifestConfiguration {
    /// A new value with its required properties: `ManifestName`.
    pub fn new(manifest_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, manifest_name.into().into_expr());
        Self { props }
    }
    /// <p>Filter configuration includes settings for manifest filtering, start and end times, and time delay that apply to all of your egress requests for this manifest.
    pub fn filter_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MssFilterConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ManifestLayout`.
    pub fn manifest_layout(mut self, value: impl ::forma_core::schema::EnumArg<MssManifestLayout>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// <p>The duration (in seconds) of the manifest window.
    pub fn manifest_window_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MssManifestConfiguration> for ::forma_core::Value<MssManifestConfiguration> {
    fn from(v: MssManifestConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MSS_MANIFEST_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PASSTHROUGH`, `REBASED_TO_CHANNEL_START`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OutputTimestampMode {
    /// `PASSTHROUGH`
    Passthrough,
    /// `REBASED_TO_CHANNEL_START`
    RebasedToChannelStart,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OutputTimestampMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Passthrough => "PASSTHROUGH",
            Self::RebasedToChannelStart => "REBASED_TO_CHANNEL_START",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PASSTHROUGH", "REBASED_TO_CHANNEL_START"]
    }
}
impl ::std::convert::From<OutputTimestampMode> for ::forma_core::Value<OutputTimestampMode> {
    fn from(v: OutputTimestampMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OutputTimestampMode {}

/// <p>The segment configuration, including the segment name, duration, and other configuration values.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    props: ::forma_core::schema::Props,
}
impl Segment {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>The parameters for encrypting content.</p>
    pub fn encryption(mut self, value: impl ::std::convert::Into<::forma_core::Value<Encryption>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>When selected, the stream set includes an additional I-frame only stream, along with the other tracks.
    pub fn include_iframe_only_streams(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `OutputTimestampMode`.
    pub fn output_timestamp_mode(mut self, value: impl ::forma_core::schema::EnumArg<OutputTimestampMode>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// <p>The SCTE configuration.</p>
    pub fn scte(mut self, value: impl ::std::convert::Into<::forma_core::Value<Scte>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// <p>The duration (in seconds) of each segment.
    ///
    /// Allowed: 1 to 30.
    pub fn segment_duration_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// <p>The name that describes the segment.
    ///
    /// Allowed: length 1 to 256.
    pub fn segment_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// <p>By default, MediaPackage excludes all digital video broadcasting (DVB) subtitles from the output.
    pub fn ts_include_dvb_subtitles(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// <p>When selected, MediaPackage bundles all audio tracks in a rendition group.
    pub fn ts_use_audio_rendition_group(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Segment {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Segment> for ::forma_core::Value<Segment> {
    fn from(v: Segment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SEGMENT_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::MediaPackageV2::OriginEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// <p>The base URLs to use for retrieving segments.
#[derive(Debug, Clone, PartialEq)]
pub struct DashBaseUrl {
    props: ::forma_core::schema::Props,
}
impl DashBaseUrl {
    /// A new value with its required properties: `Url`.
    pub fn new(url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, url.into().into_expr());
        Self { props }
    }
    /// <p>For use with DVB-DASH profiles only.
    ///
    /// Allowed: 1 to 15000.
    pub fn dvb_priority(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>For use with DVB-DASH profiles only.
    ///
    /// Allowed: 1 to 15000.
    pub fn dvb_weight(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>The name of the source location.</p>
    ///
    /// Allowed: length 1 to 2048.
    pub fn service_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DashBaseUrl> for ::forma_core::Value<DashBaseUrl> {
    fn from(v: DashBaseUrl) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DASH_BASE_URL_TYPE.properties))
    }
}

/// <p>For endpoints that use the DVB-DASH profile only.
#[derive(Debug, Clone, PartialEq)]
pub struct DashDvbSettings {
    props: ::forma_core::schema::Props,
}
impl DashDvbSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>Playback device error reporting settings.</p>
    pub fn error_metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DashDvbMetricsReporting>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>For use with DVB-DASH profiles only.
    pub fn font_download(mut self, value: impl ::std::convert::Into<::forma_core::Value<DashDvbFontDownload>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DashDvbSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DashDvbSettings> for ::forma_core::Value<DashDvbSettings> {
    fn from(v: DashDvbSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DASH_DVB_SETTINGS_TYPE.properties))
    }
}

/// <p>Filter configuration includes settings for manifest filtering, start and end times, and time delay that apply to all of your egress requests for this manifest.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterConfiguration {
    props: ::forma_core::schema::Props,
}
impl FilterConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>Optionally specify the clip start time for all of your manifest egress requests.
    pub fn clip_start_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>Optionally specify one or more DRM settings for all of your manifest egress requests.
    ///
    /// Allowed: length 1 to 1024.
    pub fn drm_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>Optionally specify the end time for all of your manifest egress requests.
    pub fn end(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// <p>Optionally specify one or more manifest filters for all of your manifest egress requests.
    ///
    /// Allowed: length 1 to 1024.
    pub fn manifest_filter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// <p>The multiview combination for a pinned manifest.
    pub fn multiview(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MultiviewFilterConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// <p>Optionally specify the start time for all of your manifest egress requests.
    pub fn start(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// <p>Optionally specify the time delay for all of your manifest egress requests.
    ///
    /// Allowed: 0 to 1209600.
    pub fn time_delay_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FilterConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FilterConfiguration> for ::forma_core::Value<FilterConfiguration> {
    fn from(v: FilterConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_CONFIGURATION_TYPE.properties))
    }
}

/// <p>Details about the content that you want MediaPackage to pass through in the manifest to the playback device.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct DashProgramInformation {
    props: ::forma_core::schema::Props,
}
impl DashProgramInformation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>A copyright statement about the content.</p>
    ///
    /// Allowed: length 1 to 2048.
    pub fn copyright(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>The language code for this manifest.</p>
    ///
    /// Allowed: length 2 to 5.
    pub fn language_code(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>An absolute URL that contains more information about this content.</p>
    ///
    /// Allowed: length 1 to 2048.
    pub fn more_information_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// <p>Information about the content provider.</p>
    ///
    /// Allowed: length 1 to 2048.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// <p>The title for the manifest.</p>
    ///
    /// Allowed: length 1 to 2048.
    pub fn title(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DashProgramInformation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DashProgramInformation> for ::forma_core::Value<DashProgramInformation> {
    fn from(v: DashProgramInformation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DASH_PROGRAM_INFORMATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BINARY`, `XML`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdMarkerDash {
    /// `BINARY`
    Binary,
    /// `XML`
    Xml,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AdMarkerDash {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Binary => "BINARY",
            Self::Xml => "XML",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BINARY", "XML"]
    }
}
impl ::std::convert::From<AdMarkerDash> for ::forma_core::Value<AdMarkerDash> {
    fn from(v: AdMarkerDash) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AdMarkerDash {}

/// The values CloudFormation documents: `ALL`, `MATCHES_FILTER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScteInManifests {
    /// `ALL`
    All,
    /// `MATCHES_FILTER`
    MatchesFilter,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScteInManifests {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::MatchesFilter => "MATCHES_FILTER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL", "MATCHES_FILTER"]
    }
}
impl ::std::convert::From<ScteInManifests> for ::forma_core::Value<ScteInManifests> {
    fn from(v: ScteInManifests) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScteInManifests {}

/// <p>The SCTE configuration.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct ScteDash {
    props: ::forma_core::schema::Props,
}
impl ScteDash {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AdMarkerDash`.
    pub fn ad_marker_dash(mut self, value: impl ::forma_core::schema::EnumArg<AdMarkerDash>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `ScteInManifests`.
    pub fn scte_in_manifests(mut self, value: impl ::forma_core::schema::EnumArg<ScteInManifests>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ScteDash {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ScteDash> for ::forma_core::Value<ScteDash> {
    fn from(v: ScteDash) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCTE_DASH_TYPE.properties))
    }
}

/// <p>The configuration for DASH subtitles.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct DashSubtitleConfiguration {
    props: ::forma_core::schema::Props,
}
impl DashSubtitleConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>The settings for TTML subtitles.</p>
    pub fn ttml_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DashTtmlConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DashSubtitleConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DashSubtitleConfiguration> for ::forma_core::Value<DashSubtitleConfiguration> {
    fn from(v: DashSubtitleConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DASH_SUBTITLE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `HTTP_HEAD`, `HTTP_ISO`, `HTTP_XSDATE`, `UTC_DIRECT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DashUtcTimingMode {
    /// `HTTP_HEAD`
    HttpHead,
    /// `HTTP_ISO`
    HttpIso,
    /// `HTTP_XSDATE`
    HttpXsdate,
    /// `UTC_DIRECT`
    UtcDirect,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DashUtcTimingMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::HttpHead => "HTTP_HEAD",
            Self::HttpIso => "HTTP_ISO",
            Self::HttpXsdate => "HTTP_XSDATE",
            Self::UtcDirect => "UTC_DIRECT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HTTP_HEAD", "HTTP_ISO", "HTTP_XSDATE", "UTC_DIRECT"]
    }
}
impl ::std::convert::From<DashUtcTimingMode> for ::forma_core::Value<DashUtcTimingMode> {
    fn from(v: DashUtcTimingMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DashUtcTimingMode {}

/// <p>Determines the type of UTC timing included in the DASH Media Presentation Description (MPD).</p>
#[derive(Debug, Clone, PartialEq)]
pub struct DashUtcTiming {
    props: ::forma_core::schema::Props,
}
impl DashUtcTiming {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `TimingMode`.
    pub fn timing_mode(mut self, value: impl ::forma_core::schema::EnumArg<DashUtcTimingMode>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// <p>The the method that the player uses to synchronize to coordinated universal time (UTC) wall clock time.</p>
    ///
    /// Allowed: length 1 to 1024.
    pub fn timing_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DashUtcTiming {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DashUtcTiming> for ::forma_core::Value<DashUtcTiming> {
    fn from(v: DashUtcTiming) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DASH_UTC_TIMING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DATERANGE`, `SCTE35_ENHANCED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdMarkerHls {
    /// `DATERANGE`
    Daterange,
    /// `SCTE35_ENHANCED`
    Scte35Enhanced,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AdMarkerHls {
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
impl ::std::convert::From<AdMarkerHls> for ::forma_core::Value<AdMarkerHls> {
    fn from(v: AdMarkerHls) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AdMarkerHls {}

/// <p>The SCTE configuration.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct ScteHls {
    props: ::forma_core::schema::Props,
}
impl ScteHls {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AdMarkerHls`.
    pub fn ad_marker_hls(mut self, value: impl ::forma_core::schema::EnumArg<AdMarkerHls>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `ScteInManifests`.
    pub fn scte_in_manifests(mut self, value: impl ::forma_core::schema::EnumArg<ScteInManifests>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ScteHls {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ScteHls> for ::forma_core::Value<ScteHls> {
    fn from(v: ScteHls) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCTE_HLS_TYPE.properties))
    }
}

/// <p>To insert an EXT-X-START tag in your HLS playlist, specify a StartTag configuration object with a valid TimeOffset.
#[derive(Debug, Clone, PartialEq)]
pub struct StartTag {
    props: ::forma_core::schema::Props,
}
impl StartTag {
    /// A new value with its required properties: `TimeOffset`.
    pub fn new(time_offset: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, time_offset.into().into_expr());
        Self { props }
    }
    /// <p>Specify the value for PRECISE within your EXT-X-START tag.
    pub fn precise(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StartTag> for ::forma_core::Value<StartTag> {
    fn from(v: StartTag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(START_TAG_TYPE.properties))
    }
}

/// <p>Filter configuration includes settings for manifest filtering, start and end times, and time delay that apply to all of your egress requests for this manifest.
#[derive(Debug, Clone, PartialEq)]
pub struct LowLatencyHlsFilterConfiguration {
    props: ::forma_core::schema::Props,
}
impl LowLatencyHlsFilterConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>Optionally specify the clip start time for all of your manifest egress requests.
    pub fn clip_start_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>Optionally specify one or more DRM settings for all of your manifest egress requests.
    ///
    /// Allowed: length 1 to 1024.
    pub fn drm_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>Optionally specify the end time for all of your manifest egress requests.
    pub fn end(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// <p>Optionally specify one or more manifest filters for all of your manifest egress requests.
    ///
    /// Allowed: length 1 to 1024.
    pub fn manifest_filter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// <p>Optionally specify the start time for all of your manifest egress requests.
    pub fn start(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// <p>Optionally specify the time delay for all of your manifest egress requests.
    ///
    /// Allowed: 0 to 1209600.
    pub fn time_delay_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LowLatencyHlsFilterConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LowLatencyHlsFilterConfiguration> for ::forma_core::Value<LowLatencyHlsFilterConfiguration> {
    fn from(v: LowLatencyHlsFilterConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOW_LATENCY_HLS_FILTER_CONFIGURATION_TYPE.properties))
    }
}

/// <p>Filter configuration includes settings for manifest filtering, start and end times, and time delay that apply to all of your egress requests for this manifest.
#[derive(Debug, Clone, PartialEq)]
pub struct MssFilterConfiguration {
    props: ::forma_core::schema::Props,
}
impl MssFilterConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>Optionally specify the clip start time for all of your manifest egress requests.
    pub fn clip_start_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>Optionally specify one or more DRM settings for all of your manifest egress requests.
    ///
    /// Allowed: length 1 to 1024.
    pub fn drm_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>Optionally specify the end time for all of your manifest egress requests.
    pub fn end(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// <p>Optionally specify one or more manifest filters for all of your manifest egress requests.
    ///
    /// Allowed: length 1 to 1024.
    pub fn manifest_filter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// <p>Optionally specify the start time for all of your manifest egress requests.
    pub fn start(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// <p>Optionally specify the time delay for all of your manifest egress requests.
    ///
    /// Allowed: 0 to 1209600.
    pub fn time_delay_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MssFilterConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MssFilterConfiguration> for ::forma_core::Value<MssFilterConfiguration> {
    fn from(v: MssFilterConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MSS_FILTER_CONFIGURATION_TYPE.properties))
    }
}

/// <p>The parameters for encrypting content.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct Encryption {
    props: ::forma_core::schema::Props,
}
impl Encryption {
    /// A new value with its required properties: `EncryptionMethod`, `SpekeKeyProvider`.
    pub fn new(
        encryption_method: impl ::std::convert::Into<::forma_core::Value<EncryptionMethod>>,
        speke_key_provider: impl ::std::convert::Into<::forma_core::Value<SpekeKeyProvider>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, encryption_method.into().into_expr());
        props.set(4, speke_key_provider.into().into_expr());
        Self { props }
    }
    /// <p>Excludes SEIG and SGPD boxes from segment metadata in CMAF containers.</p> <p>When set to <code>true</code>, MediaPackage omits these DRM metadata boxes from CMAF segments, which can improve compatibility with certain devices and players that don't support these boxes.</p> <p>Important considerations:</p> <ul> <li> <p>This setting only affects CMAF container formats</p> </li> <li> <p>Key rotation can still be handled through media playlist signaling</p> </li> <li> <p>PSSH and TENC boxes remain unaffected</p> </li> <li> <p>Default behavior is preserved when this setting is disabled</p> </li> </ul> <p>Valid values: <code>true</code> | <code>false</code> </p> <p>Default: <code>false</code> </p>
    pub fn cmaf_exclude_segment_drm_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>A 128-bit, 16-byte hex value represented by a 32-character string, used in conjunction with the key for encrypting content.
    ///
    /// Allowed: length 32 to 32.
    pub fn constant_initialization_vector(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>The frequency (in seconds) of key changes for live workflows, in which content is streamed real time.
    ///
    /// Allowed: 300 to 31536000.
    pub fn key_rotation_interval_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Encryption> for ::forma_core::Value<Encryption> {
    fn from(v: Encryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PROGRAM`, `CHAPTER`, `UNSCHEDULED_EVENT`, `ALTERNATE_CONTENT_OPPORTUNITY`, `NETWORK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CustomAdType {
    /// `PROGRAM`
    Program,
    /// `CHAPTER`
    Chapter,
    /// `UNSCHEDULED_EVENT`
    UnscheduledEvent,
    /// `ALTERNATE_CONTENT_OPPORTUNITY`
    AlternateContentOpportunity,
    /// `NETWORK`
    Network,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CustomAdType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Program => "PROGRAM",
            Self::Chapter => "CHAPTER",
            Self::UnscheduledEvent => "UNSCHEDULED_EVENT",
            Self::AlternateContentOpportunity => "ALTERNATE_CONTENT_OPPORTUNITY",
            Self::Network => "NETWORK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PROGRAM", "CHAPTER", "UNSCHEDULED_EVENT", "ALTERNATE_CONTENT_OPPORTUNITY", "NETWORK"]
    }
}
impl ::std::convert::From<CustomAdType> for ::forma_core::Value<CustomAdType> {
    fn from(v: CustomAdType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CustomAdType {}

/// The values CloudFormation documents: `SPLICE_INSERT`, `BREAK`, `PROVIDER_ADVERTISEMENT`, `DISTRIBUTOR_ADVERTISEMENT`, `PROVIDER_PLACEMENT_OPPORTUNITY`, `DISTRIBUTOR_PLACEMENT_OPPORTUNITY`, `PROVIDER_OVERLAY_PLACEMENT_OPPORTUNITY`, `DISTRIBUTOR_OVERLAY_PLACEMENT_OPPORTUNITY`, `PROGRAM`, `CHAPTER`, `UNSCHEDULED_EVENT`, `ALTERNATE_CONTENT_OPPORTUNITY`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScteFilter {
    /// `SPLICE_INSERT`
    SpliceInsert,
    /// `BREAK`
    Break,
    /// `PROVIDER_ADVERTISEMENT`
    ProviderAdvertisement,
    /// `DISTRIBUTOR_ADVERTISEMENT`
    DistributorAdvertisement,
    /// `PROVIDER_PLACEMENT_OPPORTUNITY`
    ProviderPlacementOpportunity,
    /// `DISTRIBUTOR_PLACEMENT_OPPORTUNITY`
    DistributorPlacementOpportunity,
    /// `PROVIDER_OVERLAY_PLACEMENT_OPPORTUNITY`
    ProviderOverlayPlacementOpportunity,
    /// `DISTRIBUTOR_OVERLAY_PLACEMENT_OPPORTUNITY`
    DistributorOverlayPlacementOpportunity,
    /// `PROGRAM`
    Program,
    /// `CHAPTER`
    Chapter,
    /// `UNSCHEDULED_EVENT`
    UnscheduledEvent,
    /// `ALTERNATE_CONTENT_OPPORTUNITY`
    AlternateContentOpportunity,
    /// `NETWORK`
    Network,
    /// `PROVIDER_PROMO`
    ProviderPromo,
    /// `DISTRIBUTOR_PROMO`
    DistributorPromo,
    /// `PROVIDER_AD_BLOCK`
    ProviderAdBlock,
    /// `DISTRIBUTOR_AD_BLOCK`
    DistributorAdBlock,
    /// `CONTENT_IDENTIFICATION`
    ContentIdentification,
    /// `CALL_AD_SERVER`
    CallAdServer,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScteFilter {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SpliceInsert => "SPLICE_INSERT",
            Self::Break => "BREAK",
            Self::ProviderAdvertisement => "PROVIDER_ADVERTISEMENT",
            Self::DistributorAdvertisement => "DISTRIBUTOR_ADVERTISEMENT",
            Self::ProviderPlacementOpportunity => "PROVIDER_PLACEMENT_OPPORTUNITY",
            Self::DistributorPlacementOpportunity => "DISTRIBUTOR_PLACEMENT_OPPORTUNITY",
            Self::ProviderOverlayPlacementOpportunity => "PROVIDER_OVERLAY_PLACEMENT_OPPORTUNITY",
            Self::DistributorOverlayPlacementOpportunity => "DISTRIBUTOR_OVERLAY_PLACEMENT_OPPORTUNITY",
            Self::Program => "PROGRAM",
            Self::Chapter => "CHAPTER",
            Self::UnscheduledEvent => "UNSCHEDULED_EVENT",
            Self::AlternateContentOpportunity => "ALTERNATE_CONTENT_OPPORTUNITY",
            Self::Network => "NETWORK",
            Self::ProviderPromo => "PROVIDER_PROMO",
            Self::DistributorPromo => "DISTRIBUTOR_PROMO",
            Self::ProviderAdBlock => "PROVIDER_AD_BLOCK",
            Self::DistributorAdBlock => "DISTRIBUTOR_AD_BLOCK",
            Self::ContentIdentification => "CONTENT_IDENTIFICATION",
            Self::CallAdServer => "CALL_AD_SERVER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "SPLICE_INSERT",
            "BREAK",
            "PROVIDER_ADVERTISEMENT",
            "DISTRIBUTOR_ADVERTISEMENT",
            "PROVIDER_PLACEMENT_OPPORTUNITY",
            "DISTRIBUTOR_PLACEMENT_OPPORTUNITY",
            "PROVIDER_OVERLAY_PLACEMENT_OPPORTUNITY",
            "DISTRIBUTOR_OVERLAY_PLACEMENT_OPPORTUNITY",
            "PROGRAM",
            "CHAPTER",
            "UNSCHEDULED_EVENT",
            "ALTERNATE_CONTENT_OPPORTUNITY",
            "NETWORK",
            "PROVIDER_PROMO",
            "DISTRIBUTOR_PROMO",
            "PROVIDER_AD_BLOCK",
            "DISTRIBUTOR_AD_BLOCK",
            "CONTENT_IDENTIFICATION",
            "CALL_AD_SERVER",
        ]
    }
}
impl ::std::convert::From<ScteFilter> for ::forma_core::Value<ScteFilter> {
    fn from(v: ScteFilter) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScteFilter {}

/// The values CloudFormation documents: `NONE`, `ALL`, `MATCHES_FILTER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScteInSegments {
    /// `NONE`
    None,
    /// `ALL`
    All,
    /// `MATCHES_FILTER`
    MatchesFilter,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScteInSegments {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::All => "ALL",
            Self::MatchesFilter => "MATCHES_FILTER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "ALL", "MATCHES_FILTER"]
    }
}
impl ::std::convert::From<ScteInSegments> for ::forma_core::Value<ScteInSegments> {
    fn from(v: ScteInSegments) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScteInSegments {}

/// <p>The SCTE configuration.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct Scte {
    props: ::forma_core::schema::Props,
}
impl Scte {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>A list of additional non-Ad SCTE-35 event types to treat as advertisements.
    pub fn custom_ad_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomAdType>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>The SCTE-35 message types that you want to be treated as ad markers in the output.</p>
    pub fn scte_filter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ScteFilter>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ScteInSegments`.
    pub fn scte_in_segments(mut self, value: impl ::forma_core::schema::EnumArg<ScteInSegments>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Scte {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Scte> for ::forma_core::Value<Scte> {
    fn from(v: Scte) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCTE_TYPE.properties))
    }
}

/// <p>For use with DVB-DASH profiles only.
#[derive(Debug, Clone, PartialEq)]
pub struct DashDvbMetricsReporting {
    props: ::forma_core::schema::Props,
}
impl DashDvbMetricsReporting {
    /// A new value with its required properties: `ReportingUrl`.
    pub fn new(reporting_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, reporting_url.into().into_expr());
        Self { props }
    }
    /// <p>The number of playback devices per 1000 that will send error reports to the reporting URL.
    ///
    /// Allowed: 1 to 1000.
    pub fn probability(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DashDvbMetricsReporting> for ::forma_core::Value<DashDvbMetricsReporting> {
    fn from(v: DashDvbMetricsReporting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DASH_DVB_METRICS_REPORTING_TYPE.properties))
    }
}

/// <p>For use with DVB-DASH profiles only.
#[derive(Debug, Clone, PartialEq)]
pub struct DashDvbFontDownload {
    props: ::forma_core::schema::Props,
}
impl DashDvbFontDownload {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>The <code>fontFamily</code> name for subtitles, as described in <a href="https://tech.ebu.ch/publications/tech3380">EBU-TT-D Subtitling Distribution Format</a>.
    ///
    /// Allowed: length 1 to 256.
    pub fn font_family(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>The <code>mimeType</code> of the resource that's at the font download URL.</p> <p>For information about font MIME types, see the <a href="https://dvb.org/wp-content/uploads/2021/06/A168r4_MPEG-DASH-Profile-for-Transport-of-ISO-BMFF-Based-DVB-Services_Draft-ts_103-285-v140_November_2021.pdf">MPEG-DASH Profile for Transport of ISO BMFF Based DVB Services over IP Based Networks</a> document.
    ///
    /// Allowed: length 1 to 256.
    pub fn mime_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>The URL for downloading fonts for subtitles.</p>
    ///
    /// Allowed: length 1 to 2048.
    pub fn url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DashDvbFontDownload {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DashDvbFontDownload> for ::forma_core::Value<DashDvbFontDownload> {
    fn from(v: DashDvbFontDownload) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DASH_DVB_FONT_DOWNLOAD_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LAYOUT_2EH`, `LAYOUT_2PL`, `LAYOUT_3EL`, `LAYOUT_3PL`, `LAYOUT_4E`, `LAYOUT_4PL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MultiviewLayoutType {
    /// `LAYOUT_2EH`
    Layout2Eh,
    /// `LAYOUT_2PL`
    Layout2Pl,
    /// `LAYOUT_3EL`
    Layout3El,
    /// `LAYOUT_3PL`
    Layout3Pl,
    /// `LAYOUT_4E`
    Layout4E,
    /// `LAYOUT_4PL`
    Layout4Pl,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MultiviewLayoutType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Layout2Eh => "LAYOUT_2EH",
            Self::Layout2Pl => "LAYOUT_2PL",
            Self::Layout3El => "LAYOUT_3EL",
            Self::Layout3Pl => "LAYOUT_3PL",
            Self::Layout4E => "LAYOUT_4E",
            Self::Layout4Pl => "LAYOUT_4PL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LAYOUT_2EH", "LAYOUT_2PL", "LAYOUT_3EL", "LAYOUT_3PL", "LAYOUT_4E", "LAYOUT_4PL"]
    }
}
impl ::std::convert::From<MultiviewLayoutType> for ::forma_core::Value<MultiviewLayoutType> {
    fn from(v: MultiviewLayoutType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MultiviewLayoutType {}

/// <p>The multiview combination for a pinned manifest.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiviewFilterConfiguration {
    props: ::forma_core::schema::Props,
}
impl MultiviewFilterConfiguration {
    /// A new value with its required properties: `Layout`, `Sources`.
    pub fn new(
        layout: impl ::forma_core::schema::EnumArg<MultiviewLayoutType>,
        sources: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, layout.into_enum_expr());
        props.set(1, sources.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MultiviewFilterConfiguration> for ::forma_core::Value<MultiviewFilterConfiguration> {
    fn from(v: MultiviewFilterConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTIVIEW_FILTER_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `IMSC_1`, `EBU_TT_D_101`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DashTtmlProfile {
    /// `IMSC_1`
    Imsc1,
    /// `EBU_TT_D_101`
    EbuTtD101,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DashTtmlProfile {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Imsc1 => "IMSC_1",
            Self::EbuTtD101 => "EBU_TT_D_101",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IMSC_1", "EBU_TT_D_101"]
    }
}
impl ::std::convert::From<DashTtmlProfile> for ::forma_core::Value<DashTtmlProfile> {
    fn from(v: DashTtmlProfile) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DashTtmlProfile {}

/// <p>The settings for TTML subtitles.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct DashTtmlConfiguration {
    props: ::forma_core::schema::Props,
}
impl DashTtmlConfiguration {
    /// A new value with its required properties: `TtmlProfile`.
    pub fn new(ttml_profile: impl ::forma_core::schema::EnumArg<DashTtmlProfile>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, ttml_profile.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<DashTtmlConfiguration> for ::forma_core::Value<DashTtmlConfiguration> {
    fn from(v: DashTtmlConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DASH_TTML_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CENC`, `CBCS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CmafEncryptionMethod {
    /// `CENC`
    Cenc,
    /// `CBCS`
    Cbcs,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CmafEncryptionMethod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cenc => "CENC",
            Self::Cbcs => "CBCS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CENC", "CBCS"]
    }
}
impl ::std::convert::From<CmafEncryptionMethod> for ::forma_core::Value<CmafEncryptionMethod> {
    fn from(v: CmafEncryptionMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CmafEncryptionMethod {}

/// The values CloudFormation documents: `CENC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IsmEncryptionMethod {
    /// `CENC`
    Cenc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IsmEncryptionMethod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cenc => "CENC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CENC"]
    }
}
impl ::std::convert::From<IsmEncryptionMethod> for ::forma_core::Value<IsmEncryptionMethod> {
    fn from(v: IsmEncryptionMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IsmEncryptionMethod {}

/// The values CloudFormation documents: `AES_128`, `SAMPLE_AES`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TsEncryptionMethod {
    /// `AES_128`
    Aes128,
    /// `SAMPLE_AES`
    SampleAes,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TsEncryptionMethod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aes128 => "AES_128",
            Self::SampleAes => "SAMPLE_AES",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AES_128", "SAMPLE_AES"]
    }
}
impl ::std::convert::From<TsEncryptionMethod> for ::forma_core::Value<TsEncryptionMethod> {
    fn from(v: TsEncryptionMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TsEncryptionMethod {}

/// <p>The encryption type.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionMethod {
    props: ::forma_core::schema::Props,
}
impl EncryptionMethod {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CmafEncryptionMethod`.
    pub fn cmaf_encryption_method(mut self, value: impl ::forma_core::schema::EnumArg<CmafEncryptionMethod>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `IsmEncryptionMethod`.
    pub fn ism_encryption_method(mut self, value: impl ::forma_core::schema::EnumArg<IsmEncryptionMethod>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `TsEncryptionMethod`.
    pub fn ts_encryption_method(mut self, value: impl ::forma_core::schema::EnumArg<TsEncryptionMethod>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for EncryptionMethod {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EncryptionMethod> for ::forma_core::Value<EncryptionMethod> {
    fn from(v: EncryptionMethod) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_METHOD_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CLEAR_KEY_AES_128`, `FAIRPLAY`, `PLAYREADY`, `WIDEVINE`, `IRDETO`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DrmSystem {
    /// `CLEAR_KEY_AES_128`
    ClearKeyAes128,
    /// `FAIRPLAY`
    Fairplay,
    /// `PLAYREADY`
    Playready,
    /// `WIDEVINE`
    Widevine,
    /// `IRDETO`
    Irdeto,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DrmSystem {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ClearKeyAes128 => "CLEAR_KEY_AES_128",
            Self::Fairplay => "FAIRPLAY",
            Self::Playready => "PLAYREADY",
            Self::Widevine => "WIDEVINE",
            Self::Irdeto => "IRDETO",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CLEAR_KEY_AES_128", "FAIRPLAY", "PLAYREADY", "WIDEVINE", "IRDETO"]
    }
}
impl ::std::convert::From<DrmSystem> for ::forma_core::Value<DrmSystem> {
    fn from(v: DrmSystem) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DrmSystem {}

/// The values CloudFormation documents: `V2_0`, `V2_1`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SpekeVersion {
    /// `V2_0`
    V20,
    /// `V2_1`
    V21,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SpekeVersion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V20 => "V2_0",
            Self::V21 => "V2_1",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["V2_0", "V2_1"]
    }
}
impl ::std::convert::From<SpekeVersion> for ::forma_core::Value<SpekeVersion> {
    fn from(v: SpekeVersion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SpekeVersion {}

/// <p>The parameters for the SPEKE key provider.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct SpekeKeyProvider {
    props: ::forma_core::schema::Props,
}
impl SpekeKeyProvider {
    /// A new value with its required properties: `DrmSystems`, `EncryptionContractConfiguration`, `ResourceId`, `RoleArn`, `Url`.
    pub fn new(
        drm_systems: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DrmSystem>>>,
        encryption_contract_configuration: impl ::std::convert::Into<::forma_core::Value<EncryptionContractConfiguration>>,
        resource_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, drm_systems.into().into_expr());
        props.set(3, encryption_contract_configuration.into().into_expr());
        props.set(4, resource_id.into().into_expr());
        props.set(5, role_arn.into().into_expr());
        props.set(7, url.into().into_expr());
        Self { props }
    }
    /// <p>The ARN for the certificate that you imported to Amazon Web Services Certificate Manager to add content key encryption to this endpoint.
    ///
    /// Allowed: length 20 to 2048.
    pub fn certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>The configuration that controls the content key period timing information that MediaPackage signals to your DRM key provider.</p>
    pub fn content_key_period_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContentKeyPeriodConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SpekeVersion`.
    pub fn speke_version(mut self, value: impl ::forma_core::schema::EnumArg<SpekeVersion>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<SpekeKeyProvider> for ::forma_core::Value<SpekeKeyProvider> {
    fn from(v: SpekeKeyProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPEKE_KEY_PROVIDER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `INDEX_ONLY`, `START_END_ONLY`, `INDEX_WITH_START_END`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentKeyPeriodTiming {
    /// `INDEX_ONLY`
    IndexOnly,
    /// `START_END_ONLY`
    StartEndOnly,
    /// `INDEX_WITH_START_END`
    IndexWithStartEnd,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContentKeyPeriodTiming {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IndexOnly => "INDEX_ONLY",
            Self::StartEndOnly => "START_END_ONLY",
            Self::IndexWithStartEnd => "INDEX_WITH_START_END",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INDEX_ONLY", "START_END_ONLY", "INDEX_WITH_START_END"]
    }
}
impl ::std::convert::From<ContentKeyPeriodTiming> for ::forma_core::Value<ContentKeyPeriodTiming> {
    fn from(v: ContentKeyPeriodTiming) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContentKeyPeriodTiming {}

/// <p>The configuration that controls the content key period timing information that MediaPackage signals to your DRM key provider.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct ContentKeyPeriodConfiguration {
    props: ::forma_core::schema::Props,
}
impl ContentKeyPeriodConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ContentKeyPeriodTiming`.
    pub fn content_key_period_timing(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ContentKeyPeriodTiming>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ContentKeyPeriodConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ContentKeyPeriodConfiguration> for ::forma_core::Value<ContentKeyPeriodConfiguration> {
    fn from(v: ContentKeyPeriodConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTENT_KEY_PERIOD_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PRESET_AUDIO_1`, `PRESET_AUDIO_2`, `PRESET_AUDIO_3`, `SHARED`, `UNENCRYPTED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PresetSpeke20Audio {
    /// `PRESET_AUDIO_1`
    PresetAudio1,
    /// `PRESET_AUDIO_2`
    PresetAudio2,
    /// `PRESET_AUDIO_3`
    PresetAudio3,
    /// `SHARED`
    Shared,
    /// `UNENCRYPTED`
    Unencrypted,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PresetSpeke20Audio {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PresetAudio1 => "PRESET_AUDIO_1",
            Self::PresetAudio2 => "PRESET_AUDIO_2",
            Self::PresetAudio3 => "PRESET_AUDIO_3",
            Self::Shared => "SHARED",
            Self::Unencrypted => "UNENCRYPTED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PRESET_AUDIO_1", "PRESET_AUDIO_2", "PRESET_AUDIO_3", "SHARED", "UNENCRYPTED"]
    }
}
impl ::std::convert::From<PresetSpeke20Audio> for ::forma_core::Value<PresetSpeke20Audio> {
    fn from(v: PresetSpeke20Audio) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PresetSpeke20Audio {}

/// The values CloudFormation documents: `PRESET_VIDEO_1`, `PRESET_VIDEO_2`, `PRESET_VIDEO_3`, `PRESET_VIDEO_4`, `PRESET_VIDEO_5`, `PRESET_VIDEO_6`, `PRESET_VIDEO_7`, `PRESET_VIDEO_8`, `SHARED`, `UNENCRYPTED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PresetSpeke20Video {
    /// `PRESET_VIDEO_1`
    PresetVideo1,
    /// `PRESET_VIDEO_2`
    PresetVideo2,
    /// `PRESET_VIDEO_3`
    PresetVideo3,
    /// `PRESET_VIDEO_4`
    PresetVideo4,
    /// `PRESET_VIDEO_5`
    PresetVideo5,
    /// `PRESET_VIDEO_6`
    PresetVideo6,
    /// `PRESET_VIDEO_7`
    PresetVideo7,
    /// `PRESET_VIDEO_8`
    PresetVideo8,
    /// `SHARED`
    Shared,
    /// `UNENCRYPTED`
    Unencrypted,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PresetSpeke20Video {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PresetVideo1 => "PRESET_VIDEO_1",
            Self::PresetVideo2 => "PRESET_VIDEO_2",
            Self::PresetVideo3 => "PRESET_VIDEO_3",
            Self::PresetVideo4 => "PRESET_VIDEO_4",
            Self::PresetVideo5 => "PRESET_VIDEO_5",
            Self::PresetVideo6 => "PRESET_VIDEO_6",
            Self::PresetVideo7 => "PRESET_VIDEO_7",
            Self::PresetVideo8 => "PRESET_VIDEO_8",
            Self::Shared => "SHARED",
            Self::Unencrypted => "UNENCRYPTED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PRESET_VIDEO_1",
            "PRESET_VIDEO_2",
            "PRESET_VIDEO_3",
            "PRESET_VIDEO_4",
            "PRESET_VIDEO_5",
            "PRESET_VIDEO_6",
            "PRESET_VIDEO_7",
            "PRESET_VIDEO_8",
            "SHARED",
            "UNENCRYPTED",
        ]
    }
}
impl ::std::convert::From<PresetSpeke20Video> for ::forma_core::Value<PresetSpeke20Video> {
    fn from(v: PresetSpeke20Video) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PresetSpeke20Video {}

/// <p>Configure one or more content encryption keys for your endpoints that use SPEKE Version 2.0.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionContractConfiguration {
    props: ::forma_core::schema::Props,
}
impl EncryptionContractConfiguration {
    /// A new value with its required properties: `PresetSpeke20Audio`, `PresetSpeke20Video`.
    pub fn new(
        preset_speke20_audio: impl ::forma_core::schema::EnumArg<PresetSpeke20Audio>,
        preset_speke20_video: impl ::forma_core::schema::EnumArg<PresetSpeke20Video>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, preset_speke20_audio.into_enum_expr());
        props.set(1, preset_speke20_video.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<EncryptionContractConfiguration> for ::forma_core::Value<EncryptionContractConfiguration> {
    fn from(v: EncryptionContractConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONTRACT_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::MediaPackageV2::OriginEndpoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaPackageV2::OriginEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChannelGroupName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ChannelName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ContainerType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TS", "CMAF", "ISM"]),
        },
        ::forma_core::schema::Property {
            name: "DashManifests",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DASH_MANIFEST_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ForceEndpointErrorConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FORCE_ENDPOINT_ERROR_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HlsManifests",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HLS_MANIFEST_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LowLatencyHlsManifests",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LOW_LATENCY_HLS_MANIFEST_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MssManifests",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MSS_MANIFEST_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "OriginEndpointName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Segment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SEGMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StartoverWindowSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1209600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "StreamNameOutputMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INDEX", "PASSTHROUGH_NAME"]),
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
            name: "UriSeparator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["UNDERSCORE", "HYPHEN"]),
        },
    ],
    rules: &[],
    attributes: &[
        "Arn",
        "CreatedAt",
        "DashManifestUrls",
        "MssManifestUrls",
        "HlsManifestUrls",
        "LowLatencyHlsManifestUrls",
        "ModifiedAt",
        "LowLatencyHlsManifests.*.Url",
        "HlsManifests.*.Url",
    ],
};

static DASH_MANIFEST_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.DashManifestConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioTimelinePattern",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "PATTERNED"]),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityStartTimeConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "BaseUrls",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DASH_BASE_URL_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Compactness",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STANDARD", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "DrmSignaling",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INDIVIDUAL", "REFERENCED"]),
        },
        ::forma_core::schema::Property {
            name: "DvbSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DASH_DVB_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FilterConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILTER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ManifestName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ManifestWindowSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinBufferTimeSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinUpdatePeriodSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PeriodTriggers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "AVAILS",
                    "DRM_KEY_ROTATION",
                    "SOURCE_CHANGES",
                    "SOURCE_DISRUPTIONS",
                    "NONE",
                ]),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Profiles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["DVB_DASH"]),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProgramInformation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DASH_PROGRAM_INFORMATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ScteDash",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCTE_DASH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SegmentTemplateFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NUMBER_WITH_TIMELINE"]),
        },
        ::forma_core::schema::Property {
            name: "SubtitleConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DASH_SUBTITLE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SuggestedPresentationDelaySeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "UriPathType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LEAF", "ROOT"]),
        },
        ::forma_core::schema::Property {
            name: "UtcTiming",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DASH_UTC_TIMING_TYPE),
        },
    ],
    rules: &[],
};

static FORCE_ENDPOINT_ERROR_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaPackageV2::OriginEndpoint.ForceEndpointErrorConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "EndpointErrorConditions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "STALE_MANIFEST",
                    "INCOMPLETE_MANIFEST",
                    "MISSING_DRM_KEY",
                    "SLATE_INPUT",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        }],
        rules: &[],
    };

static HLS_MANIFEST_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.HlsManifestConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChildManifestName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "FilterConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILTER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ManifestName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ManifestWindowSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ProgramDateTimeIntervalSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ScteHls",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCTE_HLS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StartTag",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&START_TAG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UriPathType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LEAF", "ROOT"]),
        },
        ::forma_core::schema::Property {
            name: "Url",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UrlEncodeChildManifest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static LOW_LATENCY_HLS_MANIFEST_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaPackageV2::OriginEndpoint.LowLatencyHlsManifestConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "ChildManifestName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9_-]+$"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "FilterConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&LOW_LATENCY_HLS_FILTER_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ManifestName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9_-]+$"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "ManifestWindowSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "ProgramDateTimeIntervalSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "ScteHls",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SCTE_HLS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "StartTag",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&START_TAG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "UriPathType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["LEAF", "ROOT"]),
            },
            ::forma_core::schema::Property {
                name: "Url",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "UrlEncodeChildManifest",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
        ],
        rules: &[],
    };

static MSS_MANIFEST_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.MssManifestConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "FilterConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MSS_FILTER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ManifestLayout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FULL", "COMPACT"]),
        },
        ::forma_core::schema::Property {
            name: "ManifestName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ManifestWindowSeconds",
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

static SEGMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.Segment",
    properties: &[
        ::forma_core::schema::Property {
            name: "Encryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IncludeIframeOnlyStreams",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "OutputTimestampMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PASSTHROUGH", "REBASED_TO_CHANNEL_START"]),
        },
        ::forma_core::schema::Property {
            name: "Scte",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SegmentDurationSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(30.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SegmentName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "TsIncludeDvbSubtitles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "TsUseAudioRenditionGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DASH_BASE_URL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.DashBaseUrl",
    properties: &[
        ::forma_core::schema::Property {
            name: "DvbPriority",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(15000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "DvbWeight",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(15000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServiceLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Url",
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

static DASH_DVB_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.DashDvbSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ErrorMetrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DASH_DVB_METRICS_REPORTING_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FontDownload",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DASH_DVB_FONT_DOWNLOAD_TYPE),
        },
    ],
    rules: &[],
};

static FILTER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.FilterConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClipStartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DrmSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "End",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ManifestFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Multiview",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MULTIVIEW_FILTER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Start",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimeDelaySeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1209600.0),
            }),
        },
    ],
    rules: &[],
};

static DASH_PROGRAM_INFORMATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.DashProgramInformation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Copyright",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "LanguageCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_-]*[a-zA-Z0-9]$"),
                min_length: Some(2),
                max_length: Some(5),
            }),
        },
        ::forma_core::schema::Property {
            name: "MoreInformationUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Title",
            required: false,
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

static SCTE_DASH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.ScteDash",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdMarkerDash",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BINARY", "XML"]),
        },
        ::forma_core::schema::Property {
            name: "ScteInManifests",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL", "MATCHES_FILTER"]),
        },
    ],
    rules: &[],
};

static DASH_SUBTITLE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.DashSubtitleConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "TtmlConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&DASH_TTML_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static DASH_UTC_TIMING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.DashUtcTiming",
    properties: &[
        ::forma_core::schema::Property {
            name: "TimingMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HTTP_HEAD", "HTTP_ISO", "HTTP_XSDATE", "UTC_DIRECT"]),
        },
        ::forma_core::schema::Property {
            name: "TimingSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static SCTE_HLS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.ScteHls",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdMarkerHls",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DATERANGE", "SCTE35_ENHANCED"]),
        },
        ::forma_core::schema::Property {
            name: "ScteInManifests",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL", "MATCHES_FILTER"]),
        },
    ],
    rules: &[],
};

static START_TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.StartTag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Precise",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "TimeOffset",
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

static LOW_LATENCY_HLS_FILTER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaPackageV2::OriginEndpoint.LowLatencyHlsFilterConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "ClipStartTime",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "DrmSettings",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
            },
            ::forma_core::schema::Property {
                name: "End",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "ManifestFilter",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
            },
            ::forma_core::schema::Property {
                name: "Start",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "TimeDelaySeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(1209600.0),
                }),
            },
        ],
        rules: &[],
    };

static MSS_FILTER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.MssFilterConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClipStartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DrmSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "End",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ManifestFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Start",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimeDelaySeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1209600.0),
            }),
        },
    ],
    rules: &[],
};

static ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.Encryption",
    properties: &[
        ::forma_core::schema::Property {
            name: "CmafExcludeSegmentDrmMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ConstantInitializationVector",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-fA-F]+$"),
                min_length: Some(32),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "EncryptionMethod",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_METHOD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KeyRotationIntervalSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(300.0),
                maximum: Some(31536000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SpekeKeyProvider",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPEKE_KEY_PROVIDER_TYPE),
        },
    ],
    rules: &[],
};

static SCTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.Scte",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomAdTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "PROGRAM",
                    "CHAPTER",
                    "UNSCHEDULED_EVENT",
                    "ALTERNATE_CONTENT_OPPORTUNITY",
                    "NETWORK",
                ]),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(25) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ScteFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "SPLICE_INSERT",
                    "BREAK",
                    "PROVIDER_ADVERTISEMENT",
                    "DISTRIBUTOR_ADVERTISEMENT",
                    "PROVIDER_PLACEMENT_OPPORTUNITY",
                    "DISTRIBUTOR_PLACEMENT_OPPORTUNITY",
                    "PROVIDER_OVERLAY_PLACEMENT_OPPORTUNITY",
                    "DISTRIBUTOR_OVERLAY_PLACEMENT_OPPORTUNITY",
                    "PROGRAM",
                    "CHAPTER",
                    "UNSCHEDULED_EVENT",
                    "ALTERNATE_CONTENT_OPPORTUNITY",
                    "NETWORK",
                    "PROVIDER_PROMO",
                    "DISTRIBUTOR_PROMO",
                    "PROVIDER_AD_BLOCK",
                    "DISTRIBUTOR_AD_BLOCK",
                    "CONTENT_IDENTIFICATION",
                    "CALL_AD_SERVER",
                ]),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ScteInSegments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "ALL", "MATCHES_FILTER"]),
        },
    ],
    rules: &[],
};

static DASH_DVB_METRICS_REPORTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.DashDvbMetricsReporting",
    properties: &[
        ::forma_core::schema::Property {
            name: "Probability",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ReportingUrl",
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

static DASH_DVB_FONT_DOWNLOAD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.DashDvbFontDownload",
    properties: &[
        ::forma_core::schema::Property {
            name: "FontFamily",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "MimeType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_/-]*[a-zA-Z0-9]$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Url",
            required: false,
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

static MULTIVIEW_FILTER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.MultiviewFilterConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Layout",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "LAYOUT_2EH",
                "LAYOUT_2PL",
                "LAYOUT_3EL",
                "LAYOUT_3PL",
                "LAYOUT_4E",
                "LAYOUT_4PL",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Sources",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9_-]+$"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};

static DASH_TTML_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.DashTtmlConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "TtmlProfile",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["IMSC_1", "EBU_TT_D_101"]),
    }],
    rules: &[],
};

static ENCRYPTION_METHOD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.EncryptionMethod",
    properties: &[
        ::forma_core::schema::Property {
            name: "CmafEncryptionMethod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CENC", "CBCS"]),
        },
        ::forma_core::schema::Property {
            name: "IsmEncryptionMethod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CENC"]),
        },
        ::forma_core::schema::Property {
            name: "TsEncryptionMethod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AES_128", "SAMPLE_AES"]),
        },
    ],
    rules: &[],
};

static SPEKE_KEY_PROVIDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.SpekeKeyProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:([^:\\n]+):acm:([^:\\n]+):([0-9]+):certificate/[a-zA-Z0-9-_]+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ContentKeyPeriodConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTENT_KEY_PERIOD_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DrmSystems",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "CLEAR_KEY_AES_128",
                    "FAIRPLAY",
                    "PLAYREADY",
                    "WIDEVINE",
                    "IRDETO",
                ]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(4) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EncryptionContractConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONTRACT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResourceId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z_-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "SpekeVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["V2_0", "V2_1"]),
        },
        ::forma_core::schema::Property {
            name: "Url",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static CONTENT_KEY_PERIOD_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackageV2::OriginEndpoint.ContentKeyPeriodConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "ContentKeyPeriodTiming",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["INDEX_ONLY", "START_END_ONLY", "INDEX_WITH_START_END"]),
    }],
    rules: &[],
};

static ENCRYPTION_CONTRACT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaPackageV2::OriginEndpoint.EncryptionContractConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "PresetSpeke20Audio",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "PRESET_AUDIO_1",
                    "PRESET_AUDIO_2",
                    "PRESET_AUDIO_3",
                    "SHARED",
                    "UNENCRYPTED",
                ]),
            },
            ::forma_core::schema::Property {
                name: "PresetSpeke20Video",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "PRESET_VIDEO_1",
                    "PRESET_VIDEO_2",
                    "PRESET_VIDEO_3",
                    "PRESET_VIDEO_4",
                    "PRESET_VIDEO_5",
                    "PRESET_VIDEO_6",
                    "PRESET_VIDEO_7",
                    "PRESET_VIDEO_8",
                    "SHARED",
                    "UNENCRYPTED",
                ]),
            },
        ],
        rules: &[],
    };
