// @generated from AWS::Pinpoint::Campaign (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Pinpoint::Campaign` and its property types.

/// Resource Type definition for AWS::Pinpoint::Campaign
///
/// CloudFormation type `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct Campaign {
    props: ::forma_core::schema::Props,
}
impl Campaign {
    /// A new resource with its required properties: `ApplicationId`, `Name`, `Schedule`, `SegmentId`.
    #[track_caller]
    pub fn new(
        application_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        schedule: impl ::std::convert::Into<::forma_core::Value<Schedule>>,
        segment_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, application_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, schedule.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(12, segment_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AdditionalTreatments`.
    #[track_caller]
    pub fn additional_treatments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<WriteTreatmentResource>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CampaignHook`.
    #[track_caller]
    pub fn campaign_hook(mut self, value: impl ::std::convert::Into<::forma_core::Value<CampaignHook>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CustomDeliveryConfiguration`.
    #[track_caller]
    pub fn custom_delivery_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomDeliveryConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `HoldoutPercent`.
    #[track_caller]
    pub fn holdout_percent(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IsPaused`.
    #[track_caller]
    pub fn is_paused(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Limits`.
    #[track_caller]
    pub fn limits(mut self, value: impl ::std::convert::Into<::forma_core::Value<Limits>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MessageConfiguration`.
    #[track_caller]
    pub fn message_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MessageConfiguration>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Priority`.
    #[track_caller]
    pub fn priority(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SegmentVersion`.
    #[track_caller]
    pub fn segment_version(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TemplateConfiguration`.
    #[track_caller]
    pub fn template_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TemplateConfiguration>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TreatmentDescription`.
    #[track_caller]
    pub fn treatment_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TreatmentName`.
    #[track_caller]
    pub fn treatment_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Campaign {
    type Attributes = CampaignAttributes;
    fn type_name(&self) -> &str {
        "AWS::Pinpoint::Campaign"
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
/// The attributes of a `AWS::Pinpoint::Campaign` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `CampaignId`.
    pub fn campaign_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CampaignId")
    }
}

/// The `WriteTreatmentResource` property type of `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct WriteTreatmentResource {
    props: ::forma_core::schema::Props,
}
impl WriteTreatmentResource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CustomDeliveryConfiguration`.
    pub fn custom_delivery_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomDeliveryConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MessageConfiguration`.
    pub fn message_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MessageConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Schedule`.
    pub fn schedule(mut self, value: impl ::std::convert::Into<::forma_core::Value<Schedule>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SizePercent`.
    pub fn size_percent(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `TemplateConfiguration`.
    pub fn template_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TemplateConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `TreatmentDescription`.
    pub fn treatment_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `TreatmentName`.
    pub fn treatment_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WriteTreatmentResource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WriteTreatmentResource> for ::forma_core::Value<WriteTreatmentResource> {
    fn from(v: WriteTreatmentResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WRITE_TREATMENT_RESOURCE_TYPE.properties))
    }
}

/// The `CampaignHook` property type of `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignHook {
    props: ::forma_core::schema::Props,
}
impl CampaignHook {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LambdaFunctionName`.
    pub fn lambda_function_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Mode`.
    pub fn mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `WebUrl`.
    pub fn web_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CampaignHook {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CampaignHook> for ::forma_core::Value<CampaignHook> {
    fn from(v: CampaignHook) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAMPAIGN_HOOK_TYPE.properties))
    }
}

/// The `CustomDeliveryConfiguration` property type of `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomDeliveryConfiguration {
    props: ::forma_core::schema::Props,
}
impl CustomDeliveryConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DeliveryUri`.
    pub fn delivery_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EndpointTypes`.
    pub fn endpoint_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CustomDeliveryConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomDeliveryConfiguration> for ::forma_core::Value<CustomDeliveryConfiguration> {
    fn from(v: CustomDeliveryConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_DELIVERY_CONFIGURATION_TYPE.properties))
    }
}

/// The `Limits` property type of `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct Limits {
    props: ::forma_core::schema::Props,
}
impl Limits {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Daily`.
    pub fn daily(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaximumDuration`.
    pub fn maximum_duration(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MessagesPerSecond`.
    pub fn messages_per_second(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Session`.
    pub fn session(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Total`.
    pub fn total(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Limits {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Limits> for ::forma_core::Value<Limits> {
    fn from(v: Limits) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LIMITS_TYPE.properties))
    }
}

/// The `MessageConfiguration` property type of `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageConfiguration {
    props: ::forma_core::schema::Props,
}
impl MessageConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ADMMessage`.
    pub fn adm_message(mut self, value: impl ::std::convert::Into<::forma_core::Value<Message>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `APNSMessage`.
    pub fn apns_message(mut self, value: impl ::std::convert::Into<::forma_core::Value<Message>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `BaiduMessage`.
    pub fn baidu_message(mut self, value: impl ::std::convert::Into<::forma_core::Value<Message>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `CustomMessage`.
    pub fn custom_message(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CampaignCustomMessage>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `DefaultMessage`.
    pub fn default_message(mut self, value: impl ::std::convert::Into<::forma_core::Value<Message>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `EmailMessage`.
    pub fn email_message(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CampaignEmailMessage>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `GCMMessage`.
    pub fn gcm_message(mut self, value: impl ::std::convert::Into<::forma_core::Value<Message>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `InAppMessage`.
    pub fn in_app_message(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CampaignInAppMessage>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `SMSMessage`.
    pub fn sms_message(mut self, value: impl ::std::convert::Into<::forma_core::Value<CampaignSmsMessage>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MessageConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MessageConfiguration> for ::forma_core::Value<MessageConfiguration> {
    fn from(v: MessageConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MESSAGE_CONFIGURATION_TYPE.properties))
    }
}

/// The `Schedule` property type of `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    props: ::forma_core::schema::Props,
}
impl Schedule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EndTime`.
    pub fn end_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EventFilter`.
    pub fn event_filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<CampaignEventFilter>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Frequency`.
    pub fn frequency(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `IsLocalTime`.
    pub fn is_local_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `QuietTime`.
    pub fn quiet_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<QuietTime>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `StartTime`.
    pub fn start_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `TimeZone`.
    pub fn time_zone(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Schedule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Schedule> for ::forma_core::Value<Schedule> {
    fn from(v: Schedule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULE_TYPE.properties))
    }
}

/// The `TemplateConfiguration` property type of `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateConfiguration {
    props: ::forma_core::schema::Props,
}
impl TemplateConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EmailTemplate`.
    pub fn email_template(mut self, value: impl ::std::convert::Into<::forma_core::Value<Template>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PushTemplate`.
    pub fn push_template(mut self, value: impl ::std::convert::Into<::forma_core::Value<Template>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SMSTemplate`.
    pub fn sms_template(mut self, value: impl ::std::convert::Into<::forma_core::Value<Template>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `VoiceTemplate`.
    pub fn voice_template(mut self, value: impl ::std::convert::Into<::forma_core::Value<Template>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TemplateConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TemplateConfiguration> for ::forma_core::Value<TemplateConfiguration> {
    fn from(v: TemplateConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TEMPLATE_CONFIGURATION_TYPE.properties))
    }
}

/// The `Message` property type of `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    props: ::forma_core::schema::Props,
}
impl Message {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Action`.
    pub fn action(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Body`.
    pub fn body(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ImageIconUrl`.
    pub fn image_icon_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ImageSmallIconUrl`.
    pub fn image_small_icon_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ImageUrl`.
    pub fn image_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `JsonBody`.
    pub fn json_body(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `MediaUrl`.
    pub fn media_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `RawContent`.
    pub fn raw_content(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `SilentPush`.
    pub fn silent_push(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `TimeToLive`.
    pub fn time_to_live(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `Title`.
    pub fn title(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `Url`.
    pub fn url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Message {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Message> for ::forma_core::Value<Message> {
    fn from(v: Message) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MESSAGE_TYPE.properties))
    }
}

/// The `CampaignCustomMessage` property type of `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignCustomMessage {
    props: ::forma_core::schema::Props,
}
impl CampaignCustomMessage {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Data`.
    pub fn data(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CampaignCustomMessage {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CampaignCustomMessage> for ::forma_core::Value<CampaignCustomMessage> {
    fn from(v: CampaignCustomMessage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAMPAIGN_CUSTOM_MESSAGE_TYPE.properties))
    }
}

/// The `CampaignEmailMessage` property type of `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignEmailMessage {
    props: ::forma_core::schema::Props,
}
impl CampaignEmailMessage {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Body`.
    pub fn body(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FromAddress`.
    pub fn from_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `HtmlBody`.
    pub fn html_body(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Title`.
    pub fn title(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CampaignEmailMessage {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CampaignEmailMessage> for ::forma_core::Value<CampaignEmailMessage> {
    fn from(v: CampaignEmailMessage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAMPAIGN_EMAIL_MESSAGE_TYPE.properties))
    }
}

/// The `CampaignInAppMessage` property type of `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignInAppMessage {
    props: ::forma_core::schema::Props,
}
impl CampaignInAppMessage {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Content`.
    pub fn content(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InAppMessageContent>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CustomConfig`.
    pub fn custom_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Layout`.
    pub fn layout(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CampaignInAppMessage {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CampaignInAppMessage> for ::forma_core::Value<CampaignInAppMessage> {
    fn from(v: CampaignInAppMessage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAMPAIGN_IN_APP_MESSAGE_TYPE.properties))
    }
}

/// The `CampaignSmsMessage` property type of `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignSmsMessage {
    props: ::forma_core::schema::Props,
}
impl CampaignSmsMessage {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Body`.
    pub fn body(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EntityId`.
    pub fn entity_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MessageType`.
    pub fn message_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `OriginationNumber`.
    pub fn origination_number(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `SenderId`.
    pub fn sender_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `TemplateId`.
    pub fn template_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CampaignSmsMessage {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CampaignSmsMessage> for ::forma_core::Value<CampaignSmsMessage> {
    fn from(v: CampaignSmsMessage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAMPAIGN_SMS_MESSAGE_TYPE.properties))
    }
}

/// The `CampaignEventFilter` property type of `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignEventFilter {
    props: ::forma_core::schema::Props,
}
impl CampaignEventFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Dimensions`.
    pub fn dimensions(mut self, value: impl ::std::convert::Into<::forma_core::Value<EventDimensions>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FilterType`.
    pub fn filter_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CampaignEventFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CampaignEventFilter> for ::forma_core::Value<CampaignEventFilter> {
    fn from(v: CampaignEventFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAMPAIGN_EVENT_FILTER_TYPE.properties))
    }
}

/// The `QuietTime` property type of `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct QuietTime {
    props: ::forma_core::schema::Props,
}
impl QuietTime {
    /// A new value with its required properties: `End`, `Start`.
    pub fn new(
        end: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        start: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, end.into().into_expr());
        props.set(1, start.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<QuietTime> for ::forma_core::Value<QuietTime> {
    fn from(v: QuietTime) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUIET_TIME_TYPE.properties))
    }
}

/// The `Template` property type of `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    props: ::forma_core::schema::Props,
}
impl Template {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Version`.
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Template {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Template> for ::forma_core::Value<Template> {
    fn from(v: Template) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TEMPLATE_TYPE.properties))
    }
}

/// The `InAppMessageContent` property type of `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct InAppMessageContent {
    props: ::forma_core::schema::Props,
}
impl InAppMessageContent {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BackgroundColor`.
    pub fn background_color(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BodyConfig`.
    pub fn body_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InAppMessageBodyConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `HeaderConfig`.
    pub fn header_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InAppMessageHeaderConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ImageUrl`.
    pub fn image_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `PrimaryBtn`.
    pub fn primary_btn(mut self, value: impl ::std::convert::Into<::forma_core::Value<InAppMessageButton>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `SecondaryBtn`.
    pub fn secondary_btn(mut self, value: impl ::std::convert::Into<::forma_core::Value<InAppMessageButton>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InAppMessageContent {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InAppMessageContent> for ::forma_core::Value<InAppMessageContent> {
    fn from(v: InAppMessageContent) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IN_APP_MESSAGE_CONTENT_TYPE.properties))
    }
}

/// The `EventDimensions` property type of `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventDimensions {
    props: ::forma_core::schema::Props,
}
impl EventDimensions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Attributes`.
    pub fn attributes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EventType`.
    pub fn event_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<SetDimension>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Metrics`.
    pub fn metrics(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EventDimensions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EventDimensions> for ::forma_core::Value<EventDimensions> {
    fn from(v: EventDimensions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_DIMENSIONS_TYPE.properties))
    }
}

/// The `InAppMessageBodyConfig` property type of `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct InAppMessageBodyConfig {
    props: ::forma_core::schema::Props,
}
impl InAppMessageBodyConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Alignment`.
    pub fn alignment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Body`.
    pub fn body(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TextColor`.
    pub fn text_color(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InAppMessageBodyConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InAppMessageBodyConfig> for ::forma_core::Value<InAppMessageBodyConfig> {
    fn from(v: InAppMessageBodyConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IN_APP_MESSAGE_BODY_CONFIG_TYPE.properties))
    }
}

/// The `InAppMessageHeaderConfig` property type of `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct InAppMessageHeaderConfig {
    props: ::forma_core::schema::Props,
}
impl InAppMessageHeaderConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Alignment`.
    pub fn alignment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Header`.
    pub fn header(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TextColor`.
    pub fn text_color(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InAppMessageHeaderConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InAppMessageHeaderConfig> for ::forma_core::Value<InAppMessageHeaderConfig> {
    fn from(v: InAppMessageHeaderConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IN_APP_MESSAGE_HEADER_CONFIG_TYPE.properties))
    }
}

/// The `InAppMessageButton` property type of `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct InAppMessageButton {
    props: ::forma_core::schema::Props,
}
impl InAppMessageButton {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Android`.
    pub fn android(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OverrideButtonConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DefaultConfig`.
    pub fn default_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DefaultButtonConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `IOS`.
    pub fn ios(mut self, value: impl ::std::convert::Into<::forma_core::Value<OverrideButtonConfiguration>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Web`.
    pub fn web(mut self, value: impl ::std::convert::Into<::forma_core::Value<OverrideButtonConfiguration>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InAppMessageButton {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InAppMessageButton> for ::forma_core::Value<InAppMessageButton> {
    fn from(v: InAppMessageButton) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IN_APP_MESSAGE_BUTTON_TYPE.properties))
    }
}

/// The `SetDimension` property type of `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct SetDimension {
    props: ::forma_core::schema::Props,
}
impl SetDimension {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DimensionType`.
    pub fn dimension_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Values`.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SetDimension {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SetDimension> for ::forma_core::Value<SetDimension> {
    fn from(v: SetDimension) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SET_DIMENSION_TYPE.properties))
    }
}

/// The `OverrideButtonConfiguration` property type of `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct OverrideButtonConfiguration {
    props: ::forma_core::schema::Props,
}
impl OverrideButtonConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ButtonAction`.
    pub fn button_action(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Link`.
    pub fn link(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OverrideButtonConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OverrideButtonConfiguration> for ::forma_core::Value<OverrideButtonConfiguration> {
    fn from(v: OverrideButtonConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OVERRIDE_BUTTON_CONFIGURATION_TYPE.properties))
    }
}

/// The `DefaultButtonConfiguration` property type of `AWS::Pinpoint::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultButtonConfiguration {
    props: ::forma_core::schema::Props,
}
impl DefaultButtonConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BackgroundColor`.
    pub fn background_color(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BorderRadius`.
    pub fn border_radius(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ButtonAction`.
    pub fn button_action(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Link`.
    pub fn link(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Text`.
    pub fn text(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `TextColor`.
    pub fn text_color(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DefaultButtonConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DefaultButtonConfiguration> for ::forma_core::Value<DefaultButtonConfiguration> {
    fn from(v: DefaultButtonConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEFAULT_BUTTON_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::Pinpoint::Campaign`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Pinpoint::Campaign",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalTreatments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&WRITE_TREATMENT_RESOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ApplicationId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CampaignHook",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAMPAIGN_HOOK_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CustomDeliveryConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_DELIVERY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HoldoutPercent",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IsPaused",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Limits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LIMITS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MessageConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MESSAGE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Schedule",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEDULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SegmentId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SegmentVersion",
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
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "TemplateConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TEMPLATE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TreatmentDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TreatmentName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CampaignId"],
};

static WRITE_TREATMENT_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Campaign.WriteTreatmentResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomDeliveryConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_DELIVERY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MessageConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MESSAGE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Schedule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEDULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SizePercent",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TemplateConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TEMPLATE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TreatmentDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TreatmentName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CAMPAIGN_HOOK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Campaign.CampaignHook",
    properties: &[
        ::forma_core::schema::Property {
            name: "LambdaFunctionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Mode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "WebUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CUSTOM_DELIVERY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Campaign.CustomDeliveryConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeliveryUri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EndpointTypes",
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

static LIMITS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Campaign.Limits",
    properties: &[
        ::forma_core::schema::Property {
            name: "Daily",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaximumDuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MessagesPerSecond",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Session",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Total",
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

static MESSAGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Campaign.MessageConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ADMMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MESSAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "APNSMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MESSAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BaiduMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MESSAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CustomMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAMPAIGN_CUSTOM_MESSAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DefaultMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MESSAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EmailMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAMPAIGN_EMAIL_MESSAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GCMMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MESSAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InAppMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAMPAIGN_IN_APP_MESSAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SMSMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAMPAIGN_SMS_MESSAGE_TYPE),
        },
    ],
    rules: &[],
};

static SCHEDULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Campaign.Schedule",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EventFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAMPAIGN_EVENT_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Frequency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IsLocalTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "QuietTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&QUIET_TIME_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimeZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TEMPLATE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Campaign.TemplateConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EmailTemplate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TEMPLATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PushTemplate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TEMPLATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SMSTemplate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TEMPLATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VoiceTemplate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TEMPLATE_TYPE),
        },
    ],
    rules: &[],
};

static MESSAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Campaign.Message",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Body",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ImageIconUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ImageSmallIconUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ImageUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "JsonBody",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MediaUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RawContent",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SilentPush",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "TimeToLive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Title",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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

static CAMPAIGN_CUSTOM_MESSAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Campaign.CampaignCustomMessage",
    properties: &[::forma_core::schema::Property {
        name: "Data",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static CAMPAIGN_EMAIL_MESSAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Campaign.CampaignEmailMessage",
    properties: &[
        ::forma_core::schema::Property {
            name: "Body",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FromAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HtmlBody",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Title",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CAMPAIGN_IN_APP_MESSAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Campaign.CampaignInAppMessage",
    properties: &[
        ::forma_core::schema::Property {
            name: "Content",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IN_APP_MESSAGE_CONTENT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CustomConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Layout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CAMPAIGN_SMS_MESSAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Campaign.CampaignSmsMessage",
    properties: &[
        ::forma_core::schema::Property {
            name: "Body",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EntityId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MessageType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OriginationNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SenderId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TemplateId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CAMPAIGN_EVENT_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Campaign.CampaignEventFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Dimensions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVENT_DIMENSIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FilterType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static QUIET_TIME_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Campaign.QuietTime",
    properties: &[
        ::forma_core::schema::Property {
            name: "End",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Start",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TEMPLATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Campaign.Template",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static IN_APP_MESSAGE_CONTENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Campaign.InAppMessageContent",
    properties: &[
        ::forma_core::schema::Property {
            name: "BackgroundColor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BodyConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IN_APP_MESSAGE_BODY_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HeaderConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IN_APP_MESSAGE_HEADER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ImageUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PrimaryBtn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IN_APP_MESSAGE_BUTTON_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SecondaryBtn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IN_APP_MESSAGE_BUTTON_TYPE),
        },
    ],
    rules: &[],
};

static EVENT_DIMENSIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Campaign.EventDimensions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "EventType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SET_DIMENSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Metrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static IN_APP_MESSAGE_BODY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Campaign.InAppMessageBodyConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alignment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Body",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TextColor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static IN_APP_MESSAGE_HEADER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Campaign.InAppMessageHeaderConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alignment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Header",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TextColor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static IN_APP_MESSAGE_BUTTON_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Campaign.InAppMessageButton",
    properties: &[
        ::forma_core::schema::Property {
            name: "Android",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OVERRIDE_BUTTON_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DefaultConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEFAULT_BUTTON_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IOS",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OVERRIDE_BUTTON_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Web",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OVERRIDE_BUTTON_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static SET_DIMENSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Campaign.SetDimension",
    properties: &[
        ::forma_core::schema::Property {
            name: "DimensionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Values",
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

static OVERRIDE_BUTTON_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Campaign.OverrideButtonConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ButtonAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Link",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DEFAULT_BUTTON_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Campaign.DefaultButtonConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BackgroundColor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BorderRadius",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ButtonAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Link",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Text",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TextColor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
