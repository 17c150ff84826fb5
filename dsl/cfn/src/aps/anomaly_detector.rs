// @generated from AWS::APS::AnomalyDetector (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::APS::AnomalyDetector` and its property types.

/// AnomalyDetector schema for cloudformation.
///
/// CloudFormation type `AWS::APS::AnomalyDetector`.
#[derive(Debug, Clone, PartialEq)]
pub struct AnomalyDetector {
    props: ::forma_core::schema::Props,
}
impl AnomalyDetector {
    /// A new resource with its required properties: `Alias`, `Configuration`, `Workspace`.
    #[track_caller]
    pub fn new(
        alias: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        configuration: impl ::std::convert::Into<::forma_core::Value<AnomalyDetectorConfiguration>>,
        workspace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, alias.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, workspace.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The AnomalyDetector period of detection and metric generation.
    #[track_caller]
    pub fn evaluation_interval_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to provide meta-data.
    #[track_caller]
    pub fn labels(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Label>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The action to perform when running the expression returns no data.
    #[track_caller]
    pub fn missing_data_action(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AnomalyDetector {
    type Attributes = AnomalyDetectorAttributes;
    fn type_name(&self) -> &str {
        "AWS::APS::AnomalyDetector"
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
/// The attributes of a `AWS::APS::AnomalyDetector` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `AnomalyDetectorConfiguration` property type of `AWS::APS::AnomalyDetector`.
#[derive(Debug, Clone, PartialEq)]
pub struct AnomalyDetectorConfiguration {
    props: ::forma_core::schema::Props,
}
impl AnomalyDetectorConfiguration {
    /// A new value with its required properties: `RandomCutForest`.
    pub fn new(
        random_cut_forest: impl ::std::convert::Into<::forma_core::Value<RandomCutForestConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, random_cut_forest.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AnomalyDetectorConfiguration> for ::forma_core::Value<AnomalyDetectorConfiguration> {
    fn from(v: AnomalyDetectorConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ANOMALY_DETECTOR_CONFIGURATION_TYPE.properties))
    }
}

/// A key-value pair to provide meta-data and multi-dimensional data analysis for filtering and aggregation.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    props: ::forma_core::schema::Props,
}
impl Label {
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
impl ::std::convert::From<Label> for ::forma_core::Value<Label> {
    fn from(v: Label) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LABEL_TYPE.properties))
    }
}

/// A key-value pair to associate a tag level security for the resource.
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

/// The `RandomCutForestConfiguration` property type of `AWS::APS::AnomalyDetector`.
#[derive(Debug, Clone, PartialEq)]
pub struct RandomCutForestConfiguration {
    props: ::forma_core::schema::Props,
}
impl RandomCutForestConfiguration {
    /// A new value with its required properties: `Query`.
    pub fn new(query: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, query.into().into_expr());
        Self { props }
    }
    /// `IgnoreNearExpectedFromAbove`.
    pub fn ignore_near_expected_from_above(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `IgnoreNearExpectedFromBelow`.
    pub fn ignore_near_expected_from_below(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SampleSize`.
    ///
    /// Allowed: 256 to 1024.
    pub fn sample_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ShingleSize`.
    ///
    /// Allowed: 2 to 1024.
    pub fn shingle_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RandomCutForestConfiguration> for ::forma_core::Value<RandomCutForestConfiguration> {
    fn from(v: RandomCutForestConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RANDOM_CUT_FOREST_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::APS::AnomalyDetector`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::APS::AnomalyDetector",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alias",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Configuration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ANOMALY_DETECTOR_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EvaluationIntervalInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Labels",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LABEL_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MissingDataAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Workspace",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:(aws|aws-us-gov|aws-cn):aps:[a-z0-9-]+:[0-9]+:workspace/[a-zA-Z0-9-]+$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static ANOMALY_DETECTOR_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::AnomalyDetector.AnomalyDetectorConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "RandomCutForest",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&RANDOM_CUT_FOREST_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static LABEL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::AnomalyDetector.Label",
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

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::AnomalyDetector.Tag",
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

static RANDOM_CUT_FOREST_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::AnomalyDetector.RandomCutForestConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "IgnoreNearExpectedFromAbove",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "IgnoreNearExpectedFromBelow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Query",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SampleSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(256.0),
                maximum: Some(1024.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ShingleSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(2.0),
                maximum: Some(1024.0),
            }),
        },
    ],
    rules: &[],
};
