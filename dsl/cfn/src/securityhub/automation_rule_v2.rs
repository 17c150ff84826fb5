// @generated from AWS::SecurityHub::AutomationRuleV2 (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SecurityHub::AutomationRuleV2` and its property types.

/// Resource schema for AWS::SecurityHub::AutomationRuleV2
///
/// CloudFormation type `AWS::SecurityHub::AutomationRuleV2`.
#[derive(Debug, Clone, PartialEq)]
pub struct AutomationRuleV2 {
    props: ::forma_core::schema::Props,
}
impl AutomationRuleV2 {
    /// A new resource with its required properties: `Actions`, `Criteria`, `Description`, `RuleName`, `RuleOrder`.
    #[track_caller]
    pub fn new(
        actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AutomationRulesActionV2>>>,
        criteria: impl ::std::convert::Into<::forma_core::Value<Criteria>>,
        description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rule_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rule_order: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, actions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, criteria.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, description.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, rule_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, rule_order.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The status of the automation rule
    #[track_caller]
    pub fn rule_status(mut self, value: impl ::forma_core::schema::EnumArg<RuleStatus>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A key-value pair to associate with a resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AutomationRuleV2 {
    type Attributes = AutomationRuleV2Attributes;
    fn type_name(&self) -> &str {
        "AWS::SecurityHub::AutomationRuleV2"
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
/// The attributes of a `AWS::SecurityHub::AutomationRuleV2` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AutomationRuleV2Attributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AutomationRuleV2Attributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AutomationRuleV2Attributes {
    /// `Fn::GetAtt` `RuleArn`.
    pub fn rule_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RuleArn")
    }
    /// `Fn::GetAtt` `RuleId`.
    pub fn rule_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RuleId")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
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

/// The values CloudFormation documents: `FINDING_FIELDS_UPDATE`, `EXTERNAL_INTEGRATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `FINDING_FIELDS_UPDATE`
    FindingFieldsUpdate,
    /// `EXTERNAL_INTEGRATION`
    ExternalIntegration,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FindingFieldsUpdate => "FINDING_FIELDS_UPDATE",
            Self::ExternalIntegration => "EXTERNAL_INTEGRATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FINDING_FIELDS_UPDATE", "EXTERNAL_INTEGRATION"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// Allows you to configure automated responses
#[derive(Debug, Clone, PartialEq)]
pub struct AutomationRulesActionV2 {
    props: ::forma_core::schema::Props,
}
impl AutomationRulesActionV2 {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
    /// The settings for integrating automation rule actions with external systems or service
    pub fn external_integration_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExternalIntegrationConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The changes to be applied to fields in a security finding when an automation rule is triggered
    pub fn finding_fields_update(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutomationRulesFindingFieldsUpdateV2>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AutomationRulesActionV2> for ::forma_core::Value<AutomationRulesActionV2> {
    fn from(v: AutomationRulesActionV2) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTOMATION_RULES_ACTION_V2_TYPE.properties))
    }
}

/// Defines the parameters and conditions used to evaluate and filter security findings
#[derive(Debug, Clone, PartialEq)]
pub struct Criteria {
    props: ::forma_core::schema::Props,
}
impl Criteria {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The filtering conditions that align with OCSF standards
    pub fn ocsf_finding_criteria(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OcsfFindingFilters>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Criteria {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Criteria> for ::forma_core::Value<Criteria> {
    fn from(v: Criteria) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CRITERIA_TYPE.properties))
    }
}

/// The settings for integrating automation rule actions with external systems or service
#[derive(Debug, Clone, PartialEq)]
pub struct ExternalIntegrationConfiguration {
    props: ::forma_core::schema::Props,
}
impl ExternalIntegrationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the connector that establishes the integration
    pub fn connector_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ExternalIntegrationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ExternalIntegrationConfiguration> for ::forma_core::Value<ExternalIntegrationConfiguration> {
    fn from(v: ExternalIntegrationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXTERNAL_INTEGRATION_CONFIGURATION_TYPE.properties))
    }
}

/// The changes to be applied to fields in a security finding when an automation rule is triggered
#[derive(Debug, Clone, PartialEq)]
pub struct AutomationRulesFindingFieldsUpdateV2 {
    props: ::forma_core::schema::Props,
}
impl AutomationRulesFindingFieldsUpdateV2 {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Notes or contextual information for findings that are modified by the automation rule
    pub fn comment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The severity level to be assigned to findings that match the automation rule criteria
    pub fn severity_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The status to be applied to findings that match automation rule criteria
    pub fn status_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AutomationRulesFindingFieldsUpdateV2 {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AutomationRulesFindingFieldsUpdateV2>
    for ::forma_core::Value<AutomationRulesFindingFieldsUpdateV2>
{
    fn from(v: AutomationRulesFindingFieldsUpdateV2) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTOMATION_RULES_FINDING_FIELDS_UPDATE_V2_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AND`, `OR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AllowedOperators {
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AllowedOperators {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::And => "AND",
            Self::Or => "OR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AND", "OR"]
    }
}
impl ::std::convert::From<AllowedOperators> for ::forma_core::Value<AllowedOperators> {
    fn from(v: AllowedOperators) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AllowedOperators {}

/// The filtering conditions that align with OCSF standards
#[derive(Debug, Clone, PartialEq)]
pub struct OcsfFindingFilters {
    props: ::forma_core::schema::Props,
}
impl OcsfFindingFilters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Enables the creation of complex filtering conditions by combining filter
    pub fn composite_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CompositeFilter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The logical operator used to combine multiple conditions
    pub fn composite_operator(mut self, value: impl ::forma_core::schema::EnumArg<AllowedOperators>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for OcsfFindingFilters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OcsfFindingFilters> for ::forma_core::Value<OcsfFindingFilters> {
    fn from(v: OcsfFindingFilters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OCSF_FINDING_FILTERS_TYPE.properties))
    }
}

/// Enables the creation of filtering criteria for security findings
#[derive(Debug, Clone, PartialEq)]
pub struct CompositeFilter {
    props: ::forma_core::schema::Props,
}
impl CompositeFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Enables filtering based on boolean field values
    pub fn boolean_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OcsfBooleanFilter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Enables filtering based on date and timestamp fields
    pub fn date_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OcsfDateFilter>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Enables filtering based on map field value
    pub fn map_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OcsfMapFilter>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Enables filtering based on numerical field values
    pub fn number_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OcsfNumberFilter>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The logical operator used to combine multiple conditions
    pub fn operator(mut self, value: impl ::forma_core::schema::EnumArg<AllowedOperators>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// Enables filtering based on string field values
    pub fn string_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OcsfStringFilter>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CompositeFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CompositeFilter> for ::forma_core::Value<CompositeFilter> {
    fn from(v: CompositeFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPOSITE_FILTER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `compliance.assessments.meets_criteria`, `vulnerabilities.is_exploit_available`, `vulnerabilities.is_fix_available`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FieldName {
    /// `compliance.assessments.meets_criteria`
    ComplianceAssessmentsMeetsCriteria,
    /// `vulnerabilities.is_exploit_available`
    VulnerabilitiesIsExploitAvailable,
    /// `vulnerabilities.is_fix_available`
    VulnerabilitiesIsFixAvailable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FieldName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ComplianceAssessmentsMeetsCriteria => "compliance.assessments.meets_criteria",
            Self::VulnerabilitiesIsExploitAvailable => "vulnerabilities.is_exploit_available",
            Self::VulnerabilitiesIsFixAvailable => "vulnerabilities.is_fix_available",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "compliance.assessments.meets_criteria",
            "vulnerabilities.is_exploit_available",
            "vulnerabilities.is_fix_available",
        ]
    }
}
impl ::std::convert::From<FieldName> for ::forma_core::Value<FieldName> {
    fn from(v: FieldName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FieldName {}

/// Enables filtering of security findings based on boolean field values in OCSF
#[derive(Debug, Clone, PartialEq)]
pub struct OcsfBooleanFilter {
    props: ::forma_core::schema::Props,
}
impl OcsfBooleanFilter {
    /// A new value with its required properties: `FieldName`, `Filter`.
    pub fn new(
        field_name: impl ::forma_core::schema::EnumArg<FieldName>,
        filter: impl ::std::convert::Into<::forma_core::Value<BooleanFilter>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, field_name.into_enum_expr());
        props.set(1, filter.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OcsfBooleanFilter> for ::forma_core::Value<OcsfBooleanFilter> {
    fn from(v: OcsfBooleanFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OCSF_BOOLEAN_FILTER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `finding_info.created_time_dt`, `finding_info.first_seen_time_dt`, `finding_info.last_seen_time_dt`, `finding_info.modified_time_dt`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OcsfDateFilterFieldName {
    /// `finding_info.created_time_dt`
    FindingInfoCreatedTimeDt,
    /// `finding_info.first_seen_time_dt`
    FindingInfoFirstSeenTimeDt,
    /// `finding_info.last_seen_time_dt`
    FindingInfoLastSeenTimeDt,
    /// `finding_info.modified_time_dt`
    FindingInfoModifiedTimeDt,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OcsfDateFilterFieldName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FindingInfoCreatedTimeDt => "finding_info.created_time_dt",
            Self::FindingInfoFirstSeenTimeDt => "finding_info.first_seen_time_dt",
            Self::FindingInfoLastSeenTimeDt => "finding_info.last_seen_time_dt",
            Self::FindingInfoModifiedTimeDt => "finding_info.modified_time_dt",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "finding_info.created_time_dt",
            "finding_info.first_seen_time_dt",
            "finding_info.last_seen_time_dt",
            "finding_info.modified_time_dt",
        ]
    }
}
impl ::std::convert::From<OcsfDateFilterFieldName> for ::forma_core::Value<OcsfDateFilterFieldName> {
    fn from(v: OcsfDateFilterFieldName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OcsfDateFilterFieldName {}

/// Enables filtering of security findings based on date and timestamp fields in OCSF
#[derive(Debug, Clone, PartialEq)]
pub struct OcsfDateFilter {
    props: ::forma_core::schema::Props,
}
impl OcsfDateFilter {
    /// A new value with its required properties: `FieldName`, `Filter`.
    pub fn new(
        field_name: impl ::forma_core::schema::EnumArg<OcsfDateFilterFieldName>,
        filter: impl ::std::convert::Into<::forma_core::Value<DateFilter>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, field_name.into_enum_expr());
        props.set(1, filter.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OcsfDateFilter> for ::forma_core::Value<OcsfDateFilter> {
    fn from(v: OcsfDateFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OCSF_DATE_FILTER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `resources.tags`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OcsfMapFilterFieldName {
    /// `resources.tags`
    ResourcesTags,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OcsfMapFilterFieldName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ResourcesTags => "resources.tags",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["resources.tags"]
    }
}
impl ::std::convert::From<OcsfMapFilterFieldName> for ::forma_core::Value<OcsfMapFilterFieldName> {
    fn from(v: OcsfMapFilterFieldName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OcsfMapFilterFieldName {}

/// Enables filtering of security findings based on map field values in OCSF
#[derive(Debug, Clone, PartialEq)]
pub struct OcsfMapFilter {
    props: ::forma_core::schema::Props,
}
impl OcsfMapFilter {
    /// A new value with its required properties: `FieldName`, `Filter`.
    pub fn new(
        field_name: impl ::forma_core::schema::EnumArg<OcsfMapFilterFieldName>,
        filter: impl ::std::convert::Into<::forma_core::Value<MapFilter>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, field_name.into_enum_expr());
        props.set(1, filter.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OcsfMapFilter> for ::forma_core::Value<OcsfMapFilter> {
    fn from(v: OcsfMapFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OCSF_MAP_FILTER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `activity_id`, `compliance.status_id`, `confidence_score`, `finding_info.related_events_count`, `vendor_attributes.severity_id`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OcsfNumberFilterFieldName {
    /// `activity_id`
    ActivityId,
    /// `compliance.status_id`
    ComplianceStatusId,
    /// `confidence_score`
    ConfidenceScore,
    /// `finding_info.related_events_count`
    FindingInfoRelatedEventsCount,
    /// `vendor_attributes.severity_id`
    VendorAttributesSeverityId,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OcsfNumberFilterFieldName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ActivityId => "activity_id",
            Self::ComplianceStatusId => "compliance.status_id",
            Self::ConfidenceScore => "confidence_score",
            Self::FindingInfoRelatedEventsCount => "finding_info.related_events_count",
            Self::VendorAttributesSeverityId => "vendor_attributes.severity_id",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "activity_id",
            "compliance.status_id",
            "confidence_score",
            "finding_info.related_events_count",
            "vendor_attributes.severity_id",
        ]
    }
}
impl ::std::convert::From<OcsfNumberFilterFieldName> for ::forma_core::Value<OcsfNumberFilterFieldName> {
    fn from(v: OcsfNumberFilterFieldName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OcsfNumberFilterFieldName {}

/// Enables filtering of security findings based on numerical field values in OCSF
#[derive(Debug, Clone, PartialEq)]
pub struct OcsfNumberFilter {
    props: ::forma_core::schema::Props,
}
impl OcsfNumberFilter {
    /// A new value with its required properties: `FieldName`, `Filter`.
    pub fn new(
        field_name: impl ::forma_core::schema::EnumArg<OcsfNumberFilterFieldName>,
        filter: impl ::std::convert::Into<::forma_core::Value<NumberFilter>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, field_name.into_enum_expr());
        props.set(1, filter.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OcsfNumberFilter> for ::forma_core::Value<OcsfNumberFilter> {
    fn from(v: OcsfNumberFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OCSF_NUMBER_FILTER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `activity_name`, `cloud.account.name`, `cloud.account.uid`, `cloud.provider`, `cloud.region`, `compliance.assessments.category`, `compliance.assessments.name`, `compliance.control`, `compliance.status`, `compliance.standards`, `finding_info.desc`, `finding_info.src_url`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OcsfStringField {
    /// `activity_name`
    ActivityName,
    /// `cloud.account.name`
    CloudAccountName,
    /// `cloud.account.uid`
    CloudAccountUid,
    /// `cloud.provider`
    CloudProvider,
    /// `cloud.region`
    CloudRegion,
    /// `compliance.assessments.category`
    ComplianceAssessmentsCategory,
    /// `compliance.assessments.name`
    ComplianceAssessmentsName,
    /// `compliance.control`
    ComplianceControl,
    /// `compliance.status`
    ComplianceStatus,
    /// `compliance.standards`
    ComplianceStandards,
    /// `finding_info.desc`
    FindingInfoDesc,
    /// `finding_info.src_url`
    FindingInfoSrcUrl,
    /// `finding_info.title`
    FindingInfoTitle,
    /// `finding_info.types`
    FindingInfoTypes,
    /// `finding_info.uid`
    FindingInfoUid,
    /// `finding_info.related_events.uid`
    FindingInfoRelatedEventsUid,
    /// `finding_info.related_events.product.uid`
    FindingInfoRelatedEventsProductUid,
    /// `finding_info.related_events.title`
    FindingInfoRelatedEventsTitle,
    /// `metadata.product.feature.uid`
    MetadataProductFeatureUid,
    /// `metadata.product.name`
    MetadataProductName,
    /// `metadata.product.uid`
    MetadataProductUid,
    /// `metadata.product.vendor_name`
    MetadataProductVendorName,
    /// `remediation.desc`
    RemediationDesc,
    /// `remediation.references`
    RemediationReferences,
    /// `resources.cloud_partition`
    ResourcesCloudPartition,
    /// `resources.name`
    ResourcesName,
    /// `resources.region`
    ResourcesRegion,
    /// `resources.type`
    ResourcesType,
    /// `resources.uid`
    ResourcesUid,
    /// `vulnerabilities.fix_coverage`
    VulnerabilitiesFixCoverage,
    /// `class_name`
    ClassName,
    /// `vendor_attributes.severity`
    VendorAttributesSeverity,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OcsfStringField {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ActivityName => "activity_name",
            Self::CloudAccountName => "cloud.account.name",
            Self::CloudAccountUid => "cloud.account.uid",
            Self::CloudProvider => "cloud.provider",
            Self::CloudRegion => "cloud.region",
            Self::ComplianceAssessmentsCategory => "compliance.assessments.category",
            Self::ComplianceAssessmentsName => "compliance.assessments.name",
            Self::ComplianceControl => "compliance.control",
            Self::ComplianceStatus => "compliance.status",
            Self::ComplianceStandards => "compliance.standards",
            Self::FindingInfoDesc => "finding_info.desc",
            Self::FindingInfoSrcUrl => "finding_info.src_url",
            Self::FindingInfoTitle => "finding_info.title",
            Self::FindingInfoTypes => "finding_info.types",
            Self::FindingInfoUid => "finding_info.uid",
            Self::FindingInfoRelatedEventsUid => "finding_info.related_events.uid",
            Self::FindingInfoRelatedEventsProductUid => "finding_info.related_events.product.uid",
            Self::FindingInfoRelatedEventsTitle => "finding_info.related_events.title",
            Self::MetadataProductFeatureUid => "metadata.product.feature.uid",
            Self::MetadataProductName => "metadata.product.name",
            Self::MetadataProductUid => "metadata.product.uid",
            Self::MetadataProductVendorName => "metadata.product.vendor_name",
            Self::RemediationDesc => "remediation.desc",
            Self::RemediationReferences => "remediation.references",
            Self::ResourcesCloudPartition => "resources.cloud_partition",
            Self::ResourcesName => "resources.name",
            Self::ResourcesRegion => "resources.region",
            Self::ResourcesType => "resources.type",
            Self::ResourcesUid => "resources.uid",
            Self::VulnerabilitiesFixCoverage => "vulnerabilities.fix_coverage",
            Self::ClassName => "class_name",
            Self::VendorAttributesSeverity => "vendor_attributes.severity",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "activity_name",
            "cloud.account.name",
            "cloud.account.uid",
            "cloud.provider",
            "cloud.region",
            "compliance.assessments.category",
            "compliance.assessments.name",
            "compliance.control",
            "compliance.status",
            "compliance.standards",
            "finding_info.desc",
            "finding_info.src_url",
            "finding_info.title",
            "finding_info.types",
            "finding_info.uid",
            "finding_info.related_events.uid",
            "finding_info.related_events.product.uid",
            "finding_info.related_events.title",
            "metadata.product.feature.uid",
            "metadata.product.name",
            "metadata.product.uid",
            "metadata.product.vendor_name",
            "remediation.desc",
            "remediation.references",
            "resources.cloud_partition",
            "resources.name",
            "resources.region",
            "resources.type",
            "resources.uid",
            "vulnerabilities.fix_coverage",
            "class_name",
            "vendor_attributes.severity",
        ]
    }
}
impl ::std::convert::From<OcsfStringField> for ::forma_core::Value<OcsfStringField> {
    fn from(v: OcsfStringField) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OcsfStringField {}

/// Enables filtering of security findings based on string field values in OCSF
#[derive(Debug, Clone, PartialEq)]
pub struct OcsfStringFilter {
    props: ::forma_core::schema::Props,
}
impl OcsfStringFilter {
    /// A new value with its required properties: `FieldName`, `Filter`.
    pub fn new(
        field_name: impl ::forma_core::schema::EnumArg<OcsfStringField>,
        filter: impl ::std::convert::Into<::forma_core::Value<StringFilter>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, field_name.into_enum_expr());
        props.set(1, filter.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OcsfStringFilter> for ::forma_core::Value<OcsfStringFilter> {
    fn from(v: OcsfStringFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OCSF_STRING_FILTER_TYPE.properties))
    }
}

/// Boolean filter for querying findings
#[derive(Debug, Clone, PartialEq)]
pub struct BooleanFilter {
    props: ::forma_core::schema::Props,
}
impl BooleanFilter {
    /// A new value with its required properties: `Value`.
    pub fn new(value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BooleanFilter> for ::forma_core::Value<BooleanFilter> {
    fn from(v: BooleanFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BOOLEAN_FILTER_TYPE.properties))
    }
}

/// A date filter for querying findings
#[derive(Debug, Clone, PartialEq)]
pub struct DateFilter {
    props: ::forma_core::schema::Props,
}
impl DateFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A date range for the date filter
    pub fn date_range(mut self, value: impl ::std::convert::Into<::forma_core::Value<DateRange>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The timestamp formatted in ISO8601
    pub fn end(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The timestamp formatted in ISO8601
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

/// The values CloudFormation documents: `EQUALS`, `NOT_EQUALS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Comparison {
    /// `EQUALS`
    Equals,
    /// `NOT_EQUALS`
    NotEquals,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Comparison {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::NotEquals => "NOT_EQUALS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EQUALS", "NOT_EQUALS"]
    }
}
impl ::std::convert::From<Comparison> for ::forma_core::Value<Comparison> {
    fn from(v: Comparison) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Comparison {}

/// A map filter for filtering findings
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

/// A number filter for querying findings
#[derive(Debug, Clone, PartialEq)]
pub struct NumberFilter {
    props: ::forma_core::schema::Props,
}
impl NumberFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The equal-to condition to be applied to a single field when querying for findings
    pub fn eq(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The greater-than-equal condition to be applied to a single field when querying for findings
    pub fn gte(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The less-than-equal condition to be applied to a single field when querying for findings
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

/// The values CloudFormation documents: `EQUALS`, `PREFIX`, `NOT_EQUALS`, `PREFIX_NOT_EQUALS`, `CONTAINS`.
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
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EQUALS", "PREFIX", "NOT_EQUALS", "PREFIX_NOT_EQUALS", "CONTAINS"]
    }
}
impl ::std::convert::From<StringFilterComparison> for ::forma_core::Value<StringFilterComparison> {
    fn from(v: StringFilterComparison) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StringFilterComparison {}

/// A string filter for filtering findings
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

/// A date range for the date filter
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

/// The schema of `AWS::SecurityHub::AutomationRuleV2`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SecurityHub::AutomationRuleV2",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AUTOMATION_RULES_ACTION_V2_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Criteria",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CRITERIA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "RuleName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "RuleOrder",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
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
    attributes: &["RuleArn", "RuleId", "CreatedAt", "UpdatedAt"],
};

static AUTOMATION_RULES_ACTION_V2_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::AutomationRuleV2.AutomationRulesActionV2",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExternalIntegrationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXTERNAL_INTEGRATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FindingFieldsUpdate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTOMATION_RULES_FINDING_FIELDS_UPDATE_V2_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FINDING_FIELDS_UPDATE", "EXTERNAL_INTEGRATION"]),
        },
    ],
    rules: &[],
};

static CRITERIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::AutomationRuleV2.Criteria",
    properties: &[::forma_core::schema::Property {
        name: "OcsfFindingCriteria",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&OCSF_FINDING_FILTERS_TYPE),
    }],
    rules: &[],
};

static EXTERNAL_INTEGRATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SecurityHub::AutomationRuleV2.ExternalIntegrationConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "ConnectorArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: None,
                max_length: None,
            }),
        }],
        rules: &[],
    };

static AUTOMATION_RULES_FINDING_FIELDS_UPDATE_V2_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SecurityHub::AutomationRuleV2.AutomationRulesFindingFieldsUpdateV2",
        properties: &[
            ::forma_core::schema::Property {
                name: "Comment",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(".*\\S.*"),
                    min_length: None,
                    max_length: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "SeverityId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "StatusId",
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

static OCSF_FINDING_FILTERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::AutomationRuleV2.OcsfFindingFilters",
    properties: &[
        ::forma_core::schema::Property {
            name: "CompositeFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COMPOSITE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CompositeOperator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AND", "OR"]),
        },
    ],
    rules: &[],
};

static COMPOSITE_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::AutomationRuleV2.CompositeFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "BooleanFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&OCSF_BOOLEAN_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DateFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&OCSF_DATE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "MapFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&OCSF_MAP_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NumberFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&OCSF_NUMBER_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Operator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AND", "OR"]),
        },
        ::forma_core::schema::Property {
            name: "StringFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&OCSF_STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
    ],
    rules: &[],
};

static OCSF_BOOLEAN_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::AutomationRuleV2.OcsfBooleanFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "FieldName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "compliance.assessments.meets_criteria",
                "vulnerabilities.is_exploit_available",
                "vulnerabilities.is_fix_available",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Filter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BOOLEAN_FILTER_TYPE),
        },
    ],
    rules: &[],
};

static OCSF_DATE_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::AutomationRuleV2.OcsfDateFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "FieldName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "finding_info.created_time_dt",
                "finding_info.first_seen_time_dt",
                "finding_info.last_seen_time_dt",
                "finding_info.modified_time_dt",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Filter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATE_FILTER_TYPE),
        },
    ],
    rules: &[],
};

static OCSF_MAP_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::AutomationRuleV2.OcsfMapFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "FieldName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["resources.tags"]),
        },
        ::forma_core::schema::Property {
            name: "Filter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MAP_FILTER_TYPE),
        },
    ],
    rules: &[],
};

static OCSF_NUMBER_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::AutomationRuleV2.OcsfNumberFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "FieldName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "activity_id",
                "compliance.status_id",
                "confidence_score",
                "finding_info.related_events_count",
                "vendor_attributes.severity_id",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Filter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NUMBER_FILTER_TYPE),
        },
    ],
    rules: &[],
};

static OCSF_STRING_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::AutomationRuleV2.OcsfStringFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "FieldName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "activity_name",
                "cloud.account.name",
                "cloud.account.uid",
                "cloud.provider",
                "cloud.region",
                "compliance.assessments.category",
                "compliance.assessments.name",
                "compliance.control",
                "compliance.status",
                "compliance.standards",
                "finding_info.desc",
                "finding_info.src_url",
                "finding_info.title",
                "finding_info.types",
                "finding_info.uid",
                "finding_info.related_events.uid",
                "finding_info.related_events.product.uid",
                "finding_info.related_events.title",
                "metadata.product.feature.uid",
                "metadata.product.name",
                "metadata.product.uid",
                "metadata.product.vendor_name",
                "remediation.desc",
                "remediation.references",
                "resources.cloud_partition",
                "resources.name",
                "resources.region",
                "resources.type",
                "resources.uid",
                "vulnerabilities.fix_coverage",
                "class_name",
                "vendor_attributes.severity",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Filter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
        },
    ],
    rules: &[],
};

static BOOLEAN_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::AutomationRuleV2.BooleanFilter",
    properties: &[::forma_core::schema::Property {
        name: "Value",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static DATE_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::SecurityHub::AutomationRuleV2.DateFilter",
properties: &[
::forma_core::schema::Property { name: "DateRange", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&DATE_RANGE_TYPE) },
::forma_core::schema::Property { name: "End", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(\\d\\d\\d\\d)-([0][1-9]|[1][0-2])-([0][1-9]|[1-2](\\d)|[3][0-1])[T](?:([0-1](\\d)|[2][0-3]):[0-5](\\d):[0-5](\\d)|23:59:60)(?:\\.(\\d)+)?([Z]|[+-](\\d\\d)(:?(\\d\\d))?)$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Start", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(\\d\\d\\d\\d)-([0][1-9]|[1][0-2])-([0][1-9]|[1-2](\\d)|[3][0-1])[T](?:([0-1](\\d)|[2][0-3]):[0-5](\\d):[0-5](\\d)|23:59:60)(?:\\.(\\d)+)?([Z]|[+-](\\d\\d)(:?(\\d\\d))?)$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static MAP_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::AutomationRuleV2.MapFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Comparison",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EQUALS", "NOT_EQUALS"]),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
    ],
    rules: &[],
};

static NUMBER_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::AutomationRuleV2.NumberFilter",
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

static STRING_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::AutomationRuleV2.StringFilter",
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
            ]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
    ],
    rules: &[],
};

static DATE_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::AutomationRuleV2.DateRange",
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
