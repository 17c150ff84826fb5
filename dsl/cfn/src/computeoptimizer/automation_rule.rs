// @generated from AWS::ComputeOptimizer::AutomationRule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ComputeOptimizer::AutomationRule` and its property types.

/// Creates an AWS Compute Optimizer automation rule that automatically implements recommended actions based on your defined criteria and schedule.
///
/// CloudFormation type `AWS::ComputeOptimizer::AutomationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct AutomationRule {
    props: ::forma_core::schema::Props,
}
impl AutomationRule {
    /// A new resource with its required properties: `Name`, `RecommendedActionTypes`, `RuleType`, `Schedule`, `Status`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        recommended_action_types: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RecommendedActionTypes>>>,
        rule_type: impl ::forma_core::schema::EnumArg<RuleType>,
        schedule: impl ::std::convert::Into<::forma_core::Value<Schedule>>,
        status: impl ::forma_core::schema::EnumArg<Status>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, recommended_action_types.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, rule_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(7, schedule.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, status.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Filter criteria that specify which recommended actions qualify for implementation.
    #[track_caller]
    pub fn criteria(mut self, value: impl ::std::convert::Into<::forma_core::Value<Criteria>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the automation rule.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Organization configuration for organization rules, including rule apply order and account scope.
    #[track_caller]
    pub fn organization_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OrganizationConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Rule priority within its group
    #[track_caller]
    pub fn priority(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags associated with the automation rule.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AutomationRule {
    type Attributes = AutomationRuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::ComputeOptimizer::AutomationRule"
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
/// The attributes of a `AWS::ComputeOptimizer::AutomationRule` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `RuleId`.
    pub fn rule_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RuleId")
    }
    /// `Fn::GetAtt` `RuleRevision`.
    pub fn rule_revision(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RuleRevision")
    }
    /// `Fn::GetAtt` `AccountId`.
    pub fn account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccountId")
    }
    /// `Fn::GetAtt` `CreatedTimestamp`.
    pub fn created_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTimestamp")
    }
    /// `Fn::GetAtt` `LastUpdatedTimestamp`.
    pub fn last_updated_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTimestamp")
    }
}

/// The values CloudFormation documents: `SnapshotAndDeleteUnattachedEbsVolume`, `UpgradeEbsVolumeType`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecommendedActionTypes {
    /// `SnapshotAndDeleteUnattachedEbsVolume`
    SnapshotAndDeleteUnattachedEbsVolume,
    /// `UpgradeEbsVolumeType`
    UpgradeEbsVolumeType,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RecommendedActionTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SnapshotAndDeleteUnattachedEbsVolume => "SnapshotAndDeleteUnattachedEbsVolume",
            Self::UpgradeEbsVolumeType => "UpgradeEbsVolumeType",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SnapshotAndDeleteUnattachedEbsVolume", "UpgradeEbsVolumeType"]
    }
}
impl ::std::convert::From<RecommendedActionTypes> for ::forma_core::Value<RecommendedActionTypes> {
    fn from(v: RecommendedActionTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RecommendedActionTypes {}

/// The values CloudFormation documents: `AccountRule`, `OrganizationRule`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RuleType {
    /// `AccountRule`
    AccountRule,
    /// `OrganizationRule`
    OrganizationRule,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RuleType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccountRule => "AccountRule",
            Self::OrganizationRule => "OrganizationRule",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AccountRule", "OrganizationRule"]
    }
}
impl ::std::convert::From<RuleType> for ::forma_core::Value<RuleType> {
    fn from(v: RuleType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RuleType {}

/// The values CloudFormation documents: `Active`, `Inactive`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `Active`
    Active,
    /// `Inactive`
    Inactive,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "Active",
            Self::Inactive => "Inactive",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Active", "Inactive"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The `Criteria` property type of `AWS::ComputeOptimizer::AutomationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct Criteria {
    props: ::forma_core::schema::Props,
}
impl Criteria {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EbsVolumeSizeInGib`.
    pub fn ebs_volume_size_in_gib(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IntegerCriteriaCondition>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EbsVolumeType`.
    pub fn ebs_volume_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringCriteriaCondition>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `EstimatedMonthlySavings`.
    pub fn estimated_monthly_savings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DoubleCriteriaCondition>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `LookBackPeriodInDays`.
    pub fn look_back_period_in_days(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IntegerCriteriaCondition>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Region`.
    pub fn region(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringCriteriaCondition>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `ResourceArn`.
    pub fn resource_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringCriteriaCondition>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `ResourceTag`.
    pub fn resource_tag(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceTagsCriteriaCondition>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `RestartNeeded`.
    pub fn restart_needed(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringCriteriaCondition>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
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

/// The values CloudFormation documents: `BeforeAccountRules`, `AfterAccountRules`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RuleApplyOrder {
    /// `BeforeAccountRules`
    BeforeAccountRules,
    /// `AfterAccountRules`
    AfterAccountRules,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RuleApplyOrder {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BeforeAccountRules => "BeforeAccountRules",
            Self::AfterAccountRules => "AfterAccountRules",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BeforeAccountRules", "AfterAccountRules"]
    }
}
impl ::std::convert::From<RuleApplyOrder> for ::forma_core::Value<RuleApplyOrder> {
    fn from(v: RuleApplyOrder) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RuleApplyOrder {}

/// The `OrganizationConfiguration` property type of `AWS::ComputeOptimizer::AutomationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationConfiguration {
    props: ::forma_core::schema::Props,
}
impl OrganizationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// List of account IDs where the organization rule applies
    pub fn account_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// When the rule should be applied relative to account rules
    pub fn rule_apply_order(mut self, value: impl ::forma_core::schema::EnumArg<RuleApplyOrder>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for OrganizationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OrganizationConfiguration> for ::forma_core::Value<OrganizationConfiguration> {
    fn from(v: OrganizationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORGANIZATION_CONFIGURATION_TYPE.properties))
    }
}

/// The `Schedule` property type of `AWS::ComputeOptimizer::AutomationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    props: ::forma_core::schema::Props,
}
impl Schedule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Execution window duration in minutes
    ///
    /// Allowed: 60 to 1440.
    pub fn execution_window_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Schedule expression (e.g., cron or rate expression)
    pub fn schedule_expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// IANA timezone identifier
    pub fn schedule_expression_timezone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
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

/// The `Tag` property type of `AWS::ComputeOptimizer::AutomationRule`.
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

/// The values CloudFormation documents: `StringEquals`, `StringNotEquals`, `StringEqualsIgnoreCase`, `StringNotEqualsIgnoreCase`, `StringLike`, `StringNotLike`, `NumericEquals`, `NumericNotEquals`, `NumericLessThan`, `NumericLessThanEquals`, `NumericGreaterThan`, `NumericGreaterThanEquals`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Comparison {
    /// `StringEquals`
    StringEquals,
    /// `StringNotEquals`
    StringNotEquals,
    /// `StringEqualsIgnoreCase`
    StringEqualsIgnoreCase,
    /// `StringNotEqualsIgnoreCase`
    StringNotEqualsIgnoreCase,
    /// `StringLike`
    StringLike,
    /// `StringNotLike`
    StringNotLike,
    /// `NumericEquals`
    NumericEquals,
    /// `NumericNotEquals`
    NumericNotEquals,
    /// `NumericLessThan`
    NumericLessThan,
    /// `NumericLessThanEquals`
    NumericLessThanEquals,
    /// `NumericGreaterThan`
    NumericGreaterThan,
    /// `NumericGreaterThanEquals`
    NumericGreaterThanEquals,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Comparison {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::StringEquals => "StringEquals",
            Self::StringNotEquals => "StringNotEquals",
            Self::StringEqualsIgnoreCase => "StringEqualsIgnoreCase",
            Self::StringNotEqualsIgnoreCase => "StringNotEqualsIgnoreCase",
            Self::StringLike => "StringLike",
            Self::StringNotLike => "StringNotLike",
            Self::NumericEquals => "NumericEquals",
            Self::NumericNotEquals => "NumericNotEquals",
            Self::NumericLessThan => "NumericLessThan",
            Self::NumericLessThanEquals => "NumericLessThanEquals",
            Self::NumericGreaterThan => "NumericGreaterThan",
            Self::NumericGreaterThanEquals => "NumericGreaterThanEquals",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "StringEquals",
            "StringNotEquals",
            "StringEqualsIgnoreCase",
            "StringNotEqualsIgnoreCase",
            "StringLike",
            "StringNotLike",
            "NumericEquals",
            "NumericNotEquals",
            "NumericLessThan",
            "NumericLessThanEquals",
            "NumericGreaterThan",
            "NumericGreaterThanEquals",
        ]
    }
}
impl ::std::convert::From<Comparison> for ::forma_core::Value<Comparison> {
    fn from(v: Comparison) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Comparison {}

/// The `IntegerCriteriaCondition` property type of `AWS::ComputeOptimizer::AutomationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct IntegerCriteriaCondition {
    props: ::forma_core::schema::Props,
}
impl IntegerCriteriaCondition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Comparison`.
    pub fn comparison(mut self, value: impl ::forma_core::schema::EnumArg<Comparison>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Values`.
    pub fn values(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IntegerCriteriaCondition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IntegerCriteriaCondition> for ::forma_core::Value<IntegerCriteriaCondition> {
    fn from(v: IntegerCriteriaCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTEGER_CRITERIA_CONDITION_TYPE.properties))
    }
}

/// The `StringCriteriaCondition` property type of `AWS::ComputeOptimizer::AutomationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct StringCriteriaCondition {
    props: ::forma_core::schema::Props,
}
impl StringCriteriaCondition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Comparison`.
    pub fn comparison(mut self, value: impl ::forma_core::schema::EnumArg<Comparison>) -> Self {
        self.props.set(0, value.into_enum_expr());
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
impl ::std::default::Default for StringCriteriaCondition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StringCriteriaCondition> for ::forma_core::Value<StringCriteriaCondition> {
    fn from(v: StringCriteriaCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STRING_CRITERIA_CONDITION_TYPE.properties))
    }
}

/// The `DoubleCriteriaCondition` property type of `AWS::ComputeOptimizer::AutomationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct DoubleCriteriaCondition {
    props: ::forma_core::schema::Props,
}
impl DoubleCriteriaCondition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Comparison`.
    pub fn comparison(mut self, value: impl ::forma_core::schema::EnumArg<Comparison>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Values`.
    pub fn values(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<f64>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DoubleCriteriaCondition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DoubleCriteriaCondition> for ::forma_core::Value<DoubleCriteriaCondition> {
    fn from(v: DoubleCriteriaCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOUBLE_CRITERIA_CONDITION_TYPE.properties))
    }
}

/// The `ResourceTagsCriteriaCondition` property type of `AWS::ComputeOptimizer::AutomationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceTagsCriteriaCondition {
    props: ::forma_core::schema::Props,
}
impl ResourceTagsCriteriaCondition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Comparison`.
    pub fn comparison(mut self, value: impl ::forma_core::schema::EnumArg<Comparison>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Key`.
    ///
    /// Allowed: length 1 to 512.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Values`.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ResourceTagsCriteriaCondition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ResourceTagsCriteriaCondition> for ::forma_core::Value<ResourceTagsCriteriaCondition> {
    fn from(v: ResourceTagsCriteriaCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_TAGS_CRITERIA_CONDITION_TYPE.properties))
    }
}

/// The schema of `AWS::ComputeOptimizer::AutomationRule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ComputeOptimizer::AutomationRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Criteria",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CRITERIA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-\\s@\\.]*$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]*$"),
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "OrganizationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ORGANIZATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RecommendedActionTypes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["SnapshotAndDeleteUnattachedEbsVolume", "UpgradeEbsVolumeType"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RuleType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AccountRule", "OrganizationRule"]),
        },
        ::forma_core::schema::Property {
            name: "Schedule",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEDULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Active", "Inactive"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["RuleArn", "RuleId", "RuleRevision", "AccountId", "CreatedTimestamp", "LastUpdatedTimestamp"],
};

static CRITERIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ComputeOptimizer::AutomationRule.Criteria",
    properties: &[
        ::forma_core::schema::Property {
            name: "EbsVolumeSizeInGib",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INTEGER_CRITERIA_CONDITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EbsVolumeType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_CRITERIA_CONDITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EstimatedMonthlySavings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DOUBLE_CRITERIA_CONDITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LookBackPeriodInDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INTEGER_CRITERIA_CONDITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Region",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_CRITERIA_CONDITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_CRITERIA_CONDITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceTag",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_TAGS_CRITERIA_CONDITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RestartNeeded",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_CRITERIA_CONDITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static ORGANIZATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ComputeOptimizer::AutomationRule.OrganizationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9]{12}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RuleApplyOrder",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BeforeAccountRules", "AfterAccountRules"]),
        },
    ],
    rules: &[],
};

static SCHEDULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ComputeOptimizer::AutomationRule.Schedule",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExecutionWindowInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(1440.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduleExpression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ScheduleExpressionTimezone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ComputeOptimizer::AutomationRule.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w\\s\\.\\-\\:\\/\\=\\+\\@]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w\\s\\.\\-\\:\\/\\=\\+\\@]*$"),
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static INTEGER_CRITERIA_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ComputeOptimizer::AutomationRule.IntegerCriteriaCondition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Comparison",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "StringEquals",
                "StringNotEquals",
                "StringEqualsIgnoreCase",
                "StringNotEqualsIgnoreCase",
                "StringLike",
                "StringNotLike",
                "NumericEquals",
                "NumericNotEquals",
                "NumericLessThan",
                "NumericLessThanEquals",
                "NumericGreaterThan",
                "NumericGreaterThanEquals",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static STRING_CRITERIA_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ComputeOptimizer::AutomationRule.StringCriteriaCondition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Comparison",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "StringEquals",
                "StringNotEquals",
                "StringEqualsIgnoreCase",
                "StringNotEqualsIgnoreCase",
                "StringLike",
                "StringNotLike",
                "NumericEquals",
                "NumericNotEquals",
                "NumericLessThan",
                "NumericLessThanEquals",
                "NumericGreaterThan",
                "NumericGreaterThanEquals",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\w\\s\\.\\-\\:\\/\\=\\+\\@\\*\\?]+$"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static DOUBLE_CRITERIA_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ComputeOptimizer::AutomationRule.DoubleCriteriaCondition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Comparison",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "StringEquals",
                "StringNotEquals",
                "StringEqualsIgnoreCase",
                "StringNotEqualsIgnoreCase",
                "StringLike",
                "StringNotLike",
                "NumericEquals",
                "NumericNotEquals",
                "NumericLessThan",
                "NumericLessThanEquals",
                "NumericGreaterThan",
                "NumericGreaterThanEquals",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static RESOURCE_TAGS_CRITERIA_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ComputeOptimizer::AutomationRule.ResourceTagsCriteriaCondition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Comparison",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "StringEquals",
                "StringNotEquals",
                "StringEqualsIgnoreCase",
                "StringNotEqualsIgnoreCase",
                "StringLike",
                "StringNotLike",
                "NumericEquals",
                "NumericNotEquals",
                "NumericLessThan",
                "NumericLessThanEquals",
                "NumericGreaterThan",
                "NumericGreaterThanEquals",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w\\s\\.\\-\\:\\/\\=\\+\\@\\*\\?]+$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\w\\s\\.\\-\\:\\/\\=\\+\\@\\*\\?]+$"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};
