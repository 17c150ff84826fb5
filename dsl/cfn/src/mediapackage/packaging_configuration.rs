// @generated from AWS::MediaPackage::PackagingConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaPackage::PackagingConfiguration` and its property types.

/// Resource schema for AWS::MediaPackage::PackagingConfiguration
///
/// CloudFormation type `AWS::MediaPackage::PackagingConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct PackagingConfiguration {
    props: ::forma_core::schema::Props,
}
impl PackagingConfiguration {
    /// A new resource with its required properties: `Id`, `PackagingGroupId`.
    #[track_caller]
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        packaging_group_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, packaging_group_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A CMAF packaging configuration.
    #[track_caller]
    pub fn cmaf_package(mut self, value: impl ::std::convert::Into<::forma_core::Value<CmafPackage>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A Dynamic Adaptive Streaming over HTTP (DASH) packaging configuration.
    #[track_caller]
    pub fn dash_package(mut self, value: impl ::std::convert::Into<::forma_core::Value<DashPackage>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An HTTP Live Streaming (HLS) packaging configuration.
    #[track_caller]
    pub fn hls_package(mut self, value: impl ::std::convert::Into<::forma_core::Value<HlsPackage>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A Microsoft Smooth Streaming (MSS) PackagingConfiguration.
    #[track_caller]
    pub fn mss_package(mut self, value: impl ::std::convert::Into<::forma_core::Value<MssPackage>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A collection of tags associated with a resource
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PackagingConfiguration {
    type Attributes = PackagingConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaPackage::PackagingConfiguration"
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
/// The attributes of a `AWS::MediaPackage::PackagingConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PackagingConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PackagingConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PackagingConfigurationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// A CMAF packaging configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct CmafPackage {
    props: ::forma_core::schema::Props,
}
impl CmafPackage {
    /// A new value with its required properties: `HlsManifests`.
    pub fn new(hls_manifests: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HlsManifest>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, hls_manifests.into().into_expr());
        Self { props }
    }
    /// A CMAF encryption configuration.
    pub fn encryption(mut self, value: impl ::std::convert::Into<::forma_core::Value<CmafEncryption>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// When includeEncoderConfigurationInSegments is set to true, MediaPackage places your encoder's Sequence Parameter Set (SPS), Picture Parameter Set (PPS), and Video Parameter Set (VPS) metadata in every video segment instead of in the init fragment.
    pub fn include_encoder_configuration_in_segments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Duration (in seconds) of each fragment.
    pub fn segment_duration_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CmafPackage> for ::forma_core::Value<CmafPackage> {
    fn from(v: CmafPackage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CMAF_PACKAGE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ADS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PeriodTriggers {
    /// `ADS`
    Ads,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PeriodTriggers {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ads => "ADS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ADS"]
    }
}
impl ::std::convert::From<PeriodTriggers> for ::forma_core::Value<PeriodTriggers> {
    fn from(v: PeriodTriggers) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PeriodTriggers {}

/// The values CloudFormation documents: `NUMBER_WITH_TIMELINE`, `TIME_WITH_TIMELINE`, `NUMBER_WITH_DURATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SegmentTemplateFormat {
    /// `NUMBER_WITH_TIMELINE`
    NumberWithTimeline,
    /// `TIME_WITH_TIMELINE`
    TimeWithTimeline,
    /// `NUMBER_WITH_DURATION`
    NumberWithDuration,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SegmentTemplateFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NumberWithTimeline => "NUMBER_WITH_TIMELINE",
            Self::TimeWithTimeline => "TIME_WITH_TIMELINE",
            Self::NumberWithDuration => "NUMBER_WITH_DURATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NUMBER_WITH_TIMELINE", "TIME_WITH_TIMELINE", "NUMBER_WITH_DURATION"]
    }
}
impl ::std::convert::From<SegmentTemplateFormat> for ::forma_core::Value<SegmentTemplateFormat> {
    fn from(v: SegmentTemplateFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SegmentTemplateFormat {}

/// A Dynamic Adaptive Streaming over HTTP (DASH) packaging configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct DashPackage {
    props: ::forma_core::schema::Props,
}
impl DashPackage {
    /// A new value with its required properties: `DashManifests`.
    pub fn new(dash_manifests: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DashManifest>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dash_manifests.into().into_expr());
        Self { props }
    }
    /// A Dynamic Adaptive Streaming over HTTP (DASH) encryption configuration.
    pub fn encryption(mut self, value: impl ::std::convert::Into<::forma_core::Value<DashEncryption>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// When includeEncoderConfigurationInSegments is set to true, MediaPackage places your encoder's Sequence Parameter Set (SPS), Picture Parameter Set (PPS), and Video Parameter Set (VPS) metadata in every video segment instead of in the init fragment.
    pub fn include_encoder_configuration_in_segments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// When enabled, an I-Frame only stream will be included in the output.
    pub fn include_iframe_only_stream(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A list of triggers that controls when the outgoing Dynamic Adaptive Streaming over HTTP (DASH) Media Presentation Description (MPD) will be partitioned into multiple periods.
    pub fn period_triggers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PeriodTriggers>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Duration (in seconds) of each fragment.
    pub fn segment_duration_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Determines the type of SegmentTemplate included in the Media Presentation Description (MPD).
    pub fn segment_template_format(mut self, value: impl ::forma_core::schema::EnumArg<SegmentTemplateFormat>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<DashPackage> for ::forma_core::Value<DashPackage> {
    fn from(v: DashPackage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DASH_PACKAGE_TYPE.properties))
    }
}

/// An HTTP Live Streaming (HLS) packaging configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct HlsPackage {
    props: ::forma_core::schema::Props,
}
impl HlsPackage {
    /// A new value with its required properties: `HlsManifests`.
    pub fn new(hls_manifests: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HlsManifest>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, hls_manifests.into().into_expr());
        Self { props }
    }
    /// An HTTP Live Streaming (HLS) encryption configuration.
    pub fn encryption(mut self, value: impl ::std::convert::Into<::forma_core::Value<HlsEncryption>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// When enabled, MediaPackage passes through digital video broadcasting (DVB) subtitles into the output.
    pub fn include_dvb_subtitles(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Duration (in seconds) of each fragment.
    pub fn segment_duration_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// When enabled, audio streams will be placed in rendition groups in the output.
    pub fn use_audio_rendition_group(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HlsPackage> for ::forma_core::Value<HlsPackage> {
    fn from(v: HlsPackage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HLS_PACKAGE_TYPE.properties))
    }
}

/// A Microsoft Smooth Streaming (MSS) PackagingConfiguration.
#[derive(Debug, Clone, PartialEq)]
pub struct MssPackage {
    props: ::forma_core::schema::Props,
}
impl MssPackage {
    /// A new value with its required properties: `MssManifests`.
    pub fn new(mss_manifests: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MssManifest>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, mss_manifests.into().into_expr());
        Self { props }
    }
    /// A CMAF encryption configuration.
    pub fn encryption(mut self, value: impl ::std::convert::Into<::forma_core::Value<MssEncryption>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Duration (in seconds) of each fragment.
    pub fn segment_duration_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MssPackage> for ::forma_core::Value<MssPackage> {
    fn from(v: MssPackage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MSS_PACKAGE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::MediaPackage::PackagingConfiguration`.
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

/// A CMAF encryption configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct CmafEncryption {
    props: ::forma_core::schema::Props,
}
impl CmafEncryption {
    /// A new value with its required properties: `SpekeKeyProvider`.
    pub fn new(speke_key_provider: impl ::std::convert::Into<::forma_core::Value<SpekeKeyProvider>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, speke_key_provider.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CmafEncryption> for ::forma_core::Value<CmafEncryption> {
    fn from(v: CmafEncryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CMAF_ENCRYPTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NONE`, `SCTE35_ENHANCED`, `PASSTHROUGH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdMarkers {
    /// `NONE`
    None,
    /// `SCTE35_ENHANCED`
    Scte35Enhanced,
    /// `PASSTHROUGH`
    Passthrough,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AdMarkers {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Scte35Enhanced => "SCTE35_ENHANCED",
            Self::Passthrough => "PASSTHROUGH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "SCTE35_ENHANCED", "PASSTHROUGH"]
    }
}
impl ::std::convert::From<AdMarkers> for ::forma_core::Value<AdMarkers> {
    fn from(v: AdMarkers) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AdMarkers {}

/// An HTTP Live Streaming (HLS) manifest configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct HlsManifest {
    props: ::forma_core::schema::Props,
}
impl HlsManifest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// This setting controls how ad markers are included in the packaged OriginEndpoint.
    pub fn ad_markers(mut self, value: impl ::forma_core::schema::EnumArg<AdMarkers>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// When enabled, an I-Frame only stream will be included in the output.
    pub fn include_iframe_only_stream(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// An optional string to include in the name of the manifest.
    pub fn manifest_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The interval (in seconds) between each EXT-X-PROGRAM-DATE-TIME tag inserted into manifests.
    pub fn program_date_time_interval_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// When enabled, the EXT-X-KEY tag will be repeated in output manifests.
    pub fn repeat_ext_x_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A StreamSelection configuration.
    pub fn stream_selection(mut self, value: impl ::std::convert::Into<::forma_core::Value<StreamSelection>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HlsManifest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HlsManifest> for ::forma_core::Value<HlsManifest> {
    fn from(v: HlsManifest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HLS_MANIFEST_TYPE.properties))
    }
}

/// The values CloudFormation documents: `FULL`, `COMPACT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ManifestLayout {
    /// `FULL`
    Full,
    /// `COMPACT`
    Compact,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ManifestLayout {
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
impl ::std::convert::From<ManifestLayout> for ::forma_core::Value<ManifestLayout> {
    fn from(v: ManifestLayout) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ManifestLayout {}

/// The values CloudFormation documents: `NONE`, `HBBTV_1_5`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Profile {
    /// `NONE`
    None,
    /// `HBBTV_1_5`
    Hbbtv15,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Profile {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Hbbtv15 => "HBBTV_1_5",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "HBBTV_1_5"]
    }
}
impl ::std::convert::From<Profile> for ::forma_core::Value<Profile> {
    fn from(v: Profile) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Profile {}

/// The values CloudFormation documents: `SEGMENTS`, `MANIFEST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScteMarkersSource {
    /// `SEGMENTS`
    Segments,
    /// `MANIFEST`
    Manifest,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScteMarkersSource {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Segments => "SEGMENTS",
            Self::Manifest => "MANIFEST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SEGMENTS", "MANIFEST"]
    }
}
impl ::std::convert::From<ScteMarkersSource> for ::forma_core::Value<ScteMarkersSource> {
    fn from(v: ScteMarkersSource) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScteMarkersSource {}

/// A DASH manifest configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct DashManifest {
    props: ::forma_core::schema::Props,
}
impl DashManifest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Determines the position of some tags in the Media Presentation Description (MPD).
    pub fn manifest_layout(mut self, value: impl ::forma_core::schema::EnumArg<ManifestLayout>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// An optional string to include in the name of the manifest.
    pub fn manifest_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Minimum duration (in seconds) that a player will buffer media before starting the presentation.
    pub fn min_buffer_time_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The Dynamic Adaptive Streaming over HTTP (DASH) profile type.
    pub fn profile(mut self, value: impl ::forma_core::schema::EnumArg<Profile>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// The source of scte markers used.
    pub fn scte_markers_source(mut self, value: impl ::forma_core::schema::EnumArg<ScteMarkersSource>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// A StreamSelection configuration.
    pub fn stream_selection(mut self, value: impl ::std::convert::Into<::forma_core::Value<StreamSelection>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DashManifest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DashManifest> for ::forma_core::Value<DashManifest> {
    fn from(v: DashManifest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DASH_MANIFEST_TYPE.properties))
    }
}

/// A Dynamic Adaptive Streaming over HTTP (DASH) encryption configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct DashEncryption {
    props: ::forma_core::schema::Props,
}
impl DashEncryption {
    /// A new value with its required properties: `SpekeKeyProvider`.
    pub fn new(speke_key_provider: impl ::std::convert::Into<::forma_core::Value<SpekeKeyProvider>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, speke_key_provider.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DashEncryption> for ::forma_core::Value<DashEncryption> {
    fn from(v: DashEncryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DASH_ENCRYPTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AES_128`, `SAMPLE_AES`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionMethod {
    /// `AES_128`
    Aes128,
    /// `SAMPLE_AES`
    SampleAes,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncryptionMethod {
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
impl ::std::convert::From<EncryptionMethod> for ::forma_core::Value<EncryptionMethod> {
    fn from(v: EncryptionMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncryptionMethod {}

/// An HTTP Live Streaming (HLS) encryption configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct HlsEncryption {
    props: ::forma_core::schema::Props,
}
impl HlsEncryption {
    /// A new value with its required properties: `SpekeKeyProvider`.
    pub fn new(speke_key_provider: impl ::std::convert::Into<::forma_core::Value<SpekeKeyProvider>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, speke_key_provider.into().into_expr());
        Self { props }
    }
    /// An HTTP Live Streaming (HLS) encryption configuration.
    pub fn constant_initialization_vector(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The encryption method to use.
    pub fn encryption_method(mut self, value: impl ::forma_core::schema::EnumArg<EncryptionMethod>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<HlsEncryption> for ::forma_core::Value<HlsEncryption> {
    fn from(v: HlsEncryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HLS_ENCRYPTION_TYPE.properties))
    }
}

/// A CMAF encryption configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct MssEncryption {
    props: ::forma_core::schema::Props,
}
impl MssEncryption {
    /// A new value with its required properties: `SpekeKeyProvider`.
    pub fn new(speke_key_provider: impl ::std::convert::Into<::forma_core::Value<SpekeKeyProvider>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, speke_key_provider.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MssEncryption> for ::forma_core::Value<MssEncryption> {
    fn from(v: MssEncryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MSS_ENCRYPTION_TYPE.properties))
    }
}

/// A Microsoft Smooth Streaming (MSS) manifest configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct MssManifest {
    props: ::forma_core::schema::Props,
}
impl MssManifest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An optional string to include in the name of the manifest.
    pub fn manifest_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A StreamSelection configuration.
    pub fn stream_selection(mut self, value: impl ::std::convert::Into<::forma_core::Value<StreamSelection>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MssManifest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MssManifest> for ::forma_core::Value<MssManifest> {
    fn from(v: MssManifest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MSS_MANIFEST_TYPE.properties))
    }
}

/// A configuration for accessing an external Secure Packager and Encoder Key Exchange (SPEKE) service that will provide encryption keys.
#[derive(Debug, Clone, PartialEq)]
pub struct SpekeKeyProvider {
    props: ::forma_core::schema::Props,
}
impl SpekeKeyProvider {
    /// A new value with its required properties: `RoleArn`, `SystemIds`, `Url`.
    pub fn new(
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        system_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, role_arn.into().into_expr());
        props.set(2, system_ids.into().into_expr());
        props.set(3, url.into().into_expr());
        Self { props }
    }
    /// The configuration to use for encrypting one or more content tracks separately for endpoints that use SPEKE 2.0.
    pub fn encryption_contract_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionContractConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SpekeKeyProvider> for ::forma_core::Value<SpekeKeyProvider> {
    fn from(v: SpekeKeyProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPEKE_KEY_PROVIDER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ORIGINAL`, `VIDEO_BITRATE_ASCENDING`, `VIDEO_BITRATE_DESCENDING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StreamOrder {
    /// `ORIGINAL`
    Original,
    /// `VIDEO_BITRATE_ASCENDING`
    VideoBitrateAscending,
    /// `VIDEO_BITRATE_DESCENDING`
    VideoBitrateDescending,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StreamOrder {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Original => "ORIGINAL",
            Self::VideoBitrateAscending => "VIDEO_BITRATE_ASCENDING",
            Self::VideoBitrateDescending => "VIDEO_BITRATE_DESCENDING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ORIGINAL", "VIDEO_BITRATE_ASCENDING", "VIDEO_BITRATE_DESCENDING"]
    }
}
impl ::std::convert::From<StreamOrder> for ::forma_core::Value<StreamOrder> {
    fn from(v: StreamOrder) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StreamOrder {}

/// A StreamSelection configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamSelection {
    props: ::forma_core::schema::Props,
}
impl StreamSelection {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum video bitrate (bps) to include in output.
    pub fn max_video_bits_per_second(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum video bitrate (bps) to include in output.
    pub fn min_video_bits_per_second(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A directive that determines the order of streams in the output.
    pub fn stream_order(mut self, value: impl ::forma_core::schema::EnumArg<StreamOrder>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for StreamSelection {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StreamSelection> for ::forma_core::Value<StreamSelection> {
    fn from(v: StreamSelection) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STREAM_SELECTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PRESET-AUDIO-1`, `PRESET-AUDIO-2`, `PRESET-AUDIO-3`, `SHARED`, `UNENCRYPTED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PresetSpeke20Audio {
    /// `PRESET-AUDIO-1`
    PresetAudio1,
    /// `PRESET-AUDIO-2`
    PresetAudio2,
    /// `PRESET-AUDIO-3`
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
            Self::PresetAudio1 => "PRESET-AUDIO-1",
            Self::PresetAudio2 => "PRESET-AUDIO-2",
            Self::PresetAudio3 => "PRESET-AUDIO-3",
            Self::Shared => "SHARED",
            Self::Unencrypted => "UNENCRYPTED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PRESET-AUDIO-1", "PRESET-AUDIO-2", "PRESET-AUDIO-3", "SHARED", "UNENCRYPTED"]
    }
}
impl ::std::convert::From<PresetSpeke20Audio> for ::forma_core::Value<PresetSpeke20Audio> {
    fn from(v: PresetSpeke20Audio) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PresetSpeke20Audio {}

/// The values CloudFormation documents: `PRESET-VIDEO-1`, `PRESET-VIDEO-2`, `PRESET-VIDEO-3`, `PRESET-VIDEO-4`, `PRESET-VIDEO-5`, `PRESET-VIDEO-6`, `PRESET-VIDEO-7`, `PRESET-VIDEO-8`, `SHARED`, `UNENCRYPTED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PresetSpeke20Video {
    /// `PRESET-VIDEO-1`
    PresetVideo1,
    /// `PRESET-VIDEO-2`
    PresetVideo2,
    /// `PRESET-VIDEO-3`
    PresetVideo3,
    /// `PRESET-VIDEO-4`
    PresetVideo4,
    /// `PRESET-VIDEO-5`
    PresetVideo5,
    /// `PRESET-VIDEO-6`
    PresetVideo6,
    /// `PRESET-VIDEO-7`
    PresetVideo7,
    /// `PRESET-VIDEO-8`
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
            Self::PresetVideo1 => "PRESET-VIDEO-1",
            Self::PresetVideo2 => "PRESET-VIDEO-2",
            Self::PresetVideo3 => "PRESET-VIDEO-3",
            Self::PresetVideo4 => "PRESET-VIDEO-4",
            Self::PresetVideo5 => "PRESET-VIDEO-5",
            Self::PresetVideo6 => "PRESET-VIDEO-6",
            Self::PresetVideo7 => "PRESET-VIDEO-7",
            Self::PresetVideo8 => "PRESET-VIDEO-8",
            Self::Shared => "SHARED",
            Self::Unencrypted => "UNENCRYPTED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PRESET-VIDEO-1",
            "PRESET-VIDEO-2",
            "PRESET-VIDEO-3",
            "PRESET-VIDEO-4",
            "PRESET-VIDEO-5",
            "PRESET-VIDEO-6",
            "PRESET-VIDEO-7",
            "PRESET-VIDEO-8",
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

/// The configuration to use for encrypting one or more content tracks separately for endpoints that use SPEKE 2.0.
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

/// The schema of `AWS::MediaPackage::PackagingConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaPackage::PackagingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CmafPackage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CMAF_PACKAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DashPackage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DASH_PACKAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HlsPackage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HLS_PACKAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MssPackage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MSS_PACKAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PackagingGroupId",
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
    attributes: &["Arn"],
};

static CMAF_PACKAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::PackagingConfiguration.CmafPackage",
    properties: &[
        ::forma_core::schema::Property {
            name: "Encryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CMAF_ENCRYPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HlsManifests",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HLS_MANIFEST_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "IncludeEncoderConfigurationInSegments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SegmentDurationSeconds",
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

static DASH_PACKAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::PackagingConfiguration.DashPackage",
    properties: &[
        ::forma_core::schema::Property {
            name: "DashManifests",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DASH_MANIFEST_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Encryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DASH_ENCRYPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IncludeEncoderConfigurationInSegments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludeIframeOnlyStream",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PeriodTriggers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["ADS"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SegmentDurationSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SegmentTemplateFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "NUMBER_WITH_TIMELINE",
                "TIME_WITH_TIMELINE",
                "NUMBER_WITH_DURATION",
            ]),
        },
    ],
    rules: &[],
};

static HLS_PACKAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::PackagingConfiguration.HlsPackage",
    properties: &[
        ::forma_core::schema::Property {
            name: "Encryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HLS_ENCRYPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HlsManifests",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HLS_MANIFEST_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "IncludeDvbSubtitles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SegmentDurationSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "UseAudioRenditionGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static MSS_PACKAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::PackagingConfiguration.MssPackage",
    properties: &[
        ::forma_core::schema::Property {
            name: "Encryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MSS_ENCRYPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MssManifests",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MSS_MANIFEST_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SegmentDurationSeconds",
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

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::PackagingConfiguration.Tag",
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

static CMAF_ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::PackagingConfiguration.CmafEncryption",
    properties: &[::forma_core::schema::Property {
        name: "SpekeKeyProvider",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SPEKE_KEY_PROVIDER_TYPE),
    }],
    rules: &[],
};

static HLS_MANIFEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::PackagingConfiguration.HlsManifest",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdMarkers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "SCTE35_ENHANCED", "PASSTHROUGH"]),
        },
        ::forma_core::schema::Property {
            name: "IncludeIframeOnlyStream",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ManifestName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
            name: "RepeatExtXKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "StreamSelection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STREAM_SELECTION_TYPE),
        },
    ],
    rules: &[],
};

static DASH_MANIFEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::PackagingConfiguration.DashManifest",
    properties: &[
        ::forma_core::schema::Property {
            name: "ManifestLayout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FULL", "COMPACT"]),
        },
        ::forma_core::schema::Property {
            name: "ManifestName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
            name: "Profile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "HBBTV_1_5"]),
        },
        ::forma_core::schema::Property {
            name: "ScteMarkersSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SEGMENTS", "MANIFEST"]),
        },
        ::forma_core::schema::Property {
            name: "StreamSelection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STREAM_SELECTION_TYPE),
        },
    ],
    rules: &[],
};

static DASH_ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::PackagingConfiguration.DashEncryption",
    properties: &[::forma_core::schema::Property {
        name: "SpekeKeyProvider",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SPEKE_KEY_PROVIDER_TYPE),
    }],
    rules: &[],
};

static HLS_ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::PackagingConfiguration.HlsEncryption",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConstantInitializationVector",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EncryptionMethod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AES_128", "SAMPLE_AES"]),
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

static MSS_ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::PackagingConfiguration.MssEncryption",
    properties: &[::forma_core::schema::Property {
        name: "SpekeKeyProvider",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SPEKE_KEY_PROVIDER_TYPE),
    }],
    rules: &[],
};

static MSS_MANIFEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::PackagingConfiguration.MssManifest",
    properties: &[
        ::forma_core::schema::Property {
            name: "ManifestName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StreamSelection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STREAM_SELECTION_TYPE),
        },
    ],
    rules: &[],
};

static SPEKE_KEY_PROVIDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::PackagingConfiguration.SpekeKeyProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionContractConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONTRACT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SystemIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Url",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static STREAM_SELECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::PackagingConfiguration.StreamSelection",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxVideoBitsPerSecond",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinVideoBitsPerSecond",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StreamOrder",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ORIGINAL",
                "VIDEO_BITRATE_ASCENDING",
                "VIDEO_BITRATE_DESCENDING",
            ]),
        },
    ],
    rules: &[],
};

static ENCRYPTION_CONTRACT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaPackage::PackagingConfiguration.EncryptionContractConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "PresetSpeke20Audio",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "PRESET-AUDIO-1",
                    "PRESET-AUDIO-2",
                    "PRESET-AUDIO-3",
                    "SHARED",
                    "UNENCRYPTED",
                ]),
            },
            ::forma_core::schema::Property {
                name: "PresetSpeke20Video",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "PRESET-VIDEO-1",
                    "PRESET-VIDEO-2",
                    "PRESET-VIDEO-3",
                    "PRESET-VIDEO-4",
                    "PRESET-VIDEO-5",
                    "PRESET-VIDEO-6",
                    "PRESET-VIDEO-7",
                    "PRESET-VIDEO-8",
                    "SHARED",
                    "UNENCRYPTED",
                ]),
            },
        ],
        rules: &[],
    };
