// @generated from AWS::SecurityHub::AutomationRule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SecurityHub::AutomationRule` and its property types.

/// The `AWS::SecurityHub::AutomationRule` resource specifies an automation rule based on input parameters.
///
/// CloudFormation type `AWS::SecurityHub::AutomationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct AutomationRule {
    props: ::forma_core::schema::Props,
}
impl AutomationRule {
    /// A new resource with its required properties: `Actions`, `Criteria`, `Description`, `RuleName`, `RuleOrder`.
    #[track_caller]
    pub fn new(
        actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AutomationRulesAction>>>,
        criteria: impl ::std::convert::Into<::forma_core::Value<AutomationRulesFindingFilters>>,
        description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rule_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rule_order: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, actions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, criteria.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, description.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, rule_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, rule_order.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Specifies whether a rule is the last to be applied with respect to a finding that matches the rule criteria.
    #[track_caller]
    pub fn is_terminal(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether the rule is active after it is created.
    #[track_caller]
    pub fn rule_status(mut self, value: impl ::forma_core::schema::EnumArg<RuleStatus>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// User-defined tags associated with an automation rule.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AutomationRule {
    type Attributes = AutomationRuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::SecurityHub::AutomationRule"
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
/// The attributes of a `AWS::SecurityHub::AutomationRule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AutomationRuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AutomationRuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AutomationRuleAttributes {
    /// `Fn::GetAtt` `RuleArn`.
    pub fn rule_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RuleArn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `CreatedBy`.
    pub fn created_by(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedBy")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RuleStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RuleStatus {
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
impl ::std::convert::From<RuleStatus> for ::forma_core::Value<RuleStatus> {
    fn from(v: RuleStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RuleStatus {}

/// The values CloudFormation documents: `FINDING_FIELDS_UPDATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `FINDING_FIELDS_UPDATE`
    FindingFieldsUpdate,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FindingFieldsUpdate => "FINDING_FIELDS_UPDATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FINDING_FIELDS_UPDATE"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// One or more actions that ASHlong takes when a finding matches the defined criteria of a rule.
#[derive(Debug, Clone, PartialEq)]
pub struct AutomationRulesAction {
    props: ::forma_core::schema::Props,
}
impl AutomationRulesAction {
    /// A new value with its required properties: `FindingFieldsUpdate`, `Type`.
    pub fn new(
        finding_fields_update: impl ::std::convert::Into<::forma_core::Value<AutomationRulesFindingFieldsUpdate>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, finding_fields_update.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<AutomationRulesAction> for ::forma_core::Value<AutomationRulesAction> {
    fn from(v: AutomationRulesAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTOMATION_RULES_ACTION_TYPE.properties))
    }
}

/// The criteria that determine which findings a rule applies to.
#[derive(Debug, Clone, PartialEq)]
pub struct AutomationRulesFindingFilters {
    props: ::forma_core::schema::Props,
}
impl AutomationRulesFindingFilters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The AWS-account ID in which a finding was generated.
    pub fn aws_account_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the company for the product that generated the finding.
    pub fn company_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The unique identifier of a standard in which a control is enabled.
    pub fn compliance_associated_standards_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The security control ID for which a finding was generated.
    pub fn compliance_security_control_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The result of a security check.
    pub fn compliance_status(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The likelihood that a finding accurately identifies the behavior or issue that it was intended to identify.
    pub fn confidence(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NumberFilter>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// A timestamp that indicates when this finding record was created.
    pub fn created_at(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DateFilter>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The level of importance that is assigned to the resources that are associated with a finding.
    pub fn criticality(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NumberFilter>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// A finding's description.
    pub fn description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// A timestamp that indicates when the potential security issue captured by a finding was first observed by the security findings product.
    pub fn first_observed_at(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DateFilter>>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The identifier for the solution-specific component that generated a finding.
    pub fn generator_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// The product-specific identifier for a finding.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// A timestamp that indicates when the security findings provider most recently observed a change in the resource that is involved in the finding.
    pub fn last_observed_at(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DateFilter>>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// The text of a user-defined note that's added to a finding.
    pub fn note_text(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// The timestamp of when the note was updated.
    pub fn note_updated_at(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DateFilter>>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// The principal that created a note.
    pub fn note_updated_by(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) for a third-party product that generated a finding in Security Hub CSPM.
    pub fn product_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// Provides the name of the product that generated the finding.
    pub fn product_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// Provides the current state of a finding.
    pub fn record_state(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// The product-generated identifier for a related finding.
    pub fn related_findings_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// The ARN for the product that generated a related finding.
    pub fn related_findings_product_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// Custom fields and values about the resource that a finding pertains to.
    pub fn resource_details_other(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MapFilter>>>,
    ) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// The identifier for the given resource type.
    pub fn resource_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
    /// The partition in which the resource that the finding pertains to is located.
    pub fn resource_partition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(23, value.into().into_expr());
        self
    }
    /// The AWS-Region where the resource that a finding pertains to is located.
    pub fn resource_region(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(24, value.into().into_expr());
        self
    }
    /// A list of AWS tags associated with a resource at the time the finding was processed.
    pub fn resource_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MapFilter>>>,
    ) -> Self {
        self.props.set(25, value.into().into_expr());
        self
    }
    /// A finding's title.
    pub fn resource_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(26, value.into().into_expr());
        self
    }
    /// The severity value of the finding.
    pub fn severity_label(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(27, value.into().into_expr());
        self
    }
    /// Provides a URL that links to a page about the current finding in the finding product.
    pub fn source_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(28, value.into().into_expr());
        self
    }
    /// A finding's title.
    pub fn title(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(29, value.into().into_expr());
        self
    }
    /// One or more finding types in the format of namespace/category/classifier that classify a finding.
    pub fn type_(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(30, value.into().into_expr());
        self
    }
    /// A timestamp that indicates when the finding record was most recently updated.
    pub fn updated_at(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DateFilter>>>,
    ) -> Self {
        self.props.set(31, value.into().into_expr());
        self
    }
    /// A list of user-defined name and value string pairs added to a finding.
    pub fn user_defined_fields(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MapFilter>>>,
    ) -> Self {
        self.props.set(32, value.into().into_expr());
        self
    }
    /// Provides the veracity of a finding.
    pub fn verification_state(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(33, value.into().into_expr());
        self
    }
    /// Provides information about the status of the investigation into a finding.
    pub fn workflow_status(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(34, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AutomationRulesFindingFilters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AutomationRulesFindingFilters> for ::forma_core::Value<AutomationRulesFindingFilters> {
    fn from(v: AutomationRulesFindingFilters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTOMATION_RULES_FINDING_FILTERS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `UNKNOWN`, `TRUE_POSITIVE`, `FALSE_POSITIVE`, `BENIGN_POSITIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VerificationState {
    /// `UNKNOWN`
    UnknownValue,
    /// `TRUE_POSITIVE`
    TruePositive,
    /// `FALSE_POSITIVE`
    FalsePositive,
    /// `BENIGN_POSITIVE`
    BenignPositive,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VerificationState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UnknownValue => "UNKNOWN",
            Self::TruePositive => "TRUE_POSITIVE",
            Self::FalsePositive => "FALSE_POSITIVE",
            Self::BenignPositive => "BENIGN_POSITIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["UNKNOWN", "TRUE_POSITIVE", "FALSE_POSITIVE", "BENIGN_POSITIVE"]
    }
}
impl ::std::convert::From<VerificationState> for ::forma_core::Value<VerificationState> {
    fn from(v: VerificationState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VerificationState {}

/// Identifies the finding fields that the automation rule action updates when a finding matches the defined criteria.
#[derive(Debug, Clone, PartialEq)]
pub struct AutomationRulesFindingFieldsUpdate {
    props: ::forma_core::schema::Props,
}
impl AutomationRulesFindingFieldsUpdate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The rule action updates the `Confidence` field of a finding.
    ///
    /// Allowed: 0 to 100.
    pub fn confidence(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The rule action updates the `Criticality` field of a finding.
    ///
    /// Allowed: 0 to 100.
    pub fn criticality(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The rule action will update the `Note` field of a finding.
    pub fn note(mut self, value: impl ::std::convert::Into<::forma_core::Value<NoteUpdate>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The rule action will update the `RelatedFindings` field of a finding.
    pub fn related_findings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RelatedFinding>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The rule action will update the `Severity` field of a finding.
    pub fn severity(mut self, value: impl ::std::convert::Into<::forma_core::Value<SeverityUpdate>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The rule action updates the `Types` field of a finding.
    pub fn types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The rule action updates the `UserDefinedFields` field of a finding.
    pub fn user_defined_fields(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The rule action updates the `VerificationState` field of a finding.
    pub fn verification_state(mut self, value: impl ::forma_core::schema::EnumArg<VerificationState>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// The rule action will update the `Workflow` field of a finding.
    pub fn workflow(mut self, value: impl ::std::convert::Into<::forma_core::Value<WorkflowUpdate>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AutomationRulesFindingFieldsUpdate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AutomationRulesFindingFieldsUpdate>
    for ::forma_core::Value<AutomationRulesFindingFieldsUpdate>
{
    fn from(v: AutomationRulesFindingFieldsUpdate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTOMATION_RULES_FINDING_FIELDS_UPDATE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EQUALS`, `PREFIX`, `NOT_EQUALS`, `PREFIX_NOT_EQUALS`, `CONTAINS`, `NOT_CONTAINS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StringFilterComparison {
    /// `EQUALS`
    Equals,
    /// `PREFIX`
    Prefix,
    /// `NOT_EQUALS`
    NotEquals,
    /// `PREFIX_NOT_EQUALS`
    PrefixNotEquals,
    /// `CONTAINS`
    Contains,
    /// `NOT_CONTAINS`
    NotContains,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StringFilterComparison {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::Prefix => "PREFIX",
            Self::NotEquals => "NOT_EQUALS",
            Self::PrefixNotEquals => "PREFIX_NOT_EQUALS",
            Self::Contains => "CONTAINS",
            Self::NotContains => "NOT_CONTAINS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EQUALS", "PREFIX", "NOT_EQUALS", "PREFIX_NOT_EQUALS", "CONTAINS", "NOT_CONTAINS"]
    }
}
impl ::std::convert::From<StringFilterComparison> for ::forma_core::Value<StringFilterComparison> {
    fn from(v: StringFilterComparison) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StringFilterComparison {}

/// A string filter for filtering ASHlong findings.
#[derive(Debug, Clone, PartialEq)]
pub struct StringFilter {
    props: ::forma_core::schema::Props,
}
impl StringFilter {
    /// A new value with its required properties: `Comparison`, `Value`.
    pub fn new(
        comparison: impl ::forma_core::schema::EnumArg<StringFilterComparison>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, comparison.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<StringFilter> for ::forma_core::Value<StringFilter> {
    fn from(v: StringFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STRING_FILTER_TYPE.properties))
    }
}

/// A number filter for querying findings.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberFilter {
    props: ::forma_core::schema::Props,
}
impl NumberFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The equal-to condition to be applied to a single field when querying for findings.
    pub fn eq(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The greater-than-equal condition to be applied to a single field when querying for findings.
    pub fn gte(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The less-than-equal condition to be applied to a single field when querying for findings.
    pub fn lte(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NumberFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NumberFilter> for ::forma_core::Value<NumberFilter> {
    fn from(v: NumberFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NUMBER_FILTER_TYPE.properties))
    }
}

/// A date filter for querying findings.
#[derive(Debug, Clone, PartialEq)]
pub struct DateFilter {
    props: ::forma_core::schema::Props,
}
impl DateFilter {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of: `DateRange`; or `Start` and `End`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A date range for the date filter.
    pub fn date_range(mut self, value: impl ::std::convert::Into<::forma_core::Value<DateRange>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A timestamp that provides the end date for the date filter.
    pub fn end(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A timestamp that provides the start date for the date filter.
    pub fn start(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DateFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DateFilter> for ::forma_core::Value<DateFilter> {
    fn from(v: DateFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATE_FILTER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EQUALS`, `NOT_EQUALS`, `CONTAINS`, `NOT_CONTAINS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Comparison {
    /// `EQUALS`
    Equals,
    /// `NOT_EQUALS`
    NotEquals,
    /// `CONTAINS`
    Contains,
    /// `NOT_CONTAINS`
    NotContains,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Comparison {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::NotEquals => "NOT_EQUALS",
            Self::Contains => "CONTAINS",
            Self::NotContains => "NOT_CONTAINS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EQUALS", "NOT_EQUALS", "CONTAINS", "NOT_CONTAINS"]
    }
}
impl ::std::convert::From<Comparison> for ::forma_core::Value<Comparison> {
    fn from(v: Comparison) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Comparison {}

/// A map filter for filtering ASHlong findings.
#[derive(Debug, Clone, PartialEq)]
pub struct MapFilter {
    props: ::forma_core::schema::Props,
}
impl MapFilter {
    /// A new value with its required properties: `Comparison`, `Key`, `Value`.
    pub fn new(
        comparison: impl ::forma_core::schema::EnumArg<Comparison>,
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, comparison.into_enum_expr());
        props.set(1, key.into().into_expr());
        props.set(2, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MapFilter> for ::forma_core::Value<MapFilter> {
    fn from(v: MapFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAP_FILTER_TYPE.properties))
    }
}

/// The updated note.
#[derive(Debug, Clone, PartialEq)]
pub struct NoteUpdate {
    props: ::forma_core::schema::Props,
}
impl NoteUpdate {
    /// A new value with its required properties: `Text`, `UpdatedBy`.
    pub fn new(
        text: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        updated_by: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, text.into().into_expr());
        props.set(1, updated_by.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<NoteUpdate> for ::forma_core::Value<NoteUpdate> {
    fn from(v: NoteUpdate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOTE_UPDATE_TYPE.properties))
    }
}

/// Provides details about a list of findings that the current finding relates to.
#[derive(Debug, Clone, PartialEq)]
pub struct RelatedFinding {
    props: ::forma_core::schema::Props,
}
impl RelatedFinding {
    /// A new value with its required properties: `Id`, `ProductArn`.
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        product_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id.into().into_expr());
        props.set(1, product_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RelatedFinding> for ::forma_core::Value<RelatedFinding> {
    fn from(v: RelatedFinding) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RELATED_FINDING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `INFORMATIONAL`, `LOW`, `MEDIUM`, `HIGH`, `CRITICAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Label {
    /// `INFORMATIONAL`
    Informational,
    /// `LOW`
    Low,
    /// `MEDIUM`
    Medium,
    /// `HIGH`
    High,
    /// `CRITICAL`
    Critical,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Label {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Informational => "INFORMATIONAL",
            Self::Low => "LOW",
            Self::Medium => "MEDIUM",
            Self::High => "HIGH",
            Self::Critical => "CRITICAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INFORMATIONAL", "LOW", "MEDIUM", "HIGH", "CRITICAL"]
    }
}
impl ::std::convert::From<Label> for ::forma_core::Value<Label> {
    fn from(v: Label) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Label {}

/// Updates to the severity information for a finding.
#[derive(Debug, Clone, PartialEq)]
pub struct SeverityUpdate {
    props: ::forma_core::schema::Props,
}
impl SeverityUpdate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The severity value of the finding.
    pub fn label(mut self, value: impl ::forma_core::schema::EnumArg<Label>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The normalized severity for the finding.
    ///
    /// Allowed: 0 to 100.
    pub fn normalized(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The native severity as defined by the AWS service or integrated partner product that generated the finding.
    pub fn product(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SeverityUpdate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SeverityUpdate> for ::forma_core::Value<SeverityUpdate> {
    fn from(v: SeverityUpdate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SEVERITY_UPDATE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NEW`, `NOTIFIED`, `RESOLVED`, `SUPPRESSED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `NEW`
    New,
    /// `NOTIFIED`
    Notified,
    /// `RESOLVED`
    Resolved,
    /// `SUPPRESSED`
    Suppressed,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::New => "NEW",
            Self::Notified => "NOTIFIED",
            Self::Resolved => "RESOLVED",
            Self::Suppressed => "SUPPRESSED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NEW", "NOTIFIED", "RESOLVED", "SUPPRESSED"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// Used to update information about the investigation into the finding.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkflowUpdate {
    props: ::forma_core::schema::Props,
}
impl WorkflowUpdate {
    /// A new value with its required properties: `Status`.
    pub fn new(status: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, status.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<WorkflowUpdate> for ::forma_core::Value<WorkflowUpdate> {
    fn from(v: WorkflowUpdate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKFLOW_UPDATE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DAYS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Unit {
    /// `DAYS`
    Days,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Unit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Days => "DAYS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DAYS"]
    }
}
impl ::std::convert::From<Unit> for ::forma_core::Value<Unit> {
    fn from(v: Unit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Unit {}

/// A date range for the date filter.
#[derive(Debug, Clone, PartialEq)]
pub struct DateRange {
    props: ::forma_core::schema::Props,
}
impl DateRange {
    /// A new value with its required properties: `Unit`, `Value`.
    pub fn new(
        unit: impl ::forma_core::schema::EnumArg<Unit>,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, unit.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DateRange> for ::forma_core::Value<DateRange> {
    fn from(v: DateRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATE_RANGE_TYPE.properties))
    }
}

/// The schema of `AWS::SecurityHub::AutomationRule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SecurityHub::AutomationRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AUTOMATION_RULES_ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Criteria",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTOMATION_RULES_FINDING_FILTERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "IsTerminal",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RuleName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "RuleOrder",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "RuleStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) },
            )),
        },
    ],
    rules: &[],
    attributes: &["RuleArn", "CreatedAt", "UpdatedAt", "CreatedBy"],
};

static AUTOMATION_RULES_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::AutomationRule.AutomationRulesAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "FindingFieldsUpdate",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTOMATION_RULES_FINDING_FIELDS_UPDATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FINDING_FIELDS_UPDATE"]),
        },
    ],
    rules: &[],
};

static AUTOMATION_RULES_FINDING_FILTERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::AutomationRule.AutomationRulesFindingFilters",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsAccountId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "CompanyName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ComplianceAssociatedStandardsId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ComplianceSecurityControlId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ComplianceStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Confidence",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NUMBER_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "CreatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Criticality",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NUMBER_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FirstObservedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "GeneratorId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LastObservedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NoteText",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NoteUpdatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NoteUpdatedBy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProductArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProductName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RecordState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RelatedFindingsId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RelatedFindingsProductArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceDetailsOther",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MAP_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourcePartition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceRegion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MAP_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SeverityLabel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourceUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Title",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "UpdatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "UserDefinedFields",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MAP_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "VerificationState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "WorkflowStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
    ],
    rules: &[],
};

static AUTOMATION_RULES_FINDING_FIELDS_UPDATE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SecurityHub::AutomationRule.AutomationRulesFindingFieldsUpdate",
        properties: &[
            ::forma_core::schema::Property {
                name: "Confidence",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(100.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "Criticality",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(100.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "Note",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&NOTE_UPDATE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RelatedFindings",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&RELATED_FINDING_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
                ),
            },
            ::forma_core::schema::Property {
                name: "Severity",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SEVERITY_UPDATE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Types",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some("^([^/]+)(/[^/]+){0,2}$"),
                        min_length: None,
                        max_length: None,
                    }),
                    ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
                ),
            },
            ::forma_core::schema::Property {
                name: "UserDefinedFields",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(1024) },
                )),
            },
            ::forma_core::schema::Property {
                name: "VerificationState",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "UNKNOWN",
                    "TRUE_POSITIVE",
                    "FALSE_POSITIVE",
                    "BENIGN_POSITIVE",
                ]),
            },
            ::forma_core::schema::Property {
                name: "Workflow",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&WORKFLOW_UPDATE_TYPE),
            },
        ],
        rules: &[],
    };

static STRING_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::AutomationRule.StringFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Comparison",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "EQUALS",
                "PREFIX",
                "NOT_EQUALS",
                "PREFIX_NOT_EQUALS",
                "CONTAINS",
                "NOT_CONTAINS",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static NUMBER_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::AutomationRule.NumberFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Eq",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Gte",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Lte",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static DATE_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::SecurityHub::AutomationRule.DateFilter",
properties: &[
::forma_core::schema::Property { name: "DateRange", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&DATE_RANGE_TYPE) },
::forma_core::schema::Property { name: "End", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(\\d\\d\\d\\d)-([0][1-9]|[1][0-2])-([0][1-9]|[1-2](\\d)|[3][0-1])[T](?:([0-1](\\d)|[2][0-3]):[0-5](\\d):[0-5](\\d)|23:59:60)(?:\\.(\\d)+)?([Z]|[+-](\\d\\d)(:?(\\d\\d))?)$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Start", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(\\d\\d\\d\\d)-([0][1-9]|[1][0-2])-([0][1-9]|[1-2](\\d)|[3][0-1])[T](?:([0-1](\\d)|[2][0-3]):[0-5](\\d):[0-5](\\d)|23:59:60)(?:\\.(\\d)+)?([Z]|[+-](\\d\\d)(:?(\\d\\d))?)$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static MAP_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::AutomationRule.MapFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Comparison",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EQUALS", "NOT_EQUALS", "CONTAINS", "NOT_CONTAINS"]),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: None,
                max_length: None,
            }),
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

static NOTE_UPDATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::AutomationRule.NoteUpdate",
    properties: &[
        ::forma_core::schema::Property {
            name: "Text",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "UpdatedBy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static RELATED_FINDING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::SecurityHub::AutomationRule.RelatedFinding",
properties: &[
::forma_core::schema::Property { name: "Id", required: true, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "ProductArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-us-gov|aws-iso-?[a-z]{0,2}):[A-Za-z0-9]{1,63}:[a-z]+-([a-z]{1,10}-)?[a-z]+-[0-9]+:([0-9]{12})?:.+$"), min_length: Some(12), max_length: Some(2048) }) },
],
rules: &[],
};

static SEVERITY_UPDATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::AutomationRule.SeverityUpdate",
    properties: &[
        ::forma_core::schema::Property {
            name: "Label",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INFORMATIONAL", "LOW", "MEDIUM", "HIGH", "CRITICAL"]),
        },
        ::forma_core::schema::Property {
            name: "Normalized",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Product",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static WORKFLOW_UPDATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::AutomationRule.WorkflowUpdate",
    properties: &[::forma_core::schema::Property {
        name: "Status",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["NEW", "NOTIFIED", "RESOLVED", "SUPPRESSED"]),
    }],
    rules: &[],
};

static DATE_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::AutomationRule.DateRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "Unit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DAYS"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
