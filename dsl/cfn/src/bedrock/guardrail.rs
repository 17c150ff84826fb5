// @generated from AWS::Bedrock::Guardrail (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Bedrock::Guardrail` and its property types.

/// Definition of AWS::Bedrock::Guardrail Resource Type
///
/// CloudFormation type `AWS::Bedrock::Guardrail`.
#[derive(Debug, Clone, PartialEq)]
pub struct Guardrail {
    props: ::forma_core::schema::Props,
}
impl Guardrail {
    /// A new resource with its required properties: `BlockedInputMessaging`, `BlockedOutputsMessaging`, `Name`.
    #[track_caller]
    pub fn new(
        blocked_input_messaging: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        blocked_outputs_messaging: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, blocked_input_messaging.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, blocked_outputs_messaging.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Optional configuration for integrating Automated Reasoning policies with the guardrail.
    #[track_caller]
    pub fn automated_reasoning_policy_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutomatedReasoningPolicyConfig>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Content policy config for a guardrail.
    #[track_caller]
    pub fn content_policy_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContentPolicyConfig>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Contextual grounding policy config for a guardrail.
    #[track_caller]
    pub fn contextual_grounding_policy_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContextualGroundingPolicyConfig>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The system-defined guardrail profile that you’re using with your guardrail
    #[track_caller]
    pub fn cross_region_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GuardrailCrossRegionConfig>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Description of the guardrail or its version
    ///
    /// Allowed: length 1 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The KMS key with which the guardrail was encrypted at rest
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Sensitive information policy config for a guardrail.
    #[track_caller]
    pub fn sensitive_information_policy_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SensitiveInformationPolicyConfig>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of Tags
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Topic policy config for a guardrail.
    #[track_caller]
    pub fn topic_policy_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TopicPolicyConfig>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Word policy config for a guardrail.
    #[track_caller]
    pub fn word_policy_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WordPolicyConfig>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Guardrail {
    type Attributes = GuardrailAttributes;
    fn type_name(&self) -> &str {
        "AWS::Bedrock::Guardrail"
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
/// The attributes of a `AWS::Bedrock::Guardrail` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GuardrailAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GuardrailAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GuardrailAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `FailureRecommendations`.
    pub fn failure_recommendations(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "FailureRecommendations")
    }
    /// `Fn::GetAtt` `GuardrailArn`.
    pub fn guardrail_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GuardrailArn")
    }
    /// `Fn::GetAtt` `GuardrailId`.
    pub fn guardrail_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GuardrailId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StatusReasons`.
    pub fn status_reasons(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "StatusReasons")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `Version`.
    pub fn version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Version")
    }
}

/// Optional configuration for integrating Automated Reasoning policies with the guardrail.
#[derive(Debug, Clone, PartialEq)]
pub struct AutomatedReasoningPolicyConfig {
    props: ::forma_core::schema::Props,
}
impl AutomatedReasoningPolicyConfig {
    /// A new value with its required properties: `Policies`.
    pub fn new(
        policies: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, policies.into().into_expr());
        Self { props }
    }
    /// The confidence threshold for triggering guardrail actions based on Automated Reasoning policy violations.
    ///
    /// Allowed: 0 to 1.
    pub fn confidence_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AutomatedReasoningPolicyConfig> for ::forma_core::Value<AutomatedReasoningPolicyConfig> {
    fn from(v: AutomatedReasoningPolicyConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTOMATED_REASONING_POLICY_CONFIG_TYPE.properties))
    }
}

/// Content policy config for a guardrail.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentPolicyConfig {
    props: ::forma_core::schema::Props,
}
impl ContentPolicyConfig {
    /// A new value with its required properties: `FiltersConfig`.
    pub fn new(
        filters_config: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ContentFilterConfig>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, filters_config.into().into_expr());
        Self { props }
    }
    /// Guardrail tier config for content policy
    pub fn content_filters_tier_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContentPolicyConfigContentFiltersTierConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ContentPolicyConfig> for ::forma_core::Value<ContentPolicyConfig> {
    fn from(v: ContentPolicyConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTENT_POLICY_CONFIG_TYPE.properties))
    }
}

/// Contextual grounding policy config for a guardrail.
#[derive(Debug, Clone, PartialEq)]
pub struct ContextualGroundingPolicyConfig {
    props: ::forma_core::schema::Props,
}
impl ContextualGroundingPolicyConfig {
    /// A new value with its required properties: `FiltersConfig`.
    pub fn new(
        filters_config: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ContextualGroundingFilterConfig>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, filters_config.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ContextualGroundingPolicyConfig> for ::forma_core::Value<ContextualGroundingPolicyConfig> {
    fn from(v: ContextualGroundingPolicyConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTEXTUAL_GROUNDING_POLICY_CONFIG_TYPE.properties))
    }
}

/// The system-defined guardrail profile that you’re using with your guardrail
#[derive(Debug, Clone, PartialEq)]
pub struct GuardrailCrossRegionConfig {
    props: ::forma_core::schema::Props,
}
impl GuardrailCrossRegionConfig {
    /// A new value with its required properties: `GuardrailProfileArn`.
    pub fn new(guardrail_profile_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, guardrail_profile_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GuardrailCrossRegionConfig> for ::forma_core::Value<GuardrailCrossRegionConfig> {
    fn from(v: GuardrailCrossRegionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GUARDRAIL_CROSS_REGION_CONFIG_TYPE.properties))
    }
}

/// Sensitive information policy config for a guardrail.
#[derive(Debug, Clone, PartialEq)]
pub struct SensitiveInformationPolicyConfig {
    props: ::forma_core::schema::Props,
}
impl SensitiveInformationPolicyConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// List of entities.
    pub fn pii_entities_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PiiEntityConfig>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// List of regex.
    pub fn regexes_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RegexConfig>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SensitiveInformationPolicyConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SensitiveInformationPolicyConfig> for ::forma_core::Value<SensitiveInformationPolicyConfig> {
    fn from(v: SensitiveInformationPolicyConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SENSITIVE_INFORMATION_POLICY_CONFIG_TYPE.properties))
    }
}

/// Definition of the key/value pair for a tag
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

/// Topic policy config for a guardrail.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicPolicyConfig {
    props: ::forma_core::schema::Props,
}
impl TopicPolicyConfig {
    /// A new value with its required properties: `TopicsConfig`.
    pub fn new(topics_config: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TopicConfig>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, topics_config.into().into_expr());
        Self { props }
    }
    /// Guardrail tier config for topic policy
    pub fn topics_tier_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TopicPolicyConfigTopicsTierConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TopicPolicyConfig> for ::forma_core::Value<TopicPolicyConfig> {
    fn from(v: TopicPolicyConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOPIC_POLICY_CONFIG_TYPE.properties))
    }
}

/// Word policy config for a guardrail.
#[derive(Debug, Clone, PartialEq)]
pub struct WordPolicyConfig {
    props: ::forma_core::schema::Props,
}
impl WordPolicyConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A config for the list of managed words.
    pub fn managed_word_lists_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ManagedWordsConfig>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// List of custom word configs.
    pub fn words_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<WordConfig>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WordPolicyConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WordPolicyConfig> for ::forma_core::Value<WordPolicyConfig> {
    fn from(v: WordPolicyConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORD_POLICY_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CLASSIC`, `STANDARD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentFiltersTierName {
    /// `CLASSIC`
    Classic,
    /// `STANDARD`
    Standard,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContentFiltersTierName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Classic => "CLASSIC",
            Self::Standard => "STANDARD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CLASSIC", "STANDARD"]
    }
}
impl ::std::convert::From<ContentFiltersTierName> for ::forma_core::Value<ContentFiltersTierName> {
    fn from(v: ContentFiltersTierName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContentFiltersTierName {}

/// Guardrail tier config for content policy
#[derive(Debug, Clone, PartialEq)]
pub struct ContentPolicyConfigContentFiltersTierConfig {
    props: ::forma_core::schema::Props,
}
impl ContentPolicyConfigContentFiltersTierConfig {
    /// A new value with its required properties: `TierName`.
    pub fn new(tier_name: impl ::forma_core::schema::EnumArg<ContentFiltersTierName>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, tier_name.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ContentPolicyConfigContentFiltersTierConfig>
    for ::forma_core::Value<ContentPolicyConfigContentFiltersTierConfig>
{
    fn from(v: ContentPolicyConfigContentFiltersTierConfig) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(CONTENT_POLICY_CONFIG_CONTENT_FILTERS_TIER_CONFIG_TYPE.properties),
        )
    }
}

/// The values CloudFormation documents: `BLOCK`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentFilterAction {
    /// `BLOCK`
    Block,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContentFilterAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Block => "BLOCK",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BLOCK", "NONE"]
    }
}
impl ::std::convert::From<ContentFilterAction> for ::forma_core::Value<ContentFilterAction> {
    fn from(v: ContentFilterAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContentFilterAction {}

/// The values CloudFormation documents: `TEXT`, `IMAGE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Modality {
    /// `TEXT`
    Text,
    /// `IMAGE`
    Image,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Modality {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "TEXT",
            Self::Image => "IMAGE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TEXT", "IMAGE"]
    }
}
impl ::std::convert::From<Modality> for ::forma_core::Value<Modality> {
    fn from(v: Modality) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Modality {}

/// The values CloudFormation documents: `NONE`, `LOW`, `MEDIUM`, `HIGH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilterStrength {
    /// `NONE`
    None,
    /// `LOW`
    Low,
    /// `MEDIUM`
    Medium,
    /// `HIGH`
    High,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FilterStrength {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Low => "LOW",
            Self::Medium => "MEDIUM",
            Self::High => "HIGH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "LOW", "MEDIUM", "HIGH"]
    }
}
impl ::std::convert::From<FilterStrength> for ::forma_core::Value<FilterStrength> {
    fn from(v: FilterStrength) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FilterStrength {}

/// The values CloudFormation documents: `SEXUAL`, `VIOLENCE`, `HATE`, `INSULTS`, `MISCONDUCT`, `PROMPT_ATTACK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentFilterType {
    /// `SEXUAL`
    Sexual,
    /// `VIOLENCE`
    Violence,
    /// `HATE`
    Hate,
    /// `INSULTS`
    Insults,
    /// `MISCONDUCT`
    Misconduct,
    /// `PROMPT_ATTACK`
    PromptAttack,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContentFilterType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sexual => "SEXUAL",
            Self::Violence => "VIOLENCE",
            Self::Hate => "HATE",
            Self::Insults => "INSULTS",
            Self::Misconduct => "MISCONDUCT",
            Self::PromptAttack => "PROMPT_ATTACK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SEXUAL", "VIOLENCE", "HATE", "INSULTS", "MISCONDUCT", "PROMPT_ATTACK"]
    }
}
impl ::std::convert::From<ContentFilterType> for ::forma_core::Value<ContentFilterType> {
    fn from(v: ContentFilterType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContentFilterType {}

/// Content filter config in content policy.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentFilterConfig {
    props: ::forma_core::schema::Props,
}
impl ContentFilterConfig {
    /// A new value with its required properties: `InputStrength`, `OutputStrength`, `Type`.
    pub fn new(
        input_strength: impl ::forma_core::schema::EnumArg<FilterStrength>,
        output_strength: impl ::forma_core::schema::EnumArg<FilterStrength>,
        type_: impl ::forma_core::schema::EnumArg<ContentFilterType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, input_strength.into_enum_expr());
        props.set(7, output_strength.into_enum_expr());
        props.set(8, type_.into_enum_expr());
        Self { props }
    }
    /// `InputAction`.
    pub fn input_action(mut self, value: impl ::forma_core::schema::EnumArg<ContentFilterAction>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `InputEnabled`.
    pub fn input_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// List of modalities
    pub fn input_modalities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Modality>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `OutputAction`.
    pub fn output_action(mut self, value: impl ::forma_core::schema::EnumArg<ContentFilterAction>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// `OutputEnabled`.
    pub fn output_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// List of modalities
    pub fn output_modalities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Modality>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ContentFilterConfig> for ::forma_core::Value<ContentFilterConfig> {
    fn from(v: ContentFilterConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTENT_FILTER_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BLOCK`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContextualGroundingAction {
    /// `BLOCK`
    Block,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContextualGroundingAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Block => "BLOCK",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BLOCK", "NONE"]
    }
}
impl ::std::convert::From<ContextualGroundingAction> for ::forma_core::Value<ContextualGroundingAction> {
    fn from(v: ContextualGroundingAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContextualGroundingAction {}

/// The values CloudFormation documents: `GROUNDING`, `RELEVANCE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContextualGroundingFilterType {
    /// `GROUNDING`
    Grounding,
    /// `RELEVANCE`
    Relevance,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContextualGroundingFilterType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Grounding => "GROUNDING",
            Self::Relevance => "RELEVANCE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GROUNDING", "RELEVANCE"]
    }
}
impl ::std::convert::From<ContextualGroundingFilterType> for ::forma_core::Value<ContextualGroundingFilterType> {
    fn from(v: ContextualGroundingFilterType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContextualGroundingFilterType {}

/// A config for grounding filter.
#[derive(Debug, Clone, PartialEq)]
pub struct ContextualGroundingFilterConfig {
    props: ::forma_core::schema::Props,
}
impl ContextualGroundingFilterConfig {
    /// A new value with its required properties: `Threshold`, `Type`.
    pub fn new(
        threshold: impl ::std::convert::Into<::forma_core::Value<f64>>,
        type_: impl ::forma_core::schema::EnumArg<ContextualGroundingFilterType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, threshold.into().into_expr());
        props.set(3, type_.into_enum_expr());
        Self { props }
    }
    /// `Action`.
    pub fn action(mut self, value: impl ::forma_core::schema::EnumArg<ContextualGroundingAction>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ContextualGroundingFilterConfig> for ::forma_core::Value<ContextualGroundingFilterConfig> {
    fn from(v: ContextualGroundingFilterConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTEXTUAL_GROUNDING_FILTER_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BLOCK`, `ANONYMIZE`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SensitiveInformationAction {
    /// `BLOCK`
    Block,
    /// `ANONYMIZE`
    Anonymize,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SensitiveInformationAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Block => "BLOCK",
            Self::Anonymize => "ANONYMIZE",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BLOCK", "ANONYMIZE", "NONE"]
    }
}
impl ::std::convert::From<SensitiveInformationAction> for ::forma_core::Value<SensitiveInformationAction> {
    fn from(v: SensitiveInformationAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SensitiveInformationAction {}

/// The values CloudFormation documents: `ADDRESS`, `AGE`, `AWS_ACCESS_KEY`, `AWS_SECRET_KEY`, `CA_HEALTH_NUMBER`, `CA_SOCIAL_INSURANCE_NUMBER`, `CREDIT_DEBIT_CARD_CVV`, `CREDIT_DEBIT_CARD_EXPIRY`, `CREDIT_DEBIT_CARD_NUMBER`, `DRIVER_ID`, `EMAIL`, `INTERNATIONAL_BANK_ACCOUNT_NUMBER`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PiiEntityType {
    /// `ADDRESS`
    Address,
    /// `AGE`
    Age,
    /// `AWS_ACCESS_KEY`
    AwsAccessKey,
    /// `AWS_SECRET_KEY`
    AwsSecretKey,
    /// `CA_HEALTH_NUMBER`
    CaHealthNumber,
    /// `CA_SOCIAL_INSURANCE_NUMBER`
    CaSocialInsuranceNumber,
    /// `CREDIT_DEBIT_CARD_CVV`
    CreditDebitCardCvv,
    /// `CREDIT_DEBIT_CARD_EXPIRY`
    CreditDebitCardExpiry,
    /// `CREDIT_DEBIT_CARD_NUMBER`
    CreditDebitCardNumber,
    /// `DRIVER_ID`
    DriverId,
    /// `EMAIL`
    Email,
    /// `INTERNATIONAL_BANK_ACCOUNT_NUMBER`
    InternationalBankAccountNumber,
    /// `IP_ADDRESS`
    IpAddress,
    /// `LICENSE_PLATE`
    LicensePlate,
    /// `MAC_ADDRESS`
    MacAddress,
    /// `NAME`
    Name,
    /// `PASSWORD`
    Password,
    /// `PHONE`
    Phone,
    /// `PIN`
    Pin,
    /// `SWIFT_CODE`
    SwiftCode,
    /// `UK_NATIONAL_HEALTH_SERVICE_NUMBER`
    UkNationalHealthServiceNumber,
    /// `UK_NATIONAL_INSURANCE_NUMBER`
    UkNationalInsuranceNumber,
    /// `UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER`
    UkUniqueTaxpayerReferenceNumber,
    /// `URL`
    Url,
    /// `USERNAME`
    Username,
    /// `US_BANK_ACCOUNT_NUMBER`
    UsBankAccountNumber,
    /// `US_BANK_ROUTING_NUMBER`
    UsBankRoutingNumber,
    /// `US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER`
    UsIndividualTaxIdentificationNumber,
    /// `US_PASSPORT_NUMBER`
    UsPassportNumber,
    /// `US_SOCIAL_SECURITY_NUMBER`
    UsSocialSecurityNumber,
    /// `VEHICLE_IDENTIFICATION_NUMBER`
    VehicleIdentificationNumber,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PiiEntityType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Address => "ADDRESS",
            Self::Age => "AGE",
            Self::AwsAccessKey => "AWS_ACCESS_KEY",
            Self::AwsSecretKey => "AWS_SECRET_KEY",
            Self::CaHealthNumber => "CA_HEALTH_NUMBER",
            Self::CaSocialInsuranceNumber => "CA_SOCIAL_INSURANCE_NUMBER",
            Self::CreditDebitCardCvv => "CREDIT_DEBIT_CARD_CVV",
            Self::CreditDebitCardExpiry => "CREDIT_DEBIT_CARD_EXPIRY",
            Self::CreditDebitCardNumber => "CREDIT_DEBIT_CARD_NUMBER",
            Self::DriverId => "DRIVER_ID",
            Self::Email => "EMAIL",
            Self::InternationalBankAccountNumber => "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
            Self::IpAddress => "IP_ADDRESS",
            Self::LicensePlate => "LICENSE_PLATE",
            Self::MacAddress => "MAC_ADDRESS",
            Self::Name => "NAME",
            Self::Password => "PASSWORD",
            Self::Phone => "PHONE",
            Self::Pin => "PIN",
            Self::SwiftCode => "SWIFT_CODE",
            Self::UkNationalHealthServiceNumber => "UK_NATIONAL_HEALTH_SERVICE_NUMBER",
            Self::UkNationalInsuranceNumber => "UK_NATIONAL_INSURANCE_NUMBER",
            Self::UkUniqueTaxpayerReferenceNumber => "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER",
            Self::Url => "URL",
            Self::Username => "USERNAME",
            Self::UsBankAccountNumber => "US_BANK_ACCOUNT_NUMBER",
            Self::UsBankRoutingNumber => "US_BANK_ROUTING_NUMBER",
            Self::UsIndividualTaxIdentificationNumber => "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
            Self::UsPassportNumber => "US_PASSPORT_NUMBER",
            Self::UsSocialSecurityNumber => "US_SOCIAL_SECURITY_NUMBER",
            Self::VehicleIdentificationNumber => "VEHICLE_IDENTIFICATION_NUMBER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ADDRESS",
            "AGE",
            "AWS_ACCESS_KEY",
            "AWS_SECRET_KEY",
            "CA_HEALTH_NUMBER",
            "CA_SOCIAL_INSURANCE_NUMBER",
            "CREDIT_DEBIT_CARD_CVV",
            "CREDIT_DEBIT_CARD_EXPIRY",
            "CREDIT_DEBIT_CARD_NUMBER",
            "DRIVER_ID",
            "EMAIL",
            "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
            "IP_ADDRESS",
            "LICENSE_PLATE",
            "MAC_ADDRESS",
            "NAME",
            "PASSWORD",
            "PHONE",
            "PIN",
            "SWIFT_CODE",
            "UK_NATIONAL_HEALTH_SERVICE_NUMBER",
            "UK_NATIONAL_INSURANCE_NUMBER",
            "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER",
            "URL",
            "USERNAME",
            "US_BANK_ACCOUNT_NUMBER",
            "US_BANK_ROUTING_NUMBER",
            "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
            "US_PASSPORT_NUMBER",
            "US_SOCIAL_SECURITY_NUMBER",
            "VEHICLE_IDENTIFICATION_NUMBER",
        ]
    }
}
impl ::std::convert::From<PiiEntityType> for ::forma_core::Value<PiiEntityType> {
    fn from(v: PiiEntityType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PiiEntityType {}

/// Pii entity configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct PiiEntityConfig {
    props: ::forma_core::schema::Props,
}
impl PiiEntityConfig {
    /// A new value with its required properties: `Action`, `Type`.
    pub fn new(
        action: impl ::forma_core::schema::EnumArg<SensitiveInformationAction>,
        type_: impl ::forma_core::schema::EnumArg<PiiEntityType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into_enum_expr());
        props.set(5, type_.into_enum_expr());
        Self { props }
    }
    /// Options for sensitive information action.
    pub fn input_action(mut self, value: impl ::forma_core::schema::EnumArg<SensitiveInformationAction>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `InputEnabled`.
    pub fn input_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Options for sensitive information action.
    pub fn output_action(mut self, value: impl ::forma_core::schema::EnumArg<SensitiveInformationAction>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `OutputEnabled`.
    pub fn output_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PiiEntityConfig> for ::forma_core::Value<PiiEntityConfig> {
    fn from(v: PiiEntityConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PII_ENTITY_CONFIG_TYPE.properties))
    }
}

/// A regex configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct RegexConfig {
    props: ::forma_core::schema::Props,
}
impl RegexConfig {
    /// A new value with its required properties: `Action`, `Name`, `Pattern`.
    pub fn new(
        action: impl ::forma_core::schema::EnumArg<SensitiveInformationAction>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        pattern: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into_enum_expr());
        props.set(4, name.into().into_expr());
        props.set(7, pattern.into().into_expr());
        Self { props }
    }
    /// The regex description.
    ///
    /// Allowed: length 1 to 1000.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Options for sensitive information action.
    pub fn input_action(mut self, value: impl ::forma_core::schema::EnumArg<SensitiveInformationAction>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `InputEnabled`.
    pub fn input_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Options for sensitive information action.
    pub fn output_action(mut self, value: impl ::forma_core::schema::EnumArg<SensitiveInformationAction>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// `OutputEnabled`.
    pub fn output_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RegexConfig> for ::forma_core::Value<RegexConfig> {
    fn from(v: RegexConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REGEX_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BLOCK`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TopicAction {
    /// `BLOCK`
    Block,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TopicAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Block => "BLOCK",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BLOCK", "NONE"]
    }
}
impl ::std::convert::From<TopicAction> for ::forma_core::Value<TopicAction> {
    fn from(v: TopicAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TopicAction {}

/// The values CloudFormation documents: `DENY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TopicType {
    /// `DENY`
    Deny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TopicType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Deny => "DENY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DENY"]
    }
}
impl ::std::convert::From<TopicType> for ::forma_core::Value<TopicType> {
    fn from(v: TopicType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TopicType {}

/// Topic config in topic policy.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicConfig {
    props: ::forma_core::schema::Props,
}
impl TopicConfig {
    /// A new value with its required properties: `Definition`, `Name`, `Type`.
    pub fn new(
        definition: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<TopicType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, definition.into().into_expr());
        props.set(4, name.into().into_expr());
        props.set(7, type_.into_enum_expr());
        Self { props }
    }
    /// List of text examples
    pub fn examples(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `InputAction`.
    pub fn input_action(mut self, value: impl ::forma_core::schema::EnumArg<TopicAction>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `InputEnabled`.
    pub fn input_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `OutputAction`.
    pub fn output_action(mut self, value: impl ::forma_core::schema::EnumArg<TopicAction>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// `OutputEnabled`.
    pub fn output_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TopicConfig> for ::forma_core::Value<TopicConfig> {
    fn from(v: TopicConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOPIC_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CLASSIC`, `STANDARD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TopicsTierName {
    /// `CLASSIC`
    Classic,
    /// `STANDARD`
    Standard,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TopicsTierName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Classic => "CLASSIC",
            Self::Standard => "STANDARD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CLASSIC", "STANDARD"]
    }
}
impl ::std::convert::From<TopicsTierName> for ::forma_core::Value<TopicsTierName> {
    fn from(v: TopicsTierName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TopicsTierName {}

/// Guardrail tier config for topic policy
#[derive(Debug, Clone, PartialEq)]
pub struct TopicPolicyConfigTopicsTierConfig {
    props: ::forma_core::schema::Props,
}
impl TopicPolicyConfigTopicsTierConfig {
    /// A new value with its required properties: `TierName`.
    pub fn new(tier_name: impl ::forma_core::schema::EnumArg<TopicsTierName>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, tier_name.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<TopicPolicyConfigTopicsTierConfig>
    for ::forma_core::Value<TopicPolicyConfigTopicsTierConfig>
{
    fn from(v: TopicPolicyConfigTopicsTierConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOPIC_POLICY_CONFIG_TOPICS_TIER_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BLOCK`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WordAction {
    /// `BLOCK`
    Block,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WordAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Block => "BLOCK",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BLOCK", "NONE"]
    }
}
impl ::std::convert::From<WordAction> for ::forma_core::Value<WordAction> {
    fn from(v: WordAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WordAction {}

/// The values CloudFormation documents: `PROFANITY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ManagedWordsType {
    /// `PROFANITY`
    Profanity,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ManagedWordsType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Profanity => "PROFANITY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PROFANITY"]
    }
}
impl ::std::convert::From<ManagedWordsType> for ::forma_core::Value<ManagedWordsType> {
    fn from(v: ManagedWordsType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ManagedWordsType {}

/// A managed words config.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedWordsConfig {
    props: ::forma_core::schema::Props,
}
impl ManagedWordsConfig {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<ManagedWordsType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, type_.into_enum_expr());
        Self { props }
    }
    /// `InputAction`.
    pub fn input_action(mut self, value: impl ::forma_core::schema::EnumArg<WordAction>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `InputEnabled`.
    pub fn input_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `OutputAction`.
    pub fn output_action(mut self, value: impl ::forma_core::schema::EnumArg<WordAction>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `OutputEnabled`.
    pub fn output_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ManagedWordsConfig> for ::forma_core::Value<ManagedWordsConfig> {
    fn from(v: ManagedWordsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANAGED_WORDS_CONFIG_TYPE.properties))
    }
}

/// A custom word config.
#[derive(Debug, Clone, PartialEq)]
pub struct WordConfig {
    props: ::forma_core::schema::Props,
}
impl WordConfig {
    /// A new value with its required properties: `Text`.
    pub fn new(text: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, text.into().into_expr());
        Self { props }
    }
    /// `InputAction`.
    pub fn input_action(mut self, value: impl ::forma_core::schema::EnumArg<WordAction>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `InputEnabled`.
    pub fn input_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `OutputAction`.
    pub fn output_action(mut self, value: impl ::forma_core::schema::EnumArg<WordAction>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `OutputEnabled`.
    pub fn output_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<WordConfig> for ::forma_core::Value<WordConfig> {
    fn from(v: WordConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORD_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::Bedrock::Guardrail`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Bedrock::Guardrail",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutomatedReasoningPolicyConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTOMATED_REASONING_POLICY_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BlockedInputMessaging",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "BlockedOutputsMessaging",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "ContentPolicyConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTENT_POLICY_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ContextualGroundingPolicyConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTEXTUAL_GROUNDING_POLICY_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CrossRegionConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GUARDRAIL_CROSS_REGION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[^:]+)?:kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z-_]+$"),
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "SensitiveInformationPolicyConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SENSITIVE_INFORMATION_POLICY_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TopicPolicyConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TOPIC_POLICY_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WordPolicyConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WORD_POLICY_CONFIG_TYPE),
        },
    ],
    rules: &[],
    attributes: &[
        "CreatedAt",
        "FailureRecommendations",
        "GuardrailArn",
        "GuardrailId",
        "Status",
        "StatusReasons",
        "UpdatedAt",
        "Version",
    ],
};

static AUTOMATED_REASONING_POLICY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::Guardrail.AutomatedReasoningPolicyConfig",
properties: &[
::forma_core::schema::Property { name: "ConfidenceThreshold", required: false, create_only: false, shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: Some(1.0) }) },
::forma_core::schema::Property { name: "Policies", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:automated-reasoning-policy\\/[a-z0-9]{12}(:([1-9][0-9]{0,11}))?$"), min_length: Some(15), max_length: Some(2048) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) }) },
],
rules: &[],
};

static CONTENT_POLICY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Guardrail.ContentPolicyConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContentFiltersTierConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTENT_POLICY_CONFIG_CONTENT_FILTERS_TIER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FiltersConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONTENT_FILTER_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(6) },
            ),
        },
    ],
    rules: &[],
};

static CONTEXTUAL_GROUNDING_POLICY_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::Guardrail.ContextualGroundingPolicyConfig",
        properties: &[::forma_core::schema::Property {
            name: "FiltersConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONTEXTUAL_GROUNDING_FILTER_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        }],
        rules: &[],
    };

static GUARDRAIL_CROSS_REGION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::Guardrail.GuardrailCrossRegionConfig",
properties: &[
::forma_core::schema::Property { name: "GuardrailProfileArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail-profile/[a-z0-9-]+[.]{1}guardrail[.]{1}v[0-9:]+$"), min_length: Some(15), max_length: Some(2048) }) },
],
rules: &[],
};

static SENSITIVE_INFORMATION_POLICY_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::Guardrail.SensitiveInformationPolicyConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "PiiEntitiesConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&PII_ENTITY_CONFIG_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "RegexesConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&REGEX_CONFIG_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(30) },
                ),
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Guardrail.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TOPIC_POLICY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Guardrail.TopicPolicyConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "TopicsConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TOPIC_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(30) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TopicsTierConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TOPIC_POLICY_CONFIG_TOPICS_TIER_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static WORD_POLICY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Guardrail.WordPolicyConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ManagedWordListsConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MANAGED_WORDS_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "WordsConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&WORD_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10000) },
            ),
        },
    ],
    rules: &[],
};

static CONTENT_POLICY_CONFIG_CONTENT_FILTERS_TIER_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::Guardrail.ContentPolicyConfigContentFiltersTierConfig",
        properties: &[::forma_core::schema::Property {
            name: "TierName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CLASSIC", "STANDARD"]),
        }],
        rules: &[],
    };

static CONTENT_FILTER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Guardrail.ContentFilterConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "InputAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BLOCK", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "InputEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "InputModalities",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["TEXT", "IMAGE"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "InputStrength",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "LOW", "MEDIUM", "HIGH"]),
        },
        ::forma_core::schema::Property {
            name: "OutputAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BLOCK", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "OutputEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "OutputModalities",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["TEXT", "IMAGE"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "OutputStrength",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "LOW", "MEDIUM", "HIGH"]),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SEXUAL",
                "VIOLENCE",
                "HATE",
                "INSULTS",
                "MISCONDUCT",
                "PROMPT_ATTACK",
            ]),
        },
    ],
    rules: &[],
};

static CONTEXTUAL_GROUNDING_FILTER_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::Guardrail.ContextualGroundingFilterConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "Action",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["BLOCK", "NONE"]),
            },
            ::forma_core::schema::Property {
                name: "Enabled",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "Threshold",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "Type",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["GROUNDING", "RELEVANCE"]),
            },
        ],
        rules: &[],
    };

static PII_ENTITY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Guardrail.PiiEntityConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BLOCK", "ANONYMIZE", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "InputAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BLOCK", "ANONYMIZE", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "InputEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "OutputAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BLOCK", "ANONYMIZE", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "OutputEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ADDRESS",
                "AGE",
                "AWS_ACCESS_KEY",
                "AWS_SECRET_KEY",
                "CA_HEALTH_NUMBER",
                "CA_SOCIAL_INSURANCE_NUMBER",
                "CREDIT_DEBIT_CARD_CVV",
                "CREDIT_DEBIT_CARD_EXPIRY",
                "CREDIT_DEBIT_CARD_NUMBER",
                "DRIVER_ID",
                "EMAIL",
                "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
                "IP_ADDRESS",
                "LICENSE_PLATE",
                "MAC_ADDRESS",
                "NAME",
                "PASSWORD",
                "PHONE",
                "PIN",
                "SWIFT_CODE",
                "UK_NATIONAL_HEALTH_SERVICE_NUMBER",
                "UK_NATIONAL_INSURANCE_NUMBER",
                "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER",
                "URL",
                "USERNAME",
                "US_BANK_ACCOUNT_NUMBER",
                "US_BANK_ROUTING_NUMBER",
                "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
                "US_PASSPORT_NUMBER",
                "US_SOCIAL_SECURITY_NUMBER",
                "VEHICLE_IDENTIFICATION_NUMBER",
            ]),
        },
    ],
    rules: &[],
};

static REGEX_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Guardrail.RegexConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BLOCK", "ANONYMIZE", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "InputAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BLOCK", "ANONYMIZE", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "InputEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "OutputAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BLOCK", "ANONYMIZE", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "OutputEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Pattern",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static TOPIC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Guardrail.TopicConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Definition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Examples",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "InputAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BLOCK", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "InputEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z-_ !?.]+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "OutputAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BLOCK", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "OutputEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
    ],
    rules: &[],
};

static TOPIC_POLICY_CONFIG_TOPICS_TIER_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::Guardrail.TopicPolicyConfigTopicsTierConfig",
        properties: &[::forma_core::schema::Property {
            name: "TierName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CLASSIC", "STANDARD"]),
        }],
        rules: &[],
    };

static MANAGED_WORDS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Guardrail.ManagedWordsConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "InputAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BLOCK", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "InputEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "OutputAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BLOCK", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "OutputEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PROFANITY"]),
        },
    ],
    rules: &[],
};

static WORD_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Guardrail.WordConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "InputAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BLOCK", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "InputEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "OutputAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BLOCK", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "OutputEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Text",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
    ],
    rules: &[],
};
