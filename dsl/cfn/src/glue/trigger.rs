// @generated from AWS::Glue::Trigger (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Glue::Trigger` and its property types.

/// Resource Type definition for AWS::Glue::Trigger
///
/// CloudFormation type `AWS::Glue::Trigger`.
#[derive(Debug, Clone, PartialEq)]
pub struct Trigger {
    props: ::forma_core::schema::Props,
}
impl Trigger {
    /// A new resource with its required properties: `Actions`, `Type`.
    #[track_caller]
    pub fn new(
        actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Action>>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, actions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description of this trigger.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Batch condition that must be met (specified number of events received or batch time window expired) before EventBridge event trigger fires.
    #[track_caller]
    pub fn event_batching_condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EventBatchingCondition>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the trigger.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The predicate of this trigger, which defines when it will fire.
    #[track_caller]
    pub fn predicate(mut self, value: impl ::std::convert::Into<::forma_core::Value<Predicate>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A cron expression used to specify the schedule.
    #[track_caller]
    pub fn schedule(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Set to true to start SCHEDULED and CONDITIONAL triggers when created.
    #[track_caller]
    pub fn start_on_creation(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the workflow associated with the trigger.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn workflow_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Trigger {
    type Attributes = TriggerAttributes;
    fn type_name(&self) -> &str {
        "AWS::Glue::Trigger"
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
/// The attributes of a `AWS::Glue::Trigger` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TriggerAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TriggerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `CONDITIONAL`, `EVENT`, `ON_DEMAND`, `SCHEDULED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `CONDITIONAL`
    Conditional,
    /// `EVENT`
    Event,
    /// `ON_DEMAND`
    OnDemand,
    /// `SCHEDULED`
    Scheduled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Conditional => "CONDITIONAL",
            Self::Event => "EVENT",
            Self::OnDemand => "ON_DEMAND",
            Self::Scheduled => "SCHEDULED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CONDITIONAL", "EVENT", "ON_DEMAND", "SCHEDULED"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The actions initiated by this trigger.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    props: ::forma_core::schema::Props,
}
impl Action {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Arguments`.
    pub fn arguments(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the crawler to be used with this action.
    ///
    /// Allowed: length 1 to 255.
    pub fn crawler_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The name of a job to be executed.
    ///
    /// Allowed: length 1 to 255.
    pub fn job_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies configuration properties of a job run notification.
    pub fn notification_property(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NotificationProperty>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The name of the SecurityConfiguration structure to be used with this action.
    ///
    /// Allowed: length 1 to 255.
    pub fn security_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The JobRun timeout in minutes.
    ///
    /// Allowed: at least 1.
    pub fn timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Action {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_TYPE.properties))
    }
}

/// Batch condition that must be met (specified number of events received or batch time window expired) before EventBridge event trigger fires.
#[derive(Debug, Clone, PartialEq)]
pub struct EventBatchingCondition {
    props: ::forma_core::schema::Props,
}
impl EventBatchingCondition {
    /// A new value with its required properties: `BatchSize`.
    pub fn new(batch_size: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, batch_size.into().into_expr());
        Self { props }
    }
    /// Window of time in seconds after which EventBridge event trigger fires.
    ///
    /// Allowed: 1 to 900.
    pub fn batch_window(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EventBatchingCondition> for ::forma_core::Value<EventBatchingCondition> {
    fn from(v: EventBatchingCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_BATCHING_CONDITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AND`, `ANY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Logical {
    /// `AND`
    And,
    /// `ANY`
    Any,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Logical {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::And => "AND",
            Self::Any => "ANY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AND", "ANY"]
    }
}
impl ::std::convert::From<Logical> for ::forma_core::Value<Logical> {
    fn from(v: Logical) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Logical {}

/// The predicate of this trigger, which defines when it will fire.
#[derive(Debug, Clone, PartialEq)]
pub struct Predicate {
    props: ::forma_core::schema::Props,
}
impl Predicate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of the conditions that determine when the trigger will fire.
    pub fn conditions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Condition>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An optional field if only one condition is listed.
    pub fn logical(mut self, value: impl ::forma_core::schema::EnumArg<Logical>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Predicate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Predicate> for ::forma_core::Value<Predicate> {
    fn from(v: Predicate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREDICATE_TYPE.properties))
    }
}

/// Specifies configuration properties of a job run notification.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationProperty {
    props: ::forma_core::schema::Props,
}
impl NotificationProperty {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// After a job run starts, the number of minutes to wait before sending a job run delay notification
    ///
    /// Allowed: at least 1.
    pub fn notify_delay_after(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NotificationProperty {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NotificationProperty> for ::forma_core::Value<NotificationProperty> {
    fn from(v: NotificationProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOTIFICATION_PROPERTY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CANCELLED`, `CANCELLING`, `ERROR`, `FAILED`, `RUNNING`, `SUCCEEDED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CrawlState {
    /// `CANCELLED`
    Cancelled,
    /// `CANCELLING`
    Cancelling,
    /// `ERROR`
    Error,
    /// `FAILED`
    Failed,
    /// `RUNNING`
    Running,
    /// `SUCCEEDED`
    Succeeded,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CrawlState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cancelled => "CANCELLED",
            Self::Cancelling => "CANCELLING",
            Self::Error => "ERROR",
            Self::Failed => "FAILED",
            Self::Running => "RUNNING",
            Self::Succeeded => "SUCCEEDED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CANCELLED", "CANCELLING", "ERROR", "FAILED", "RUNNING", "SUCCEEDED"]
    }
}
impl ::std::convert::From<CrawlState> for ::forma_core::Value<CrawlState> {
    fn from(v: CrawlState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CrawlState {}

/// The values CloudFormation documents: `EQUALS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogicalOperator {
    /// `EQUALS`
    Equals,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LogicalOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EQUALS"]
    }
}
impl ::std::convert::From<LogicalOperator> for ::forma_core::Value<LogicalOperator> {
    fn from(v: LogicalOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LogicalOperator {}

/// The values CloudFormation documents: `SUCCEEDED`, `STOPPED`, `TIMEOUT`, `FAILED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum State {
    /// `SUCCEEDED`
    Succeeded,
    /// `STOPPED`
    Stopped,
    /// `TIMEOUT`
    Timeout,
    /// `FAILED`
    Failed,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl State {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Succeeded => "SUCCEEDED",
            Self::Stopped => "STOPPED",
            Self::Timeout => "TIMEOUT",
            Self::Failed => "FAILED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SUCCEEDED", "STOPPED", "TIMEOUT", "FAILED"]
    }
}
impl ::std::convert::From<State> for ::forma_core::Value<State> {
    fn from(v: State) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for State {}

/// Defines a condition under which a trigger fires.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    props: ::forma_core::schema::Props,
}
impl Condition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The state of the crawler to which this condition applies.
    pub fn crawl_state(mut self, value: impl ::forma_core::schema::EnumArg<CrawlState>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The name of the crawler to which this condition applies.
    ///
    /// Allowed: length 1 to 255.
    pub fn crawler_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The name of the job whose JobRuns this condition applies to, and on which this trigger waits.
    ///
    /// Allowed: length 1 to 255.
    pub fn job_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A logical operator.
    pub fn logical_operator(mut self, value: impl ::forma_core::schema::EnumArg<LogicalOperator>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// The condition state.
    pub fn state(mut self, value: impl ::forma_core::schema::EnumArg<State>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Condition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Condition> for ::forma_core::Value<Condition> {
    fn from(v: Condition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONDITION_TYPE.properties))
    }
}

/// The schema of `AWS::Glue::Trigger`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Glue::Trigger",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "EventBatchingCondition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVENT_BATCHING_CONDITION_TYPE),
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
            name: "Predicate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PREDICATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Schedule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StartOnCreation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["CONDITIONAL", "EVENT", "ON_DEMAND", "SCHEDULED"]),
        },
        ::forma_core::schema::Property {
            name: "WorkflowName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};

static ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Trigger.Action",
    properties: &[
        ::forma_core::schema::Property {
            name: "Arguments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "CrawlerName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "JobName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "NotificationProperty",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NOTIFICATION_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SecurityConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Timeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static EVENT_BATCHING_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Trigger.EventBatchingCondition",
    properties: &[
        ::forma_core::schema::Property {
            name: "BatchSize",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "BatchWindow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(900.0),
            }),
        },
    ],
    rules: &[],
};

static PREDICATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Trigger.Predicate",
    properties: &[
        ::forma_core::schema::Property {
            name: "Conditions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONDITION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(500) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Logical",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AND", "ANY"]),
        },
    ],
    rules: &[],
};

static NOTIFICATION_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Trigger.NotificationProperty",
    properties: &[::forma_core::schema::Property {
        name: "NotifyDelayAfter",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: None,
        }),
    }],
    rules: &[],
};

static CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Trigger.Condition",
    properties: &[
        ::forma_core::schema::Property {
            name: "CrawlState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "CANCELLED",
                "CANCELLING",
                "ERROR",
                "FAILED",
                "RUNNING",
                "SUCCEEDED",
            ]),
        },
        ::forma_core::schema::Property {
            name: "CrawlerName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "JobName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogicalOperator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EQUALS"]),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SUCCEEDED", "STOPPED", "TIMEOUT", "FAILED"]),
        },
    ],
    rules: &[],
};
