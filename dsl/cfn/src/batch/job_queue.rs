// @generated from AWS::Batch::JobQueue (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Batch::JobQueue` and its property types.

/// Resource Type definition for AWS::Batch::JobQueue
///
/// CloudFormation type `AWS::Batch::JobQueue`.
#[derive(Debug, Clone, PartialEq)]
pub struct JobQueue {
    props: ::forma_core::schema::Props,
}
impl JobQueue {
    /// A new resource with its required properties: `Priority`.
    ///
    /// CloudFormation also needs exactly one of `ComputeEnvironmentOrder` or `ServiceEnvironmentOrder`.
    #[track_caller]
    pub fn new(priority: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, priority.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ComputeEnvironmentOrder`.
    #[track_caller]
    pub fn compute_environment_order(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ComputeEnvironmentOrder>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `JobQueueName`.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn job_queue_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `JobQueueType`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn job_queue_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `JobStateTimeLimitActions`.
    #[track_caller]
    pub fn job_state_time_limit_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<JobStateTimeLimitAction>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SchedulingPolicyArn`.
    #[track_caller]
    pub fn scheduling_policy_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ServiceEnvironmentOrder`.
    #[track_caller]
    pub fn service_environment_order(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ServiceEnvironmentOrder>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `State`.
    #[track_caller]
    pub fn state(mut self, value: impl ::forma_core::schema::EnumArg<State>) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A key-value pair to associate with a resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for JobQueue {
    type Attributes = JobQueueAttributes;
    fn type_name(&self) -> &str {
        "AWS::Batch::JobQueue"
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
/// The attributes of a `AWS::Batch::JobQueue` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct JobQueueAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for JobQueueAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl JobQueueAttributes {
    /// `Fn::GetAtt` `JobQueueArn`.
    pub fn job_queue_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "JobQueueArn")
    }
}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum State {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl State {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "ENABLED"]
    }
}
impl ::std::convert::From<State> for ::forma_core::Value<State> {
    fn from(v: State) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for State {}

/// The `ComputeEnvironmentOrder` property type of `AWS::Batch::JobQueue`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComputeEnvironmentOrder {
    props: ::forma_core::schema::Props,
}
impl ComputeEnvironmentOrder {
    /// A new value with its required properties: `ComputeEnvironment`, `Order`.
    pub fn new(
        compute_environment: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        order: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, compute_environment.into().into_expr());
        props.set(1, order.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ComputeEnvironmentOrder> for ::forma_core::Value<ComputeEnvironmentOrder> {
    fn from(v: ComputeEnvironmentOrder) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPUTE_ENVIRONMENT_ORDER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `RUNNABLE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JobStateTimeLimitActionState {
    /// `RUNNABLE`
    Runnable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl JobStateTimeLimitActionState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Runnable => "RUNNABLE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RUNNABLE"]
    }
}
impl ::std::convert::From<JobStateTimeLimitActionState> for ::forma_core::Value<JobStateTimeLimitActionState> {
    fn from(v: JobStateTimeLimitActionState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for JobStateTimeLimitActionState {}

/// The `JobStateTimeLimitAction` property type of `AWS::Batch::JobQueue`.
#[derive(Debug, Clone, PartialEq)]
pub struct JobStateTimeLimitAction {
    props: ::forma_core::schema::Props,
}
impl JobStateTimeLimitAction {
    /// A new value with its required properties: `Action`, `MaxTimeSeconds`, `Reason`, `State`.
    pub fn new(
        action: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        max_time_seconds: impl ::std::convert::Into<::forma_core::Value<i64>>,
        reason: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        state: impl ::forma_core::schema::EnumArg<JobStateTimeLimitActionState>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into().into_expr());
        props.set(1, max_time_seconds.into().into_expr());
        props.set(2, reason.into().into_expr());
        props.set(3, state.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<JobStateTimeLimitAction> for ::forma_core::Value<JobStateTimeLimitAction> {
    fn from(v: JobStateTimeLimitAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JOB_STATE_TIME_LIMIT_ACTION_TYPE.properties))
    }
}

/// The `ServiceEnvironmentOrder` property type of `AWS::Batch::JobQueue`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceEnvironmentOrder {
    props: ::forma_core::schema::Props,
}
impl ServiceEnvironmentOrder {
    /// A new value with its required properties: `Order`, `ServiceEnvironment`.
    pub fn new(
        order: impl ::std::convert::Into<::forma_core::Value<i64>>,
        service_environment: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, order.into().into_expr());
        props.set(1, service_environment.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ServiceEnvironmentOrder> for ::forma_core::Value<ServiceEnvironmentOrder> {
    fn from(v: ServiceEnvironmentOrder) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_ENVIRONMENT_ORDER_TYPE.properties))
    }
}

/// The schema of `AWS::Batch::JobQueue`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Batch::JobQueue",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComputeEnvironmentOrder",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COMPUTE_ENVIRONMENT_ORDER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "JobQueueName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "JobQueueType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "JobStateTimeLimitActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&JOB_STATE_TIME_LIMIT_ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SchedulingPolicyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}",
                ),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ServiceEnvironmentOrder",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SERVICE_ENVIRONMENT_ORDER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["ComputeEnvironmentOrder"], &["ServiceEnvironmentOrder"]])],
    attributes: &["JobQueueArn"],
};

static COMPUTE_ENVIRONMENT_ORDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobQueue.ComputeEnvironmentOrder",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComputeEnvironment",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Order",
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

static JOB_STATE_TIME_LIMIT_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobQueue.JobStateTimeLimitAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MaxTimeSeconds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(600.0),
                maximum: Some(86400.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Reason",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["RUNNABLE"]),
        },
    ],
    rules: &[],
};

static SERVICE_ENVIRONMENT_ORDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::JobQueue.ServiceEnvironmentOrder",
    properties: &[
        ::forma_core::schema::Property {
            name: "Order",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ServiceEnvironment",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
