// @generated from AWS::IoT::SecurityProfile (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoT::SecurityProfile` and its property types.

/// A security profile defines a set of expected behaviors for devices in your account.
///
/// CloudFormation type `AWS::IoT::SecurityProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityProfile {
    props: ::forma_core::schema::Props,
}
impl SecurityProfile {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of metrics whose data is retained (stored).
    #[track_caller]
    pub fn additional_metrics_to_retain_v2(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricToRetain>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the destinations to which alerts are sent.
    #[track_caller]
    pub fn alert_targets(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the behaviors that, when violated by a device (thing), cause an alert.
    ///
    /// Allowed: length 0 to 100.
    #[track_caller]
    pub fn behaviors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Behavior>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A structure containing the mqtt topic for metrics export.
    #[track_caller]
    pub fn metrics_export_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MetricsExportConfig>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the security profile.
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn security_profile_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A unique identifier for the security profile.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn security_profile_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Metadata that can be used to manage the security profile.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A set of target ARNs that the security profile is attached to.
    #[track_caller]
    pub fn target_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for SecurityProfile {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for SecurityProfile {
    type Attributes = SecurityProfileAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoT::SecurityProfile"
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
/// The attributes of a `AWS::IoT::SecurityProfile` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SecurityProfileAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SecurityProfileAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SecurityProfileAttributes {
    /// `Fn::GetAtt` `SecurityProfileArn`.
    pub fn security_profile_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SecurityProfileArn")
    }
}

/// The metric you want to retain.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricToRetain {
    props: ::forma_core::schema::Props,
}
impl MetricToRetain {
    /// A new value with its required properties: `Metric`.
    pub fn new(metric: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, metric.into().into_expr());
        Self { props }
    }
    /// Flag to enable/disable metrics export for metric to be retained.
    pub fn export_metric(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The dimension of a metric.
    pub fn metric_dimension(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricDimension>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MetricToRetain> for ::forma_core::Value<MetricToRetain> {
    fn from(v: MetricToRetain) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_TO_RETAIN_TYPE.properties))
    }
}

/// A structure containing the alert target ARN and the role ARN.
#[derive(Debug, Clone, PartialEq)]
pub struct AlertTarget {
    props: ::forma_core::schema::Props,
}
impl AlertTarget {
    /// A new value with its required properties: `AlertTargetArn`, `RoleArn`.
    pub fn new(
        alert_target_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alert_target_arn.into().into_expr());
        props.set(1, role_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AlertTarget> for ::forma_core::Value<AlertTarget> {
    fn from(v: AlertTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALERT_TARGET_TYPE.properties))
    }
}

/// A security profile behavior.
#[derive(Debug, Clone, PartialEq)]
pub struct Behavior {
    props: ::forma_core::schema::Props,
}
impl Behavior {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, name.into().into_expr());
        Self { props }
    }
    /// The criteria by which the behavior is determined to be normal.
    pub fn criteria(mut self, value: impl ::std::convert::Into<::forma_core::Value<BehaviorCriteria>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Flag to enable/disable metrics export for metric to be retained.
    pub fn export_metric(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// What is measured by the behavior.
    ///
    /// Allowed: length 1 to 128.
    pub fn metric(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The dimension of a metric.
    pub fn metric_dimension(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricDimension>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Manage Detect alarm SNS notifications by setting behavior notification to on or suppressed.
    pub fn suppress_alerts(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Behavior> for ::forma_core::Value<Behavior> {
    fn from(v: Behavior) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BEHAVIOR_TYPE.properties))
    }
}

/// A structure containing the mqtt topic for metrics export.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricsExportConfig {
    props: ::forma_core::schema::Props,
}
impl MetricsExportConfig {
    /// A new value with its required properties: `MqttTopic`, `RoleArn`.
    pub fn new(
        mqtt_topic: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, mqtt_topic.into().into_expr());
        props.set(1, role_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MetricsExportConfig> for ::forma_core::Value<MetricsExportConfig> {
    fn from(v: MetricsExportConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRICS_EXPORT_CONFIG_TYPE.properties))
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

/// The values CloudFormation documents: `IN`, `NOT_IN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Operator {
    /// `IN`
    In,
    /// `NOT_IN`
    NotIn,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Operator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::In => "IN",
            Self::NotIn => "NOT_IN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IN", "NOT_IN"]
    }
}
impl ::std::convert::From<Operator> for ::forma_core::Value<Operator> {
    fn from(v: Operator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Operator {}

/// The dimension of a metric.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricDimension {
    props: ::forma_core::schema::Props,
}
impl MetricDimension {
    /// A new value with its required properties: `DimensionName`.
    pub fn new(dimension_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dimension_name.into().into_expr());
        Self { props }
    }
    /// Defines how the dimensionValues of a dimension are interpreted.
    pub fn operator(mut self, value: impl ::forma_core::schema::EnumArg<Operator>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<MetricDimension> for ::forma_core::Value<MetricDimension> {
    fn from(v: MetricDimension) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_DIMENSION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `less-than`, `less-than-equals`, `greater-than`, `greater-than-equals`, `in-cidr-set`, `not-in-cidr-set`, `in-port-set`, `not-in-port-set`, `in-set`, `not-in-set`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComparisonOperator {
    /// `less-than`
    LessThan,
    /// `less-than-equals`
    LessThanEquals,
    /// `greater-than`
    GreaterThan,
    /// `greater-than-equals`
    GreaterThanEquals,
    /// `in-cidr-set`
    InCidrSet,
    /// `not-in-cidr-set`
    NotInCidrSet,
    /// `in-port-set`
    InPortSet,
    /// `not-in-port-set`
    NotInPortSet,
    /// `in-set`
    InSet,
    /// `not-in-set`
    NotInSet,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ComparisonOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LessThan => "less-than",
            Self::LessThanEquals => "less-than-equals",
            Self::GreaterThan => "greater-than",
            Self::GreaterThanEquals => "greater-than-equals",
            Self::InCidrSet => "in-cidr-set",
            Self::NotInCidrSet => "not-in-cidr-set",
            Self::InPortSet => "in-port-set",
            Self::NotInPortSet => "not-in-port-set",
            Self::InSet => "in-set",
            Self::NotInSet => "not-in-set",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "less-than",
            "less-than-equals",
            "greater-than",
            "greater-than-equals",
            "in-cidr-set",
            "not-in-cidr-set",
            "in-port-set",
            "not-in-port-set",
            "in-set",
            "not-in-set",
        ]
    }
}
impl ::std::convert::From<ComparisonOperator> for ::forma_core::Value<ComparisonOperator> {
    fn from(v: ComparisonOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ComparisonOperator {}

/// The criteria by which the behavior is determined to be normal.
#[derive(Debug, Clone, PartialEq)]
pub struct BehaviorCriteria {
    props: ::forma_core::schema::Props,
}
impl BehaviorCriteria {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The operator that relates the thing measured (metric) to the criteria (containing a value or statisticalThreshold).
    pub fn comparison_operator(mut self, value: impl ::forma_core::schema::EnumArg<ComparisonOperator>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// If a device is in violation of the behavior for the specified number of consecutive datapoints, an alarm occurs.
    ///
    /// Allowed: 1 to 10.
    pub fn consecutive_datapoints_to_alarm(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// If an alarm has occurred and the offending device is no longer in violation of the behavior for the specified number of consecutive datapoints, the alarm is cleared.
    ///
    /// Allowed: 1 to 10.
    pub fn consecutive_datapoints_to_clear(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Use this to specify the time duration over which the behavior is evaluated.
    pub fn duration_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The configuration of an ML Detect Security Profile.
    pub fn ml_detection_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MachineLearningDetectionConfig>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A statistical ranking (percentile) which indicates a threshold value by which a behavior is determined to be in compliance or in violation of the behavior.
    pub fn statistical_threshold(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StatisticalThreshold>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The value to be compared with the metric.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricValue>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BehaviorCriteria {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BehaviorCriteria> for ::forma_core::Value<BehaviorCriteria> {
    fn from(v: BehaviorCriteria) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BEHAVIOR_CRITERIA_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LOW`, `MEDIUM`, `HIGH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConfidenceLevel {
    /// `LOW`
    Low,
    /// `MEDIUM`
    Medium,
    /// `HIGH`
    High,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConfidenceLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "LOW",
            Self::Medium => "MEDIUM",
            Self::High => "HIGH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LOW", "MEDIUM", "HIGH"]
    }
}
impl ::std::convert::From<ConfidenceLevel> for ::forma_core::Value<ConfidenceLevel> {
    fn from(v: ConfidenceLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConfidenceLevel {}

/// The configuration of an ML Detect Security Profile.
#[derive(Debug, Clone, PartialEq)]
pub struct MachineLearningDetectionConfig {
    props: ::forma_core::schema::Props,
}
impl MachineLearningDetectionConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The sensitivity of anomalous behavior evaluation.
    pub fn confidence_level(mut self, value: impl ::forma_core::schema::EnumArg<ConfidenceLevel>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for MachineLearningDetectionConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MachineLearningDetectionConfig> for ::forma_core::Value<MachineLearningDetectionConfig> {
    fn from(v: MachineLearningDetectionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MACHINE_LEARNING_DETECTION_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Average`, `p0`, `p0.1`, `p0.01`, `p1`, `p10`, `p50`, `p90`, `p99`, `p99.9`, `p99.99`, `p100`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Statistic {
    /// `Average`
    Average,
    /// `p0`
    P0,
    /// `p0.1`
    P01,
    /// `p0.01`
    P001,
    /// `p1`
    P1,
    /// `p10`
    P10,
    /// `p50`
    P50,
    /// `p90`
    P90,
    /// `p99`
    P99,
    /// `p99.9`
    P999,
    /// `p99.99`
    P9999,
    /// `p100`
    P100,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Statistic {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Average => "Average",
            Self::P0 => "p0",
            Self::P01 => "p0.1",
            Self::P001 => "p0.01",
            Self::P1 => "p1",
            Self::P10 => "p10",
            Self::P50 => "p50",
            Self::P90 => "p90",
            Self::P99 => "p99",
            Self::P999 => "p99.9",
            Self::P9999 => "p99.99",
            Self::P100 => "p100",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Average", "p0", "p0.1", "p0.01", "p1", "p10", "p50", "p90", "p99", "p99.9", "p99.99", "p100"]
    }
}
impl ::std::convert::From<Statistic> for ::forma_core::Value<Statistic> {
    fn from(v: Statistic) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Statistic {}

/// A statistical ranking (percentile) which indicates a threshold value by which a behavior is determined to be in compliance or in violation of the behavior.
#[derive(Debug, Clone, PartialEq)]
pub struct StatisticalThreshold {
    props: ::forma_core::schema::Props,
}
impl StatisticalThreshold {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The percentile which resolves to a threshold value by which compliance with a behavior is determined
    pub fn statistic(mut self, value: impl ::forma_core::schema::EnumArg<Statistic>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for StatisticalThreshold {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StatisticalThreshold> for ::forma_core::Value<StatisticalThreshold> {
    fn from(v: StatisticalThreshold) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STATISTICAL_THRESHOLD_TYPE.properties))
    }
}

/// The value to be compared with the metric.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricValue {
    props: ::forma_core::schema::Props,
}
impl MetricValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// If the ComparisonOperator calls for a set of CIDRs, use this to specify that set to be compared with the metric.
    pub fn cidrs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// If the ComparisonOperator calls for a numeric value, use this to specify that (integer) numeric value to be compared with the metric.
    ///
    /// Allowed: at least 0.
    pub fn count(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The numeral value of a metric.
    pub fn number(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The numeral values of a metric.
    pub fn numbers(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<f64>>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// If the ComparisonOperator calls for a set of ports, use this to specify that set to be compared with the metric.
    pub fn ports(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The string values of a metric.
    pub fn strings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MetricValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MetricValue> for ::forma_core::Value<MetricValue> {
    fn from(v: MetricValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_VALUE_TYPE.properties))
    }
}

/// The schema of `AWS::IoT::SecurityProfile`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoT::SecurityProfile",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalMetricsToRetainV2",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_TO_RETAIN_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AlertTargets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&ALERT_TARGET_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "Behaviors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BEHAVIOR_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "MetricsExportConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRICS_EXPORT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SecurityProfileDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{Graph}\\x20]*$"),
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecurityProfileName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9:_-]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
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
            name: "TargetArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["SecurityProfileArn"],
};

static METRIC_TO_RETAIN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::SecurityProfile.MetricToRetain",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExportMetric",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Metric",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9:_-]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricDimension",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRIC_DIMENSION_TYPE),
        },
    ],
    rules: &[],
};

static ALERT_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::SecurityProfile.AlertTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlertTargetArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static BEHAVIOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::SecurityProfile.Behavior",
    properties: &[
        ::forma_core::schema::Property {
            name: "Criteria",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BEHAVIOR_CRITERIA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExportMetric",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Metric",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9:_-]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricDimension",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRIC_DIMENSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9:_-]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "SuppressAlerts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static METRICS_EXPORT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::SecurityProfile.MetricsExportConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "MqttTopic",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::SecurityProfile.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
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

static METRIC_DIMENSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::SecurityProfile.MetricDimension",
    properties: &[
        ::forma_core::schema::Property {
            name: "DimensionName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9:_-]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Operator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IN", "NOT_IN"]),
        },
    ],
    rules: &[],
};

static BEHAVIOR_CRITERIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::SecurityProfile.BehaviorCriteria",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComparisonOperator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "less-than",
                "less-than-equals",
                "greater-than",
                "greater-than-equals",
                "in-cidr-set",
                "not-in-cidr-set",
                "in-port-set",
                "not-in-port-set",
                "in-set",
                "not-in-set",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ConsecutiveDatapointsToAlarm",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(10.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ConsecutiveDatapointsToClear",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(10.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "DurationSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MlDetectionConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MACHINE_LEARNING_DETECTION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StatisticalThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STATISTICAL_THRESHOLD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRIC_VALUE_TYPE),
        },
    ],
    rules: &[],
};

static MACHINE_LEARNING_DETECTION_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoT::SecurityProfile.MachineLearningDetectionConfig",
        properties: &[::forma_core::schema::Property {
            name: "ConfidenceLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LOW", "MEDIUM", "HIGH"]),
        }],
        rules: &[],
    };

static STATISTICAL_THRESHOLD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::SecurityProfile.StatisticalThreshold",
    properties: &[::forma_core::schema::Property {
        name: "Statistic",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&[
            "Average", "p0", "p0.1", "p0.01", "p1", "p10", "p50", "p90", "p99", "p99.9", "p99.99", "p100",
        ]),
    }],
    rules: &[],
};

static METRIC_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::SecurityProfile.MetricValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "Cidrs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-fA-F0-9:\\.\\/]+$"),
                    min_length: Some(2),
                    max_length: Some(43),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Count",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Number",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Numbers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Ports",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(65535.0),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Strings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};
