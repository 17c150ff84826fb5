// @generated from AWS::Evidently::Experiment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Evidently::Experiment` and its property types.

/// Resource Type definition for AWS::Evidently::Experiment.
///
/// CloudFormation type `AWS::Evidently::Experiment`.
#[derive(Debug, Clone, PartialEq)]
pub struct Experiment {
    props: ::forma_core::schema::Props,
}
impl Experiment {
    /// A new resource with its required properties: `MetricGoals`, `Name`, `OnlineAbConfig`, `Project`, `Treatments`.
    #[track_caller]
    pub fn new(
        metric_goals: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricGoalObject>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        online_ab_config: impl ::std::convert::Into<::forma_core::Value<OnlineAbConfigObject>>,
        project: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        treatments: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TreatmentObject>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, metric_goals.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, online_ab_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, project.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, treatments.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 160.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RandomizationSalt`.
    ///
    /// Allowed: length 0 to 127.
    #[track_caller]
    pub fn randomization_salt(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RemoveSegment`.
    #[track_caller]
    pub fn remove_segment(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Start Experiment.
    #[track_caller]
    pub fn running_status(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RunningStatusObject>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SamplingRate`.
    ///
    /// Allowed: 0 to 100000.
    #[track_caller]
    pub fn sampling_rate(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Segment`.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn segment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Experiment {
    type Attributes = ExperimentAttributes;
    fn type_name(&self) -> &str {
        "AWS::Evidently::Experiment"
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
/// The attributes of a `AWS::Evidently::Experiment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ExperimentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ExperimentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ExperimentAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `INCREASE`, `DECREASE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DesiredChange {
    /// `INCREASE`
    Increase,
    /// `DECREASE`
    Decrease,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DesiredChange {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Increase => "INCREASE",
            Self::Decrease => "DECREASE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INCREASE", "DECREASE"]
    }
}
impl ::std::convert::From<DesiredChange> for ::forma_core::Value<DesiredChange> {
    fn from(v: DesiredChange) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DesiredChange {}

/// The `MetricGoalObject` property type of `AWS::Evidently::Experiment`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricGoalObject {
    props: ::forma_core::schema::Props,
}
impl MetricGoalObject {
    /// A new value with its required properties: `DesiredChange`, `EntityIdKey`, `MetricName`, `ValueKey`.
    pub fn new(
        desired_change: impl ::forma_core::schema::EnumArg<DesiredChange>,
        entity_id_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        metric_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, desired_change.into_enum_expr());
        props.set(1, entity_id_key.into().into_expr());
        props.set(3, metric_name.into().into_expr());
        props.set(5, value_key.into().into_expr());
        Self { props }
    }
    /// Event patterns have the same structure as the events they match.
    pub fn event_pattern(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `UnitLabel`.
    ///
    /// Allowed: length 1 to 256.
    pub fn unit_label(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MetricGoalObject> for ::forma_core::Value<MetricGoalObject> {
    fn from(v: MetricGoalObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_GOAL_OBJECT_TYPE.properties))
    }
}

/// The `OnlineAbConfigObject` property type of `AWS::Evidently::Experiment`.
#[derive(Debug, Clone, PartialEq)]
pub struct OnlineAbConfigObject {
    props: ::forma_core::schema::Props,
}
impl OnlineAbConfigObject {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ControlTreatmentName`.
    ///
    /// Allowed: length 1 to 127.
    pub fn control_treatment_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TreatmentWeights`.
    pub fn treatment_weights(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TreatmentToWeight>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OnlineAbConfigObject {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OnlineAbConfigObject> for ::forma_core::Value<OnlineAbConfigObject> {
    fn from(v: OnlineAbConfigObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ONLINE_AB_CONFIG_OBJECT_TYPE.properties))
    }
}

/// The `RunningStatusObject` property type of `AWS::Evidently::Experiment`.
#[derive(Debug, Clone, PartialEq)]
pub struct RunningStatusObject {
    props: ::forma_core::schema::Props,
}
impl RunningStatusObject {
    /// A new value with its required properties: `Status`.
    ///
    /// CloudFormation also needs exactly one of: `AnalysisCompleteTime`; or `Reason` and `DesiredState`.
    pub fn new(status: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, status.into().into_expr());
        Self { props }
    }
    /// Provide the analysis Completion time for an experiment
    pub fn analysis_complete_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Provide CANCELLED or COMPLETED desired state when stopping an experiment
    pub fn desired_state(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Reason is a required input for stopping the experiment
    pub fn reason(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RunningStatusObject> for ::forma_core::Value<RunningStatusObject> {
    fn from(v: RunningStatusObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RUNNING_STATUS_OBJECT_TYPE.properties))
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

/// The `TreatmentObject` property type of `AWS::Evidently::Experiment`.
#[derive(Debug, Clone, PartialEq)]
pub struct TreatmentObject {
    props: ::forma_core::schema::Props,
}
impl TreatmentObject {
    /// A new value with its required properties: `Feature`, `TreatmentName`, `Variation`.
    pub fn new(
        feature: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        treatment_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        variation: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, feature.into().into_expr());
        props.set(2, treatment_name.into().into_expr());
        props.set(3, variation.into().into_expr());
        Self { props }
    }
    /// `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TreatmentObject> for ::forma_core::Value<TreatmentObject> {
    fn from(v: TreatmentObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TREATMENT_OBJECT_TYPE.properties))
    }
}

/// The `TreatmentToWeight` property type of `AWS::Evidently::Experiment`.
#[derive(Debug, Clone, PartialEq)]
pub struct TreatmentToWeight {
    props: ::forma_core::schema::Props,
}
impl TreatmentToWeight {
    /// A new value with its required properties: `SplitWeight`, `Treatment`.
    pub fn new(
        split_weight: impl ::std::convert::Into<::forma_core::Value<i64>>,
        treatment: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, split_weight.into().into_expr());
        props.set(1, treatment.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TreatmentToWeight> for ::forma_core::Value<TreatmentToWeight> {
    fn from(v: TreatmentToWeight) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TREATMENT_TO_WEIGHT_TYPE.properties))
    }
}

/// The schema of `AWS::Evidently::Experiment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Evidently::Experiment",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(160),
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricGoals",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_GOAL_OBJECT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(3) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[-a-zA-Z0-9._]*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "OnlineAbConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ONLINE_AB_CONFIG_OBJECT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Project",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("([-a-zA-Z0-9._]*)|(arn:[^:]*:[^:]*:[^:]*:[^:]*:project/[-a-zA-Z0-9._]*)"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "RandomizationSalt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "RemoveSegment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RunningStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RUNNING_STATUS_OBJECT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SamplingRate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Segment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("([-a-zA-Z0-9._]*)|(arn:[^:]*:[^:]*:[^:]*:[^:]*:segment/[-a-zA-Z0-9._]*)"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
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
            name: "Treatments",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TREATMENT_OBJECT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(2), max_items: Some(5) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static METRIC_GOAL_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Evidently::Experiment.MetricGoalObject",
    properties: &[
        ::forma_core::schema::Property {
            name: "DesiredChange",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INCREASE", "DECREASE"]),
        },
        ::forma_core::schema::Property {
            name: "EntityIdKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EventPattern",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MetricName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "UnitLabel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ValueKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ONLINE_AB_CONFIG_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Evidently::Experiment.OnlineAbConfigObject",
    properties: &[
        ::forma_core::schema::Property {
            name: "ControlTreatmentName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[-a-zA-Z0-9._]*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "TreatmentWeights",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TREATMENT_TO_WEIGHT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static RUNNING_STATUS_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Evidently::Experiment.RunningStatusObject",
    properties: &[
        ::forma_core::schema::Property {
            name: "AnalysisCompleteTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DesiredState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(CANCELLED|COMPLETED)"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Reason",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["Status", "AnalysisCompleteTime"],
        &["Status", "Reason", "DesiredState"],
    ])],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Evidently::Experiment.Tag",
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

static TREATMENT_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Evidently::Experiment.TreatmentObject",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Feature",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("([-a-zA-Z0-9._]*)|(arn:[^:]*:[^:]*:[^:]*:[^:]*:.*)"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TreatmentName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[-a-zA-Z0-9._]*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Variation",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[-a-zA-Z0-9._]*"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static TREATMENT_TO_WEIGHT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Evidently::Experiment.TreatmentToWeight",
    properties: &[
        ::forma_core::schema::Property {
            name: "SplitWeight",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Treatment",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[-a-zA-Z0-9._]*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
    ],
    rules: &[],
};
