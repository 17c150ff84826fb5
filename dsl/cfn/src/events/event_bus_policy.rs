// @generated from AWS::Events::EventBusPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Events::EventBusPolicy` and its property types.

/// Resource Type definition for AWS::Events::EventBusPolicy
///
/// CloudFormation type `AWS::Events::EventBusPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventBusPolicy {
    props: ::forma_core::schema::Props,
}
impl EventBusPolicy {
    /// A new resource with its required properties: `StatementId`.
    #[track_caller]
    pub fn new(statement_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, statement_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The action that you are enabling the other account to perform.
    ///
    /// Allowed: length 1 to 64.
    #[track_caller]
    pub fn action(mut self, value: impl ::forma_core::schema::EnumArg<Action>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// This parameter enables you to limit the permission to accounts that fulfill a certain condition, such as being a member of a certain AWS organization.
    #[track_caller]
    pub fn condition(mut self, value: impl ::std::convert::Into<::forma_core::Value<Condition>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the event bus associated with the rule.
    ///
    /// Allowed: length 1 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn event_bus_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The 12-digit AWS account ID that you are permitting to put events to your default event bus.
    ///
    /// Allowed: length 1 to 12.
    #[track_caller]
    pub fn principal(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Statement`.
    #[track_caller]
    pub fn statement(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for EventBusPolicy {
    type Attributes = EventBusPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::Events::EventBusPolicy"
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
/// The attributes of a `AWS::Events::EventBusPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EventBusPolicyAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EventBusPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `events:PutEvents`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Action {
    /// `events:PutEvents`
    EventsPutEvents,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Action {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EventsPutEvents => "events:PutEvents",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["events:PutEvents"]
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Action {}

/// The values CloudFormation documents: `StringEquals`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `StringEquals`
    StringEquals,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::StringEquals => "StringEquals",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["StringEquals"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// This parameter enables you to limit the permission to accounts that fulfill a certain condition, such as being a member of a certain AWS organization.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    props: ::forma_core::schema::Props,
}
impl Condition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the value for the key.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the type of condition.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Specifies the key for the condition.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
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

/// The schema of `AWS::Events::EventBusPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Events::EventBusPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["events:PutEvents"]),
        },
        ::forma_core::schema::Property {
            name: "Condition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONDITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EventBusName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\.\\-_A-Za-z0-9]+"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Principal",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(\\d{12}|\\*)"),
                min_length: Some(1),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "Statement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "StatementId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9-_]+"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};

static CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Events::EventBusPolicy.Condition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["StringEquals"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
