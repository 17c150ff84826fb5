// @generated from AWS::DevOpsAgent::Trigger (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DevOpsAgent::Trigger` and its property types.

/// Resource Type definition for AWS::DevOpsAgent::Trigger.
///
/// CloudFormation type `AWS::DevOpsAgent::Trigger`.
#[derive(Debug, Clone, PartialEq)]
pub struct Trigger {
    props: ::forma_core::schema::Props,
}
impl Trigger {
    /// A new resource with its required properties: `Action`, `AgentSpaceId`, `Condition`, `Type`.
    #[track_caller]
    pub fn new(
        action: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        agent_space_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        condition: impl ::std::convert::Into<::forma_core::Value<Condition>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, action.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, agent_space_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, condition.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The status of the trigger.
    ///
    /// Allowed: length 1 to 64.
    #[track_caller]
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Trigger {
    type Attributes = TriggerAttributes;
    fn type_name(&self) -> &str {
        "AWS::DevOpsAgent::Trigger"
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
/// The attributes of a `AWS::DevOpsAgent::Trigger` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TriggerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TriggerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TriggerAttributes {
    /// `Fn::GetAtt` `TriggerId`.
    pub fn trigger_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TriggerId")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `Active`, `Inactive`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `Active`
    Active,
    /// `Inactive`
    Inactive,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "Active",
            Self::Inactive => "Inactive",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Active", "Inactive"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The values CloudFormation documents: `TIME_BASED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `TIME_BASED`
    TimeBased,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TimeBased => "TIME_BASED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TIME_BASED"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The condition that causes the trigger to fire.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    props: ::forma_core::schema::Props,
}
impl Condition {
    /// A new value with its required properties: `Schedule`.
    pub fn new(schedule: impl ::std::convert::Into<::forma_core::Value<Schedule>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, schedule.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Condition> for ::forma_core::Value<Condition> {
    fn from(v: Condition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONDITION_TYPE.properties))
    }
}

/// Schedule configuration for a time-based trigger.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    props: ::forma_core::schema::Props,
}
impl Schedule {
    /// A new value with its required properties: `Expression`.
    pub fn new(expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, expression.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Schedule> for ::forma_core::Value<Schedule> {
    fn from(v: Schedule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULE_TYPE.properties))
    }
}

/// The schema of `AWS::DevOpsAgent::Trigger`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DevOpsAgent::Trigger",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "AgentSpaceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Condition",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CONDITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Active", "Inactive"]),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["TIME_BASED"]),
        },
    ],
    rules: &[],
    attributes: &["TriggerId", "CreatedAt", "UpdatedAt", "Arn"],
};

static CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DevOpsAgent::Trigger.Condition",
    properties: &[::forma_core::schema::Property {
        name: "Schedule",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SCHEDULE_TYPE),
    }],
    rules: &[],
};

static SCHEDULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DevOpsAgent::Trigger.Schedule",
    properties: &[::forma_core::schema::Property {
        name: "Expression",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(256),
        }),
    }],
    rules: &[],
};
