// @generated from AWS::Deadline::Budget (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Deadline::Budget` and its property types.

/// Creates a budget to set spending thresholds for your rendering activity.
///
/// CloudFormation type `AWS::Deadline::Budget`.
#[derive(Debug, Clone, PartialEq)]
pub struct Budget {
    props: ::forma_core::schema::Props,
}
impl Budget {
    /// A new resource with its required properties: `Actions`, `ApproximateDollarLimit`, `DisplayName`, `FarmId`, `Schedule`, `UsageTrackingResource`.
    #[track_caller]
    pub fn new(
        actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BudgetActionToAdd>>>,
        approximate_dollar_limit: impl ::std::convert::Into<::forma_core::Value<f64>>,
        display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        farm_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        schedule: impl ::std::convert::Into<::forma_core::Value<BudgetSchedule>>,
        usage_tracking_resource: impl ::std::convert::Into<::forma_core::Value<UsageTrackingResource>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, actions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, approximate_dollar_limit.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, display_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, farm_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, schedule.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, usage_tracking_resource.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the budget.
    ///
    /// Allowed: length 0 to 100.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Budget {
    type Attributes = BudgetAttributes;
    fn type_name(&self) -> &str {
        "AWS::Deadline::Budget"
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
/// The attributes of a `AWS::Deadline::Budget` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BudgetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BudgetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl BudgetAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `BudgetId`.
    pub fn budget_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BudgetId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The values CloudFormation documents: `STOP_SCHEDULING_AND_COMPLETE_TASKS`, `STOP_SCHEDULING_AND_CANCEL_TASKS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `STOP_SCHEDULING_AND_COMPLETE_TASKS`
    StopSchedulingAndCompleteTasks,
    /// `STOP_SCHEDULING_AND_CANCEL_TASKS`
    StopSchedulingAndCancelTasks,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::StopSchedulingAndCompleteTasks => "STOP_SCHEDULING_AND_COMPLETE_TASKS",
            Self::StopSchedulingAndCancelTasks => "STOP_SCHEDULING_AND_CANCEL_TASKS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STOP_SCHEDULING_AND_COMPLETE_TASKS", "STOP_SCHEDULING_AND_CANCEL_TASKS"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The budget action to add.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetActionToAdd {
    props: ::forma_core::schema::Props,
}
impl BudgetActionToAdd {
    /// A new value with its required properties: `ThresholdPercentage`, `Type`.
    pub fn new(
        threshold_percentage: impl ::std::convert::Into<::forma_core::Value<f64>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, threshold_percentage.into().into_expr());
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
    /// A description for the budget action.
    ///
    /// Allowed: length 0 to 100.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BudgetActionToAdd> for ::forma_core::Value<BudgetActionToAdd> {
    fn from(v: BudgetActionToAdd) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BUDGET_ACTION_TO_ADD_TYPE.properties))
    }
}

/// The start and end time of the budget.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetSchedule {
    props: ::forma_core::schema::Props,
}
impl BudgetSchedule {
    /// A new value with its required properties: `Fixed`.
    pub fn new(fixed: impl ::std::convert::Into<::forma_core::Value<FixedBudgetSchedule>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, fixed.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BudgetSchedule> for ::forma_core::Value<BudgetSchedule> {
    fn from(v: BudgetSchedule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BUDGET_SCHEDULE_TYPE.properties))
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

/// The usage details of the allotted budget.
#[derive(Debug, Clone, PartialEq)]
pub struct UsageTrackingResource {
    props: ::forma_core::schema::Props,
}
impl UsageTrackingResource {
    /// A new value with its required properties: `QueueId`.
    pub fn new(queue_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, queue_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<UsageTrackingResource> for ::forma_core::Value<UsageTrackingResource> {
    fn from(v: UsageTrackingResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(USAGE_TRACKING_RESOURCE_TYPE.properties))
    }
}

/// The details of a fixed budget schedule.
#[derive(Debug, Clone, PartialEq)]
pub struct FixedBudgetSchedule {
    props: ::forma_core::schema::Props,
}
impl FixedBudgetSchedule {
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
impl ::std::convert::From<FixedBudgetSchedule> for ::forma_core::Value<FixedBudgetSchedule> {
    fn from(v: FixedBudgetSchedule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIXED_BUDGET_SCHEDULE_TYPE.properties))
    }
}

/// The schema of `AWS::Deadline::Budget`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Deadline::Budget",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BUDGET_ACTION_TO_ADD_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ApproximateDollarLimit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.01),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "FarmId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^farm-[0-9a-f]{32}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Schedule",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BUDGET_SCHEDULE_TYPE),
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
            name: "UsageTrackingResource",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&USAGE_TRACKING_RESOURCE_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn", "BudgetId", "Status"],
};

static BUDGET_ACTION_TO_ADD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Deadline::Budget.BudgetActionToAdd",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "ThresholdPercentage",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "STOP_SCHEDULING_AND_COMPLETE_TASKS",
                "STOP_SCHEDULING_AND_CANCEL_TASKS",
            ]),
        },
    ],
    rules: &[],
};

static BUDGET_SCHEDULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Deadline::Budget.BudgetSchedule",
    properties: &[::forma_core::schema::Property {
        name: "Fixed",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&FIXED_BUDGET_SCHEDULE_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Deadline::Budget.Tag",
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

static USAGE_TRACKING_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Deadline::Budget.UsageTrackingResource",
    properties: &[::forma_core::schema::Property {
        name: "QueueId",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^queue-[0-9a-f]{32}$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static FIXED_BUDGET_SCHEDULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Deadline::Budget.FixedBudgetSchedule",
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
