// @generated from AWS::CloudWatch::AnomalyDetector (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudWatch::AnomalyDetector` and its property types.

/// Resource Type definition for AWS::CloudWatch::AnomalyDetector
///
/// CloudFormation type `AWS::CloudWatch::AnomalyDetector`.
#[derive(Debug, Clone, PartialEq)]
pub struct AnomalyDetector {
    props: ::forma_core::schema::Props,
}
impl AnomalyDetector {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Configuration`.
    #[track_caller]
    pub fn configuration(mut self, value: impl ::std::convert::Into<::forma_core::Value<Configuration>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Dimensions`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn dimensions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Dimension>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MetricCharacteristics`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn metric_characteristics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MetricCharacteristics>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MetricMathAnomalyDetector`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn metric_math_anomaly_detector(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MetricMathAnomalyDetector>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MetricName`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn metric_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Namespace`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SingleMetricAnomalyDetector`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn single_metric_anomaly_detector(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SingleMetricAnomalyDetector>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Stat`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn stat(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for AnomalyDetector {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for AnomalyDetector {
    type Attributes = AnomalyDetectorAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudWatch::AnomalyDetector"
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
/// The attributes of a `AWS::CloudWatch::AnomalyDetector` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AnomalyDetectorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AnomalyDetectorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AnomalyDetectorAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `Configuration` property type of `AWS::CloudWatch::AnomalyDetector`.
#[derive(Debug, Clone, PartialEq)]
pub struct Configuration {
    props: ::forma_core::schema::Props,
}
impl Configuration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ExcludedTimeRanges`.
    pub fn excluded_time_ranges(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Range>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MetricTimeZone`.
    pub fn metric_time_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Configuration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Configuration> for ::forma_core::Value<Configuration> {
    fn from(v: Configuration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFIGURATION_TYPE.properties))
    }
}

/// The `Dimension` property type of `AWS::CloudWatch::AnomalyDetector`.
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

/// The `MetricCharacteristics` property type of `AWS::CloudWatch::AnomalyDetector`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricCharacteristics {
    props: ::forma_core::schema::Props,
}
impl MetricCharacteristics {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PeriodicSpikes`.
    pub fn periodic_spikes(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MetricCharacteristics {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MetricCharacteristics> for ::forma_core::Value<MetricCharacteristics> {
    fn from(v: MetricCharacteristics) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_CHARACTERISTICS_TYPE.properties))
    }
}

/// The `MetricMathAnomalyDetector` property type of `AWS::CloudWatch::AnomalyDetector`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricMathAnomalyDetector {
    props: ::forma_core::schema::Props,
}
impl MetricMathAnomalyDetector {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MetricDataQueries`.
    pub fn metric_data_queries(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricDataQuery>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MetricMathAnomalyDetector {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MetricMathAnomalyDetector> for ::forma_core::Value<MetricMathAnomalyDetector> {
    fn from(v: MetricMathAnomalyDetector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_MATH_ANOMALY_DETECTOR_TYPE.properties))
    }
}

/// The `SingleMetricAnomalyDetector` property type of `AWS::CloudWatch::AnomalyDetector`.
#[derive(Debug, Clone, PartialEq)]
pub struct SingleMetricAnomalyDetector {
    props: ::forma_core::schema::Props,
}
impl SingleMetricAnomalyDetector {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AccountId`.
    pub fn account_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Dimensions`.
    pub fn dimensions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Dimension>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MetricName`.
    pub fn metric_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Namespace`.
    pub fn namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Stat`.
    pub fn stat(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SingleMetricAnomalyDetector {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SingleMetricAnomalyDetector> for ::forma_core::Value<SingleMetricAnomalyDetector> {
    fn from(v: SingleMetricAnomalyDetector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SINGLE_METRIC_ANOMALY_DETECTOR_TYPE.properties))
    }
}

/// The `Range` property type of `AWS::CloudWatch::AnomalyDetector`.
#[derive(Debug, Clone, PartialEq)]
pub struct Range {
    props: ::forma_core::schema::Props,
}
impl Range {
    /// A new value with its required properties: `EndTime`, `StartTime`.
    pub fn new(
        end_time: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        start_time: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, end_time.into().into_expr());
        props.set(1, start_time.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Range> for ::forma_core::Value<Range> {
    fn from(v: Range) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RANGE_TYPE.properties))
    }
}

/// The `MetricDataQuery` property type of `AWS::CloudWatch::AnomalyDetector`.
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
    /// `AccountId`.
    pub fn account_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Expression`.
    pub fn expression(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Label`.
    pub fn label(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `MetricStat`.
    pub fn metric_stat(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricStat>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Period`.
    pub fn period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `ReturnData`.
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

/// The `MetricStat` property type of `AWS::CloudWatch::AnomalyDetector`.
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
    /// `Unit`.
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

/// The `Metric` property type of `AWS::CloudWatch::AnomalyDetector`.
#[derive(Debug, Clone, PartialEq)]
pub struct Metric {
    props: ::forma_core::schema::Props,
}
impl Metric {
    /// A new value with its required properties: `MetricName`, `Namespace`.
    pub fn new(
        metric_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, metric_name.into().into_expr());
        props.set(2, namespace.into().into_expr());
        Self { props }
    }
    /// `Dimensions`.
    pub fn dimensions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Dimension>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Metric> for ::forma_core::Value<Metric> {
    fn from(v: Metric) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_TYPE.properties))
    }
}

/// The schema of `AWS::CloudWatch::AnomalyDetector`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudWatch::AnomalyDetector",
    properties: &[
        ::forma_core::schema::Property {
            name: "Configuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Dimensions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DIMENSION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MetricCharacteristics",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&METRIC_CHARACTERISTICS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MetricMathAnomalyDetector",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&METRIC_MATH_ANOMALY_DETECTOR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MetricName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SingleMetricAnomalyDetector",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SINGLE_METRIC_ANOMALY_DETECTOR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Stat",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::AnomalyDetector.Configuration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExcludedTimeRanges",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RANGE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MetricTimeZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DIMENSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::AnomalyDetector.Dimension",
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

static METRIC_CHARACTERISTICS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::AnomalyDetector.MetricCharacteristics",
    properties: &[::forma_core::schema::Property {
        name: "PeriodicSpikes",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static METRIC_MATH_ANOMALY_DETECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::AnomalyDetector.MetricMathAnomalyDetector",
    properties: &[::forma_core::schema::Property {
        name: "MetricDataQueries",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&METRIC_DATA_QUERY_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static SINGLE_METRIC_ANOMALY_DETECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::AnomalyDetector.SingleMetricAnomalyDetector",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
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
        ::forma_core::schema::Property {
            name: "Stat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::AnomalyDetector.Range",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndTime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StartTime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static METRIC_DATA_QUERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::AnomalyDetector.MetricDataQuery",
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
                minimum: None,
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

static METRIC_STAT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::AnomalyDetector.MetricStat",
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
    name: "AWS::CloudWatch::AnomalyDetector.Metric",
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
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
