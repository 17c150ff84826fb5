// @generated from AWS::ConnectCampaignsV2::Campaign (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ConnectCampaignsV2::Campaign` and its property types.

/// Definition of AWS::ConnectCampaignsV2::Campaign Resource Type
///
/// CloudFormation type `AWS::ConnectCampaignsV2::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct Campaign {
    props: ::forma_core::schema::Props,
}
impl Campaign {
    /// A new resource with its required properties: `ConnectInstanceId`, `Name`.
    #[track_caller]
    pub fn new(
        connect_instance_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, connect_instance_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The possible types of channel subtype config parameters
    #[track_caller]
    pub fn channel_subtype_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ChannelSubtypeConfig>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Communication limits config
    #[track_caller]
    pub fn communication_limits_override(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CommunicationLimitsConfig>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Campaign communication time config
    #[track_caller]
    pub fn communication_time_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CommunicationTimeConfig>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Arn
    ///
    /// Allowed: length 20 to 500.
    #[track_caller]
    pub fn connect_campaign_flow_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Entry limits config for a campaign
    #[track_caller]
    pub fn entry_limits_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EntryLimitsConfig>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Campaign schedule
    #[track_caller]
    pub fn schedule(mut self, value: impl ::std::convert::Into<::forma_core::Value<Schedule>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The possible source of the campaign
    #[track_caller]
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<Source>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// One or more tags.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Campaign type
    #[track_caller]
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<CampaignType>) -> Self {
        self.props.set_at(10, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Campaign {
    type Attributes = CampaignAttributes;
    fn type_name(&self) -> &str {
        "AWS::ConnectCampaignsV2::Campaign"
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
/// The attributes of a `AWS::ConnectCampaignsV2::Campaign` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CampaignAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CampaignAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CampaignAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `MANAGED`, `JOURNEY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CampaignType {
    /// `MANAGED`
    Managed,
    /// `JOURNEY`
    Journey,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CampaignType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Managed => "MANAGED",
            Self::Journey => "JOURNEY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MANAGED", "JOURNEY"]
    }
}
impl ::std::convert::From<CampaignType> for ::forma_core::Value<CampaignType> {
    fn from(v: CampaignType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CampaignType {}

/// The possible types of channel subtype config parameters
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelSubtypeConfig {
    props: ::forma_core::schema::Props,
}
impl ChannelSubtypeConfig {
    /// A new value.
    ///
    /// CloudFormation also needs at least one of `Telephony`, `Sms`, `Email` or `WhatsApp`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Email Channel Subtype config
    pub fn email(mut self, value: impl ::std::convert::Into<::forma_core::Value<EmailChannelSubtypeConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// SMS Channel Subtype config
    pub fn sms(mut self, value: impl ::std::convert::Into<::forma_core::Value<SmsChannelSubtypeConfig>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Telephony Channel Subtype config
    pub fn telephony(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TelephonyChannelSubtypeConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// WhatsApp Channel Subtype config
    pub fn whats_app(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WhatsAppChannelSubtypeConfig>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ChannelSubtypeConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ChannelSubtypeConfig> for ::forma_core::Value<ChannelSubtypeConfig> {
    fn from(v: ChannelSubtypeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CHANNEL_SUBTYPE_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `OPT_IN`, `OPT_OUT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceLimitsHandling {
    /// `OPT_IN`
    OptIn,
    /// `OPT_OUT`
    OptOut,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InstanceLimitsHandling {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OptIn => "OPT_IN",
            Self::OptOut => "OPT_OUT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OPT_IN", "OPT_OUT"]
    }
}
impl ::std::convert::From<InstanceLimitsHandling> for ::forma_core::Value<InstanceLimitsHandling> {
    fn from(v: InstanceLimitsHandling) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InstanceLimitsHandling {}

/// Communication limits config
#[derive(Debug, Clone, PartialEq)]
pub struct CommunicationLimitsConfig {
    props: ::forma_core::schema::Props,
}
impl CommunicationLimitsConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Communication limits
    pub fn all_channels_subtypes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CommunicationLimits>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Enumeration of Instance Limits handling in a Campaign
    pub fn instance_limits_handling(
        mut self,
        value: impl ::forma_core::schema::EnumArg<InstanceLimitsHandling>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for CommunicationLimitsConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CommunicationLimitsConfig> for ::forma_core::Value<CommunicationLimitsConfig> {
    fn from(v: CommunicationLimitsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMMUNICATION_LIMITS_CONFIG_TYPE.properties))
    }
}

/// Campaign communication time config
#[derive(Debug, Clone, PartialEq)]
pub struct CommunicationTimeConfig {
    props: ::forma_core::schema::Props,
}
impl CommunicationTimeConfig {
    /// A new value with its required properties: `LocalTimeZoneConfig`.
    pub fn new(local_time_zone_config: impl ::std::convert::Into<::forma_core::Value<LocalTimeZoneConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, local_time_zone_config.into().into_expr());
        Self { props }
    }
    /// Time window config
    pub fn email(mut self, value: impl ::std::convert::Into<::forma_core::Value<TimeWindow>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Time window config
    pub fn sms(mut self, value: impl ::std::convert::Into<::forma_core::Value<TimeWindow>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Time window config
    pub fn telephony(mut self, value: impl ::std::convert::Into<::forma_core::Value<TimeWindow>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Time window config
    pub fn whats_app(mut self, value: impl ::std::convert::Into<::forma_core::Value<TimeWindow>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CommunicationTimeConfig> for ::forma_core::Value<CommunicationTimeConfig> {
    fn from(v: CommunicationTimeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMMUNICATION_TIME_CONFIG_TYPE.properties))
    }
}

/// Entry limits config for a campaign
#[derive(Debug, Clone, PartialEq)]
pub struct EntryLimitsConfig {
    props: ::forma_core::schema::Props,
}
impl EntryLimitsConfig {
    /// A new value with its required properties: `MaxEntryCount`, `MinEntryInterval`.
    pub fn new(
        max_entry_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
        min_entry_interval: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_entry_count.into().into_expr());
        props.set(1, min_entry_interval.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EntryLimitsConfig> for ::forma_core::Value<EntryLimitsConfig> {
    fn from(v: EntryLimitsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENTRY_LIMITS_CONFIG_TYPE.properties))
    }
}

/// Campaign schedule
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    props: ::forma_core::schema::Props,
}
impl Schedule {
    /// A new value with its required properties: `EndTime`, `StartTime`.
    pub fn new(
        end_time: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        start_time: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, end_time.into().into_expr());
        props.set(2, start_time.into().into_expr());
        Self { props }
    }
    /// Time duration in ISO 8601 format
    ///
    /// Allowed: length 0 to 50.
    pub fn refresh_frequency(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Schedule> for ::forma_core::Value<Schedule> {
    fn from(v: Schedule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULE_TYPE.properties))
    }
}

/// The possible source of the campaign
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    props: ::forma_core::schema::Props,
}
impl Source {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `CustomerProfilesSegmentArn` or `EventTrigger`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Arn
    ///
    /// Allowed: length 20 to 500.
    pub fn customer_profiles_segment_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The event trigger of the campaign
    pub fn event_trigger(mut self, value: impl ::std::convert::Into<::forma_core::Value<EventTrigger>>) -> Self {
        self.props.set(1, value.into().into_expr());
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

/// The `Tag` property type of `AWS::ConnectCampaignsV2::Campaign`.
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

/// Email Channel Subtype config
#[derive(Debug, Clone, PartialEq)]
pub struct EmailChannelSubtypeConfig {
    props: ::forma_core::schema::Props,
}
impl EmailChannelSubtypeConfig {
    /// A new value with its required properties: `DefaultOutboundConfig`, `OutboundMode`.
    pub fn new(
        default_outbound_config: impl ::std::convert::Into<::forma_core::Value<EmailOutboundConfig>>,
        outbound_mode: impl ::std::convert::Into<::forma_core::Value<EmailOutboundMode>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, default_outbound_config.into().into_expr());
        props.set(2, outbound_mode.into().into_expr());
        Self { props }
    }
    /// Allocates outbound capacity for the specific channel of this campaign between multiple active campaigns
    ///
    /// Allowed: 0.01 to 1.
    pub fn capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EmailChannelSubtypeConfig> for ::forma_core::Value<EmailChannelSubtypeConfig> {
    fn from(v: EmailChannelSubtypeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EMAIL_CHANNEL_SUBTYPE_CONFIG_TYPE.properties))
    }
}

/// SMS Channel Subtype config
#[derive(Debug, Clone, PartialEq)]
pub struct SmsChannelSubtypeConfig {
    props: ::forma_core::schema::Props,
}
impl SmsChannelSubtypeConfig {
    /// A new value with its required properties: `DefaultOutboundConfig`, `OutboundMode`.
    pub fn new(
        default_outbound_config: impl ::std::convert::Into<::forma_core::Value<SmsOutboundConfig>>,
        outbound_mode: impl ::std::convert::Into<::forma_core::Value<SmsOutboundMode>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, default_outbound_config.into().into_expr());
        props.set(2, outbound_mode.into().into_expr());
        Self { props }
    }
    /// Allocates outbound capacity for the specific channel of this campaign between multiple active campaigns
    ///
    /// Allowed: 0.01 to 1.
    pub fn capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SmsChannelSubtypeConfig> for ::forma_core::Value<SmsChannelSubtypeConfig> {
    fn from(v: SmsChannelSubtypeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SMS_CHANNEL_SUBTYPE_CONFIG_TYPE.properties))
    }
}

/// Telephony Channel Subtype config
#[derive(Debug, Clone, PartialEq)]
pub struct TelephonyChannelSubtypeConfig {
    props: ::forma_core::schema::Props,
}
impl TelephonyChannelSubtypeConfig {
    /// A new value with its required properties: `DefaultOutboundConfig`, `OutboundMode`.
    pub fn new(
        default_outbound_config: impl ::std::convert::Into<::forma_core::Value<TelephonyOutboundConfig>>,
        outbound_mode: impl ::std::convert::Into<::forma_core::Value<TelephonyOutboundMode>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, default_outbound_config.into().into_expr());
        props.set(3, outbound_mode.into().into_expr());
        Self { props }
    }
    /// Allocates outbound capacity for the specific channel of this campaign between multiple active campaigns
    ///
    /// Allowed: 0.01 to 1.
    pub fn capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The queue for the call
    ///
    /// Allowed: length 0 to 500.
    pub fn connect_queue_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TelephonyChannelSubtypeConfig> for ::forma_core::Value<TelephonyChannelSubtypeConfig> {
    fn from(v: TelephonyChannelSubtypeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TELEPHONY_CHANNEL_SUBTYPE_CONFIG_TYPE.properties))
    }
}

/// WhatsApp Channel Subtype config
#[derive(Debug, Clone, PartialEq)]
pub struct WhatsAppChannelSubtypeConfig {
    props: ::forma_core::schema::Props,
}
impl WhatsAppChannelSubtypeConfig {
    /// A new value with its required properties: `DefaultOutboundConfig`, `OutboundMode`.
    pub fn new(
        default_outbound_config: impl ::std::convert::Into<::forma_core::Value<WhatsAppOutboundConfig>>,
        outbound_mode: impl ::std::convert::Into<::forma_core::Value<WhatsAppOutboundMode>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, default_outbound_config.into().into_expr());
        props.set(2, outbound_mode.into().into_expr());
        Self { props }
    }
    /// Allocates outbound capacity for the specific channel of this campaign between multiple active campaigns
    ///
    /// Allowed: 0.01 to 1.
    pub fn capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<WhatsAppChannelSubtypeConfig> for ::forma_core::Value<WhatsAppChannelSubtypeConfig> {
    fn from(v: WhatsAppChannelSubtypeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WHATS_APP_CHANNEL_SUBTYPE_CONFIG_TYPE.properties))
    }
}

/// Communication limits
#[derive(Debug, Clone, PartialEq)]
pub struct CommunicationLimits {
    props: ::forma_core::schema::Props,
}
impl CommunicationLimits {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// List of communication limit
    pub fn communication_limit_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CommunicationLimit>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CommunicationLimits {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CommunicationLimits> for ::forma_core::Value<CommunicationLimits> {
    fn from(v: CommunicationLimits) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMMUNICATION_LIMITS_TYPE.properties))
    }
}

/// Time window config
#[derive(Debug, Clone, PartialEq)]
pub struct TimeWindow {
    props: ::forma_core::schema::Props,
}
impl TimeWindow {
    /// A new value with its required properties: `OpenHours`.
    pub fn new(open_hours: impl ::std::convert::Into<::forma_core::Value<OpenHours>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, open_hours.into().into_expr());
        Self { props }
    }
    /// Restricted period config
    pub fn restricted_periods(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RestrictedPeriods>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TimeWindow> for ::forma_core::Value<TimeWindow> {
    fn from(v: TimeWindow) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIME_WINDOW_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ZIP_CODE`, `AREA_CODE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LocalTimeZoneDetectionType {
    /// `ZIP_CODE`
    ZipCode,
    /// `AREA_CODE`
    AreaCode,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LocalTimeZoneDetectionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ZipCode => "ZIP_CODE",
            Self::AreaCode => "AREA_CODE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ZIP_CODE", "AREA_CODE"]
    }
}
impl ::std::convert::From<LocalTimeZoneDetectionType> for ::forma_core::Value<LocalTimeZoneDetectionType> {
    fn from(v: LocalTimeZoneDetectionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LocalTimeZoneDetectionType {}

/// The values CloudFormation documents: `PRIMARY_ONLY`, `ALL_AVAILABLE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LocalTimeZoneDetectionScope {
    /// `PRIMARY_ONLY`
    PrimaryOnly,
    /// `ALL_AVAILABLE`
    AllAvailable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LocalTimeZoneDetectionScope {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PrimaryOnly => "PRIMARY_ONLY",
            Self::AllAvailable => "ALL_AVAILABLE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PRIMARY_ONLY", "ALL_AVAILABLE"]
    }
}
impl ::std::convert::From<LocalTimeZoneDetectionScope> for ::forma_core::Value<LocalTimeZoneDetectionScope> {
    fn from(v: LocalTimeZoneDetectionScope) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LocalTimeZoneDetectionScope {}

/// Local time zone config
#[derive(Debug, Clone, PartialEq)]
pub struct LocalTimeZoneConfig {
    props: ::forma_core::schema::Props,
}
impl LocalTimeZoneConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Time Zone Id in the IANA format
    ///
    /// Allowed: length 0 to 50.
    pub fn default_time_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Local TimeZone Detection method list
    pub fn local_time_zone_detection(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LocalTimeZoneDetectionType>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Local TimeZone Detection scope
    pub fn local_time_zone_detection_scope(
        mut self,
        value: impl ::forma_core::schema::EnumArg<LocalTimeZoneDetectionScope>,
    ) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for LocalTimeZoneConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LocalTimeZoneConfig> for ::forma_core::Value<LocalTimeZoneConfig> {
    fn from(v: LocalTimeZoneConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOCAL_TIME_ZONE_CONFIG_TYPE.properties))
    }
}

/// The event trigger of the campaign
#[derive(Debug, Clone, PartialEq)]
pub struct EventTrigger {
    props: ::forma_core::schema::Props,
}
impl EventTrigger {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Arn
    ///
    /// Allowed: length 20 to 500.
    pub fn customer_profiles_domain_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EventTrigger {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EventTrigger> for ::forma_core::Value<EventTrigger> {
    fn from(v: EventTrigger) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_TRIGGER_TYPE.properties))
    }
}

/// Default Email outbound config
#[derive(Debug, Clone, PartialEq)]
pub struct EmailOutboundConfig {
    props: ::forma_core::schema::Props,
}
impl EmailOutboundConfig {
    /// A new value with its required properties: `ConnectSourceEmailAddress`, `WisdomTemplateArn`.
    pub fn new(
        connect_source_email_address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        wisdom_template_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, connect_source_email_address.into().into_expr());
        props.set(2, wisdom_template_arn.into().into_expr());
        Self { props }
    }
    /// The name of the source email address display name
    ///
    /// Allowed: length 0 to 256.
    pub fn source_email_address_display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EmailOutboundConfig> for ::forma_core::Value<EmailOutboundConfig> {
    fn from(v: EmailOutboundConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EMAIL_OUTBOUND_CONFIG_TYPE.properties))
    }
}

/// Email Outbound Mode
#[derive(Debug, Clone, PartialEq)]
pub struct EmailOutboundMode {
    props: ::forma_core::schema::Props,
}
impl EmailOutboundMode {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Agentless config
    pub fn agentless_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EmailOutboundMode {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EmailOutboundMode> for ::forma_core::Value<EmailOutboundMode> {
    fn from(v: EmailOutboundMode) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EMAIL_OUTBOUND_MODE_TYPE.properties))
    }
}

/// Default SMS outbound config
#[derive(Debug, Clone, PartialEq)]
pub struct SmsOutboundConfig {
    props: ::forma_core::schema::Props,
}
impl SmsOutboundConfig {
    /// A new value with its required properties: `ConnectSourcePhoneNumberArn`, `WisdomTemplateArn`.
    pub fn new(
        connect_source_phone_number_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        wisdom_template_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, connect_source_phone_number_arn.into().into_expr());
        props.set(1, wisdom_template_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SmsOutboundConfig> for ::forma_core::Value<SmsOutboundConfig> {
    fn from(v: SmsOutboundConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SMS_OUTBOUND_CONFIG_TYPE.properties))
    }
}

/// SMS Outbound Mode
#[derive(Debug, Clone, PartialEq)]
pub struct SmsOutboundMode {
    props: ::forma_core::schema::Props,
}
impl SmsOutboundMode {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Agentless config
    pub fn agentless_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SmsOutboundMode {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SmsOutboundMode> for ::forma_core::Value<SmsOutboundMode> {
    fn from(v: SmsOutboundMode) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SMS_OUTBOUND_MODE_TYPE.properties))
    }
}

/// Default Telephone Outbound config
#[derive(Debug, Clone, PartialEq)]
pub struct TelephonyOutboundConfig {
    props: ::forma_core::schema::Props,
}
impl TelephonyOutboundConfig {
    /// A new value with its required properties: `ConnectContactFlowId`.
    pub fn new(connect_contact_flow_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, connect_contact_flow_id.into().into_expr());
        Self { props }
    }
    /// The configuration used for answering machine detection during outbound calls
    pub fn answer_machine_detection_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AnswerMachineDetectionConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The phone number associated with the Amazon Connect instance, in E.164 format.
    ///
    /// Allowed: length 0 to 100.
    pub fn connect_source_phone_number(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Maximum ring time for outbound calls in seconds
    ///
    /// Allowed: 15 to 60.
    pub fn ring_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TelephonyOutboundConfig> for ::forma_core::Value<TelephonyOutboundConfig> {
    fn from(v: TelephonyOutboundConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TELEPHONY_OUTBOUND_CONFIG_TYPE.properties))
    }
}

/// Telephony Outbound Mode
#[derive(Debug, Clone, PartialEq)]
pub struct TelephonyOutboundMode {
    props: ::forma_core::schema::Props,
}
impl TelephonyOutboundMode {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `ProgressiveConfig`, `PredictiveConfig`, `AgentlessConfig` or `PreviewConfig`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Agentless config
    pub fn agentless_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Predictive config
    pub fn predictive_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PredictiveConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Preview config
    pub fn preview_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<PreviewConfig>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Progressive config
    pub fn progressive_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProgressiveConfig>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TelephonyOutboundMode {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TelephonyOutboundMode> for ::forma_core::Value<TelephonyOutboundMode> {
    fn from(v: TelephonyOutboundMode) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TELEPHONY_OUTBOUND_MODE_TYPE.properties))
    }
}

/// Default WhatsApp outbound config
#[derive(Debug, Clone, PartialEq)]
pub struct WhatsAppOutboundConfig {
    props: ::forma_core::schema::Props,
}
impl WhatsAppOutboundConfig {
    /// A new value with its required properties: `ConnectSourcePhoneNumberArn`, `WisdomTemplateArn`.
    pub fn new(
        connect_source_phone_number_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        wisdom_template_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, connect_source_phone_number_arn.into().into_expr());
        props.set(1, wisdom_template_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<WhatsAppOutboundConfig> for ::forma_core::Value<WhatsAppOutboundConfig> {
    fn from(v: WhatsAppOutboundConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WHATS_APP_OUTBOUND_CONFIG_TYPE.properties))
    }
}

/// WhatsApp Outbound Mode
#[derive(Debug, Clone, PartialEq)]
pub struct WhatsAppOutboundMode {
    props: ::forma_core::schema::Props,
}
impl WhatsAppOutboundMode {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Agentless config
    pub fn agentless_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WhatsAppOutboundMode {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WhatsAppOutboundMode> for ::forma_core::Value<WhatsAppOutboundMode> {
    fn from(v: WhatsAppOutboundMode) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WHATS_APP_OUTBOUND_MODE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DAY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CommunicationLimitTimeUnit {
    /// `DAY`
    Day,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CommunicationLimitTimeUnit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Day => "DAY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DAY"]
    }
}
impl ::std::convert::From<CommunicationLimitTimeUnit> for ::forma_core::Value<CommunicationLimitTimeUnit> {
    fn from(v: CommunicationLimitTimeUnit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CommunicationLimitTimeUnit {}

/// Communication Limit
#[derive(Debug, Clone, PartialEq)]
pub struct CommunicationLimit {
    props: ::forma_core::schema::Props,
}
impl CommunicationLimit {
    /// A new value with its required properties: `Frequency`, `MaxCountPerRecipient`, `Unit`.
    pub fn new(
        frequency: impl ::std::convert::Into<::forma_core::Value<i64>>,
        max_count_per_recipient: impl ::std::convert::Into<::forma_core::Value<i64>>,
        unit: impl ::forma_core::schema::EnumArg<CommunicationLimitTimeUnit>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, frequency.into().into_expr());
        props.set(1, max_count_per_recipient.into().into_expr());
        props.set(2, unit.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<CommunicationLimit> for ::forma_core::Value<CommunicationLimit> {
    fn from(v: CommunicationLimit) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMMUNICATION_LIMIT_TYPE.properties))
    }
}

/// Open Hours config
#[derive(Debug, Clone, PartialEq)]
pub struct OpenHours {
    props: ::forma_core::schema::Props,
}
impl OpenHours {
    /// A new value with its required properties: `DailyHours`.
    pub fn new(daily_hours: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DailyHour>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, daily_hours.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OpenHours> for ::forma_core::Value<OpenHours> {
    fn from(v: OpenHours) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPEN_HOURS_TYPE.properties))
    }
}

/// Restricted period config
#[derive(Debug, Clone, PartialEq)]
pub struct RestrictedPeriods {
    props: ::forma_core::schema::Props,
}
impl RestrictedPeriods {
    /// A new value with its required properties: `RestrictedPeriodList`.
    pub fn new(
        restricted_period_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RestrictedPeriod>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, restricted_period_list.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RestrictedPeriods> for ::forma_core::Value<RestrictedPeriods> {
    fn from(v: RestrictedPeriods) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESTRICTED_PERIODS_TYPE.properties))
    }
}

/// The configuration used for answering machine detection during outbound calls
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerMachineDetectionConfig {
    props: ::forma_core::schema::Props,
}
impl AnswerMachineDetectionConfig {
    /// A new value with its required properties: `EnableAnswerMachineDetection`.
    pub fn new(enable_answer_machine_detection: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enable_answer_machine_detection.into().into_expr());
        Self { props }
    }
    /// Enables detection of prompts (e.g., beep after after a voicemail greeting)
    pub fn await_answer_machine_prompt(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AnswerMachineDetectionConfig> for ::forma_core::Value<AnswerMachineDetectionConfig> {
    fn from(v: AnswerMachineDetectionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ANSWER_MACHINE_DETECTION_CONFIG_TYPE.properties))
    }
}

/// Predictive config
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveConfig {
    props: ::forma_core::schema::Props,
}
impl PredictiveConfig {
    /// A new value with its required properties: `BandwidthAllocation`.
    pub fn new(bandwidth_allocation: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bandwidth_allocation.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PredictiveConfig> for ::forma_core::Value<PredictiveConfig> {
    fn from(v: PredictiveConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREDICTIVE_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DISCARD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AgentAction {
    /// `DISCARD`
    Discard,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AgentAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Discard => "DISCARD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISCARD"]
    }
}
impl ::std::convert::From<AgentAction> for ::forma_core::Value<AgentAction> {
    fn from(v: AgentAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AgentAction {}

/// Preview config
#[derive(Debug, Clone, PartialEq)]
pub struct PreviewConfig {
    props: ::forma_core::schema::Props,
}
impl PreviewConfig {
    /// A new value with its required properties: `BandwidthAllocation`, `TimeoutConfig`.
    pub fn new(
        bandwidth_allocation: impl ::std::convert::Into<::forma_core::Value<f64>>,
        timeout_config: impl ::std::convert::Into<::forma_core::Value<TimeoutConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, bandwidth_allocation.into().into_expr());
        props.set(2, timeout_config.into().into_expr());
        Self { props }
    }
    /// Actions that can be performed by agent during preview phase
    pub fn agent_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AgentAction>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PreviewConfig> for ::forma_core::Value<PreviewConfig> {
    fn from(v: PreviewConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREVIEW_CONFIG_TYPE.properties))
    }
}

/// Progressive config
#[derive(Debug, Clone, PartialEq)]
pub struct ProgressiveConfig {
    props: ::forma_core::schema::Props,
}
impl ProgressiveConfig {
    /// A new value with its required properties: `BandwidthAllocation`.
    pub fn new(bandwidth_allocation: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bandwidth_allocation.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProgressiveConfig> for ::forma_core::Value<ProgressiveConfig> {
    fn from(v: ProgressiveConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROGRESSIVE_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `MONDAY`, `TUESDAY`, `WEDNESDAY`, `THURSDAY`, `FRIDAY`, `SATURDAY`, `SUNDAY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DayOfWeek {
    /// `MONDAY`
    Monday,
    /// `TUESDAY`
    Tuesday,
    /// `WEDNESDAY`
    Wednesday,
    /// `THURSDAY`
    Thursday,
    /// `FRIDAY`
    Friday,
    /// `SATURDAY`
    Saturday,
    /// `SUNDAY`
    Sunday,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DayOfWeek {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Monday => "MONDAY",
            Self::Tuesday => "TUESDAY",
            Self::Wednesday => "WEDNESDAY",
            Self::Thursday => "THURSDAY",
            Self::Friday => "FRIDAY",
            Self::Saturday => "SATURDAY",
            Self::Sunday => "SUNDAY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]
    }
}
impl ::std::convert::From<DayOfWeek> for ::forma_core::Value<DayOfWeek> {
    fn from(v: DayOfWeek) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DayOfWeek {}

/// Daily Hour
#[derive(Debug, Clone, PartialEq)]
pub struct DailyHour {
    props: ::forma_core::schema::Props,
}
impl DailyHour {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Day of week
    pub fn key(mut self, value: impl ::forma_core::schema::EnumArg<DayOfWeek>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// List of time range
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TimeRange>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DailyHour {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DailyHour> for ::forma_core::Value<DailyHour> {
    fn from(v: DailyHour) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DAILY_HOUR_TYPE.properties))
    }
}

/// Restricted period
#[derive(Debug, Clone, PartialEq)]
pub struct RestrictedPeriod {
    props: ::forma_core::schema::Props,
}
impl RestrictedPeriod {
    /// A new value with its required properties: `EndDate`, `StartDate`.
    pub fn new(
        end_date: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        start_date: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, end_date.into().into_expr());
        props.set(2, start_date.into().into_expr());
        Self { props }
    }
    /// The name of a restricted period
    ///
    /// Allowed: length 0 to 127.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RestrictedPeriod> for ::forma_core::Value<RestrictedPeriod> {
    fn from(v: RestrictedPeriod) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESTRICTED_PERIOD_TYPE.properties))
    }
}

/// Timeout Config for preview contacts
#[derive(Debug, Clone, PartialEq)]
pub struct TimeoutConfig {
    props: ::forma_core::schema::Props,
}
impl TimeoutConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Timeout duration for a preview contact in seconds
    ///
    /// Allowed: 1 to 300.
    pub fn duration_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TimeoutConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TimeoutConfig> for ::forma_core::Value<TimeoutConfig> {
    fn from(v: TimeoutConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIMEOUT_CONFIG_TYPE.properties))
    }
}

/// Time range in 24 hour format
#[derive(Debug, Clone, PartialEq)]
pub struct TimeRange {
    props: ::forma_core::schema::Props,
}
impl TimeRange {
    /// A new value with its required properties: `EndTime`, `StartTime`.
    pub fn new(
        end_time: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        start_time: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, end_time.into().into_expr());
        props.set(1, start_time.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TimeRange> for ::forma_core::Value<TimeRange> {
    fn from(v: TimeRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIME_RANGE_TYPE.properties))
    }
}

/// The schema of `AWS::ConnectCampaignsV2::Campaign`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ConnectCampaignsV2::Campaign",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChannelSubtypeConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CHANNEL_SUBTYPE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CommunicationLimitsOverride",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMMUNICATION_LIMITS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CommunicationTimeConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMMUNICATION_TIME_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConnectCampaignFlowArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*$"),
                min_length: Some(20),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "ConnectInstanceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-.]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "EntryLimitsConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENTRY_LIMITS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Schedule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEDULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_TYPE),
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
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MANAGED", "JOURNEY"]),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static CHANNEL_SUBTYPE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.ChannelSubtypeConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Email",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EMAIL_CHANNEL_SUBTYPE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Sms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SMS_CHANNEL_SUBTYPE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Telephony",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TELEPHONY_CHANNEL_SUBTYPE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WhatsApp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WHATS_APP_CHANNEL_SUBTYPE_CONFIG_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::AnyOf(&[&["Telephony"], &["Sms"], &["Email"], &["WhatsApp"]])],
};

static COMMUNICATION_LIMITS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.CommunicationLimitsConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllChannelsSubtypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMMUNICATION_LIMITS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InstanceLimitsHandling",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["OPT_IN", "OPT_OUT"]),
        },
    ],
    rules: &[],
};

static COMMUNICATION_TIME_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.CommunicationTimeConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Email",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIME_WINDOW_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LocalTimeZoneConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOCAL_TIME_ZONE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Sms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIME_WINDOW_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Telephony",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIME_WINDOW_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WhatsApp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIME_WINDOW_TYPE),
        },
    ],
    rules: &[],
};

static ENTRY_LIMITS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::ConnectCampaignsV2::Campaign.EntryLimitsConfig",
properties: &[
::forma_core::schema::Property { name: "MaxEntryCount", required: true, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: None }) },
::forma_core::schema::Property { name: "MinEntryInterval", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^P(?:([-+]?[0-9]+)D)?(T(?:([-+]?[0-9]+)H)?(?:([-+]?[0-9]+)M)?(?:([-+]?[0-9]+)(?:[.,]([0-9]{0,9}))?S)?)?$"), min_length: Some(0), max_length: Some(50) }) },
],
rules: &[],
};

static SCHEDULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::ConnectCampaignsV2::Campaign.Schedule",
properties: &[
::forma_core::schema::Property { name: "EndTime", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(100) }) },
::forma_core::schema::Property { name: "RefreshFrequency", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^P(?:([-+]?[0-9]+)D)?(T(?:([-+]?[0-9]+)H)?(?:([-+]?[0-9]+)M)?(?:([-+]?[0-9]+)(?:[.,]([0-9]{0,9}))?S)?)?$"), min_length: Some(0), max_length: Some(50) }) },
::forma_core::schema::Property { name: "StartTime", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(100) }) },
],
rules: &[],
};

static SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.Source",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomerProfilesSegmentArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*$"),
                min_length: Some(20),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "EventTrigger",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVENT_TRIGGER_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["CustomerProfilesSegmentArn"], &["EventTrigger"]])],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.Tag",
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

static EMAIL_CHANNEL_SUBTYPE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.EmailChannelSubtypeConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Capacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.01),
                maximum: Some(1.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "DefaultOutboundConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EMAIL_OUTBOUND_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OutboundMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EMAIL_OUTBOUND_MODE_TYPE),
        },
    ],
    rules: &[],
};

static SMS_CHANNEL_SUBTYPE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.SmsChannelSubtypeConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Capacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.01),
                maximum: Some(1.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "DefaultOutboundConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SMS_OUTBOUND_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OutboundMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SMS_OUTBOUND_MODE_TYPE),
        },
    ],
    rules: &[],
};

static TELEPHONY_CHANNEL_SUBTYPE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.TelephonyChannelSubtypeConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Capacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.01),
                maximum: Some(1.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ConnectQueueId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "DefaultOutboundConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TELEPHONY_OUTBOUND_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OutboundMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TELEPHONY_OUTBOUND_MODE_TYPE),
        },
    ],
    rules: &[],
};

static WHATS_APP_CHANNEL_SUBTYPE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.WhatsAppChannelSubtypeConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Capacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.01),
                maximum: Some(1.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "DefaultOutboundConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WHATS_APP_OUTBOUND_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OutboundMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WHATS_APP_OUTBOUND_MODE_TYPE),
        },
    ],
    rules: &[],
};

static COMMUNICATION_LIMITS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.CommunicationLimits",
    properties: &[::forma_core::schema::Property {
        name: "CommunicationLimitList",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&COMMUNICATION_LIMIT_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static TIME_WINDOW_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.TimeWindow",
    properties: &[
        ::forma_core::schema::Property {
            name: "OpenHours",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OPEN_HOURS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RestrictedPeriods",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESTRICTED_PERIODS_TYPE),
        },
    ],
    rules: &[],
};

static LOCAL_TIME_ZONE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.LocalTimeZoneConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultTimeZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-/]*$"),
                min_length: Some(0),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "LocalTimeZoneDetection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["ZIP_CODE", "AREA_CODE"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LocalTimeZoneDetectionScope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PRIMARY_ONLY", "ALL_AVAILABLE"]),
        },
    ],
    rules: &[],
};

static EVENT_TRIGGER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.EventTrigger",
    properties: &[::forma_core::schema::Property {
        name: "CustomerProfilesDomainArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:.*$"),
            min_length: Some(20),
            max_length: Some(500),
        }),
    }],
    rules: &[],
};

static EMAIL_OUTBOUND_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.EmailOutboundConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectSourceEmailAddress",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w-\\.\\+]+@([\\w-]+\\.)+[\\w-]{2,4}$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceEmailAddressDisplayName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "WisdomTemplateArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*$"),
                min_length: Some(20),
                max_length: Some(500),
            }),
        },
    ],
    rules: &[],
};

static EMAIL_OUTBOUND_MODE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.EmailOutboundMode",
    properties: &[::forma_core::schema::Property {
        name: "AgentlessConfig",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Json,
    }],
    rules: &[],
};

static SMS_OUTBOUND_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.SmsOutboundConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectSourcePhoneNumberArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*$"),
                min_length: Some(20),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "WisdomTemplateArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*$"),
                min_length: Some(20),
                max_length: Some(500),
            }),
        },
    ],
    rules: &[],
};

static SMS_OUTBOUND_MODE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.SmsOutboundMode",
    properties: &[::forma_core::schema::Property {
        name: "AgentlessConfig",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Json,
    }],
    rules: &[],
};

static TELEPHONY_OUTBOUND_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.TelephonyOutboundConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AnswerMachineDetectionConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ANSWER_MACHINE_DETECTION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConnectContactFlowId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "ConnectSourcePhoneNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "RingTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(15.0),
                maximum: Some(60.0),
            }),
        },
    ],
    rules: &[],
};

static TELEPHONY_OUTBOUND_MODE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.TelephonyOutboundMode",
    properties: &[
        ::forma_core::schema::Property {
            name: "AgentlessConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "PredictiveConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PREDICTIVE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PreviewConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PREVIEW_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ProgressiveConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROGRESSIVE_CONFIG_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["ProgressiveConfig"],
        &["PredictiveConfig"],
        &["AgentlessConfig"],
        &["PreviewConfig"],
    ])],
};

static WHATS_APP_OUTBOUND_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.WhatsAppOutboundConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectSourcePhoneNumberArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*$"),
                min_length: Some(20),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "WisdomTemplateArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*$"),
                min_length: Some(20),
                max_length: Some(500),
            }),
        },
    ],
    rules: &[],
};

static WHATS_APP_OUTBOUND_MODE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.WhatsAppOutboundMode",
    properties: &[::forma_core::schema::Property {
        name: "AgentlessConfig",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Json,
    }],
    rules: &[],
};

static COMMUNICATION_LIMIT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.CommunicationLimit",
    properties: &[
        ::forma_core::schema::Property {
            name: "Frequency",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxCountPerRecipient",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Unit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DAY"]),
        },
    ],
    rules: &[],
};

static OPEN_HOURS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.OpenHours",
    properties: &[::forma_core::schema::Property {
        name: "DailyHours",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&DAILY_HOUR_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static RESTRICTED_PERIODS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.RestrictedPeriods",
    properties: &[::forma_core::schema::Property {
        name: "RestrictedPeriodList",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&RESTRICTED_PERIOD_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["RestrictedPeriodList"]])],
};

static ANSWER_MACHINE_DETECTION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.AnswerMachineDetectionConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwaitAnswerMachinePrompt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnableAnswerMachineDetection",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static PREDICTIVE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.PredictiveConfig",
    properties: &[::forma_core::schema::Property {
        name: "BandwidthAllocation",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
            minimum: Some(0.0),
            maximum: Some(1.0),
        }),
    }],
    rules: &[],
};

static PREVIEW_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.PreviewConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AgentActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["DISCARD"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "BandwidthAllocation",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "TimeoutConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIMEOUT_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static PROGRESSIVE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.ProgressiveConfig",
    properties: &[::forma_core::schema::Property {
        name: "BandwidthAllocation",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
            minimum: Some(0.0),
            maximum: Some(1.0),
        }),
    }],
    rules: &[],
};

static DAILY_HOUR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.DailyHour",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "MONDAY",
                "TUESDAY",
                "WEDNESDAY",
                "THURSDAY",
                "FRIDAY",
                "SATURDAY",
                "SUNDAY",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TIME_RANGE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static RESTRICTED_PERIOD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.RestrictedPeriod",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndDate",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\d{4}-\\d{2}-\\d{2}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "StartDate",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\d{4}-\\d{2}-\\d{2}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static TIMEOUT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.TimeoutConfig",
    properties: &[::forma_core::schema::Property {
        name: "DurationInSeconds",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: Some(300.0),
        }),
    }],
    rules: &[],
};

static TIME_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaignsV2::Campaign.TimeRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndTime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^T\\d{2}:\\d{2}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StartTime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^T\\d{2}:\\d{2}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};
