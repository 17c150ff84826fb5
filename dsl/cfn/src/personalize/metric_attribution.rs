// @generated from AWS::Personalize::MetricAttribution (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Personalize::MetricAttribution` and its property types.

/// Creates a metric attribution for reporting on recommendation impact in Amazon Personalize.
///
/// CloudFormation type `AWS::Personalize::MetricAttribution`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricAttribution {
    props: ::forma_core::schema::Props,
}
impl MetricAttribution {
    /// A new resource with its required properties: `DatasetGroupArn`, `Metrics`, `MetricsOutputConfig`, `Name`.
    #[track_caller]
    pub fn new(
        dataset_group_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        metrics: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricAttribute>>>,
        metrics_output_config: impl ::std::convert::Into<::forma_core::Value<MetricsOutputConfig>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, dataset_group_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, metrics.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, metrics_output_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for MetricAttribution {
    type Attributes = MetricAttributionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Personalize::MetricAttribution"
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
/// The attributes of a `AWS::Personalize::MetricAttribution` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MetricAttributionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MetricAttributionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MetricAttributionAttributes {
    /// `Fn::GetAtt` `MetricAttributionArn`.
    pub fn metric_attribution_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MetricAttributionArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// A metric attribute for the metric attribution.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricAttribute {
    props: ::forma_core::schema::Props,
}
impl MetricAttribute {
    /// A new value with its required properties: `EventType`, `Expression`, `MetricName`.
    pub fn new(
        event_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        metric_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, event_type.into().into_expr());
        props.set(1, expression.into().into_expr());
        props.set(2, metric_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MetricAttribute> for ::forma_core::Value<MetricAttribute> {
    fn from(v: MetricAttribute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_ATTRIBUTE_TYPE.properties))
    }
}

/// The output configuration details for the metric attribution.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricsOutputConfig {
    props: ::forma_core::schema::Props,
}
impl MetricsOutputConfig {
    /// A new value with its required properties: `RoleArn`.
    pub fn new(role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, role_arn.into().into_expr());
        Self { props }
    }
    /// The configuration details of an Amazon S3 output bucket.
    pub fn s3_data_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3DataDestination>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MetricsOutputConfig> for ::forma_core::Value<MetricsOutputConfig> {
    fn from(v: MetricsOutputConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRICS_OUTPUT_CONFIG_TYPE.properties))
    }
}

/// The configuration details of an Amazon S3 output bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct S3DataDestination {
    props: ::forma_core::schema::Props,
}
impl S3DataDestination {
    /// A new value with its required properties: `Path`.
    pub fn new(path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, path.into().into_expr());
        Self { props }
    }
    /// The ARN of the KMS key.
    ///
    /// Allowed: length 0 to 2048.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3DataDestination> for ::forma_core::Value<S3DataDestination> {
    fn from(v: S3DataDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_DATA_DESTINATION_TYPE.properties))
    }
}

/// The schema of `AWS::Personalize::MetricAttribution`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Personalize::MetricAttribution",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatasetGroupArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:([a-z\\d-]+):personalize:.*:.*:.+$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Metrics",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_ATTRIBUTE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "MetricsOutputConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRICS_OUTPUT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9\\-_]*$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
    ],
    rules: &[],
    attributes: &["MetricAttributionArn", "Status"],
};

static METRIC_ATTRIBUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Personalize::MetricAttribution.MetricAttribute",
    properties: &[
        ::forma_core::schema::Property {
            name: "EventType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Expression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricName",
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

static METRICS_OUTPUT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Personalize::MetricAttribution.MetricsOutputConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:([a-z\\d-]+):iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3DataDestination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_DATA_DESTINATION_TYPE),
        },
    ],
    rules: &[],
};

static S3_DATA_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Personalize::MetricAttribution.S3DataDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws.*:kms:.*:[0-9]{12}:key/"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(s3|http|https)://.+$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
