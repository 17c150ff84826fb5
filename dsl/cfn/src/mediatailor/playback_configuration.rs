// @generated from AWS::MediaTailor::PlaybackConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaTailor::PlaybackConfiguration` and its property types.

/// Resource schema for AWS::MediaTailor::PlaybackConfiguration
///
/// CloudFormation type `AWS::MediaTailor::PlaybackConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaybackConfiguration {
    props: ::forma_core::schema::Props,
}
impl PlaybackConfiguration {
    /// A new resource with its required properties: `AdDecisionServerUrl`, `Name`, `VideoContentSourceUrl`.
    #[track_caller]
    pub fn new(
        ad_decision_server_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        video_content_source_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, ad_decision_server_url.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(17, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(22, video_content_source_url.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// <p>The setting that indicates what conditioning MediaTailor will perform on ads that the ad decision server (ADS) returns.</p>
    #[track_caller]
    pub fn ad_conditioning_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AdConditioningConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration for the request to the specified Ad Decision Server URL.
    #[track_caller]
    pub fn ad_decision_server_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AdDecisionServerConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The settings that control how many concurrent requests MediaTailor makes to the ad decision server (ADS).
    #[track_caller]
    pub fn ads_personalization_concurrency(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AdsPersonalizationConcurrency>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ad decision server (ADS) request timeouts and personalization time budgets for live, VOD, and prefetch workflows.
    #[track_caller]
    pub fn ads_personalization_timeouts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AdsPersonalizationTimeouts>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration for avail suppression, also known as ad suppression.
    #[track_caller]
    pub fn avail_suppression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AvailSuppression>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The beaconing configuration for this playback configuration, which controls whether AWS Elemental MediaTailor includes beacons of its own in the ad tracking response.
    #[track_caller]
    pub fn beaconing_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BeaconingConfiguration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration for bumpers.
    #[track_caller]
    pub fn bumper(mut self, value: impl ::std::convert::Into<::forma_core::Value<Bumper>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration for using a content delivery network (CDN), like Amazon CloudFront, for content and ad segment management.
    #[track_caller]
    pub fn cdn_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CdnConfiguration>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The player parameters and aliases used as dynamic variables during session initialization.
    #[track_caller]
    pub fn configuration_aliases(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration for DASH content.
    #[track_caller]
    pub fn dash_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DashConfiguration>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A map of event names to function identifiers for custom processing during session lifecycle events.
    #[track_caller]
    pub fn function_mapping(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration for HLS content.
    #[track_caller]
    pub fn hls_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HlsConfiguration>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The setting that controls whether players can use stitched or guided ad insertion.
    #[track_caller]
    pub fn insertion_mode(mut self, value: impl ::forma_core::schema::EnumArg<InsertionMode>) -> Self {
        self.props.set_at(13, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration for pre-roll ad insertion.
    #[track_caller]
    pub fn live_pre_roll_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LivePreRollConfiguration>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration that defines where AWS Elemental MediaTailor sends logs for the playback configuration.
    #[track_caller]
    pub fn log_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LogConfiguration>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration for manifest processing rules.
    #[track_caller]
    pub fn manifest_processing_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManifestProcessingRules>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Defines the maximum duration of underfilled ad time (in seconds) allowed in an ad break.
    ///
    /// Allowed: at least 1.
    #[track_caller]
    pub fn personalization_threshold_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The URL for a high-quality video asset to transcode and use to fill in time that's not used by ads.
    #[track_caller]
    pub fn slate_ad_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags to assign to the playback configuration.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name that is used to associate this playback configuration with a custom transcode profile.
    #[track_caller]
    pub fn transcode_profile_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PlaybackConfiguration {
    type Attributes = PlaybackConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaTailor::PlaybackConfiguration"
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
/// The attributes of a `AWS::MediaTailor::PlaybackConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PlaybackConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PlaybackConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PlaybackConfigurationAttributes {
    /// `Fn::GetAtt` `SessionInitializationEndpointPrefix`.
    pub fn session_initialization_endpoint_prefix(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SessionInitializationEndpointPrefix")
    }
    /// `Fn::GetAtt` `HlsConfiguration.ManifestEndpointPrefix`.
    pub fn hls_configuration_manifest_endpoint_prefix(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "HlsConfiguration.ManifestEndpointPrefix")
    }
    /// `Fn::GetAtt` `DashConfiguration.ManifestEndpointPrefix`.
    pub fn dash_configuration_manifest_endpoint_prefix(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DashConfiguration.ManifestEndpointPrefix")
    }
    /// `Fn::GetAtt` `PlaybackConfigurationArn`.
    pub fn playback_configuration_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PlaybackConfigurationArn")
    }
    /// `Fn::GetAtt` `PlaybackEndpointPrefix`.
    pub fn playback_endpoint_prefix(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PlaybackEndpointPrefix")
    }
}

/// The values CloudFormation documents: `STITCHED_ONLY`, `PLAYER_SELECT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InsertionMode {
    /// `STITCHED_ONLY`
    StitchedOnly,
    /// `PLAYER_SELECT`
    PlayerSelect,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InsertionMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::StitchedOnly => "STITCHED_ONLY",
            Self::PlayerSelect => "PLAYER_SELECT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STITCHED_ONLY", "PLAYER_SELECT"]
    }
}
impl ::std::convert::From<InsertionMode> for ::forma_core::Value<InsertionMode> {
    fn from(v: InsertionMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InsertionMode {}

/// The values CloudFormation documents: `TRANSCODE`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StreamingMediaFileConditioning {
    /// `TRANSCODE`
    Transcode,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StreamingMediaFileConditioning {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Transcode => "TRANSCODE",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TRANSCODE", "NONE"]
    }
}
impl ::std::convert::From<StreamingMediaFileConditioning> for ::forma_core::Value<StreamingMediaFileConditioning> {
    fn from(v: StreamingMediaFileConditioning) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StreamingMediaFileConditioning {}

/// <p>The setting that indicates what conditioning MediaTailor will perform on ads that the ad decision server (ADS) returns.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct AdConditioningConfiguration {
    props: ::forma_core::schema::Props,
}
impl AdConditioningConfiguration {
    /// A new value with its required properties: `StreamingMediaFileConditioning`.
    pub fn new(
        streaming_media_file_conditioning: impl ::forma_core::schema::EnumArg<StreamingMediaFileConditioning>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, streaming_media_file_conditioning.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<AdConditioningConfiguration> for ::forma_core::Value<AdConditioningConfiguration> {
    fn from(v: AdConditioningConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AD_CONDITIONING_CONFIGURATION_TYPE.properties))
    }
}

/// The configuration for the request to the specified Ad Decision Server URL.
#[derive(Debug, Clone, PartialEq)]
pub struct AdDecisionServerConfiguration {
    props: ::forma_core::schema::Props,
}
impl AdDecisionServerConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The configuration for the request to the Ad Decision Server URL.
    pub fn http_request(mut self, value: impl ::std::convert::Into<::forma_core::Value<HttpRequest>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The configuration for how MediaTailor processes the VAST response returned by the Ad Decision Server.
    pub fn vast_response(mut self, value: impl ::std::convert::Into<::forma_core::Value<VastResponse>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AdDecisionServerConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AdDecisionServerConfiguration> for ::forma_core::Value<AdDecisionServerConfiguration> {
    fn from(v: AdDecisionServerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AD_DECISION_SERVER_CONFIGURATION_TYPE.properties))
    }
}

/// The settings that control how many concurrent requests MediaTailor makes to the ad decision server (ADS).
#[derive(Debug, Clone, PartialEq)]
pub struct AdsPersonalizationConcurrency {
    props: ::forma_core::schema::Props,
}
impl AdsPersonalizationConcurrency {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Enables parallel processing of ADS requests in VOD workflows when the ADS returns VAST responses.
    pub fn enable_vod_vast_parallelization(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The maximum number of simultaneous requests that MediaTailor makes to the ADS for each manifest request.
    pub fn max_concurrent_ads_requests(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AdsPersonalizationConcurrency {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AdsPersonalizationConcurrency> for ::forma_core::Value<AdsPersonalizationConcurrency> {
    fn from(v: AdsPersonalizationConcurrency) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADS_PERSONALIZATION_CONCURRENCY_TYPE.properties))
    }
}

/// The ad decision server (ADS) request timeouts and personalization time budgets for live, VOD, and prefetch workflows.
#[derive(Debug, Clone, PartialEq)]
pub struct AdsPersonalizationTimeouts {
    props: ::forma_core::schema::Props,
}
impl AdsPersonalizationTimeouts {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum time, in milliseconds, that MediaTailor waits for a single ADS response during live or VOD playback.
    pub fn ads_request_timeout_milliseconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The maximum total time, in milliseconds, that MediaTailor spends on ADS activity for live manifests.
    pub fn live_maximum_ads_personalization_time_milliseconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The maximum time, in milliseconds, that MediaTailor waits for a single ADS response during prefetch retrieval.
    pub fn prefetch_ads_request_timeout_milliseconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The maximum total time, in milliseconds, that MediaTailor spends on ADS activity during prefetch retrieval.
    pub fn prefetch_maximum_ads_personalization_time_milliseconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The maximum total time, in milliseconds, that MediaTailor spends on ADS activity for VOD manifests.
    pub fn vod_maximum_ads_personalization_time_milliseconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AdsPersonalizationTimeouts {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AdsPersonalizationTimeouts> for ::forma_core::Value<AdsPersonalizationTimeouts> {
    fn from(v: AdsPersonalizationTimeouts) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADS_PERSONALIZATION_TIMEOUTS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PARTIAL_AVAIL`, `FULL_AVAIL_ONLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FillPolicy {
    /// `PARTIAL_AVAIL`
    PartialAvail,
    /// `FULL_AVAIL_ONLY`
    FullAvailOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FillPolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PartialAvail => "PARTIAL_AVAIL",
            Self::FullAvailOnly => "FULL_AVAIL_ONLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PARTIAL_AVAIL", "FULL_AVAIL_ONLY"]
    }
}
impl ::std::convert::From<FillPolicy> for ::forma_core::Value<FillPolicy> {
    fn from(v: FillPolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FillPolicy {}

/// The values CloudFormation documents: `OFF`, `BEHIND_LIVE_EDGE`, `AFTER_LIVE_EDGE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mode {
    /// `OFF`
    Off,
    /// `BEHIND_LIVE_EDGE`
    BehindLiveEdge,
    /// `AFTER_LIVE_EDGE`
    AfterLiveEdge,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Mode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Off => "OFF",
            Self::BehindLiveEdge => "BEHIND_LIVE_EDGE",
            Self::AfterLiveEdge => "AFTER_LIVE_EDGE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OFF", "BEHIND_LIVE_EDGE", "AFTER_LIVE_EDGE"]
    }
}
impl ::std::convert::From<Mode> for ::forma_core::Value<Mode> {
    fn from(v: Mode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Mode {}

/// The configuration for avail suppression, also known as ad suppression.
#[derive(Debug, Clone, PartialEq)]
pub struct AvailSuppression {
    props: ::forma_core::schema::Props,
}
impl AvailSuppression {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Defines the policy to apply to the avail suppression mode.
    pub fn fill_policy(mut self, value: impl ::forma_core::schema::EnumArg<FillPolicy>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Sets the ad suppression mode.
    pub fn mode(mut self, value: impl ::forma_core::schema::EnumArg<Mode>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// A live edge offset time in HH:MM:SS.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AvailSuppression {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AvailSuppression> for ::forma_core::Value<AvailSuppression> {
    fn from(v: AvailSuppression) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AVAIL_SUPPRESSION_TYPE.properties))
    }
}

/// The beaconing configuration for a playback configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct BeaconingConfiguration {
    props: ::forma_core::schema::Props,
}
impl BeaconingConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The beaconing settings for client-side reporting sessions.
    pub fn client_side(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ClientSideBeaconingConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BeaconingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BeaconingConfiguration> for ::forma_core::Value<BeaconingConfiguration> {
    fn from(v: BeaconingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BEACONING_CONFIGURATION_TYPE.properties))
    }
}

/// The configuration for bumpers.
#[derive(Debug, Clone, PartialEq)]
pub struct Bumper {
    props: ::forma_core::schema::Props,
}
impl Bumper {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The URL for the end bumper asset.
    pub fn end_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The URL for the start bumper asset.
    pub fn start_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Bumper {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Bumper> for ::forma_core::Value<Bumper> {
    fn from(v: Bumper) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BUMPER_TYPE.properties))
    }
}

/// The configuration for using a content delivery network (CDN), like Amazon CloudFront, for content and ad segment management.
#[derive(Debug, Clone, PartialEq)]
pub struct CdnConfiguration {
    props: ::forma_core::schema::Props,
}
impl CdnConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A non-default content delivery network (CDN) to serve ad segments.
    pub fn ad_segment_url_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A content delivery network (CDN) to cache content segments, so that content requests don't always have to go to the origin server.
    pub fn content_segment_url_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CdnConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CdnConfiguration> for ::forma_core::Value<CdnConfiguration> {
    fn from(v: CdnConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CDN_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SINGLE_PERIOD`, `MULTI_PERIOD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OriginManifestType {
    /// `SINGLE_PERIOD`
    SinglePeriod,
    /// `MULTI_PERIOD`
    MultiPeriod,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OriginManifestType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SinglePeriod => "SINGLE_PERIOD",
            Self::MultiPeriod => "MULTI_PERIOD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SINGLE_PERIOD", "MULTI_PERIOD"]
    }
}
impl ::std::convert::From<OriginManifestType> for ::forma_core::Value<OriginManifestType> {
    fn from(v: OriginManifestType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OriginManifestType {}

/// The configuration for DASH PUT operations.
#[derive(Debug, Clone, PartialEq)]
pub struct DashConfiguration {
    props: ::forma_core::schema::Props,
}
impl DashConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The URL generated by MediaTailor to initiate a DASH playback session.
    pub fn manifest_endpoint_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The setting that controls whether MediaTailor includes the Location tag in DASH manifests.
    pub fn mpd_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The setting that controls whether MediaTailor handles manifests from the origin server as multi-period manifests or single-period manifests.
    pub fn origin_manifest_type(mut self, value: impl ::forma_core::schema::EnumArg<OriginManifestType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for DashConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DashConfiguration> for ::forma_core::Value<DashConfiguration> {
    fn from(v: DashConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DASH_CONFIGURATION_TYPE.properties))
    }
}

/// The `HlsConfiguration` property type of `AWS::MediaTailor::PlaybackConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct HlsConfiguration {
    props: ::forma_core::schema::Props,
}
impl HlsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The URL that is used to initiate a playback session for devices that support Apple HLS.
    pub fn manifest_endpoint_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
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

/// The configuration for pre-roll ad insertion.
#[derive(Debug, Clone, PartialEq)]
pub struct LivePreRollConfiguration {
    props: ::forma_core::schema::Props,
}
impl LivePreRollConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The configuration for the request to the pre-roll Ad Decision Server.
    pub fn ad_decision_server_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PreRollAdDecisionServerConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The URL for the ad decision server (ADS) for pre-roll ads.
    pub fn ad_decision_server_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The maximum allowed duration for the pre-roll ad avail.
    pub fn max_duration_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LivePreRollConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LivePreRollConfiguration> for ::forma_core::Value<LivePreRollConfiguration> {
    fn from(v: LivePreRollConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LIVE_PRE_ROLL_CONFIGURATION_TYPE.properties))
    }
}

/// The `LogConfiguration` property type of `AWS::MediaTailor::PlaybackConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogConfiguration {
    props: ::forma_core::schema::Props,
}
impl LogConfiguration {
    /// A new value with its required properties: `PercentEnabled`.
    pub fn new(percent_enabled: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, percent_enabled.into().into_expr());
        Self { props }
    }
    /// The event types that MediaTailor emits in logs for interactions with the ADS.
    pub fn ads_interaction_log(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AdsInteractionLog>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The method used for collecting logs from AWS Elemental MediaTailor.
    pub fn enabled_logging_strategies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The event types that MediaTailor emits in logs for interactions with the origin server.
    pub fn manifest_service_interaction_log(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManifestServiceInteractionLog>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LogConfiguration> for ::forma_core::Value<LogConfiguration> {
    fn from(v: LogConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_CONFIGURATION_TYPE.properties))
    }
}

/// The configuration for manifest processing rules.
#[derive(Debug, Clone, PartialEq)]
pub struct ManifestProcessingRules {
    props: ::forma_core::schema::Props,
}
impl ManifestProcessingRules {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// For HLS, when set to true, MediaTailor passes through EXT-X-CUE-IN, EXT-X-CUE-OUT, and EXT-X-SPLICEPOINT-SCTE35 ad markers from the origin manifest to the MediaTailor personalized manifest.
    pub fn ad_marker_passthrough(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AdMarkerPassthrough>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ManifestProcessingRules {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ManifestProcessingRules> for ::forma_core::Value<ManifestProcessingRules> {
    fn from(v: ManifestProcessingRules) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANIFEST_PROCESSING_RULES_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::MediaTailor::PlaybackConfiguration`.
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

/// The values CloudFormation documents: `NONE`, `GZIP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CompressRequest {
    /// `NONE`
    None,
    /// `GZIP`
    Gzip,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CompressRequest {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Gzip => "GZIP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "GZIP"]
    }
}
impl ::std::convert::From<CompressRequest> for ::forma_core::Value<CompressRequest> {
    fn from(v: CompressRequest) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CompressRequest {}

/// The values CloudFormation documents: `GET`, `POST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HttpMethod {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HttpMethod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GET", "POST"]
    }
}
impl ::std::convert::From<HttpMethod> for ::forma_core::Value<HttpMethod> {
    fn from(v: HttpMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HttpMethod {}

/// The configuration for the request to the Ad Decision Server URL.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpRequest {
    props: ::forma_core::schema::Props,
}
impl HttpRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The body of the request to the Ad Decision Server URL.
    pub fn body(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The compression type of the request sent to the Ad Decision Server URL.
    pub fn compress_request(mut self, value: impl ::forma_core::schema::EnumArg<CompressRequest>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The headers in the request sent to the Ad Decision Server URL.
    pub fn headers(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Supported HTTP Methods for the request to the Ad Decision Server URL.
    pub fn http_method(mut self, value: impl ::forma_core::schema::EnumArg<HttpMethod>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for HttpRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HttpRequest> for ::forma_core::Value<HttpRequest> {
    fn from(v: HttpRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_REQUEST_TYPE.properties))
    }
}

/// The values CloudFormation documents: `FOLLOW_AD_SEQUENCE`, `IGNORE_AD_SEQUENCE`, `FOLLOW_AD_SEQUENCE_ONLY_LIVE`, `FOLLOW_AD_SEQUENCE_ONLY_VOD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdSequencingMode {
    /// `FOLLOW_AD_SEQUENCE`
    FollowAdSequence,
    /// `IGNORE_AD_SEQUENCE`
    IgnoreAdSequence,
    /// `FOLLOW_AD_SEQUENCE_ONLY_LIVE`
    FollowAdSequenceOnlyLive,
    /// `FOLLOW_AD_SEQUENCE_ONLY_VOD`
    FollowAdSequenceOnlyVod,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AdSequencingMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FollowAdSequence => "FOLLOW_AD_SEQUENCE",
            Self::IgnoreAdSequence => "IGNORE_AD_SEQUENCE",
            Self::FollowAdSequenceOnlyLive => "FOLLOW_AD_SEQUENCE_ONLY_LIVE",
            Self::FollowAdSequenceOnlyVod => "FOLLOW_AD_SEQUENCE_ONLY_VOD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FOLLOW_AD_SEQUENCE", "IGNORE_AD_SEQUENCE", "FOLLOW_AD_SEQUENCE_ONLY_LIVE", "FOLLOW_AD_SEQUENCE_ONLY_VOD"]
    }
}
impl ::std::convert::From<AdSequencingMode> for ::forma_core::Value<AdSequencingMode> {
    fn from(v: AdSequencingMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AdSequencingMode {}

/// The configuration for how MediaTailor processes the VAST response returned by the Ad Decision Server.
#[derive(Debug, Clone, PartialEq)]
pub struct VastResponse {
    props: ::forma_core::schema::Props,
}
impl VastResponse {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Determines how MediaTailor sequences ads returned in the VAST response from the Ad Decision Server.
    pub fn ad_sequencing_mode(mut self, value: impl ::forma_core::schema::EnumArg<AdSequencingMode>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for VastResponse {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VastResponse> for ::forma_core::Value<VastResponse> {
    fn from(v: VastResponse) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VAST_RESPONSE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `MUTE`, `UNMUTE`, `PAUSE`, `SKIP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdditionalEventTypes {
    /// `MUTE`
    Mute,
    /// `UNMUTE`
    Unmute,
    /// `PAUSE`
    Pause,
    /// `SKIP`
    Skip,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AdditionalEventTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mute => "MUTE",
            Self::Unmute => "UNMUTE",
            Self::Pause => "PAUSE",
            Self::Skip => "SKIP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MUTE", "UNMUTE", "PAUSE", "SKIP"]
    }
}
impl ::std::convert::From<AdditionalEventTypes> for ::forma_core::Value<AdditionalEventTypes> {
    fn from(v: AdditionalEventTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AdditionalEventTypes {}

/// The values CloudFormation documents: `DISABLED`, `INSIGHTS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReportingMode {
    /// `DISABLED`
    Disabled,
    /// `INSIGHTS`
    Insights,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ReportingMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Insights => "INSIGHTS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "INSIGHTS"]
    }
}
impl ::std::convert::From<ReportingMode> for ::forma_core::Value<ReportingMode> {
    fn from(v: ReportingMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ReportingMode {}

/// The beaconing settings that apply to client-side reporting sessions: whether AWS Elemental MediaTailor includes its beacons in the ad tracking response, and which player operation events it reports on.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientSideBeaconingConfiguration {
    props: ::forma_core::schema::Props,
}
impl ClientSideBeaconingConfiguration {
    /// A new value with its required properties: `ReportingMode`.
    pub fn new(reporting_mode: impl ::forma_core::schema::EnumArg<ReportingMode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, reporting_mode.into_enum_expr());
        Self { props }
    }
    /// The player operation events to report on, in addition to the ad progress events that MediaTailor always reports on.
    pub fn additional_event_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AdditionalEventTypes>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ClientSideBeaconingConfiguration> for ::forma_core::Value<ClientSideBeaconingConfiguration> {
    fn from(v: ClientSideBeaconingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLIENT_SIDE_BEACONING_CONFIGURATION_TYPE.properties))
    }
}

/// The configuration for the request to the pre-roll Ad Decision Server.
#[derive(Debug, Clone, PartialEq)]
pub struct PreRollAdDecisionServerConfiguration {
    props: ::forma_core::schema::Props,
}
impl PreRollAdDecisionServerConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The configuration for how MediaTailor processes the VAST response returned by the pre-roll Ad Decision Server.
    pub fn vast_response(mut self, value: impl ::std::convert::Into<::forma_core::Value<PreRollVastResponse>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PreRollAdDecisionServerConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PreRollAdDecisionServerConfiguration>
    for ::forma_core::Value<PreRollAdDecisionServerConfiguration>
{
    fn from(v: PreRollAdDecisionServerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRE_ROLL_AD_DECISION_SERVER_CONFIGURATION_TYPE.properties))
    }
}

/// The `AdsInteractionLog` property type of `AWS::MediaTailor::PlaybackConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct AdsInteractionLog {
    props: ::forma_core::schema::Props,
}
impl AdsInteractionLog {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates that MediaTailor won't emit the selected events in the logs for playback sessions that are initialized with this configuration.
    pub fn exclude_event_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates that MediaTailor emits RAW_ADS_RESPONSE logs for playback sessions that are initialized with this configuration.
    pub fn publish_opt_in_event_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AdsInteractionLog {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AdsInteractionLog> for ::forma_core::Value<AdsInteractionLog> {
    fn from(v: AdsInteractionLog) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADS_INTERACTION_LOG_TYPE.properties))
    }
}

/// The `ManifestServiceInteractionLog` property type of `AWS::MediaTailor::PlaybackConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ManifestServiceInteractionLog {
    props: ::forma_core::schema::Props,
}
impl ManifestServiceInteractionLog {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates that MediaTailor won't emit the selected events in the logs for playback sessions that are initialized with this configuration.
    pub fn exclude_event_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ManifestServiceInteractionLog {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ManifestServiceInteractionLog> for ::forma_core::Value<ManifestServiceInteractionLog> {
    fn from(v: ManifestServiceInteractionLog) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANIFEST_SERVICE_INTERACTION_LOG_TYPE.properties))
    }
}

/// For HLS, when set to true, MediaTailor passes through EXT-X-CUE-IN, EXT-X-CUE-OUT, and EXT-X-SPLICEPOINT-SCTE35 ad markers from the origin manifest to the MediaTailor personalized manifest.
#[derive(Debug, Clone, PartialEq)]
pub struct AdMarkerPassthrough {
    props: ::forma_core::schema::Props,
}
impl AdMarkerPassthrough {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Enables ad marker passthrough for your configuration.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AdMarkerPassthrough {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AdMarkerPassthrough> for ::forma_core::Value<AdMarkerPassthrough> {
    fn from(v: AdMarkerPassthrough) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AD_MARKER_PASSTHROUGH_TYPE.properties))
    }
}

/// The values CloudFormation documents: `FOLLOW_AD_SEQUENCE`, `IGNORE_AD_SEQUENCE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PreRollVastResponseAdSequencingMode {
    /// `FOLLOW_AD_SEQUENCE`
    FollowAdSequence,
    /// `IGNORE_AD_SEQUENCE`
    IgnoreAdSequence,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PreRollVastResponseAdSequencingMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FollowAdSequence => "FOLLOW_AD_SEQUENCE",
            Self::IgnoreAdSequence => "IGNORE_AD_SEQUENCE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FOLLOW_AD_SEQUENCE", "IGNORE_AD_SEQUENCE"]
    }
}
impl ::std::convert::From<PreRollVastResponseAdSequencingMode>
    for ::forma_core::Value<PreRollVastResponseAdSequencingMode>
{
    fn from(v: PreRollVastResponseAdSequencingMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PreRollVastResponseAdSequencingMode {}

/// The configuration for how MediaTailor processes the VAST response returned by the pre-roll Ad Decision Server.
#[derive(Debug, Clone, PartialEq)]
pub struct PreRollVastResponse {
    props: ::forma_core::schema::Props,
}
impl PreRollVastResponse {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Determines how MediaTailor sequences ads returned in the pre-roll VAST response.
    pub fn ad_sequencing_mode(
        mut self,
        value: impl ::forma_core::schema::EnumArg<PreRollVastResponseAdSequencingMode>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for PreRollVastResponse {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PreRollVastResponse> for ::forma_core::Value<PreRollVastResponse> {
    fn from(v: PreRollVastResponse) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRE_ROLL_VAST_RESPONSE_TYPE.properties))
    }
}

/// The schema of `AWS::MediaTailor::PlaybackConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaTailor::PlaybackConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdConditioningConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AD_CONDITIONING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AdDecisionServerConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AD_DECISION_SERVER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AdDecisionServerUrl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AdsPersonalizationConcurrency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ADS_PERSONALIZATION_CONCURRENCY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AdsPersonalizationTimeouts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ADS_PERSONALIZATION_TIMEOUTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AvailSuppression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AVAIL_SUPPRESSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BeaconingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BEACONING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Bumper",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BUMPER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CdnConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CDN_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConfigurationAliases",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "DashConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DASH_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FunctionMapping",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "HlsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HLS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InsertionMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STITCHED_ONLY", "PLAYER_SELECT"]),
        },
        ::forma_core::schema::Property {
            name: "LivePreRollConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LIVE_PRE_ROLL_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LogConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOG_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ManifestProcessingRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANIFEST_PROCESSING_RULES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "PersonalizationThresholdSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SlateAdUrl",
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
            name: "TranscodeProfileName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VideoContentSourceUrl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[
        "SessionInitializationEndpointPrefix",
        "HlsConfiguration.ManifestEndpointPrefix",
        "DashConfiguration.ManifestEndpointPrefix",
        "PlaybackConfigurationArn",
        "PlaybackEndpointPrefix",
    ],
};

static AD_CONDITIONING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PlaybackConfiguration.AdConditioningConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "StreamingMediaFileConditioning",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["TRANSCODE", "NONE"]),
    }],
    rules: &[],
};

static AD_DECISION_SERVER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PlaybackConfiguration.AdDecisionServerConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "HttpRequest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VastResponse",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VAST_RESPONSE_TYPE),
        },
    ],
    rules: &[],
};

static ADS_PERSONALIZATION_CONCURRENCY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PlaybackConfiguration.AdsPersonalizationConcurrency",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnableVodVastParallelization",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaxConcurrentAdsRequests",
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

static ADS_PERSONALIZATION_TIMEOUTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PlaybackConfiguration.AdsPersonalizationTimeouts",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdsRequestTimeoutMilliseconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LiveMaximumAdsPersonalizationTimeMilliseconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PrefetchAdsRequestTimeoutMilliseconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PrefetchMaximumAdsPersonalizationTimeMilliseconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VodMaximumAdsPersonalizationTimeMilliseconds",
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

static AVAIL_SUPPRESSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PlaybackConfiguration.AvailSuppression",
    properties: &[
        ::forma_core::schema::Property {
            name: "FillPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PARTIAL_AVAIL", "FULL_AVAIL_ONLY"]),
        },
        ::forma_core::schema::Property {
            name: "Mode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["OFF", "BEHIND_LIVE_EDGE", "AFTER_LIVE_EDGE"]),
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

static BEACONING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PlaybackConfiguration.BeaconingConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "ClientSide",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CLIENT_SIDE_BEACONING_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static BUMPER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PlaybackConfiguration.Bumper",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StartUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CDN_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PlaybackConfiguration.CdnConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdSegmentUrlPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ContentSegmentUrlPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DASH_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PlaybackConfiguration.DashConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ManifestEndpointPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MpdLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OriginManifestType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SINGLE_PERIOD", "MULTI_PERIOD"]),
        },
    ],
    rules: &[],
};

static HLS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PlaybackConfiguration.HlsConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "ManifestEndpointPrefix",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static LIVE_PRE_ROLL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PlaybackConfiguration.LivePreRollConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdDecisionServerConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PRE_ROLL_AD_DECISION_SERVER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AdDecisionServerUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MaxDurationSeconds",
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

static LOG_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PlaybackConfiguration.LogConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdsInteractionLog",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ADS_INTERACTION_LOG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EnabledLoggingStrategies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ManifestServiceInteractionLog",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANIFEST_SERVICE_INTERACTION_LOG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PercentEnabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};

static MANIFEST_PROCESSING_RULES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PlaybackConfiguration.ManifestProcessingRules",
    properties: &[::forma_core::schema::Property {
        name: "AdMarkerPassthrough",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&AD_MARKER_PASSTHROUGH_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PlaybackConfiguration.Tag",
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

static HTTP_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PlaybackConfiguration.HttpRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "Body",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CompressRequest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "GZIP"]),
        },
        ::forma_core::schema::Property {
            name: "Headers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "HttpMethod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GET", "POST"]),
        },
    ],
    rules: &[],
};

static VAST_RESPONSE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PlaybackConfiguration.VastResponse",
    properties: &[::forma_core::schema::Property {
        name: "AdSequencingMode",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&[
            "FOLLOW_AD_SEQUENCE",
            "IGNORE_AD_SEQUENCE",
            "FOLLOW_AD_SEQUENCE_ONLY_LIVE",
            "FOLLOW_AD_SEQUENCE_ONLY_VOD",
        ]),
    }],
    rules: &[],
};

static CLIENT_SIDE_BEACONING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaTailor::PlaybackConfiguration.ClientSideBeaconingConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "AdditionalEventTypes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Enum(&["MUTE", "UNMUTE", "PAUSE", "SKIP"]),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "ReportingMode",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "INSIGHTS"]),
            },
        ],
        rules: &[],
    };

static PRE_ROLL_AD_DECISION_SERVER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaTailor::PlaybackConfiguration.PreRollAdDecisionServerConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "VastResponse",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PRE_ROLL_VAST_RESPONSE_TYPE),
        }],
        rules: &[],
    };

static ADS_INTERACTION_LOG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PlaybackConfiguration.AdsInteractionLog",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExcludeEventTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PublishOptInEventTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static MANIFEST_SERVICE_INTERACTION_LOG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PlaybackConfiguration.ManifestServiceInteractionLog",
    properties: &[::forma_core::schema::Property {
        name: "ExcludeEventTypes",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static AD_MARKER_PASSTHROUGH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PlaybackConfiguration.AdMarkerPassthrough",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static PRE_ROLL_VAST_RESPONSE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::PlaybackConfiguration.PreRollVastResponse",
    properties: &[::forma_core::schema::Property {
        name: "AdSequencingMode",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["FOLLOW_AD_SEQUENCE", "IGNORE_AD_SEQUENCE"]),
    }],
    rules: &[],
};
