// @generated from AWS::WAFv2::RuleGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WAFv2::RuleGroup` and its property types.

/// Contains the Rules that identify the requests that you want to allow, block, or count.
///
/// CloudFormation type `AWS::WAFv2::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleGroup {
    props: ::forma_core::schema::Props,
}
impl RuleGroup {
    /// A new resource with its required properties: `Capacity`, `Scope`, `VisibilityConfig`.
    #[track_caller]
    pub fn new(
        capacity: impl ::std::convert::Into<::forma_core::Value<i64>>,
        scope: impl ::forma_core::schema::EnumArg<Scope>,
        visibility_config: impl ::std::convert::Into<::forma_core::Value<VisibilityConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, capacity.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, scope.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(10, visibility_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Collection of Available Labels.
    #[track_caller]
    pub fn available_labels(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LabelSummary>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Collection of Consumed Labels.
    #[track_caller]
    pub fn consumed_labels(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LabelSummary>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Custom response key and body map.
    #[track_caller]
    pub fn custom_response_bodies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Description of the entity.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configures monetization for the web ACL or rule group.
    #[track_caller]
    pub fn monetization_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MonetizationConfig>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Name of the RuleGroup.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Collection of Rules.
    #[track_caller]
    pub fn rules(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Rule>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RuleGroup {
    type Attributes = RuleGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::WAFv2::RuleGroup"
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
/// The attributes of a `AWS::WAFv2::RuleGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RuleGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RuleGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RuleGroupAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `LabelNamespace`.
    pub fn label_namespace(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LabelNamespace")
    }
    /// `Fn::GetAtt` `AvailableLabels.*.Name`.
    pub fn available_labels_name(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "AvailableLabels.*.Name")
    }
    /// `Fn::GetAtt` `ConsumedLabels.*.Name`.
    pub fn consumed_labels_name(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ConsumedLabels.*.Name")
    }
}

/// The values CloudFormation documents: `CLOUDFRONT`, `REGIONAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scope {
    /// `CLOUDFRONT`
    Cloudfront,
    /// `REGIONAL`
    Regional,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Scope {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cloudfront => "CLOUDFRONT",
            Self::Regional => "REGIONAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CLOUDFRONT", "REGIONAL"]
    }
}
impl ::std::convert::From<Scope> for ::forma_core::Value<Scope> {
    fn from(v: Scope) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Scope {}

/// The `LabelSummary` property type of `AWS::WAFv2::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelSummary {
    props: ::forma_core::schema::Props,
}
impl LabelSummary {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Name of the Label.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LabelSummary {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LabelSummary> for ::forma_core::Value<LabelSummary> {
    fn from(v: LabelSummary) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LABEL_SUMMARY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TEXT_PLAIN`, `TEXT_HTML`, `APPLICATION_JSON`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResponseContentType {
    /// `TEXT_PLAIN`
    TextPlain,
    /// `TEXT_HTML`
    TextHtml,
    /// `APPLICATION_JSON`
    ApplicationJson,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResponseContentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TextPlain => "TEXT_PLAIN",
            Self::TextHtml => "TEXT_HTML",
            Self::ApplicationJson => "APPLICATION_JSON",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TEXT_PLAIN", "TEXT_HTML", "APPLICATION_JSON"]
    }
}
impl ::std::convert::From<ResponseContentType> for ::forma_core::Value<ResponseContentType> {
    fn from(v: ResponseContentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResponseContentType {}

/// Custom response body.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomResponseBody {
    props: ::forma_core::schema::Props,
}
impl CustomResponseBody {
    /// A new value with its required properties: `Content`, `ContentType`.
    pub fn new(
        content: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        content_type: impl ::forma_core::schema::EnumArg<ResponseContentType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, content.into().into_expr());
        props.set(1, content_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomResponseBody> for ::forma_core::Value<CustomResponseBody> {
    fn from(v: CustomResponseBody) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_RESPONSE_BODY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `REAL`, `TEST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CurrencyMode {
    /// `REAL`
    Real,
    /// `TEST`
    Test,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CurrencyMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Real => "REAL",
            Self::Test => "TEST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["REAL", "TEST"]
    }
}
impl ::std::convert::From<CurrencyMode> for ::forma_core::Value<CurrencyMode> {
    fn from(v: CurrencyMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CurrencyMode {}

/// Configures monetization for the web ACL or rule group.
#[derive(Debug, Clone, PartialEq)]
pub struct MonetizationConfig {
    props: ::forma_core::schema::Props,
}
impl MonetizationConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configures cryptocurrency payment settings.
    pub fn crypto_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<CryptoConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The currency mode for monetization.
    pub fn currency_mode(mut self, value: impl ::forma_core::schema::EnumArg<CurrencyMode>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for MonetizationConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MonetizationConfig> for ::forma_core::Value<MonetizationConfig> {
    fn from(v: MonetizationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MONETIZATION_CONFIG_TYPE.properties))
    }
}

/// Rule of RuleGroup that contains condition and action.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    props: ::forma_core::schema::Props,
}
impl Rule {
    /// A new value with its required properties: `Name`, `Priority`, `Statement`, `VisibilityConfig`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        priority: impl ::std::convert::Into<::forma_core::Value<i64>>,
        statement: impl ::std::convert::Into<::forma_core::Value<Statement>>,
        visibility_config: impl ::std::convert::Into<::forma_core::Value<VisibilityConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, name.into().into_expr());
        props.set(4, priority.into().into_expr());
        props.set(6, statement.into().into_expr());
        props.set(7, visibility_config.into().into_expr());
        Self { props }
    }
    /// Action taken when Rule matches its condition.
    pub fn action(mut self, value: impl ::std::convert::Into<::forma_core::Value<RuleAction>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CaptchaConfig`.
    pub fn captcha_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<CaptchaConfig>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ChallengeConfig`.
    pub fn challenge_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ChallengeConfig>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Collection of Rule Labels.
    pub fn rule_labels(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Label>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Rule> for ::forma_core::Value<Rule> {
    fn from(v: Rule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::WAFv2::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    ///
    /// Allowed: length 1 to 128.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// Visibility Metric of the RuleGroup.
#[derive(Debug, Clone, PartialEq)]
pub struct VisibilityConfig {
    props: ::forma_core::schema::Props,
}
impl VisibilityConfig {
    /// A new value with its required properties: `CloudWatchMetricsEnabled`, `MetricName`, `SampledRequestsEnabled`.
    pub fn new(
        cloud_watch_metrics_enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
        metric_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sampled_requests_enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cloud_watch_metrics_enabled.into().into_expr());
        props.set(1, metric_name.into().into_expr());
        props.set(2, sampled_requests_enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VisibilityConfig> for ::forma_core::Value<VisibilityConfig> {
    fn from(v: VisibilityConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VISIBILITY_CONFIG_TYPE.properties))
    }
}

/// Configures cryptocurrency payment settings.
#[derive(Debug, Clone, PartialEq)]
pub struct CryptoConfig {
    props: ::forma_core::schema::Props,
}
impl CryptoConfig {
    /// A new value with its required properties: `PaymentNetworks`.
    pub fn new(
        payment_networks: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PaymentNetwork>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, payment_networks.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CryptoConfig> for ::forma_core::Value<CryptoConfig> {
    fn from(v: CryptoConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CRYPTO_CONFIG_TYPE.properties))
    }
}

/// Action taken when Rule matches its condition.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleAction {
    props: ::forma_core::schema::Props,
}
impl RuleAction {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Allow traffic towards application.
    pub fn allow(mut self, value: impl ::std::convert::Into<::forma_core::Value<AllowAction>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Block traffic towards application.
    pub fn block(mut self, value: impl ::std::convert::Into<::forma_core::Value<BlockAction>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Checks valid token exists with request.
    pub fn captcha(mut self, value: impl ::std::convert::Into<::forma_core::Value<CaptchaAction>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Checks that the request has a valid token with an unexpired challenge timestamp and, if not, returns a browser challenge to the client.
    pub fn challenge(mut self, value: impl ::std::convert::Into<::forma_core::Value<ChallengeAction>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Count traffic towards application.
    pub fn count(mut self, value: impl ::std::convert::Into<::forma_core::Value<CountAction>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Monetize action for rules.
    pub fn monetize(mut self, value: impl ::std::convert::Into<::forma_core::Value<MonetizeAction>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RuleAction {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RuleAction> for ::forma_core::Value<RuleAction> {
    fn from(v: RuleAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_ACTION_TYPE.properties))
    }
}

/// The `CaptchaConfig` property type of `AWS::WAFv2::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct CaptchaConfig {
    props: ::forma_core::schema::Props,
}
impl CaptchaConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ImmunityTimeProperty`.
    pub fn immunity_time_property(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ImmunityTimeProperty>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CaptchaConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CaptchaConfig> for ::forma_core::Value<CaptchaConfig> {
    fn from(v: CaptchaConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPTCHA_CONFIG_TYPE.properties))
    }
}

/// The `ChallengeConfig` property type of `AWS::WAFv2::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct ChallengeConfig {
    props: ::forma_core::schema::Props,
}
impl ChallengeConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ImmunityTimeProperty`.
    pub fn immunity_time_property(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ImmunityTimeProperty>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ChallengeConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ChallengeConfig> for ::forma_core::Value<ChallengeConfig> {
    fn from(v: ChallengeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CHALLENGE_CONFIG_TYPE.properties))
    }
}

/// The `Label` property type of `AWS::WAFv2::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    props: ::forma_core::schema::Props,
}
impl Label {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Label> for ::forma_core::Value<Label> {
    fn from(v: Label) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LABEL_TYPE.properties))
    }
}

/// First level statement that contains conditions, such as ByteMatch, SizeConstraint, etc
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    props: ::forma_core::schema::Props,
}
impl Statement {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AndStatement`.
    pub fn and_statement(mut self, value: impl ::std::convert::Into<::forma_core::Value<AndStatement>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AsnMatchStatement`.
    pub fn asn_match_statement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AsnMatchStatement>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Byte Match statement.
    pub fn byte_match_statement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ByteMatchStatement>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `GeoMatchStatement`.
    pub fn geo_match_statement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GeoMatchStatement>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `IPSetReferenceStatement`.
    pub fn ip_set_reference_statement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IpSetReferenceStatement>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `LabelMatchStatement`.
    pub fn label_match_statement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LabelMatchStatement>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `NotStatement`.
    pub fn not_statement(mut self, value: impl ::std::convert::Into<::forma_core::Value<NotStatement>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `OrStatement`.
    pub fn or_statement(mut self, value: impl ::std::convert::Into<::forma_core::Value<OrStatement>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `RateBasedStatement`.
    pub fn rate_based_statement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RateBasedStatement>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `RegexMatchStatement`.
    pub fn regex_match_statement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RegexMatchStatement>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `RegexPatternSetReferenceStatement`.
    pub fn regex_pattern_set_reference_statement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RegexPatternSetReferenceStatement>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// Size Constraint statement.
    pub fn size_constraint_statement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SizeConstraintStatement>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// Sqli Match Statement.
    pub fn sqli_match_statement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SqliMatchStatement>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// Xss Match Statement.
    pub fn xss_match_statement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<XssMatchStatement>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Statement {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Statement> for ::forma_core::Value<Statement> {
    fn from(v: Statement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STATEMENT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BASE`, `SOLANA`, `BASE_SEPOLIA`, `SOLANA_DEVNET`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BlockchainChain {
    /// `BASE`
    Base,
    /// `SOLANA`
    Solana,
    /// `BASE_SEPOLIA`
    BaseSepolia,
    /// `SOLANA_DEVNET`
    SolanaDevnet,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BlockchainChain {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Base => "BASE",
            Self::Solana => "SOLANA",
            Self::BaseSepolia => "BASE_SEPOLIA",
            Self::SolanaDevnet => "SOLANA_DEVNET",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BASE", "SOLANA", "BASE_SEPOLIA", "SOLANA_DEVNET"]
    }
}
impl ::std::convert::From<BlockchainChain> for ::forma_core::Value<BlockchainChain> {
    fn from(v: BlockchainChain) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BlockchainChain {}

/// Configuration for a single payment network.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentNetwork {
    props: ::forma_core::schema::Props,
}
impl PaymentNetwork {
    /// A new value with its required properties: `Chain`, `Prices`, `WalletAddress`.
    pub fn new(
        chain: impl ::forma_core::schema::EnumArg<BlockchainChain>,
        prices: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Price>>>,
        wallet_address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, chain.into_enum_expr());
        props.set(1, prices.into().into_expr());
        props.set(2, wallet_address.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PaymentNetwork> for ::forma_core::Value<PaymentNetwork> {
    fn from(v: PaymentNetwork) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PAYMENT_NETWORK_TYPE.properties))
    }
}

/// Allow traffic towards application.
#[derive(Debug, Clone, PartialEq)]
pub struct AllowAction {
    props: ::forma_core::schema::Props,
}
impl AllowAction {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Custom request handling.
    pub fn custom_request_handling(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomRequestHandling>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AllowAction {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AllowAction> for ::forma_core::Value<AllowAction> {
    fn from(v: AllowAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALLOW_ACTION_TYPE.properties))
    }
}

/// Block traffic towards application.
#[derive(Debug, Clone, PartialEq)]
pub struct BlockAction {
    props: ::forma_core::schema::Props,
}
impl BlockAction {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Custom response.
    pub fn custom_response(mut self, value: impl ::std::convert::Into<::forma_core::Value<CustomResponse>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BlockAction {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BlockAction> for ::forma_core::Value<BlockAction> {
    fn from(v: BlockAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BLOCK_ACTION_TYPE.properties))
    }
}

/// Checks valid token exists with request.
#[derive(Debug, Clone, PartialEq)]
pub struct CaptchaAction {
    props: ::forma_core::schema::Props,
}
impl CaptchaAction {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Custom request handling.
    pub fn custom_request_handling(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomRequestHandling>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CaptchaAction {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CaptchaAction> for ::forma_core::Value<CaptchaAction> {
    fn from(v: CaptchaAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPTCHA_ACTION_TYPE.properties))
    }
}

/// Checks that the request has a valid token with an unexpired challenge timestamp and, if not, returns a browser challenge to the client.
#[derive(Debug, Clone, PartialEq)]
pub struct ChallengeAction {
    props: ::forma_core::schema::Props,
}
impl ChallengeAction {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Custom request handling.
    pub fn custom_request_handling(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomRequestHandling>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ChallengeAction {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ChallengeAction> for ::forma_core::Value<ChallengeAction> {
    fn from(v: ChallengeAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CHALLENGE_ACTION_TYPE.properties))
    }
}

/// Count traffic towards application.
#[derive(Debug, Clone, PartialEq)]
pub struct CountAction {
    props: ::forma_core::schema::Props,
}
impl CountAction {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Custom request handling.
    pub fn custom_request_handling(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomRequestHandling>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CountAction {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CountAction> for ::forma_core::Value<CountAction> {
    fn from(v: CountAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COUNT_ACTION_TYPE.properties))
    }
}

/// Monetize action for rules.
#[derive(Debug, Clone, PartialEq)]
pub struct MonetizeAction {
    props: ::forma_core::schema::Props,
}
impl MonetizeAction {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The price multiplier for the monetize action.
    ///
    /// Allowed: length 1 to 3.
    pub fn price_multiplier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MonetizeAction {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MonetizeAction> for ::forma_core::Value<MonetizeAction> {
    fn from(v: MonetizeAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MONETIZE_ACTION_TYPE.properties))
    }
}

/// The `ImmunityTimeProperty` property type of `AWS::WAFv2::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImmunityTimeProperty {
    props: ::forma_core::schema::Props,
}
impl ImmunityTimeProperty {
    /// A new value with its required properties: `ImmunityTime`.
    pub fn new(immunity_time: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, immunity_time.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ImmunityTimeProperty> for ::forma_core::Value<ImmunityTimeProperty> {
    fn from(v: ImmunityTimeProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMMUNITY_TIME_PROPERTY_TYPE.properties))
    }
}

/// The `AndStatement` property type of `AWS::WAFv2::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct AndStatement {
    props: ::forma_core::schema::Props,
}
impl AndStatement {
    /// A new value with its required properties: `Statements`.
    pub fn new(statements: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Statement>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, statements.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AndStatement> for ::forma_core::Value<AndStatement> {
    fn from(v: AndStatement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AND_STATEMENT_TYPE.properties))
    }
}

/// The `AsnMatchStatement` property type of `AWS::WAFv2::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct AsnMatchStatement {
    props: ::forma_core::schema::Props,
}
impl AsnMatchStatement {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AsnList`.
    pub fn asn_list(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ForwardedIPConfig`.
    pub fn forwarded_ip_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ForwardedIpConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AsnMatchStatement {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AsnMatchStatement> for ::forma_core::Value<AsnMatchStatement> {
    fn from(v: AsnMatchStatement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASN_MATCH_STATEMENT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EXACTLY`, `STARTS_WITH`, `ENDS_WITH`, `CONTAINS`, `CONTAINS_WORD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PositionalConstraint {
    /// `EXACTLY`
    Exactly,
    /// `STARTS_WITH`
    StartsWith,
    /// `ENDS_WITH`
    EndsWith,
    /// `CONTAINS`
    Contains,
    /// `CONTAINS_WORD`
    ContainsWord,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PositionalConstraint {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Exactly => "EXACTLY",
            Self::StartsWith => "STARTS_WITH",
            Self::EndsWith => "ENDS_WITH",
            Self::Contains => "CONTAINS",
            Self::ContainsWord => "CONTAINS_WORD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EXACTLY", "STARTS_WITH", "ENDS_WITH", "CONTAINS", "CONTAINS_WORD"]
    }
}
impl ::std::convert::From<PositionalConstraint> for ::forma_core::Value<PositionalConstraint> {
    fn from(v: PositionalConstraint) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PositionalConstraint {}

/// Byte Match statement.
#[derive(Debug, Clone, PartialEq)]
pub struct ByteMatchStatement {
    props: ::forma_core::schema::Props,
}
impl ByteMatchStatement {
    /// A new value with its required properties: `FieldToMatch`, `PositionalConstraint`, `TextTransformations`.
    pub fn new(
        field_to_match: impl ::std::convert::Into<::forma_core::Value<FieldToMatch>>,
        positional_constraint: impl ::forma_core::schema::EnumArg<PositionalConstraint>,
        text_transformations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TextTransformation>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, field_to_match.into().into_expr());
        props.set(1, positional_constraint.into_enum_expr());
        props.set(5, text_transformations.into().into_expr());
        Self { props }
    }
    /// `PreParseTextTransformations`.
    pub fn pre_parse_text_transformations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PreParseTextTransformation>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// String that is searched to find a match.
    pub fn search_string(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Base64 encoded string that is searched to find a match.
    pub fn search_string_base64(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ByteMatchStatement> for ::forma_core::Value<ByteMatchStatement> {
    fn from(v: ByteMatchStatement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BYTE_MATCH_STATEMENT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AD`, `AE`, `AF`, `AG`, `AI`, `AL`, `AM`, `AO`, `AQ`, `AR`, `AS`, `AT`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CountryCodes {
    /// `AD`
    Ad,
    /// `AE`
    Ae,
    /// `AF`
    Af,
    /// `AG`
    Ag,
    /// `AI`
    Ai,
    /// `AL`
    Al,
    /// `AM`
    Am,
    /// `AO`
    Ao,
    /// `AQ`
    Aq,
    /// `AR`
    Ar,
    /// `AS`
    As,
    /// `AT`
    At,
    /// `AU`
    Au,
    /// `AW`
    Aw,
    /// `AX`
    Ax,
    /// `AZ`
    Az,
    /// `BA`
    Ba,
    /// `BB`
    Bb,
    /// `BD`
    Bd,
    /// `BE`
    Be,
    /// `BF`
    Bf,
    /// `BG`
    Bg,
    /// `BH`
    Bh,
    /// `BI`
    Bi,
    /// `BJ`
    Bj,
    /// `BL`
    Bl,
    /// `BM`
    Bm,
    /// `BN`
    Bn,
    /// `BO`
    Bo,
    /// `BQ`
    Bq,
    /// `BR`
    Br,
    /// `BS`
    Bs,
    /// `BT`
    Bt,
    /// `BV`
    Bv,
    /// `BW`
    Bw,
    /// `BY`
    By,
    /// `BZ`
    Bz,
    /// `CA`
    Ca,
    /// `CC`
    Cc,
    /// `CD`
    Cd,
    /// `CF`
    Cf,
    /// `CG`
    Cg,
    /// `CH`
    Ch,
    /// `CI`
    Ci,
    /// `CK`
    Ck,
    /// `CL`
    Cl,
    /// `CM`
    Cm,
    /// `CN`
    Cn,
    /// `CO`
    Co,
    /// `CR`
    Cr,
    /// `CU`
    Cu,
    /// `CV`
    Cv,
    /// `CW`
    Cw,
    /// `CX`
    Cx,
    /// `CY`
    Cy,
    /// `CZ`
    Cz,
    /// `DE`
    De,
    /// `DJ`
    Dj,
    /// `DK`
    Dk,
    /// `DM`
    Dm,
    /// `DO`
    Do,
    /// `DZ`
    Dz,
    /// `EC`
    Ec,
    /// `EE`
    Ee,
    /// `EG`
    Eg,
    /// `EH`
    Eh,
    /// `ER`
    Er,
    /// `ES`
    Es,
    /// `ET`
    Et,
    /// `FI`
    Fi,
    /// `FJ`
    Fj,
    /// `FK`
    Fk,
    /// `FM`
    Fm,
    /// `FO`
    Fo,
    /// `FR`
    Fr,
    /// `GA`
    Ga,
    /// `GB`
    Gb,
    /// `GD`
    Gd,
    /// `GE`
    Ge,
    /// `GF`
    Gf,
    /// `GG`
    Gg,
    /// `GH`
    Gh,
    /// `GI`
    Gi,
    /// `GL`
    Gl,
    /// `GM`
    Gm,
    /// `GN`
    Gn,
    /// `GP`
    Gp,
    /// `GQ`
    Gq,
    /// `GR`
    Gr,
    /// `GS`
    Gs,
    /// `GT`
    Gt,
    /// `GU`
    Gu,
    /// `GW`
    Gw,
    /// `GY`
    Gy,
    /// `HK`
    Hk,
    /// `HM`
    Hm,
    /// `HN`
    Hn,
    /// `HR`
    Hr,
    /// `HT`
    Ht,
    /// `HU`
    Hu,
    /// `ID`
    Id,
    /// `IE`
    Ie,
    /// `IL`
    Il,
    /// `IM`
    Im,
    /// `IN`
    In,
    /// `IO`
    Io,
    /// `IQ`
    Iq,
    /// `IR`
    Ir,
    /// `IS`
    Is,
    /// `IT`
    It,
    /// `JE`
    Je,
    /// `JM`
    Jm,
    /// `JO`
    Jo,
    /// `JP`
    Jp,
    /// `KE`
    Ke,
    /// `KG`
    Kg,
    /// `KH`
    Kh,
    /// `KI`
    Ki,
    /// `KM`
    Km,
    /// `KN`
    Kn,
    /// `KP`
    Kp,
    /// `KR`
    Kr,
    /// `KW`
    Kw,
    /// `KY`
    Ky,
    /// `KZ`
    Kz,
    /// `LA`
    La,
    /// `LB`
    Lb,
    /// `LC`
    Lc,
    /// `LI`
    Li,
    /// `LK`
    Lk,
    /// `LR`
    Lr,
    /// `LS`
    Ls,
    /// `LT`
    Lt,
    /// `LU`
    Lu,
    /// `LV`
    Lv,
    /// `LY`
    Ly,
    /// `MA`
    Ma,
    /// `MC`
    Mc,
    /// `MD`
    Md,
    /// `ME`
    Me,
    /// `MF`
    Mf,
    /// `MG`
    Mg,
    /// `MH`
    Mh,
    /// `MK`
    Mk,
    /// `ML`
    Ml,
    /// `MM`
    Mm,
    /// `MN`
    Mn,
    /// `MO`
    Mo,
    /// `MP`
    Mp,
    /// `MQ`
    Mq,
    /// `MR`
    Mr,
    /// `MS`
    Ms,
    /// `MT`
    Mt,
    /// `MU`
    Mu,
    /// `MV`
    Mv,
    /// `MW`
    Mw,
    /// `MX`
    Mx,
    /// `MY`
    My,
    /// `MZ`
    Mz,
    /// `NA`
    Na,
    /// `NC`
    Nc,
    /// `NE`
    Ne,
    /// `NF`
    Nf,
    /// `NG`
    Ng,
    /// `NI`
    Ni,
    /// `NL`
    Nl,
    /// `NO`
    No,
    /// `NP`
    Np,
    /// `NR`
    Nr,
    /// `NU`
    Nu,
    /// `NZ`
    Nz,
    /// `OM`
    Om,
    /// `PA`
    Pa,
    /// `PE`
    Pe,
    /// `PF`
    Pf,
    /// `PG`
    Pg,
    /// `PH`
    Ph,
    /// `PK`
    Pk,
    /// `PL`
    Pl,
    /// `PM`
    Pm,
    /// `PN`
    Pn,
    /// `PR`
    Pr,
    /// `PS`
    Ps,
    /// `PT`
    Pt,
    /// `PW`
    Pw,
    /// `PY`
    Py,
    /// `QA`
    Qa,
    /// `RE`
    Re,
    /// `RO`
    Ro,
    /// `RS`
    Rs,
    /// `RU`
    Ru,
    /// `RW`
    Rw,
    /// `SA`
    Sa,
    /// `SB`
    Sb,
    /// `SC`
    Sc,
    /// `SD`
    Sd,
    /// `SE`
    Se,
    /// `SG`
    Sg,
    /// `SH`
    Sh,
    /// `SI`
    Si,
    /// `SJ`
    Sj,
    /// `SK`
    Sk,
    /// `SL`
    Sl,
    /// `SM`
    Sm,
    /// `SN`
    Sn,
    /// `SO`
    So,
    /// `SR`
    Sr,
    /// `SS`
    Ss,
    /// `ST`
    St,
    /// `SV`
    Sv,
    /// `SX`
    Sx,
    /// `SY`
    Sy,
    /// `SZ`
    Sz,
    /// `TC`
    Tc,
    /// `TD`
    Td,
    /// `TF`
    Tf,
    /// `TG`
    Tg,
    /// `TH`
    Th,
    /// `TJ`
    Tj,
    /// `TK`
    Tk,
    /// `TL`
    Tl,
    /// `TM`
    Tm,
    /// `TN`
    Tn,
    /// `TO`
    To,
    /// `TR`
    Tr,
    /// `TT`
    Tt,
    /// `TV`
    Tv,
    /// `TW`
    Tw,
    /// `TZ`
    Tz,
    /// `UA`
    Ua,
    /// `UG`
    Ug,
    /// `UM`
    Um,
    /// `US`
    Us,
    /// `UY`
    Uy,
    /// `UZ`
    Uz,
    /// `VA`
    Va,
    /// `VC`
    Vc,
    /// `VE`
    Ve,
    /// `VG`
    Vg,
    /// `VI`
    Vi,
    /// `VN`
    Vn,
    /// `VU`
    Vu,
    /// `WF`
    Wf,
    /// `WS`
    Ws,
    /// `XK`
    Xk,
    /// `YE`
    Ye,
    /// `YT`
    Yt,
    /// `ZA`
    Za,
    /// `ZM`
    Zm,
    /// `ZW`
    Zw,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CountryCodes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ad => "AD",
            Self::Ae => "AE",
            Self::Af => "AF",
            Self::Ag => "AG",
            Self::Ai => "AI",
            Self::Al => "AL",
            Self::Am => "AM",
            Self::Ao => "AO",
            Self::Aq => "AQ",
            Self::Ar => "AR",
            Self::As => "AS",
            Self::At => "AT",
            Self::Au => "AU",
            Self::Aw => "AW",
            Self::Ax => "AX",
            Self::Az => "AZ",
            Self::Ba => "BA",
            Self::Bb => "BB",
            Self::Bd => "BD",
            Self::Be => "BE",
            Self::Bf => "BF",
            Self::Bg => "BG",
            Self::Bh => "BH",
            Self::Bi => "BI",
            Self::Bj => "BJ",
            Self::Bl => "BL",
            Self::Bm => "BM",
            Self::Bn => "BN",
            Self::Bo => "BO",
            Self::Bq => "BQ",
            Self::Br => "BR",
            Self::Bs => "BS",
            Self::Bt => "BT",
            Self::Bv => "BV",
            Self::Bw => "BW",
            Self::By => "BY",
            Self::Bz => "BZ",
            Self::Ca => "CA",
            Self::Cc => "CC",
            Self::Cd => "CD",
            Self::Cf => "CF",
            Self::Cg => "CG",
            Self::Ch => "CH",
            Self::Ci => "CI",
            Self::Ck => "CK",
            Self::Cl => "CL",
            Self::Cm => "CM",
            Self::Cn => "CN",
            Self::Co => "CO",
            Self::Cr => "CR",
            Self::Cu => "CU",
            Self::Cv => "CV",
            Self::Cw => "CW",
            Self::Cx => "CX",
            Self::Cy => "CY",
            Self::Cz => "CZ",
            Self::De => "DE",
            Self::Dj => "DJ",
            Self::Dk => "DK",
            Self::Dm => "DM",
            Self::Do => "DO",
            Self::Dz => "DZ",
            Self::Ec => "EC",
            Self::Ee => "EE",
            Self::Eg => "EG",
            Self::Eh => "EH",
            Self::Er => "ER",
            Self::Es => "ES",
            Self::Et => "ET",
            Self::Fi => "FI",
            Self::Fj => "FJ",
            Self::Fk => "FK",
            Self::Fm => "FM",
            Self::Fo => "FO",
            Self::Fr => "FR",
            Self::Ga => "GA",
            Self::Gb => "GB",
            Self::Gd => "GD",
            Self::Ge => "GE",
            Self::Gf => "GF",
            Self::Gg => "GG",
            Self::Gh => "GH",
            Self::Gi => "GI",
            Self::Gl => "GL",
            Self::Gm => "GM",
            Self::Gn => "GN",
            Self::Gp => "GP",
            Self::Gq => "GQ",
            Self::Gr => "GR",
            Self::Gs => "GS",
            Self::Gt => "GT",
            Self::Gu => "GU",
            Self::Gw => "GW",
            Self::Gy => "GY",
            Self::Hk => "HK",
            Self::Hm => "HM",
            Self::Hn => "HN",
            Self::Hr => "HR",
            Self::Ht => "HT",
            Self::Hu => "HU",
            Self::Id => "ID",
            Self::Ie => "IE",
            Self::Il => "IL",
            Self::Im => "IM",
            Self::In => "IN",
            Self::Io => "IO",
            Self::Iq => "IQ",
            Self::Ir => "IR",
            Self::Is => "IS",
            Self::It => "IT",
            Self::Je => "JE",
            Self::Jm => "JM",
            Self::Jo => "JO",
            Self::Jp => "JP",
            Self::Ke => "KE",
            Self::Kg => "KG",
            Self::Kh => "KH",
            Self::Ki => "KI",
            Self::Km => "KM",
            Self::Kn => "KN",
            Self::Kp => "KP",
            Self::Kr => "KR",
            Self::Kw => "KW",
            Self::Ky => "KY",
            Self::Kz => "KZ",
            Self::La => "LA",
            Self::Lb => "LB",
            Self::Lc => "LC",
            Self::Li => "LI",
            Self::Lk => "LK",
            Self::Lr => "LR",
            Self::Ls => "LS",
            Self::Lt => "LT",
            Self::Lu => "LU",
            Self::Lv => "LV",
            Self::Ly => "LY",
            Self::Ma => "MA",
            Self::Mc => "MC",
            Self::Md => "MD",
            Self::Me => "ME",
            Self::Mf => "MF",
            Self::Mg => "MG",
            Self::Mh => "MH",
            Self::Mk => "MK",
            Self::Ml => "ML",
            Self::Mm => "MM",
            Self::Mn => "MN",
            Self::Mo => "MO",
            Self::Mp => "MP",
            Self::Mq => "MQ",
            Self::Mr => "MR",
            Self::Ms => "MS",
            Self::Mt => "MT",
            Self::Mu => "MU",
            Self::Mv => "MV",
            Self::Mw => "MW",
            Self::Mx => "MX",
            Self::My => "MY",
            Self::Mz => "MZ",
            Self::Na => "NA",
            Self::Nc => "NC",
            Self::Ne => "NE",
            Self::Nf => "NF",
            Self::Ng => "NG",
            Self::Ni => "NI",
            Self::Nl => "NL",
            Self::No => "NO",
            Self::Np => "NP",
            Self::Nr => "NR",
            Self::Nu => "NU",
            Self::Nz => "NZ",
            Self::Om => "OM",
            Self::Pa => "PA",
            Self::Pe => "PE",
            Self::Pf => "PF",
            Self::Pg => "PG",
            Self::Ph => "PH",
            Self::Pk => "PK",
            Self::Pl => "PL",
            Self::Pm => "PM",
            Self::Pn => "PN",
            Self::Pr => "PR",
            Self::Ps => "PS",
            Self::Pt => "PT",
            Self::Pw => "PW",
            Self::Py => "PY",
            Self::Qa => "QA",
            Self::Re => "RE",
            Self::Ro => "RO",
            Self::Rs => "RS",
            Self::Ru => "RU",
            Self::Rw => "RW",
            Self::Sa => "SA",
            Self::Sb => "SB",
            Self::Sc => "SC",
            Self::Sd => "SD",
            Self::Se => "SE",
            Self::Sg => "SG",
            Self::Sh => "SH",
            Self::Si => "SI",
            Self::Sj => "SJ",
            Self::Sk => "SK",
            Self::Sl => "SL",
            Self::Sm => "SM",
            Self::Sn => "SN",
            Self::So => "SO",
            Self::Sr => "SR",
            Self::Ss => "SS",
            Self::St => "ST",
            Self::Sv => "SV",
            Self::Sx => "SX",
            Self::Sy => "SY",
            Self::Sz => "SZ",
            Self::Tc => "TC",
            Self::Td => "TD",
            Self::Tf => "TF",
            Self::Tg => "TG",
            Self::Th => "TH",
            Self::Tj => "TJ",
            Self::Tk => "TK",
            Self::Tl => "TL",
            Self::Tm => "TM",
            Self::Tn => "TN",
            Self::To => "TO",
            Self::Tr => "TR",
            Self::Tt => "TT",
            Self::Tv => "TV",
            Self::Tw => "TW",
            Self::Tz => "TZ",
            Self::Ua => "UA",
            Self::Ug => "UG",
            Self::Um => "UM",
            Self::Us => "US",
            Self::Uy => "UY",
            Self::Uz => "UZ",
            Self::Va => "VA",
            Self::Vc => "VC",
            Self::Ve => "VE",
            Self::Vg => "VG",
            Self::Vi => "VI",
            Self::Vn => "VN",
            Self::Vu => "VU",
            Self::Wf => "WF",
            Self::Ws => "WS",
            Self::Xk => "XK",
            Self::Ye => "YE",
            Self::Yt => "YT",
            Self::Za => "ZA",
            Self::Zm => "ZM",
            Self::Zw => "ZW",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB",
            "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY",
            "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX",
            "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK",
            "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS",
            "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR",
            "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA",
            "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
            "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE",
            "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM",
            "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG",
            "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF",
            "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY",
            "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "XK", "YE", "YT", "ZA", "ZM", "ZW",
        ]
    }
}
impl ::std::convert::From<CountryCodes> for ::forma_core::Value<CountryCodes> {
    fn from(v: CountryCodes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CountryCodes {}

/// The `GeoMatchStatement` property type of `AWS::WAFv2::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct GeoMatchStatement {
    props: ::forma_core::schema::Props,
}
impl GeoMatchStatement {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CountryCodes`.
    pub fn country_codes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CountryCodes>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ForwardedIPConfig`.
    pub fn forwarded_ip_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ForwardedIpConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GeoMatchStatement {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GeoMatchStatement> for ::forma_core::Value<GeoMatchStatement> {
    fn from(v: GeoMatchStatement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GEO_MATCH_STATEMENT_TYPE.properties))
    }
}

/// The `IPSetReferenceStatement` property type of `AWS::WAFv2::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct IpSetReferenceStatement {
    props: ::forma_core::schema::Props,
}
impl IpSetReferenceStatement {
    /// A new value with its required properties: `Arn`.
    pub fn new(arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, arn.into().into_expr());
        Self { props }
    }
    /// `IPSetForwardedIPConfig`.
    pub fn ip_set_forwarded_ip_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IpSetForwardedIpConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IpSetReferenceStatement> for ::forma_core::Value<IpSetReferenceStatement> {
    fn from(v: IpSetReferenceStatement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IP_SET_REFERENCE_STATEMENT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LABEL`, `NAMESPACE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LabelMatchScope {
    /// `LABEL`
    Label,
    /// `NAMESPACE`
    Namespace,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LabelMatchScope {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Label => "LABEL",
            Self::Namespace => "NAMESPACE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LABEL", "NAMESPACE"]
    }
}
impl ::std::convert::From<LabelMatchScope> for ::forma_core::Value<LabelMatchScope> {
    fn from(v: LabelMatchScope) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LabelMatchScope {}

/// The `LabelMatchStatement` property type of `AWS::WAFv2::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelMatchStatement {
    props: ::forma_core::schema::Props,
}
impl LabelMatchStatement {
    /// A new value with its required properties: `Key`, `Scope`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        scope: impl ::forma_core::schema::EnumArg<LabelMatchScope>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, scope.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<LabelMatchStatement> for ::forma_core::Value<LabelMatchStatement> {
    fn from(v: LabelMatchStatement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LABEL_MATCH_STATEMENT_TYPE.properties))
    }
}

/// The `NotStatement` property type of `AWS::WAFv2::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct NotStatement {
    props: ::forma_core::schema::Props,
}
impl NotStatement {
    /// A new value with its required properties: `Statement`.
    pub fn new(statement: impl ::std::convert::Into<::forma_core::Value<Statement>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, statement.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<NotStatement> for ::forma_core::Value<NotStatement> {
    fn from(v: NotStatement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOT_STATEMENT_TYPE.properties))
    }
}

/// The `OrStatement` property type of `AWS::WAFv2::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct OrStatement {
    props: ::forma_core::schema::Props,
}
impl OrStatement {
    /// A new value with its required properties: `Statements`.
    pub fn new(statements: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Statement>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, statements.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OrStatement> for ::forma_core::Value<OrStatement> {
    fn from(v: OrStatement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OR_STATEMENT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `IP`, `FORWARDED_IP`, `CONSTANT`, `CUSTOM_KEYS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AggregateKeyType {
    /// `IP`
    Ip,
    /// `FORWARDED_IP`
    ForwardedIp,
    /// `CONSTANT`
    Constant,
    /// `CUSTOM_KEYS`
    CustomKeys,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AggregateKeyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ip => "IP",
            Self::ForwardedIp => "FORWARDED_IP",
            Self::Constant => "CONSTANT",
            Self::CustomKeys => "CUSTOM_KEYS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IP", "FORWARDED_IP", "CONSTANT", "CUSTOM_KEYS"]
    }
}
impl ::std::convert::From<AggregateKeyType> for ::forma_core::Value<AggregateKeyType> {
    fn from(v: AggregateKeyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AggregateKeyType {}

/// The `RateBasedStatement` property type of `AWS::WAFv2::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct RateBasedStatement {
    props: ::forma_core::schema::Props,
}
impl RateBasedStatement {
    /// A new value with its required properties: `AggregateKeyType`, `Limit`.
    pub fn new(
        aggregate_key_type: impl ::forma_core::schema::EnumArg<AggregateKeyType>,
        limit: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, aggregate_key_type.into_enum_expr());
        props.set(4, limit.into().into_expr());
        Self { props }
    }
    /// Specifies the aggregate keys to use in a rate-base rule.
    pub fn custom_keys(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RateBasedStatementCustomKey>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `EvaluationWindowSec`.
    ///
    /// Allowed: one of 60, 120, 300, 600.
    pub fn evaluation_window_sec(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ForwardedIPConfig`.
    pub fn forwarded_ip_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ForwardedIpConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// First level statement that contains conditions, such as ByteMatch, SizeConstraint, etc
    pub fn scope_down_statement(mut self, value: impl ::std::convert::Into<::forma_core::Value<Statement>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RateBasedStatement> for ::forma_core::Value<RateBasedStatement> {
    fn from(v: RateBasedStatement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RATE_BASED_STATEMENT_TYPE.properties))
    }
}

/// The `RegexMatchStatement` property type of `AWS::WAFv2::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct RegexMatchStatement {
    props: ::forma_core::schema::Props,
}
impl RegexMatchStatement {
    /// A new value with its required properties: `FieldToMatch`, `RegexString`, `TextTransformations`.
    pub fn new(
        field_to_match: impl ::std::convert::Into<::forma_core::Value<FieldToMatch>>,
        regex_string: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        text_transformations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TextTransformation>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, field_to_match.into().into_expr());
        props.set(2, regex_string.into().into_expr());
        props.set(3, text_transformations.into().into_expr());
        Self { props }
    }
    /// `PreParseTextTransformations`.
    pub fn pre_parse_text_transformations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PreParseTextTransformation>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RegexMatchStatement> for ::forma_core::Value<RegexMatchStatement> {
    fn from(v: RegexMatchStatement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REGEX_MATCH_STATEMENT_TYPE.properties))
    }
}

/// The `RegexPatternSetReferenceStatement` property type of `AWS::WAFv2::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct RegexPatternSetReferenceStatement {
    props: ::forma_core::schema::Props,
}
impl RegexPatternSetReferenceStatement {
    /// A new value with its required properties: `Arn`, `FieldToMatch`, `TextTransformations`.
    pub fn new(
        arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        field_to_match: impl ::std::convert::Into<::forma_core::Value<FieldToMatch>>,
        text_transformations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TextTransformation>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, arn.into().into_expr());
        props.set(1, field_to_match.into().into_expr());
        props.set(3, text_transformations.into().into_expr());
        Self { props }
    }
    /// `PreParseTextTransformations`.
    pub fn pre_parse_text_transformations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PreParseTextTransformation>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RegexPatternSetReferenceStatement>
    for ::forma_core::Value<RegexPatternSetReferenceStatement>
{
    fn from(v: RegexPatternSetReferenceStatement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REGEX_PATTERN_SET_REFERENCE_STATEMENT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EQ`, `NE`, `LE`, `LT`, `GE`, `GT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComparisonOperator {
    /// `EQ`
    Eq,
    /// `NE`
    Ne,
    /// `LE`
    Le,
    /// `LT`
    Lt,
    /// `GE`
    Ge,
    /// `GT`
    Gt,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ComparisonOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Eq => "EQ",
            Self::Ne => "NE",
            Self::Le => "LE",
            Self::Lt => "LT",
            Self::Ge => "GE",
            Self::Gt => "GT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EQ", "NE", "LE", "LT", "GE", "GT"]
    }
}
impl ::std::convert::From<ComparisonOperator> for ::forma_core::Value<ComparisonOperator> {
    fn from(v: ComparisonOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ComparisonOperator {}

/// Size Constraint statement.
#[derive(Debug, Clone, PartialEq)]
pub struct SizeConstraintStatement {
    props: ::forma_core::schema::Props,
}
impl SizeConstraintStatement {
    /// A new value with its required properties: `ComparisonOperator`, `FieldToMatch`, `Size`, `TextTransformations`.
    pub fn new(
        comparison_operator: impl ::forma_core::schema::EnumArg<ComparisonOperator>,
        field_to_match: impl ::std::convert::Into<::forma_core::Value<FieldToMatch>>,
        size: impl ::std::convert::Into<::forma_core::Value<f64>>,
        text_transformations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TextTransformation>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, comparison_operator.into_enum_expr());
        props.set(1, field_to_match.into().into_expr());
        props.set(3, size.into().into_expr());
        props.set(4, text_transformations.into().into_expr());
        Self { props }
    }
    /// `PreParseTextTransformations`.
    pub fn pre_parse_text_transformations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PreParseTextTransformation>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SizeConstraintStatement> for ::forma_core::Value<SizeConstraintStatement> {
    fn from(v: SizeConstraintStatement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SIZE_CONSTRAINT_STATEMENT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LOW`, `HIGH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SensitivityLevel {
    /// `LOW`
    Low,
    /// `HIGH`
    High,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SensitivityLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "LOW",
            Self::High => "HIGH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LOW", "HIGH"]
    }
}
impl ::std::convert::From<SensitivityLevel> for ::forma_core::Value<SensitivityLevel> {
    fn from(v: SensitivityLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SensitivityLevel {}

/// Sqli Match Statement.
#[derive(Debug, Clone, PartialEq)]
pub struct SqliMatchStatement {
    props: ::forma_core::schema::Props,
}
impl SqliMatchStatement {
    /// A new value with its required properties: `FieldToMatch`, `TextTransformations`.
    pub fn new(
        field_to_match: impl ::std::convert::Into<::forma_core::Value<FieldToMatch>>,
        text_transformations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TextTransformation>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, field_to_match.into().into_expr());
        props.set(3, text_transformations.into().into_expr());
        Self { props }
    }
    /// `PreParseTextTransformations`.
    pub fn pre_parse_text_transformations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PreParseTextTransformation>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Sensitivity Level current only used for sqli match statements.
    pub fn sensitivity_level(mut self, value: impl ::forma_core::schema::EnumArg<SensitivityLevel>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<SqliMatchStatement> for ::forma_core::Value<SqliMatchStatement> {
    fn from(v: SqliMatchStatement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SQLI_MATCH_STATEMENT_TYPE.properties))
    }
}

/// Xss Match Statement.
#[derive(Debug, Clone, PartialEq)]
pub struct XssMatchStatement {
    props: ::forma_core::schema::Props,
}
impl XssMatchStatement {
    /// A new value with its required properties: `FieldToMatch`, `TextTransformations`.
    pub fn new(
        field_to_match: impl ::std::convert::Into<::forma_core::Value<FieldToMatch>>,
        text_transformations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TextTransformation>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, field_to_match.into().into_expr());
        props.set(2, text_transformations.into().into_expr());
        Self { props }
    }
    /// `PreParseTextTransformations`.
    pub fn pre_parse_text_transformations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PreParseTextTransformation>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<XssMatchStatement> for ::forma_core::Value<XssMatchStatement> {
    fn from(v: XssMatchStatement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(XSS_MATCH_STATEMENT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `USDC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CryptoCurrency {
    /// `USDC`
    Usdc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CryptoCurrency {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Usdc => "USDC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["USDC"]
    }
}
impl ::std::convert::From<CryptoCurrency> for ::forma_core::Value<CryptoCurrency> {
    fn from(v: CryptoCurrency) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CryptoCurrency {}

/// A price configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Price {
    props: ::forma_core::schema::Props,
}
impl Price {
    /// A new value with its required properties: `Amount`, `Currency`.
    pub fn new(
        amount: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        currency: impl ::forma_core::schema::EnumArg<CryptoCurrency>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, amount.into().into_expr());
        props.set(1, currency.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<Price> for ::forma_core::Value<Price> {
    fn from(v: Price) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRICE_TYPE.properties))
    }
}

/// Custom request handling.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomRequestHandling {
    props: ::forma_core::schema::Props,
}
impl CustomRequestHandling {
    /// A new value with its required properties: `InsertHeaders`.
    pub fn new(
        insert_headers: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomHttpHeader>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, insert_headers.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomRequestHandling> for ::forma_core::Value<CustomRequestHandling> {
    fn from(v: CustomRequestHandling) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_REQUEST_HANDLING_TYPE.properties))
    }
}

/// Custom response.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomResponse {
    props: ::forma_core::schema::Props,
}
impl CustomResponse {
    /// A new value with its required properties: `ResponseCode`.
    pub fn new(response_code: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, response_code.into().into_expr());
        Self { props }
    }
    /// Custom response body key.
    ///
    /// Allowed: length 1 to 128.
    pub fn custom_response_body_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Collection of HTTP headers.
    pub fn response_headers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomHttpHeader>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomResponse> for ::forma_core::Value<CustomResponse> {
    fn from(v: CustomResponse) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_RESPONSE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `MATCH`, `NO_MATCH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FallbackBehavior {
    /// `MATCH`
    Match,
    /// `NO_MATCH`
    NoMatch,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FallbackBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Match => "MATCH",
            Self::NoMatch => "NO_MATCH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MATCH", "NO_MATCH"]
    }
}
impl ::std::convert::From<FallbackBehavior> for ::forma_core::Value<FallbackBehavior> {
    fn from(v: FallbackBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FallbackBehavior {}

/// The `ForwardedIPConfiguration` property type of `AWS::WAFv2::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct ForwardedIpConfiguration {
    props: ::forma_core::schema::Props,
}
impl ForwardedIpConfiguration {
    /// A new value with its required properties: `FallbackBehavior`, `HeaderName`.
    pub fn new(
        fallback_behavior: impl ::forma_core::schema::EnumArg<FallbackBehavior>,
        header_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, fallback_behavior.into_enum_expr());
        props.set(1, header_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ForwardedIpConfiguration> for ::forma_core::Value<ForwardedIpConfiguration> {
    fn from(v: ForwardedIpConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FORWARDED_IP_CONFIGURATION_TYPE.properties))
    }
}

/// Field of the request to match.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldToMatch {
    props: ::forma_core::schema::Props,
}
impl FieldToMatch {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AllQueryArguments`.
    pub fn all_query_arguments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The body of a web request.
    pub fn body(mut self, value: impl ::std::convert::Into<::forma_core::Value<Body>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Includes cookies of a web request.
    pub fn cookies(mut self, value: impl ::std::convert::Into<::forma_core::Value<Cookies>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The string containing the list of a web request's header names, ordered as they appear in the web request, separated by colons.
    pub fn header_order(mut self, value: impl ::std::convert::Into<::forma_core::Value<HeaderOrder>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Includes headers of a web request.
    pub fn headers(mut self, value: impl ::std::convert::Into<::forma_core::Value<Headers>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Includes the JA3 fingerprint of a web request.
    pub fn ja3_fingerprint(mut self, value: impl ::std::convert::Into<::forma_core::Value<Ja3Fingerprint>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Includes the JA4 fingerprint of a web request.
    pub fn ja4_fingerprint(mut self, value: impl ::std::convert::Into<::forma_core::Value<Ja4Fingerprint>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Inspect the request body as JSON.
    pub fn json_body(mut self, value: impl ::std::convert::Into<::forma_core::Value<JsonBody>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Method`.
    pub fn method(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `QueryString`.
    pub fn query_string(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `SingleHeader`.
    pub fn single_header(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FieldToMatchSingleHeader>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// One query argument in a web request, identified by name, for example UserName or SalesRegion.
    pub fn single_query_argument(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FieldToMatchSingleQueryArgument>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// The path component of the URI Fragment.
    pub fn uri_fragment(mut self, value: impl ::std::convert::Into<::forma_core::Value<UriFragment>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `UriPath`.
    pub fn uri_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FieldToMatch {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FieldToMatch> for ::forma_core::Value<FieldToMatch> {
    fn from(v: FieldToMatch) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIELD_TO_MATCH_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NONE`, `URL_DECODE`, `URL_DECODE_UNI`, `COMBINE_DUPLICATE_QUERY_ARGS_BY_COMMA`, `REPLACE_SEMICOLONS_WITH_AMPERSANDS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PreParseTextTransformationType {
    /// `NONE`
    None,
    /// `URL_DECODE`
    UrlDecode,
    /// `URL_DECODE_UNI`
    UrlDecodeUni,
    /// `COMBINE_DUPLICATE_QUERY_ARGS_BY_COMMA`
    CombineDuplicateQueryArgsByComma,
    /// `REPLACE_SEMICOLONS_WITH_AMPERSANDS`
    ReplaceSemicolonsWithAmpersands,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PreParseTextTransformationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::UrlDecode => "URL_DECODE",
            Self::UrlDecodeUni => "URL_DECODE_UNI",
            Self::CombineDuplicateQueryArgsByComma => "COMBINE_DUPLICATE_QUERY_ARGS_BY_COMMA",
            Self::ReplaceSemicolonsWithAmpersands => "REPLACE_SEMICOLONS_WITH_AMPERSANDS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "NONE",
            "URL_DECODE",
            "URL_DECODE_UNI",
            "COMBINE_DUPLICATE_QUERY_ARGS_BY_COMMA",
            "REPLACE_SEMICOLONS_WITH_AMPERSANDS",
        ]
    }
}
impl ::std::convert::From<PreParseTextTransformationType> for ::forma_core::Value<PreParseTextTransformationType> {
    fn from(v: PreParseTextTransformationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PreParseTextTransformationType {}

/// Text Transformation applied before parsing the query string.
#[derive(Debug, Clone, PartialEq)]
pub struct PreParseTextTransformation {
    props: ::forma_core::schema::Props,
}
impl PreParseTextTransformation {
    /// A new value with its required properties: `Priority`, `Type`.
    pub fn new(
        priority: impl ::std::convert::Into<::forma_core::Value<i64>>,
        type_: impl ::forma_core::schema::EnumArg<PreParseTextTransformationType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, priority.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<PreParseTextTransformation> for ::forma_core::Value<PreParseTextTransformation> {
    fn from(v: PreParseTextTransformation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRE_PARSE_TEXT_TRANSFORMATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NONE`, `COMPRESS_WHITE_SPACE`, `HTML_ENTITY_DECODE`, `LOWERCASE`, `CMD_LINE`, `URL_DECODE`, `BASE64_DECODE`, `HEX_DECODE`, `MD5`, `REPLACE_COMMENTS`, `ESCAPE_SEQ_DECODE`, `SQL_HEX_DECODE`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextTransformationType {
    /// `NONE`
    None,
    /// `COMPRESS_WHITE_SPACE`
    CompressWhiteSpace,
    /// `HTML_ENTITY_DECODE`
    HtmlEntityDecode,
    /// `LOWERCASE`
    Lowercase,
    /// `CMD_LINE`
    CmdLine,
    /// `URL_DECODE`
    UrlDecode,
    /// `BASE64_DECODE`
    Base64Decode,
    /// `HEX_DECODE`
    HexDecode,
    /// `MD5`
    Md5,
    /// `REPLACE_COMMENTS`
    ReplaceComments,
    /// `ESCAPE_SEQ_DECODE`
    EscapeSeqDecode,
    /// `SQL_HEX_DECODE`
    SqlHexDecode,
    /// `CSS_DECODE`
    CssDecode,
    /// `JS_DECODE`
    JsDecode,
    /// `NORMALIZE_PATH`
    NormalizePath,
    /// `NORMALIZE_PATH_WIN`
    NormalizePathWin,
    /// `REMOVE_NULLS`
    RemoveNulls,
    /// `REPLACE_NULLS`
    ReplaceNulls,
    /// `BASE64_DECODE_EXT`
    Base64DecodeExt,
    /// `URL_DECODE_UNI`
    UrlDecodeUni,
    /// `UTF8_TO_UNICODE`
    Utf8ToUnicode,
    /// `REMOVE_WHITESPACE`
    RemoveWhitespace,
    /// `TRIM`
    Trim,
    /// `TRIM_LEFT`
    TrimLeft,
    /// `TRIM_RIGHT`
    TrimRight,
    /// `REMOVE_COMMENTS_CHAR`
    RemoveCommentsChar,
    /// `UPPERCASE`
    Uppercase,
    /// `CMD_LINE_WIN`
    CmdLineWin,
    /// `CMD_LINE_UNIX`
    CmdLineUnix,
    /// `JS_DECODE_EXT`
    JsDecodeExt,
    /// `SHA256`
    Sha256,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TextTransformationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::CompressWhiteSpace => "COMPRESS_WHITE_SPACE",
            Self::HtmlEntityDecode => "HTML_ENTITY_DECODE",
            Self::Lowercase => "LOWERCASE",
            Self::CmdLine => "CMD_LINE",
            Self::UrlDecode => "URL_DECODE",
            Self::Base64Decode => "BASE64_DECODE",
            Self::HexDecode => "HEX_DECODE",
            Self::Md5 => "MD5",
            Self::ReplaceComments => "REPLACE_COMMENTS",
            Self::EscapeSeqDecode => "ESCAPE_SEQ_DECODE",
            Self::SqlHexDecode => "SQL_HEX_DECODE",
            Self::CssDecode => "CSS_DECODE",
            Self::JsDecode => "JS_DECODE",
            Self::NormalizePath => "NORMALIZE_PATH",
            Self::NormalizePathWin => "NORMALIZE_PATH_WIN",
            Self::RemoveNulls => "REMOVE_NULLS",
            Self::ReplaceNulls => "REPLACE_NULLS",
            Self::Base64DecodeExt => "BASE64_DECODE_EXT",
            Self::UrlDecodeUni => "URL_DECODE_UNI",
            Self::Utf8ToUnicode => "UTF8_TO_UNICODE",
            Self::RemoveWhitespace => "REMOVE_WHITESPACE",
            Self::Trim => "TRIM",
            Self::TrimLeft => "TRIM_LEFT",
            Self::TrimRight => "TRIM_RIGHT",
            Self::RemoveCommentsChar => "REMOVE_COMMENTS_CHAR",
            Self::Uppercase => "UPPERCASE",
            Self::CmdLineWin => "CMD_LINE_WIN",
            Self::CmdLineUnix => "CMD_LINE_UNIX",
            Self::JsDecodeExt => "JS_DECODE_EXT",
            Self::Sha256 => "SHA256",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "NONE",
            "COMPRESS_WHITE_SPACE",
            "HTML_ENTITY_DECODE",
            "LOWERCASE",
            "CMD_LINE",
            "URL_DECODE",
            "BASE64_DECODE",
            "HEX_DECODE",
            "MD5",
            "REPLACE_COMMENTS",
            "ESCAPE_SEQ_DECODE",
            "SQL_HEX_DECODE",
            "CSS_DECODE",
            "JS_DECODE",
            "NORMALIZE_PATH",
            "NORMALIZE_PATH_WIN",
            "REMOVE_NULLS",
            "REPLACE_NULLS",
            "BASE64_DECODE_EXT",
            "URL_DECODE_UNI",
            "UTF8_TO_UNICODE",
            "REMOVE_WHITESPACE",
            "TRIM",
            "TRIM_LEFT",
            "TRIM_RIGHT",
            "REMOVE_COMMENTS_CHAR",
            "UPPERCASE",
            "CMD_LINE_WIN",
            "CMD_LINE_UNIX",
            "JS_DECODE_EXT",
            "SHA256",
        ]
    }
}
impl ::std::convert::From<TextTransformationType> for ::forma_core::Value<TextTransformationType> {
    fn from(v: TextTransformationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TextTransformationType {}

/// Text Transformation on the Search String before match.
#[derive(Debug, Clone, PartialEq)]
pub struct TextTransformation {
    props: ::forma_core::schema::Props,
}
impl TextTransformation {
    /// A new value with its required properties: `Priority`, `Type`.
    pub fn new(
        priority: impl ::std::convert::Into<::forma_core::Value<i64>>,
        type_: impl ::forma_core::schema::EnumArg<TextTransformationType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, priority.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<TextTransformation> for ::forma_core::Value<TextTransformation> {
    fn from(v: TextTransformation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TEXT_TRANSFORMATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `FIRST`, `LAST`, `ANY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Position {
    /// `FIRST`
    First,
    /// `LAST`
    Last,
    /// `ANY`
    Any,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Position {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::First => "FIRST",
            Self::Last => "LAST",
            Self::Any => "ANY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FIRST", "LAST", "ANY"]
    }
}
impl ::std::convert::From<Position> for ::forma_core::Value<Position> {
    fn from(v: Position) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Position {}

/// The `IPSetForwardedIPConfiguration` property type of `AWS::WAFv2::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct IpSetForwardedIpConfiguration {
    props: ::forma_core::schema::Props,
}
impl IpSetForwardedIpConfiguration {
    /// A new value with its required properties: `FallbackBehavior`, `HeaderName`, `Position`.
    pub fn new(
        fallback_behavior: impl ::forma_core::schema::EnumArg<FallbackBehavior>,
        header_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        position: impl ::forma_core::schema::EnumArg<Position>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, fallback_behavior.into_enum_expr());
        props.set(1, header_name.into().into_expr());
        props.set(2, position.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<IpSetForwardedIpConfiguration> for ::forma_core::Value<IpSetForwardedIpConfiguration> {
    fn from(v: IpSetForwardedIpConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IP_SET_FORWARDED_IP_CONFIGURATION_TYPE.properties))
    }
}

/// Specifies a single custom aggregate key for a rate-base rule.
#[derive(Debug, Clone, PartialEq)]
pub struct RateBasedStatementCustomKey {
    props: ::forma_core::schema::Props,
}
impl RateBasedStatementCustomKey {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the request's ASN as an aggregate key for a rate-based rule.
    pub fn asn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies a cookie as an aggregate key for a rate-based rule.
    pub fn cookie(mut self, value: impl ::std::convert::Into<::forma_core::Value<RateLimitCookie>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ForwardedIP`.
    pub fn forwarded_ip(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `HTTPMethod`.
    pub fn http_method(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Specifies a header as an aggregate key for a rate-based rule.
    pub fn header(mut self, value: impl ::std::convert::Into<::forma_core::Value<RateLimitHeader>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `IP`.
    pub fn ip(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Specifies the request's JA3 fingerprint as an aggregate key for a rate-based rule.
    pub fn ja3_fingerprint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RateLimitJa3Fingerprint>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Specifies the request's JA4 fingerprint as an aggregate key for a rate-based rule.
    pub fn ja4_fingerprint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RateLimitJa4Fingerprint>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Specifies a label namespace to use as an aggregate key for a rate-based rule.
    pub fn label_namespace(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RateLimitLabelNamespace>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Specifies a query argument in the request as an aggregate key for a rate-based rule.
    pub fn query_argument(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RateLimitQueryArgument>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// Specifies the request's query string as an aggregate key for a rate-based rule.
    pub fn query_string(mut self, value: impl ::std::convert::Into<::forma_core::Value<RateLimitQueryString>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// Specifies the request's URI Path as an aggregate key for a rate-based rule.
    pub fn uri_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<RateLimitUriPath>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RateBasedStatementCustomKey {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RateBasedStatementCustomKey> for ::forma_core::Value<RateBasedStatementCustomKey> {
    fn from(v: RateBasedStatementCustomKey) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RATE_BASED_STATEMENT_CUSTOM_KEY_TYPE.properties))
    }
}

/// HTTP header.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomHttpHeader {
    props: ::forma_core::schema::Props,
}
impl CustomHttpHeader {
    /// A new value with its required properties: `Name`, `Value`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomHttpHeader> for ::forma_core::Value<CustomHttpHeader> {
    fn from(v: CustomHttpHeader) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_HTTP_HEADER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CONTINUE`, `MATCH`, `NO_MATCH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OversizeHandling {
    /// `CONTINUE`
    Continue,
    /// `MATCH`
    Match,
    /// `NO_MATCH`
    NoMatch,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OversizeHandling {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Continue => "CONTINUE",
            Self::Match => "MATCH",
            Self::NoMatch => "NO_MATCH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CONTINUE", "MATCH", "NO_MATCH"]
    }
}
impl ::std::convert::From<OversizeHandling> for ::forma_core::Value<OversizeHandling> {
    fn from(v: OversizeHandling) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OversizeHandling {}

/// The body of a web request.
#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    props: ::forma_core::schema::Props,
}
impl Body {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Handling of requests containing oversize fields
    pub fn oversize_handling(mut self, value: impl ::forma_core::schema::EnumArg<OversizeHandling>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Body {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Body> for ::forma_core::Value<Body> {
    fn from(v: Body) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BODY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALL`, `KEY`, `VALUE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MapMatchScope {
    /// `ALL`
    All,
    /// `KEY`
    Key,
    /// `VALUE`
    Value,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MapMatchScope {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Key => "KEY",
            Self::Value => "VALUE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL", "KEY", "VALUE"]
    }
}
impl ::std::convert::From<MapMatchScope> for ::forma_core::Value<MapMatchScope> {
    fn from(v: MapMatchScope) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MapMatchScope {}

/// Includes cookies of a web request.
#[derive(Debug, Clone, PartialEq)]
pub struct Cookies {
    props: ::forma_core::schema::Props,
}
impl Cookies {
    /// A new value with its required properties: `MatchPattern`, `MatchScope`, `OversizeHandling`.
    pub fn new(
        match_pattern: impl ::std::convert::Into<::forma_core::Value<CookieMatchPattern>>,
        match_scope: impl ::forma_core::schema::EnumArg<MapMatchScope>,
        oversize_handling: impl ::forma_core::schema::EnumArg<OversizeHandling>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, match_pattern.into().into_expr());
        props.set(1, match_scope.into_enum_expr());
        props.set(2, oversize_handling.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<Cookies> for ::forma_core::Value<Cookies> {
    fn from(v: Cookies) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COOKIES_TYPE.properties))
    }
}

/// The string containing the list of a web request's header names, ordered as they appear in the web request, separated by colons.
#[derive(Debug, Clone, PartialEq)]
pub struct HeaderOrder {
    props: ::forma_core::schema::Props,
}
impl HeaderOrder {
    /// A new value with its required properties: `OversizeHandling`.
    pub fn new(oversize_handling: impl ::forma_core::schema::EnumArg<OversizeHandling>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, oversize_handling.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<HeaderOrder> for ::forma_core::Value<HeaderOrder> {
    fn from(v: HeaderOrder) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEADER_ORDER_TYPE.properties))
    }
}

/// Includes headers of a web request.
#[derive(Debug, Clone, PartialEq)]
pub struct Headers {
    props: ::forma_core::schema::Props,
}
impl Headers {
    /// A new value with its required properties: `MatchPattern`, `MatchScope`, `OversizeHandling`.
    pub fn new(
        match_pattern: impl ::std::convert::Into<::forma_core::Value<HeaderMatchPattern>>,
        match_scope: impl ::forma_core::schema::EnumArg<MapMatchScope>,
        oversize_handling: impl ::forma_core::schema::EnumArg<OversizeHandling>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, match_pattern.into().into_expr());
        props.set(1, match_scope.into_enum_expr());
        props.set(2, oversize_handling.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<Headers> for ::forma_core::Value<Headers> {
    fn from(v: Headers) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEADERS_TYPE.properties))
    }
}

/// Includes the JA3 fingerprint of a web request.
#[derive(Debug, Clone, PartialEq)]
pub struct Ja3Fingerprint {
    props: ::forma_core::schema::Props,
}
impl Ja3Fingerprint {
    /// A new value with its required properties: `FallbackBehavior`.
    pub fn new(fallback_behavior: impl ::forma_core::schema::EnumArg<FallbackBehavior>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, fallback_behavior.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<Ja3Fingerprint> for ::forma_core::Value<Ja3Fingerprint> {
    fn from(v: Ja3Fingerprint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JA3_FINGERPRINT_TYPE.properties))
    }
}

/// Includes the JA4 fingerprint of a web request.
#[derive(Debug, Clone, PartialEq)]
pub struct Ja4Fingerprint {
    props: ::forma_core::schema::Props,
}
impl Ja4Fingerprint {
    /// A new value with its required properties: `FallbackBehavior`.
    pub fn new(fallback_behavior: impl ::forma_core::schema::EnumArg<FallbackBehavior>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, fallback_behavior.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<Ja4Fingerprint> for ::forma_core::Value<Ja4Fingerprint> {
    fn from(v: Ja4Fingerprint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JA4_FINGERPRINT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `MATCH`, `NO_MATCH`, `EVALUATE_AS_STRING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BodyParsingFallbackBehavior {
    /// `MATCH`
    Match,
    /// `NO_MATCH`
    NoMatch,
    /// `EVALUATE_AS_STRING`
    EvaluateAsString,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BodyParsingFallbackBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Match => "MATCH",
            Self::NoMatch => "NO_MATCH",
            Self::EvaluateAsString => "EVALUATE_AS_STRING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MATCH", "NO_MATCH", "EVALUATE_AS_STRING"]
    }
}
impl ::std::convert::From<BodyParsingFallbackBehavior> for ::forma_core::Value<BodyParsingFallbackBehavior> {
    fn from(v: BodyParsingFallbackBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BodyParsingFallbackBehavior {}

/// The values CloudFormation documents: `ALL`, `KEY`, `VALUE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JsonMatchScope {
    /// `ALL`
    All,
    /// `KEY`
    Key,
    /// `VALUE`
    Value,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl JsonMatchScope {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Key => "KEY",
            Self::Value => "VALUE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL", "KEY", "VALUE"]
    }
}
impl ::std::convert::From<JsonMatchScope> for ::forma_core::Value<JsonMatchScope> {
    fn from(v: JsonMatchScope) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for JsonMatchScope {}

/// Inspect the request body as JSON.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonBody {
    props: ::forma_core::schema::Props,
}
impl JsonBody {
    /// A new value with its required properties: `MatchPattern`, `MatchScope`.
    pub fn new(
        match_pattern: impl ::std::convert::Into<::forma_core::Value<JsonMatchPattern>>,
        match_scope: impl ::forma_core::schema::EnumArg<JsonMatchScope>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, match_pattern.into().into_expr());
        props.set(2, match_scope.into_enum_expr());
        Self { props }
    }
    /// The inspection behavior to fall back to if the JSON in the request body is invalid.
    pub fn invalid_fallback_behavior(
        mut self,
        value: impl ::forma_core::schema::EnumArg<BodyParsingFallbackBehavior>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Handling of requests containing oversize fields
    pub fn oversize_handling(mut self, value: impl ::forma_core::schema::EnumArg<OversizeHandling>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<JsonBody> for ::forma_core::Value<JsonBody> {
    fn from(v: JsonBody) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JSON_BODY_TYPE.properties))
    }
}

/// The `FieldToMatchSingleHeader` property type of `AWS::WAFv2::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldToMatchSingleHeader {
    props: ::forma_core::schema::Props,
}
impl FieldToMatchSingleHeader {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FieldToMatchSingleHeader> for ::forma_core::Value<FieldToMatchSingleHeader> {
    fn from(v: FieldToMatchSingleHeader) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIELD_TO_MATCH_SINGLE_HEADER_TYPE.properties))
    }
}

/// One query argument in a web request, identified by name, for example UserName or SalesRegion.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldToMatchSingleQueryArgument {
    props: ::forma_core::schema::Props,
}
impl FieldToMatchSingleQueryArgument {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FieldToMatchSingleQueryArgument> for ::forma_core::Value<FieldToMatchSingleQueryArgument> {
    fn from(v: FieldToMatchSingleQueryArgument) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIELD_TO_MATCH_SINGLE_QUERY_ARGUMENT_TYPE.properties))
    }
}

/// The path component of the URI Fragment.
#[derive(Debug, Clone, PartialEq)]
pub struct UriFragment {
    props: ::forma_core::schema::Props,
}
impl UriFragment {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FallbackBehavior`.
    pub fn fallback_behavior(mut self, value: impl ::forma_core::schema::EnumArg<FallbackBehavior>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for UriFragment {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UriFragment> for ::forma_core::Value<UriFragment> {
    fn from(v: UriFragment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(URI_FRAGMENT_TYPE.properties))
    }
}

/// Specifies a cookie as an aggregate key for a rate-based rule.
#[derive(Debug, Clone, PartialEq)]
pub struct RateLimitCookie {
    props: ::forma_core::schema::Props,
}
impl RateLimitCookie {
    /// A new value with its required properties: `Name`, `TextTransformations`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        text_transformations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TextTransformation>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, text_transformations.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RateLimitCookie> for ::forma_core::Value<RateLimitCookie> {
    fn from(v: RateLimitCookie) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RATE_LIMIT_COOKIE_TYPE.properties))
    }
}

/// Specifies a header as an aggregate key for a rate-based rule.
#[derive(Debug, Clone, PartialEq)]
pub struct RateLimitHeader {
    props: ::forma_core::schema::Props,
}
impl RateLimitHeader {
    /// A new value with its required properties: `Name`, `TextTransformations`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        text_transformations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TextTransformation>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, text_transformations.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RateLimitHeader> for ::forma_core::Value<RateLimitHeader> {
    fn from(v: RateLimitHeader) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RATE_LIMIT_HEADER_TYPE.properties))
    }
}

/// Specifies the request's JA3 fingerprint as an aggregate key for a rate-based rule.
#[derive(Debug, Clone, PartialEq)]
pub struct RateLimitJa3Fingerprint {
    props: ::forma_core::schema::Props,
}
impl RateLimitJa3Fingerprint {
    /// A new value with its required properties: `FallbackBehavior`.
    pub fn new(fallback_behavior: impl ::forma_core::schema::EnumArg<FallbackBehavior>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, fallback_behavior.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<RateLimitJa3Fingerprint> for ::forma_core::Value<RateLimitJa3Fingerprint> {
    fn from(v: RateLimitJa3Fingerprint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RATE_LIMIT_JA3_FINGERPRINT_TYPE.properties))
    }
}

/// Specifies the request's JA4 fingerprint as an aggregate key for a rate-based rule.
#[derive(Debug, Clone, PartialEq)]
pub struct RateLimitJa4Fingerprint {
    props: ::forma_core::schema::Props,
}
impl RateLimitJa4Fingerprint {
    /// A new value with its required properties: `FallbackBehavior`.
    pub fn new(fallback_behavior: impl ::forma_core::schema::EnumArg<FallbackBehavior>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, fallback_behavior.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<RateLimitJa4Fingerprint> for ::forma_core::Value<RateLimitJa4Fingerprint> {
    fn from(v: RateLimitJa4Fingerprint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RATE_LIMIT_JA4_FINGERPRINT_TYPE.properties))
    }
}

/// Specifies a label namespace to use as an aggregate key for a rate-based rule.
#[derive(Debug, Clone, PartialEq)]
pub struct RateLimitLabelNamespace {
    props: ::forma_core::schema::Props,
}
impl RateLimitLabelNamespace {
    /// A new value with its required properties: `Namespace`.
    pub fn new(namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, namespace.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RateLimitLabelNamespace> for ::forma_core::Value<RateLimitLabelNamespace> {
    fn from(v: RateLimitLabelNamespace) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RATE_LIMIT_LABEL_NAMESPACE_TYPE.properties))
    }
}

/// Specifies a query argument in the request as an aggregate key for a rate-based rule.
#[derive(Debug, Clone, PartialEq)]
pub struct RateLimitQueryArgument {
    props: ::forma_core::schema::Props,
}
impl RateLimitQueryArgument {
    /// A new value with its required properties: `Name`, `TextTransformations`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        text_transformations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TextTransformation>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, text_transformations.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RateLimitQueryArgument> for ::forma_core::Value<RateLimitQueryArgument> {
    fn from(v: RateLimitQueryArgument) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RATE_LIMIT_QUERY_ARGUMENT_TYPE.properties))
    }
}

/// Specifies the request's query string as an aggregate key for a rate-based rule.
#[derive(Debug, Clone, PartialEq)]
pub struct RateLimitQueryString {
    props: ::forma_core::schema::Props,
}
impl RateLimitQueryString {
    /// A new value with its required properties: `TextTransformations`.
    pub fn new(
        text_transformations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TextTransformation>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, text_transformations.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RateLimitQueryString> for ::forma_core::Value<RateLimitQueryString> {
    fn from(v: RateLimitQueryString) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RATE_LIMIT_QUERY_STRING_TYPE.properties))
    }
}

/// Specifies the request's URI Path as an aggregate key for a rate-based rule.
#[derive(Debug, Clone, PartialEq)]
pub struct RateLimitUriPath {
    props: ::forma_core::schema::Props,
}
impl RateLimitUriPath {
    /// A new value with its required properties: `TextTransformations`.
    pub fn new(
        text_transformations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TextTransformation>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, text_transformations.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RateLimitUriPath> for ::forma_core::Value<RateLimitUriPath> {
    fn from(v: RateLimitUriPath) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RATE_LIMIT_URI_PATH_TYPE.properties))
    }
}

/// The pattern to look for in the request cookies.
#[derive(Debug, Clone, PartialEq)]
pub struct CookieMatchPattern {
    props: ::forma_core::schema::Props,
}
impl CookieMatchPattern {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `All`.
    pub fn all(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ExcludedCookies`.
    pub fn excluded_cookies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `IncludedCookies`.
    pub fn included_cookies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CookieMatchPattern {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CookieMatchPattern> for ::forma_core::Value<CookieMatchPattern> {
    fn from(v: CookieMatchPattern) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COOKIE_MATCH_PATTERN_TYPE.properties))
    }
}

/// The pattern to look for in the request headers.
#[derive(Debug, Clone, PartialEq)]
pub struct HeaderMatchPattern {
    props: ::forma_core::schema::Props,
}
impl HeaderMatchPattern {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `All`.
    pub fn all(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ExcludedHeaders`.
    pub fn excluded_headers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `IncludedHeaders`.
    pub fn included_headers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HeaderMatchPattern {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HeaderMatchPattern> for ::forma_core::Value<HeaderMatchPattern> {
    fn from(v: HeaderMatchPattern) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEADER_MATCH_PATTERN_TYPE.properties))
    }
}

/// The pattern to look for in the JSON body.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonMatchPattern {
    props: ::forma_core::schema::Props,
}
impl JsonMatchPattern {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `All`.
    pub fn all(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `IncludedPaths`.
    pub fn included_paths(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for JsonMatchPattern {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<JsonMatchPattern> for ::forma_core::Value<JsonMatchPattern> {
    fn from(v: JsonMatchPattern) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JSON_MATCH_PATTERN_TYPE.properties))
    }
}

/// The schema of `AWS::WAFv2::RuleGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WAFv2::RuleGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailableLabels",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LABEL_SUMMARY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Capacity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ConsumedLabels",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LABEL_SUMMARY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CustomResponseBodies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&CUSTOM_RESPONSE_BODY_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9=:#@/\\-,.][a-zA-Z0-9+=:#@/\\-,.\\s]+[a-zA-Z0-9+=:#@/\\-,.]{1,256}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MonetizationConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MONETIZATION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z_-]{1,128}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Rules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Scope",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["CLOUDFRONT", "REGIONAL"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VisibilityConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VISIBILITY_CONFIG_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Id", "LabelNamespace", "AvailableLabels.*.Name", "ConsumedLabels.*.Name"],
};

static LABEL_SUMMARY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.LabelSummary",
    properties: &[::forma_core::schema::Property {
        name: "Name",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[0-9A-Za-z_:-]{1,1024}$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static CUSTOM_RESPONSE_BODY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.CustomResponseBody",
    properties: &[
        ::forma_core::schema::Property {
            name: "Content",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(10240),
            }),
        },
        ::forma_core::schema::Property {
            name: "ContentType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TEXT_PLAIN", "TEXT_HTML", "APPLICATION_JSON"]),
        },
    ],
    rules: &[],
};

static MONETIZATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.MonetizationConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CryptoConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CRYPTO_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CurrencyMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["REAL", "TEST"]),
        },
    ],
    rules: &[],
};

static RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.Rule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RULE_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CaptchaConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPTCHA_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ChallengeConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CHALLENGE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z_-]{1,128}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RuleLabels",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LABEL_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Statement",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STATEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VisibilityConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VISIBILITY_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static VISIBILITY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.VisibilityConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchMetricsEnabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MetricName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w#:\\.\\-/]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "SampledRequestsEnabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static CRYPTO_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.CryptoConfig",
    properties: &[::forma_core::schema::Property {
        name: "PaymentNetworks",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&PAYMENT_NETWORK_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
        ),
    }],
    rules: &[],
};

static RULE_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.RuleAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "Allow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ALLOW_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Block",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BLOCK_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Captcha",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPTCHA_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Challenge",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CHALLENGE_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Count",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COUNT_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Monetize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MONETIZE_ACTION_TYPE),
        },
    ],
    rules: &[],
};

static CAPTCHA_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.CaptchaConfig",
    properties: &[::forma_core::schema::Property {
        name: "ImmunityTimeProperty",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&IMMUNITY_TIME_PROPERTY_TYPE),
    }],
    rules: &[],
};

static CHALLENGE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.ChallengeConfig",
    properties: &[::forma_core::schema::Property {
        name: "ImmunityTimeProperty",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&IMMUNITY_TIME_PROPERTY_TYPE),
    }],
    rules: &[],
};

static LABEL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.Label",
    properties: &[::forma_core::schema::Property {
        name: "Name",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[0-9A-Za-z_:-]{1,1024}$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static STATEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.Statement",
    properties: &[
        ::forma_core::schema::Property {
            name: "AndStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AND_STATEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AsnMatchStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ASN_MATCH_STATEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ByteMatchStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BYTE_MATCH_STATEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GeoMatchStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GEO_MATCH_STATEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IPSetReferenceStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IP_SET_REFERENCE_STATEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LabelMatchStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LABEL_MATCH_STATEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NotStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NOT_STATEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OrStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OR_STATEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RateBasedStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RATE_BASED_STATEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RegexMatchStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REGEX_MATCH_STATEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RegexPatternSetReferenceStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REGEX_PATTERN_SET_REFERENCE_STATEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SizeConstraintStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SIZE_CONSTRAINT_STATEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SqliMatchStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SQLI_MATCH_STATEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "XssMatchStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&XSS_MATCH_STATEMENT_TYPE),
        },
    ],
    rules: &[],
};

static PAYMENT_NETWORK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.PaymentNetwork",
    properties: &[
        ::forma_core::schema::Property {
            name: "Chain",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BASE", "SOLANA", "BASE_SEPOLIA", "SOLANA_DEVNET"]),
        },
        ::forma_core::schema::Property {
            name: "Prices",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PRICE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "WalletAddress",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(26),
                max_length: Some(44),
            }),
        },
    ],
    rules: &[],
};

static ALLOW_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.AllowAction",
    properties: &[::forma_core::schema::Property {
        name: "CustomRequestHandling",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CUSTOM_REQUEST_HANDLING_TYPE),
    }],
    rules: &[],
};

static BLOCK_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.BlockAction",
    properties: &[::forma_core::schema::Property {
        name: "CustomResponse",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CUSTOM_RESPONSE_TYPE),
    }],
    rules: &[],
};

static CAPTCHA_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.CaptchaAction",
    properties: &[::forma_core::schema::Property {
        name: "CustomRequestHandling",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CUSTOM_REQUEST_HANDLING_TYPE),
    }],
    rules: &[],
};

static CHALLENGE_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.ChallengeAction",
    properties: &[::forma_core::schema::Property {
        name: "CustomRequestHandling",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CUSTOM_REQUEST_HANDLING_TYPE),
    }],
    rules: &[],
};

static COUNT_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.CountAction",
    properties: &[::forma_core::schema::Property {
        name: "CustomRequestHandling",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CUSTOM_REQUEST_HANDLING_TYPE),
    }],
    rules: &[],
};

static MONETIZE_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.MonetizeAction",
    properties: &[::forma_core::schema::Property {
        name: "PriceMultiplier",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^([1-9][0-9]?|100)$"),
            min_length: Some(1),
            max_length: Some(3),
        }),
    }],
    rules: &[],
};

static IMMUNITY_TIME_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.ImmunityTimeProperty",
    properties: &[::forma_core::schema::Property {
        name: "ImmunityTime",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(60.0),
            maximum: Some(259200.0),
        }),
    }],
    rules: &[],
};

static AND_STATEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.AndStatement",
    properties: &[::forma_core::schema::Property {
        name: "Statements",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&STATEMENT_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static ASN_MATCH_STATEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.AsnMatchStatement",
    properties: &[
        ::forma_core::schema::Property {
            name: "AsnList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(4294967295.0),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ForwardedIPConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FORWARDED_IP_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static BYTE_MATCH_STATEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.ByteMatchStatement",
    properties: &[
        ::forma_core::schema::Property {
            name: "FieldToMatch",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIELD_TO_MATCH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PositionalConstraint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "EXACTLY",
                "STARTS_WITH",
                "ENDS_WITH",
                "CONTAINS",
                "CONTAINS_WORD",
            ]),
        },
        ::forma_core::schema::Property {
            name: "PreParseTextTransformations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PRE_PARSE_TEXT_TRANSFORMATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SearchString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SearchStringBase64",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TextTransformations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TEXT_TRANSFORMATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static GEO_MATCH_STATEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.GeoMatchStatement",
    properties: &[
        ::forma_core::schema::Property {
            name: "CountryCodes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
                    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
                    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
                    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
                    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
                    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
                    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
                    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
                    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
                    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
                    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
                    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
                    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
                    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
                    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
                    "VN", "VU", "WF", "WS", "XK", "YE", "YT", "ZA", "ZM", "ZW",
                ]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ForwardedIPConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FORWARDED_IP_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static IP_SET_REFERENCE_STATEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.IPSetReferenceStatement",
    properties: &[
        ::forma_core::schema::Property {
            name: "Arn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "IPSetForwardedIPConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IP_SET_FORWARDED_IP_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static LABEL_MATCH_STATEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.LabelMatchStatement",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z_:-]{1,1024}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Scope",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LABEL", "NAMESPACE"]),
        },
    ],
    rules: &[],
};

static NOT_STATEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.NotStatement",
    properties: &[::forma_core::schema::Property {
        name: "Statement",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&STATEMENT_TYPE),
    }],
    rules: &[],
};

static OR_STATEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.OrStatement",
    properties: &[::forma_core::schema::Property {
        name: "Statements",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&STATEMENT_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static RATE_BASED_STATEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.RateBasedStatement",
    properties: &[
        ::forma_core::schema::Property {
            name: "AggregateKeyType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IP", "FORWARDED_IP", "CONSTANT", "CUSTOM_KEYS"]),
        },
        ::forma_core::schema::Property {
            name: "CustomKeys",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RATE_BASED_STATEMENT_CUSTOM_KEY_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EvaluationWindowSec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::IntegerEnum(&[60, 120, 300, 600]),
        },
        ::forma_core::schema::Property {
            name: "ForwardedIPConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FORWARDED_IP_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Limit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(10.0),
                maximum: Some(2000000000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScopeDownStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STATEMENT_TYPE),
        },
    ],
    rules: &[],
};

static REGEX_MATCH_STATEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.RegexMatchStatement",
    properties: &[
        ::forma_core::schema::Property {
            name: "FieldToMatch",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIELD_TO_MATCH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PreParseTextTransformations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PRE_PARSE_TEXT_TRANSFORMATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RegexString",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "TextTransformations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TEXT_TRANSFORMATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static REGEX_PATTERN_SET_REFERENCE_STATEMENT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::WAFv2::RuleGroup.RegexPatternSetReferenceStatement",
        properties: &[
            ::forma_core::schema::Property {
                name: "Arn",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S"),
                    min_length: Some(20),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "FieldToMatch",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&FIELD_TO_MATCH_TYPE),
            },
            ::forma_core::schema::Property {
                name: "PreParseTextTransformations",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&PRE_PARSE_TEXT_TRANSFORMATION_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "TextTransformations",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&TEXT_TRANSFORMATION_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static SIZE_CONSTRAINT_STATEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.SizeConstraintStatement",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComparisonOperator",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EQ", "NE", "LE", "LT", "GE", "GT"]),
        },
        ::forma_core::schema::Property {
            name: "FieldToMatch",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIELD_TO_MATCH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PreParseTextTransformations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PRE_PARSE_TEXT_TRANSFORMATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Size",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(21474836480.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "TextTransformations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TEXT_TRANSFORMATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static SQLI_MATCH_STATEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.SqliMatchStatement",
    properties: &[
        ::forma_core::schema::Property {
            name: "FieldToMatch",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIELD_TO_MATCH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PreParseTextTransformations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PRE_PARSE_TEXT_TRANSFORMATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SensitivityLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LOW", "HIGH"]),
        },
        ::forma_core::schema::Property {
            name: "TextTransformations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TEXT_TRANSFORMATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static XSS_MATCH_STATEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.XssMatchStatement",
    properties: &[
        ::forma_core::schema::Property {
            name: "FieldToMatch",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIELD_TO_MATCH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PreParseTextTransformations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PRE_PARSE_TEXT_TRANSFORMATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TextTransformations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TEXT_TRANSFORMATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static PRICE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.Price",
    properties: &[
        ::forma_core::schema::Property {
            name: "Amount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([1-9][0-9]*(\\.[0-9]{1,3})?|0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9]))$"),
                min_length: Some(1),
                max_length: Some(13),
            }),
        },
        ::forma_core::schema::Property {
            name: "Currency",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["USDC"]),
        },
    ],
    rules: &[],
};

static CUSTOM_REQUEST_HANDLING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.CustomRequestHandling",
    properties: &[::forma_core::schema::Property {
        name: "InsertHeaders",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&CUSTOM_HTTP_HEADER_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
        ),
    }],
    rules: &[],
};

static CUSTOM_RESPONSE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.CustomResponse",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomResponseBodyKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w\\-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResponseCode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(200.0),
                maximum: Some(599.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResponseHeaders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CUSTOM_HTTP_HEADER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static FORWARDED_IP_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.ForwardedIPConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "FallbackBehavior",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MATCH", "NO_MATCH"]),
        },
        ::forma_core::schema::Property {
            name: "HeaderName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]{1,255}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static FIELD_TO_MATCH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.FieldToMatch",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllQueryArguments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Body",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BODY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Cookies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COOKIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HeaderOrder",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HEADER_ORDER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Headers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HEADERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JA3Fingerprint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JA3_FINGERPRINT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JA4Fingerprint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JA4_FINGERPRINT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JsonBody",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JSON_BODY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Method",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "QueryString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "SingleHeader",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIELD_TO_MATCH_SINGLE_HEADER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SingleQueryArgument",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIELD_TO_MATCH_SINGLE_QUERY_ARGUMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UriFragment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&URI_FRAGMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UriPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static PRE_PARSE_TEXT_TRANSFORMATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.PreParseTextTransformation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Priority",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "NONE",
                "URL_DECODE",
                "URL_DECODE_UNI",
                "COMBINE_DUPLICATE_QUERY_ARGS_BY_COMMA",
                "REPLACE_SEMICOLONS_WITH_AMPERSANDS",
            ]),
        },
    ],
    rules: &[],
};

static TEXT_TRANSFORMATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.TextTransformation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Priority",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "NONE",
                "COMPRESS_WHITE_SPACE",
                "HTML_ENTITY_DECODE",
                "LOWERCASE",
                "CMD_LINE",
                "URL_DECODE",
                "BASE64_DECODE",
                "HEX_DECODE",
                "MD5",
                "REPLACE_COMMENTS",
                "ESCAPE_SEQ_DECODE",
                "SQL_HEX_DECODE",
                "CSS_DECODE",
                "JS_DECODE",
                "NORMALIZE_PATH",
                "NORMALIZE_PATH_WIN",
                "REMOVE_NULLS",
                "REPLACE_NULLS",
                "BASE64_DECODE_EXT",
                "URL_DECODE_UNI",
                "UTF8_TO_UNICODE",
                "REMOVE_WHITESPACE",
                "TRIM",
                "TRIM_LEFT",
                "TRIM_RIGHT",
                "REMOVE_COMMENTS_CHAR",
                "UPPERCASE",
                "CMD_LINE_WIN",
                "CMD_LINE_UNIX",
                "JS_DECODE_EXT",
                "SHA256",
            ]),
        },
    ],
    rules: &[],
};

static IP_SET_FORWARDED_IP_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::WAFv2::RuleGroup.IPSetForwardedIPConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "FallbackBehavior",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["MATCH", "NO_MATCH"]),
            },
            ::forma_core::schema::Property {
                name: "HeaderName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9-]{1,255}$"),
                    min_length: None,
                    max_length: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "Position",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["FIRST", "LAST", "ANY"]),
            },
        ],
        rules: &[],
    };

static RATE_BASED_STATEMENT_CUSTOM_KEY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.RateBasedStatementCustomKey",
    properties: &[
        ::forma_core::schema::Property {
            name: "ASN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Cookie",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RATE_LIMIT_COOKIE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ForwardedIP",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "HTTPMethod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Header",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RATE_LIMIT_HEADER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IP",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "JA3Fingerprint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RATE_LIMIT_JA3_FINGERPRINT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JA4Fingerprint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RATE_LIMIT_JA4_FINGERPRINT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LabelNamespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RATE_LIMIT_LABEL_NAMESPACE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "QueryArgument",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RATE_LIMIT_QUERY_ARGUMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "QueryString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RATE_LIMIT_QUERY_STRING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UriPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RATE_LIMIT_URI_PATH_TYPE),
        },
    ],
    rules: &[],
};

static CUSTOM_HTTP_HEADER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.CustomHTTPHeader",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9._$-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static BODY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.Body",
    properties: &[::forma_core::schema::Property {
        name: "OversizeHandling",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["CONTINUE", "MATCH", "NO_MATCH"]),
    }],
    rules: &[],
};

static COOKIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.Cookies",
    properties: &[
        ::forma_core::schema::Property {
            name: "MatchPattern",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COOKIE_MATCH_PATTERN_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MatchScope",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL", "KEY", "VALUE"]),
        },
        ::forma_core::schema::Property {
            name: "OversizeHandling",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CONTINUE", "MATCH", "NO_MATCH"]),
        },
    ],
    rules: &[],
};

static HEADER_ORDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.HeaderOrder",
    properties: &[::forma_core::schema::Property {
        name: "OversizeHandling",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["CONTINUE", "MATCH", "NO_MATCH"]),
    }],
    rules: &[],
};

static HEADERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.Headers",
    properties: &[
        ::forma_core::schema::Property {
            name: "MatchPattern",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HEADER_MATCH_PATTERN_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MatchScope",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL", "KEY", "VALUE"]),
        },
        ::forma_core::schema::Property {
            name: "OversizeHandling",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CONTINUE", "MATCH", "NO_MATCH"]),
        },
    ],
    rules: &[],
};

static JA3_FINGERPRINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.JA3Fingerprint",
    properties: &[::forma_core::schema::Property {
        name: "FallbackBehavior",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["MATCH", "NO_MATCH"]),
    }],
    rules: &[],
};

static JA4_FINGERPRINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.JA4Fingerprint",
    properties: &[::forma_core::schema::Property {
        name: "FallbackBehavior",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["MATCH", "NO_MATCH"]),
    }],
    rules: &[],
};

static JSON_BODY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.JsonBody",
    properties: &[
        ::forma_core::schema::Property {
            name: "InvalidFallbackBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MATCH", "NO_MATCH", "EVALUATE_AS_STRING"]),
        },
        ::forma_core::schema::Property {
            name: "MatchPattern",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JSON_MATCH_PATTERN_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MatchScope",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL", "KEY", "VALUE"]),
        },
        ::forma_core::schema::Property {
            name: "OversizeHandling",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CONTINUE", "MATCH", "NO_MATCH"]),
        },
    ],
    rules: &[],
};

static FIELD_TO_MATCH_SINGLE_HEADER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.FieldToMatchSingleHeader",
    properties: &[::forma_core::schema::Property {
        name: "Name",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("\\S"),
            min_length: Some(1),
            max_length: Some(64),
        }),
    }],
    rules: &[],
};

static FIELD_TO_MATCH_SINGLE_QUERY_ARGUMENT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::WAFv2::RuleGroup.FieldToMatchSingleQueryArgument",
        properties: &[::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        }],
        rules: &[],
    };

static URI_FRAGMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.UriFragment",
    properties: &[::forma_core::schema::Property {
        name: "FallbackBehavior",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["MATCH", "NO_MATCH"]),
    }],
    rules: &[],
};

static RATE_LIMIT_COOKIE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.RateLimitCookie",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "TextTransformations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TEXT_TRANSFORMATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static RATE_LIMIT_HEADER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.RateLimitHeader",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "TextTransformations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TEXT_TRANSFORMATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static RATE_LIMIT_JA3_FINGERPRINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.RateLimitJA3Fingerprint",
    properties: &[::forma_core::schema::Property {
        name: "FallbackBehavior",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["MATCH", "NO_MATCH"]),
    }],
    rules: &[],
};

static RATE_LIMIT_JA4_FINGERPRINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.RateLimitJA4Fingerprint",
    properties: &[::forma_core::schema::Property {
        name: "FallbackBehavior",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["MATCH", "NO_MATCH"]),
    }],
    rules: &[],
};

static RATE_LIMIT_LABEL_NAMESPACE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.RateLimitLabelNamespace",
    properties: &[::forma_core::schema::Property {
        name: "Namespace",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[0-9A-Za-z_:-]{1,1024}$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static RATE_LIMIT_QUERY_ARGUMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.RateLimitQueryArgument",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "TextTransformations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TEXT_TRANSFORMATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static RATE_LIMIT_QUERY_STRING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.RateLimitQueryString",
    properties: &[::forma_core::schema::Property {
        name: "TextTransformations",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&TEXT_TRANSFORMATION_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
        ),
    }],
    rules: &[],
};

static RATE_LIMIT_URI_PATH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.RateLimitUriPath",
    properties: &[::forma_core::schema::Property {
        name: "TextTransformations",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&TEXT_TRANSFORMATION_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
        ),
    }],
    rules: &[],
};

static COOKIE_MATCH_PATTERN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.CookieMatchPattern",
    properties: &[
        ::forma_core::schema::Property {
            name: "All",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ExcludedCookies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(".*\\S.*"),
                    min_length: Some(1),
                    max_length: Some(60),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(199) },
            ),
        },
        ::forma_core::schema::Property {
            name: "IncludedCookies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(".*\\S.*"),
                    min_length: Some(1),
                    max_length: Some(60),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(199) },
            ),
        },
    ],
    rules: &[],
};

static HEADER_MATCH_PATTERN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.HeaderMatchPattern",
    properties: &[
        ::forma_core::schema::Property {
            name: "All",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ExcludedHeaders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(".*\\S.*"),
                    min_length: Some(1),
                    max_length: Some(64),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(199) },
            ),
        },
        ::forma_core::schema::Property {
            name: "IncludedHeaders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(".*\\S.*"),
                    min_length: Some(1),
                    max_length: Some(64),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(199) },
            ),
        },
    ],
    rules: &[],
};

static JSON_MATCH_PATTERN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::RuleGroup.JsonMatchPattern",
    properties: &[
        ::forma_core::schema::Property {
            name: "All",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "IncludedPaths",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\/]+([^~]*(~[01])*){1,512}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};
