// @generated from AWS::Chime::MediaInsightsPipelineConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Chime::MediaInsightsPipelineConfiguration` and its property types.

/// Resource Type definition for an Amazon Chime SDK Media Insights Pipeline Configuration
///
/// CloudFormation type `AWS::Chime::MediaInsightsPipelineConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaInsightsPipelineConfiguration {
    props: ::forma_core::schema::Props,
}
impl MediaInsightsPipelineConfiguration {
    /// A new resource with its required properties: `Elements`, `MediaInsightsPipelineConfigurationName`, `ResourceAccessRoleArn`.
    #[track_caller]
    pub fn new(
        elements: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MediaInsightsPipelineConfigurationElement>>>,
        media_insights_pipeline_configuration_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_access_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, elements.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(
            1,
            media_insights_pipeline_configuration_name.into().into_expr(),
            ::std::panic::Location::caller(),
        );
        props.set_at(3, resource_access_role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `RealTimeAlertConfiguration`.
    #[track_caller]
    pub fn real_time_alert_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RealTimeAlertConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags associated with the configuration.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MediaInsightsPipelineConfiguration {
    type Attributes = MediaInsightsPipelineConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Chime::MediaInsightsPipelineConfiguration"
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
/// The attributes of a `AWS::Chime::MediaInsightsPipelineConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MediaInsightsPipelineConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MediaInsightsPipelineConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MediaInsightsPipelineConfigurationAttributes {
    /// `Fn::GetAtt` `MediaInsightsPipelineConfigurationArn`.
    pub fn media_insights_pipeline_configuration_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MediaInsightsPipelineConfigurationArn")
    }
    /// `Fn::GetAtt` `MediaInsightsPipelineConfigurationId`.
    pub fn media_insights_pipeline_configuration_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MediaInsightsPipelineConfigurationId")
    }
    /// `Fn::GetAtt` `CreatedTimestamp`.
    pub fn created_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTimestamp")
    }
    /// `Fn::GetAtt` `UpdatedTimestamp`.
    pub fn updated_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedTimestamp")
    }
}

/// The values CloudFormation documents: `AmazonTranscribeCallAnalyticsProcessor`, `AmazonTranscribeProcessor`, `KinesisDataStreamSink`, `S3RecordingSink`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `AmazonTranscribeCallAnalyticsProcessor`
    AmazonTranscribeCallAnalyticsProcessor,
    /// `AmazonTranscribeProcessor`
    AmazonTranscribeProcessor,
    /// `KinesisDataStreamSink`
    KinesisDataStreamSink,
    /// `S3RecordingSink`
    S3RecordingSink,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AmazonTranscribeCallAnalyticsProcessor => "AmazonTranscribeCallAnalyticsProcessor",
            Self::AmazonTranscribeProcessor => "AmazonTranscribeProcessor",
            Self::KinesisDataStreamSink => "KinesisDataStreamSink",
            Self::S3RecordingSink => "S3RecordingSink",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AmazonTranscribeCallAnalyticsProcessor",
            "AmazonTranscribeProcessor",
            "KinesisDataStreamSink",
            "S3RecordingSink",
        ]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `MediaInsightsPipelineConfigurationElement` property type of `AWS::Chime::MediaInsightsPipelineConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaInsightsPipelineConfigurationElement {
    props: ::forma_core::schema::Props,
}
impl MediaInsightsPipelineConfigurationElement {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, type_.into_enum_expr());
        Self { props }
    }
    /// `AmazonTranscribeCallAnalyticsProcessorConfiguration`.
    pub fn amazon_transcribe_call_analytics_processor_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AmazonTranscribeCallAnalyticsProcessorConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AmazonTranscribeProcessorConfiguration`.
    pub fn amazon_transcribe_processor_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AmazonTranscribeProcessorConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `KinesisDataStreamSinkConfiguration`.
    pub fn kinesis_data_stream_sink_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KinesisDataStreamSinkConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `S3RecordingSinkConfiguration`.
    pub fn s3_recording_sink_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3RecordingSinkConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MediaInsightsPipelineConfigurationElement>
    for ::forma_core::Value<MediaInsightsPipelineConfigurationElement>
{
    fn from(v: MediaInsightsPipelineConfigurationElement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEDIA_INSIGHTS_PIPELINE_CONFIGURATION_ELEMENT_TYPE.properties))
    }
}

/// The `RealTimeAlertConfiguration` property type of `AWS::Chime::MediaInsightsPipelineConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct RealTimeAlertConfiguration {
    props: ::forma_core::schema::Props,
}
impl RealTimeAlertConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Turns off real-time alerts.
    pub fn disabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The rules in the alert.
    pub fn rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RealTimeAlertRule>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RealTimeAlertConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RealTimeAlertConfiguration> for ::forma_core::Value<RealTimeAlertConfiguration> {
    fn from(v: RealTimeAlertConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REAL_TIME_ALERT_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Chime::MediaInsightsPipelineConfiguration`.
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

/// The values CloudFormation documents: `PII`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentIdentificationType {
    /// `PII`
    Pii,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContentIdentificationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pii => "PII",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PII"]
    }
}
impl ::std::convert::From<ContentIdentificationType> for ::forma_core::Value<ContentIdentificationType> {
    fn from(v: ContentIdentificationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContentIdentificationType {}

/// The values CloudFormation documents: `PII`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentRedactionType {
    /// `PII`
    Pii,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContentRedactionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pii => "PII",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PII"]
    }
}
impl ::std::convert::From<ContentRedactionType> for ::forma_core::Value<ContentRedactionType> {
    fn from(v: ContentRedactionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContentRedactionType {}

/// The values CloudFormation documents: `en-US`, `en-GB`, `es-US`, `fr-CA`, `fr-FR`, `en-AU`, `it-IT`, `de-DE`, `pt-BR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LanguageCode {
    /// `en-US`
    EnUs,
    /// `en-GB`
    EnGb,
    /// `es-US`
    EsUs,
    /// `fr-CA`
    FrCa,
    /// `fr-FR`
    FrFr,
    /// `en-AU`
    EnAu,
    /// `it-IT`
    ItIt,
    /// `de-DE`
    DeDe,
    /// `pt-BR`
    PtBr,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LanguageCode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EnUs => "en-US",
            Self::EnGb => "en-GB",
            Self::EsUs => "es-US",
            Self::FrCa => "fr-CA",
            Self::FrFr => "fr-FR",
            Self::EnAu => "en-AU",
            Self::ItIt => "it-IT",
            Self::DeDe => "de-DE",
            Self::PtBr => "pt-BR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["en-US", "en-GB", "es-US", "fr-CA", "fr-FR", "en-AU", "it-IT", "de-DE", "pt-BR"]
    }
}
impl ::std::convert::From<LanguageCode> for ::forma_core::Value<LanguageCode> {
    fn from(v: LanguageCode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LanguageCode {}

/// The values CloudFormation documents: `high`, `medium`, `low`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PartialResultsStability {
    /// `high`
    High,
    /// `medium`
    Medium,
    /// `low`
    Low,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PartialResultsStability {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::High => "high",
            Self::Medium => "medium",
            Self::Low => "low",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["high", "medium", "low"]
    }
}
impl ::std::convert::From<PartialResultsStability> for ::forma_core::Value<PartialResultsStability> {
    fn from(v: PartialResultsStability) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PartialResultsStability {}

/// The values CloudFormation documents: `remove`, `mask`, `tag`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VocabularyFilterMethod {
    /// `remove`
    Remove,
    /// `mask`
    Mask,
    /// `tag`
    Tag,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VocabularyFilterMethod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Remove => "remove",
            Self::Mask => "mask",
            Self::Tag => "tag",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["remove", "mask", "tag"]
    }
}
impl ::std::convert::From<VocabularyFilterMethod> for ::forma_core::Value<VocabularyFilterMethod> {
    fn from(v: VocabularyFilterMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VocabularyFilterMethod {}

/// The `AmazonTranscribeCallAnalyticsProcessorConfiguration` property type of `AWS::Chime::MediaInsightsPipelineConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct AmazonTranscribeCallAnalyticsProcessorConfiguration {
    props: ::forma_core::schema::Props,
}
impl AmazonTranscribeCallAnalyticsProcessorConfiguration {
    /// A new value with its required properties: `LanguageCode`.
    pub fn new(language_code: impl ::forma_core::schema::EnumArg<LanguageCode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, language_code.into_enum_expr());
        Self { props }
    }
    /// The categories to send to the insights target.
    pub fn call_analytics_stream_categories(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Labels all PII identified in the transcript.
    pub fn content_identification_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ContentIdentificationType>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Redacts all PII identified in the transcript.
    pub fn content_redaction_type(mut self, value: impl ::forma_core::schema::EnumArg<ContentRedactionType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Enables partial result stabilization.
    pub fn enable_partial_results_stabilization(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// If true, partial results are filtered out.
    pub fn filter_partial_results(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The name of the custom language model.
    ///
    /// Allowed: length 1 to 200.
    pub fn language_model_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The level of stability for partial results.
    pub fn partial_results_stability(
        mut self,
        value: impl ::forma_core::schema::EnumArg<PartialResultsStability>,
    ) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// The types of PII to redact.
    ///
    /// Allowed: length 1 to 300.
    pub fn pii_entity_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `PostCallAnalyticsSettings`.
    pub fn post_call_analytics_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PostCallAnalyticsSettings>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The vocabulary filtering method.
    pub fn vocabulary_filter_method(
        mut self,
        value: impl ::forma_core::schema::EnumArg<VocabularyFilterMethod>,
    ) -> Self {
        self.props.set(10, value.into_enum_expr());
        self
    }
    /// The name of the custom vocabulary filter.
    ///
    /// Allowed: length 1 to 200.
    pub fn vocabulary_filter_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// The name of the custom vocabulary.
    ///
    /// Allowed: length 1 to 200.
    pub fn vocabulary_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AmazonTranscribeCallAnalyticsProcessorConfiguration>
    for ::forma_core::Value<AmazonTranscribeCallAnalyticsProcessorConfiguration>
{
    fn from(v: AmazonTranscribeCallAnalyticsProcessorConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(AMAZON_TRANSCRIBE_CALL_ANALYTICS_PROCESSOR_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The values CloudFormation documents: `en-US`, `en-GB`, `es-US`, `fr-CA`, `fr-FR`, `en-AU`, `it-IT`, `de-DE`, `pt-BR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PreferredLanguage {
    /// `en-US`
    EnUs,
    /// `en-GB`
    EnGb,
    /// `es-US`
    EsUs,
    /// `fr-CA`
    FrCa,
    /// `fr-FR`
    FrFr,
    /// `en-AU`
    EnAu,
    /// `it-IT`
    ItIt,
    /// `de-DE`
    DeDe,
    /// `pt-BR`
    PtBr,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PreferredLanguage {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EnUs => "en-US",
            Self::EnGb => "en-GB",
            Self::EsUs => "es-US",
            Self::FrCa => "fr-CA",
            Self::FrFr => "fr-FR",
            Self::EnAu => "en-AU",
            Self::ItIt => "it-IT",
            Self::DeDe => "de-DE",
            Self::PtBr => "pt-BR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["en-US", "en-GB", "es-US", "fr-CA", "fr-FR", "en-AU", "it-IT", "de-DE", "pt-BR"]
    }
}
impl ::std::convert::From<PreferredLanguage> for ::forma_core::Value<PreferredLanguage> {
    fn from(v: PreferredLanguage) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PreferredLanguage {}

/// The `AmazonTranscribeProcessorConfiguration` property type of `AWS::Chime::MediaInsightsPipelineConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct AmazonTranscribeProcessorConfiguration {
    props: ::forma_core::schema::Props,
}
impl AmazonTranscribeProcessorConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Labels all PII identified in the transcript.
    pub fn content_identification_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ContentIdentificationType>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Redacts all PII identified in the transcript.
    pub fn content_redaction_type(mut self, value: impl ::forma_core::schema::EnumArg<ContentRedactionType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Enables partial result stabilization.
    pub fn enable_partial_results_stabilization(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// If true, partial results are filtered out.
    pub fn filter_partial_results(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Turns language identification on or off.
    pub fn identify_language(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Turns multiple language identification on or off.
    pub fn identify_multiple_languages(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The language code.
    pub fn language_code(mut self, value: impl ::forma_core::schema::EnumArg<LanguageCode>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// The name of the custom language model.
    ///
    /// Allowed: length 1 to 200.
    pub fn language_model_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The language options for transcription.
    ///
    /// Allowed: length 1 to 200.
    pub fn language_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The level of stability for partial results.
    pub fn partial_results_stability(
        mut self,
        value: impl ::forma_core::schema::EnumArg<PartialResultsStability>,
    ) -> Self {
        self.props.set(9, value.into_enum_expr());
        self
    }
    /// The types of PII to redact.
    ///
    /// Allowed: length 1 to 300.
    pub fn pii_entity_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// The preferred language for transcription.
    pub fn preferred_language(mut self, value: impl ::forma_core::schema::EnumArg<PreferredLanguage>) -> Self {
        self.props.set(11, value.into_enum_expr());
        self
    }
    /// Enables speaker partitioning.
    pub fn show_speaker_label(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// The vocabulary filtering method.
    pub fn vocabulary_filter_method(
        mut self,
        value: impl ::forma_core::schema::EnumArg<VocabularyFilterMethod>,
    ) -> Self {
        self.props.set(13, value.into_enum_expr());
        self
    }
    /// The name of the custom vocabulary filter.
    ///
    /// Allowed: length 1 to 200.
    pub fn vocabulary_filter_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// The names of the custom vocabulary filters.
    ///
    /// Allowed: length 1 to 3000.
    pub fn vocabulary_filter_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// The name of the custom vocabulary.
    ///
    /// Allowed: length 1 to 200.
    pub fn vocabulary_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// The names of the custom vocabularies.
    ///
    /// Allowed: length 1 to 3000.
    pub fn vocabulary_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AmazonTranscribeProcessorConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AmazonTranscribeProcessorConfiguration>
    for ::forma_core::Value<AmazonTranscribeProcessorConfiguration>
{
    fn from(v: AmazonTranscribeProcessorConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AMAZON_TRANSCRIBE_PROCESSOR_CONFIGURATION_TYPE.properties))
    }
}

/// The `KinesisDataStreamSinkConfiguration` property type of `AWS::Chime::MediaInsightsPipelineConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisDataStreamSinkConfiguration {
    props: ::forma_core::schema::Props,
}
impl KinesisDataStreamSinkConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the Kinesis Data Stream sink.
    ///
    /// Allowed: length 1 to 1024.
    pub fn insights_target(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for KinesisDataStreamSinkConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<KinesisDataStreamSinkConfiguration>
    for ::forma_core::Value<KinesisDataStreamSinkConfiguration>
{
    fn from(v: KinesisDataStreamSinkConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_DATA_STREAM_SINK_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Wav`, `Opus`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordingFileFormat {
    /// `Wav`
    Wav,
    /// `Opus`
    Opus,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RecordingFileFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Wav => "Wav",
            Self::Opus => "Opus",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Wav", "Opus"]
    }
}
impl ::std::convert::From<RecordingFileFormat> for ::forma_core::Value<RecordingFileFormat> {
    fn from(v: RecordingFileFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RecordingFileFormat {}

/// The `S3RecordingSinkConfiguration` property type of `AWS::Chime::MediaInsightsPipelineConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3RecordingSinkConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3RecordingSinkConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The default URI of the Amazon S3 bucket.
    ///
    /// Allowed: length 1 to 1024.
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The recording file format.
    pub fn recording_file_format(mut self, value: impl ::forma_core::schema::EnumArg<RecordingFileFormat>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for S3RecordingSinkConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3RecordingSinkConfiguration> for ::forma_core::Value<S3RecordingSinkConfiguration> {
    fn from(v: S3RecordingSinkConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_RECORDING_SINK_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `KeywordMatch`, `Sentiment`, `IssueDetection`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RealTimeAlertRuleType {
    /// `KeywordMatch`
    KeywordMatch,
    /// `Sentiment`
    Sentiment,
    /// `IssueDetection`
    IssueDetection,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RealTimeAlertRuleType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::KeywordMatch => "KeywordMatch",
            Self::Sentiment => "Sentiment",
            Self::IssueDetection => "IssueDetection",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["KeywordMatch", "Sentiment", "IssueDetection"]
    }
}
impl ::std::convert::From<RealTimeAlertRuleType> for ::forma_core::Value<RealTimeAlertRuleType> {
    fn from(v: RealTimeAlertRuleType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RealTimeAlertRuleType {}

/// The `RealTimeAlertRule` property type of `AWS::Chime::MediaInsightsPipelineConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct RealTimeAlertRule {
    props: ::forma_core::schema::Props,
}
impl RealTimeAlertRule {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<RealTimeAlertRuleType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, type_.into_enum_expr());
        Self { props }
    }
    /// `IssueDetectionConfiguration`.
    pub fn issue_detection_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IssueDetectionConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `KeywordMatchConfiguration`.
    pub fn keyword_match_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KeywordMatchConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SentimentConfiguration`.
    pub fn sentiment_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SentimentConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RealTimeAlertRule> for ::forma_core::Value<RealTimeAlertRule> {
    fn from(v: RealTimeAlertRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REAL_TIME_ALERT_RULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `redacted`, `redacted_and_unredacted`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentRedactionOutput {
    /// `redacted`
    Redacted,
    /// `redacted_and_unredacted`
    RedactedAndUnredacted,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContentRedactionOutput {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Redacted => "redacted",
            Self::RedactedAndUnredacted => "redacted_and_unredacted",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["redacted", "redacted_and_unredacted"]
    }
}
impl ::std::convert::From<ContentRedactionOutput> for ::forma_core::Value<ContentRedactionOutput> {
    fn from(v: ContentRedactionOutput) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContentRedactionOutput {}

/// The `PostCallAnalyticsSettings` property type of `AWS::Chime::MediaInsightsPipelineConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct PostCallAnalyticsSettings {
    props: ::forma_core::schema::Props,
}
impl PostCallAnalyticsSettings {
    /// A new value with its required properties: `DataAccessRoleArn`, `OutputLocation`.
    pub fn new(
        data_access_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        output_location: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, data_access_role_arn.into().into_expr());
        props.set(3, output_location.into().into_expr());
        Self { props }
    }
    /// The content redaction output settings.
    pub fn content_redaction_output(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ContentRedactionOutput>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The ID of the KMS key used to encrypt the output.
    ///
    /// Allowed: length 0 to 4096.
    pub fn output_encryption_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PostCallAnalyticsSettings> for ::forma_core::Value<PostCallAnalyticsSettings> {
    fn from(v: PostCallAnalyticsSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POST_CALL_ANALYTICS_SETTINGS_TYPE.properties))
    }
}

/// The `IssueDetectionConfiguration` property type of `AWS::Chime::MediaInsightsPipelineConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct IssueDetectionConfiguration {
    props: ::forma_core::schema::Props,
}
impl IssueDetectionConfiguration {
    /// A new value with its required properties: `RuleName`.
    pub fn new(rule_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, rule_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IssueDetectionConfiguration> for ::forma_core::Value<IssueDetectionConfiguration> {
    fn from(v: IssueDetectionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ISSUE_DETECTION_CONFIGURATION_TYPE.properties))
    }
}

/// The `KeywordMatchConfiguration` property type of `AWS::Chime::MediaInsightsPipelineConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct KeywordMatchConfiguration {
    props: ::forma_core::schema::Props,
}
impl KeywordMatchConfiguration {
    /// A new value with its required properties: `Keywords`, `RuleName`.
    pub fn new(
        keywords: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        rule_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, keywords.into().into_expr());
        props.set(2, rule_name.into().into_expr());
        Self { props }
    }
    /// Matches keywords on their presence or absence.
    pub fn negate(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<KeywordMatchConfiguration> for ::forma_core::Value<KeywordMatchConfiguration> {
    fn from(v: KeywordMatchConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KEYWORD_MATCH_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NEGATIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SentimentType {
    /// `NEGATIVE`
    Negative,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SentimentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Negative => "NEGATIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NEGATIVE"]
    }
}
impl ::std::convert::From<SentimentType> for ::forma_core::Value<SentimentType> {
    fn from(v: SentimentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SentimentType {}

/// The `SentimentConfiguration` property type of `AWS::Chime::MediaInsightsPipelineConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct SentimentConfiguration {
    props: ::forma_core::schema::Props,
}
impl SentimentConfiguration {
    /// A new value with its required properties: `RuleName`, `SentimentType`, `TimePeriod`.
    pub fn new(
        rule_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sentiment_type: impl ::forma_core::schema::EnumArg<SentimentType>,
        time_period: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, rule_name.into().into_expr());
        props.set(1, sentiment_type.into_enum_expr());
        props.set(2, time_period.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SentimentConfiguration> for ::forma_core::Value<SentimentConfiguration> {
    fn from(v: SentimentConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SENTIMENT_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::Chime::MediaInsightsPipelineConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Chime::MediaInsightsPipelineConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Elements",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MEDIA_INSIGHTS_PIPELINE_CONFIGURATION_ELEMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MediaInsightsPipelineConfigurationName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z._-]+$"),
                min_length: Some(2),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "RealTimeAlertConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REAL_TIME_ALERT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResourceAccessRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn[\\/\\:\\-\\_\\.a-zA-Z0-9]+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "MediaInsightsPipelineConfigurationArn",
        "MediaInsightsPipelineConfigurationId",
        "CreatedTimestamp",
        "UpdatedTimestamp",
    ],
};

static MEDIA_INSIGHTS_PIPELINE_CONFIGURATION_ELEMENT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Chime::MediaInsightsPipelineConfiguration.MediaInsightsPipelineConfigurationElement",
        properties: &[
            ::forma_core::schema::Property {
                name: "AmazonTranscribeCallAnalyticsProcessorConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &AMAZON_TRANSCRIBE_CALL_ANALYTICS_PROCESSOR_CONFIGURATION_TYPE,
                ),
            },
            ::forma_core::schema::Property {
                name: "AmazonTranscribeProcessorConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&AMAZON_TRANSCRIBE_PROCESSOR_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "KinesisDataStreamSinkConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&KINESIS_DATA_STREAM_SINK_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "S3RecordingSinkConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&S3_RECORDING_SINK_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Type",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "AmazonTranscribeCallAnalyticsProcessor",
                    "AmazonTranscribeProcessor",
                    "KinesisDataStreamSink",
                    "S3RecordingSink",
                ]),
            },
        ],
        rules: &[],
    };

static REAL_TIME_ALERT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chime::MediaInsightsPipelineConfiguration.RealTimeAlertConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Disabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Rules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REAL_TIME_ALERT_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(3) },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chime::MediaInsightsPipelineConfiguration.Tag",
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

static AMAZON_TRANSCRIBE_CALL_ANALYTICS_PROCESSOR_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Chime::MediaInsightsPipelineConfiguration.AmazonTranscribeCallAnalyticsProcessorConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "CallAnalyticsStreamCategories",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some("^[0-9a-zA-Z._-]+$"),
                        min_length: Some(1),
                        max_length: Some(200),
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
                ),
            },
            ::forma_core::schema::Property {
                name: "ContentIdentificationType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["PII"]),
            },
            ::forma_core::schema::Property {
                name: "ContentRedactionType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["PII"]),
            },
            ::forma_core::schema::Property {
                name: "EnablePartialResultsStabilization",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "FilterPartialResults",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "LanguageCode",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "en-US", "en-GB", "es-US", "fr-CA", "fr-FR", "en-AU", "it-IT", "de-DE", "pt-BR",
                ]),
            },
            ::forma_core::schema::Property {
                name: "LanguageModelName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9a-zA-Z._-]+$"),
                    min_length: Some(1),
                    max_length: Some(200),
                }),
            },
            ::forma_core::schema::Property {
                name: "PartialResultsStability",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["high", "medium", "low"]),
            },
            ::forma_core::schema::Property {
                name: "PiiEntityTypes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[A-Z_, ]+$"),
                    min_length: Some(1),
                    max_length: Some(300),
                }),
            },
            ::forma_core::schema::Property {
                name: "PostCallAnalyticsSettings",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&POST_CALL_ANALYTICS_SETTINGS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "VocabularyFilterMethod",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["remove", "mask", "tag"]),
            },
            ::forma_core::schema::Property {
                name: "VocabularyFilterName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9a-zA-Z._-]+$"),
                    min_length: Some(1),
                    max_length: Some(200),
                }),
            },
            ::forma_core::schema::Property {
                name: "VocabularyName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9a-zA-Z._-]+$"),
                    min_length: Some(1),
                    max_length: Some(200),
                }),
            },
        ],
        rules: &[],
    };

static AMAZON_TRANSCRIBE_PROCESSOR_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Chime::MediaInsightsPipelineConfiguration.AmazonTranscribeProcessorConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "ContentIdentificationType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["PII"]),
            },
            ::forma_core::schema::Property {
                name: "ContentRedactionType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["PII"]),
            },
            ::forma_core::schema::Property {
                name: "EnablePartialResultsStabilization",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "FilterPartialResults",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "IdentifyLanguage",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "IdentifyMultipleLanguages",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "LanguageCode",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "en-US", "en-GB", "es-US", "fr-CA", "fr-FR", "en-AU", "it-IT", "de-DE", "pt-BR",
                ]),
            },
            ::forma_core::schema::Property {
                name: "LanguageModelName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9a-zA-Z._-]+$"),
                    min_length: Some(1),
                    max_length: Some(200),
                }),
            },
            ::forma_core::schema::Property {
                name: "LanguageOptions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z-,]+$"),
                    min_length: Some(1),
                    max_length: Some(200),
                }),
            },
            ::forma_core::schema::Property {
                name: "PartialResultsStability",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["high", "medium", "low"]),
            },
            ::forma_core::schema::Property {
                name: "PiiEntityTypes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[A-Z_, ]+$"),
                    min_length: Some(1),
                    max_length: Some(300),
                }),
            },
            ::forma_core::schema::Property {
                name: "PreferredLanguage",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "en-US", "en-GB", "es-US", "fr-CA", "fr-FR", "en-AU", "it-IT", "de-DE", "pt-BR",
                ]),
            },
            ::forma_core::schema::Property {
                name: "ShowSpeakerLabel",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "VocabularyFilterMethod",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["remove", "mask", "tag"]),
            },
            ::forma_core::schema::Property {
                name: "VocabularyFilterName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9a-zA-Z._-]+$"),
                    min_length: Some(1),
                    max_length: Some(200),
                }),
            },
            ::forma_core::schema::Property {
                name: "VocabularyFilterNames",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9,-._]+$"),
                    min_length: Some(1),
                    max_length: Some(3000),
                }),
            },
            ::forma_core::schema::Property {
                name: "VocabularyName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9a-zA-Z._-]+$"),
                    min_length: Some(1),
                    max_length: Some(200),
                }),
            },
            ::forma_core::schema::Property {
                name: "VocabularyNames",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9,-._]+$"),
                    min_length: Some(1),
                    max_length: Some(3000),
                }),
            },
        ],
        rules: &[],
    };

static KINESIS_DATA_STREAM_SINK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Chime::MediaInsightsPipelineConfiguration.KinesisDataStreamSinkConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "InsightsTarget",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn[\\/\\:\\-\\_\\.a-zA-Z0-9]+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        }],
        rules: &[],
    };

static S3_RECORDING_SINK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chime::MediaInsightsPipelineConfiguration.S3RecordingSinkConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn[\\/\\:\\-\\_\\.a-zA-Z0-9]+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "RecordingFileFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Wav", "Opus"]),
        },
    ],
    rules: &[],
};

static REAL_TIME_ALERT_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chime::MediaInsightsPipelineConfiguration.RealTimeAlertRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "IssueDetectionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ISSUE_DETECTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KeywordMatchConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KEYWORD_MATCH_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SentimentConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SENTIMENT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["KeywordMatch", "Sentiment", "IssueDetection"]),
        },
    ],
    rules: &[],
};

static POST_CALL_ANALYTICS_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chime::MediaInsightsPipelineConfiguration.PostCallAnalyticsSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContentRedactionOutput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["redacted", "redacted_and_unredacted"]),
        },
        ::forma_core::schema::Property {
            name: "DataAccessRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "OutputEncryptionKMSKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "OutputLocation",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(4096),
            }),
        },
    ],
    rules: &[],
};

static ISSUE_DETECTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chime::MediaInsightsPipelineConfiguration.IssueDetectionConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "RuleName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[0-9a-zA-Z._-]+$"),
            min_length: Some(2),
            max_length: Some(64),
        }),
    }],
    rules: &[],
};

static KEYWORD_MATCH_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chime::MediaInsightsPipelineConfiguration.KeywordMatchConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Keywords",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\s0-9a-zA-Z'-]+$"),
                    min_length: Some(1),
                    max_length: Some(100),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Negate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RuleName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z._-]+$"),
                min_length: Some(2),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
};

static SENTIMENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chime::MediaInsightsPipelineConfiguration.SentimentConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "RuleName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z._-]+$"),
                min_length: Some(2),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "SentimentType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NEGATIVE"]),
        },
        ::forma_core::schema::Property {
            name: "TimePeriod",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(1800.0),
            }),
        },
    ],
    rules: &[],
};
