// @generated from AWS::Connect::EvaluationForm (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::EvaluationForm` and its property types.

/// Creates an evaluation form for the specified CON instance.
///
/// CloudFormation type `AWS::Connect::EvaluationForm`.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationForm {
    props: ::forma_core::schema::Props,
}
impl EvaluationForm {
    /// A new resource with its required properties: `InstanceArn`, `Items`, `Status`, `Title`.
    #[track_caller]
    pub fn new(
        instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        items: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EvaluationFormBaseItem>>>,
        status: impl ::forma_core::schema::EnumArg<Status>,
        title: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, items.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, status.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(11, title.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The AI version to use for the evaluation form.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn ai_version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The automatic evaluation configuration of an evaluation form.
    #[track_caller]
    pub fn auto_evaluation_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoEvaluationConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the evaluation form.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for language settings of this evaluation form.
    #[track_caller]
    pub fn language_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EvaluationFormLanguageConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for evaluation review settings of this evaluation form.
    #[track_caller]
    pub fn review_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EvaluationReviewConfiguration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A scoring strategy of the evaluation form.
    #[track_caller]
    pub fn scoring_strategy(mut self, value: impl ::std::convert::Into<::forma_core::Value<ScoringStrategy>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags used to organize, track, or control access for this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration that specifies the target for this evaluation form.
    #[track_caller]
    pub fn target_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EvaluationFormTargetConfiguration>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for EvaluationForm {
    type Attributes = EvaluationFormAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::EvaluationForm"
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
/// The attributes of a `AWS::Connect::EvaluationForm` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EvaluationFormAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EvaluationFormAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EvaluationFormAttributes {
    /// `Fn::GetAtt` `EvaluationFormArn`.
    pub fn evaluation_form_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EvaluationFormArn")
    }
}

/// The values CloudFormation documents: `DRAFT`, `ACTIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `DRAFT`
    Draft,
    /// `ACTIVE`
    Active,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "DRAFT",
            Self::Active => "ACTIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DRAFT", "ACTIVE"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// Configuration information about automated evaluations.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoEvaluationConfiguration {
    props: ::forma_core::schema::Props,
}
impl AutoEvaluationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AutoEvaluationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AutoEvaluationConfiguration> for ::forma_core::Value<AutoEvaluationConfiguration> {
    fn from(v: AutoEvaluationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_EVALUATION_CONFIGURATION_TYPE.properties))
    }
}

/// An item at the root level.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormBaseItem {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormBaseItem {
    /// A new value with its required properties: `Section`.
    pub fn new(section: impl ::std::convert::Into<::forma_core::Value<EvaluationFormSection>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, section.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EvaluationFormBaseItem> for ::forma_core::Value<EvaluationFormBaseItem> {
    fn from(v: EvaluationFormBaseItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_FORM_BASE_ITEM_TYPE.properties))
    }
}

/// The values CloudFormation documents: `de-DE`, `en-US`, `es-ES`, `fr-FR`, `it-IT`, `pt-BR`, `ja-JP`, `ko-KR`, `zh-CN`, `ms-MY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FormLanguage {
    /// `de-DE`
    DeDe,
    /// `en-US`
    EnUs,
    /// `es-ES`
    EsEs,
    /// `fr-FR`
    FrFr,
    /// `it-IT`
    ItIt,
    /// `pt-BR`
    PtBr,
    /// `ja-JP`
    JaJp,
    /// `ko-KR`
    KoKr,
    /// `zh-CN`
    ZhCn,
    /// `ms-MY`
    MsMy,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FormLanguage {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DeDe => "de-DE",
            Self::EnUs => "en-US",
            Self::EsEs => "es-ES",
            Self::FrFr => "fr-FR",
            Self::ItIt => "it-IT",
            Self::PtBr => "pt-BR",
            Self::JaJp => "ja-JP",
            Self::KoKr => "ko-KR",
            Self::ZhCn => "zh-CN",
            Self::MsMy => "ms-MY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["de-DE", "en-US", "es-ES", "fr-FR", "it-IT", "pt-BR", "ja-JP", "ko-KR", "zh-CN", "ms-MY"]
    }
}
impl ::std::convert::From<FormLanguage> for ::forma_core::Value<FormLanguage> {
    fn from(v: FormLanguage) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FormLanguage {}

/// Language configuration for an evaluation form.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormLanguageConfiguration {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormLanguageConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The language for the evaluation form.
    pub fn form_language(mut self, value: impl ::forma_core::schema::EnumArg<FormLanguage>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for EvaluationFormLanguageConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EvaluationFormLanguageConfiguration>
    for ::forma_core::Value<EvaluationFormLanguageConfiguration>
{
    fn from(v: EvaluationFormLanguageConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_FORM_LANGUAGE_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration settings for evaluation reviews.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationReviewConfiguration {
    props: ::forma_core::schema::Props,
}
impl EvaluationReviewConfiguration {
    /// A new value with its required properties: `ReviewNotificationRecipients`.
    pub fn new(
        review_notification_recipients: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<EvaluationReviewNotificationRecipient>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, review_notification_recipients.into().into_expr());
        Self { props }
    }
    /// Number of days during which a request for review can be submitted for evaluations created from this form.
    ///
    /// Allowed: 1 to 90.
    pub fn eligibility_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EvaluationReviewConfiguration> for ::forma_core::Value<EvaluationReviewConfiguration> {
    fn from(v: EvaluationReviewConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_REVIEW_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `QUESTION_ONLY`, `SECTION_ONLY`, `POINTS_BASED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mode {
    /// `QUESTION_ONLY`
    QuestionOnly,
    /// `SECTION_ONLY`
    SectionOnly,
    /// `POINTS_BASED`
    PointsBased,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Mode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::QuestionOnly => "QUESTION_ONLY",
            Self::SectionOnly => "SECTION_ONLY",
            Self::PointsBased => "POINTS_BASED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["QUESTION_ONLY", "SECTION_ONLY", "POINTS_BASED"]
    }
}
impl ::std::convert::From<Mode> for ::forma_core::Value<Mode> {
    fn from(v: Mode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Mode {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScoringStrategyStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScoringStrategyStatus {
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
impl ::std::convert::From<ScoringStrategyStatus> for ::forma_core::Value<ScoringStrategyStatus> {
    fn from(v: ScoringStrategyStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScoringStrategyStatus {}

/// A scoring strategy of the evaluation form.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoringStrategy {
    props: ::forma_core::schema::Props,
}
impl ScoringStrategy {
    /// A new value with its required properties: `Mode`, `Status`.
    pub fn new(
        mode: impl ::forma_core::schema::EnumArg<Mode>,
        status: impl ::forma_core::schema::EnumArg<ScoringStrategyStatus>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, mode.into_enum_expr());
        props.set(2, status.into_enum_expr());
        Self { props }
    }
    /// `ScoreThresholds`.
    pub fn score_thresholds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EvaluationFormScoreThreshold>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ScoringStrategy> for ::forma_core::Value<ScoringStrategy> {
    fn from(v: ScoringStrategy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCORING_STRATEGY_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The values CloudFormation documents: `AGENT`, `AUTOMATED`, `CUSTOMER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContactInteractionType {
    /// `AGENT`
    Agent,
    /// `AUTOMATED`
    Automated,
    /// `CUSTOMER`
    Customer,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContactInteractionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Agent => "AGENT",
            Self::Automated => "AUTOMATED",
            Self::Customer => "CUSTOMER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AGENT", "AUTOMATED", "CUSTOMER"]
    }
}
impl ::std::convert::From<ContactInteractionType> for ::forma_core::Value<ContactInteractionType> {
    fn from(v: ContactInteractionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContactInteractionType {}

/// Configuration that specifies the target for an evaluation form.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormTargetConfiguration {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormTargetConfiguration {
    /// A new value with its required properties: `ContactInteractionType`.
    pub fn new(contact_interaction_type: impl ::forma_core::schema::EnumArg<ContactInteractionType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, contact_interaction_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<EvaluationFormTargetConfiguration>
    for ::forma_core::Value<EvaluationFormTargetConfiguration>
{
    fn from(v: EvaluationFormTargetConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_FORM_TARGET_CONFIGURATION_TYPE.properties))
    }
}

/// Information about a section from an evaluation form.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormSection {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormSection {
    /// A new value with its required properties: `RefId`, `Title`.
    pub fn new(
        ref_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        title: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, ref_id.into().into_expr());
        props.set(5, title.into().into_expr());
        Self { props }
    }
    /// The instructions of the section.
    ///
    /// Allowed: length 0 to 1024.
    pub fn instructions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The flag to exclude the section from scoring.
    pub fn is_excluded_from_scoring(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The items of the section.
    pub fn items(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EvaluationFormItem>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The score thresholds for performance categories.
    pub fn score_thresholds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EvaluationFormScoreThreshold>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The scoring weight of the section.
    ///
    /// Allowed: 0 to 100.
    pub fn weight(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EvaluationFormSection> for ::forma_core::Value<EvaluationFormSection> {
    fn from(v: EvaluationFormSection) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_FORM_SECTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `USER_ID`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `USER_ID`
    UserId,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UserId => "USER_ID",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["USER_ID"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// Information about a recipient who should be notified when an evaluation review is requested.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationReviewNotificationRecipient {
    props: ::forma_core::schema::Props,
}
impl EvaluationReviewNotificationRecipient {
    /// A new value with its required properties: `Type`, `Value`.
    pub fn new(
        type_: impl ::forma_core::schema::EnumArg<Type>,
        value: impl ::std::convert::Into<::forma_core::Value<EvaluationReviewNotificationRecipientValue>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EvaluationReviewNotificationRecipient>
    for ::forma_core::Value<EvaluationReviewNotificationRecipient>
{
    fn from(v: EvaluationReviewNotificationRecipient) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_REVIEW_NOTIFICATION_RECIPIENT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NEEDS_IMPROVEMENT`, `EXCEEDS_EXPECTATIONS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PerformanceCategory {
    /// `NEEDS_IMPROVEMENT`
    NeedsImprovement,
    /// `EXCEEDS_EXPECTATIONS`
    ExceedsExpectations,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PerformanceCategory {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NeedsImprovement => "NEEDS_IMPROVEMENT",
            Self::ExceedsExpectations => "EXCEEDS_EXPECTATIONS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NEEDS_IMPROVEMENT", "EXCEEDS_EXPECTATIONS"]
    }
}
impl ::std::convert::From<PerformanceCategory> for ::forma_core::Value<PerformanceCategory> {
    fn from(v: PerformanceCategory) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PerformanceCategory {}

/// Information about a score threshold for a performance category.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormScoreThreshold {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormScoreThreshold {
    /// A new value with its required properties: `PerformanceCategory`.
    pub fn new(performance_category: impl ::forma_core::schema::EnumArg<PerformanceCategory>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, performance_category.into_enum_expr());
        Self { props }
    }
    /// The maximum score percentage for the performance category.
    ///
    /// Allowed: 0 to 100.
    pub fn max_score_percentage(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum score percentage for the performance category.
    ///
    /// Allowed: 0 to 100.
    pub fn min_score_percentage(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EvaluationFormScoreThreshold> for ::forma_core::Value<EvaluationFormScoreThreshold> {
    fn from(v: EvaluationFormScoreThreshold) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_FORM_SCORE_THRESHOLD_TYPE.properties))
    }
}

/// Items that are part of the evaluation form.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormItem {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormItem {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The information of the question.
    pub fn question(mut self, value: impl ::std::convert::Into<::forma_core::Value<EvaluationFormQuestion>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The information of the section.
    pub fn section(mut self, value: impl ::std::convert::Into<::forma_core::Value<EvaluationFormSection>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EvaluationFormItem {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EvaluationFormItem> for ::forma_core::Value<EvaluationFormItem> {
    fn from(v: EvaluationFormItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_FORM_ITEM_TYPE.properties))
    }
}

/// The value information for an evaluation review notification recipient.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationReviewNotificationRecipientValue {
    props: ::forma_core::schema::Props,
}
impl EvaluationReviewNotificationRecipientValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The user identifier for the notification recipient.
    ///
    /// Allowed: length 1 to 500.
    pub fn user_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EvaluationReviewNotificationRecipientValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EvaluationReviewNotificationRecipientValue>
    for ::forma_core::Value<EvaluationReviewNotificationRecipientValue>
{
    fn from(v: EvaluationReviewNotificationRecipientValue) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(EVALUATION_REVIEW_NOTIFICATION_RECIPIENT_VALUE_TYPE.properties),
        )
    }
}

/// The values CloudFormation documents: `NUMERIC`, `SINGLESELECT`, `TEXT`, `MULTISELECT`, `DATETIME`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QuestionType {
    /// `NUMERIC`
    Numeric,
    /// `SINGLESELECT`
    Singleselect,
    /// `TEXT`
    Text,
    /// `MULTISELECT`
    Multiselect,
    /// `DATETIME`
    Datetime,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl QuestionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Numeric => "NUMERIC",
            Self::Singleselect => "SINGLESELECT",
            Self::Text => "TEXT",
            Self::Multiselect => "MULTISELECT",
            Self::Datetime => "DATETIME",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NUMERIC", "SINGLESELECT", "TEXT", "MULTISELECT", "DATETIME"]
    }
}
impl ::std::convert::From<QuestionType> for ::forma_core::Value<QuestionType> {
    fn from(v: QuestionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for QuestionType {}

/// Information about a question from an evaluation form.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormQuestion {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormQuestion {
    /// A new value with its required properties: `QuestionType`, `RefId`, `Title`.
    pub fn new(
        question_type: impl ::forma_core::schema::EnumArg<QuestionType>,
        ref_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        title: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, question_type.into_enum_expr());
        props.set(6, ref_id.into().into_expr());
        props.set(8, title.into().into_expr());
        Self { props }
    }
    /// A question conditional enablement.
    pub fn enablement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EvaluationFormItemEnablementConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The instructions of the section.
    ///
    /// Allowed: length 0 to 1024.
    pub fn instructions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The metric configuration for the question.
    pub fn metric_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EvaluationFormMetricConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The flag to enable not applicable answers to the question.
    pub fn not_applicable_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The properties of the type of question.
    pub fn question_type_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EvaluationFormQuestionTypeProperties>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The scoring configuration of the question.
    pub fn scoring_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EvaluationFormQuestionScoringConfiguration>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The scoring weight of the section.
    ///
    /// Allowed: 0 to 100.
    pub fn weight(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EvaluationFormQuestion> for ::forma_core::Value<EvaluationFormQuestion> {
    fn from(v: EvaluationFormQuestion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_FORM_QUESTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DISABLE`, `ENABLE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Action {
    /// `DISABLE`
    Disable,
    /// `ENABLE`
    Enable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Action {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disable => "DISABLE",
            Self::Enable => "ENABLE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLE", "ENABLE"]
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Action {}

/// The values CloudFormation documents: `DISABLE`, `ENABLE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DefaultAction {
    /// `DISABLE`
    Disable,
    /// `ENABLE`
    Enable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DefaultAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disable => "DISABLE",
            Self::Enable => "ENABLE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLE", "ENABLE"]
    }
}
impl ::std::convert::From<DefaultAction> for ::forma_core::Value<DefaultAction> {
    fn from(v: DefaultAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DefaultAction {}

/// An item enablement configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormItemEnablementConfiguration {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormItemEnablementConfiguration {
    /// A new value with its required properties: `Action`, `Condition`.
    pub fn new(
        action: impl ::forma_core::schema::EnumArg<Action>,
        condition: impl ::std::convert::Into<::forma_core::Value<EvaluationFormItemEnablementCondition>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into_enum_expr());
        props.set(1, condition.into().into_expr());
        Self { props }
    }
    /// An enablement action that if condition is not satisfied.
    pub fn default_action(mut self, value: impl ::forma_core::schema::EnumArg<DefaultAction>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<EvaluationFormItemEnablementConfiguration>
    for ::forma_core::Value<EvaluationFormItemEnablementConfiguration>
{
    fn from(v: EvaluationFormItemEnablementConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_FORM_ITEM_ENABLEMENT_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BUSINESS_OUTCOME`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetricType {
    /// `BUSINESS_OUTCOME`
    BusinessOutcome,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MetricType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BusinessOutcome => "BUSINESS_OUTCOME",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BUSINESS_OUTCOME"]
    }
}
impl ::std::convert::From<MetricType> for ::forma_core::Value<MetricType> {
    fn from(v: MetricType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MetricType {}

/// Information about the metric configuration for an evaluation form question.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormMetricConfiguration {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormMetricConfiguration {
    /// A new value with its required properties: `MetricName`, `MetricType`.
    pub fn new(
        metric_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        metric_type: impl ::forma_core::schema::EnumArg<MetricType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, metric_name.into().into_expr());
        props.set(1, metric_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<EvaluationFormMetricConfiguration>
    for ::forma_core::Value<EvaluationFormMetricConfiguration>
{
    fn from(v: EvaluationFormMetricConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_FORM_METRIC_CONFIGURATION_TYPE.properties))
    }
}

/// Information about properties for a question in an evaluation form.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormQuestionTypeProperties {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormQuestionTypeProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Properties for multi-select question types.
    pub fn multi_select(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EvaluationFormMultiSelectQuestionProperties>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The properties of the numeric question.
    pub fn numeric(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EvaluationFormNumericQuestionProperties>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The properties of the numeric question.
    pub fn single_select(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EvaluationFormSingleSelectQuestionProperties>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The properties of the text question.
    pub fn text(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EvaluationFormTextQuestionProperties>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EvaluationFormQuestionTypeProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EvaluationFormQuestionTypeProperties>
    for ::forma_core::Value<EvaluationFormQuestionTypeProperties>
{
    fn from(v: EvaluationFormQuestionTypeProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_FORM_QUESTION_TYPE_PROPERTIES_TYPE.properties))
    }
}

/// Scoring configuration for a question in an evaluation form.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormQuestionScoringConfiguration {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormQuestionScoringConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The flag to exclude the question from scoring.
    pub fn is_excluded_from_scoring(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The points configuration for point-based scoring.
    pub fn points_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<QuestionPointsConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The score thresholds for performance categories.
    pub fn score_thresholds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EvaluationFormScoreThreshold>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EvaluationFormQuestionScoringConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EvaluationFormQuestionScoringConfiguration>
    for ::forma_core::Value<EvaluationFormQuestionScoringConfiguration>
{
    fn from(v: EvaluationFormQuestionScoringConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(EVALUATION_FORM_QUESTION_SCORING_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The values CloudFormation documents: `OR`, `AND`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Operator {
    /// `OR`
    Or,
    /// `AND`
    And,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Operator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Or => "OR",
            Self::And => "AND",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OR", "AND"]
    }
}
impl ::std::convert::From<Operator> for ::forma_core::Value<Operator> {
    fn from(v: Operator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Operator {}

/// A condition for item enablement.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormItemEnablementCondition {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormItemEnablementCondition {
    /// A new value with its required properties: `Operands`.
    pub fn new(
        operands: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<EvaluationFormItemEnablementConditionOperand>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, operands.into().into_expr());
        Self { props }
    }
    /// The operator to be used to be applied to operands if more than one provided.
    pub fn operator(mut self, value: impl ::forma_core::schema::EnumArg<Operator>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<EvaluationFormItemEnablementCondition>
    for ::forma_core::Value<EvaluationFormItemEnablementCondition>
{
    fn from(v: EvaluationFormItemEnablementCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_FORM_ITEM_ENABLEMENT_CONDITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DROPDOWN`, `CHECKBOX`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DisplayAs {
    /// `DROPDOWN`
    Dropdown,
    /// `CHECKBOX`
    Checkbox,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DisplayAs {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dropdown => "DROPDOWN",
            Self::Checkbox => "CHECKBOX",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DROPDOWN", "CHECKBOX"]
    }
}
impl ::std::convert::From<DisplayAs> for ::forma_core::Value<DisplayAs> {
    fn from(v: DisplayAs) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DisplayAs {}

/// Properties for a multi-select question in an evaluation form.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormMultiSelectQuestionProperties {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormMultiSelectQuestionProperties {
    /// A new value with its required properties: `Options`.
    pub fn new(
        options: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EvaluationFormMultiSelectQuestionOption>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, options.into().into_expr());
        Self { props }
    }
    /// Automation configuration for this multi-select question.
    pub fn automation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EvaluationFormMultiSelectQuestionAutomation>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Display format for the multi-select question.
    pub fn display_as(mut self, value: impl ::forma_core::schema::EnumArg<DisplayAs>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<EvaluationFormMultiSelectQuestionProperties>
    for ::forma_core::Value<EvaluationFormMultiSelectQuestionProperties>
{
    fn from(v: EvaluationFormMultiSelectQuestionProperties) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(EVALUATION_FORM_MULTI_SELECT_QUESTION_PROPERTIES_TYPE.properties),
        )
    }
}

/// Information about properties for a numeric question in an evaluation form.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormNumericQuestionProperties {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormNumericQuestionProperties {
    /// A new value with its required properties: `MaxValue`, `MinValue`.
    pub fn new(
        max_value: impl ::std::convert::Into<::forma_core::Value<i64>>,
        min_value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, max_value.into().into_expr());
        props.set(2, min_value.into().into_expr());
        Self { props }
    }
    /// The automation properties of the numeric question.
    pub fn automation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EvaluationFormNumericQuestionAutomation>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The scoring options of the numeric question.
    pub fn options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EvaluationFormNumericQuestionOption>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EvaluationFormNumericQuestionProperties>
    for ::forma_core::Value<EvaluationFormNumericQuestionProperties>
{
    fn from(v: EvaluationFormNumericQuestionProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_FORM_NUMERIC_QUESTION_PROPERTIES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DROPDOWN`, `RADIO`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EvaluationFormSingleSelectQuestionPropertiesDisplayAs {
    /// `DROPDOWN`
    Dropdown,
    /// `RADIO`
    Radio,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EvaluationFormSingleSelectQuestionPropertiesDisplayAs {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dropdown => "DROPDOWN",
            Self::Radio => "RADIO",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DROPDOWN", "RADIO"]
    }
}
impl ::std::convert::From<EvaluationFormSingleSelectQuestionPropertiesDisplayAs>
    for ::forma_core::Value<EvaluationFormSingleSelectQuestionPropertiesDisplayAs>
{
    fn from(v: EvaluationFormSingleSelectQuestionPropertiesDisplayAs) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EvaluationFormSingleSelectQuestionPropertiesDisplayAs {}

/// Information about the options in single select questions.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormSingleSelectQuestionProperties {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormSingleSelectQuestionProperties {
    /// A new value with its required properties: `Options`.
    pub fn new(
        options: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EvaluationFormSingleSelectQuestionOption>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, options.into().into_expr());
        Self { props }
    }
    /// The display mode of the single select question.
    pub fn automation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EvaluationFormSingleSelectQuestionAutomation>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The display mode of the single select question.
    pub fn display_as(
        mut self,
        value: impl ::forma_core::schema::EnumArg<EvaluationFormSingleSelectQuestionPropertiesDisplayAs>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<EvaluationFormSingleSelectQuestionProperties>
    for ::forma_core::Value<EvaluationFormSingleSelectQuestionProperties>
{
    fn from(v: EvaluationFormSingleSelectQuestionProperties) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(EVALUATION_FORM_SINGLE_SELECT_QUESTION_PROPERTIES_TYPE.properties),
        )
    }
}

/// Information about properties for a text question in an evaluation form.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormTextQuestionProperties {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormTextQuestionProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The automation properties of the text question.
    pub fn automation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EvaluationFormTextQuestionAutomation>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EvaluationFormTextQuestionProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EvaluationFormTextQuestionProperties>
    for ::forma_core::Value<EvaluationFormTextQuestionProperties>
{
    fn from(v: EvaluationFormTextQuestionProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_FORM_TEXT_QUESTION_PROPERTIES_TYPE.properties))
    }
}

/// Information about the points configuration for a question.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionPointsConfiguration {
    props: ::forma_core::schema::Props,
}
impl QuestionPointsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The flag to mark the question as a bonus question.
    pub fn is_bonus(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The maximum point value.
    ///
    /// Allowed: 0 to 100.
    pub fn max_point_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The minimum point value.
    ///
    /// Allowed: 0 to 100.
    pub fn min_point_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for QuestionPointsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<QuestionPointsConfiguration> for ::forma_core::Value<QuestionPointsConfiguration> {
    fn from(v: QuestionPointsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUESTION_POINTS_CONFIGURATION_TYPE.properties))
    }
}

/// An operand of the enablement condition.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormItemEnablementConditionOperand {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormItemEnablementConditionOperand {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An expression of the enablement condition.
    pub fn expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EvaluationFormItemEnablementExpression>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EvaluationFormItemEnablementConditionOperand {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EvaluationFormItemEnablementConditionOperand>
    for ::forma_core::Value<EvaluationFormItemEnablementConditionOperand>
{
    fn from(v: EvaluationFormItemEnablementConditionOperand) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(EVALUATION_FORM_ITEM_ENABLEMENT_CONDITION_OPERAND_TYPE.properties),
        )
    }
}

/// Automation configuration for multi-select questions.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormMultiSelectQuestionAutomation {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormMultiSelectQuestionAutomation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A question automation answer.
    pub fn answer_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EvaluationFormQuestionAutomationAnswerSource>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Reference IDs of default options.
    pub fn default_option_ref_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Automation options for the multi-select question.
    pub fn options(
        mut self,
        value: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<EvaluationFormMultiSelectQuestionAutomationOption>>,
        >,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EvaluationFormMultiSelectQuestionAutomation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EvaluationFormMultiSelectQuestionAutomation>
    for ::forma_core::Value<EvaluationFormMultiSelectQuestionAutomation>
{
    fn from(v: EvaluationFormMultiSelectQuestionAutomation) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(EVALUATION_FORM_MULTI_SELECT_QUESTION_AUTOMATION_TYPE.properties),
        )
    }
}

/// An option for a multi-select question in an evaluation form.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormMultiSelectQuestionOption {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormMultiSelectQuestionOption {
    /// A new value with its required properties: `RefId`, `Text`.
    pub fn new(
        ref_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        text: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, ref_id.into().into_expr());
        props.set(5, text.into().into_expr());
        Self { props }
    }
    /// The flag to mark the option as automatic fail.
    pub fn automatic_fail(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Information about automatic fail configuration for an evaluation form.
    pub fn automatic_fail_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutomaticFailConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The points configuration for point-based scoring.
    pub fn points_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<QuestionOptionPointsConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The score assigned to the answer option.
    ///
    /// Allowed: 0 to 10.
    pub fn score(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EvaluationFormMultiSelectQuestionOption>
    for ::forma_core::Value<EvaluationFormMultiSelectQuestionOption>
{
    fn from(v: EvaluationFormMultiSelectQuestionOption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_FORM_MULTI_SELECT_QUESTION_OPTION_TYPE.properties))
    }
}

/// Information about the automation configuration in numeric questions.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormNumericQuestionAutomation {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormNumericQuestionAutomation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A source of automation answer for numeric question.
    pub fn answer_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EvaluationFormQuestionAutomationAnswerSource>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The property value of the automation.
    pub fn property_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NumericQuestionPropertyValueAutomation>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EvaluationFormNumericQuestionAutomation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EvaluationFormNumericQuestionAutomation>
    for ::forma_core::Value<EvaluationFormNumericQuestionAutomation>
{
    fn from(v: EvaluationFormNumericQuestionAutomation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_FORM_NUMERIC_QUESTION_AUTOMATION_TYPE.properties))
    }
}

/// Information about the option range used for scoring in numeric questions.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormNumericQuestionOption {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormNumericQuestionOption {
    /// A new value with its required properties: `MaxValue`, `MinValue`.
    pub fn new(
        max_value: impl ::std::convert::Into<::forma_core::Value<i64>>,
        min_value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, max_value.into().into_expr());
        props.set(3, min_value.into().into_expr());
        Self { props }
    }
    /// The flag to mark the option as automatic fail.
    pub fn automatic_fail(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A configuration for automatic fail.
    pub fn automatic_fail_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutomaticFailConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The points configuration for point-based scoring.
    pub fn points_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<QuestionOptionPointsConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The score assigned to answer values within the range option.
    ///
    /// Allowed: 0 to 10.
    pub fn score(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EvaluationFormNumericQuestionOption>
    for ::forma_core::Value<EvaluationFormNumericQuestionOption>
{
    fn from(v: EvaluationFormNumericQuestionOption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_FORM_NUMERIC_QUESTION_OPTION_TYPE.properties))
    }
}

/// Information about the automation configuration in single select questions.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormSingleSelectQuestionAutomation {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormSingleSelectQuestionAutomation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Automation answer source.
    pub fn answer_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EvaluationFormQuestionAutomationAnswerSource>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The identifier of the default answer option, when none of the automation options match the criteria.
    pub fn default_option_ref_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The automation options of the single select question.
    pub fn options(
        mut self,
        value: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<EvaluationFormSingleSelectQuestionAutomationOption>>,
        >,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EvaluationFormSingleSelectQuestionAutomation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EvaluationFormSingleSelectQuestionAutomation>
    for ::forma_core::Value<EvaluationFormSingleSelectQuestionAutomation>
{
    fn from(v: EvaluationFormSingleSelectQuestionAutomation) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(EVALUATION_FORM_SINGLE_SELECT_QUESTION_AUTOMATION_TYPE.properties),
        )
    }
}

/// Information about the automation configuration in single select questions.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormSingleSelectQuestionOption {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormSingleSelectQuestionOption {
    /// A new value with its required properties: `RefId`, `Text`.
    pub fn new(
        ref_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        text: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, ref_id.into().into_expr());
        props.set(5, text.into().into_expr());
        Self { props }
    }
    /// The flag to mark the option as automatic fail.
    pub fn automatic_fail(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Whether automatic fail is configured on a single select question.
    pub fn automatic_fail_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutomaticFailConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The points configuration for point-based scoring.
    pub fn points_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<QuestionOptionPointsConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The score assigned to the answer option.
    ///
    /// Allowed: 0 to 10.
    pub fn score(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EvaluationFormSingleSelectQuestionOption>
    for ::forma_core::Value<EvaluationFormSingleSelectQuestionOption>
{
    fn from(v: EvaluationFormSingleSelectQuestionOption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_FORM_SINGLE_SELECT_QUESTION_OPTION_TYPE.properties))
    }
}

/// Information about the automation configuration in text questions.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormTextQuestionAutomation {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormTextQuestionAutomation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Automation answer source.
    pub fn answer_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EvaluationFormQuestionAutomationAnswerSource>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EvaluationFormTextQuestionAutomation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EvaluationFormTextQuestionAutomation>
    for ::forma_core::Value<EvaluationFormTextQuestionAutomation>
{
    fn from(v: EvaluationFormTextQuestionAutomation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_FORM_TEXT_QUESTION_AUTOMATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `IN`, `NOT_IN`, `ALL_IN`, `EXACT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Comparator {
    /// `IN`
    In,
    /// `NOT_IN`
    NotIn,
    /// `ALL_IN`
    AllIn,
    /// `EXACT`
    Exact,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Comparator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::In => "IN",
            Self::NotIn => "NOT_IN",
            Self::AllIn => "ALL_IN",
            Self::Exact => "EXACT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IN", "NOT_IN", "ALL_IN", "EXACT"]
    }
}
impl ::std::convert::From<Comparator> for ::forma_core::Value<Comparator> {
    fn from(v: Comparator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Comparator {}

/// An expression that defines a basic building block of conditional enablement.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormItemEnablementExpression {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormItemEnablementExpression {
    /// A new value with its required properties: `Comparator`, `Source`, `Values`.
    pub fn new(
        comparator: impl ::forma_core::schema::EnumArg<Comparator>,
        source: impl ::std::convert::Into<::forma_core::Value<EvaluationFormItemEnablementSource>>,
        values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EvaluationFormItemEnablementSourceValue>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, comparator.into_enum_expr());
        props.set(1, source.into().into_expr());
        props.set(2, values.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EvaluationFormItemEnablementExpression>
    for ::forma_core::Value<EvaluationFormItemEnablementExpression>
{
    fn from(v: EvaluationFormItemEnablementExpression) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_FORM_ITEM_ENABLEMENT_EXPRESSION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CONTACT_LENS_DATA`, `GEN_AI`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceType {
    /// `CONTACT_LENS_DATA`
    ContactLensData,
    /// `GEN_AI`
    GenAi,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ContactLensData => "CONTACT_LENS_DATA",
            Self::GenAi => "GEN_AI",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CONTACT_LENS_DATA", "GEN_AI"]
    }
}
impl ::std::convert::From<SourceType> for ::forma_core::Value<SourceType> {
    fn from(v: SourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SourceType {}

/// A question automation answer.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormQuestionAutomationAnswerSource {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormQuestionAutomationAnswerSource {
    /// A new value with its required properties: `SourceType`.
    pub fn new(source_type: impl ::forma_core::schema::EnumArg<SourceType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, source_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<EvaluationFormQuestionAutomationAnswerSource>
    for ::forma_core::Value<EvaluationFormQuestionAutomationAnswerSource>
{
    fn from(v: EvaluationFormQuestionAutomationAnswerSource) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(EVALUATION_FORM_QUESTION_AUTOMATION_ANSWER_SOURCE_TYPE.properties),
        )
    }
}

/// An automation option for a multi-select question.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormMultiSelectQuestionAutomationOption {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormMultiSelectQuestionAutomationOption {
    /// A new value with its required properties: `RuleCategory`.
    pub fn new(
        rule_category: impl ::std::convert::Into<::forma_core::Value<MultiSelectQuestionRuleCategoryAutomation>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, rule_category.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EvaluationFormMultiSelectQuestionAutomationOption>
    for ::forma_core::Value<EvaluationFormMultiSelectQuestionAutomationOption>
{
    fn from(v: EvaluationFormMultiSelectQuestionAutomationOption) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(EVALUATION_FORM_MULTI_SELECT_QUESTION_AUTOMATION_OPTION_TYPE.properties),
        )
    }
}

/// Information about automatic fail configuration for an evaluation form.
#[derive(Debug, Clone, PartialEq)]
pub struct AutomaticFailConfiguration {
    props: ::forma_core::schema::Props,
}
impl AutomaticFailConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The referenceId of the target section for auto failure.
    pub fn target_section(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AutomaticFailConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AutomaticFailConfiguration> for ::forma_core::Value<AutomaticFailConfiguration> {
    fn from(v: AutomaticFailConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTOMATIC_FAIL_CONFIGURATION_TYPE.properties))
    }
}

/// Information about the points configuration for an answer option.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionOptionPointsConfiguration {
    props: ::forma_core::schema::Props,
}
impl QuestionOptionPointsConfiguration {
    /// A new value with its required properties: `PointValue`.
    pub fn new(point_value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, point_value.into().into_expr());
        Self { props }
    }
    /// The flag to mark the option as a bonus option.
    pub fn is_bonus(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<QuestionOptionPointsConfiguration>
    for ::forma_core::Value<QuestionOptionPointsConfiguration>
{
    fn from(v: QuestionOptionPointsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUESTION_OPTION_POINTS_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `OVERALL_CUSTOMER_SENTIMENT_SCORE`, `OVERALL_AGENT_SENTIMENT_SCORE`, `NON_TALK_TIME`, `NON_TALK_TIME_PERCENTAGE`, `NUMBER_OF_INTERRUPTIONS`, `CONTACT_DURATION`, `AGENT_INTERACTION_DURATION`, `CUSTOMER_HOLD_TIME`, `LONGEST_HOLD_DURATION`, `NUMBER_OF_HOLDS`, `AGENT_INTERACTION_AND_HOLD_DURATION`, `CUSTOMER_SENTIMENT_SCORE_WITHOUT_AGENT`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Label {
    /// `OVERALL_CUSTOMER_SENTIMENT_SCORE`
    OverallCustomerSentimentScore,
    /// `OVERALL_AGENT_SENTIMENT_SCORE`
    OverallAgentSentimentScore,
    /// `NON_TALK_TIME`
    NonTalkTime,
    /// `NON_TALK_TIME_PERCENTAGE`
    NonTalkTimePercentage,
    /// `NUMBER_OF_INTERRUPTIONS`
    NumberOfInterruptions,
    /// `CONTACT_DURATION`
    ContactDuration,
    /// `AGENT_INTERACTION_DURATION`
    AgentInteractionDuration,
    /// `CUSTOMER_HOLD_TIME`
    CustomerHoldTime,
    /// `LONGEST_HOLD_DURATION`
    LongestHoldDuration,
    /// `NUMBER_OF_HOLDS`
    NumberOfHolds,
    /// `AGENT_INTERACTION_AND_HOLD_DURATION`
    AgentInteractionAndHoldDuration,
    /// `CUSTOMER_SENTIMENT_SCORE_WITHOUT_AGENT`
    CustomerSentimentScoreWithoutAgent,
    /// `CUSTOMER_SENTIMENT_SCORE_WITH_AGENT`
    CustomerSentimentScoreWithAgent,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Label {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OverallCustomerSentimentScore => "OVERALL_CUSTOMER_SENTIMENT_SCORE",
            Self::OverallAgentSentimentScore => "OVERALL_AGENT_SENTIMENT_SCORE",
            Self::NonTalkTime => "NON_TALK_TIME",
            Self::NonTalkTimePercentage => "NON_TALK_TIME_PERCENTAGE",
            Self::NumberOfInterruptions => "NUMBER_OF_INTERRUPTIONS",
            Self::ContactDuration => "CONTACT_DURATION",
            Self::AgentInteractionDuration => "AGENT_INTERACTION_DURATION",
            Self::CustomerHoldTime => "CUSTOMER_HOLD_TIME",
            Self::LongestHoldDuration => "LONGEST_HOLD_DURATION",
            Self::NumberOfHolds => "NUMBER_OF_HOLDS",
            Self::AgentInteractionAndHoldDuration => "AGENT_INTERACTION_AND_HOLD_DURATION",
            Self::CustomerSentimentScoreWithoutAgent => "CUSTOMER_SENTIMENT_SCORE_WITHOUT_AGENT",
            Self::CustomerSentimentScoreWithAgent => "CUSTOMER_SENTIMENT_SCORE_WITH_AGENT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "OVERALL_CUSTOMER_SENTIMENT_SCORE",
            "OVERALL_AGENT_SENTIMENT_SCORE",
            "NON_TALK_TIME",
            "NON_TALK_TIME_PERCENTAGE",
            "NUMBER_OF_INTERRUPTIONS",
            "CONTACT_DURATION",
            "AGENT_INTERACTION_DURATION",
            "CUSTOMER_HOLD_TIME",
            "LONGEST_HOLD_DURATION",
            "NUMBER_OF_HOLDS",
            "AGENT_INTERACTION_AND_HOLD_DURATION",
            "CUSTOMER_SENTIMENT_SCORE_WITHOUT_AGENT",
            "CUSTOMER_SENTIMENT_SCORE_WITH_AGENT",
        ]
    }
}
impl ::std::convert::From<Label> for ::forma_core::Value<Label> {
    fn from(v: Label) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Label {}

/// Information about the property value used in automation of a numeric questions.
#[derive(Debug, Clone, PartialEq)]
pub struct NumericQuestionPropertyValueAutomation {
    props: ::forma_core::schema::Props,
}
impl NumericQuestionPropertyValueAutomation {
    /// A new value with its required properties: `Label`.
    pub fn new(label: impl ::forma_core::schema::EnumArg<Label>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, label.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<NumericQuestionPropertyValueAutomation>
    for ::forma_core::Value<NumericQuestionPropertyValueAutomation>
{
    fn from(v: NumericQuestionPropertyValueAutomation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NUMERIC_QUESTION_PROPERTY_VALUE_AUTOMATION_TYPE.properties))
    }
}

/// The automation options of the single select question.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormSingleSelectQuestionAutomationOption {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormSingleSelectQuestionAutomationOption {
    /// A new value with its required properties: `RuleCategory`.
    pub fn new(
        rule_category: impl ::std::convert::Into<::forma_core::Value<SingleSelectQuestionRuleCategoryAutomation>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, rule_category.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EvaluationFormSingleSelectQuestionAutomationOption>
    for ::forma_core::Value<EvaluationFormSingleSelectQuestionAutomationOption>
{
    fn from(v: EvaluationFormSingleSelectQuestionAutomationOption) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(EVALUATION_FORM_SINGLE_SELECT_QUESTION_AUTOMATION_OPTION_TYPE.properties),
        )
    }
}

/// The values CloudFormation documents: `QUESTION_REF_ID`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EvaluationFormItemEnablementSourceType {
    /// `QUESTION_REF_ID`
    QuestionRefId,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EvaluationFormItemEnablementSourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::QuestionRefId => "QUESTION_REF_ID",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["QUESTION_REF_ID"]
    }
}
impl ::std::convert::From<EvaluationFormItemEnablementSourceType>
    for ::forma_core::Value<EvaluationFormItemEnablementSourceType>
{
    fn from(v: EvaluationFormItemEnablementSourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EvaluationFormItemEnablementSourceType {}

/// An enablement expression source item.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormItemEnablementSource {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormItemEnablementSource {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<EvaluationFormItemEnablementSourceType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
    /// A referenceId of the source item.
    pub fn ref_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EvaluationFormItemEnablementSource>
    for ::forma_core::Value<EvaluationFormItemEnablementSource>
{
    fn from(v: EvaluationFormItemEnablementSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_FORM_ITEM_ENABLEMENT_SOURCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `OPTION_REF_ID`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EvaluationFormItemEnablementSourceValueType {
    /// `OPTION_REF_ID`
    OptionRefId,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EvaluationFormItemEnablementSourceValueType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OptionRefId => "OPTION_REF_ID",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OPTION_REF_ID"]
    }
}
impl ::std::convert::From<EvaluationFormItemEnablementSourceValueType>
    for ::forma_core::Value<EvaluationFormItemEnablementSourceValueType>
{
    fn from(v: EvaluationFormItemEnablementSourceValueType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EvaluationFormItemEnablementSourceValueType {}

/// An enablement expression source value.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationFormItemEnablementSourceValue {
    props: ::forma_core::schema::Props,
}
impl EvaluationFormItemEnablementSourceValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A referenceId of the source value.
    pub fn ref_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A type of source item value.
    pub fn type_(
        mut self,
        value: impl ::forma_core::schema::EnumArg<EvaluationFormItemEnablementSourceValueType>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for EvaluationFormItemEnablementSourceValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EvaluationFormItemEnablementSourceValue>
    for ::forma_core::Value<EvaluationFormItemEnablementSourceValue>
{
    fn from(v: EvaluationFormItemEnablementSourceValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_FORM_ITEM_ENABLEMENT_SOURCE_VALUE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PRESENT`, `NOT_PRESENT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Condition {
    /// `PRESENT`
    Present,
    /// `NOT_PRESENT`
    NotPresent,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Condition {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Present => "PRESENT",
            Self::NotPresent => "NOT_PRESENT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PRESENT", "NOT_PRESENT"]
    }
}
impl ::std::convert::From<Condition> for ::forma_core::Value<Condition> {
    fn from(v: Condition) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Condition {}

/// Automation rule for multi-select questions based on rule categories.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiSelectQuestionRuleCategoryAutomation {
    props: ::forma_core::schema::Props,
}
impl MultiSelectQuestionRuleCategoryAutomation {
    /// A new value with its required properties: `Category`, `Condition`, `OptionRefIds`.
    pub fn new(
        category: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        condition: impl ::forma_core::schema::EnumArg<Condition>,
        option_ref_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, category.into().into_expr());
        props.set(1, condition.into_enum_expr());
        props.set(2, option_ref_ids.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MultiSelectQuestionRuleCategoryAutomation>
    for ::forma_core::Value<MultiSelectQuestionRuleCategoryAutomation>
{
    fn from(v: MultiSelectQuestionRuleCategoryAutomation) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(MULTI_SELECT_QUESTION_RULE_CATEGORY_AUTOMATION_TYPE.properties),
        )
    }
}

/// Information about the automation option based on a rule category for a single select question.
#[derive(Debug, Clone, PartialEq)]
pub struct SingleSelectQuestionRuleCategoryAutomation {
    props: ::forma_core::schema::Props,
}
impl SingleSelectQuestionRuleCategoryAutomation {
    /// A new value with its required properties: `Category`, `Condition`, `OptionRefId`.
    pub fn new(
        category: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        condition: impl ::forma_core::schema::EnumArg<Condition>,
        option_ref_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, category.into().into_expr());
        props.set(1, condition.into_enum_expr());
        props.set(2, option_ref_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SingleSelectQuestionRuleCategoryAutomation>
    for ::forma_core::Value<SingleSelectQuestionRuleCategoryAutomation>
{
    fn from(v: SingleSelectQuestionRuleCategoryAutomation) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(SINGLE_SELECT_QUESTION_RULE_CATEGORY_AUTOMATION_TYPE.properties),
        )
    }
}

/// The schema of `AWS::Connect::EvaluationForm`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::EvaluationForm",
    properties: &[
        ::forma_core::schema::Property {
            name: "AIVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "AutoEvaluationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_EVALUATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Items",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EVALUATION_FORM_BASE_ITEM_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LanguageConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_LANGUAGE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReviewConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVALUATION_REVIEW_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ScoringStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCORING_STRATEGY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DRAFT", "ACTIVE"]),
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
            name: "TargetConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_TARGET_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Title",
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
    attributes: &["EvaluationFormArn"],
};

static AUTO_EVALUATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::EvaluationForm.AutoEvaluationConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static EVALUATION_FORM_BASE_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::EvaluationForm.EvaluationFormBaseItem",
    properties: &[::forma_core::schema::Property {
        name: "Section",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_SECTION_TYPE),
    }],
    rules: &[],
};

static EVALUATION_FORM_LANGUAGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormLanguageConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "FormLanguage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "de-DE", "en-US", "es-ES", "fr-FR", "it-IT", "pt-BR", "ja-JP", "ko-KR", "zh-CN", "ms-MY",
            ]),
        }],
        rules: &[],
    };

static EVALUATION_REVIEW_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::EvaluationForm.EvaluationReviewConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EligibilityDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(90.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ReviewNotificationRecipients",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EVALUATION_REVIEW_NOTIFICATION_RECIPIENT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static SCORING_STRATEGY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::EvaluationForm.ScoringStrategy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Mode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["QUESTION_ONLY", "SECTION_ONLY", "POINTS_BASED"]),
        },
        ::forma_core::schema::Property {
            name: "ScoreThresholds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EVALUATION_FORM_SCORE_THRESHOLD_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::EvaluationForm.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z+-=._:/]+$"),
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
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static EVALUATION_FORM_TARGET_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormTargetConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "ContactInteractionType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AGENT", "AUTOMATED", "CUSTOMER"]),
        }],
        rules: &[],
    };

static EVALUATION_FORM_SECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::EvaluationForm.EvaluationFormSection",
    properties: &[
        ::forma_core::schema::Property {
            name: "Instructions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "IsExcludedFromScoring",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Items",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EVALUATION_FORM_ITEM_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RefId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9._-]{1,40}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ScoreThresholds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EVALUATION_FORM_SCORE_THRESHOLD_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Title",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Weight",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};

static EVALUATION_REVIEW_NOTIFICATION_RECIPIENT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationReviewNotificationRecipient",
        properties: &[
            ::forma_core::schema::Property {
                name: "Type",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["USER_ID"]),
            },
            ::forma_core::schema::Property {
                name: "Value",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&EVALUATION_REVIEW_NOTIFICATION_RECIPIENT_VALUE_TYPE),
            },
        ],
        rules: &[],
    };

static EVALUATION_FORM_SCORE_THRESHOLD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::EvaluationForm.EvaluationFormScoreThreshold",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxScorePercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MinScorePercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "PerformanceCategory",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NEEDS_IMPROVEMENT", "EXCEEDS_EXPECTATIONS"]),
        },
    ],
    rules: &[],
};

static EVALUATION_FORM_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::EvaluationForm.EvaluationFormItem",
    properties: &[
        ::forma_core::schema::Property {
            name: "Question",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_QUESTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Section",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_SECTION_TYPE),
        },
    ],
    rules: &[],
};

static EVALUATION_REVIEW_NOTIFICATION_RECIPIENT_VALUE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationReviewNotificationRecipientValue",
        properties: &[::forma_core::schema::Property {
            name: "UserId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(500),
            }),
        }],
        rules: &[],
    };

static EVALUATION_FORM_QUESTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::EvaluationForm.EvaluationFormQuestion",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enablement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_ITEM_ENABLEMENT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Instructions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_METRIC_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NotApplicableEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "QuestionType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NUMERIC", "SINGLESELECT", "TEXT", "MULTISELECT", "DATETIME"]),
        },
        ::forma_core::schema::Property {
            name: "QuestionTypeProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_QUESTION_TYPE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RefId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9._-]{1,40}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ScoringConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_QUESTION_SCORING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Title",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(350),
            }),
        },
        ::forma_core::schema::Property {
            name: "Weight",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};

static EVALUATION_FORM_ITEM_ENABLEMENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormItemEnablementConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Action",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["DISABLE", "ENABLE"]),
            },
            ::forma_core::schema::Property {
                name: "Condition",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_ITEM_ENABLEMENT_CONDITION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "DefaultAction",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["DISABLE", "ENABLE"]),
            },
        ],
        rules: &[],
    };

static EVALUATION_FORM_METRIC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormMetricConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "MetricName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[^\\p{C}]*$"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "MetricType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["BUSINESS_OUTCOME"]),
            },
        ],
        rules: &[],
    };

static EVALUATION_FORM_QUESTION_TYPE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormQuestionTypeProperties",
        properties: &[
            ::forma_core::schema::Property {
                name: "MultiSelect",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_MULTI_SELECT_QUESTION_PROPERTIES_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Numeric",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_NUMERIC_QUESTION_PROPERTIES_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SingleSelect",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_SINGLE_SELECT_QUESTION_PROPERTIES_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Text",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_TEXT_QUESTION_PROPERTIES_TYPE),
            },
        ],
        rules: &[],
    };

static EVALUATION_FORM_QUESTION_SCORING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormQuestionScoringConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "IsExcludedFromScoring",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "PointsConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&QUESTION_POINTS_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ScoreThresholds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&EVALUATION_FORM_SCORE_THRESHOLD_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static EVALUATION_FORM_ITEM_ENABLEMENT_CONDITION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormItemEnablementCondition",
        properties: &[
            ::forma_core::schema::Property {
                name: "Operands",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&EVALUATION_FORM_ITEM_ENABLEMENT_CONDITION_OPERAND_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "Operator",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["OR", "AND"]),
            },
        ],
        rules: &[],
    };

static EVALUATION_FORM_MULTI_SELECT_QUESTION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormMultiSelectQuestionProperties",
        properties: &[
            ::forma_core::schema::Property {
                name: "Automation",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_MULTI_SELECT_QUESTION_AUTOMATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "DisplayAs",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["DROPDOWN", "CHECKBOX"]),
            },
            ::forma_core::schema::Property {
                name: "Options",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&EVALUATION_FORM_MULTI_SELECT_QUESTION_OPTION_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(2), max_items: Some(256) },
                ),
            },
        ],
        rules: &[],
    };

static EVALUATION_FORM_NUMERIC_QUESTION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormNumericQuestionProperties",
        properties: &[
            ::forma_core::schema::Property {
                name: "Automation",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_NUMERIC_QUESTION_AUTOMATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "MaxValue",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "MinValue",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "Options",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&EVALUATION_FORM_NUMERIC_QUESTION_OPTION_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
                ),
            },
        ],
        rules: &[],
    };

static EVALUATION_FORM_SINGLE_SELECT_QUESTION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormSingleSelectQuestionProperties",
        properties: &[
            ::forma_core::schema::Property {
                name: "Automation",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_SINGLE_SELECT_QUESTION_AUTOMATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "DisplayAs",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["DROPDOWN", "RADIO"]),
            },
            ::forma_core::schema::Property {
                name: "Options",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&EVALUATION_FORM_SINGLE_SELECT_QUESTION_OPTION_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(2), max_items: Some(256) },
                ),
            },
        ],
        rules: &[],
    };

static EVALUATION_FORM_TEXT_QUESTION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormTextQuestionProperties",
        properties: &[::forma_core::schema::Property {
            name: "Automation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_TEXT_QUESTION_AUTOMATION_TYPE),
        }],
        rules: &[],
    };

static QUESTION_POINTS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::EvaluationForm.QuestionPointsConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "IsBonus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaxPointValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MinPointValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};

static EVALUATION_FORM_ITEM_ENABLEMENT_CONDITION_OPERAND_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormItemEnablementConditionOperand",
        properties: &[::forma_core::schema::Property {
            name: "Expression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_ITEM_ENABLEMENT_EXPRESSION_TYPE),
        }],
        rules: &[],
    };

static EVALUATION_FORM_MULTI_SELECT_QUESTION_AUTOMATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormMultiSelectQuestionAutomation",
        properties: &[
            ::forma_core::schema::Property {
                name: "AnswerSource",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_QUESTION_AUTOMATION_ANSWER_SOURCE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "DefaultOptionRefIds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some("^[a-zA-Z0-9._-]{1,40}$"),
                        min_length: None,
                        max_length: None,
                    }),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "Options",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&EVALUATION_FORM_MULTI_SELECT_QUESTION_AUTOMATION_OPTION_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
                ),
            },
        ],
        rules: &[],
    };

static EVALUATION_FORM_MULTI_SELECT_QUESTION_OPTION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormMultiSelectQuestionOption",
        properties: &[
            ::forma_core::schema::Property {
                name: "AutomaticFail",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "AutomaticFailConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&AUTOMATIC_FAIL_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "PointsConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&QUESTION_OPTION_POINTS_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RefId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9._-]{1,40}$"),
                    min_length: None,
                    max_length: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "Score",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(10.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "Text",
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

static EVALUATION_FORM_NUMERIC_QUESTION_AUTOMATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormNumericQuestionAutomation",
        properties: &[
            ::forma_core::schema::Property {
                name: "AnswerSource",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_QUESTION_AUTOMATION_ANSWER_SOURCE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "PropertyValue",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&NUMERIC_QUESTION_PROPERTY_VALUE_AUTOMATION_TYPE),
            },
        ],
        rules: &[],
    };

static EVALUATION_FORM_NUMERIC_QUESTION_OPTION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormNumericQuestionOption",
        properties: &[
            ::forma_core::schema::Property {
                name: "AutomaticFail",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "AutomaticFailConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&AUTOMATIC_FAIL_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "MaxValue",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "MinValue",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "PointsConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&QUESTION_OPTION_POINTS_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Score",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(10.0),
                }),
            },
        ],
        rules: &[],
    };

static EVALUATION_FORM_SINGLE_SELECT_QUESTION_AUTOMATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormSingleSelectQuestionAutomation",
        properties: &[
            ::forma_core::schema::Property {
                name: "AnswerSource",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_QUESTION_AUTOMATION_ANSWER_SOURCE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "DefaultOptionRefId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9._-]{1,40}$"),
                    min_length: None,
                    max_length: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "Options",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(
                        &EVALUATION_FORM_SINGLE_SELECT_QUESTION_AUTOMATION_OPTION_TYPE,
                    ),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
                ),
            },
        ],
        rules: &[],
    };

static EVALUATION_FORM_SINGLE_SELECT_QUESTION_OPTION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormSingleSelectQuestionOption",
        properties: &[
            ::forma_core::schema::Property {
                name: "AutomaticFail",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "AutomaticFailConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&AUTOMATIC_FAIL_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "PointsConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&QUESTION_OPTION_POINTS_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RefId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9._-]{1,40}$"),
                    min_length: None,
                    max_length: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "Score",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(10.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "Text",
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

static EVALUATION_FORM_TEXT_QUESTION_AUTOMATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormTextQuestionAutomation",
        properties: &[::forma_core::schema::Property {
            name: "AnswerSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_QUESTION_AUTOMATION_ANSWER_SOURCE_TYPE),
        }],
        rules: &[],
    };

static EVALUATION_FORM_ITEM_ENABLEMENT_EXPRESSION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormItemEnablementExpression",
        properties: &[
            ::forma_core::schema::Property {
                name: "Comparator",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["IN", "NOT_IN", "ALL_IN", "EXACT"]),
            },
            ::forma_core::schema::Property {
                name: "Source",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&EVALUATION_FORM_ITEM_ENABLEMENT_SOURCE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Values",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&EVALUATION_FORM_ITEM_ENABLEMENT_SOURCE_VALUE_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static EVALUATION_FORM_QUESTION_AUTOMATION_ANSWER_SOURCE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormQuestionAutomationAnswerSource",
        properties: &[::forma_core::schema::Property {
            name: "SourceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CONTACT_LENS_DATA", "GEN_AI"]),
        }],
        rules: &[],
    };

static EVALUATION_FORM_MULTI_SELECT_QUESTION_AUTOMATION_OPTION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormMultiSelectQuestionAutomationOption",
        properties: &[::forma_core::schema::Property {
            name: "RuleCategory",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MULTI_SELECT_QUESTION_RULE_CATEGORY_AUTOMATION_TYPE),
        }],
        rules: &[],
    };

static AUTOMATIC_FAIL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::EvaluationForm.AutomaticFailConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "TargetSection",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[a-zA-Z0-9._-]{1,40}$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static QUESTION_OPTION_POINTS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.QuestionOptionPointsConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "IsBonus",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "PointValue",
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

static NUMERIC_QUESTION_PROPERTY_VALUE_AUTOMATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.NumericQuestionPropertyValueAutomation",
        properties: &[::forma_core::schema::Property {
            name: "Label",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "OVERALL_CUSTOMER_SENTIMENT_SCORE",
                "OVERALL_AGENT_SENTIMENT_SCORE",
                "NON_TALK_TIME",
                "NON_TALK_TIME_PERCENTAGE",
                "NUMBER_OF_INTERRUPTIONS",
                "CONTACT_DURATION",
                "AGENT_INTERACTION_DURATION",
                "CUSTOMER_HOLD_TIME",
                "LONGEST_HOLD_DURATION",
                "NUMBER_OF_HOLDS",
                "AGENT_INTERACTION_AND_HOLD_DURATION",
                "CUSTOMER_SENTIMENT_SCORE_WITHOUT_AGENT",
                "CUSTOMER_SENTIMENT_SCORE_WITH_AGENT",
            ]),
        }],
        rules: &[],
    };

static EVALUATION_FORM_SINGLE_SELECT_QUESTION_AUTOMATION_OPTION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormSingleSelectQuestionAutomationOption",
        properties: &[::forma_core::schema::Property {
            name: "RuleCategory",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SINGLE_SELECT_QUESTION_RULE_CATEGORY_AUTOMATION_TYPE),
        }],
        rules: &[],
    };

static EVALUATION_FORM_ITEM_ENABLEMENT_SOURCE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormItemEnablementSource",
        properties: &[
            ::forma_core::schema::Property {
                name: "RefId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9._-]{1,40}$"),
                    min_length: None,
                    max_length: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "Type",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["QUESTION_REF_ID"]),
            },
        ],
        rules: &[],
    };

static EVALUATION_FORM_ITEM_ENABLEMENT_SOURCE_VALUE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.EvaluationFormItemEnablementSourceValue",
        properties: &[
            ::forma_core::schema::Property {
                name: "RefId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9._-]{1,40}$"),
                    min_length: None,
                    max_length: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "Type",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["OPTION_REF_ID"]),
            },
        ],
        rules: &[],
    };

static MULTI_SELECT_QUESTION_RULE_CATEGORY_AUTOMATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.MultiSelectQuestionRuleCategoryAutomation",
        properties: &[
            ::forma_core::schema::Property {
                name: "Category",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(50),
                }),
            },
            ::forma_core::schema::Property {
                name: "Condition",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["PRESENT", "NOT_PRESENT"]),
            },
            ::forma_core::schema::Property {
                name: "OptionRefIds",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some("^[a-zA-Z0-9._-]{1,40}$"),
                        min_length: None,
                        max_length: None,
                    }),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static SINGLE_SELECT_QUESTION_RULE_CATEGORY_AUTOMATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::EvaluationForm.SingleSelectQuestionRuleCategoryAutomation",
        properties: &[
            ::forma_core::schema::Property {
                name: "Category",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(50),
                }),
            },
            ::forma_core::schema::Property {
                name: "Condition",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["PRESENT", "NOT_PRESENT"]),
            },
            ::forma_core::schema::Property {
                name: "OptionRefId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9._-]{1,40}$"),
                    min_length: None,
                    max_length: None,
                }),
            },
        ],
        rules: &[],
    };
