// @generated from AWS::CloudWatch::Alarm (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudWatch::Alarm` and its property types.

/// The `AWS::CloudWatch::Alarm` type specifies an alarm and associates it with the specified metric or metric math expression.
///
/// CloudFormation type `AWS::CloudWatch::Alarm`.
#[derive(Debug, Clone, PartialEq)]
pub struct Alarm {
    props: ::forma_core::schema::Props,
}
impl Alarm {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ActionConfiguration`.
    #[track_caller]
    pub fn action_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ActionConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether actions should be executed during any changes to the alarm state.
    #[track_caller]
    pub fn actions_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of actions to execute when this alarm transitions into an ALARM state from any other state.
    #[track_caller]
    pub fn alarm_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the alarm.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn alarm_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the alarm.
    ///
    /// Allowed: length 0 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn alarm_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The arithmetic operation to use when comparing the specified statistic and threshold.
    #[track_caller]
    pub fn comparison_operator(mut self, value: impl ::forma_core::schema::EnumArg<ComparisonOperator>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of datapoints that must be breaching to trigger the alarm.
    ///
    /// Allowed: at least 1.
    #[track_caller]
    pub fn datapoints_to_alarm(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The dimensions for the metric associated with the alarm.
    #[track_caller]
    pub fn dimensions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Dimension>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Used only for alarms based on percentiles.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn evaluate_low_sample_count_percentile(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The evaluation criteria for the alarm.
    #[track_caller]
    pub fn evaluation_criteria(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EvaluationCriteria>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The frequency, in seconds, at which the alarm is evaluated.
    ///
    /// Allowed: 10 to 3600.
    #[track_caller]
    pub fn evaluation_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of periods over which data is compared to the specified threshold.
    ///
    /// Allowed: at least 1.
    #[track_caller]
    pub fn evaluation_periods(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The evaluation window that the alarm uses to select the range of metric data that it evaluates.
    #[track_caller]
    pub fn evaluation_window(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EvaluationWindow>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The percentile statistic for the metric associated with the alarm.
    #[track_caller]
    pub fn extended_statistic(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The actions to execute when this alarm transitions to the `INSUFFICIENT_DATA` state from any other state.
    #[track_caller]
    pub fn insufficient_data_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the metric associated with the alarm.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn metric_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array that enables you to create an alarm based on the result of a metric math expression.
    #[track_caller]
    pub fn metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricDataQuery>>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The namespace of the metric associated with the alarm.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The actions to execute when this alarm transitions to the `OK` state from any other state.
    #[track_caller]
    pub fn ok_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The period, in seconds, over which the statistic is applied.
    ///
    /// Allowed: at least 1.
    #[track_caller]
    pub fn period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The statistic for the metric associated with the alarm, other than percentile.
    #[track_caller]
    pub fn statistic(mut self, value: impl ::forma_core::schema::EnumArg<Statistic>) -> Self {
        self.props.set_at(20, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of key-value pairs to associate with the alarm.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The value to compare with the specified statistic.
    #[track_caller]
    pub fn threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// In an alarm based on an anomaly detection model, this is the ID of the `ANOMALY_DETECTION_BAND` function used as the threshold for the alarm.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn threshold_metric_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(23, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Sets how this alarm is to handle missing data points.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn treat_missing_data(mut self, value: impl ::forma_core::schema::EnumArg<TreatMissingData>) -> Self {
        self.props.set_at(24, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The unit of the metric associated with the alarm.
    #[track_caller]
    pub fn unit(mut self, value: impl ::forma_core::schema::EnumArg<Unit>) -> Self {
        self.props.set_at(25, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The warm-up configuration for the alarm.
    #[track_caller]
    pub fn warm_up_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WarmUpConfiguration>>,
    ) -> Self {
        self.props.set_at(26, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Alarm {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Alarm {
    type Attributes = AlarmAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudWatch::Alarm"
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
/// The attributes of a `AWS::CloudWatch::Alarm` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AlarmAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AlarmAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AlarmAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `GreaterThanOrEqualToThreshold`, `GreaterThanThreshold`, `GreaterThanUpperThreshold`, `LessThanLowerOrGreaterThanUpperThreshold`, `LessThanLowerThreshold`, `LessThanOrEqualToThreshold`, `LessThanThreshold`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComparisonOperator {
    /// `GreaterThanOrEqualToThreshold`
    GreaterThanOrEqualToThreshold,
    /// `GreaterThanThreshold`
    GreaterThanThreshold,
    /// `GreaterThanUpperThreshold`
    GreaterThanUpperThreshold,
    /// `LessThanLowerOrGreaterThanUpperThreshold`
    LessThanLowerOrGreaterThanUpperThreshold,
    /// `LessThanLowerThreshold`
    LessThanLowerThreshold,
    /// `LessThanOrEqualToThreshold`
    LessThanOrEqualToThreshold,
    /// `LessThanThreshold`
    LessThanThreshold,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ComparisonOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GreaterThanOrEqualToThreshold => "GreaterThanOrEqualToThreshold",
            Self::GreaterThanThreshold => "GreaterThanThreshold",
            Self::GreaterThanUpperThreshold => "GreaterThanUpperThreshold",
            Self::LessThanLowerOrGreaterThanUpperThreshold => "LessThanLowerOrGreaterThanUpperThreshold",
            Self::LessThanLowerThreshold => "LessThanLowerThreshold",
            Self::LessThanOrEqualToThreshold => "LessThanOrEqualToThreshold",
            Self::LessThanThreshold => "LessThanThreshold",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "GreaterThanOrEqualToThreshold",
            "GreaterThanThreshold",
            "GreaterThanUpperThreshold",
            "LessThanLowerOrGreaterThanUpperThreshold",
            "LessThanLowerThreshold",
            "LessThanOrEqualToThreshold",
            "LessThanThreshold",
        ]
    }
}
impl ::std::convert::From<ComparisonOperator> for ::forma_core::Value<ComparisonOperator> {
    fn from(v: ComparisonOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ComparisonOperator {}

/// The values CloudFormation documents: `Average`, `Maximum`, `Minimum`, `SampleCount`, `Sum`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Statistic {
    /// `Average`
    Average,
    /// `Maximum`
    Maximum,
    /// `Minimum`
    Minimum,
    /// `SampleCount`
    SampleCount,
    /// `Sum`
    Sum,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Statistic {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Average => "Average",
            Self::Maximum => "Maximum",
            Self::Minimum => "Minimum",
            Self::SampleCount => "SampleCount",
            Self::Sum => "Sum",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Average", "Maximum", "Minimum", "SampleCount", "Sum"]
    }
}
impl ::std::convert::From<Statistic> for ::forma_core::Value<Statistic> {
    fn from(v: Statistic) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Statistic {}

/// The values CloudFormation documents: `breaching`, `ignore`, `missing`, `notBreaching`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TreatMissingData {
    /// `breaching`
    Breaching,
    /// `ignore`
    Ignore,
    /// `missing`
    Missing,
    /// `notBreaching`
    NotBreaching,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TreatMissingData {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Breaching => "breaching",
            Self::Ignore => "ignore",
            Self::Missing => "missing",
            Self::NotBreaching => "notBreaching",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["breaching", "ignore", "missing", "notBreaching"]
    }
}
impl ::std::convert::From<TreatMissingData> for ::forma_core::Value<TreatMissingData> {
    fn from(v: TreatMissingData) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TreatMissingData {}

/// The values CloudFormation documents: `Bits`, `Bits/Second`, `Bytes`, `Bytes/Second`, `Count`, `Count/Second`, `Gigabits`, `Gigabits/Second`, `Gigabytes`, `Gigabytes/Second`, `Kilobits`, `Kilobits/Second`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Unit {
    /// `Bits`
    Bits,
    /// `Bits/Second`
    BitsSecond,
    /// `Bytes`
    Bytes,
    /// `Bytes/Second`
    BytesSecond,
    /// `Count`
    Count,
    /// `Count/Second`
    CountSecond,
    /// `Gigabits`
    Gigabits,
    /// `Gigabits/Second`
    GigabitsSecond,
    /// `Gigabytes`
    Gigabytes,
    /// `Gigabytes/Second`
    GigabytesSecond,
    /// `Kilobits`
    Kilobits,
    /// `Kilobits/Second`
    KilobitsSecond,
    /// `Kilobytes`
    Kilobytes,
    /// `Kilobytes/Second`
    KilobytesSecond,
    /// `Megabits`
    Megabits,
    /// `Megabits/Second`
    MegabitsSecond,
    /// `Megabytes`
    Megabytes,
    /// `Megabytes/Second`
    MegabytesSecond,
    /// `Microseconds`
    Microseconds,
    /// `Milliseconds`
    Milliseconds,
    /// `None`
    None,
    /// `Percent`
    Percent,
    /// `Seconds`
    Seconds,
    /// `Terabits`
    Terabits,
    /// `Terabits/Second`
    TerabitsSecond,
    /// `Terabytes`
    Terabytes,
    /// `Terabytes/Second`
    TerabytesSecond,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Unit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bits => "Bits",
            Self::BitsSecond => "Bits/Second",
            Self::Bytes => "Bytes",
            Self::BytesSecond => "Bytes/Second",
            Self::Count => "Count",
            Self::CountSecond => "Count/Second",
            Self::Gigabits => "Gigabits",
            Self::GigabitsSecond => "Gigabits/Second",
            Self::Gigabytes => "Gigabytes",
            Self::GigabytesSecond => "Gigabytes/Second",
            Self::Kilobits => "Kilobits",
            Self::KilobitsSecond => "Kilobits/Second",
            Self::Kilobytes => "Kilobytes",
            Self::KilobytesSecond => "Kilobytes/Second",
            Self::Megabits => "Megabits",
            Self::MegabitsSecond => "Megabits/Second",
            Self::Megabytes => "Megabytes",
            Self::MegabytesSecond => "Megabytes/Second",
            Self::Microseconds => "Microseconds",
            Self::Milliseconds => "Milliseconds",
            Self::None => "None",
            Self::Percent => "Percent",
            Self::Seconds => "Seconds",
            Self::Terabits => "Terabits",
            Self::TerabitsSecond => "Terabits/Second",
            Self::Terabytes => "Terabytes",
            Self::TerabytesSecond => "Terabytes/Second",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "Bits",
            "Bits/Second",
            "Bytes",
            "Bytes/Second",
            "Count",
            "Count/Second",
            "Gigabits",
            "Gigabits/Second",
            "Gigabytes",
            "Gigabytes/Second",
            "Kilobits",
            "Kilobits/Second",
            "Kilobytes",
            "Kilobytes/Second",
            "Megabits",
            "Megabits/Second",
            "Megabytes",
            "Megabytes/Second",
            "Microseconds",
            "Milliseconds",
            "None",
            "Percent",
            "Seconds",
            "Terabits",
            "Terabits/Second",
            "Terabytes",
            "Terabytes/Second",
        ]
    }
}
impl ::std::convert::From<Unit> for ::forma_core::Value<Unit> {
    fn from(v: Unit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Unit {}

/// The `ActionConfiguration` property type of `AWS::CloudWatch::Alarm`.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionConfiguration {
    props: ::forma_core::schema::Props,
}
impl ActionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether the alarm's tags are included in its action notifications and state-change events.
    pub fn alarm_tags_propagation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AlarmTagsPropagation>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ActionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ActionConfiguration> for ::forma_core::Value<ActionConfiguration> {
    fn from(v: ActionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_CONFIGURATION_TYPE.properties))
    }
}

/// Dimension is an embedded property of the `AWS::CloudWatch::Alarm` type.
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

/// The evaluation criteria for an alarm.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationCriteria {
    props: ::forma_core::schema::Props,
}
impl EvaluationCriteria {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The PromQL criteria for the alarm evaluation.
    pub fn prom_ql_criteria(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AlarmPromQlCriteria>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EvaluationCriteria {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EvaluationCriteria> for ::forma_core::Value<EvaluationCriteria> {
    fn from(v: EvaluationCriteria) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_CRITERIA_TYPE.properties))
    }
}

/// The evaluation window that an alarm uses to select the range of metric data that it evaluates each time it runs.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationWindow {
    props: ::forma_core::schema::Props,
}
impl EvaluationWindow {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `WallClockWindow` or `SlidingWindow`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A sliding window, which advances each time the alarm is evaluated, forming a rolling time window.
    pub fn sliding_window(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A wall clock window, which aligns the evaluated range to fixed clock boundaries that match the alarm's period, such as the top of the hour, midnight, or the start of the calendar week.
    pub fn wall_clock_window(mut self, value: impl ::std::convert::Into<::forma_core::Value<WallClockWindow>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EvaluationWindow {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EvaluationWindow> for ::forma_core::Value<EvaluationWindow> {
    fn from(v: EvaluationWindow) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_WINDOW_TYPE.properties))
    }
}

/// The `MetricDataQuery` property type specifies the metric data to return, and whether this call is just retrieving a batch set of data for one metric, or is performing a math expression on metric data.
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
    ///
    /// Allowed: length 1 to 255.
    pub fn account_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The math expression to be performed on the returned data, if this object is performing a math expression.
    ///
    /// Allowed: length 1 to 2048.
    pub fn expression(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A human-readable label for this metric or expression.
    pub fn label(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The metric to be returned, along with statistics, period, and units.
    pub fn metric_stat(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricStat>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The granularity, in seconds, of the returned data points.
    ///
    /// Allowed: at least 1.
    pub fn period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// This option indicates whether to return the timestamps and raw data values of this metric.
    pub fn return_data(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MetricDataQuery> for ::forma_core::Value<MetricDataQuery> {
    fn from(v: MetricDataQuery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_DATA_QUERY_TYPE.properties))
    }
}

/// One of the key-value pairs associated with the alarm.
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

/// The configuration settings that define the warm-up behavior for an alarm.
#[derive(Debug, Clone, PartialEq)]
pub struct WarmUpConfiguration {
    props: ::forma_core::schema::Props,
}
impl WarmUpConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether the alarm waits for the full warm-up period before it starts to evaluate.
    pub fn only_start_evaluating_after_warm_up_period_ends(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The length of the warm-up period, in minutes.
    ///
    /// Allowed: 1 to 2880.
    pub fn warm_up_period_duration_in_minutes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WarmUpConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WarmUpConfiguration> for ::forma_core::Value<WarmUpConfiguration> {
    fn from(v: WarmUpConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WARM_UP_CONFIGURATION_TYPE.properties))
    }
}

/// The `AlarmTagsPropagation` property type of `AWS::CloudWatch::Alarm`.
#[derive(Debug, Clone, PartialEq)]
pub struct AlarmTagsPropagation {
    props: ::forma_core::schema::Props,
}
impl AlarmTagsPropagation {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
    /// The tag keys to leave out.
    pub fn excluded_tag_keys(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The only tag keys to include.
    pub fn included_tag_keys(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AlarmTagsPropagation> for ::forma_core::Value<AlarmTagsPropagation> {
    fn from(v: AlarmTagsPropagation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALARM_TAGS_PROPAGATION_TYPE.properties))
    }
}

/// Contains the configuration that determines how a PromQL alarm evaluates its contributors, including the query to run and the durations that define when contributors transition between states.
#[derive(Debug, Clone, PartialEq)]
pub struct AlarmPromQlCriteria {
    props: ::forma_core::schema::Props,
}
impl AlarmPromQlCriteria {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The duration, in seconds, that a contributor must be continuously breaching before it transitions to the `ALARM` state.
    pub fn pending_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The PromQL query that the alarm evaluates.
    pub fn query(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The duration, in seconds, that a contributor must continuously not be breaching before it transitions back to the `OK` state.
    pub fn recovery_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AlarmPromQlCriteria {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AlarmPromQlCriteria> for ::forma_core::Value<AlarmPromQlCriteria> {
    fn from(v: AlarmPromQlCriteria) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALARM_PROM_QL_CRITERIA_TYPE.properties))
    }
}

/// An evaluation window that aligns the evaluated range to fixed clock boundaries that match the alarm's period, such as the top of the hour, midnight, or the start of the calendar week, optionally in a specific time zone.
#[derive(Debug, Clone, PartialEq)]
pub struct WallClockWindow {
    props: ::forma_core::schema::Props,
}
impl WallClockWindow {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The time zone to use when the alarm aligns the evaluation window to clock boundaries.
    pub fn timezone(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WallClockWindow {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WallClockWindow> for ::forma_core::Value<WallClockWindow> {
    fn from(v: WallClockWindow) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WALL_CLOCK_WINDOW_TYPE.properties))
    }
}

/// This structure defines the metric to be returned, along with the statistics, period, and units.
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
    /// The unit to use for the returned data points.
    pub fn unit(mut self, value: impl ::forma_core::schema::EnumArg<Unit>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<MetricStat> for ::forma_core::Value<MetricStat> {
    fn from(v: MetricStat) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_STAT_TYPE.properties))
    }
}

/// The `Metric` property type represents a specific metric.
#[derive(Debug, Clone, PartialEq)]
pub struct Metric {
    props: ::forma_core::schema::Props,
}
impl Metric {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The metric dimensions that you want to be used for the metric that the alarm will watch.
    pub fn dimensions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Dimension>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the metric that you want the alarm to watch.
    ///
    /// Allowed: length 1 to 255.
    pub fn metric_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The namespace of the metric that the alarm will watch.
    ///
    /// Allowed: length 1 to 255.
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

/// The schema of `AWS::CloudWatch::Alarm`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudWatch::Alarm",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ActionsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AlarmActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AlarmDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "AlarmName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ComparisonOperator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "GreaterThanOrEqualToThreshold",
                "GreaterThanThreshold",
                "GreaterThanUpperThreshold",
                "LessThanLowerOrGreaterThanUpperThreshold",
                "LessThanLowerThreshold",
                "LessThanOrEqualToThreshold",
                "LessThanThreshold",
            ]),
        },
        ::forma_core::schema::Property {
            name: "DatapointsToAlarm",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Dimensions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DIMENSION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(30) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EvaluateLowSampleCountPercentile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "EvaluationCriteria",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVALUATION_CRITERIA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EvaluationInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(10.0),
                maximum: Some(3600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "EvaluationPeriods",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EvaluationWindow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVALUATION_WINDOW_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExtendedStatistic",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InsufficientDataActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: None },
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
            name: "Metrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_DATA_QUERY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^:]"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "OKActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Period",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Statistic",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Average", "Maximum", "Minimum", "SampleCount", "Sum"]),
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
            name: "Threshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ThresholdMetricId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "TreatMissingData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["breaching", "ignore", "missing", "notBreaching"]),
        },
        ::forma_core::schema::Property {
            name: "Unit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "Bits",
                "Bits/Second",
                "Bytes",
                "Bytes/Second",
                "Count",
                "Count/Second",
                "Gigabits",
                "Gigabits/Second",
                "Gigabytes",
                "Gigabytes/Second",
                "Kilobits",
                "Kilobits/Second",
                "Kilobytes",
                "Kilobytes/Second",
                "Megabits",
                "Megabits/Second",
                "Megabytes",
                "Megabytes/Second",
                "Microseconds",
                "Milliseconds",
                "None",
                "Percent",
                "Seconds",
                "Terabits",
                "Terabits/Second",
                "Terabytes",
                "Terabytes/Second",
            ]),
        },
        ::forma_core::schema::Property {
            name: "WarmUpConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WARM_UP_CONFIGURATION_TYPE),
        },
    ],
    rules: &[
        ::forma_core::schema::Combination::OneOf(&[&["Metrics"], &["MetricName"], &["EvaluationCriteria"]]),
        ::forma_core::schema::Combination::Excludes("ExtendedStatistic", &["Statistic"]),
        ::forma_core::schema::Combination::Excludes(
            "Metrics",
            &["MetricName", "Dimensions", "Period", "Namespace", "Statistic", "ExtendedStatistic", "Unit"],
        ),
        ::forma_core::schema::Combination::Excludes("Statistic", &["ExtendedStatistic"]),
        ::forma_core::schema::Combination::Excludes("Threshold", &["ThresholdMetricId"]),
        ::forma_core::schema::Combination::Excludes("ThresholdMetricId", &["Threshold"]),
    ],
    attributes: &["Arn"],
};

static ACTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::Alarm.ActionConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AlarmTagsPropagation",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&ALARM_TAGS_PROPAGATION_TYPE),
    }],
    rules: &[],
};

static DIMENSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::Alarm.Dimension",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static EVALUATION_CRITERIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::Alarm.EvaluationCriteria",
    properties: &[::forma_core::schema::Property {
        name: "PromQLCriteria",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&ALARM_PROM_QL_CRITERIA_TYPE),
    }],
    rules: &[],
};

static EVALUATION_WINDOW_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::Alarm.EvaluationWindow",
    properties: &[
        ::forma_core::schema::Property {
            name: "SlidingWindow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "WallClockWindow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WALL_CLOCK_WINDOW_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["WallClockWindow"], &["SlidingWindow"]])],
};

static METRIC_DATA_QUERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::Alarm.MetricDataQuery",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Expression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-z])([A-Za-z0-9\\_]*)$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Label",
            required: false,
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
            name: "Period",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
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

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::Alarm.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static WARM_UP_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::Alarm.WarmUpConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "OnlyStartEvaluatingAfterWarmUpPeriodEnds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "WarmUpPeriodDurationInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(2880.0),
            }),
        },
    ],
    rules: &[],
};

static ALARM_TAGS_PROPAGATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::Alarm.AlarmTagsPropagation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ExcludedTagKeys",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "IncludedTagKeys",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};

static ALARM_PROM_QL_CRITERIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::Alarm.AlarmPromQLCriteria",
    properties: &[
        ::forma_core::schema::Property {
            name: "PendingPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Query",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RecoveryPeriod",
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

static WALL_CLOCK_WINDOW_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::Alarm.WallClockWindow",
    properties: &[::forma_core::schema::Property {
        name: "Timezone",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static METRIC_STAT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::Alarm.MetricStat",
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
                minimum: Some(1.0),
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
            shape: ::forma_core::schema::Shape::Enum(&[
                "Bits",
                "Bits/Second",
                "Bytes",
                "Bytes/Second",
                "Count",
                "Count/Second",
                "Gigabits",
                "Gigabits/Second",
                "Gigabytes",
                "Gigabytes/Second",
                "Kilobits",
                "Kilobits/Second",
                "Kilobytes",
                "Kilobytes/Second",
                "Megabits",
                "Megabits/Second",
                "Megabytes",
                "Megabytes/Second",
                "Microseconds",
                "Milliseconds",
                "None",
                "Percent",
                "Seconds",
                "Terabits",
                "Terabits/Second",
                "Terabytes",
                "Terabytes/Second",
            ]),
        },
    ],
    rules: &[],
};

static METRIC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::Alarm.Metric",
    properties: &[
        ::forma_core::schema::Property {
            name: "Dimensions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DIMENSION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(30) },
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
            name: "Namespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^:]"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};
