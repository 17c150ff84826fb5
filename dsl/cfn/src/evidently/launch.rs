// @generated from AWS::Evidently::Launch (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Evidently::Launch` and its property types.

/// Resource Type definition for AWS::Evidently::Launch.
///
/// CloudFormation type `AWS::Evidently::Launch`.
#[derive(Debug, Clone, PartialEq)]
pub struct Launch {
    props: ::forma_core::schema::Props,
}
impl Launch {
    /// A new resource with its required properties: `Groups`, `Name`, `Project`, `ScheduledSplitsConfig`.
    #[track_caller]
    pub fn new(
        groups: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LaunchGroupObject>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        project: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        scheduled_splits_config: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StepConfig>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, groups.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, project.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, scheduled_splits_config.into().into_expr(), ::std::panic::Location::caller());
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
    /// Start or Stop Launch Launch.
    #[track_caller]
    pub fn execution_status(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExecutionStatusObject>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MetricMonitors`.
    #[track_caller]
    pub fn metric_monitors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricDefinitionObject>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
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
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Launch {
    type Attributes = LaunchAttributes;
    fn type_name(&self) -> &str {
        "AWS::Evidently::Launch"
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
/// The attributes of a `AWS::Evidently::Launch` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LaunchAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LaunchAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LaunchAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `ExecutionStatusObject` property type of `AWS::Evidently::Launch`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExecutionStatusObject {
    props: ::forma_core::schema::Props,
}
impl ExecutionStatusObject {
    /// A new value with its required properties: `Status`.
    pub fn new(status: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, status.into().into_expr());
        Self { props }
    }
    /// Provide CANCELLED or COMPLETED as the launch desired state.
    pub fn desired_state(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Provide a reason for stopping the launch.
    pub fn reason(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ExecutionStatusObject> for ::forma_core::Value<ExecutionStatusObject> {
    fn from(v: ExecutionStatusObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXECUTION_STATUS_OBJECT_TYPE.properties))
    }
}

/// The `LaunchGroupObject` property type of `AWS::Evidently::Launch`.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchGroupObject {
    props: ::forma_core::schema::Props,
}
impl LaunchGroupObject {
    /// A new value with its required properties: `Feature`, `GroupName`, `Variation`.
    pub fn new(
        feature: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        variation: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, feature.into().into_expr());
        props.set(2, group_name.into().into_expr());
        props.set(3, variation.into().into_expr());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 160.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LaunchGroupObject> for ::forma_core::Value<LaunchGroupObject> {
    fn from(v: LaunchGroupObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAUNCH_GROUP_OBJECT_TYPE.properties))
    }
}

/// The `MetricDefinitionObject` property type of `AWS::Evidently::Launch`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricDefinitionObject {
    props: ::forma_core::schema::Props,
}
impl MetricDefinitionObject {
    /// A new value with its required properties: `EntityIdKey`, `MetricName`, `ValueKey`.
    pub fn new(
        entity_id_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        metric_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, entity_id_key.into().into_expr());
        props.set(2, metric_name.into().into_expr());
        props.set(4, value_key.into().into_expr());
        Self { props }
    }
    /// Event patterns have the same structure as the events they match.
    pub fn event_pattern(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `UnitLabel`.
    ///
    /// Allowed: length 1 to 256.
    pub fn unit_label(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MetricDefinitionObject> for ::forma_core::Value<MetricDefinitionObject> {
    fn from(v: MetricDefinitionObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_DEFINITION_OBJECT_TYPE.properties))
    }
}

/// The `StepConfig` property type of `AWS::Evidently::Launch`.
#[derive(Debug, Clone, PartialEq)]
pub struct StepConfig {
    props: ::forma_core::schema::Props,
}
impl StepConfig {
    /// A new value with its required properties: `GroupWeights`, `StartTime`.
    pub fn new(
        group_weights: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GroupToWeight>>>,
        start_time: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, group_weights.into().into_expr());
        props.set(2, start_time.into().into_expr());
        Self { props }
    }
    /// `SegmentOverrides`.
    pub fn segment_overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SegmentOverride>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StepConfig> for ::forma_core::Value<StepConfig> {
    fn from(v: StepConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STEP_CONFIG_TYPE.properties))
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

/// The `GroupToWeight` property type of `AWS::Evidently::Launch`.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupToWeight {
    props: ::forma_core::schema::Props,
}
impl GroupToWeight {
    /// A new value with its required properties: `GroupName`, `SplitWeight`.
    pub fn new(
        group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        split_weight: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, group_name.into().into_expr());
        props.set(1, split_weight.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GroupToWeight> for ::forma_core::Value<GroupToWeight> {
    fn from(v: GroupToWeight) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GROUP_TO_WEIGHT_TYPE.properties))
    }
}

/// The `SegmentOverride` property type of `AWS::Evidently::Launch`.
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentOverride {
    props: ::forma_core::schema::Props,
}
impl SegmentOverride {
    /// A new value with its required properties: `EvaluationOrder`, `Segment`, `Weights`.
    pub fn new(
        evaluation_order: impl ::std::convert::Into<::forma_core::Value<i64>>,
        segment: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        weights: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GroupToWeight>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, evaluation_order.into().into_expr());
        props.set(1, segment.into().into_expr());
        props.set(2, weights.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SegmentOverride> for ::forma_core::Value<SegmentOverride> {
    fn from(v: SegmentOverride) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SEGMENT_OVERRIDE_TYPE.properties))
    }
}

/// The schema of `AWS::Evidently::Launch`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Evidently::Launch",
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
            name: "ExecutionStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXECUTION_STATUS_OBJECT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Groups",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LAUNCH_GROUP_OBJECT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "MetricMonitors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_DEFINITION_OBJECT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(3) },
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
            name: "ScheduledSplitsConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STEP_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(6) },
            ),
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
    ],
    rules: &[],
    attributes: &["Arn"],
};

static EXECUTION_STATUS_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Evidently::Launch.ExecutionStatusObject",
    properties: &[
        ::forma_core::schema::Property {
            name: "DesiredState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
    rules: &[],
};

static LAUNCH_GROUP_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Evidently::Launch.LaunchGroupObject",
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
            name: "Feature",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GroupName",
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
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static METRIC_DEFINITION_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Evidently::Launch.MetricDefinitionObject",
    properties: &[
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

static STEP_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Evidently::Launch.StepConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "GroupWeights",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GROUP_TO_WEIGHT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SegmentOverrides",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SEGMENT_OVERRIDE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Evidently::Launch.Tag",
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

static GROUP_TO_WEIGHT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Evidently::Launch.GroupToWeight",
    properties: &[
        ::forma_core::schema::Property {
            name: "GroupName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[-a-zA-Z0-9._]*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "SplitWeight",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static SEGMENT_OVERRIDE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Evidently::Launch.SegmentOverride",
    properties: &[
        ::forma_core::schema::Property {
            name: "EvaluationOrder",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Segment",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("([-a-zA-Z0-9._]*)|(arn:[^:]*:[^:]*:[^:]*:[^:]*:segment/[-a-zA-Z0-9._]*)"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Weights",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GROUP_TO_WEIGHT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};
