// @generated from AWS::CloudWatch::MetricStream (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudWatch::MetricStream` and its property types.

/// Resource Type definition for Metric Stream
///
/// CloudFormation type `AWS::CloudWatch::MetricStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricStream {
    props: ::forma_core::schema::Props,
}
impl MetricStream {
    /// A new resource with its required properties: `FirehoseArn`, `OutputFormat`, `RoleArn`.
    #[track_caller]
    pub fn new(
        firehose_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        output_format: impl ::forma_core::schema::EnumArg<OutputFormat>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, firehose_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, output_format.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(6, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Define which metrics will be not streamed.
    #[track_caller]
    pub fn exclude_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricStreamFilter>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Define which metrics will be streamed.
    #[track_caller]
    pub fn include_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricStreamFilter>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// If you are creating a metric stream in a monitoring account, specify true to include metrics from source accounts that are linked to this monitoring account, in the metric stream.
    #[track_caller]
    pub fn include_linked_accounts_metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Name of the metric stream.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// By default, a metric stream always sends the MAX, MIN, SUM, and SAMPLECOUNT statistics for each metric that is streamed.
    #[track_caller]
    pub fn statistics_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricStreamStatisticsConfiguration>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A set of tags to assign to the delivery stream.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MetricStream {
    type Attributes = MetricStreamAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudWatch::MetricStream"
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
/// The attributes of a `AWS::CloudWatch::MetricStream` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MetricStreamAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MetricStreamAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MetricStreamAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreationDate`.
    pub fn creation_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationDate")
    }
    /// `Fn::GetAtt` `LastUpdateDate`.
    pub fn last_update_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdateDate")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
}

/// The values CloudFormation documents: `json`, `opentelemetry0.7`, `opentelemetry1.0`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OutputFormat {
    /// `json`
    Json,
    /// `opentelemetry0.7`
    Opentelemetry07,
    /// `opentelemetry1.0`
    Opentelemetry10,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OutputFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "json",
            Self::Opentelemetry07 => "opentelemetry0.7",
            Self::Opentelemetry10 => "opentelemetry1.0",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["json", "opentelemetry0.7", "opentelemetry1.0"]
    }
}
impl ::std::convert::From<OutputFormat> for ::forma_core::Value<OutputFormat> {
    fn from(v: OutputFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OutputFormat {}

/// This structure defines the metrics that will be streamed.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricStreamFilter {
    props: ::forma_core::schema::Props,
}
impl MetricStreamFilter {
    /// A new value with its required properties: `Namespace`.
    pub fn new(namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, namespace.into().into_expr());
        Self { props }
    }
    /// Only metrics with MetricNames matching these values will be streamed.
    pub fn metric_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MetricStreamFilter> for ::forma_core::Value<MetricStreamFilter> {
    fn from(v: MetricStreamFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_STREAM_FILTER_TYPE.properties))
    }
}

/// This structure specifies a list of additional statistics to stream, and the metrics to stream those additional statistics for.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricStreamStatisticsConfiguration {
    props: ::forma_core::schema::Props,
}
impl MetricStreamStatisticsConfiguration {
    /// A new value with its required properties: `AdditionalStatistics`, `IncludeMetrics`.
    pub fn new(
        additional_statistics: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        include_metrics: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricStreamStatisticsMetric>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, additional_statistics.into().into_expr());
        props.set(1, include_metrics.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MetricStreamStatisticsConfiguration>
    for ::forma_core::Value<MetricStreamStatisticsConfiguration>
{
    fn from(v: MetricStreamStatisticsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_STREAM_STATISTICS_CONFIGURATION_TYPE.properties))
    }
}

/// Metadata that you can assign to a Metric Stream, consisting of a key-value pair.
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

/// A structure that specifies the metric name and namespace for one metric that is going to have additional statistics included in the stream.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricStreamStatisticsMetric {
    props: ::forma_core::schema::Props,
}
impl MetricStreamStatisticsMetric {
    /// A new value with its required properties: `MetricName`, `Namespace`.
    pub fn new(
        metric_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, metric_name.into().into_expr());
        props.set(1, namespace.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MetricStreamStatisticsMetric> for ::forma_core::Value<MetricStreamStatisticsMetric> {
    fn from(v: MetricStreamStatisticsMetric) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_STREAM_STATISTICS_METRIC_TYPE.properties))
    }
}

/// The schema of `AWS::CloudWatch::MetricStream`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudWatch::MetricStream",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExcludeFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_STREAM_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(1000) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FirehoseArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "IncludeFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_STREAM_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(1000) },
            ),
        },
        ::forma_core::schema::Property {
            name: "IncludeLinkedAccountsMetrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "OutputFormat",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["json", "opentelemetry0.7", "opentelemetry1.0"]),
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
        ::forma_core::schema::Property {
            name: "StatisticsConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_STREAM_STATISTICS_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
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
    ],
    rules: &[],
    attributes: &["Arn", "CreationDate", "LastUpdateDate", "State"],
};

static METRIC_STREAM_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::MetricStream.MetricStreamFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "MetricNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(999) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: true,
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

static METRIC_STREAM_STATISTICS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CloudWatch::MetricStream.MetricStreamStatisticsConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "AdditionalStatistics",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
                ),
            },
            ::forma_core::schema::Property {
                name: "IncludeMetrics",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&METRIC_STREAM_STATISTICS_METRIC_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
                ),
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::MetricStream.Tag",
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
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static METRIC_STREAM_STATISTICS_METRIC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::MetricStream.MetricStreamStatisticsMetric",
    properties: &[
        ::forma_core::schema::Property {
            name: "MetricName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: true,
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
