// @generated from AWS::Logs::MetricFilter (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Logs::MetricFilter` and its property types.

/// The `AWS::Logs::MetricFilter` resource specifies a metric filter that describes how CWL extracts information from logs and transforms it into Amazon CloudWatch metrics.
///
/// CloudFormation type `AWS::Logs::MetricFilter`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricFilter {
    props: ::forma_core::schema::Props,
}
impl MetricFilter {
    /// A new resource with its required properties: `FilterPattern`, `LogGroupName`, `MetricTransformations`.
    #[track_caller]
    pub fn new(
        filter_pattern: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        log_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        metric_transformations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricTransformation>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, filter_pattern.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, log_group_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, metric_transformations.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// This parameter is valid only for log groups that have an active log transformer.
    #[track_caller]
    pub fn apply_on_transformed_logs(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of system fields that are emitted as additional dimensions in the generated metrics.
    #[track_caller]
    pub fn emit_system_field_dimensions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The filter expression that specifies which log events are processed by this metric filter based on system fields.
    ///
    /// Allowed: length 0 to 2000.
    #[track_caller]
    pub fn field_selection_criteria(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the metric filter.
    ///
    /// Allowed: length 1 to 512.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn filter_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MetricFilter {
    type Attributes = MetricFilterAttributes;
    fn type_name(&self) -> &str {
        "AWS::Logs::MetricFilter"
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
/// The attributes of a `AWS::Logs::MetricFilter` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MetricFilterAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MetricFilterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `Seconds`, `Microseconds`, `Milliseconds`, `Bytes`, `Kilobytes`, `Megabytes`, `Gigabytes`, `Terabytes`, `Bits`, `Kilobits`, `Megabits`, `Gigabits`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Unit {
    /// `Seconds`
    Seconds,
    /// `Microseconds`
    Microseconds,
    /// `Milliseconds`
    Milliseconds,
    /// `Bytes`
    Bytes,
    /// `Kilobytes`
    Kilobytes,
    /// `Megabytes`
    Megabytes,
    /// `Gigabytes`
    Gigabytes,
    /// `Terabytes`
    Terabytes,
    /// `Bits`
    Bits,
    /// `Kilobits`
    Kilobits,
    /// `Megabits`
    Megabits,
    /// `Gigabits`
    Gigabits,
    /// `Terabits`
    Terabits,
    /// `Percent`
    Percent,
    /// `Count`
    Count,
    /// `Bytes/Second`
    BytesSecond,
    /// `Kilobytes/Second`
    KilobytesSecond,
    /// `Megabytes/Second`
    MegabytesSecond,
    /// `Gigabytes/Second`
    GigabytesSecond,
    /// `Terabytes/Second`
    TerabytesSecond,
    /// `Bits/Second`
    BitsSecond,
    /// `Kilobits/Second`
    KilobitsSecond,
    /// `Megabits/Second`
    MegabitsSecond,
    /// `Gigabits/Second`
    GigabitsSecond,
    /// `Terabits/Second`
    TerabitsSecond,
    /// `Count/Second`
    CountSecond,
    /// `None`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Unit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Seconds => "Seconds",
            Self::Microseconds => "Microseconds",
            Self::Milliseconds => "Milliseconds",
            Self::Bytes => "Bytes",
            Self::Kilobytes => "Kilobytes",
            Self::Megabytes => "Megabytes",
            Self::Gigabytes => "Gigabytes",
            Self::Terabytes => "Terabytes",
            Self::Bits => "Bits",
            Self::Kilobits => "Kilobits",
            Self::Megabits => "Megabits",
            Self::Gigabits => "Gigabits",
            Self::Terabits => "Terabits",
            Self::Percent => "Percent",
            Self::Count => "Count",
            Self::BytesSecond => "Bytes/Second",
            Self::KilobytesSecond => "Kilobytes/Second",
            Self::MegabytesSecond => "Megabytes/Second",
            Self::GigabytesSecond => "Gigabytes/Second",
            Self::TerabytesSecond => "Terabytes/Second",
            Self::BitsSecond => "Bits/Second",
            Self::KilobitsSecond => "Kilobits/Second",
            Self::MegabitsSecond => "Megabits/Second",
            Self::GigabitsSecond => "Gigabits/Second",
            Self::TerabitsSecond => "Terabits/Second",
            Self::CountSecond => "Count/Second",
            Self::None => "None",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "Seconds",
            "Microseconds",
            "Milliseconds",
            "Bytes",
            "Kilobytes",
            "Megabytes",
            "Gigabytes",
            "Terabytes",
            "Bits",
            "Kilobits",
            "Megabits",
            "Gigabits",
            "Terabits",
            "Percent",
            "Count",
            "Bytes/Second",
            "Kilobytes/Second",
            "Megabytes/Second",
            "Gigabytes/Second",
            "Terabytes/Second",
            "Bits/Second",
            "Kilobits/Second",
            "Megabits/Second",
            "Gigabits/Second",
            "Terabits/Second",
            "Count/Second",
            "None",
        ]
    }
}
impl ::std::convert::From<Unit> for ::forma_core::Value<Unit> {
    fn from(v: Unit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Unit {}

/// `MetricTransformation` is a property of the `AWS::Logs::MetricFilter` resource that describes how to transform log streams into a CloudWatch metric.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricTransformation {
    props: ::forma_core::schema::Props,
}
impl MetricTransformation {
    /// A new value with its required properties: `MetricName`, `MetricNamespace`, `MetricValue`.
    pub fn new(
        metric_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        metric_namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        metric_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, metric_name.into().into_expr());
        props.set(3, metric_namespace.into().into_expr());
        props.set(4, metric_value.into().into_expr());
        Self { props }
    }
    /// (Optional) The value to emit when a filter pattern does not match a log event.
    pub fn default_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The fields to use as dimensions for the metric.
    pub fn dimensions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Dimension>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The unit to assign to the metric.
    pub fn unit(mut self, value: impl ::forma_core::schema::EnumArg<Unit>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<MetricTransformation> for ::forma_core::Value<MetricTransformation> {
    fn from(v: MetricTransformation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_TRANSFORMATION_TYPE.properties))
    }
}

/// Specifies the CW metric dimensions to publish with this metric.
#[derive(Debug, Clone, PartialEq)]
pub struct Dimension {
    props: ::forma_core::schema::Props,
}
impl Dimension {
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
impl ::std::convert::From<Dimension> for ::forma_core::Value<Dimension> {
    fn from(v: Dimension) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DIMENSION_TYPE.properties))
    }
}

/// The schema of `AWS::Logs::MetricFilter`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Logs::MetricFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplyOnTransformedLogs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EmitSystemFieldDimensions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "FieldSelectionCriteria",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2000),
            }),
        },
        ::forma_core::schema::Property {
            name: "FilterName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^:*]{1,512}"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "FilterPattern",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogGroupName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[.\\-_/#A-Za-z0-9]{1,512}"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricTransformations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_TRANSFORMATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
    ],
    rules: &[],
    attributes: &[],
};

static METRIC_TRANSFORMATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::MetricFilter.MetricTransformation",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Dimensions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DIMENSION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(3) },
            ),
        },
        ::forma_core::schema::Property {
            name: "MetricName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^((?![:*$])[\\x00-\\x7F]){1,255}"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricNamespace",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z\\.\\-_\\/#]{1,256}"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([+-]?([0-9]*\\.?[0-9]*)|(\\$.*))$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Unit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "Seconds",
                "Microseconds",
                "Milliseconds",
                "Bytes",
                "Kilobytes",
                "Megabytes",
                "Gigabytes",
                "Terabytes",
                "Bits",
                "Kilobits",
                "Megabits",
                "Gigabits",
                "Terabits",
                "Percent",
                "Count",
                "Bytes/Second",
                "Kilobytes/Second",
                "Megabytes/Second",
                "Gigabytes/Second",
                "Terabytes/Second",
                "Bits/Second",
                "Kilobits/Second",
                "Megabits/Second",
                "Gigabits/Second",
                "Terabits/Second",
                "Count/Second",
                "None",
            ]),
        },
    ],
    rules: &[],
};

static DIMENSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::MetricFilter.Dimension",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
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
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};
