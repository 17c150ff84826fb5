// @generated from AWS::Connect::Metric (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::Metric` and its property types.

/// Resource Type definition for AWS::Connect::Metric, a custom metric configured for an Amazon Connect instance
///
/// CloudFormation type `AWS::Connect::Metric`.
#[derive(Debug, Clone, PartialEq)]
pub struct Metric {
    props: ::forma_core::schema::Props,
}
impl Metric {
    /// A new resource with its required properties: `InstanceArn`, `MetricCalculation`, `Name`, `Status`, `Unit`.
    #[track_caller]
    pub fn new(
        instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        metric_calculation: impl ::std::convert::Into<::forma_core::Value<MetricCalculation>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        status: impl ::forma_core::schema::EnumArg<Status>,
        unit: impl ::forma_core::schema::EnumArg<Unit>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, metric_calculation.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, status.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(7, unit.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the custom metric
    ///
    /// Allowed: length 0 to 500.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates how to classify a positive trend in metric data on the UI
    #[track_caller]
    pub fn positive_trend_indicator(
        mut self,
        value: impl ::forma_core::schema::EnumArg<PositiveTrendIndicator>,
    ) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// One or more tags.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Metric {
    type Attributes = MetricAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::Metric"
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
/// The attributes of a `AWS::Connect::Metric` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MetricAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MetricAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MetricAttributes {
    /// `Fn::GetAtt` `MetricArn`.
    pub fn metric_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MetricArn")
    }
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
    /// `Fn::GetAtt` `CreatedUser`.
    pub fn created_user(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "CreatedUser")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
    /// `Fn::GetAtt` `LastModifiedRegion`.
    pub fn last_modified_region(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedRegion")
    }
    /// `Fn::GetAtt` `LastModifiedUser`.
    pub fn last_modified_user(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedUser")
    }
    /// `Fn::GetAtt` `CreationMethod`.
    pub fn creation_method(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationMethod")
    }
    /// `Fn::GetAtt` `Category`.
    pub fn category(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Category")
    }
    /// `Fn::GetAtt` `Type`.
    pub fn type_(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Type")
    }
    /// `Fn::GetAtt` `SupportsPreaggregateCalculation`.
    pub fn supports_preaggregate_calculation(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "SupportsPreaggregateCalculation")
    }
    /// `Fn::GetAtt` `SupportsCustomCalculation`.
    pub fn supports_custom_calculation(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "SupportsCustomCalculation")
    }
    /// `Fn::GetAtt` `Groupings`.
    pub fn groupings(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "Groupings")
    }
    /// `Fn::GetAtt` `Filters`.
    pub fn filters(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Filters")
    }
    /// `Fn::GetAtt` `EffectiveTime`.
    pub fn effective_time(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "EffectiveTime")
    }
    /// `Fn::GetAtt` `RefreshRate`.
    pub fn refresh_rate(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "RefreshRate")
    }
    /// `Fn::GetAtt` `SupportedStats`.
    pub fn supported_stats(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "SupportedStats")
    }
    /// `Fn::GetAtt` `PrimaryEventSource`.
    pub fn primary_event_source(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PrimaryEventSource")
    }
    /// `Fn::GetAtt` `PrimaryEventSourceEffectiveTimestampType`.
    pub fn primary_event_source_effective_timestamp_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PrimaryEventSourceEffectiveTimestampType")
    }
}

/// The values CloudFormation documents: `POSITIVE`, `NEGATIVE`, `NEUTRAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PositiveTrendIndicator {
    /// `POSITIVE`
    Positive,
    /// `NEGATIVE`
    Negative,
    /// `NEUTRAL`
    Neutral,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PositiveTrendIndicator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Positive => "POSITIVE",
            Self::Negative => "NEGATIVE",
            Self::Neutral => "NEUTRAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["POSITIVE", "NEGATIVE", "NEUTRAL"]
    }
}
impl ::std::convert::From<PositiveTrendIndicator> for ::forma_core::Value<PositiveTrendIndicator> {
    fn from(v: PositiveTrendIndicator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PositiveTrendIndicator {}

/// The values CloudFormation documents: `SAVED`, `PUBLISHED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `SAVED`
    Saved,
    /// `PUBLISHED`
    Published,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Saved => "SAVED",
            Self::Published => "PUBLISHED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SAVED", "PUBLISHED"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The values CloudFormation documents: `INTEGER`, `DOUBLE`, `PERCENT`, `SECONDS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Unit {
    /// `INTEGER`
    Integer,
    /// `DOUBLE`
    Double,
    /// `PERCENT`
    Percent,
    /// `SECONDS`
    Seconds,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Unit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Integer => "INTEGER",
            Self::Double => "DOUBLE",
            Self::Percent => "PERCENT",
            Self::Seconds => "SECONDS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INTEGER", "DOUBLE", "PERCENT", "SECONDS"]
    }
}
impl ::std::convert::From<Unit> for ::forma_core::Value<Unit> {
    fn from(v: Unit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Unit {}

/// The calculation configuration for the metric
#[derive(Debug, Clone, PartialEq)]
pub struct MetricCalculation {
    props: ::forma_core::schema::Props,
}
impl MetricCalculation {
    /// A new value with its required properties: `Calculation`, `CalculationComponents`.
    pub fn new(
        calculation: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        calculation_components: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CalculationComponent>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, calculation.into().into_expr());
        props.set(1, calculation_components.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MetricCalculation> for ::forma_core::Value<MetricCalculation> {
    fn from(v: MetricCalculation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_CALCULATION_TYPE.properties))
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

/// The `CalculationComponent` property type of `AWS::Connect::Metric`.
#[derive(Debug, Clone, PartialEq)]
pub struct CalculationComponent {
    props: ::forma_core::schema::Props,
}
impl CalculationComponent {
    /// A new value with its required properties: `Alias`.
    pub fn new(alias: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alias.into().into_expr());
        Self { props }
    }
    /// `MetricFilters`.
    pub fn metric_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricFilter>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MetricId`.
    ///
    /// Allowed: length 1 to 150.
    pub fn metric_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MetricName`.
    ///
    /// Allowed: length 1 to 128.
    pub fn metric_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CalculationComponent> for ::forma_core::Value<CalculationComponent> {
    fn from(v: CalculationComponent) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CALCULATION_COMPONENT_TYPE.properties))
    }
}

/// The `MetricFilter` property type of `AWS::Connect::Metric`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricFilter {
    props: ::forma_core::schema::Props,
}
impl MetricFilter {
    /// A new value with its required properties: `MetricFilterKey`.
    pub fn new(metric_filter_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, metric_filter_key.into().into_expr());
        Self { props }
    }
    /// `BooleanCondition`.
    pub fn boolean_condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MetricFilterBooleanCondition>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Negate`.
    pub fn negate(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `NumberCondition`.
    pub fn number_condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MetricFilterNumberCondition>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `StringCondition`.
    pub fn string_condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MetricFilterStringCondition>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MetricFilter> for ::forma_core::Value<MetricFilter> {
    fn from(v: MetricFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_FILTER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `IS_TRUE`, `IS_FALSE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Comparison {
    /// `IS_TRUE`
    IsTrue,
    /// `IS_FALSE`
    IsFalse,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Comparison {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IsTrue => "IS_TRUE",
            Self::IsFalse => "IS_FALSE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IS_TRUE", "IS_FALSE"]
    }
}
impl ::std::convert::From<Comparison> for ::forma_core::Value<Comparison> {
    fn from(v: Comparison) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Comparison {}

/// The `MetricFilterBooleanCondition` property type of `AWS::Connect::Metric`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricFilterBooleanCondition {
    props: ::forma_core::schema::Props,
}
impl MetricFilterBooleanCondition {
    /// A new value with its required properties: `Comparison`.
    pub fn new(comparison: impl ::forma_core::schema::EnumArg<Comparison>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, comparison.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<MetricFilterBooleanCondition> for ::forma_core::Value<MetricFilterBooleanCondition> {
    fn from(v: MetricFilterBooleanCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_FILTER_BOOLEAN_CONDITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LESSER`, `LESSER_OR_EQUAL`, `GREATER`, `GREATER_OR_EQUAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetricFilterNumberConditionComparison {
    /// `LESSER`
    Lesser,
    /// `LESSER_OR_EQUAL`
    LesserOrEqual,
    /// `GREATER`
    Greater,
    /// `GREATER_OR_EQUAL`
    GreaterOrEqual,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MetricFilterNumberConditionComparison {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Lesser => "LESSER",
            Self::LesserOrEqual => "LESSER_OR_EQUAL",
            Self::Greater => "GREATER",
            Self::GreaterOrEqual => "GREATER_OR_EQUAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LESSER", "LESSER_OR_EQUAL", "GREATER", "GREATER_OR_EQUAL"]
    }
}
impl ::std::convert::From<MetricFilterNumberConditionComparison>
    for ::forma_core::Value<MetricFilterNumberConditionComparison>
{
    fn from(v: MetricFilterNumberConditionComparison) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MetricFilterNumberConditionComparison {}

/// The `MetricFilterNumberCondition` property type of `AWS::Connect::Metric`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricFilterNumberCondition {
    props: ::forma_core::schema::Props,
}
impl MetricFilterNumberCondition {
    /// A new value with its required properties: `Comparison`, `Values`.
    pub fn new(
        comparison: impl ::forma_core::schema::EnumArg<MetricFilterNumberConditionComparison>,
        values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<f64>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, comparison.into_enum_expr());
        props.set(1, values.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MetricFilterNumberCondition> for ::forma_core::Value<MetricFilterNumberCondition> {
    fn from(v: MetricFilterNumberCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_FILTER_NUMBER_CONDITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `MATCHES_ANY`, `MATCHES_NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetricFilterStringConditionComparison {
    /// `MATCHES_ANY`
    MatchesAny,
    /// `MATCHES_NONE`
    MatchesNone,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MetricFilterStringConditionComparison {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MatchesAny => "MATCHES_ANY",
            Self::MatchesNone => "MATCHES_NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MATCHES_ANY", "MATCHES_NONE"]
    }
}
impl ::std::convert::From<MetricFilterStringConditionComparison>
    for ::forma_core::Value<MetricFilterStringConditionComparison>
{
    fn from(v: MetricFilterStringConditionComparison) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MetricFilterStringConditionComparison {}

/// The `MetricFilterStringCondition` property type of `AWS::Connect::Metric`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricFilterStringCondition {
    props: ::forma_core::schema::Props,
}
impl MetricFilterStringCondition {
    /// A new value with its required properties: `Comparison`, `Values`.
    pub fn new(
        comparison: impl ::forma_core::schema::EnumArg<MetricFilterStringConditionComparison>,
        values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, comparison.into_enum_expr());
        props.set(1, values.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MetricFilterStringCondition> for ::forma_core::Value<MetricFilterStringCondition> {
    fn from(v: MetricFilterStringCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_FILTER_STRING_CONDITION_TYPE.properties))
    }
}

/// The schema of `AWS::Connect::Metric`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::Metric",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricCalculation",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRIC_CALCULATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "PositiveTrendIndicator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["POSITIVE", "NEGATIVE", "NEUTRAL"]),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["SAVED", "PUBLISHED"]),
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
            name: "Unit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INTEGER", "DOUBLE", "PERCENT", "SECONDS"]),
        },
    ],
    rules: &[],
    attributes: &[
        "MetricArn",
        "CreatedTime",
        "CreatedUser",
        "LastModifiedTime",
        "LastModifiedRegion",
        "LastModifiedUser",
        "CreationMethod",
        "Category",
        "Type",
        "SupportsPreaggregateCalculation",
        "SupportsCustomCalculation",
        "Groupings",
        "Filters",
        "EffectiveTime",
        "RefreshRate",
        "SupportedStats",
        "PrimaryEventSource",
        "PrimaryEventSourceEffectiveTimestampType",
    ],
};

static METRIC_CALCULATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Metric.MetricCalculation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Calculation",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "CalculationComponents",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CALCULATION_COMPONENT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Metric.Tag",
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

static CALCULATION_COMPONENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Metric.CalculationComponent",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alias",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z_][a-zA-Z0-9_]*"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "MetricId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(150),
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricName",
            required: false,
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

static METRIC_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Metric.MetricFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "BooleanCondition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRIC_FILTER_BOOLEAN_CONDITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MetricFilterKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Negate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NumberCondition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRIC_FILTER_NUMBER_CONDITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StringCondition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRIC_FILTER_STRING_CONDITION_TYPE),
        },
    ],
    rules: &[],
};

static METRIC_FILTER_BOOLEAN_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Metric.MetricFilterBooleanCondition",
    properties: &[::forma_core::schema::Property {
        name: "Comparison",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["IS_TRUE", "IS_FALSE"]),
    }],
    rules: &[],
};

static METRIC_FILTER_NUMBER_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Metric.MetricFilterNumberCondition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Comparison",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LESSER", "LESSER_OR_EQUAL", "GREATER", "GREATER_OR_EQUAL"]),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
    ],
    rules: &[],
};

static METRIC_FILTER_STRING_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Metric.MetricFilterStringCondition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Comparison",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MATCHES_ANY", "MATCHES_NONE"]),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(15) },
            ),
        },
    ],
    rules: &[],
};
