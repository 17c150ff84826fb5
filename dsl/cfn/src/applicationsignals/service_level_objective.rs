// @generated from AWS::ApplicationSignals::ServiceLevelObjective (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ApplicationSignals::ServiceLevelObjective` and its property types.

/// Resource Type definition for AWS::ApplicationSignals::ServiceLevelObjective
///
/// CloudFormation type `AWS::ApplicationSignals::ServiceLevelObjective`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceLevelObjective {
    props: ::forma_core::schema::Props,
}
impl ServiceLevelObjective {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Each object in this array defines the length of the look-back window used to calculate one burn rate metric for this SLO.
    #[track_caller]
    pub fn burn_rate_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BurnRateConfiguration>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An optional description for this SLO.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Each object in this array defines a time exclusion window for this SLO.
    #[track_caller]
    pub fn exclusion_windows(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ExclusionWindow>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A structure that contains the attributes that determine the goal of the SLO.
    #[track_caller]
    pub fn goal(mut self, value: impl ::std::convert::Into<::forma_core::Value<Goal>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// This structure contains information about the performance metric that a request-based SLO monitors.
    #[track_caller]
    pub fn request_based_sli(mut self, value: impl ::std::convert::Into<::forma_core::Value<RequestBasedSli>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// This structure contains information about the performance metric that an SLO monitors.
    #[track_caller]
    pub fn sli(mut self, value: impl ::std::convert::Into<::forma_core::Value<Sli>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of tag keys and values associated with the resource you specified
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ServiceLevelObjective {
    type Attributes = ServiceLevelObjectiveAttributes;
    fn type_name(&self) -> &str {
        "AWS::ApplicationSignals::ServiceLevelObjective"
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
/// The attributes of a `AWS::ApplicationSignals::ServiceLevelObjective` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ServiceLevelObjectiveAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ServiceLevelObjectiveAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ServiceLevelObjectiveAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
    /// `Fn::GetAtt` `EvaluationType`.
    pub fn evaluation_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EvaluationType")
    }
}

/// This object defines the length of the look-back window used to calculate one burn rate metric for this SLO.
#[derive(Debug, Clone, PartialEq)]
pub struct BurnRateConfiguration {
    props: ::forma_core::schema::Props,
}
impl BurnRateConfiguration {
    /// A new value with its required properties: `LookBackWindowMinutes`.
    pub fn new(look_back_window_minutes: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, look_back_window_minutes.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BurnRateConfiguration> for ::forma_core::Value<BurnRateConfiguration> {
    fn from(v: BurnRateConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BURN_RATE_CONFIGURATION_TYPE.properties))
    }
}

/// This object defines a time exclusion window for this SLO.
#[derive(Debug, Clone, PartialEq)]
pub struct ExclusionWindow {
    props: ::forma_core::schema::Props,
}
impl ExclusionWindow {
    /// A new value with its required properties: `Window`.
    pub fn new(window: impl ::std::convert::Into<::forma_core::Value<Window>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, window.into().into_expr());
        Self { props }
    }
    /// An optional reason for scheduling this time exclusion window.
    ///
    /// Allowed: length 1 to 1024.
    pub fn reason(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// This object defines how often to repeat a time exclusion window.
    pub fn recurrence_rule(mut self, value: impl ::std::convert::Into<::forma_core::Value<RecurrenceRule>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The time you want the exclusion window to start at.
    pub fn start_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ExclusionWindow> for ::forma_core::Value<ExclusionWindow> {
    fn from(v: ExclusionWindow) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXCLUSION_WINDOW_TYPE.properties))
    }
}

/// A structure that contains the attributes that determine the goal of the SLO.
#[derive(Debug, Clone, PartialEq)]
pub struct Goal {
    props: ::forma_core::schema::Props,
}
impl Goal {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The threshold that determines if the goal is being met.
    pub fn attainment_goal(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The time period used to evaluate the SLO.
    pub fn interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<Interval>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The percentage of remaining budget over total budget that you want to get warnings for.
    pub fn warning_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Goal {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Goal> for ::forma_core::Value<Goal> {
    fn from(v: Goal) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GOAL_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GreaterThanOrEqualTo`, `LessThanOrEqualTo`, `LessThan`, `GreaterThan`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComparisonOperator {
    /// `GreaterThanOrEqualTo`
    GreaterThanOrEqualTo,
    /// `LessThanOrEqualTo`
    LessThanOrEqualTo,
    /// `LessThan`
    LessThan,
    /// `GreaterThan`
    GreaterThan,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ComparisonOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GreaterThanOrEqualTo => "GreaterThanOrEqualTo",
            Self::LessThanOrEqualTo => "LessThanOrEqualTo",
            Self::LessThan => "LessThan",
            Self::GreaterThan => "GreaterThan",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GreaterThanOrEqualTo", "LessThanOrEqualTo", "LessThan", "GreaterThan"]
    }
}
impl ::std::convert::From<ComparisonOperator> for ::forma_core::Value<ComparisonOperator> {
    fn from(v: ComparisonOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ComparisonOperator {}

/// This structure contains information about the performance metric that a request-based SLO monitors.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestBasedSli {
    props: ::forma_core::schema::Props,
}
impl RequestBasedSli {
    /// A new value with its required properties: `RequestBasedSliMetric`.
    pub fn new(
        request_based_sli_metric: impl ::std::convert::Into<::forma_core::Value<RequestBasedSliMetric>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, request_based_sli_metric.into().into_expr());
        Self { props }
    }
    /// The arithmetic operation used when comparing the specified metric to the threshold.
    pub fn comparison_operator(mut self, value: impl ::forma_core::schema::EnumArg<ComparisonOperator>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The value that the SLI metric is compared to.
    pub fn metric_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RequestBasedSli> for ::forma_core::Value<RequestBasedSli> {
    fn from(v: RequestBasedSli) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REQUEST_BASED_SLI_TYPE.properties))
    }
}

/// This structure contains information about the performance metric that an SLO monitors.
#[derive(Debug, Clone, PartialEq)]
pub struct Sli {
    props: ::forma_core::schema::Props,
}
impl Sli {
    /// A new value with its required properties: `ComparisonOperator`, `MetricThreshold`, `SliMetric`.
    pub fn new(
        comparison_operator: impl ::forma_core::schema::EnumArg<ComparisonOperator>,
        metric_threshold: impl ::std::convert::Into<::forma_core::Value<f64>>,
        sli_metric: impl ::std::convert::Into<::forma_core::Value<SliMetric>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, comparison_operator.into_enum_expr());
        props.set(1, metric_threshold.into().into_expr());
        props.set(2, sli_metric.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Sli> for ::forma_core::Value<Sli> {
    fn from(v: Sli) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLI_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::ApplicationSignals::ServiceLevelObjective`.
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

/// This object defines how often to repeat a time exclusion window.
#[derive(Debug, Clone, PartialEq)]
pub struct RecurrenceRule {
    props: ::forma_core::schema::Props,
}
impl RecurrenceRule {
    /// A new value with its required properties: `Expression`.
    pub fn new(expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, expression.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RecurrenceRule> for ::forma_core::Value<RecurrenceRule> {
    fn from(v: RecurrenceRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECURRENCE_RULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `MINUTE`, `HOUR`, `DAY`, `MONTH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DurationUnit {
    /// `MINUTE`
    Minute,
    /// `HOUR`
    Hour,
    /// `DAY`
    Day,
    /// `MONTH`
    Month,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DurationUnit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Minute => "MINUTE",
            Self::Hour => "HOUR",
            Self::Day => "DAY",
            Self::Month => "MONTH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MINUTE", "HOUR", "DAY", "MONTH"]
    }
}
impl ::std::convert::From<DurationUnit> for ::forma_core::Value<DurationUnit> {
    fn from(v: DurationUnit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DurationUnit {}

/// This object defines the length of time an exclusion window should span.
#[derive(Debug, Clone, PartialEq)]
pub struct Window {
    props: ::forma_core::schema::Props,
}
impl Window {
    /// A new value with its required properties: `Duration`, `DurationUnit`.
    pub fn new(
        duration: impl ::std::convert::Into<::forma_core::Value<i64>>,
        duration_unit: impl ::forma_core::schema::EnumArg<DurationUnit>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, duration.into().into_expr());
        props.set(1, duration_unit.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<Window> for ::forma_core::Value<Window> {
    fn from(v: Window) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WINDOW_TYPE.properties))
    }
}

/// The time period used to evaluate the SLO.
#[derive(Debug, Clone, PartialEq)]
pub struct Interval {
    props: ::forma_core::schema::Props,
}
impl Interval {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// If the interval for this service level objective is a calendar interval, this structure contains the interval specifications.
    pub fn calendar_interval(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CalendarInterval>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// If the interval is a calendar interval, this structure contains the interval specifications.
    pub fn rolling_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<RollingInterval>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Interval {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Interval> for ::forma_core::Value<Interval> {
    fn from(v: Interval) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTERVAL_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LATENCY`, `AVAILABILITY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetricType {
    /// `LATENCY`
    Latency,
    /// `AVAILABILITY`
    Availability,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MetricType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Latency => "LATENCY",
            Self::Availability => "AVAILABILITY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LATENCY", "AVAILABILITY"]
    }
}
impl ::std::convert::From<MetricType> for ::forma_core::Value<MetricType> {
    fn from(v: MetricType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MetricType {}

/// This structure contains the information about the metric that is used for a request-based SLO.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestBasedSliMetric {
    props: ::forma_core::schema::Props,
}
impl RequestBasedSliMetric {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CompositeSliConfig`.
    pub fn composite_sli_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CompositeSliConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration for identifying a dependency and its operation
    pub fn dependency_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DependencyConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// This is a string-to-string map that contains information about the type of object that this SLO is related to.
    pub fn key_attributes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The name of the metric for non-Application Signals services
    ///
    /// Allowed: length 1 to 255.
    pub fn metric_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Configuration for identifying the source of metrics for non-Application Signals services
    pub fn metric_source(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricSource>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// If the SLO monitors either the LATENCY or AVAILABILITY metric that Application Signals collects, this field displays which of those metrics is used.
    pub fn metric_type(mut self, value: impl ::forma_core::schema::EnumArg<MetricType>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// This structure defines the metric that is used as the "good request" or "bad request" value for a request-based SLO.
    pub fn monitored_request_count_metric(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MonitoredRequestCountMetric>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// If the SLO monitors a specific operation of the service, this field displays that operation name.
    ///
    /// Allowed: length 1 to 255.
    pub fn operation_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// This structure defines the metric that is used as the "total requests" number for a request-based SLO.
    pub fn total_request_count_metric(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricDataQuery>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RequestBasedSliMetric {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RequestBasedSliMetric> for ::forma_core::Value<RequestBasedSliMetric> {
    fn from(v: RequestBasedSliMetric) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REQUEST_BASED_SLI_METRIC_TYPE.properties))
    }
}

/// A structure that contains information about the metric that the SLO monitors.
#[derive(Debug, Clone, PartialEq)]
pub struct SliMetric {
    props: ::forma_core::schema::Props,
}
impl SliMetric {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CompositeSliConfig`.
    pub fn composite_sli_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CompositeSliConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration for identifying a dependency and its operation
    pub fn dependency_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DependencyConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// This is a string-to-string map that contains information about the type of object that this SLO is related to.
    pub fn key_attributes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// If this SLO monitors a CloudWatch metric or the result of a CloudWatch metric math expression, this structure includes the information about that metric or expression.
    pub fn metric_data_queries(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricDataQuery>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The name of the metric for non-Application Signals services
    ///
    /// Allowed: length 1 to 255.
    pub fn metric_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Configuration for identifying the source of metrics for non-Application Signals services
    pub fn metric_source(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricSource>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// If the SLO monitors either the LATENCY or AVAILABILITY metric that Application Signals collects, this field displays which of those metrics is used.
    pub fn metric_type(mut self, value: impl ::forma_core::schema::EnumArg<MetricType>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// If the SLO monitors a specific operation of the service, this field displays that operation name.
    ///
    /// Allowed: length 1 to 255.
    pub fn operation_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The number of seconds to use as the period for SLO evaluation.
    ///
    /// Allowed: 60 to 900.
    pub fn period_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The statistic to use for comparison to the threshold.
    ///
    /// Allowed: length 1 to 20.
    pub fn statistic(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SliMetric {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SliMetric> for ::forma_core::Value<SliMetric> {
    fn from(v: SliMetric) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLI_METRIC_TYPE.properties))
    }
}

/// If the interval for this service level objective is a calendar interval, this structure contains the interval specifications.
#[derive(Debug, Clone, PartialEq)]
pub struct CalendarInterval {
    props: ::forma_core::schema::Props,
}
impl CalendarInterval {
    /// A new value with its required properties: `Duration`, `DurationUnit`, `StartTime`.
    pub fn new(
        duration: impl ::std::convert::Into<::forma_core::Value<i64>>,
        duration_unit: impl ::forma_core::schema::EnumArg<DurationUnit>,
        start_time: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, duration.into().into_expr());
        props.set(1, duration_unit.into_enum_expr());
        props.set(2, start_time.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CalendarInterval> for ::forma_core::Value<CalendarInterval> {
    fn from(v: CalendarInterval) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CALENDAR_INTERVAL_TYPE.properties))
    }
}

/// If the interval is a calendar interval, this structure contains the interval specifications.
#[derive(Debug, Clone, PartialEq)]
pub struct RollingInterval {
    props: ::forma_core::schema::Props,
}
impl RollingInterval {
    /// A new value with its required properties: `Duration`, `DurationUnit`.
    pub fn new(
        duration: impl ::std::convert::Into<::forma_core::Value<i64>>,
        duration_unit: impl ::forma_core::schema::EnumArg<DurationUnit>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, duration.into().into_expr());
        props.set(1, duration_unit.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<RollingInterval> for ::forma_core::Value<RollingInterval> {
    fn from(v: RollingInterval) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROLLING_INTERVAL_TYPE.properties))
    }
}

/// The `CompositeSliConfig` property type of `AWS::ApplicationSignals::ServiceLevelObjective`.
#[derive(Debug, Clone, PartialEq)]
pub struct CompositeSliConfig {
    props: ::forma_core::schema::Props,
}
impl CompositeSliConfig {
    /// A new value with its required properties: `SelectionConfig`.
    pub fn new(selection_config: impl ::std::convert::Into<::forma_core::Value<SelectionConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, selection_config.into().into_expr());
        Self { props }
    }
    /// `CompositeSliComponents`.
    pub fn composite_sli_components(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CompositeSliComponent>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CompositeSliConfig> for ::forma_core::Value<CompositeSliConfig> {
    fn from(v: CompositeSliConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPOSITE_SLI_CONFIG_TYPE.properties))
    }
}

/// Configuration for identifying a dependency and its operation
#[derive(Debug, Clone, PartialEq)]
pub struct DependencyConfig {
    props: ::forma_core::schema::Props,
}
impl DependencyConfig {
    /// A new value with its required properties: `DependencyKeyAttributes`, `DependencyOperationName`.
    pub fn new(
        dependency_key_attributes: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        dependency_operation_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dependency_key_attributes.into().into_expr());
        props.set(1, dependency_operation_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DependencyConfig> for ::forma_core::Value<DependencyConfig> {
    fn from(v: DependencyConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPENDENCY_CONFIG_TYPE.properties))
    }
}

/// Configuration for identifying the source of metrics for non-Application Signals services
#[derive(Debug, Clone, PartialEq)]
pub struct MetricSource {
    props: ::forma_core::schema::Props,
}
impl MetricSource {
    /// A new value with its required properties: `MetricSourceKeyAttributes`.
    pub fn new(
        metric_source_key_attributes: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, metric_source_key_attributes.into().into_expr());
        Self { props }
    }
    /// Optional additional attributes for the metric source
    pub fn metric_source_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MetricSource> for ::forma_core::Value<MetricSource> {
    fn from(v: MetricSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_SOURCE_TYPE.properties))
    }
}

/// This structure defines the metric that is used as the "good request" or "bad request" value for a request-based SLO.
#[derive(Debug, Clone, PartialEq)]
pub struct MonitoredRequestCountMetric {
    props: ::forma_core::schema::Props,
}
impl MonitoredRequestCountMetric {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// If you want to count "bad requests" to determine the percentage of successful requests for this request-based SLO, specify the metric to use as "bad requests" in this structure.
    pub fn bad_count_metric(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricDataQuery>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// If you want to count "good requests" to determine the percentage of successful requests for this request-based SLO, specify the metric to use as "good requests" in this structure.
    pub fn good_count_metric(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricDataQuery>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MonitoredRequestCountMetric {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MonitoredRequestCountMetric> for ::forma_core::Value<MonitoredRequestCountMetric> {
    fn from(v: MonitoredRequestCountMetric) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MONITORED_REQUEST_COUNT_METRIC_TYPE.properties))
    }
}

/// Use this structure to define a metric or metric math expression that you want to use as for a service level objective.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricDataQuery {
    props: ::forma_core::schema::Props,
}
impl MetricDataQuery {
    /// A new value with its required properties: `Id`.
    pub fn new(id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, id.into().into_expr());
        Self { props }
    }
    /// The ID of the account where the metrics are located, if this is a cross-account alarm.
    pub fn account_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The math expression to be performed on the returned data.
    pub fn expression(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A metric to be used directly for the SLO, or to be used in the math expression that will be used for the SLO.
    pub fn metric_stat(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricStat>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// This option indicates whether to return the timestamps and raw data values of this metric.
    pub fn return_data(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MetricDataQuery> for ::forma_core::Value<MetricDataQuery> {
    fn from(v: MetricDataQuery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_DATA_QUERY_TYPE.properties))
    }
}

/// The `CompositeSliComponent` property type of `AWS::ApplicationSignals::ServiceLevelObjective`.
#[derive(Debug, Clone, PartialEq)]
pub struct CompositeSliComponent {
    props: ::forma_core::schema::Props,
}
impl CompositeSliComponent {
    /// A new value with its required properties: `OperationName`.
    pub fn new(operation_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, operation_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CompositeSliComponent> for ::forma_core::Value<CompositeSliComponent> {
    fn from(v: CompositeSliComponent) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPOSITE_SLI_COMPONENT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EXPLICIT`, `PREFIX`, `REGEX`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SelectionType {
    /// `EXPLICIT`
    Explicit,
    /// `PREFIX`
    Prefix,
    /// `REGEX`
    Regex,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SelectionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Explicit => "EXPLICIT",
            Self::Prefix => "PREFIX",
            Self::Regex => "REGEX",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EXPLICIT", "PREFIX", "REGEX"]
    }
}
impl ::std::convert::From<SelectionType> for ::forma_core::Value<SelectionType> {
    fn from(v: SelectionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SelectionType {}

/// The `SelectionConfig` property type of `AWS::ApplicationSignals::ServiceLevelObjective`.
#[derive(Debug, Clone, PartialEq)]
pub struct SelectionConfig {
    props: ::forma_core::schema::Props,
}
impl SelectionConfig {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<SelectionType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
    /// `Pattern`.
    pub fn pattern(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SelectionConfig> for ::forma_core::Value<SelectionConfig> {
    fn from(v: SelectionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SELECTION_CONFIG_TYPE.properties))
    }
}

/// A metric to be used directly for the SLO, or to be used in the math expression that will be used for the SLO.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricStat {
    props: ::forma_core::schema::Props,
}
impl MetricStat {
    /// A new value with its required properties: `Metric`, `Period`, `Stat`.
    pub fn new(
        metric: impl ::std::convert::Into<::forma_core::Value<Metric>>,
        period: impl ::std::convert::Into<::forma_core::Value<i64>>,
        stat: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, metric.into().into_expr());
        props.set(1, period.into().into_expr());
        props.set(2, stat.into().into_expr());
        Self { props }
    }
    /// If you omit Unit then all data that was collected with any unit is returned, along with the corresponding units that were specified when the data was reported to CloudWatch.
    pub fn unit(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MetricStat> for ::forma_core::Value<MetricStat> {
    fn from(v: MetricStat) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_STAT_TYPE.properties))
    }
}

/// This structure defines the metric used for a service level indicator, including the metric name, namespace, and dimensions.
#[derive(Debug, Clone, PartialEq)]
pub struct Metric {
    props: ::forma_core::schema::Props,
}
impl Metric {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An array of one or more dimensions to use to define the metric that you want to use.
    pub fn dimensions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Dimension>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the metric to use.
    pub fn metric_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The namespace of the metric.
    pub fn namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Metric {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Metric> for ::forma_core::Value<Metric> {
    fn from(v: Metric) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_TYPE.properties))
    }
}

/// A dimension is a name/value pair that is part of the identity of a metric.
#[derive(Debug, Clone, PartialEq)]
pub struct Dimension {
    props: ::forma_core::schema::Props,
}
impl Dimension {
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
impl ::std::convert::From<Dimension> for ::forma_core::Value<Dimension> {
    fn from(v: Dimension) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DIMENSION_TYPE.properties))
    }
}

/// The schema of `AWS::ApplicationSignals::ServiceLevelObjective`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ApplicationSignals::ServiceLevelObjective",
    properties: &[
        ::forma_core::schema::Property {
            name: "BurnRateConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BURN_RATE_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExclusionWindows",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EXCLUSION_WINDOW_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Goal",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GOAL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z][-._0-9A-Za-z ]{0,126}[0-9A-Za-z]$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RequestBasedSli",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REQUEST_BASED_SLI_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Sli",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SLI_TYPE),
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
    attributes: &["Arn", "CreatedTime", "LastUpdatedTime", "EvaluationType"],
};

static BURN_RATE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::ServiceLevelObjective.BurnRateConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "LookBackWindowMinutes",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: Some(10080.0),
        }),
    }],
    rules: &[],
};

static EXCLUSION_WINDOW_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::ServiceLevelObjective.ExclusionWindow",
    properties: &[
        ::forma_core::schema::Property {
            name: "Reason",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "RecurrenceRule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RECURRENCE_RULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Window",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WINDOW_TYPE),
        },
    ],
    rules: &[],
};

static GOAL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::ServiceLevelObjective.Goal",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttainmentGoal",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Interval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INTERVAL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WarningThreshold",
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

static REQUEST_BASED_SLI_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::ServiceLevelObjective.RequestBasedSli",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComparisonOperator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "GreaterThanOrEqualTo",
                "LessThanOrEqualTo",
                "LessThan",
                "GreaterThan",
            ]),
        },
        ::forma_core::schema::Property {
            name: "MetricThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RequestBasedSliMetric",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REQUEST_BASED_SLI_METRIC_TYPE),
        },
    ],
    rules: &[],
};

static SLI_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::ServiceLevelObjective.Sli",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComparisonOperator",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "GreaterThanOrEqualTo",
                "LessThanOrEqualTo",
                "LessThan",
                "GreaterThan",
            ]),
        },
        ::forma_core::schema::Property {
            name: "MetricThreshold",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SliMetric",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SLI_METRIC_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::ServiceLevelObjective.Tag",
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
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static RECURRENCE_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::ServiceLevelObjective.RecurrenceRule",
    properties: &[::forma_core::schema::Property {
        name: "Expression",
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

static WINDOW_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::ServiceLevelObjective.Window",
    properties: &[
        ::forma_core::schema::Property {
            name: "Duration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DurationUnit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MINUTE", "HOUR", "DAY", "MONTH"]),
        },
    ],
    rules: &[],
};

static INTERVAL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::ServiceLevelObjective.Interval",
    properties: &[
        ::forma_core::schema::Property {
            name: "CalendarInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CALENDAR_INTERVAL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RollingInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROLLING_INTERVAL_TYPE),
        },
    ],
    rules: &[],
};

static REQUEST_BASED_SLI_METRIC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::ServiceLevelObjective.RequestBasedSliMetric",
    properties: &[
        ::forma_core::schema::Property {
            name: "CompositeSliConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPOSITE_SLI_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DependencyConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEPENDENCY_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KeyAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "MetricName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRIC_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MetricType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LATENCY", "AVAILABILITY"]),
        },
        ::forma_core::schema::Property {
            name: "MonitoredRequestCountMetric",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MONITORED_REQUEST_COUNT_METRIC_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OperationName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "TotalRequestCountMetric",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_DATA_QUERY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static SLI_METRIC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::ServiceLevelObjective.SliMetric",
    properties: &[
        ::forma_core::schema::Property {
            name: "CompositeSliConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPOSITE_SLI_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DependencyConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEPENDENCY_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KeyAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "MetricDataQueries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_DATA_QUERY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MetricName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRIC_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MetricType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LATENCY", "AVAILABILITY"]),
        },
        ::forma_core::schema::Property {
            name: "OperationName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "PeriodSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(900.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Statistic",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(20),
            }),
        },
    ],
    rules: &[],
};

static CALENDAR_INTERVAL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::ServiceLevelObjective.CalendarInterval",
    properties: &[
        ::forma_core::schema::Property {
            name: "Duration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DurationUnit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MINUTE", "HOUR", "DAY", "MONTH"]),
        },
        ::forma_core::schema::Property {
            name: "StartTime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(946684800.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static ROLLING_INTERVAL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::ServiceLevelObjective.RollingInterval",
    properties: &[
        ::forma_core::schema::Property {
            name: "Duration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DurationUnit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MINUTE", "HOUR", "DAY", "MONTH"]),
        },
    ],
    rules: &[],
};

static COMPOSITE_SLI_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::ServiceLevelObjective.CompositeSliConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CompositeSliComponents",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COMPOSITE_SLI_COMPONENT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(2), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SelectionConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SELECTION_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static DEPENDENCY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::ServiceLevelObjective.DependencyConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "DependencyKeyAttributes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "DependencyOperationName",
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

static METRIC_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::ServiceLevelObjective.MetricSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "MetricSourceAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "MetricSourceKeyAttributes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static MONITORED_REQUEST_COUNT_METRIC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::ServiceLevelObjective.MonitoredRequestCountMetric",
    properties: &[
        ::forma_core::schema::Property {
            name: "BadCountMetric",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_DATA_QUERY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "GoodCountMetric",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_DATA_QUERY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static METRIC_DATA_QUERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::ServiceLevelObjective.MetricDataQuery",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Expression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MetricStat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRIC_STAT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReturnData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static COMPOSITE_SLI_COMPONENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::ServiceLevelObjective.CompositeSliComponent",
    properties: &[::forma_core::schema::Property {
        name: "OperationName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static SELECTION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::ServiceLevelObjective.SelectionConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Pattern",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EXPLICIT", "PREFIX", "REGEX"]),
        },
    ],
    rules: &[],
};

static METRIC_STAT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::ServiceLevelObjective.MetricStat",
    properties: &[
        ::forma_core::schema::Property {
            name: "Metric",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRIC_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Period",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Stat",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Unit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static METRIC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::ServiceLevelObjective.Metric",
    properties: &[
        ::forma_core::schema::Property {
            name: "Dimensions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DIMENSION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MetricName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DIMENSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::ServiceLevelObjective.Dimension",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
