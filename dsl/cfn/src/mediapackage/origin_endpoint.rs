// @generated from AWS::MediaPackage::OriginEndpoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaPackage::OriginEndpoint` and its property types.

/// Resource schema for AWS::MediaPackage::OriginEndpoint
///
/// CloudFormation type `AWS::MediaPackage::OriginEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct OriginEndpoint {
    props: ::forma_core::schema::Props,
}
impl OriginEndpoint {
    /// A new resource with its required properties: `ChannelId`, `Id`.
    #[track_caller]
    pub fn new(
        channel_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, channel_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// CDN Authorization credentials
    #[track_caller]
    pub fn authorization(mut self, value: impl ::std::convert::Into<::forma_core::Value<Authorization>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A Common Media Application Format (CMAF) packaging configuration.
    #[track_caller]
    pub fn cmaf_package(mut self, value: impl ::std::convert::Into<::forma_core::Value<CmafPackage>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A Dynamic Adaptive Streaming over HTTP (DASH) packaging configuration.
    #[track_caller]
    pub fn dash_package(mut self, value: impl ::std::convert::Into<::forma_core::Value<DashPackage>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A short text description of the OriginEndpoint.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An HTTP Live Streaming (HLS) packaging configuration.
    #[track_caller]
    pub fn hls_package(mut self, value: impl ::std::convert::Into<::forma_core::Value<HlsPackage>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A short string appended to the end of the OriginEndpoint URL.
    #[track_caller]
    pub fn manifest_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A Microsoft Smooth Streaming (MSS) packaging configuration.
    #[track_caller]
    pub fn mss_package(mut self, value: impl ::std::convert::Into<::forma_core::Value<MssPackage>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Control whether origination of video is allowed for this OriginEndpoint.
    #[track_caller]
    pub fn origination(mut self, value: impl ::forma_core::schema::EnumArg<Origination>) -> Self {
        self.props.set_at(9, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Maximum duration (seconds) of content to retain for startover playback.
    #[track_caller]
    pub fn startover_window_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A collection of tags associated with a resource
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Amount of delay (seconds) to enforce on the playback of live content.
    #[track_caller]
    pub fn time_delay_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of source IP CIDR blocks that will be allowed to access the OriginEndpoint.
    #[track_caller]
    pub fn whitelist(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for OriginEndpoint {
    type Attributes = OriginEndpointAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaPackage::OriginEndpoint"
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
/// The attributes of a `AWS::MediaPackage::OriginEndpoint` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `Url`.
    pub fn url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Url")
    }
}

/// The values CloudFormation documents: `ALLOW`, `DENY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Origination {
    /// `ALLOW`
    Allow,
    /// `DENY`
    Deny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Origination {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Deny => "DENY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW", "DENY"]
    }
}
impl ::std::convert::From<Origination> for ::forma_core::Value<Origination> {
    fn from(v: Origination) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Origination {}

/// CDN Authorization credentials
#[derive(Debug, Clone, PartialEq)]
pub struct Authorization {
    props: ::forma_core::schema::Props,
}
impl Authorization {
    /// A new value with its required properties: `CdnIdentifierSecret`, `SecretsRoleArn`.
    pub fn new(
        cdn_identifier_secret: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        secrets_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cdn_identifier_secret.into().into_expr());
        props.set(1, secrets_role_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Authorization> for ::forma_core::Value<Authorization> {
    fn from(v: Authorization) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHORIZATION_TYPE.properties))
    }
}

/// A Common Media Application Format (CMAF) packaging configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct CmafPackage {
    props: ::forma_core::schema::Props,
}
impl CmafPackage {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A Common Media Application Format (CMAF) encryption configuration.
    pub fn encryption(mut self, value: impl ::std::convert::Into<::forma_core::Value<CmafEncryption>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of HLS manifest configurations
    pub fn hls_manifests(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HlsManifest>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Duration (in seconds) of each segment.
    pub fn segment_duration_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// An optional custom string that is prepended to the name of each segment.
    pub fn segment_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A StreamSelection configuration.
    pub fn stream_selection(mut self, value: impl ::std::convert::Into<::forma_core::Value<StreamSelection>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CmafPackage {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CmafPackage> for ::forma_core::Value<CmafPackage> {
    fn from(v: CmafPackage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CMAF_PACKAGE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SPLICE_INSERT`, `BREAK`, `PROVIDER_ADVERTISEMENT`, `DISTRIBUTOR_ADVERTISEMENT`, `PROVIDER_PLACEMENT_OPPORTUNITY`, `DISTRIBUTOR_PLACEMENT_OPPORTUNITY`, `PROVIDER_OVERLAY_PLACEMENT_OPPORTUNITY`, `DISTRIBUTOR_OVERLAY_PLACEMENT_OPPORTUNITY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdTriggers {
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
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AdTriggers {
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
        ]
    }
}
impl ::std::convert::From<AdTriggers> for ::forma_core::Value<AdTriggers> {
    fn from(v: AdTriggers) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AdTriggers {}

/// The values CloudFormation documents: `NONE`, `RESTRICTED`, `UNRESTRICTED`, `BOTH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdsOnDeliveryRestrictions {
    /// `NONE`
    None,
    /// `RESTRICTED`
    Restricted,
    /// `UNRESTRICTED`
    Unrestricted,
    /// `BOTH`
    Both,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AdsOnDeliveryRestrictions {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Restricted => "RESTRICTED",
            Self::Unrestricted => "UNRESTRICTED",
            Self::Both => "BOTH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "RESTRICTED", "UNRESTRICTED", "BOTH"]
    }
}
impl ::std::convert::From<AdsOnDeliveryRestrictions> for ::forma_core::Value<AdsOnDeliveryRestrictions> {
    fn from(v: AdsOnDeliveryRestrictions) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AdsOnDeliveryRestrictions {}

/// The values CloudFormation documents: `FULL`, `COMPACT`, `DRM_TOP_LEVEL_COMPACT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ManifestLayout {
    /// `FULL`
    Full,
    /// `COMPACT`
    Compact,
    /// `DRM_TOP_LEVEL_COMPACT`
    DrmTopLevelCompact,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ManifestLayout {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "FULL",
            Self::Compact => "COMPACT",
            Self::DrmTopLevelCompact => "DRM_TOP_LEVEL_COMPACT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FULL", "COMPACT", "DRM_TOP_LEVEL_COMPACT"]
    }
}
impl ::std::convert::From<ManifestLayout> for ::forma_core::Value<ManifestLayout> {
    fn from(v: ManifestLayout) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ManifestLayout {}

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

/// The values CloudFormation documents: `NONE`, `HBBTV_1_5`, `HYBRIDCAST`, `DVB_DASH_2014`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Profile {
    /// `NONE`
    None,
    /// `HBBTV_1_5`
    Hbbtv15,
    /// `HYBRIDCAST`
    Hybridcast,
    /// `DVB_DASH_2014`
    DvbDash2014,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Profile {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Hbbtv15 => "HBBTV_1_5",
            Self::Hybridcast => "HYBRIDCAST",
            Self::DvbDash2014 => "DVB_DASH_2014",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "HBBTV_1_5", "HYBRIDCAST", "DVB_DASH_2014"]
    }
}
impl ::std::convert::From<Profile> for ::forma_core::Value<Profile> {
    fn from(v: Profile) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Profile {}

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

/// The values CloudFormation documents: `HTTP-XSDATE`, `HTTP-ISO`, `HTTP-HEAD`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UtcTiming {
    /// `HTTP-XSDATE`
    HttpXsdate,
    /// `HTTP-ISO`
    HttpIso,
    /// `HTTP-HEAD`
    HttpHead,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UtcTiming {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::HttpXsdate => "HTTP-XSDATE",
            Self::HttpIso => "HTTP-ISO",
            Self::HttpHead => "HTTP-HEAD",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HTTP-XSDATE", "HTTP-ISO", "HTTP-HEAD", "NONE"]
    }
}
impl ::std::convert::From<UtcTiming> for ::forma_core::Value<UtcTiming> {
    fn from(v: UtcTiming) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UtcTiming {}

/// A Dynamic Adaptive Streaming over HTTP (DASH) packaging configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct DashPackage {
    props: ::forma_core::schema::Props,
}
impl DashPackage {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of SCTE-35 message types that are treated as ad markers in the output.
    pub fn ad_triggers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AdTriggers>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// This setting allows the delivery restriction flags on SCTE-35 segmentation descriptors to determine whether a message signals an ad.
    pub fn ads_on_delivery_restrictions(
        mut self,
        value: impl ::forma_core::schema::EnumArg<AdsOnDeliveryRestrictions>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// A Dynamic Adaptive Streaming over HTTP (DASH) encryption configuration.
    pub fn encryption(mut self, value: impl ::std::convert::Into<::forma_core::Value<DashEncryption>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// When enabled, an I-Frame only stream will be included in the output.
    pub fn include_iframe_only_stream(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Determines the position of some tags in the Media Presentation Description (MPD).
    pub fn manifest_layout(mut self, value: impl ::forma_core::schema::EnumArg<ManifestLayout>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// Time window (in seconds) contained in each manifest.
    pub fn manifest_window_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Minimum duration (in seconds) that a player will buffer media before starting the presentation.
    pub fn min_buffer_time_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Minimum duration (in seconds) between potential changes to the Dynamic Adaptive Streaming over HTTP (DASH) Media Presentation Description (MPD).
    pub fn min_update_period_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// A list of triggers that controls when the outgoing Dynamic Adaptive Streaming over HTTP (DASH) Media Presentation Description (MPD) will be partitioned into multiple periods.
    pub fn period_triggers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PeriodTriggers>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The Dynamic Adaptive Streaming over HTTP (DASH) profile type.
    pub fn profile(mut self, value: impl ::forma_core::schema::EnumArg<Profile>) -> Self {
        self.props.set(9, value.into_enum_expr());
        self
    }
    /// Duration (in seconds) of each segment.
    pub fn segment_duration_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// Determines the type of SegmentTemplate included in the Media Presentation Description (MPD).
    pub fn segment_template_format(mut self, value: impl ::forma_core::schema::EnumArg<SegmentTemplateFormat>) -> Self {
        self.props.set(11, value.into_enum_expr());
        self
    }
    /// A StreamSelection configuration.
    pub fn stream_selection(mut self, value: impl ::std::convert::Into<::forma_core::Value<StreamSelection>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// Duration (in seconds) to delay live content before presentation.
    pub fn suggested_presentation_delay_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// Determines the type of UTCTiming included in the Media Presentation Description (MPD)
    pub fn utc_timing(mut self, value: impl ::forma_core::schema::EnumArg<UtcTiming>) -> Self {
        self.props.set(14, value.into_enum_expr());
        self
    }
    /// Specifies the value attribute of the UTCTiming field when utcTiming is set to HTTP-ISO, HTTP-HEAD or HTTP-XSDATE
    pub fn utc_timing_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DashPackage {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DashPackage> for ::forma_core::Value<DashPackage> {
    fn from(v: DashPackage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DASH_PACKAGE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NONE`, `SCTE35_ENHANCED`, `PASSTHROUGH`, `DATERANGE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdMarkers {
    /// `NONE`
    None,
    /// `SCTE35_ENHANCED`
    Scte35Enhanced,
    /// `PASSTHROUGH`
    Passthrough,
    /// `DATERANGE`
    Daterange,
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
            Self::Daterange => "DATERANGE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "SCTE35_ENHANCED", "PASSTHROUGH", "DATERANGE"]
    }
}
impl ::std::convert::From<AdMarkers> for ::forma_core::Value<AdMarkers> {
    fn from(v: AdMarkers) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AdMarkers {}

/// The values CloudFormation documents: `NONE`, `EVENT`, `VOD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PlaylistType {
    /// `NONE`
    None,
    /// `EVENT`
    Event,
    /// `VOD`
    Vod,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PlaylistType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Event => "EVENT",
            Self::Vod => "VOD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "EVENT", "VOD"]
    }
}
impl ::std::convert::From<PlaylistType> for ::forma_core::Value<PlaylistType> {
    fn from(v: PlaylistType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PlaylistType {}

/// An HTTP Live Streaming (HLS) packaging configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct HlsPackage {
    props: ::forma_core::schema::Props,
}
impl HlsPackage {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// This setting controls how ad markers are included in the packaged OriginEndpoint.
    pub fn ad_markers(mut self, value: impl ::forma_core::schema::EnumArg<AdMarkers>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// A list of SCTE-35 message types that are treated as ad markers in the output.
    pub fn ad_triggers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AdTriggers>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// This setting allows the delivery restriction flags on SCTE-35 segmentation descriptors to determine whether a message signals an ad.
    pub fn ads_on_delivery_restrictions(
        mut self,
        value: impl ::forma_core::schema::EnumArg<AdsOnDeliveryRestrictions>,
    ) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// An HTTP Live Streaming (HLS) encryption configuration.
    pub fn encryption(mut self, value: impl ::std::convert::Into<::forma_core::Value<HlsEncryption>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// When enabled, MediaPackage passes through digital video broadcasting (DVB) subtitles into the output.
    pub fn include_dvb_subtitles(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// When enabled, an I-Frame only stream will be included in the output.
    pub fn include_iframe_only_stream(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The HTTP Live Streaming (HLS) playlist type.
    pub fn playlist_type(mut self, value: impl ::forma_core::schema::EnumArg<PlaylistType>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// Time window (in seconds) contained in each parent manifest.
    pub fn playlist_window_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The interval (in seconds) between each EXT-X-PROGRAM-DATE-TIME tag inserted into manifests.
    pub fn program_date_time_interval_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Duration (in seconds) of each fragment.
    pub fn segment_duration_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// A StreamSelection configuration.
    pub fn stream_selection(mut self, value: impl ::std::convert::Into<::forma_core::Value<StreamSelection>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// When enabled, audio streams will be placed in rendition groups in the output.
    pub fn use_audio_rendition_group(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HlsPackage {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HlsPackage> for ::forma_core::Value<HlsPackage> {
    fn from(v: HlsPackage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HLS_PACKAGE_TYPE.properties))
    }
}

/// A Microsoft Smooth Streaming (MSS) packaging configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct MssPackage {
    props: ::forma_core::schema::Props,
}
impl MssPackage {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A Microsoft Smooth Streaming (MSS) encryption configuration.
    pub fn encryption(mut self, value: impl ::std::convert::Into<::forma_core::Value<MssEncryption>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The time window (in seconds) contained in each manifest.
    pub fn manifest_window_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The duration (in seconds) of each segment.
    pub fn segment_duration_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A StreamSelection configuration.
    pub fn stream_selection(mut self, value: impl ::std::convert::Into<::forma_core::Value<StreamSelection>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MssPackage {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MssPackage> for ::forma_core::Value<MssPackage> {
    fn from(v: MssPackage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MSS_PACKAGE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::MediaPackage::OriginEndpoint`.
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

/// The values CloudFormation documents: `SAMPLE_AES`, `AES_CTR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionMethod {
    /// `SAMPLE_AES`
    SampleAes,
    /// `AES_CTR`
    AesCtr,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncryptionMethod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SampleAes => "SAMPLE_AES",
            Self::AesCtr => "AES_CTR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SAMPLE_AES", "AES_CTR"]
    }
}
impl ::std::convert::From<EncryptionMethod> for ::forma_core::Value<EncryptionMethod> {
    fn from(v: EncryptionMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncryptionMethod {}

/// A Common Media Application Format (CMAF) encryption configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct CmafEncryption {
    props: ::forma_core::schema::Props,
}
impl CmafEncryption {
    /// A new value with its required properties: `SpekeKeyProvider`.
    pub fn new(speke_key_provider: impl ::std::convert::Into<::forma_core::Value<SpekeKeyProvider>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, speke_key_provider.into().into_expr());
        Self { props }
    }
    /// An optional 128-bit, 16-byte hex value represented by a 32-character string, used in conjunction with the key for encrypting blocks.
    ///
    /// Allowed: length 32 to 32.
    pub fn constant_initialization_vector(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The encryption method used
    pub fn encryption_method(mut self, value: impl ::forma_core::schema::EnumArg<EncryptionMethod>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Time (in seconds) between each encryption key rotation.
    pub fn key_rotation_interval_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CmafEncryption> for ::forma_core::Value<CmafEncryption> {
    fn from(v: CmafEncryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CMAF_ENCRYPTION_TYPE.properties))
    }
}

/// A HTTP Live Streaming (HLS) manifest configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct HlsManifest {
    props: ::forma_core::schema::Props,
}
impl HlsManifest {
    /// A new value with its required properties: `Id`.
    pub fn new(id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, id.into().into_expr());
        Self { props }
    }
    /// This setting controls how ad markers are included in the packaged OriginEndpoint.
    pub fn ad_markers(mut self, value: impl ::forma_core::schema::EnumArg<AdMarkers>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// A list of SCTE-35 message types that are treated as ad markers in the output.
    pub fn ad_triggers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AdTriggers>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// This setting allows the delivery restriction flags on SCTE-35 segmentation descriptors to determine whether a message signals an ad.
    pub fn ads_on_delivery_restrictions(
        mut self,
        value: impl ::forma_core::schema::EnumArg<AdsOnDeliveryRestrictions>,
    ) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// When enabled, an I-Frame only stream will be included in the output.
    pub fn include_iframe_only_stream(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// An optional short string appended to the end of the OriginEndpoint URL.
    pub fn manifest_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The HTTP Live Streaming (HLS) playlist type.
    pub fn playlist_type(mut self, value: impl ::forma_core::schema::EnumArg<PlaylistType>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// Time window (in seconds) contained in each parent manifest.
    pub fn playlist_window_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The interval (in seconds) between each EXT-X-PROGRAM-DATE-TIME tag inserted into manifests.
    pub fn program_date_time_interval_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The URL of the packaged OriginEndpoint for consumption.
    pub fn url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HlsManifest> for ::forma_core::Value<HlsManifest> {
    fn from(v: HlsManifest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HLS_MANIFEST_TYPE.properties))
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

/// A Dynamic Adaptive Streaming over HTTP (DASH) encryption configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct DashEncryption {
    props: ::forma_core::schema::Props,
}
impl DashEncryption {
    /// A new value with its required properties: `SpekeKeyProvider`.
    pub fn new(speke_key_provider: impl ::std::convert::Into<::forma_core::Value<SpekeKeyProvider>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, speke_key_provider.into().into_expr());
        Self { props }
    }
    /// Time (in seconds) between each encryption key rotation.
    pub fn key_rotation_interval_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
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
pub enum HlsEncryptionEncryptionMethod {
    /// `AES_128`
    Aes128,
    /// `SAMPLE_AES`
    SampleAes,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HlsEncryptionEncryptionMethod {
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
impl ::std::convert::From<HlsEncryptionEncryptionMethod> for ::forma_core::Value<HlsEncryptionEncryptionMethod> {
    fn from(v: HlsEncryptionEncryptionMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HlsEncryptionEncryptionMethod {}

/// An HTTP Live Streaming (HLS) encryption configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct HlsEncryption {
    props: ::forma_core::schema::Props,
}
impl HlsEncryption {
    /// A new value with its required properties: `SpekeKeyProvider`.
    pub fn new(speke_key_provider: impl ::std::convert::Into<::forma_core::Value<SpekeKeyProvider>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, speke_key_provider.into().into_expr());
        Self { props }
    }
    /// A constant initialization vector for encryption (optional).
    pub fn constant_initialization_vector(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The encryption method to use.
    pub fn encryption_method(
        mut self,
        value: impl ::forma_core::schema::EnumArg<HlsEncryptionEncryptionMethod>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Interval (in seconds) between each encryption key rotation.
    pub fn key_rotation_interval_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// When enabled, the EXT-X-KEY tag will be repeated in output manifests.
    pub fn repeat_ext_x_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HlsEncryption> for ::forma_core::Value<HlsEncryption> {
    fn from(v: HlsEncryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HLS_ENCRYPTION_TYPE.properties))
    }
}

/// A Microsoft Smooth Streaming (MSS) encryption configuration.
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

/// A configuration for accessing an external Secure Packager and Encoder Key Exchange (SPEKE) service that will provide encryption keys.
#[derive(Debug, Clone, PartialEq)]
pub struct SpekeKeyProvider {
    props: ::forma_core::schema::Props,
}
impl SpekeKeyProvider {
    /// A new value with its required properties: `ResourceId`, `RoleArn`, `SystemIds`, `Url`.
    pub fn new(
        resource_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        system_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, resource_id.into().into_expr());
        props.set(3, role_arn.into().into_expr());
        props.set(4, system_ids.into().into_expr());
        props.set(5, url.into().into_expr());
        Self { props }
    }
    /// An Amazon Resource Name (ARN) of a Certificate Manager certificate that MediaPackage will use for enforcing secure end-to-end data transfer with the key provider service.
    pub fn certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The configuration to use for encrypting one or more content tracks separately for endpoints that use SPEKE 2.0.
    pub fn encryption_contract_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionContractConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SpekeKeyProvider> for ::forma_core::Value<SpekeKeyProvider> {
    fn from(v: SpekeKeyProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPEKE_KEY_PROVIDER_TYPE.properties))
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

/// The schema of `AWS::MediaPackage::OriginEndpoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaPackage::OriginEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "Authorization",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTHORIZATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ChannelId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
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
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\A[0-9a-zA-Z-_]+\\Z"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ManifestName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MssPackage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MSS_PACKAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Origination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW", "DENY"]),
        },
        ::forma_core::schema::Property {
            name: "StartoverWindowSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
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
            name: "TimeDelaySeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Whitelist",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Url"],
};

static AUTHORIZATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::OriginEndpoint.Authorization",
    properties: &[
        ::forma_core::schema::Property {
            name: "CdnIdentifierSecret",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretsRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CMAF_PACKAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::OriginEndpoint.CmafPackage",
    properties: &[
        ::forma_core::schema::Property {
            name: "Encryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CMAF_ENCRYPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HlsManifests",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HLS_MANIFEST_TYPE),
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
            name: "SegmentPrefix",
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

static DASH_PACKAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::OriginEndpoint.DashPackage",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdTriggers",
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
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AdsOnDeliveryRestrictions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "RESTRICTED", "UNRESTRICTED", "BOTH"]),
        },
        ::forma_core::schema::Property {
            name: "Encryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DASH_ENCRYPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IncludeIframeOnlyStream",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ManifestLayout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FULL", "COMPACT", "DRM_TOP_LEVEL_COMPACT"]),
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
                &::forma_core::schema::Shape::Enum(&["ADS"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Profile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "HBBTV_1_5", "HYBRIDCAST", "DVB_DASH_2014"]),
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
        ::forma_core::schema::Property {
            name: "StreamSelection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STREAM_SELECTION_TYPE),
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
            name: "UtcTiming",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HTTP-XSDATE", "HTTP-ISO", "HTTP-HEAD", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "UtcTimingUri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static HLS_PACKAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::OriginEndpoint.HlsPackage",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdMarkers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "SCTE35_ENHANCED", "PASSTHROUGH", "DATERANGE"]),
        },
        ::forma_core::schema::Property {
            name: "AdTriggers",
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
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AdsOnDeliveryRestrictions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "RESTRICTED", "UNRESTRICTED", "BOTH"]),
        },
        ::forma_core::schema::Property {
            name: "Encryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HLS_ENCRYPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IncludeDvbSubtitles",
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
            name: "PlaylistType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "EVENT", "VOD"]),
        },
        ::forma_core::schema::Property {
            name: "PlaylistWindowSeconds",
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
            name: "SegmentDurationSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StreamSelection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STREAM_SELECTION_TYPE),
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
    name: "AWS::MediaPackage::OriginEndpoint.MssPackage",
    properties: &[
        ::forma_core::schema::Property {
            name: "Encryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MSS_ENCRYPTION_TYPE),
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
            name: "SegmentDurationSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
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

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::OriginEndpoint.Tag",
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
    name: "AWS::MediaPackage::OriginEndpoint.CmafEncryption",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConstantInitializationVector",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\A[0-9a-fA-F]+\\Z"),
                min_length: Some(32),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "EncryptionMethod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SAMPLE_AES", "AES_CTR"]),
        },
        ::forma_core::schema::Property {
            name: "KeyRotationIntervalSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
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

static HLS_MANIFEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::OriginEndpoint.HlsManifest",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdMarkers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "SCTE35_ENHANCED", "PASSTHROUGH", "DATERANGE"]),
        },
        ::forma_core::schema::Property {
            name: "AdTriggers",
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
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AdsOnDeliveryRestrictions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "RESTRICTED", "UNRESTRICTED", "BOTH"]),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
            name: "PlaylistType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "EVENT", "VOD"]),
        },
        ::forma_core::schema::Property {
            name: "PlaylistWindowSeconds",
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
            name: "Url",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static STREAM_SELECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::OriginEndpoint.StreamSelection",
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

static DASH_ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::OriginEndpoint.DashEncryption",
    properties: &[
        ::forma_core::schema::Property {
            name: "KeyRotationIntervalSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
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

static HLS_ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::OriginEndpoint.HlsEncryption",
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
            name: "KeyRotationIntervalSeconds",
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
            name: "SpekeKeyProvider",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPEKE_KEY_PROVIDER_TYPE),
        },
    ],
    rules: &[],
};

static MSS_ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::OriginEndpoint.MssEncryption",
    properties: &[::forma_core::schema::Property {
        name: "SpekeKeyProvider",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SPEKE_KEY_PROVIDER_TYPE),
    }],
    rules: &[],
};

static SPEKE_KEY_PROVIDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::OriginEndpoint.SpekeKeyProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EncryptionContractConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONTRACT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResourceId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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

static ENCRYPTION_CONTRACT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaPackage::OriginEndpoint.EncryptionContractConfiguration",
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
