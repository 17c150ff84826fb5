// @generated from AWS::Wisdom::AIGuardrail (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Wisdom::AIGuardrail` and its property types.

/// Definition of AWS::Wisdom::AIGuardrail Resource Type
///
/// CloudFormation type `AWS::Wisdom::AIGuardrail`.
#[derive(Debug, Clone, PartialEq)]
pub struct AiGuardrail {
    props: ::forma_core::schema::Props,
}
impl AiGuardrail {
    /// A new resource with its required properties: `AssistantId`, `BlockedInputMessaging`, `BlockedOutputsMessaging`.
    #[track_caller]
    pub fn new(
        assistant_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        blocked_input_messaging: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        blocked_outputs_messaging: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, assistant_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, blocked_input_messaging.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, blocked_outputs_messaging.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Content policy config for a guardrail.
    #[track_caller]
    pub fn content_policy_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AiGuardrailContentPolicyConfig>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Contextual grounding policy config for a guardrail.
    #[track_caller]
    pub fn contextual_grounding_policy_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AiGuardrailContextualGroundingPolicyConfig>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Description of the guardrail or its version
    ///
    /// Allowed: length 1 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Sensitive information policy config for a guardrail.
    #[track_caller]
    pub fn sensitive_information_policy_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AiGuardrailSensitiveInformationPolicyConfig>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Topic policy config for a guardrail.
    #[track_caller]
    pub fn topic_policy_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AiGuardrailTopicPolicyConfig>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Word policy config for a guardrail.
    #[track_caller]
    pub fn word_policy_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AiGuardrailWordPolicyConfig>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AiGuardrail {
    type Attributes = AiGuardrailAttributes;
    fn type_name(&self) -> &str {
        "AWS::Wisdom::AIGuardrail"
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
/// The attributes of a `AWS::Wisdom::AIGuardrail` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AiGuardrailAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AiGuardrailAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AiGuardrailAttributes {
    /// `Fn::GetAtt` `AIGuardrailArn`.
    pub fn ai_guardrail_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AIGuardrailArn")
    }
    /// `Fn::GetAtt` `AIGuardrailId`.
    pub fn ai_guardrail_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AIGuardrailId")
    }
    /// `Fn::GetAtt` `AssistantArn`.
    pub fn assistant_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssistantArn")
    }
    /// `Fn::GetAtt` `ModifiedTimeSeconds`.
    pub fn modified_time_seconds(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "ModifiedTimeSeconds")
    }
}

/// Content policy config for a guardrail.
#[derive(Debug, Clone, PartialEq)]
pub struct AiGuardrailContentPolicyConfig {
    props: ::forma_core::schema::Props,
}
impl AiGuardrailContentPolicyConfig {
    /// A new value with its required properties: `FiltersConfig`.
    pub fn new(
        filters_config: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GuardrailContentFilterConfig>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, filters_config.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AiGuardrailContentPolicyConfig> for ::forma_core::Value<AiGuardrailContentPolicyConfig> {
    fn from(v: AiGuardrailContentPolicyConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AI_GUARDRAIL_CONTENT_POLICY_CONFIG_TYPE.properties))
    }
}

/// Contextual grounding policy config for a guardrail.
#[derive(Debug, Clone, PartialEq)]
pub struct AiGuardrailContextualGroundingPolicyConfig {
    props: ::forma_core::schema::Props,
}
impl AiGuardrailContextualGroundingPolicyConfig {
    /// A new value with its required properties: `FiltersConfig`.
    pub fn new(
        filters_config: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<GuardrailContextualGroundingFilterConfig>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, filters_config.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AiGuardrailContextualGroundingPolicyConfig>
    for ::forma_core::Value<AiGuardrailContextualGroundingPolicyConfig>
{
    fn from(v: AiGuardrailContextualGroundingPolicyConfig) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(AI_GUARDRAIL_CONTEXTUAL_GROUNDING_POLICY_CONFIG_TYPE.properties),
        )
    }
}

/// Sensitive information policy config for a guardrail.
#[derive(Debug, Clone, PartialEq)]
pub struct AiGuardrailSensitiveInformationPolicyConfig {
    props: ::forma_core::schema::Props,
}
impl AiGuardrailSensitiveInformationPolicyConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// List of entities.
    pub fn pii_entities_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GuardrailPiiEntityConfig>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// List of regex.
    pub fn regexes_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GuardrailRegexConfig>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AiGuardrailSensitiveInformationPolicyConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AiGuardrailSensitiveInformationPolicyConfig>
    for ::forma_core::Value<AiGuardrailSensitiveInformationPolicyConfig>
{
    fn from(v: AiGuardrailSensitiveInformationPolicyConfig) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(AI_GUARDRAIL_SENSITIVE_INFORMATION_POLICY_CONFIG_TYPE.properties),
        )
    }
}

/// Topic policy config for a guardrail.
#[derive(Debug, Clone, PartialEq)]
pub struct AiGuardrailTopicPolicyConfig {
    props: ::forma_core::schema::Props,
}
impl AiGuardrailTopicPolicyConfig {
    /// A new value with its required properties: `TopicsConfig`.
    pub fn new(
        topics_config: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GuardrailTopicConfig>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, topics_config.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AiGuardrailTopicPolicyConfig> for ::forma_core::Value<AiGuardrailTopicPolicyConfig> {
    fn from(v: AiGuardrailTopicPolicyConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AI_GUARDRAIL_TOPIC_POLICY_CONFIG_TYPE.properties))
    }
}

/// Word policy config for a guardrail.
#[derive(Debug, Clone, PartialEq)]
pub struct AiGuardrailWordPolicyConfig {
    props: ::forma_core::schema::Props,
}
impl AiGuardrailWordPolicyConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A config for the list of managed words.
    pub fn managed_word_lists_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GuardrailManagedWordsConfig>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// List of custom word configs.
    pub fn words_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GuardrailWordConfig>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AiGuardrailWordPolicyConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AiGuardrailWordPolicyConfig> for ::forma_core::Value<AiGuardrailWordPolicyConfig> {
    fn from(v: AiGuardrailWordPolicyConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AI_GUARDRAIL_WORD_POLICY_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NONE`, `LOW`, `MEDIUM`, `HIGH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailFilterStrength {
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
impl GuardrailFilterStrength {
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
impl ::std::convert::From<GuardrailFilterStrength> for ::forma_core::Value<GuardrailFilterStrength> {
    fn from(v: GuardrailFilterStrength) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GuardrailFilterStrength {}

/// The values CloudFormation documents: `SEXUAL`, `VIOLENCE`, `HATE`, `INSULTS`, `MISCONDUCT`, `PROMPT_ATTACK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailContentFilterType {
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
impl GuardrailContentFilterType {
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
impl ::std::convert::From<GuardrailContentFilterType> for ::forma_core::Value<GuardrailContentFilterType> {
    fn from(v: GuardrailContentFilterType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GuardrailContentFilterType {}

/// Content filter config in content policy.
#[derive(Debug, Clone, PartialEq)]
pub struct GuardrailContentFilterConfig {
    props: ::forma_core::schema::Props,
}
impl GuardrailContentFilterConfig {
    /// A new value with its required properties: `InputStrength`, `OutputStrength`, `Type`.
    pub fn new(
        input_strength: impl ::forma_core::schema::EnumArg<GuardrailFilterStrength>,
        output_strength: impl ::forma_core::schema::EnumArg<GuardrailFilterStrength>,
        type_: impl ::forma_core::schema::EnumArg<GuardrailContentFilterType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, input_strength.into_enum_expr());
        props.set(1, output_strength.into_enum_expr());
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<GuardrailContentFilterConfig> for ::forma_core::Value<GuardrailContentFilterConfig> {
    fn from(v: GuardrailContentFilterConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GUARDRAIL_CONTENT_FILTER_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GROUNDING`, `RELEVANCE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailContextualGroundingFilterType {
    /// `GROUNDING`
    Grounding,
    /// `RELEVANCE`
    Relevance,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GuardrailContextualGroundingFilterType {
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
impl ::std::convert::From<GuardrailContextualGroundingFilterType>
    for ::forma_core::Value<GuardrailContextualGroundingFilterType>
{
    fn from(v: GuardrailContextualGroundingFilterType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GuardrailContextualGroundingFilterType {}

/// A config for grounding filter.
#[derive(Debug, Clone, PartialEq)]
pub struct GuardrailContextualGroundingFilterConfig {
    props: ::forma_core::schema::Props,
}
impl GuardrailContextualGroundingFilterConfig {
    /// A new value with its required properties: `Threshold`, `Type`.
    pub fn new(
        threshold: impl ::std::convert::Into<::forma_core::Value<f64>>,
        type_: impl ::forma_core::schema::EnumArg<GuardrailContextualGroundingFilterType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, threshold.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<GuardrailContextualGroundingFilterConfig>
    for ::forma_core::Value<GuardrailContextualGroundingFilterConfig>
{
    fn from(v: GuardrailContextualGroundingFilterConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GUARDRAIL_CONTEXTUAL_GROUNDING_FILTER_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BLOCK`, `ANONYMIZE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailSensitiveInformationAction {
    /// `BLOCK`
    Block,
    /// `ANONYMIZE`
    Anonymize,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GuardrailSensitiveInformationAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Block => "BLOCK",
            Self::Anonymize => "ANONYMIZE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BLOCK", "ANONYMIZE"]
    }
}
impl ::std::convert::From<GuardrailSensitiveInformationAction>
    for ::forma_core::Value<GuardrailSensitiveInformationAction>
{
    fn from(v: GuardrailSensitiveInformationAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GuardrailSensitiveInformationAction {}

/// The values CloudFormation documents: `ADDRESS`, `AGE`, `AWS_ACCESS_KEY`, `AWS_SECRET_KEY`, `CA_HEALTH_NUMBER`, `CA_SOCIAL_INSURANCE_NUMBER`, `CREDIT_DEBIT_CARD_CVV`, `CREDIT_DEBIT_CARD_EXPIRY`, `CREDIT_DEBIT_CARD_NUMBER`, `DRIVER_ID`, `EMAIL`, `INTERNATIONAL_BANK_ACCOUNT_NUMBER`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailPiiEntityType {
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
impl GuardrailPiiEntityType {
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
impl ::std::convert::From<GuardrailPiiEntityType> for ::forma_core::Value<GuardrailPiiEntityType> {
    fn from(v: GuardrailPiiEntityType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GuardrailPiiEntityType {}

/// Pii entity configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct GuardrailPiiEntityConfig {
    props: ::forma_core::schema::Props,
}
impl GuardrailPiiEntityConfig {
    /// A new value with its required properties: `Action`, `Type`.
    pub fn new(
        action: impl ::forma_core::schema::EnumArg<GuardrailSensitiveInformationAction>,
        type_: impl ::forma_core::schema::EnumArg<GuardrailPiiEntityType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into_enum_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<GuardrailPiiEntityConfig> for ::forma_core::Value<GuardrailPiiEntityConfig> {
    fn from(v: GuardrailPiiEntityConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GUARDRAIL_PII_ENTITY_CONFIG_TYPE.properties))
    }
}

/// A regex configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct GuardrailRegexConfig {
    props: ::forma_core::schema::Props,
}
impl GuardrailRegexConfig {
    /// A new value with its required properties: `Action`, `Name`, `Pattern`.
    pub fn new(
        action: impl ::forma_core::schema::EnumArg<GuardrailSensitiveInformationAction>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        pattern: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into_enum_expr());
        props.set(2, name.into().into_expr());
        props.set(3, pattern.into().into_expr());
        Self { props }
    }
    /// The regex description.
    ///
    /// Allowed: length 1 to 1000.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GuardrailRegexConfig> for ::forma_core::Value<GuardrailRegexConfig> {
    fn from(v: GuardrailRegexConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GUARDRAIL_REGEX_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DENY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailTopicType {
    /// `DENY`
    Deny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GuardrailTopicType {
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
impl ::std::convert::From<GuardrailTopicType> for ::forma_core::Value<GuardrailTopicType> {
    fn from(v: GuardrailTopicType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GuardrailTopicType {}

/// Topic config in topic policy.
#[derive(Debug, Clone, PartialEq)]
pub struct GuardrailTopicConfig {
    props: ::forma_core::schema::Props,
}
impl GuardrailTopicConfig {
    /// A new value with its required properties: `Definition`, `Name`, `Type`.
    pub fn new(
        definition: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<GuardrailTopicType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, definition.into().into_expr());
        props.set(2, name.into().into_expr());
        props.set(3, type_.into_enum_expr());
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
}
impl ::std::convert::From<GuardrailTopicConfig> for ::forma_core::Value<GuardrailTopicConfig> {
    fn from(v: GuardrailTopicConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GUARDRAIL_TOPIC_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PROFANITY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardrailManagedWordsType {
    /// `PROFANITY`
    Profanity,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GuardrailManagedWordsType {
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
impl ::std::convert::From<GuardrailManagedWordsType> for ::forma_core::Value<GuardrailManagedWordsType> {
    fn from(v: GuardrailManagedWordsType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GuardrailManagedWordsType {}

/// A managed words config.
#[derive(Debug, Clone, PartialEq)]
pub struct GuardrailManagedWordsConfig {
    props: ::forma_core::schema::Props,
}
impl GuardrailManagedWordsConfig {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<GuardrailManagedWordsType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<GuardrailManagedWordsConfig> for ::forma_core::Value<GuardrailManagedWordsConfig> {
    fn from(v: GuardrailManagedWordsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GUARDRAIL_MANAGED_WORDS_CONFIG_TYPE.properties))
    }
}

/// A custom word config.
#[derive(Debug, Clone, PartialEq)]
pub struct GuardrailWordConfig {
    props: ::forma_core::schema::Props,
}
impl GuardrailWordConfig {
    /// A new value with its required properties: `Text`.
    pub fn new(text: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, text.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GuardrailWordConfig> for ::forma_core::Value<GuardrailWordConfig> {
    fn from(v: GuardrailWordConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GUARDRAIL_WORD_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::Wisdom::AIGuardrail`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Wisdom::AIGuardrail",
properties: &[
::forma_core::schema::Property { name: "AssistantId", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$|^arn:[a-z-]*?:wisdom:[a-z0-9-]*?:[0-9]{12}:[a-z-]*?/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?:/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}){0,2}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "BlockedInputMessaging", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(500) }) },
::forma_core::schema::Property { name: "BlockedOutputsMessaging", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(500) }) },
::forma_core::schema::Property { name: "ContentPolicyConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&AI_GUARDRAIL_CONTENT_POLICY_CONFIG_TYPE) },
::forma_core::schema::Property { name: "ContextualGroundingPolicyConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&AI_GUARDRAIL_CONTEXTUAL_GROUNDING_POLICY_CONFIG_TYPE) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(200) }) },
::forma_core::schema::Property { name: "Name", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9\\s_.,-]+"), min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "SensitiveInformationPolicyConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&AI_GUARDRAIL_SENSITIVE_INFORMATION_POLICY_CONFIG_TYPE) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: true, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(256) })) },
::forma_core::schema::Property { name: "TopicPolicyConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&AI_GUARDRAIL_TOPIC_POLICY_CONFIG_TYPE) },
::forma_core::schema::Property { name: "WordPolicyConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&AI_GUARDRAIL_WORD_POLICY_CONFIG_TYPE) },
],
rules: &[],
attributes: &["AIGuardrailArn", "AIGuardrailId", "AssistantArn", "ModifiedTimeSeconds"],
};

static AI_GUARDRAIL_CONTENT_POLICY_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Wisdom::AIGuardrail.AIGuardrailContentPolicyConfig",
        properties: &[::forma_core::schema::Property {
            name: "FiltersConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GUARDRAIL_CONTENT_FILTER_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(6) },
            ),
        }],
        rules: &[],
    };

static AI_GUARDRAIL_CONTEXTUAL_GROUNDING_POLICY_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Wisdom::AIGuardrail.AIGuardrailContextualGroundingPolicyConfig",
        properties: &[::forma_core::schema::Property {
            name: "FiltersConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GUARDRAIL_CONTEXTUAL_GROUNDING_FILTER_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        }],
        rules: &[],
    };

static AI_GUARDRAIL_SENSITIVE_INFORMATION_POLICY_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Wisdom::AIGuardrail.AIGuardrailSensitiveInformationPolicyConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "PiiEntitiesConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&GUARDRAIL_PII_ENTITY_CONFIG_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "RegexesConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&GUARDRAIL_REGEX_CONFIG_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static AI_GUARDRAIL_TOPIC_POLICY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::AIGuardrail.AIGuardrailTopicPolicyConfig",
    properties: &[::forma_core::schema::Property {
        name: "TopicsConfig",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&GUARDRAIL_TOPIC_CONFIG_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
        ),
    }],
    rules: &[],
};

static AI_GUARDRAIL_WORD_POLICY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::AIGuardrail.AIGuardrailWordPolicyConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ManagedWordListsConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GUARDRAIL_MANAGED_WORDS_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "WordsConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GUARDRAIL_WORD_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static GUARDRAIL_CONTENT_FILTER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::AIGuardrail.GuardrailContentFilterConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "InputStrength",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "LOW", "MEDIUM", "HIGH"]),
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

static GUARDRAIL_CONTEXTUAL_GROUNDING_FILTER_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Wisdom::AIGuardrail.GuardrailContextualGroundingFilterConfig",
        properties: &[
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

static GUARDRAIL_PII_ENTITY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::AIGuardrail.GuardrailPiiEntityConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BLOCK", "ANONYMIZE"]),
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

static GUARDRAIL_REGEX_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::AIGuardrail.GuardrailRegexConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BLOCK", "ANONYMIZE"]),
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

static GUARDRAIL_TOPIC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::AIGuardrail.GuardrailTopicConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Definition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(200),
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
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: None },
            ),
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
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DENY"]),
        },
    ],
    rules: &[],
};

static GUARDRAIL_MANAGED_WORDS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::AIGuardrail.GuardrailManagedWordsConfig",
    properties: &[::forma_core::schema::Property {
        name: "Type",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["PROFANITY"]),
    }],
    rules: &[],
};

static GUARDRAIL_WORD_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::AIGuardrail.GuardrailWordConfig",
    properties: &[::forma_core::schema::Property {
        name: "Text",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: None,
        }),
    }],
    rules: &[],
};
