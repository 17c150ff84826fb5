// @generated from AWS::Lex::Bot (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lex::Bot` and its property types.

/// Resource Type definition for an Amazon Lex conversational bot performing automated tasks such as ordering a pizza, booking a hotel, and so on.
///
/// CloudFormation type `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct Bot {
    props: ::forma_core::schema::Props,
}
impl Bot {
    /// A new resource with its required properties: `DataPrivacy`, `IdleSessionTTLInSeconds`, `Name`, `RoleArn`.
    #[track_caller]
    pub fn new(
        data_privacy: impl ::std::convert::Into<::forma_core::Value<DataPrivacyObject>>,
        idle_session_ttl_in_seconds: impl ::std::convert::Into<::forma_core::Value<i64>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, data_privacy.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, idle_session_ttl_in_seconds.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(10, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(12, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AutoBuildBotLocales`.
    #[track_caller]
    pub fn auto_build_bot_locales(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BotFileS3Location`.
    #[track_caller]
    pub fn bot_file_s3_location(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Location>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BotLocales`.
    #[track_caller]
    pub fn bot_locales(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BotLocale>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of bot members in a network to be created.
    #[track_caller]
    pub fn bot_members(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BotMember>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BotTags`.
    #[track_caller]
    pub fn bot_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of a bot to create.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn bot_type(mut self, value: impl ::forma_core::schema::EnumArg<BotType>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the resource
    ///
    /// Allowed: length 0 to 2000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ErrorLogSettings`.
    #[track_caller]
    pub fn error_log_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ErrorLogSettingsObject>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Replication`.
    #[track_caller]
    pub fn replication(mut self, value: impl ::std::convert::Into<::forma_core::Value<Replication>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TestBotAliasSettings`.
    #[track_caller]
    pub fn test_bot_alias_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TestBotAliasSettings>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TestBotAliasTags`.
    #[track_caller]
    pub fn test_bot_alias_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Bot {
    type Attributes = BotAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lex::Bot"
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
/// The attributes of a `AWS::Lex::Bot` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BotAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BotAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl BotAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `Bot`, `BotNetwork`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BotType {
    /// `Bot`
    Bot,
    /// `BotNetwork`
    BotNetwork,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BotType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bot => "Bot",
            Self::BotNetwork => "BotNetwork",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Bot", "BotNetwork"]
    }
}
impl ::std::convert::From<BotType> for ::forma_core::Value<BotType> {
    fn from(v: BotType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BotType {}

/// The `S3Location` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Location {
    props: ::forma_core::schema::Props,
}
impl S3Location {
    /// A new value with its required properties: `S3Bucket`, `S3ObjectKey`.
    pub fn new(
        s3_bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_object_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_bucket.into().into_expr());
        props.set(1, s3_object_key.into().into_expr());
        Self { props }
    }
    /// `S3ObjectVersion`.
    ///
    /// Allowed: length 1 to 1024.
    pub fn s3_object_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3Location> for ::forma_core::Value<S3Location> {
    fn from(v: S3Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOCATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Default`, `HighNoiseTolerance`, `MaximumNoiseTolerance`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SpeechDetectionSensitivity {
    /// `Default`
    Default,
    /// `HighNoiseTolerance`
    HighNoiseTolerance,
    /// `MaximumNoiseTolerance`
    MaximumNoiseTolerance,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SpeechDetectionSensitivity {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "Default",
            Self::HighNoiseTolerance => "HighNoiseTolerance",
            Self::MaximumNoiseTolerance => "MaximumNoiseTolerance",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Default", "HighNoiseTolerance", "MaximumNoiseTolerance"]
    }
}
impl ::std::convert::From<SpeechDetectionSensitivity> for ::forma_core::Value<SpeechDetectionSensitivity> {
    fn from(v: SpeechDetectionSensitivity) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SpeechDetectionSensitivity {}

/// The `BotLocale` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct BotLocale {
    props: ::forma_core::schema::Props,
}
impl BotLocale {
    /// A new value with its required properties: `LocaleId`, `NluConfidenceThreshold`.
    pub fn new(
        locale_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        nlu_confidence_threshold: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, locale_id.into().into_expr());
        props.set(6, nlu_confidence_threshold.into().into_expr());
        Self { props }
    }
    /// `AudioFillerSettings`.
    pub fn audio_filler_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AudioFillerSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CustomVocabulary`.
    pub fn custom_vocabulary(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomVocabulary>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A description of the resource
    ///
    /// Allowed: length 0 to 2000.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `GenerativeAISettings`.
    pub fn generative_ai_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GenerativeAiSettings>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Intents`.
    pub fn intents(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Intent>>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `SlotTypes`.
    pub fn slot_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SlotType>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `SpeechDetectionSensitivity`.
    pub fn speech_detection_sensitivity(
        mut self,
        value: impl ::forma_core::schema::EnumArg<SpeechDetectionSensitivity>,
    ) -> Self {
        self.props.set(8, value.into_enum_expr());
        self
    }
    /// `SpeechRecognitionSettings`.
    pub fn speech_recognition_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SpeechRecognitionSettings>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `UnifiedSpeechSettings`.
    pub fn unified_speech_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UnifiedSpeechSettings>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `VoiceSettings`.
    pub fn voice_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<VoiceSettings>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BotLocale> for ::forma_core::Value<BotLocale> {
    fn from(v: BotLocale) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BOT_LOCALE_TYPE.properties))
    }
}

/// A bot that is a member of a bot network.
#[derive(Debug, Clone, PartialEq)]
pub struct BotMember {
    props: ::forma_core::schema::Props,
}
impl BotMember {
    /// A new value with its required properties: `BotMemberAliasId`, `BotMemberAliasName`, `BotMemberId`, `BotMemberName`, `BotMemberVersion`.
    pub fn new(
        bot_member_alias_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        bot_member_alias_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        bot_member_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        bot_member_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        bot_member_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bot_member_alias_id.into().into_expr());
        props.set(1, bot_member_alias_name.into().into_expr());
        props.set(2, bot_member_id.into().into_expr());
        props.set(3, bot_member_name.into().into_expr());
        props.set(4, bot_member_version.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BotMember> for ::forma_core::Value<BotMember> {
    fn from(v: BotMember) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BOT_MEMBER_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Lex::Bot`.
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

/// The `DataPrivacyObject` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataPrivacyObject {
    props: ::forma_core::schema::Props,
}
impl DataPrivacyObject {
    /// A new value with its required properties: `ChildDirected`.
    pub fn new(child_directed: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, child_directed.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataPrivacyObject> for ::forma_core::Value<DataPrivacyObject> {
    fn from(v: DataPrivacyObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_PRIVACY_OBJECT_TYPE.properties))
    }
}

/// The `ErrorLogSettingsObject` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorLogSettingsObject {
    props: ::forma_core::schema::Props,
}
impl ErrorLogSettingsObject {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ErrorLogSettingsObject> for ::forma_core::Value<ErrorLogSettingsObject> {
    fn from(v: ErrorLogSettingsObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ERROR_LOG_SETTINGS_OBJECT_TYPE.properties))
    }
}

/// The `Replication` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct Replication {
    props: ::forma_core::schema::Props,
}
impl Replication {
    /// A new value with its required properties: `ReplicaRegions`.
    pub fn new(
        replica_regions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, replica_regions.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Replication> for ::forma_core::Value<Replication> {
    fn from(v: Replication) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICATION_TYPE.properties))
    }
}

/// The `TestBotAliasSettings` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct TestBotAliasSettings {
    props: ::forma_core::schema::Props,
}
impl TestBotAliasSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BotAliasLocaleSettings`.
    pub fn bot_alias_locale_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BotAliasLocaleSettingsItem>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ConversationLogSettings`.
    pub fn conversation_log_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConversationLogSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A description of the resource
    ///
    /// Allowed: length 0 to 2000.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SentimentAnalysisSettings`.
    pub fn sentiment_analysis_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TestBotAliasSettingsSentimentAnalysisSettings>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TestBotAliasSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TestBotAliasSettings> for ::forma_core::Value<TestBotAliasSettings> {
    fn from(v: TestBotAliasSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TEST_BOT_ALIAS_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `MELODY_CHIPPER_CHIME`, `MELODY_CURIOUS_CRAWL`, `MELODY_RISING_RIPPLE`, `MELODY_PATIENT_PING`, `MELODY_PONDERING_PONG`, `TYPING_KINETIC_KEYS`, `TYPING_QUIET_QWERTY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AudioType {
    /// `MELODY_CHIPPER_CHIME`
    MelodyChipperChime,
    /// `MELODY_CURIOUS_CRAWL`
    MelodyCuriousCrawl,
    /// `MELODY_RISING_RIPPLE`
    MelodyRisingRipple,
    /// `MELODY_PATIENT_PING`
    MelodyPatientPing,
    /// `MELODY_PONDERING_PONG`
    MelodyPonderingPong,
    /// `TYPING_KINETIC_KEYS`
    TypingKineticKeys,
    /// `TYPING_QUIET_QWERTY`
    TypingQuietQwerty,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AudioType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MelodyChipperChime => "MELODY_CHIPPER_CHIME",
            Self::MelodyCuriousCrawl => "MELODY_CURIOUS_CRAWL",
            Self::MelodyRisingRipple => "MELODY_RISING_RIPPLE",
            Self::MelodyPatientPing => "MELODY_PATIENT_PING",
            Self::MelodyPonderingPong => "MELODY_PONDERING_PONG",
            Self::TypingKineticKeys => "TYPING_KINETIC_KEYS",
            Self::TypingQuietQwerty => "TYPING_QUIET_QWERTY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "MELODY_CHIPPER_CHIME",
            "MELODY_CURIOUS_CRAWL",
            "MELODY_RISING_RIPPLE",
            "MELODY_PATIENT_PING",
            "MELODY_PONDERING_PONG",
            "TYPING_KINETIC_KEYS",
            "TYPING_QUIET_QWERTY",
        ]
    }
}
impl ::std::convert::From<AudioType> for ::forma_core::Value<AudioType> {
    fn from(v: AudioType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AudioType {}

/// The `AudioFillerSettings` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioFillerSettings {
    props: ::forma_core::schema::Props,
}
impl AudioFillerSettings {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
    /// `AudioType`.
    pub fn audio_type(mut self, value: impl ::forma_core::schema::EnumArg<AudioType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `MinimumPlayDurationInMilliseconds`.
    ///
    /// Allowed: 1000 to 5000.
    pub fn minimum_play_duration_in_milliseconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ResponseDeliveryDelayInMilliseconds`.
    ///
    /// Allowed: 200 to 1000.
    pub fn response_delivery_delay_in_milliseconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `StartDelayInMilliseconds`.
    ///
    /// Allowed: 500 to 5000.
    pub fn start_delay_in_milliseconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AudioFillerSettings> for ::forma_core::Value<AudioFillerSettings> {
    fn from(v: AudioFillerSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_FILLER_SETTINGS_TYPE.properties))
    }
}

/// The `CustomVocabulary` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomVocabulary {
    props: ::forma_core::schema::Props,
}
impl CustomVocabulary {
    /// A new value with its required properties: `CustomVocabularyItems`.
    pub fn new(
        custom_vocabulary_items: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomVocabularyItem>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, custom_vocabulary_items.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomVocabulary> for ::forma_core::Value<CustomVocabulary> {
    fn from(v: CustomVocabulary) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_VOCABULARY_TYPE.properties))
    }
}

/// The `GenerativeAISettings` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct GenerativeAiSettings {
    props: ::forma_core::schema::Props,
}
impl GenerativeAiSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BuildtimeSettings`.
    pub fn buildtime_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GenerativeAiSettingsBuildtimeSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `RuntimeSettings`.
    pub fn runtime_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GenerativeAiSettingsRuntimeSettings>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GenerativeAiSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GenerativeAiSettings> for ::forma_core::Value<GenerativeAiSettings> {
    fn from(v: GenerativeAiSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GENERATIVE_AI_SETTINGS_TYPE.properties))
    }
}

/// The `Intent` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct Intent {
    props: ::forma_core::schema::Props,
}
impl Intent {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(10, name.into().into_expr());
        Self { props }
    }
    /// `BedrockAgentIntentConfiguration`.
    pub fn bedrock_agent_intent_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BedrockAgentIntentConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Resource Type definition for the intent.
    ///
    /// Allowed: length 0 to 2000.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DialogCodeHook`.
    pub fn dialog_code_hook(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DialogCodeHookSetting>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DisplayName`.
    ///
    /// Allowed: length 1 to 100.
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `FulfillmentCodeHook`.
    pub fn fulfillment_code_hook(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FulfillmentCodeHookSetting>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `InitialResponseSetting`.
    pub fn initial_response_setting(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InitialResponseSetting>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `InputContexts`.
    pub fn input_contexts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InputContext>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `IntentClosingSetting`.
    pub fn intent_closing_setting(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IntentClosingSetting>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `IntentConfirmationSetting`.
    pub fn intent_confirmation_setting(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IntentConfirmationSetting>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `KendraConfiguration`.
    pub fn kendra_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KendraConfiguration>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `OutputContexts`.
    pub fn output_contexts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OutputContext>>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `ParentIntentSignature`.
    pub fn parent_intent_signature(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `QInConnectIntentConfiguration`.
    pub fn q_in_connect_intent_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<QInConnectIntentConfiguration>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `QnAIntentConfiguration`.
    pub fn qn_a_intent_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<QnAIntentConfiguration>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `SampleUtterances`.
    pub fn sample_utterances(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SampleUtterance>>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `SlotPriorities`.
    pub fn slot_priorities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SlotPriority>>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `Slots`.
    pub fn slots(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Slot>>>) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Intent> for ::forma_core::Value<Intent> {
    fn from(v: Intent) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTENT_TYPE.properties))
    }
}

/// The `SlotType` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct SlotType {
    props: ::forma_core::schema::Props,
}
impl SlotType {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, name.into().into_expr());
        Self { props }
    }
    /// `CompositeSlotTypeSetting`.
    pub fn composite_slot_type_setting(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CompositeSlotTypeSetting>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A description of the resource
    ///
    /// Allowed: length 0 to 2000.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ExternalSourceSetting`.
    pub fn external_source_setting(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExternalSourceSetting>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ParentSlotTypeSignature`.
    pub fn parent_slot_type_signature(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `SlotTypeValues`.
    pub fn slot_type_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SlotTypeValue>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `ValueSelectionSetting`.
    pub fn value_selection_setting(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SlotValueSelectionSetting>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SlotType> for ::forma_core::Value<SlotType> {
    fn from(v: SlotType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLOT_TYPE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Standard`, `Neural`, `Deepgram`, `Advanced`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SpeechModelPreference {
    /// `Standard`
    Standard,
    /// `Neural`
    Neural,
    /// `Deepgram`
    Deepgram,
    /// `Advanced`
    Advanced,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SpeechModelPreference {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "Standard",
            Self::Neural => "Neural",
            Self::Deepgram => "Deepgram",
            Self::Advanced => "Advanced",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Standard", "Neural", "Deepgram", "Advanced"]
    }
}
impl ::std::convert::From<SpeechModelPreference> for ::forma_core::Value<SpeechModelPreference> {
    fn from(v: SpeechModelPreference) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SpeechModelPreference {}

/// The `SpeechRecognitionSettings` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct SpeechRecognitionSettings {
    props: ::forma_core::schema::Props,
}
impl SpeechRecognitionSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SpeechModelConfig`.
    pub fn speech_model_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SpeechModelConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SpeechModelPreference`.
    pub fn speech_model_preference(mut self, value: impl ::forma_core::schema::EnumArg<SpeechModelPreference>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for SpeechRecognitionSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SpeechRecognitionSettings> for ::forma_core::Value<SpeechRecognitionSettings> {
    fn from(v: SpeechRecognitionSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPEECH_RECOGNITION_SETTINGS_TYPE.properties))
    }
}

/// The `UnifiedSpeechSettings` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct UnifiedSpeechSettings {
    props: ::forma_core::schema::Props,
}
impl UnifiedSpeechSettings {
    /// A new value with its required properties: `SpeechFoundationModel`.
    pub fn new(
        speech_foundation_model: impl ::std::convert::Into<::forma_core::Value<UnifiedSpeechSettingsSpeechFoundationModel>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, speech_foundation_model.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<UnifiedSpeechSettings> for ::forma_core::Value<UnifiedSpeechSettings> {
    fn from(v: UnifiedSpeechSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UNIFIED_SPEECH_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `standard`, `neural`, `long-form`, `generative`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Engine {
    /// `standard`
    Standard,
    /// `neural`
    Neural,
    /// `long-form`
    LongForm,
    /// `generative`
    Generative,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Engine {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "standard",
            Self::Neural => "neural",
            Self::LongForm => "long-form",
            Self::Generative => "generative",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["standard", "neural", "long-form", "generative"]
    }
}
impl ::std::convert::From<Engine> for ::forma_core::Value<Engine> {
    fn from(v: Engine) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Engine {}

/// The `VoiceSettings` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct VoiceSettings {
    props: ::forma_core::schema::Props,
}
impl VoiceSettings {
    /// A new value with its required properties: `VoiceId`.
    pub fn new(voice_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, voice_id.into().into_expr());
        Self { props }
    }
    /// `Engine`.
    pub fn engine(mut self, value: impl ::forma_core::schema::EnumArg<Engine>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<VoiceSettings> for ::forma_core::Value<VoiceSettings> {
    fn from(v: VoiceSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VOICE_SETTINGS_TYPE.properties))
    }
}

/// The `BotAliasLocaleSettingsItem` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct BotAliasLocaleSettingsItem {
    props: ::forma_core::schema::Props,
}
impl BotAliasLocaleSettingsItem {
    /// A new value with its required properties: `BotAliasLocaleSetting`, `LocaleId`.
    pub fn new(
        bot_alias_locale_setting: impl ::std::convert::Into<::forma_core::Value<BotAliasLocaleSettings>>,
        locale_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bot_alias_locale_setting.into().into_expr());
        props.set(1, locale_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BotAliasLocaleSettingsItem> for ::forma_core::Value<BotAliasLocaleSettingsItem> {
    fn from(v: BotAliasLocaleSettingsItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BOT_ALIAS_LOCALE_SETTINGS_ITEM_TYPE.properties))
    }
}

/// The `ConversationLogSettings` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConversationLogSettings {
    props: ::forma_core::schema::Props,
}
impl ConversationLogSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AudioLogSettings`.
    pub fn audio_log_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AudioLogSetting>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TextLogSettings`.
    pub fn text_log_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TextLogSetting>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConversationLogSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConversationLogSettings> for ::forma_core::Value<ConversationLogSettings> {
    fn from(v: ConversationLogSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONVERSATION_LOG_SETTINGS_TYPE.properties))
    }
}

/// The `TestBotAliasSettingsSentimentAnalysisSettings` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct TestBotAliasSettingsSentimentAnalysisSettings {
    props: ::forma_core::schema::Props,
}
impl TestBotAliasSettingsSentimentAnalysisSettings {
    /// A new value with its required properties: `DetectSentiment`.
    pub fn new(detect_sentiment: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, detect_sentiment.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TestBotAliasSettingsSentimentAnalysisSettings>
    for ::forma_core::Value<TestBotAliasSettingsSentimentAnalysisSettings>
{
    fn from(v: TestBotAliasSettingsSentimentAnalysisSettings) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(TEST_BOT_ALIAS_SETTINGS_SENTIMENT_ANALYSIS_SETTINGS_TYPE.properties),
        )
    }
}

/// The `CustomVocabularyItem` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomVocabularyItem {
    props: ::forma_core::schema::Props,
}
impl CustomVocabularyItem {
    /// A new value with its required properties: `Phrase`.
    pub fn new(phrase: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, phrase.into().into_expr());
        Self { props }
    }
    /// `DisplayAs`.
    ///
    /// Allowed: length 1 to 100.
    pub fn display_as(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Weight`.
    ///
    /// Allowed: 0 to 3.
    pub fn weight(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomVocabularyItem> for ::forma_core::Value<CustomVocabularyItem> {
    fn from(v: CustomVocabularyItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_VOCABULARY_ITEM_TYPE.properties))
    }
}

/// The `GenerativeAISettingsBuildtimeSettings` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct GenerativeAiSettingsBuildtimeSettings {
    props: ::forma_core::schema::Props,
}
impl GenerativeAiSettingsBuildtimeSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DescriptiveBotBuilderSpecification`.
    pub fn descriptive_bot_builder_specification(
        mut self,
        value: impl ::std::convert::Into<
            ::forma_core::Value<GenerativeAiSettingsBuildtimeSettingsDescriptiveBotBuilderSpecification>,
        >,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SampleUtteranceGenerationSpecification`.
    pub fn sample_utterance_generation_specification(
        mut self,
        value: impl ::std::convert::Into<
            ::forma_core::Value<GenerativeAiSettingsBuildtimeSettingsSampleUtteranceGenerationSpecification>,
        >,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GenerativeAiSettingsBuildtimeSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GenerativeAiSettingsBuildtimeSettings>
    for ::forma_core::Value<GenerativeAiSettingsBuildtimeSettings>
{
    fn from(v: GenerativeAiSettingsBuildtimeSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GENERATIVE_AI_SETTINGS_BUILDTIME_SETTINGS_TYPE.properties))
    }
}

/// The `GenerativeAISettingsRuntimeSettings` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct GenerativeAiSettingsRuntimeSettings {
    props: ::forma_core::schema::Props,
}
impl GenerativeAiSettingsRuntimeSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `NluImprovementSpecification`.
    pub fn nlu_improvement_specification(
        mut self,
        value: impl ::std::convert::Into<
            ::forma_core::Value<GenerativeAiSettingsRuntimeSettingsNluImprovementSpecification>,
        >,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SlotResolutionImprovementSpecification`.
    pub fn slot_resolution_improvement_specification(
        mut self,
        value: impl ::std::convert::Into<
            ::forma_core::Value<GenerativeAiSettingsRuntimeSettingsSlotResolutionImprovementSpecification>,
        >,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GenerativeAiSettingsRuntimeSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GenerativeAiSettingsRuntimeSettings>
    for ::forma_core::Value<GenerativeAiSettingsRuntimeSettings>
{
    fn from(v: GenerativeAiSettingsRuntimeSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GENERATIVE_AI_SETTINGS_RUNTIME_SETTINGS_TYPE.properties))
    }
}

/// The `BedrockAgentIntentConfiguration` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct BedrockAgentIntentConfiguration {
    props: ::forma_core::schema::Props,
}
impl BedrockAgentIntentConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BedrockAgentConfiguration`.
    pub fn bedrock_agent_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BedrockAgentIntentConfigurationBedrockAgentConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BedrockAgentIntentKnowledgeBaseConfiguration`.
    pub fn bedrock_agent_intent_knowledge_base_configuration(
        mut self,
        value: impl ::std::convert::Into<
            ::forma_core::Value<BedrockAgentIntentConfigurationBedrockAgentIntentKnowledgeBaseConfiguration>,
        >,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BedrockAgentIntentConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BedrockAgentIntentConfiguration> for ::forma_core::Value<BedrockAgentIntentConfiguration> {
    fn from(v: BedrockAgentIntentConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BEDROCK_AGENT_INTENT_CONFIGURATION_TYPE.properties))
    }
}

/// The `DialogCodeHookSetting` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct DialogCodeHookSetting {
    props: ::forma_core::schema::Props,
}
impl DialogCodeHookSetting {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DialogCodeHookSetting> for ::forma_core::Value<DialogCodeHookSetting> {
    fn from(v: DialogCodeHookSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DIALOG_CODE_HOOK_SETTING_TYPE.properties))
    }
}

/// The `FulfillmentCodeHookSetting` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct FulfillmentCodeHookSetting {
    props: ::forma_core::schema::Props,
}
impl FulfillmentCodeHookSetting {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
    /// `FulfillmentUpdatesSpecification`.
    pub fn fulfillment_updates_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FulfillmentUpdatesSpecification>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `IsActive`.
    pub fn is_active(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `PostFulfillmentStatusSpecification`.
    pub fn post_fulfillment_status_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PostFulfillmentStatusSpecification>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FulfillmentCodeHookSetting> for ::forma_core::Value<FulfillmentCodeHookSetting> {
    fn from(v: FulfillmentCodeHookSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FULFILLMENT_CODE_HOOK_SETTING_TYPE.properties))
    }
}

/// The `InitialResponseSetting` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct InitialResponseSetting {
    props: ::forma_core::schema::Props,
}
impl InitialResponseSetting {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CodeHook`.
    pub fn code_hook(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DialogCodeHookInvocationSetting>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Conditional`.
    pub fn conditional(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConditionalSpecification>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `InitialResponse`.
    pub fn initial_response(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResponseSpecification>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `NextStep`.
    pub fn next_step(mut self, value: impl ::std::convert::Into<::forma_core::Value<DialogState>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InitialResponseSetting {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InitialResponseSetting> for ::forma_core::Value<InitialResponseSetting> {
    fn from(v: InitialResponseSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INITIAL_RESPONSE_SETTING_TYPE.properties))
    }
}

/// The `InputContext` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct InputContext {
    props: ::forma_core::schema::Props,
}
impl InputContext {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InputContext> for ::forma_core::Value<InputContext> {
    fn from(v: InputContext) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_CONTEXT_TYPE.properties))
    }
}

/// The `IntentClosingSetting` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct IntentClosingSetting {
    props: ::forma_core::schema::Props,
}
impl IntentClosingSetting {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ClosingResponse`.
    pub fn closing_response(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResponseSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Conditional`.
    pub fn conditional(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConditionalSpecification>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `IsActive`.
    pub fn is_active(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `NextStep`.
    pub fn next_step(mut self, value: impl ::std::convert::Into<::forma_core::Value<DialogState>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IntentClosingSetting {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IntentClosingSetting> for ::forma_core::Value<IntentClosingSetting> {
    fn from(v: IntentClosingSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTENT_CLOSING_SETTING_TYPE.properties))
    }
}

/// The `IntentConfirmationSetting` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct IntentConfirmationSetting {
    props: ::forma_core::schema::Props,
}
impl IntentConfirmationSetting {
    /// A new value with its required properties: `PromptSpecification`.
    pub fn new(prompt_specification: impl ::std::convert::Into<::forma_core::Value<PromptSpecification>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(12, prompt_specification.into().into_expr());
        Self { props }
    }
    /// `CodeHook`.
    pub fn code_hook(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DialogCodeHookInvocationSetting>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ConfirmationConditional`.
    pub fn confirmation_conditional(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConditionalSpecification>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ConfirmationNextStep`.
    pub fn confirmation_next_step(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DialogState>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ConfirmationResponse`.
    pub fn confirmation_response(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResponseSpecification>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `DeclinationConditional`.
    pub fn declination_conditional(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConditionalSpecification>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `DeclinationNextStep`.
    pub fn declination_next_step(mut self, value: impl ::std::convert::Into<::forma_core::Value<DialogState>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `DeclinationResponse`.
    pub fn declination_response(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResponseSpecification>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `ElicitationCodeHook`.
    pub fn elicitation_code_hook(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ElicitationCodeHookInvocationSetting>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `FailureConditional`.
    pub fn failure_conditional(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConditionalSpecification>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `FailureNextStep`.
    pub fn failure_next_step(mut self, value: impl ::std::convert::Into<::forma_core::Value<DialogState>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `FailureResponse`.
    pub fn failure_response(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResponseSpecification>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `IsActive`.
    pub fn is_active(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IntentConfirmationSetting> for ::forma_core::Value<IntentConfirmationSetting> {
    fn from(v: IntentConfirmationSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTENT_CONFIRMATION_SETTING_TYPE.properties))
    }
}

/// The `KendraConfiguration` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct KendraConfiguration {
    props: ::forma_core::schema::Props,
}
impl KendraConfiguration {
    /// A new value with its required properties: `KendraIndex`.
    pub fn new(kendra_index: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, kendra_index.into().into_expr());
        Self { props }
    }
    /// `QueryFilterString`.
    ///
    /// Allowed: length 1 to 5000.
    pub fn query_filter_string(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `QueryFilterStringEnabled`.
    pub fn query_filter_string_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<KendraConfiguration> for ::forma_core::Value<KendraConfiguration> {
    fn from(v: KendraConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KENDRA_CONFIGURATION_TYPE.properties))
    }
}

/// The `OutputContext` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputContext {
    props: ::forma_core::schema::Props,
}
impl OutputContext {
    /// A new value with its required properties: `Name`, `TimeToLiveInSeconds`, `TurnsToLive`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        time_to_live_in_seconds: impl ::std::convert::Into<::forma_core::Value<i64>>,
        turns_to_live: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, time_to_live_in_seconds.into().into_expr());
        props.set(2, turns_to_live.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OutputContext> for ::forma_core::Value<OutputContext> {
    fn from(v: OutputContext) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTPUT_CONTEXT_TYPE.properties))
    }
}

/// The `QInConnectIntentConfiguration` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct QInConnectIntentConfiguration {
    props: ::forma_core::schema::Props,
}
impl QInConnectIntentConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `QInConnectAssistantConfiguration`.
    pub fn q_in_connect_assistant_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<QInConnectIntentConfigurationQInConnectAssistantConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for QInConnectIntentConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<QInConnectIntentConfiguration> for ::forma_core::Value<QInConnectIntentConfiguration> {
    fn from(v: QInConnectIntentConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(Q_IN_CONNECT_INTENT_CONFIGURATION_TYPE.properties))
    }
}

/// The `QnAIntentConfiguration` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct QnAIntentConfiguration {
    props: ::forma_core::schema::Props,
}
impl QnAIntentConfiguration {
    /// A new value with its required properties: `BedrockModelConfiguration`, `DataSourceConfiguration`.
    pub fn new(
        bedrock_model_configuration: impl ::std::convert::Into<::forma_core::Value<BedrockModelSpecification>>,
        data_source_configuration: impl ::std::convert::Into<
            ::forma_core::Value<QnAIntentConfigurationDataSourceConfiguration>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bedrock_model_configuration.into().into_expr());
        props.set(1, data_source_configuration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<QnAIntentConfiguration> for ::forma_core::Value<QnAIntentConfiguration> {
    fn from(v: QnAIntentConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QN_A_INTENT_CONFIGURATION_TYPE.properties))
    }
}

/// The `SampleUtterance` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct SampleUtterance {
    props: ::forma_core::schema::Props,
}
impl SampleUtterance {
    /// A new value with its required properties: `Utterance`.
    pub fn new(utterance: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, utterance.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SampleUtterance> for ::forma_core::Value<SampleUtterance> {
    fn from(v: SampleUtterance) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAMPLE_UTTERANCE_TYPE.properties))
    }
}

/// The `SlotPriority` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct SlotPriority {
    props: ::forma_core::schema::Props,
}
impl SlotPriority {
    /// A new value with its required properties: `Priority`, `SlotName`.
    pub fn new(
        priority: impl ::std::convert::Into<::forma_core::Value<i64>>,
        slot_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, priority.into().into_expr());
        props.set(1, slot_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SlotPriority> for ::forma_core::Value<SlotPriority> {
    fn from(v: SlotPriority) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLOT_PRIORITY_TYPE.properties))
    }
}

/// The `Slot` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct Slot {
    props: ::forma_core::schema::Props,
}
impl Slot {
    /// A new value with its required properties: `Name`, `SlotTypeName`, `ValueElicitationSetting`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        slot_type_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value_elicitation_setting: impl ::std::convert::Into<::forma_core::Value<SlotValueElicitationSetting>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, name.into().into_expr());
        props.set(4, slot_type_name.into().into_expr());
        props.set(6, value_elicitation_setting.into().into_expr());
        Self { props }
    }
    /// A description of the resource
    ///
    /// Allowed: length 0 to 2000.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MultipleValuesSetting`.
    pub fn multiple_values_setting(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MultipleValuesSetting>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ObfuscationSetting`.
    pub fn obfuscation_setting(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ObfuscationSetting>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `SubSlotSetting`.
    pub fn sub_slot_setting(mut self, value: impl ::std::convert::Into<::forma_core::Value<SubSlotSetting>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Slot> for ::forma_core::Value<Slot> {
    fn from(v: Slot) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLOT_TYPE.properties))
    }
}

/// The `CompositeSlotTypeSetting` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct CompositeSlotTypeSetting {
    props: ::forma_core::schema::Props,
}
impl CompositeSlotTypeSetting {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SubSlots`.
    pub fn sub_slots(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SubSlotTypeComposition>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CompositeSlotTypeSetting {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CompositeSlotTypeSetting> for ::forma_core::Value<CompositeSlotTypeSetting> {
    fn from(v: CompositeSlotTypeSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPOSITE_SLOT_TYPE_SETTING_TYPE.properties))
    }
}

/// The `ExternalSourceSetting` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExternalSourceSetting {
    props: ::forma_core::schema::Props,
}
impl ExternalSourceSetting {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `GrammarSlotTypeSetting`.
    pub fn grammar_slot_type_setting(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GrammarSlotTypeSetting>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ExternalSourceSetting {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ExternalSourceSetting> for ::forma_core::Value<ExternalSourceSetting> {
    fn from(v: ExternalSourceSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXTERNAL_SOURCE_SETTING_TYPE.properties))
    }
}

/// The `SlotTypeValue` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct SlotTypeValue {
    props: ::forma_core::schema::Props,
}
impl SlotTypeValue {
    /// A new value with its required properties: `SampleValue`.
    pub fn new(sample_value: impl ::std::convert::Into<::forma_core::Value<SampleValue>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, sample_value.into().into_expr());
        Self { props }
    }
    /// `Synonyms`.
    pub fn synonyms(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SampleValue>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SlotTypeValue> for ::forma_core::Value<SlotTypeValue> {
    fn from(v: SlotTypeValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLOT_TYPE_VALUE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ORIGINAL_VALUE`, `TOP_RESOLUTION`, `CONCATENATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SlotValueResolutionStrategy {
    /// `ORIGINAL_VALUE`
    OriginalValue,
    /// `TOP_RESOLUTION`
    TopResolution,
    /// `CONCATENATION`
    Concatenation,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SlotValueResolutionStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OriginalValue => "ORIGINAL_VALUE",
            Self::TopResolution => "TOP_RESOLUTION",
            Self::Concatenation => "CONCATENATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ORIGINAL_VALUE", "TOP_RESOLUTION", "CONCATENATION"]
    }
}
impl ::std::convert::From<SlotValueResolutionStrategy> for ::forma_core::Value<SlotValueResolutionStrategy> {
    fn from(v: SlotValueResolutionStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SlotValueResolutionStrategy {}

/// The `SlotValueSelectionSetting` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct SlotValueSelectionSetting {
    props: ::forma_core::schema::Props,
}
impl SlotValueSelectionSetting {
    /// A new value with its required properties: `ResolutionStrategy`.
    pub fn new(resolution_strategy: impl ::forma_core::schema::EnumArg<SlotValueResolutionStrategy>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, resolution_strategy.into_enum_expr());
        Self { props }
    }
    /// `AdvancedRecognitionSetting`.
    pub fn advanced_recognition_setting(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AdvancedRecognitionSetting>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `RegexFilter`.
    pub fn regex_filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<SlotValueRegexFilter>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SlotValueSelectionSetting> for ::forma_core::Value<SlotValueSelectionSetting> {
    fn from(v: SlotValueSelectionSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLOT_VALUE_SELECTION_SETTING_TYPE.properties))
    }
}

/// The `SpeechModelConfig` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct SpeechModelConfig {
    props: ::forma_core::schema::Props,
}
impl SpeechModelConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DeepgramConfig`.
    pub fn deepgram_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeepgramSpeechModelConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SpeechModelConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SpeechModelConfig> for ::forma_core::Value<SpeechModelConfig> {
    fn from(v: SpeechModelConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPEECH_MODEL_CONFIG_TYPE.properties))
    }
}

/// The `UnifiedSpeechSettingsSpeechFoundationModel` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct UnifiedSpeechSettingsSpeechFoundationModel {
    props: ::forma_core::schema::Props,
}
impl UnifiedSpeechSettingsSpeechFoundationModel {
    /// A new value with its required properties: `ModelArn`.
    pub fn new(model_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, model_arn.into().into_expr());
        Self { props }
    }
    /// `VoiceId`.
    pub fn voice_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<UnifiedSpeechSettingsSpeechFoundationModel>
    for ::forma_core::Value<UnifiedSpeechSettingsSpeechFoundationModel>
{
    fn from(v: UnifiedSpeechSettingsSpeechFoundationModel) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(UNIFIED_SPEECH_SETTINGS_SPEECH_FOUNDATION_MODEL_TYPE.properties),
        )
    }
}

/// The `BotAliasLocaleSettings` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct BotAliasLocaleSettings {
    props: ::forma_core::schema::Props,
}
impl BotAliasLocaleSettings {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
    /// `CodeHookSpecification`.
    pub fn code_hook_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CodeHookSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BotAliasLocaleSettings> for ::forma_core::Value<BotAliasLocaleSettings> {
    fn from(v: BotAliasLocaleSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BOT_ALIAS_LOCALE_SETTINGS_TYPE.properties))
    }
}

/// The `AudioLogSetting` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioLogSetting {
    props: ::forma_core::schema::Props,
}
impl AudioLogSetting {
    /// A new value with its required properties: `Destination`, `Enabled`.
    pub fn new(
        destination: impl ::std::convert::Into<::forma_core::Value<AudioLogDestination>>,
        enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination.into().into_expr());
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AudioLogSetting> for ::forma_core::Value<AudioLogSetting> {
    fn from(v: AudioLogSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_LOG_SETTING_TYPE.properties))
    }
}

/// The `TextLogSetting` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLogSetting {
    props: ::forma_core::schema::Props,
}
impl TextLogSetting {
    /// A new value with its required properties: `Destination`, `Enabled`.
    pub fn new(
        destination: impl ::std::convert::Into<::forma_core::Value<TextLogDestination>>,
        enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination.into().into_expr());
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TextLogSetting> for ::forma_core::Value<TextLogSetting> {
    fn from(v: TextLogSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TEXT_LOG_SETTING_TYPE.properties))
    }
}

/// The `GenerativeAISettingsBuildtimeSettingsDescriptiveBotBuilderSpecification` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct GenerativeAiSettingsBuildtimeSettingsDescriptiveBotBuilderSpecification {
    props: ::forma_core::schema::Props,
}
impl GenerativeAiSettingsBuildtimeSettingsDescriptiveBotBuilderSpecification {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
    /// `BedrockModelSpecification`.
    pub fn bedrock_model_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BedrockModelSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GenerativeAiSettingsBuildtimeSettingsDescriptiveBotBuilderSpecification>
    for ::forma_core::Value<GenerativeAiSettingsBuildtimeSettingsDescriptiveBotBuilderSpecification>
{
    fn from(v: GenerativeAiSettingsBuildtimeSettingsDescriptiveBotBuilderSpecification) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(
                GENERATIVE_AI_SETTINGS_BUILDTIME_SETTINGS_DESCRIPTIVE_BOT_BUILDER_SPECIFICATION_TYPE.properties,
            ),
        )
    }
}

/// The `GenerativeAISettingsBuildtimeSettingsSampleUtteranceGenerationSpecification` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct GenerativeAiSettingsBuildtimeSettingsSampleUtteranceGenerationSpecification {
    props: ::forma_core::schema::Props,
}
impl GenerativeAiSettingsBuildtimeSettingsSampleUtteranceGenerationSpecification {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
    /// `BedrockModelSpecification`.
    pub fn bedrock_model_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BedrockModelSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GenerativeAiSettingsBuildtimeSettingsSampleUtteranceGenerationSpecification>
    for ::forma_core::Value<GenerativeAiSettingsBuildtimeSettingsSampleUtteranceGenerationSpecification>
{
    fn from(v: GenerativeAiSettingsBuildtimeSettingsSampleUtteranceGenerationSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(
            GENERATIVE_AI_SETTINGS_BUILDTIME_SETTINGS_SAMPLE_UTTERANCE_GENERATION_SPECIFICATION_TYPE.properties,
        ))
    }
}

/// The values CloudFormation documents: `Primary`, `Fallback`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssistedNluMode {
    /// `Primary`
    Primary,
    /// `Fallback`
    Fallback,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AssistedNluMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Primary => "Primary",
            Self::Fallback => "Fallback",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Primary", "Fallback"]
    }
}
impl ::std::convert::From<AssistedNluMode> for ::forma_core::Value<AssistedNluMode> {
    fn from(v: AssistedNluMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AssistedNluMode {}

/// The `GenerativeAISettingsRuntimeSettingsNluImprovementSpecification` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct GenerativeAiSettingsRuntimeSettingsNluImprovementSpecification {
    props: ::forma_core::schema::Props,
}
impl GenerativeAiSettingsRuntimeSettingsNluImprovementSpecification {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
    /// `AssistedNluMode`.
    pub fn assisted_nlu_mode(mut self, value: impl ::forma_core::schema::EnumArg<AssistedNluMode>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `IntentDisambiguationSettings`.
    pub fn intent_disambiguation_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IntentDisambiguationSettings>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GenerativeAiSettingsRuntimeSettingsNluImprovementSpecification>
    for ::forma_core::Value<GenerativeAiSettingsRuntimeSettingsNluImprovementSpecification>
{
    fn from(v: GenerativeAiSettingsRuntimeSettingsNluImprovementSpecification) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(GENERATIVE_AI_SETTINGS_RUNTIME_SETTINGS_NLU_IMPROVEMENT_SPECIFICATION_TYPE.properties),
        )
    }
}

/// The `GenerativeAISettingsRuntimeSettingsSlotResolutionImprovementSpecification` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct GenerativeAiSettingsRuntimeSettingsSlotResolutionImprovementSpecification {
    props: ::forma_core::schema::Props,
}
impl GenerativeAiSettingsRuntimeSettingsSlotResolutionImprovementSpecification {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
    /// `BedrockModelSpecification`.
    pub fn bedrock_model_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BedrockModelSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GenerativeAiSettingsRuntimeSettingsSlotResolutionImprovementSpecification>
    for ::forma_core::Value<GenerativeAiSettingsRuntimeSettingsSlotResolutionImprovementSpecification>
{
    fn from(v: GenerativeAiSettingsRuntimeSettingsSlotResolutionImprovementSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(
            GENERATIVE_AI_SETTINGS_RUNTIME_SETTINGS_SLOT_RESOLUTION_IMPROVEMENT_SPECIFICATION_TYPE.properties,
        ))
    }
}

/// The `BedrockAgentIntentConfigurationBedrockAgentConfiguration` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct BedrockAgentIntentConfigurationBedrockAgentConfiguration {
    props: ::forma_core::schema::Props,
}
impl BedrockAgentIntentConfigurationBedrockAgentConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BedrockAgentAliasId`.
    ///
    /// Allowed: length 1 to 5000.
    pub fn bedrock_agent_alias_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BedrockAgentId`.
    ///
    /// Allowed: length 1 to 5000.
    pub fn bedrock_agent_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BedrockAgentIntentConfigurationBedrockAgentConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BedrockAgentIntentConfigurationBedrockAgentConfiguration>
    for ::forma_core::Value<BedrockAgentIntentConfigurationBedrockAgentConfiguration>
{
    fn from(v: BedrockAgentIntentConfigurationBedrockAgentConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(BEDROCK_AGENT_INTENT_CONFIGURATION_BEDROCK_AGENT_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The `BedrockAgentIntentConfigurationBedrockAgentIntentKnowledgeBaseConfiguration` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct BedrockAgentIntentConfigurationBedrockAgentIntentKnowledgeBaseConfiguration {
    props: ::forma_core::schema::Props,
}
impl BedrockAgentIntentConfigurationBedrockAgentIntentKnowledgeBaseConfiguration {
    /// A new value with its required properties: `BedrockKnowledgeBaseArn`, `BedrockModelConfiguration`.
    pub fn new(
        bedrock_knowledge_base_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        bedrock_model_configuration: impl ::std::convert::Into<::forma_core::Value<BedrockModelSpecification>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bedrock_knowledge_base_arn.into().into_expr());
        props.set(1, bedrock_model_configuration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BedrockAgentIntentConfigurationBedrockAgentIntentKnowledgeBaseConfiguration>
    for ::forma_core::Value<BedrockAgentIntentConfigurationBedrockAgentIntentKnowledgeBaseConfiguration>
{
    fn from(v: BedrockAgentIntentConfigurationBedrockAgentIntentKnowledgeBaseConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(
            BEDROCK_AGENT_INTENT_CONFIGURATION_BEDROCK_AGENT_INTENT_KNOWLEDGE_BASE_CONFIGURATION_TYPE.properties,
        ))
    }
}

/// The `FulfillmentUpdatesSpecification` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct FulfillmentUpdatesSpecification {
    props: ::forma_core::schema::Props,
}
impl FulfillmentUpdatesSpecification {
    /// A new value with its required properties: `Active`.
    pub fn new(active: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, active.into().into_expr());
        Self { props }
    }
    /// `StartResponse`.
    pub fn start_response(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FulfillmentStartResponseSpecification>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TimeoutInSeconds`.
    ///
    /// Allowed: 1 to 900.
    pub fn timeout_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `UpdateResponse`.
    pub fn update_response(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FulfillmentUpdateResponseSpecification>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FulfillmentUpdatesSpecification> for ::forma_core::Value<FulfillmentUpdatesSpecification> {
    fn from(v: FulfillmentUpdatesSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FULFILLMENT_UPDATES_SPECIFICATION_TYPE.properties))
    }
}

/// The `PostFulfillmentStatusSpecification` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct PostFulfillmentStatusSpecification {
    props: ::forma_core::schema::Props,
}
impl PostFulfillmentStatusSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FailureConditional`.
    pub fn failure_conditional(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConditionalSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FailureNextStep`.
    pub fn failure_next_step(mut self, value: impl ::std::convert::Into<::forma_core::Value<DialogState>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `FailureResponse`.
    pub fn failure_response(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResponseSpecification>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SuccessConditional`.
    pub fn success_conditional(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConditionalSpecification>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `SuccessNextStep`.
    pub fn success_next_step(mut self, value: impl ::std::convert::Into<::forma_core::Value<DialogState>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `SuccessResponse`.
    pub fn success_response(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResponseSpecification>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `TimeoutConditional`.
    pub fn timeout_conditional(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConditionalSpecification>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `TimeoutNextStep`.
    pub fn timeout_next_step(mut self, value: impl ::std::convert::Into<::forma_core::Value<DialogState>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `TimeoutResponse`.
    pub fn timeout_response(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResponseSpecification>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PostFulfillmentStatusSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PostFulfillmentStatusSpecification>
    for ::forma_core::Value<PostFulfillmentStatusSpecification>
{
    fn from(v: PostFulfillmentStatusSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POST_FULFILLMENT_STATUS_SPECIFICATION_TYPE.properties))
    }
}

/// The `DialogCodeHookInvocationSetting` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct DialogCodeHookInvocationSetting {
    props: ::forma_core::schema::Props,
}
impl DialogCodeHookInvocationSetting {
    /// A new value with its required properties: `EnableCodeHookInvocation`, `IsActive`, `PostCodeHookSpecification`.
    pub fn new(
        enable_code_hook_invocation: impl ::std::convert::Into<::forma_core::Value<bool>>,
        is_active: impl ::std::convert::Into<::forma_core::Value<bool>>,
        post_code_hook_specification: impl ::std::convert::Into<
            ::forma_core::Value<PostDialogCodeHookInvocationSpecification>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enable_code_hook_invocation.into().into_expr());
        props.set(2, is_active.into().into_expr());
        props.set(3, post_code_hook_specification.into().into_expr());
        Self { props }
    }
    /// `InvocationLabel`.
    ///
    /// Allowed: length 1 to 100.
    pub fn invocation_label(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DialogCodeHookInvocationSetting> for ::forma_core::Value<DialogCodeHookInvocationSetting> {
    fn from(v: DialogCodeHookInvocationSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DIALOG_CODE_HOOK_INVOCATION_SETTING_TYPE.properties))
    }
}

/// The `ConditionalSpecification` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConditionalSpecification {
    props: ::forma_core::schema::Props,
}
impl ConditionalSpecification {
    /// A new value with its required properties: `ConditionalBranches`, `DefaultBranch`, `IsActive`.
    pub fn new(
        conditional_branches: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConditionalBranch>>>,
        default_branch: impl ::std::convert::Into<::forma_core::Value<DefaultConditionalBranch>>,
        is_active: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, conditional_branches.into().into_expr());
        props.set(1, default_branch.into().into_expr());
        props.set(2, is_active.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConditionalSpecification> for ::forma_core::Value<ConditionalSpecification> {
    fn from(v: ConditionalSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONDITIONAL_SPECIFICATION_TYPE.properties))
    }
}

/// The `ResponseSpecification` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseSpecification {
    props: ::forma_core::schema::Props,
}
impl ResponseSpecification {
    /// A new value with its required properties: `MessageGroupsList`.
    pub fn new(
        message_groups_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MessageGroup>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, message_groups_list.into().into_expr());
        Self { props }
    }
    /// `AllowInterrupt`.
    pub fn allow_interrupt(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ResponseSpecification> for ::forma_core::Value<ResponseSpecification> {
    fn from(v: ResponseSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESPONSE_SPECIFICATION_TYPE.properties))
    }
}

/// The `DialogState` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct DialogState {
    props: ::forma_core::schema::Props,
}
impl DialogState {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DialogAction`.
    pub fn dialog_action(mut self, value: impl ::std::convert::Into<::forma_core::Value<DialogAction>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Intent`.
    pub fn intent(mut self, value: impl ::std::convert::Into<::forma_core::Value<IntentOverride>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SessionAttributes`.
    pub fn session_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SessionAttribute>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DialogState {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DialogState> for ::forma_core::Value<DialogState> {
    fn from(v: DialogState) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DIALOG_STATE_TYPE.properties))
    }
}

/// The `ElicitationCodeHookInvocationSetting` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct ElicitationCodeHookInvocationSetting {
    props: ::forma_core::schema::Props,
}
impl ElicitationCodeHookInvocationSetting {
    /// A new value with its required properties: `EnableCodeHookInvocation`.
    pub fn new(enable_code_hook_invocation: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enable_code_hook_invocation.into().into_expr());
        Self { props }
    }
    /// `InvocationLabel`.
    ///
    /// Allowed: length 1 to 100.
    pub fn invocation_label(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ElicitationCodeHookInvocationSetting>
    for ::forma_core::Value<ElicitationCodeHookInvocationSetting>
{
    fn from(v: ElicitationCodeHookInvocationSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ELICITATION_CODE_HOOK_INVOCATION_SETTING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Random`, `Ordered`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MessageSelectionStrategy {
    /// `Random`
    Random,
    /// `Ordered`
    Ordered,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MessageSelectionStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Random => "Random",
            Self::Ordered => "Ordered",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Random", "Ordered"]
    }
}
impl ::std::convert::From<MessageSelectionStrategy> for ::forma_core::Value<MessageSelectionStrategy> {
    fn from(v: MessageSelectionStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MessageSelectionStrategy {}

/// The `PromptSpecification` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct PromptSpecification {
    props: ::forma_core::schema::Props,
}
impl PromptSpecification {
    /// A new value with its required properties: `MaxRetries`, `MessageGroupsList`.
    pub fn new(
        max_retries: impl ::std::convert::Into<::forma_core::Value<i64>>,
        message_groups_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MessageGroup>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, max_retries.into().into_expr());
        props.set(2, message_groups_list.into().into_expr());
        Self { props }
    }
    /// `AllowInterrupt`.
    pub fn allow_interrupt(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MessageSelectionStrategy`.
    pub fn message_selection_strategy(
        mut self,
        value: impl ::forma_core::schema::EnumArg<MessageSelectionStrategy>,
    ) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `PromptAttemptsSpecification`.
    pub fn prompt_attempts_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PromptSpecification> for ::forma_core::Value<PromptSpecification> {
    fn from(v: PromptSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROMPT_SPECIFICATION_TYPE.properties))
    }
}

/// The `QInConnectIntentConfigurationQInConnectAssistantConfiguration` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct QInConnectIntentConfigurationQInConnectAssistantConfiguration {
    props: ::forma_core::schema::Props,
}
impl QInConnectIntentConfigurationQInConnectAssistantConfiguration {
    /// A new value with its required properties: `AssistantArn`.
    pub fn new(assistant_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, assistant_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<QInConnectIntentConfigurationQInConnectAssistantConfiguration>
    for ::forma_core::Value<QInConnectIntentConfigurationQInConnectAssistantConfiguration>
{
    fn from(v: QInConnectIntentConfigurationQInConnectAssistantConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(Q_IN_CONNECT_INTENT_CONFIGURATION_Q_IN_CONNECT_ASSISTANT_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BedrockTraceStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BedrockTraceStatus {
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
impl ::std::convert::From<BedrockTraceStatus> for ::forma_core::Value<BedrockTraceStatus> {
    fn from(v: BedrockTraceStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BedrockTraceStatus {}

/// The `BedrockModelSpecification` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct BedrockModelSpecification {
    props: ::forma_core::schema::Props,
}
impl BedrockModelSpecification {
    /// A new value with its required properties: `ModelArn`.
    pub fn new(model_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, model_arn.into().into_expr());
        Self { props }
    }
    /// `BedrockGuardrailConfiguration`.
    pub fn bedrock_guardrail_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BedrockModelSpecificationBedrockGuardrailConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BedrockModelCustomPrompt`.
    ///
    /// Allowed: length 1 to 5000.
    pub fn bedrock_model_custom_prompt(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `BedrockTraceStatus`.
    pub fn bedrock_trace_status(mut self, value: impl ::forma_core::schema::EnumArg<BedrockTraceStatus>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<BedrockModelSpecification> for ::forma_core::Value<BedrockModelSpecification> {
    fn from(v: BedrockModelSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BEDROCK_MODEL_SPECIFICATION_TYPE.properties))
    }
}

/// The `QnAIntentConfigurationDataSourceConfiguration` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct QnAIntentConfigurationDataSourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl QnAIntentConfigurationDataSourceConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BedrockKnowledgeStoreConfiguration`.
    pub fn bedrock_knowledge_store_configuration(
        mut self,
        value: impl ::std::convert::Into<
            ::forma_core::Value<QnAIntentConfigurationDataSourceConfigurationBedrockKnowledgeStoreConfiguration>,
        >,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `KendraConfiguration`.
    pub fn kendra_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<QnAKendraConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `OpensearchConfiguration`.
    pub fn opensearch_configuration(
        mut self,
        value: impl ::std::convert::Into<
            ::forma_core::Value<QnAIntentConfigurationDataSourceConfigurationOpensearchConfiguration>,
        >,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for QnAIntentConfigurationDataSourceConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<QnAIntentConfigurationDataSourceConfiguration>
    for ::forma_core::Value<QnAIntentConfigurationDataSourceConfiguration>
{
    fn from(v: QnAIntentConfigurationDataSourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(QN_A_INTENT_CONFIGURATION_DATA_SOURCE_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The `MultipleValuesSetting` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct MultipleValuesSetting {
    props: ::forma_core::schema::Props,
}
impl MultipleValuesSetting {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AllowMultipleValues`.
    pub fn allow_multiple_values(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MultipleValuesSetting {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MultipleValuesSetting> for ::forma_core::Value<MultipleValuesSetting> {
    fn from(v: MultipleValuesSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTIPLE_VALUES_SETTING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `None`, `DefaultObfuscation`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ObfuscationSettingType {
    /// `None`
    None,
    /// `DefaultObfuscation`
    DefaultObfuscation,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ObfuscationSettingType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "None",
            Self::DefaultObfuscation => "DefaultObfuscation",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["None", "DefaultObfuscation"]
    }
}
impl ::std::convert::From<ObfuscationSettingType> for ::forma_core::Value<ObfuscationSettingType> {
    fn from(v: ObfuscationSettingType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ObfuscationSettingType {}

/// The `ObfuscationSetting` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct ObfuscationSetting {
    props: ::forma_core::schema::Props,
}
impl ObfuscationSetting {
    /// A new value with its required properties: `ObfuscationSettingType`.
    pub fn new(obfuscation_setting_type: impl ::forma_core::schema::EnumArg<ObfuscationSettingType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, obfuscation_setting_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ObfuscationSetting> for ::forma_core::Value<ObfuscationSetting> {
    fn from(v: ObfuscationSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OBFUSCATION_SETTING_TYPE.properties))
    }
}

/// The `SubSlotSetting` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct SubSlotSetting {
    props: ::forma_core::schema::Props,
}
impl SubSlotSetting {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Expression`.
    ///
    /// Allowed: length 1 to 1000.
    pub fn expression(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SlotSpecifications`.
    pub fn slot_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SubSlotSetting {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SubSlotSetting> for ::forma_core::Value<SubSlotSetting> {
    fn from(v: SubSlotSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUB_SLOT_SETTING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Required`, `Optional`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SlotConstraint {
    /// `Required`
    Required,
    /// `Optional`
    Optional,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SlotConstraint {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Required => "Required",
            Self::Optional => "Optional",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Required", "Optional"]
    }
}
impl ::std::convert::From<SlotConstraint> for ::forma_core::Value<SlotConstraint> {
    fn from(v: SlotConstraint) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SlotConstraint {}

/// The `SlotValueElicitationSetting` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct SlotValueElicitationSetting {
    props: ::forma_core::schema::Props,
}
impl SlotValueElicitationSetting {
    /// A new value with its required properties: `SlotConstraint`.
    pub fn new(slot_constraint: impl ::forma_core::schema::EnumArg<SlotConstraint>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, slot_constraint.into_enum_expr());
        Self { props }
    }
    /// `DefaultValueSpecification`.
    pub fn default_value_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SlotDefaultValueSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PromptSpecification`.
    pub fn prompt_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PromptSpecification>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SampleUtterances`.
    pub fn sample_utterances(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SampleUtterance>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SlotCaptureSetting`.
    pub fn slot_capture_setting(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SlotCaptureSetting>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `WaitAndContinueSpecification`.
    pub fn wait_and_continue_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WaitAndContinueSpecification>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SlotValueElicitationSetting> for ::forma_core::Value<SlotValueElicitationSetting> {
    fn from(v: SlotValueElicitationSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLOT_VALUE_ELICITATION_SETTING_TYPE.properties))
    }
}

/// The `SubSlotTypeComposition` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct SubSlotTypeComposition {
    props: ::forma_core::schema::Props,
}
impl SubSlotTypeComposition {
    /// A new value with its required properties: `Name`.
    ///
    /// CloudFormation also needs exactly one of `SlotTypeId` or `SlotTypeName`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
    /// `SlotTypeId`.
    ///
    /// Allowed: length 1 to 25.
    pub fn slot_type_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SlotTypeName`.
    pub fn slot_type_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SubSlotTypeComposition> for ::forma_core::Value<SubSlotTypeComposition> {
    fn from(v: SubSlotTypeComposition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUB_SLOT_TYPE_COMPOSITION_TYPE.properties))
    }
}

/// The `GrammarSlotTypeSetting` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct GrammarSlotTypeSetting {
    props: ::forma_core::schema::Props,
}
impl GrammarSlotTypeSetting {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Source`.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<GrammarSlotTypeSource>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GrammarSlotTypeSetting {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GrammarSlotTypeSetting> for ::forma_core::Value<GrammarSlotTypeSetting> {
    fn from(v: GrammarSlotTypeSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GRAMMAR_SLOT_TYPE_SETTING_TYPE.properties))
    }
}

/// The `SampleValue` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct SampleValue {
    props: ::forma_core::schema::Props,
}
impl SampleValue {
    /// A new value with its required properties: `Value`.
    pub fn new(value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SampleValue> for ::forma_core::Value<SampleValue> {
    fn from(v: SampleValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAMPLE_VALUE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `UseSlotValuesAsCustomVocabulary`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AudioRecognitionStrategy {
    /// `UseSlotValuesAsCustomVocabulary`
    UseSlotValuesAsCustomVocabulary,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AudioRecognitionStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UseSlotValuesAsCustomVocabulary => "UseSlotValuesAsCustomVocabulary",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["UseSlotValuesAsCustomVocabulary"]
    }
}
impl ::std::convert::From<AudioRecognitionStrategy> for ::forma_core::Value<AudioRecognitionStrategy> {
    fn from(v: AudioRecognitionStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AudioRecognitionStrategy {}

/// The `AdvancedRecognitionSetting` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct AdvancedRecognitionSetting {
    props: ::forma_core::schema::Props,
}
impl AdvancedRecognitionSetting {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AudioRecognitionStrategy`.
    pub fn audio_recognition_strategy(
        mut self,
        value: impl ::forma_core::schema::EnumArg<AudioRecognitionStrategy>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for AdvancedRecognitionSetting {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AdvancedRecognitionSetting> for ::forma_core::Value<AdvancedRecognitionSetting> {
    fn from(v: AdvancedRecognitionSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADVANCED_RECOGNITION_SETTING_TYPE.properties))
    }
}

/// The `SlotValueRegexFilter` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct SlotValueRegexFilter {
    props: ::forma_core::schema::Props,
}
impl SlotValueRegexFilter {
    /// A new value with its required properties: `Pattern`.
    pub fn new(pattern: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, pattern.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SlotValueRegexFilter> for ::forma_core::Value<SlotValueRegexFilter> {
    fn from(v: SlotValueRegexFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLOT_VALUE_REGEX_FILTER_TYPE.properties))
    }
}

/// The `DeepgramSpeechModelConfig` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeepgramSpeechModelConfig {
    props: ::forma_core::schema::Props,
}
impl DeepgramSpeechModelConfig {
    /// A new value with its required properties: `ApiTokenSecretArn`.
    pub fn new(api_token_secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, api_token_secret_arn.into().into_expr());
        Self { props }
    }
    /// `ModelId`.
    ///
    /// Allowed: length 4 to 32.
    pub fn model_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DeepgramSpeechModelConfig> for ::forma_core::Value<DeepgramSpeechModelConfig> {
    fn from(v: DeepgramSpeechModelConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEEPGRAM_SPEECH_MODEL_CONFIG_TYPE.properties))
    }
}

/// The `CodeHookSpecification` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeHookSpecification {
    props: ::forma_core::schema::Props,
}
impl CodeHookSpecification {
    /// A new value with its required properties: `LambdaCodeHook`.
    pub fn new(lambda_code_hook: impl ::std::convert::Into<::forma_core::Value<LambdaCodeHook>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, lambda_code_hook.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CodeHookSpecification> for ::forma_core::Value<CodeHookSpecification> {
    fn from(v: CodeHookSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_HOOK_SPECIFICATION_TYPE.properties))
    }
}

/// The `AudioLogDestination` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioLogDestination {
    props: ::forma_core::schema::Props,
}
impl AudioLogDestination {
    /// A new value with its required properties: `S3Bucket`.
    pub fn new(s3_bucket: impl ::std::convert::Into<::forma_core::Value<S3BucketLogDestination>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_bucket.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AudioLogDestination> for ::forma_core::Value<AudioLogDestination> {
    fn from(v: AudioLogDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_LOG_DESTINATION_TYPE.properties))
    }
}

/// The `TextLogDestination` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLogDestination {
    props: ::forma_core::schema::Props,
}
impl TextLogDestination {
    /// A new value with its required properties: `CloudWatch`.
    pub fn new(cloud_watch: impl ::std::convert::Into<::forma_core::Value<CloudWatchLogGroupLogDestination>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cloud_watch.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TextLogDestination> for ::forma_core::Value<TextLogDestination> {
    fn from(v: TextLogDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TEXT_LOG_DESTINATION_TYPE.properties))
    }
}

/// The `IntentDisambiguationSettings` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct IntentDisambiguationSettings {
    props: ::forma_core::schema::Props,
}
impl IntentDisambiguationSettings {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
    /// `CustomDisambiguationMessage`.
    ///
    /// Allowed: length 1 to 1000.
    pub fn custom_disambiguation_message(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaxDisambiguationIntents`.
    ///
    /// Allowed: 2 to 5.
    pub fn max_disambiguation_intents(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IntentDisambiguationSettings> for ::forma_core::Value<IntentDisambiguationSettings> {
    fn from(v: IntentDisambiguationSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTENT_DISAMBIGUATION_SETTINGS_TYPE.properties))
    }
}

/// The `FulfillmentStartResponseSpecification` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct FulfillmentStartResponseSpecification {
    props: ::forma_core::schema::Props,
}
impl FulfillmentStartResponseSpecification {
    /// A new value with its required properties: `DelayInSeconds`, `MessageGroups`.
    pub fn new(
        delay_in_seconds: impl ::std::convert::Into<::forma_core::Value<i64>>,
        message_groups: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MessageGroup>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, delay_in_seconds.into().into_expr());
        props.set(2, message_groups.into().into_expr());
        Self { props }
    }
    /// `AllowInterrupt`.
    pub fn allow_interrupt(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FulfillmentStartResponseSpecification>
    for ::forma_core::Value<FulfillmentStartResponseSpecification>
{
    fn from(v: FulfillmentStartResponseSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FULFILLMENT_START_RESPONSE_SPECIFICATION_TYPE.properties))
    }
}

/// The `FulfillmentUpdateResponseSpecification` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct FulfillmentUpdateResponseSpecification {
    props: ::forma_core::schema::Props,
}
impl FulfillmentUpdateResponseSpecification {
    /// A new value with its required properties: `FrequencyInSeconds`, `MessageGroups`.
    pub fn new(
        frequency_in_seconds: impl ::std::convert::Into<::forma_core::Value<i64>>,
        message_groups: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MessageGroup>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, frequency_in_seconds.into().into_expr());
        props.set(2, message_groups.into().into_expr());
        Self { props }
    }
    /// `AllowInterrupt`.
    pub fn allow_interrupt(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FulfillmentUpdateResponseSpecification>
    for ::forma_core::Value<FulfillmentUpdateResponseSpecification>
{
    fn from(v: FulfillmentUpdateResponseSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FULFILLMENT_UPDATE_RESPONSE_SPECIFICATION_TYPE.properties))
    }
}

/// The `PostDialogCodeHookInvocationSpecification` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct PostDialogCodeHookInvocationSpecification {
    props: ::forma_core::schema::Props,
}
impl PostDialogCodeHookInvocationSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FailureConditional`.
    pub fn failure_conditional(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConditionalSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FailureNextStep`.
    pub fn failure_next_step(mut self, value: impl ::std::convert::Into<::forma_core::Value<DialogState>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `FailureResponse`.
    pub fn failure_response(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResponseSpecification>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SuccessConditional`.
    pub fn success_conditional(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConditionalSpecification>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `SuccessNextStep`.
    pub fn success_next_step(mut self, value: impl ::std::convert::Into<::forma_core::Value<DialogState>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `SuccessResponse`.
    pub fn success_response(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResponseSpecification>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `TimeoutConditional`.
    pub fn timeout_conditional(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConditionalSpecification>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `TimeoutNextStep`.
    pub fn timeout_next_step(mut self, value: impl ::std::convert::Into<::forma_core::Value<DialogState>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `TimeoutResponse`.
    pub fn timeout_response(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResponseSpecification>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PostDialogCodeHookInvocationSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PostDialogCodeHookInvocationSpecification>
    for ::forma_core::Value<PostDialogCodeHookInvocationSpecification>
{
    fn from(v: PostDialogCodeHookInvocationSpecification) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(POST_DIALOG_CODE_HOOK_INVOCATION_SPECIFICATION_TYPE.properties),
        )
    }
}

/// The `ConditionalBranch` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConditionalBranch {
    props: ::forma_core::schema::Props,
}
impl ConditionalBranch {
    /// A new value with its required properties: `Condition`, `Name`, `NextStep`.
    pub fn new(
        condition: impl ::std::convert::Into<::forma_core::Value<Condition>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        next_step: impl ::std::convert::Into<::forma_core::Value<DialogState>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, condition.into().into_expr());
        props.set(1, name.into().into_expr());
        props.set(2, next_step.into().into_expr());
        Self { props }
    }
    /// `Response`.
    pub fn response(mut self, value: impl ::std::convert::Into<::forma_core::Value<ResponseSpecification>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ConditionalBranch> for ::forma_core::Value<ConditionalBranch> {
    fn from(v: ConditionalBranch) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONDITIONAL_BRANCH_TYPE.properties))
    }
}

/// The `DefaultConditionalBranch` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultConditionalBranch {
    props: ::forma_core::schema::Props,
}
impl DefaultConditionalBranch {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `NextStep`.
    pub fn next_step(mut self, value: impl ::std::convert::Into<::forma_core::Value<DialogState>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Response`.
    pub fn response(mut self, value: impl ::std::convert::Into<::forma_core::Value<ResponseSpecification>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DefaultConditionalBranch {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DefaultConditionalBranch> for ::forma_core::Value<DefaultConditionalBranch> {
    fn from(v: DefaultConditionalBranch) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEFAULT_CONDITIONAL_BRANCH_TYPE.properties))
    }
}

/// The `MessageGroup` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageGroup {
    props: ::forma_core::schema::Props,
}
impl MessageGroup {
    /// A new value with its required properties: `Message`.
    pub fn new(message: impl ::std::convert::Into<::forma_core::Value<Message>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, message.into().into_expr());
        Self { props }
    }
    /// `Variations`.
    pub fn variations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Message>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MessageGroup> for ::forma_core::Value<MessageGroup> {
    fn from(v: MessageGroup) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MESSAGE_GROUP_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CloseIntent`, `ConfirmIntent`, `ElicitIntent`, `ElicitSlot`, `StartIntent`, `FulfillIntent`, `EndConversation`, `EvaluateConditional`, `InvokeDialogCodeHook`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DialogActionType {
    /// `CloseIntent`
    CloseIntent,
    /// `ConfirmIntent`
    ConfirmIntent,
    /// `ElicitIntent`
    ElicitIntent,
    /// `ElicitSlot`
    ElicitSlot,
    /// `StartIntent`
    StartIntent,
    /// `FulfillIntent`
    FulfillIntent,
    /// `EndConversation`
    EndConversation,
    /// `EvaluateConditional`
    EvaluateConditional,
    /// `InvokeDialogCodeHook`
    InvokeDialogCodeHook,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DialogActionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CloseIntent => "CloseIntent",
            Self::ConfirmIntent => "ConfirmIntent",
            Self::ElicitIntent => "ElicitIntent",
            Self::ElicitSlot => "ElicitSlot",
            Self::StartIntent => "StartIntent",
            Self::FulfillIntent => "FulfillIntent",
            Self::EndConversation => "EndConversation",
            Self::EvaluateConditional => "EvaluateConditional",
            Self::InvokeDialogCodeHook => "InvokeDialogCodeHook",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "CloseIntent",
            "ConfirmIntent",
            "ElicitIntent",
            "ElicitSlot",
            "StartIntent",
            "FulfillIntent",
            "EndConversation",
            "EvaluateConditional",
            "InvokeDialogCodeHook",
        ]
    }
}
impl ::std::convert::From<DialogActionType> for ::forma_core::Value<DialogActionType> {
    fn from(v: DialogActionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DialogActionType {}

/// The `DialogAction` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct DialogAction {
    props: ::forma_core::schema::Props,
}
impl DialogAction {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<DialogActionType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
    /// `SlotToElicit`.
    ///
    /// Allowed: length 1 to 100.
    pub fn slot_to_elicit(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SuppressNextMessage`.
    pub fn suppress_next_message(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DialogAction> for ::forma_core::Value<DialogAction> {
    fn from(v: DialogAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DIALOG_ACTION_TYPE.properties))
    }
}

/// The `IntentOverride` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct IntentOverride {
    props: ::forma_core::schema::Props,
}
impl IntentOverride {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 100.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Slots`.
    pub fn slots(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SlotValueOverrideMap>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IntentOverride {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IntentOverride> for ::forma_core::Value<IntentOverride> {
    fn from(v: IntentOverride) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTENT_OVERRIDE_TYPE.properties))
    }
}

/// The `SessionAttribute` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionAttribute {
    props: ::forma_core::schema::Props,
}
impl SessionAttribute {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// `Value`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SessionAttribute> for ::forma_core::Value<SessionAttribute> {
    fn from(v: SessionAttribute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SESSION_ATTRIBUTE_TYPE.properties))
    }
}

/// The `PromptAttemptSpecification` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct PromptAttemptSpecification {
    props: ::forma_core::schema::Props,
}
impl PromptAttemptSpecification {
    /// A new value with its required properties: `AllowedInputTypes`.
    pub fn new(allowed_input_types: impl ::std::convert::Into<::forma_core::Value<AllowedInputTypes>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, allowed_input_types.into().into_expr());
        Self { props }
    }
    /// `AllowInterrupt`.
    pub fn allow_interrupt(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AudioAndDTMFInputSpecification`.
    pub fn audio_and_dtmf_input_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AudioAndDtmfInputSpecification>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `TextInputSpecification`.
    pub fn text_input_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TextInputSpecification>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PromptAttemptSpecification> for ::forma_core::Value<PromptAttemptSpecification> {
    fn from(v: PromptAttemptSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROMPT_ATTEMPT_SPECIFICATION_TYPE.properties))
    }
}

/// The `BedrockModelSpecificationBedrockGuardrailConfiguration` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct BedrockModelSpecificationBedrockGuardrailConfiguration {
    props: ::forma_core::schema::Props,
}
impl BedrockModelSpecificationBedrockGuardrailConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BedrockGuardrailIdentifier`.
    ///
    /// Allowed: length 1 to 5000.
    pub fn bedrock_guardrail_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BedrockGuardrailVersion`.
    ///
    /// Allowed: length 1 to 5000.
    pub fn bedrock_guardrail_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BedrockModelSpecificationBedrockGuardrailConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BedrockModelSpecificationBedrockGuardrailConfiguration>
    for ::forma_core::Value<BedrockModelSpecificationBedrockGuardrailConfiguration>
{
    fn from(v: BedrockModelSpecificationBedrockGuardrailConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(BEDROCK_MODEL_SPECIFICATION_BEDROCK_GUARDRAIL_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The `QnAIntentConfigurationDataSourceConfigurationBedrockKnowledgeStoreConfiguration` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct QnAIntentConfigurationDataSourceConfigurationBedrockKnowledgeStoreConfiguration {
    props: ::forma_core::schema::Props,
}
impl QnAIntentConfigurationDataSourceConfigurationBedrockKnowledgeStoreConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BKBExactResponseFields`.
    pub fn bkb_exact_response_fields(
        mut self,
        value: impl ::std::convert::Into<
            ::forma_core::Value<
                QnAIntentConfigurationDataSourceConfigurationBedrockKnowledgeStoreConfigurationBkbExactResponseFields,
            >,
        >,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BedrockKnowledgeBaseArn`.
    ///
    /// Allowed: length 1 to 5000.
    pub fn bedrock_knowledge_base_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ExactResponse`.
    pub fn exact_response(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for QnAIntentConfigurationDataSourceConfigurationBedrockKnowledgeStoreConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<QnAIntentConfigurationDataSourceConfigurationBedrockKnowledgeStoreConfiguration>
    for ::forma_core::Value<QnAIntentConfigurationDataSourceConfigurationBedrockKnowledgeStoreConfiguration>
{
    fn from(v: QnAIntentConfigurationDataSourceConfigurationBedrockKnowledgeStoreConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(
            QN_A_INTENT_CONFIGURATION_DATA_SOURCE_CONFIGURATION_BEDROCK_KNOWLEDGE_STORE_CONFIGURATION_TYPE.properties,
        ))
    }
}

/// The `QnAKendraConfiguration` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct QnAKendraConfiguration {
    props: ::forma_core::schema::Props,
}
impl QnAKendraConfiguration {
    /// A new value with its required properties: `ExactResponse`, `KendraIndex`, `QueryFilterStringEnabled`.
    pub fn new(
        exact_response: impl ::std::convert::Into<::forma_core::Value<bool>>,
        kendra_index: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        query_filter_string_enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, exact_response.into().into_expr());
        props.set(1, kendra_index.into().into_expr());
        props.set(3, query_filter_string_enabled.into().into_expr());
        Self { props }
    }
    /// `QueryFilterString`.
    ///
    /// Allowed: length 1 to 5000.
    pub fn query_filter_string(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<QnAKendraConfiguration> for ::forma_core::Value<QnAKendraConfiguration> {
    fn from(v: QnAKendraConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QN_A_KENDRA_CONFIGURATION_TYPE.properties))
    }
}

/// The `QnAIntentConfigurationDataSourceConfigurationOpensearchConfiguration` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct QnAIntentConfigurationDataSourceConfigurationOpensearchConfiguration {
    props: ::forma_core::schema::Props,
}
impl QnAIntentConfigurationDataSourceConfigurationOpensearchConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DomainEndpoint`.
    ///
    /// Allowed: length 1 to 5000.
    pub fn domain_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ExactResponse`.
    pub fn exact_response(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ExactResponseFields`.
    pub fn exact_response_fields(
        mut self,
        value: impl ::std::convert::Into<
            ::forma_core::Value<
                QnAIntentConfigurationDataSourceConfigurationOpensearchConfigurationExactResponseFields,
            >,
        >,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `IncludeFields`.
    pub fn include_fields(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `IndexName`.
    ///
    /// Allowed: length 1 to 5000.
    pub fn index_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for QnAIntentConfigurationDataSourceConfigurationOpensearchConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<QnAIntentConfigurationDataSourceConfigurationOpensearchConfiguration>
    for ::forma_core::Value<QnAIntentConfigurationDataSourceConfigurationOpensearchConfiguration>
{
    fn from(v: QnAIntentConfigurationDataSourceConfigurationOpensearchConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(
                QN_A_INTENT_CONFIGURATION_DATA_SOURCE_CONFIGURATION_OPENSEARCH_CONFIGURATION_TYPE.properties,
            ),
        )
    }
}

/// The `Specifications` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct Specifications {
    props: ::forma_core::schema::Props,
}
impl Specifications {
    /// A new value with its required properties: `ValueElicitationSetting`.
    ///
    /// CloudFormation also needs exactly one of `SlotTypeId` or `SlotTypeName`.
    pub fn new(
        value_elicitation_setting: impl ::std::convert::Into<::forma_core::Value<SubSlotValueElicitationSetting>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, value_elicitation_setting.into().into_expr());
        Self { props }
    }
    /// `SlotTypeId`.
    ///
    /// Allowed: length 1 to 25.
    pub fn slot_type_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SlotTypeName`.
    pub fn slot_type_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Specifications> for ::forma_core::Value<Specifications> {
    fn from(v: Specifications) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPECIFICATIONS_TYPE.properties))
    }
}

/// The `SlotDefaultValueSpecification` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct SlotDefaultValueSpecification {
    props: ::forma_core::schema::Props,
}
impl SlotDefaultValueSpecification {
    /// A new value with its required properties: `DefaultValueList`.
    pub fn new(
        default_value_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SlotDefaultValue>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, default_value_list.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SlotDefaultValueSpecification> for ::forma_core::Value<SlotDefaultValueSpecification> {
    fn from(v: SlotDefaultValueSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLOT_DEFAULT_VALUE_SPECIFICATION_TYPE.properties))
    }
}

/// The `SlotCaptureSetting` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct SlotCaptureSetting {
    props: ::forma_core::schema::Props,
}
impl SlotCaptureSetting {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CaptureConditional`.
    pub fn capture_conditional(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConditionalSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CaptureNextStep`.
    pub fn capture_next_step(mut self, value: impl ::std::convert::Into<::forma_core::Value<DialogState>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CaptureResponse`.
    pub fn capture_response(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResponseSpecification>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `CodeHook`.
    pub fn code_hook(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DialogCodeHookInvocationSetting>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ElicitationCodeHook`.
    pub fn elicitation_code_hook(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ElicitationCodeHookInvocationSetting>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `FailureConditional`.
    pub fn failure_conditional(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConditionalSpecification>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `FailureNextStep`.
    pub fn failure_next_step(mut self, value: impl ::std::convert::Into<::forma_core::Value<DialogState>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `FailureResponse`.
    pub fn failure_response(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResponseSpecification>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SlotCaptureSetting {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SlotCaptureSetting> for ::forma_core::Value<SlotCaptureSetting> {
    fn from(v: SlotCaptureSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLOT_CAPTURE_SETTING_TYPE.properties))
    }
}

/// The `WaitAndContinueSpecification` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct WaitAndContinueSpecification {
    props: ::forma_core::schema::Props,
}
impl WaitAndContinueSpecification {
    /// A new value with its required properties: `ContinueResponse`, `WaitingResponse`.
    pub fn new(
        continue_response: impl ::std::convert::Into<::forma_core::Value<ResponseSpecification>>,
        waiting_response: impl ::std::convert::Into<::forma_core::Value<ResponseSpecification>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, continue_response.into().into_expr());
        props.set(3, waiting_response.into().into_expr());
        Self { props }
    }
    /// `IsActive`.
    pub fn is_active(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `StillWaitingResponse`.
    pub fn still_waiting_response(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StillWaitingResponseSpecification>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<WaitAndContinueSpecification> for ::forma_core::Value<WaitAndContinueSpecification> {
    fn from(v: WaitAndContinueSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WAIT_AND_CONTINUE_SPECIFICATION_TYPE.properties))
    }
}

/// The `GrammarSlotTypeSource` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct GrammarSlotTypeSource {
    props: ::forma_core::schema::Props,
}
impl GrammarSlotTypeSource {
    /// A new value with its required properties: `S3BucketName`, `S3ObjectKey`.
    pub fn new(
        s3_bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_object_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, s3_bucket_name.into().into_expr());
        props.set(2, s3_object_key.into().into_expr());
        Self { props }
    }
    /// `KmsKeyArn`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GrammarSlotTypeSource> for ::forma_core::Value<GrammarSlotTypeSource> {
    fn from(v: GrammarSlotTypeSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GRAMMAR_SLOT_TYPE_SOURCE_TYPE.properties))
    }
}

/// The `LambdaCodeHook` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaCodeHook {
    props: ::forma_core::schema::Props,
}
impl LambdaCodeHook {
    /// A new value with its required properties: `CodeHookInterfaceVersion`, `LambdaArn`.
    pub fn new(
        code_hook_interface_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        lambda_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, code_hook_interface_version.into().into_expr());
        props.set(1, lambda_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LambdaCodeHook> for ::forma_core::Value<LambdaCodeHook> {
    fn from(v: LambdaCodeHook) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_CODE_HOOK_TYPE.properties))
    }
}

/// The `S3BucketLogDestination` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3BucketLogDestination {
    props: ::forma_core::schema::Props,
}
impl S3BucketLogDestination {
    /// A new value with its required properties: `LogPrefix`, `S3BucketArn`.
    pub fn new(
        log_prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_bucket_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, log_prefix.into().into_expr());
        props.set(2, s3_bucket_arn.into().into_expr());
        Self { props }
    }
    /// `KmsKeyArn`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3BucketLogDestination> for ::forma_core::Value<S3BucketLogDestination> {
    fn from(v: S3BucketLogDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_BUCKET_LOG_DESTINATION_TYPE.properties))
    }
}

/// The `CloudWatchLogGroupLogDestination` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchLogGroupLogDestination {
    props: ::forma_core::schema::Props,
}
impl CloudWatchLogGroupLogDestination {
    /// A new value with its required properties: `CloudWatchLogGroupArn`, `LogPrefix`.
    pub fn new(
        cloud_watch_log_group_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        log_prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cloud_watch_log_group_arn.into().into_expr());
        props.set(1, log_prefix.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CloudWatchLogGroupLogDestination> for ::forma_core::Value<CloudWatchLogGroupLogDestination> {
    fn from(v: CloudWatchLogGroupLogDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_LOG_GROUP_LOG_DESTINATION_TYPE.properties))
    }
}

/// The `Condition` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    props: ::forma_core::schema::Props,
}
impl Condition {
    /// A new value with its required properties: `ExpressionString`.
    pub fn new(expression_string: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, expression_string.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Condition> for ::forma_core::Value<Condition> {
    fn from(v: Condition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONDITION_TYPE.properties))
    }
}

/// The `Message` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    props: ::forma_core::schema::Props,
}
impl Message {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CustomPayload`.
    pub fn custom_payload(mut self, value: impl ::std::convert::Into<::forma_core::Value<CustomPayload>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ImageResponseCard`.
    pub fn image_response_card(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ImageResponseCard>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `PlainTextMessage`.
    pub fn plain_text_message(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PlainTextMessage>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SSMLMessage`.
    pub fn ssml_message(mut self, value: impl ::std::convert::Into<::forma_core::Value<SsmlMessage>>) -> Self {
        self.props.set(3, value.into().into_expr());
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

/// The `SlotValueOverrideMap` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct SlotValueOverrideMap {
    props: ::forma_core::schema::Props,
}
impl SlotValueOverrideMap {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SlotName`.
    ///
    /// Allowed: length 1 to 100.
    pub fn slot_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SlotValueOverride`.
    pub fn slot_value_override(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SlotValueOverride>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SlotValueOverrideMap {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SlotValueOverrideMap> for ::forma_core::Value<SlotValueOverrideMap> {
    fn from(v: SlotValueOverrideMap) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLOT_VALUE_OVERRIDE_MAP_TYPE.properties))
    }
}

/// The `AllowedInputTypes` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct AllowedInputTypes {
    props: ::forma_core::schema::Props,
}
impl AllowedInputTypes {
    /// A new value with its required properties: `AllowAudioInput`, `AllowDTMFInput`.
    pub fn new(
        allow_audio_input: impl ::std::convert::Into<::forma_core::Value<bool>>,
        allow_dtmf_input: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, allow_audio_input.into().into_expr());
        props.set(1, allow_dtmf_input.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AllowedInputTypes> for ::forma_core::Value<AllowedInputTypes> {
    fn from(v: AllowedInputTypes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALLOWED_INPUT_TYPES_TYPE.properties))
    }
}

/// The `AudioAndDTMFInputSpecification` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioAndDtmfInputSpecification {
    props: ::forma_core::schema::Props,
}
impl AudioAndDtmfInputSpecification {
    /// A new value with its required properties: `StartTimeoutMs`.
    pub fn new(start_timeout_ms: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, start_timeout_ms.into().into_expr());
        Self { props }
    }
    /// `AudioSpecification`.
    pub fn audio_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AudioSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DTMFSpecification`.
    pub fn dtmf_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DtmfSpecification>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AudioAndDtmfInputSpecification> for ::forma_core::Value<AudioAndDtmfInputSpecification> {
    fn from(v: AudioAndDtmfInputSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_AND_DTMF_INPUT_SPECIFICATION_TYPE.properties))
    }
}

/// The `TextInputSpecification` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct TextInputSpecification {
    props: ::forma_core::schema::Props,
}
impl TextInputSpecification {
    /// A new value with its required properties: `StartTimeoutMs`.
    pub fn new(start_timeout_ms: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, start_timeout_ms.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TextInputSpecification> for ::forma_core::Value<TextInputSpecification> {
    fn from(v: TextInputSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TEXT_INPUT_SPECIFICATION_TYPE.properties))
    }
}

/// The `QnAIntentConfigurationDataSourceConfigurationBedrockKnowledgeStoreConfigurationBKBExactResponseFields` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct QnAIntentConfigurationDataSourceConfigurationBedrockKnowledgeStoreConfigurationBkbExactResponseFields {
    props: ::forma_core::schema::Props,
}
impl QnAIntentConfigurationDataSourceConfigurationBedrockKnowledgeStoreConfigurationBkbExactResponseFields {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AnswerField`.
    ///
    /// Allowed: length 1 to 5000.
    pub fn answer_field(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default
    for QnAIntentConfigurationDataSourceConfigurationBedrockKnowledgeStoreConfigurationBkbExactResponseFields
{
    fn default() -> Self {
        Self::new()
    }
}
impl
    ::std::convert::From<
        QnAIntentConfigurationDataSourceConfigurationBedrockKnowledgeStoreConfigurationBkbExactResponseFields,
    >
    for ::forma_core::Value<
        QnAIntentConfigurationDataSourceConfigurationBedrockKnowledgeStoreConfigurationBkbExactResponseFields,
    >
{
    fn from(
        v: QnAIntentConfigurationDataSourceConfigurationBedrockKnowledgeStoreConfigurationBkbExactResponseFields,
    ) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QN_A_INTENT_CONFIGURATION_DATA_SOURCE_CONFIGURATION_BEDROCK_KNOWLEDGE_STORE_CONFIGURATION_BKB_EXACT_RESPONSE_FIELDS_TYPE.properties))
    }
}

/// The `QnAIntentConfigurationDataSourceConfigurationOpensearchConfigurationExactResponseFields` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct QnAIntentConfigurationDataSourceConfigurationOpensearchConfigurationExactResponseFields {
    props: ::forma_core::schema::Props,
}
impl QnAIntentConfigurationDataSourceConfigurationOpensearchConfigurationExactResponseFields {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AnswerField`.
    ///
    /// Allowed: length 1 to 5000.
    pub fn answer_field(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `QuestionField`.
    ///
    /// Allowed: length 1 to 5000.
    pub fn question_field(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default
    for QnAIntentConfigurationDataSourceConfigurationOpensearchConfigurationExactResponseFields
{
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<QnAIntentConfigurationDataSourceConfigurationOpensearchConfigurationExactResponseFields>
    for ::forma_core::Value<QnAIntentConfigurationDataSourceConfigurationOpensearchConfigurationExactResponseFields>
{
    fn from(v: QnAIntentConfigurationDataSourceConfigurationOpensearchConfigurationExactResponseFields) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(
                QN_A_INTENT_CONFIGURATION_DATA_SOURCE_CONFIGURATION_OPENSEARCH_CONFIGURATION_EXACT_RESPONSE_FIELDS_TYPE
                    .properties,
            ),
        )
    }
}

/// The `SubSlotValueElicitationSetting` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct SubSlotValueElicitationSetting {
    props: ::forma_core::schema::Props,
}
impl SubSlotValueElicitationSetting {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DefaultValueSpecification`.
    pub fn default_value_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SlotDefaultValueSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PromptSpecification`.
    pub fn prompt_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PromptSpecification>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SampleUtterances`.
    pub fn sample_utterances(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SampleUtterance>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `WaitAndContinueSpecification`.
    pub fn wait_and_continue_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WaitAndContinueSpecification>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SubSlotValueElicitationSetting {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SubSlotValueElicitationSetting> for ::forma_core::Value<SubSlotValueElicitationSetting> {
    fn from(v: SubSlotValueElicitationSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUB_SLOT_VALUE_ELICITATION_SETTING_TYPE.properties))
    }
}

/// The `SlotDefaultValue` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct SlotDefaultValue {
    props: ::forma_core::schema::Props,
}
impl SlotDefaultValue {
    /// A new value with its required properties: `DefaultValue`.
    pub fn new(default_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, default_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SlotDefaultValue> for ::forma_core::Value<SlotDefaultValue> {
    fn from(v: SlotDefaultValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLOT_DEFAULT_VALUE_TYPE.properties))
    }
}

/// The `StillWaitingResponseSpecification` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct StillWaitingResponseSpecification {
    props: ::forma_core::schema::Props,
}
impl StillWaitingResponseSpecification {
    /// A new value with its required properties: `FrequencyInSeconds`, `MessageGroupsList`, `TimeoutInSeconds`.
    pub fn new(
        frequency_in_seconds: impl ::std::convert::Into<::forma_core::Value<i64>>,
        message_groups_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MessageGroup>>>,
        timeout_in_seconds: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, frequency_in_seconds.into().into_expr());
        props.set(2, message_groups_list.into().into_expr());
        props.set(3, timeout_in_seconds.into().into_expr());
        Self { props }
    }
    /// `AllowInterrupt`.
    pub fn allow_interrupt(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StillWaitingResponseSpecification>
    for ::forma_core::Value<StillWaitingResponseSpecification>
{
    fn from(v: StillWaitingResponseSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STILL_WAITING_RESPONSE_SPECIFICATION_TYPE.properties))
    }
}

/// The `CustomPayload` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomPayload {
    props: ::forma_core::schema::Props,
}
impl CustomPayload {
    /// A new value with its required properties: `Value`.
    pub fn new(value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomPayload> for ::forma_core::Value<CustomPayload> {
    fn from(v: CustomPayload) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_PAYLOAD_TYPE.properties))
    }
}

/// The `ImageResponseCard` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageResponseCard {
    props: ::forma_core::schema::Props,
}
impl ImageResponseCard {
    /// A new value with its required properties: `Title`.
    pub fn new(title: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, title.into().into_expr());
        Self { props }
    }
    /// `Buttons`.
    pub fn buttons(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Button>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ImageUrl`.
    ///
    /// Allowed: length 1 to 250.
    pub fn image_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Subtitle`.
    ///
    /// Allowed: length 1 to 250.
    pub fn subtitle(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ImageResponseCard> for ::forma_core::Value<ImageResponseCard> {
    fn from(v: ImageResponseCard) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_RESPONSE_CARD_TYPE.properties))
    }
}

/// The `PlainTextMessage` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlainTextMessage {
    props: ::forma_core::schema::Props,
}
impl PlainTextMessage {
    /// A new value with its required properties: `Value`.
    pub fn new(value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PlainTextMessage> for ::forma_core::Value<PlainTextMessage> {
    fn from(v: PlainTextMessage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PLAIN_TEXT_MESSAGE_TYPE.properties))
    }
}

/// The `SSMLMessage` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct SsmlMessage {
    props: ::forma_core::schema::Props,
}
impl SsmlMessage {
    /// A new value with its required properties: `Value`.
    pub fn new(value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SsmlMessage> for ::forma_core::Value<SsmlMessage> {
    fn from(v: SsmlMessage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SSML_MESSAGE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Scalar`, `List`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SlotShape {
    /// `Scalar`
    Scalar,
    /// `List`
    List,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SlotShape {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Scalar => "Scalar",
            Self::List => "List",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Scalar", "List"]
    }
}
impl ::std::convert::From<SlotShape> for ::forma_core::Value<SlotShape> {
    fn from(v: SlotShape) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SlotShape {}

/// The `SlotValueOverride` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct SlotValueOverride {
    props: ::forma_core::schema::Props,
}
impl SlotValueOverride {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Shape`.
    pub fn shape(mut self, value: impl ::forma_core::schema::EnumArg<SlotShape>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<SlotValue>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Values`.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SlotValueOverride>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SlotValueOverride {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SlotValueOverride> for ::forma_core::Value<SlotValueOverride> {
    fn from(v: SlotValueOverride) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLOT_VALUE_OVERRIDE_TYPE.properties))
    }
}

/// The `AudioSpecification` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioSpecification {
    props: ::forma_core::schema::Props,
}
impl AudioSpecification {
    /// A new value with its required properties: `EndTimeoutMs`, `MaxLengthMs`.
    pub fn new(
        end_timeout_ms: impl ::std::convert::Into<::forma_core::Value<i64>>,
        max_length_ms: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, end_timeout_ms.into().into_expr());
        props.set(1, max_length_ms.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AudioSpecification> for ::forma_core::Value<AudioSpecification> {
    fn from(v: AudioSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_SPECIFICATION_TYPE.properties))
    }
}

/// The `DTMFSpecification` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct DtmfSpecification {
    props: ::forma_core::schema::Props,
}
impl DtmfSpecification {
    /// A new value with its required properties: `DeletionCharacter`, `EndCharacter`, `EndTimeoutMs`, `MaxLength`.
    pub fn new(
        deletion_character: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        end_character: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        end_timeout_ms: impl ::std::convert::Into<::forma_core::Value<i64>>,
        max_length: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, deletion_character.into().into_expr());
        props.set(1, end_character.into().into_expr());
        props.set(2, end_timeout_ms.into().into_expr());
        props.set(3, max_length.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DtmfSpecification> for ::forma_core::Value<DtmfSpecification> {
    fn from(v: DtmfSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DTMF_SPECIFICATION_TYPE.properties))
    }
}

/// The `Button` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct Button {
    props: ::forma_core::schema::Props,
}
impl Button {
    /// A new value with its required properties: `Text`, `Value`.
    pub fn new(
        text: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, text.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Button> for ::forma_core::Value<Button> {
    fn from(v: Button) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BUTTON_TYPE.properties))
    }
}

/// The `SlotValue` property type of `AWS::Lex::Bot`.
#[derive(Debug, Clone, PartialEq)]
pub struct SlotValue {
    props: ::forma_core::schema::Props,
}
impl SlotValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `InterpretedValue`.
    ///
    /// Allowed: length 1 to 202.
    pub fn interpreted_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SlotValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SlotValue> for ::forma_core::Value<SlotValue> {
    fn from(v: SlotValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLOT_VALUE_TYPE.properties))
    }
}

/// The schema of `AWS::Lex::Bot`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Lex::Bot",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoBuildBotLocales",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "BotFileS3Location",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BotLocales",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BOT_LOCALE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "BotMembers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BOT_MEMBER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "BotTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "BotType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["Bot", "BotNetwork"]),
        },
        ::forma_core::schema::Property {
            name: "DataPrivacy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_PRIVACY_OBJECT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2000),
            }),
        },
        ::forma_core::schema::Property {
            name: "ErrorLogSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ERROR_LOG_SETTINGS_OBJECT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IdleSessionTTLInSeconds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(86400.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-zA-Z][_-]?)+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Replication",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPLICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-zA-Z-]*:iam::[0-9]{12}:role/.*$"),
                min_length: Some(32),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "TestBotAliasSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TEST_BOT_ALIAS_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TestBotAliasTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id", "Arn"],
};

static S3_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.S3Location",
    properties: &[
        ::forma_core::schema::Property {
            name: "S3Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]$"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3ObjectKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\.\\-\\!\\*\\_\\'\\(\\)a-zA-Z0-9][\\.\\-\\!\\*\\_\\'\\(\\)\\/a-zA-Z0-9]*$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3ObjectVersion",
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

static BOT_LOCALE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.BotLocale",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioFillerSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_FILLER_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CustomVocabulary",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_VOCABULARY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2000),
            }),
        },
        ::forma_core::schema::Property {
            name: "GenerativeAISettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GENERATIVE_AI_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Intents",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INTENT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(1000) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LocaleId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NluConfidenceThreshold",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SlotTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SLOT_TYPE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(250) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SpeechDetectionSensitivity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Default", "HighNoiseTolerance", "MaximumNoiseTolerance"]),
        },
        ::forma_core::schema::Property {
            name: "SpeechRecognitionSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPEECH_RECOGNITION_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UnifiedSpeechSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UNIFIED_SPEECH_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VoiceSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VOICE_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static BOT_MEMBER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.BotMember",
    properties: &[
        ::forma_core::schema::Property {
            name: "BotMemberAliasId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(10),
                max_length: Some(10),
            }),
        },
        ::forma_core::schema::Property {
            name: "BotMemberAliasName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "BotMemberId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(10),
                max_length: Some(10),
            }),
        },
        ::forma_core::schema::Property {
            name: "BotMemberName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "BotMemberVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(5),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.Tag",
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

static DATA_PRIVACY_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.DataPrivacyObject",
    properties: &[::forma_core::schema::Property {
        name: "ChildDirected",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static ERROR_LOG_SETTINGS_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.ErrorLogSettingsObject",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static REPLICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.Replication",
    properties: &[::forma_core::schema::Property {
        name: "ReplicaRegions",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(2),
                max_length: Some(25),
            }),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
        ),
    }],
    rules: &[],
};

static TEST_BOT_ALIAS_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.TestBotAliasSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "BotAliasLocaleSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BOT_ALIAS_LOCALE_SETTINGS_ITEM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ConversationLogSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONVERSATION_LOG_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2000),
            }),
        },
        ::forma_core::schema::Property {
            name: "SentimentAnalysisSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TEST_BOT_ALIAS_SETTINGS_SENTIMENT_ANALYSIS_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static AUDIO_FILLER_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.AudioFillerSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "MELODY_CHIPPER_CHIME",
                "MELODY_CURIOUS_CRAWL",
                "MELODY_RISING_RIPPLE",
                "MELODY_PATIENT_PING",
                "MELODY_PONDERING_PONG",
                "TYPING_KINETIC_KEYS",
                "TYPING_QUIET_QWERTY",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MinimumPlayDurationInMilliseconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1000.0),
                maximum: Some(5000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResponseDeliveryDelayInMilliseconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(200.0),
                maximum: Some(1000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "StartDelayInMilliseconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(500.0),
                maximum: Some(5000.0),
            }),
        },
    ],
    rules: &[],
};

static CUSTOM_VOCABULARY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.CustomVocabulary",
    properties: &[::forma_core::schema::Property {
        name: "CustomVocabularyItems",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&CUSTOM_VOCABULARY_ITEM_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: Some(500) },
        ),
    }],
    rules: &[],
};

static GENERATIVE_AI_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.GenerativeAISettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "BuildtimeSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GENERATIVE_AI_SETTINGS_BUILDTIME_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RuntimeSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GENERATIVE_AI_SETTINGS_RUNTIME_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static INTENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.Intent",
    properties: &[
        ::forma_core::schema::Property {
            name: "BedrockAgentIntentConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BEDROCK_AGENT_INTENT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2000),
            }),
        },
        ::forma_core::schema::Property {
            name: "DialogCodeHook",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DIALOG_CODE_HOOK_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "FulfillmentCodeHook",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FULFILLMENT_CODE_HOOK_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InitialResponseSetting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INITIAL_RESPONSE_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InputContexts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INPUT_CONTEXT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "IntentClosingSetting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INTENT_CLOSING_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IntentConfirmationSetting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INTENT_CONFIRMATION_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KendraConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KENDRA_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-zA-Z][_-]?)+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "OutputContexts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&OUTPUT_CONTEXT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ParentIntentSignature",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "QInConnectIntentConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&Q_IN_CONNECT_INTENT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "QnAIntentConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&QN_A_INTENT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SampleUtterances",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SAMPLE_UTTERANCE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SlotPriorities",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SLOT_PRIORITY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Slots",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SLOT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
    ],
    rules: &[],
};

static SLOT_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.SlotType",
    properties: &[
        ::forma_core::schema::Property {
            name: "CompositeSlotTypeSetting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPOSITE_SLOT_TYPE_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2000),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExternalSourceSetting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXTERNAL_SOURCE_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-zA-Z][_-]?)+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "ParentSlotTypeSignature",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SlotTypeValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SLOT_TYPE_VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(10000) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ValueSelectionSetting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SLOT_VALUE_SELECTION_SETTING_TYPE),
        },
    ],
    rules: &[],
};

static SPEECH_RECOGNITION_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.SpeechRecognitionSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "SpeechModelConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPEECH_MODEL_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SpeechModelPreference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Standard", "Neural", "Deepgram", "Advanced"]),
        },
    ],
    rules: &[],
};

static UNIFIED_SPEECH_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.UnifiedSpeechSettings",
    properties: &[::forma_core::schema::Property {
        name: "SpeechFoundationModel",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&UNIFIED_SPEECH_SETTINGS_SPEECH_FOUNDATION_MODEL_TYPE),
    }],
    rules: &[],
};

static VOICE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.VoiceSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "Engine",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["standard", "neural", "long-form", "generative"]),
        },
        ::forma_core::schema::Property {
            name: "VoiceId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static BOT_ALIAS_LOCALE_SETTINGS_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.BotAliasLocaleSettingsItem",
    properties: &[
        ::forma_core::schema::Property {
            name: "BotAliasLocaleSetting",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BOT_ALIAS_LOCALE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LocaleId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static CONVERSATION_LOG_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.ConversationLogSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioLogSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AUDIO_LOG_SETTING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TextLogSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TEXT_LOG_SETTING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(1) },
            ),
        },
    ],
    rules: &[],
};

static TEST_BOT_ALIAS_SETTINGS_SENTIMENT_ANALYSIS_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lex::Bot.TestBotAliasSettingsSentimentAnalysisSettings",
        properties: &[::forma_core::schema::Property {
            name: "DetectSentiment",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        }],
        rules: &[],
    };

static CUSTOM_VOCABULARY_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.CustomVocabularyItem",
    properties: &[
        ::forma_core::schema::Property {
            name: "DisplayAs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Phrase",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Weight",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(3.0),
            }),
        },
    ],
    rules: &[],
};

static GENERATIVE_AI_SETTINGS_BUILDTIME_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lex::Bot.GenerativeAISettingsBuildtimeSettings",
        properties: &[
            ::forma_core::schema::Property {
                name: "DescriptiveBotBuilderSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &GENERATIVE_AI_SETTINGS_BUILDTIME_SETTINGS_DESCRIPTIVE_BOT_BUILDER_SPECIFICATION_TYPE,
                ),
            },
            ::forma_core::schema::Property {
                name: "SampleUtteranceGenerationSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &GENERATIVE_AI_SETTINGS_BUILDTIME_SETTINGS_SAMPLE_UTTERANCE_GENERATION_SPECIFICATION_TYPE,
                ),
            },
        ],
        rules: &[],
    };

static GENERATIVE_AI_SETTINGS_RUNTIME_SETTINGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lex::Bot.GenerativeAISettingsRuntimeSettings",
        properties: &[
            ::forma_core::schema::Property {
                name: "NluImprovementSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &GENERATIVE_AI_SETTINGS_RUNTIME_SETTINGS_NLU_IMPROVEMENT_SPECIFICATION_TYPE,
                ),
            },
            ::forma_core::schema::Property {
                name: "SlotResolutionImprovementSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &GENERATIVE_AI_SETTINGS_RUNTIME_SETTINGS_SLOT_RESOLUTION_IMPROVEMENT_SPECIFICATION_TYPE,
                ),
            },
        ],
        rules: &[],
    };

static BEDROCK_AGENT_INTENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lex::Bot.BedrockAgentIntentConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "BedrockAgentConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &BEDROCK_AGENT_INTENT_CONFIGURATION_BEDROCK_AGENT_CONFIGURATION_TYPE,
                ),
            },
            ::forma_core::schema::Property {
                name: "BedrockAgentIntentKnowledgeBaseConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &BEDROCK_AGENT_INTENT_CONFIGURATION_BEDROCK_AGENT_INTENT_KNOWLEDGE_BASE_CONFIGURATION_TYPE,
                ),
            },
        ],
        rules: &[],
    };

static DIALOG_CODE_HOOK_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.DialogCodeHookSetting",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static FULFILLMENT_CODE_HOOK_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.FulfillmentCodeHookSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "FulfillmentUpdatesSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FULFILLMENT_UPDATES_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IsActive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PostFulfillmentStatusSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&POST_FULFILLMENT_STATUS_SPECIFICATION_TYPE),
        },
    ],
    rules: &[],
};

static INITIAL_RESPONSE_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.InitialResponseSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "CodeHook",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DIALOG_CODE_HOOK_INVOCATION_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Conditional",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONDITIONAL_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InitialResponse",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESPONSE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NextStep",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DIALOG_STATE_TYPE),
        },
    ],
    rules: &[],
};

static INPUT_CONTEXT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.InputContext",
    properties: &[::forma_core::schema::Property {
        name: "Name",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^([0-9a-zA-Z][_-]?)+$"),
            min_length: Some(1),
            max_length: Some(100),
        }),
    }],
    rules: &[],
};

static INTENT_CLOSING_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.IntentClosingSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClosingResponse",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESPONSE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Conditional",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONDITIONAL_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IsActive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NextStep",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DIALOG_STATE_TYPE),
        },
    ],
    rules: &[],
};

static INTENT_CONFIRMATION_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.IntentConfirmationSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "CodeHook",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DIALOG_CODE_HOOK_INVOCATION_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConfirmationConditional",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONDITIONAL_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConfirmationNextStep",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DIALOG_STATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConfirmationResponse",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESPONSE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeclinationConditional",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONDITIONAL_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeclinationNextStep",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DIALOG_STATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeclinationResponse",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESPONSE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ElicitationCodeHook",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ELICITATION_CODE_HOOK_INVOCATION_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FailureConditional",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONDITIONAL_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FailureNextStep",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DIALOG_STATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FailureResponse",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESPONSE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IsActive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PromptSpecification",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROMPT_SPECIFICATION_TYPE),
        },
    ],
    rules: &[],
};

static KENDRA_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.KendraConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "KendraIndex",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:aws[a-zA-Z-]*:kendra:[a-z]+-(?:[a-z]+-)*[0-9]:[0-9]{12}:index/[a-zA-Z0-9][a-zA-Z0-9_-]*$",
                ),
                min_length: Some(32),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "QueryFilterString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(5000),
            }),
        },
        ::forma_core::schema::Property {
            name: "QueryFilterStringEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static OUTPUT_CONTEXT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.OutputContext",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-zA-Z][_-]?)+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "TimeToLiveInSeconds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(5.0),
                maximum: Some(86400.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "TurnsToLive",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(20.0),
            }),
        },
    ],
    rules: &[],
};

static Q_IN_CONNECT_INTENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lex::Bot.QInConnectIntentConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "QInConnectAssistantConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(
                &Q_IN_CONNECT_INTENT_CONFIGURATION_Q_IN_CONNECT_ASSISTANT_CONFIGURATION_TYPE,
            ),
        }],
        rules: &[],
    };

static QN_A_INTENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.QnAIntentConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BedrockModelConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BEDROCK_MODEL_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DataSourceConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&QN_A_INTENT_CONFIGURATION_DATA_SOURCE_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static SAMPLE_UTTERANCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.SampleUtterance",
    properties: &[::forma_core::schema::Property {
        name: "Utterance",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static SLOT_PRIORITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.SlotPriority",
    properties: &[
        ::forma_core::schema::Property {
            name: "Priority",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SlotName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-zA-Z][_-]?)+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
    ],
    rules: &[],
};

static SLOT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.Slot",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2000),
            }),
        },
        ::forma_core::schema::Property {
            name: "MultipleValuesSetting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MULTIPLE_VALUES_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-zA-Z][_-]?)+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "ObfuscationSetting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OBFUSCATION_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SlotTypeName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SubSlotSetting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SUB_SLOT_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ValueElicitationSetting",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SLOT_VALUE_ELICITATION_SETTING_TYPE),
        },
    ],
    rules: &[],
};

static COMPOSITE_SLOT_TYPE_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.CompositeSlotTypeSetting",
    properties: &[::forma_core::schema::Property {
        name: "SubSlots",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&SUB_SLOT_TYPE_COMPOSITION_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(6) },
        ),
    }],
    rules: &[],
};

static EXTERNAL_SOURCE_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.ExternalSourceSetting",
    properties: &[::forma_core::schema::Property {
        name: "GrammarSlotTypeSetting",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&GRAMMAR_SLOT_TYPE_SETTING_TYPE),
    }],
    rules: &[],
};

static SLOT_TYPE_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.SlotTypeValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "SampleValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SAMPLE_VALUE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Synonyms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SAMPLE_VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(10000) },
            ),
        },
    ],
    rules: &[],
};

static SLOT_VALUE_SELECTION_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.SlotValueSelectionSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdvancedRecognitionSetting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ADVANCED_RECOGNITION_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RegexFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SLOT_VALUE_REGEX_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResolutionStrategy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ORIGINAL_VALUE", "TOP_RESOLUTION", "CONCATENATION"]),
        },
    ],
    rules: &[],
};

static SPEECH_MODEL_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.SpeechModelConfig",
    properties: &[::forma_core::schema::Property {
        name: "DeepgramConfig",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&DEEPGRAM_SPEECH_MODEL_CONFIG_TYPE),
    }],
    rules: &[],
};

static UNIFIED_SPEECH_SETTINGS_SPEECH_FOUNDATION_MODEL_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lex::Bot.UnifiedSpeechSettingsSpeechFoundationModel",
        properties: &[
            ::forma_core::schema::Property {
                name: "ModelArn",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "VoiceId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static BOT_ALIAS_LOCALE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.BotAliasLocaleSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "CodeHookSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CODE_HOOK_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static AUDIO_LOG_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.AudioLogSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_LOG_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static TEXT_LOG_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.TextLogSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TEXT_LOG_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static GENERATIVE_AI_SETTINGS_BUILDTIME_SETTINGS_DESCRIPTIVE_BOT_BUILDER_SPECIFICATION_TYPE:
    ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.GenerativeAISettingsBuildtimeSettingsDescriptiveBotBuilderSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "BedrockModelSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BEDROCK_MODEL_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static GENERATIVE_AI_SETTINGS_BUILDTIME_SETTINGS_SAMPLE_UTTERANCE_GENERATION_SPECIFICATION_TYPE:
    ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.GenerativeAISettingsBuildtimeSettingsSampleUtteranceGenerationSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "BedrockModelSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BEDROCK_MODEL_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static GENERATIVE_AI_SETTINGS_RUNTIME_SETTINGS_NLU_IMPROVEMENT_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lex::Bot.GenerativeAISettingsRuntimeSettingsNluImprovementSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "AssistedNluMode",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["Primary", "Fallback"]),
            },
            ::forma_core::schema::Property {
                name: "Enabled",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "IntentDisambiguationSettings",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INTENT_DISAMBIGUATION_SETTINGS_TYPE),
            },
        ],
        rules: &[],
    };

static GENERATIVE_AI_SETTINGS_RUNTIME_SETTINGS_SLOT_RESOLUTION_IMPROVEMENT_SPECIFICATION_TYPE:
    ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.GenerativeAISettingsRuntimeSettingsSlotResolutionImprovementSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "BedrockModelSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BEDROCK_MODEL_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static BEDROCK_AGENT_INTENT_CONFIGURATION_BEDROCK_AGENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lex::Bot.BedrockAgentIntentConfigurationBedrockAgentConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "BedrockAgentAliasId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(5000),
                }),
            },
            ::forma_core::schema::Property {
                name: "BedrockAgentId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(5000),
                }),
            },
        ],
        rules: &[],
    };

static BEDROCK_AGENT_INTENT_CONFIGURATION_BEDROCK_AGENT_INTENT_KNOWLEDGE_BASE_CONFIGURATION_TYPE:
    ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.BedrockAgentIntentConfigurationBedrockAgentIntentKnowledgeBaseConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BedrockKnowledgeBaseArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(5000),
            }),
        },
        ::forma_core::schema::Property {
            name: "BedrockModelConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BEDROCK_MODEL_SPECIFICATION_TYPE),
        },
    ],
    rules: &[],
};

static FULFILLMENT_UPDATES_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lex::Bot.FulfillmentUpdatesSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "Active",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "StartResponse",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&FULFILLMENT_START_RESPONSE_SPECIFICATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "TimeoutInSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(900.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "UpdateResponse",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&FULFILLMENT_UPDATE_RESPONSE_SPECIFICATION_TYPE),
            },
        ],
        rules: &[],
    };

static POST_FULFILLMENT_STATUS_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lex::Bot.PostFulfillmentStatusSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "FailureConditional",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONDITIONAL_SPECIFICATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "FailureNextStep",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DIALOG_STATE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "FailureResponse",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&RESPONSE_SPECIFICATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SuccessConditional",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONDITIONAL_SPECIFICATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SuccessNextStep",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DIALOG_STATE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SuccessResponse",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&RESPONSE_SPECIFICATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "TimeoutConditional",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONDITIONAL_SPECIFICATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "TimeoutNextStep",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DIALOG_STATE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "TimeoutResponse",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&RESPONSE_SPECIFICATION_TYPE),
            },
        ],
        rules: &[],
    };

static DIALOG_CODE_HOOK_INVOCATION_SETTING_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lex::Bot.DialogCodeHookInvocationSetting",
        properties: &[
            ::forma_core::schema::Property {
                name: "EnableCodeHookInvocation",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "InvocationLabel",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^([0-9a-zA-Z][_-]?)+$"),
                    min_length: Some(1),
                    max_length: Some(100),
                }),
            },
            ::forma_core::schema::Property {
                name: "IsActive",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "PostCodeHookSpecification",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&POST_DIALOG_CODE_HOOK_INVOCATION_SPECIFICATION_TYPE),
            },
        ],
        rules: &[],
    };

static CONDITIONAL_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.ConditionalSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConditionalBranches",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONDITIONAL_BRANCH_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(4) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DefaultBranch",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEFAULT_CONDITIONAL_BRANCH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IsActive",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static RESPONSE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.ResponseSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowInterrupt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MessageGroupsList",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MESSAGE_GROUP_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
    ],
    rules: &[],
};

static DIALOG_STATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.DialogState",
    properties: &[
        ::forma_core::schema::Property {
            name: "DialogAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DIALOG_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Intent",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INTENT_OVERRIDE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SessionAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SESSION_ATTRIBUTE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static ELICITATION_CODE_HOOK_INVOCATION_SETTING_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lex::Bot.ElicitationCodeHookInvocationSetting",
        properties: &[
            ::forma_core::schema::Property {
                name: "EnableCodeHookInvocation",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "InvocationLabel",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^([0-9a-zA-Z][_-]?)+$"),
                    min_length: Some(1),
                    max_length: Some(100),
                }),
            },
        ],
        rules: &[],
    };

static PROMPT_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.PromptSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowInterrupt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaxRetries",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(5.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MessageGroupsList",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MESSAGE_GROUP_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "MessageSelectionStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Random", "Ordered"]),
        },
        ::forma_core::schema::Property {
            name: "PromptAttemptsSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(
                &PROMPT_ATTEMPT_SPECIFICATION_TYPE,
            )),
        },
    ],
    rules: &[],
};

static Q_IN_CONNECT_INTENT_CONFIGURATION_Q_IN_CONNECT_ASSISTANT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Lex::Bot.QInConnectIntentConfigurationQInConnectAssistantConfiguration",
properties: &[
::forma_core::schema::Property { name: "AssistantArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z-]*?:wisdom:[a-z0-9-]*?:[0-9]{12}:[a-z-]*?/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?:/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}){0,2}$"), min_length: Some(1), max_length: Some(200) }) },
],
rules: &[],
};

static BEDROCK_MODEL_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.BedrockModelSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "BedrockGuardrailConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(
                &BEDROCK_MODEL_SPECIFICATION_BEDROCK_GUARDRAIL_CONFIGURATION_TYPE,
            ),
        },
        ::forma_core::schema::Property {
            name: "BedrockModelCustomPrompt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(5000),
            }),
        },
        ::forma_core::schema::Property {
            name: "BedrockTraceStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "ModelArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(5000),
            }),
        },
    ],
    rules: &[],
};

static QN_A_INTENT_CONFIGURATION_DATA_SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lex::Bot.QnAIntentConfigurationDataSourceConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "BedrockKnowledgeStoreConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &QN_A_INTENT_CONFIGURATION_DATA_SOURCE_CONFIGURATION_BEDROCK_KNOWLEDGE_STORE_CONFIGURATION_TYPE,
                ),
            },
            ::forma_core::schema::Property {
                name: "KendraConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&QN_A_KENDRA_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "OpensearchConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &QN_A_INTENT_CONFIGURATION_DATA_SOURCE_CONFIGURATION_OPENSEARCH_CONFIGURATION_TYPE,
                ),
            },
        ],
        rules: &[],
    };

static MULTIPLE_VALUES_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.MultipleValuesSetting",
    properties: &[::forma_core::schema::Property {
        name: "AllowMultipleValues",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static OBFUSCATION_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.ObfuscationSetting",
    properties: &[::forma_core::schema::Property {
        name: "ObfuscationSettingType",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["None", "DefaultObfuscation"]),
    }],
    rules: &[],
};

static SUB_SLOT_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.SubSlotSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "Expression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9A-Za-z_\\-\\s\\(\\)]+"),
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "SlotSpecifications",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&SPECIFICATIONS_TYPE)),
        },
    ],
    rules: &[],
};

static SLOT_VALUE_ELICITATION_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.SlotValueElicitationSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultValueSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SLOT_DEFAULT_VALUE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PromptSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROMPT_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SampleUtterances",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SAMPLE_UTTERANCE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SlotCaptureSetting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SLOT_CAPTURE_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SlotConstraint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Required", "Optional"]),
        },
        ::forma_core::schema::Property {
            name: "WaitAndContinueSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WAIT_AND_CONTINUE_SPECIFICATION_TYPE),
        },
    ],
    rules: &[],
};

static SUB_SLOT_TYPE_COMPOSITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.SubSlotTypeComposition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-zA-Z][_-]?){1,100}$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "SlotTypeId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^((AMAZON\\.)[a-zA-Z_]+?|[0-9a-zA-Z]+)$"),
                min_length: Some(1),
                max_length: Some(25),
            }),
        },
        ::forma_core::schema::Property {
            name: "SlotTypeName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["SlotTypeId"], &["SlotTypeName"]])],
};

static GRAMMAR_SLOT_TYPE_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.GrammarSlotTypeSetting",
    properties: &[::forma_core::schema::Property {
        name: "Source",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&GRAMMAR_SLOT_TYPE_SOURCE_TYPE),
    }],
    rules: &[],
};

static SAMPLE_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.SampleValue",
    properties: &[::forma_core::schema::Property {
        name: "Value",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(140),
        }),
    }],
    rules: &[],
};

static ADVANCED_RECOGNITION_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.AdvancedRecognitionSetting",
    properties: &[::forma_core::schema::Property {
        name: "AudioRecognitionStrategy",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["UseSlotValuesAsCustomVocabulary"]),
    }],
    rules: &[],
};

static SLOT_VALUE_REGEX_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.SlotValueRegexFilter",
    properties: &[::forma_core::schema::Property {
        name: "Pattern",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(300),
        }),
    }],
    rules: &[],
};

static DEEPGRAM_SPEECH_MODEL_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Lex::Bot.DeepgramSpeechModelConfig",
properties: &[
::forma_core::schema::Property { name: "ApiTokenSecretArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[A-Za-z-]*:secretsmanager:[a-z0-9-]{1,20}:[0-9]{12}:secret:[A-Za-z0-9/_+=.@-]{1,512}-[A-Za-z0-9]{6}$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "ModelId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[A-Za-z0-9-_]+"), min_length: Some(4), max_length: Some(32) }) },
],
rules: &[],
};

static CODE_HOOK_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.CodeHookSpecification",
    properties: &[::forma_core::schema::Property {
        name: "LambdaCodeHook",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&LAMBDA_CODE_HOOK_TYPE),
    }],
    rules: &[],
};

static AUDIO_LOG_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.AudioLogDestination",
    properties: &[::forma_core::schema::Property {
        name: "S3Bucket",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_BUCKET_LOG_DESTINATION_TYPE),
    }],
    rules: &[],
};

static TEXT_LOG_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.TextLogDestination",
    properties: &[::forma_core::schema::Property {
        name: "CloudWatch",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOG_GROUP_LOG_DESTINATION_TYPE),
    }],
    rules: &[],
};

static INTENT_DISAMBIGUATION_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.IntentDisambiguationSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomDisambiguationMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaxDisambiguationIntents",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(2.0),
                maximum: Some(5.0),
            }),
        },
    ],
    rules: &[],
};

static FULFILLMENT_START_RESPONSE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lex::Bot.FulfillmentStartResponseSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "AllowInterrupt",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "DelayInSeconds",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(900.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "MessageGroups",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&MESSAGE_GROUP_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
                ),
            },
        ],
        rules: &[],
    };

static FULFILLMENT_UPDATE_RESPONSE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lex::Bot.FulfillmentUpdateResponseSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "AllowInterrupt",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "FrequencyInSeconds",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(900.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "MessageGroups",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&MESSAGE_GROUP_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
                ),
            },
        ],
        rules: &[],
    };

static POST_DIALOG_CODE_HOOK_INVOCATION_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lex::Bot.PostDialogCodeHookInvocationSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "FailureConditional",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONDITIONAL_SPECIFICATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "FailureNextStep",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DIALOG_STATE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "FailureResponse",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&RESPONSE_SPECIFICATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SuccessConditional",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONDITIONAL_SPECIFICATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SuccessNextStep",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DIALOG_STATE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SuccessResponse",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&RESPONSE_SPECIFICATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "TimeoutConditional",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONDITIONAL_SPECIFICATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "TimeoutNextStep",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DIALOG_STATE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "TimeoutResponse",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&RESPONSE_SPECIFICATION_TYPE),
            },
        ],
        rules: &[],
    };

static CONDITIONAL_BRANCH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.ConditionalBranch",
    properties: &[
        ::forma_core::schema::Property {
            name: "Condition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONDITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-zA-Z][_-]?)+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "NextStep",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DIALOG_STATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Response",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESPONSE_SPECIFICATION_TYPE),
        },
    ],
    rules: &[],
};

static DEFAULT_CONDITIONAL_BRANCH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.DefaultConditionalBranch",
    properties: &[
        ::forma_core::schema::Property {
            name: "NextStep",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DIALOG_STATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Response",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESPONSE_SPECIFICATION_TYPE),
        },
    ],
    rules: &[],
};

static MESSAGE_GROUP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.MessageGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "Message",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MESSAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Variations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MESSAGE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(2) },
            ),
        },
    ],
    rules: &[],
};

static DIALOG_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.DialogAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "SlotToElicit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-zA-Z][_-]?)+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "SuppressNextMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "CloseIntent",
                "ConfirmIntent",
                "ElicitIntent",
                "ElicitSlot",
                "StartIntent",
                "FulfillIntent",
                "EndConversation",
                "EvaluateConditional",
                "InvokeDialogCodeHook",
            ]),
        },
    ],
    rules: &[],
};

static INTENT_OVERRIDE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.IntentOverride",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-zA-Z][_-]?)+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Slots",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SLOT_VALUE_OVERRIDE_MAP_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static SESSION_ATTRIBUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.SessionAttribute",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static PROMPT_ATTEMPT_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.PromptAttemptSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowInterrupt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AllowedInputTypes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ALLOWED_INPUT_TYPES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AudioAndDTMFInputSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_AND_DTMF_INPUT_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TextInputSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TEXT_INPUT_SPECIFICATION_TYPE),
        },
    ],
    rules: &[],
};

static BEDROCK_MODEL_SPECIFICATION_BEDROCK_GUARDRAIL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lex::Bot.BedrockModelSpecificationBedrockGuardrailConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "BedrockGuardrailIdentifier",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(5000),
                }),
            },
            ::forma_core::schema::Property {
                name: "BedrockGuardrailVersion",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(5000),
                }),
            },
        ],
        rules: &[],
    };

static QN_A_INTENT_CONFIGURATION_DATA_SOURCE_CONFIGURATION_BEDROCK_KNOWLEDGE_STORE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Lex::Bot.QnAIntentConfigurationDataSourceConfigurationBedrockKnowledgeStoreConfiguration",
properties: &[
::forma_core::schema::Property { name: "BKBExactResponseFields", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&QN_A_INTENT_CONFIGURATION_DATA_SOURCE_CONFIGURATION_BEDROCK_KNOWLEDGE_STORE_CONFIGURATION_BKB_EXACT_RESPONSE_FIELDS_TYPE) },
::forma_core::schema::Property { name: "BedrockKnowledgeBaseArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(5000) }) },
::forma_core::schema::Property { name: "ExactResponse", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
],
rules: &[],
};

static QN_A_KENDRA_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.QnAKendraConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExactResponse",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "KendraIndex",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(5000),
            }),
        },
        ::forma_core::schema::Property {
            name: "QueryFilterString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(5000),
            }),
        },
        ::forma_core::schema::Property {
            name: "QueryFilterStringEnabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static QN_A_INTENT_CONFIGURATION_DATA_SOURCE_CONFIGURATION_OPENSEARCH_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Lex::Bot.QnAIntentConfigurationDataSourceConfigurationOpensearchConfiguration",
properties: &[
::forma_core::schema::Property { name: "DomainEndpoint", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(5000) }) },
::forma_core::schema::Property { name: "ExactResponse", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "ExactResponseFields", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&QN_A_INTENT_CONFIGURATION_DATA_SOURCE_CONFIGURATION_OPENSEARCH_CONFIGURATION_EXACT_RESPONSE_FIELDS_TYPE) },
::forma_core::schema::Property { name: "IncludeFields", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(5000) }), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "IndexName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(5000) }) },
],
rules: &[],
};

static SPECIFICATIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.Specifications",
    properties: &[
        ::forma_core::schema::Property {
            name: "SlotTypeId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^((AMAZON\\.)[a-zA-Z_]+?|[0-9a-zA-Z]+)$"),
                min_length: Some(1),
                max_length: Some(25),
            }),
        },
        ::forma_core::schema::Property {
            name: "SlotTypeName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ValueElicitationSetting",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SUB_SLOT_VALUE_ELICITATION_SETTING_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["SlotTypeId"], &["SlotTypeName"]])],
};

static SLOT_DEFAULT_VALUE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.SlotDefaultValueSpecification",
    properties: &[::forma_core::schema::Property {
        name: "DefaultValueList",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&SLOT_DEFAULT_VALUE_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: Some(10) },
        ),
    }],
    rules: &[],
};

static SLOT_CAPTURE_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.SlotCaptureSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "CaptureConditional",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONDITIONAL_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CaptureNextStep",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DIALOG_STATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CaptureResponse",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESPONSE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CodeHook",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DIALOG_CODE_HOOK_INVOCATION_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ElicitationCodeHook",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ELICITATION_CODE_HOOK_INVOCATION_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FailureConditional",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONDITIONAL_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FailureNextStep",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DIALOG_STATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FailureResponse",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESPONSE_SPECIFICATION_TYPE),
        },
    ],
    rules: &[],
};

static WAIT_AND_CONTINUE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.WaitAndContinueSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContinueResponse",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESPONSE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IsActive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "StillWaitingResponse",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STILL_WAITING_RESPONSE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WaitingResponse",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESPONSE_SPECIFICATION_TYPE),
        },
    ],
    rules: &[],
};

static GRAMMAR_SLOT_TYPE_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.GrammarSlotTypeSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:[\\w\\-]+:kms:[\\w\\-]+:[\\d]{12}:(?:key\\/[\\w\\-]+|alias\\/[a-zA-Z0-9:\\/_\\-]{1,256})$",
                ),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3BucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]$"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3ObjectKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\.\\-\\!\\*\\_\\'\\(\\)a-zA-Z0-9][\\.\\-\\!\\*\\_\\'\\(\\)\\/a-zA-Z0-9]*$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static LAMBDA_CODE_HOOK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.LambdaCodeHook",
    properties: &[
        ::forma_core::schema::Property {
            name: "CodeHookInterfaceVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(5),
            }),
        },
        ::forma_core::schema::Property {
            name: "LambdaArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static S3_BUCKET_LOG_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.S3BucketLogDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:[\\w\\-]+:kms:[\\w\\-]+:[\\d]{12}:(?:key\\/[\\w\\-]+|alias\\/[a-zA-Z0-9:\\/_\\-]{1,256})$",
                ),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogPrefix",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3BucketArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[\\w\\-]+:s3:::[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static CLOUD_WATCH_LOG_GROUP_LOG_DESTINATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lex::Bot.CloudWatchLogGroupLogDestination",
        properties: &[
            ::forma_core::schema::Property {
                name: "CloudWatchLogGroupArn",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "LogPrefix",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
            },
        ],
        rules: &[],
    };

static CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.Condition",
    properties: &[::forma_core::schema::Property {
        name: "ExpressionString",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(1024),
        }),
    }],
    rules: &[],
};

static MESSAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.Message",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomPayload",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_PAYLOAD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ImageResponseCard",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IMAGE_RESPONSE_CARD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PlainTextMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PLAIN_TEXT_MESSAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SSMLMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SSML_MESSAGE_TYPE),
        },
    ],
    rules: &[],
};

static SLOT_VALUE_OVERRIDE_MAP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.SlotValueOverrideMap",
    properties: &[
        ::forma_core::schema::Property {
            name: "SlotName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-zA-Z][_-]?)+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "SlotValueOverride",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SLOT_VALUE_OVERRIDE_TYPE),
        },
    ],
    rules: &[],
};

static ALLOWED_INPUT_TYPES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.AllowedInputTypes",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowAudioInput",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AllowDTMFInput",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static AUDIO_AND_DTMF_INPUT_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lex::Bot.AudioAndDTMFInputSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "AudioSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&AUDIO_SPECIFICATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "DTMFSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DTMF_SPECIFICATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "StartTimeoutMs",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: None,
                }),
            },
        ],
        rules: &[],
    };

static TEXT_INPUT_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.TextInputSpecification",
    properties: &[::forma_core::schema::Property {
        name: "StartTimeoutMs",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: None,
        }),
    }],
    rules: &[],
};

static QN_A_INTENT_CONFIGURATION_DATA_SOURCE_CONFIGURATION_BEDROCK_KNOWLEDGE_STORE_CONFIGURATION_BKB_EXACT_RESPONSE_FIELDS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Lex::Bot.QnAIntentConfigurationDataSourceConfigurationBedrockKnowledgeStoreConfigurationBKBExactResponseFields",
properties: &[
::forma_core::schema::Property { name: "AnswerField", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(5000) }) },
],
rules: &[],
};

static QN_A_INTENT_CONFIGURATION_DATA_SOURCE_CONFIGURATION_OPENSEARCH_CONFIGURATION_EXACT_RESPONSE_FIELDS_TYPE:
    ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.QnAIntentConfigurationDataSourceConfigurationOpensearchConfigurationExactResponseFields",
    properties: &[
        ::forma_core::schema::Property {
            name: "AnswerField",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(5000),
            }),
        },
        ::forma_core::schema::Property {
            name: "QuestionField",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(5000),
            }),
        },
    ],
    rules: &[],
};

static SUB_SLOT_VALUE_ELICITATION_SETTING_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lex::Bot.SubSlotValueElicitationSetting",
        properties: &[
            ::forma_core::schema::Property {
                name: "DefaultValueSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SLOT_DEFAULT_VALUE_SPECIFICATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "PromptSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PROMPT_SPECIFICATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SampleUtterances",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&SAMPLE_UTTERANCE_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "WaitAndContinueSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&WAIT_AND_CONTINUE_SPECIFICATION_TYPE),
            },
        ],
        rules: &[],
    };

static SLOT_DEFAULT_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.SlotDefaultValue",
    properties: &[::forma_core::schema::Property {
        name: "DefaultValue",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(202),
        }),
    }],
    rules: &[],
};

static STILL_WAITING_RESPONSE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lex::Bot.StillWaitingResponseSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "AllowInterrupt",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "FrequencyInSeconds",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(300.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "MessageGroupsList",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&MESSAGE_GROUP_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
                ),
            },
            ::forma_core::schema::Property {
                name: "TimeoutInSeconds",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(900.0),
                }),
            },
        ],
        rules: &[],
    };

static CUSTOM_PAYLOAD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.CustomPayload",
    properties: &[::forma_core::schema::Property {
        name: "Value",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(1000),
        }),
    }],
    rules: &[],
};

static IMAGE_RESPONSE_CARD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.ImageResponseCard",
    properties: &[
        ::forma_core::schema::Property {
            name: "Buttons",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BUTTON_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ImageUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(250),
            }),
        },
        ::forma_core::schema::Property {
            name: "Subtitle",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(250),
            }),
        },
        ::forma_core::schema::Property {
            name: "Title",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(250),
            }),
        },
    ],
    rules: &[],
};

static PLAIN_TEXT_MESSAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.PlainTextMessage",
    properties: &[::forma_core::schema::Property {
        name: "Value",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(1000),
        }),
    }],
    rules: &[],
};

static SSML_MESSAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.SSMLMessage",
    properties: &[::forma_core::schema::Property {
        name: "Value",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(1000),
        }),
    }],
    rules: &[],
};

static SLOT_VALUE_OVERRIDE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.SlotValueOverride",
    properties: &[
        ::forma_core::schema::Property {
            name: "Shape",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Scalar", "List"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SLOT_VALUE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SLOT_VALUE_OVERRIDE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static AUDIO_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.AudioSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndTimeoutMs",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxLengthMs",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static DTMF_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.DTMFSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeletionCharacter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-D0-9#*]{1}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EndCharacter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-D0-9#*]{1}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EndTimeoutMs",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxLength",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1024.0),
            }),
        },
    ],
    rules: &[],
};

static BUTTON_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.Button",
    properties: &[
        ::forma_core::schema::Property {
            name: "Text",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
    ],
    rules: &[],
};

static SLOT_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::Bot.SlotValue",
    properties: &[::forma_core::schema::Property {
        name: "InterpretedValue",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(202),
        }),
    }],
    rules: &[],
};
