// @generated from AWS::CustomerProfiles::EventTrigger (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CustomerProfiles::EventTrigger` and its property types.

/// An event trigger resource of Amazon Connect Customer Profiles
///
/// CloudFormation type `AWS::CustomerProfiles::EventTrigger`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventTrigger {
    props: ::forma_core::schema::Props,
}
impl EventTrigger {
    /// A new resource with its required properties: `DomainName`, `EventTriggerConditions`, `EventTriggerName`, `ObjectTypeName`.
    #[track_caller]
    pub fn new(
        domain_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        event_trigger_conditions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EventTriggerCondition>>>,
        event_trigger_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        object_type_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, domain_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, event_trigger_conditions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, event_trigger_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, object_type_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the event trigger.
    ///
    /// Allowed: length 1 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Defines limits controlling whether an event triggers the destination, based on ingestion latency and the number of invocations per profile over specific time periods.
    #[track_caller]
    pub fn event_trigger_limits(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EventTriggerLimits>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The destination is triggered only for profiles that meet the criteria of a segment definition.
    ///
    /// Allowed: length 1 to 64.
    #[track_caller]
    pub fn segment_filter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for EventTrigger {
    type Attributes = EventTriggerAttributes;
    fn type_name(&self) -> &str {
        "AWS::CustomerProfiles::EventTrigger"
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
/// The attributes of a `AWS::CustomerProfiles::EventTrigger` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EventTriggerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EventTriggerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EventTriggerAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `LastUpdatedAt`.
    pub fn last_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedAt")
    }
}

/// The values CloudFormation documents: `ANY`, `ALL`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventTriggerLogicalOperator {
    /// `ANY`
    Any,
    /// `ALL`
    All,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EventTriggerLogicalOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Any => "ANY",
            Self::All => "ALL",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ANY", "ALL", "NONE"]
    }
}
impl ::std::convert::From<EventTriggerLogicalOperator> for ::forma_core::Value<EventTriggerLogicalOperator> {
    fn from(v: EventTriggerLogicalOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EventTriggerLogicalOperator {}

/// Specifies the circumstances under which the event should trigger the destination.
#[derive(Debug, Clone, PartialEq)]
pub struct EventTriggerCondition {
    props: ::forma_core::schema::Props,
}
impl EventTriggerCondition {
    /// A new value with its required properties: `EventTriggerDimensions`, `LogicalOperator`.
    pub fn new(
        event_trigger_dimensions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EventTriggerDimension>>>,
        logical_operator: impl ::forma_core::schema::EnumArg<EventTriggerLogicalOperator>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, event_trigger_dimensions.into().into_expr());
        props.set(1, logical_operator.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<EventTriggerCondition> for ::forma_core::Value<EventTriggerCondition> {
    fn from(v: EventTriggerCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_TRIGGER_CONDITION_TYPE.properties))
    }
}

/// Defines limits controlling whether an event triggers the destination, based on ingestion latency and the number of invocations per profile over specific time periods.
#[derive(Debug, Clone, PartialEq)]
pub struct EventTriggerLimits {
    props: ::forma_core::schema::Props,
}
impl EventTriggerLimits {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies that an event will only trigger the destination if it is processed within a certain latency period.
    pub fn event_expiration(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of time periods during which the limits apply.
    pub fn periods(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Period>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EventTriggerLimits {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EventTriggerLimits> for ::forma_core::Value<EventTriggerLimits> {
    fn from(v: EventTriggerLimits) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_TRIGGER_LIMITS_TYPE.properties))
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

/// A specific event dimension to be assessed.
#[derive(Debug, Clone, PartialEq)]
pub struct EventTriggerDimension {
    props: ::forma_core::schema::Props,
}
impl EventTriggerDimension {
    /// A new value with its required properties: `ObjectAttributes`.
    pub fn new(
        object_attributes: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ObjectAttribute>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, object_attributes.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EventTriggerDimension> for ::forma_core::Value<EventTriggerDimension> {
    fn from(v: EventTriggerDimension) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_TRIGGER_DIMENSION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `MINUTES`, `HOURS`, `DAYS`, `WEEKS`, `MONTHS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Unit {
    /// `MINUTES`
    Minutes,
    /// `HOURS`
    Hours,
    /// `DAYS`
    Days,
    /// `WEEKS`
    Weeks,
    /// `MONTHS`
    Months,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Unit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Minutes => "MINUTES",
            Self::Hours => "HOURS",
            Self::Days => "DAYS",
            Self::Weeks => "WEEKS",
            Self::Months => "MONTHS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MINUTES", "HOURS", "DAYS", "WEEKS", "MONTHS"]
    }
}
impl ::std::convert::From<Unit> for ::forma_core::Value<Unit> {
    fn from(v: Unit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Unit {}

/// Defines a limit and the time period during which it is enforced.
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    props: ::forma_core::schema::Props,
}
impl Period {
    /// A new value with its required properties: `Unit`, `Value`.
    pub fn new(
        unit: impl ::forma_core::schema::EnumArg<Unit>,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, unit.into_enum_expr());
        props.set(3, value.into().into_expr());
        Self { props }
    }
    /// The maximum allowed number of destination invocations per profile.
    ///
    /// Allowed: 1 to 1000.
    pub fn max_invocations_per_profile(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// If set to true, there is no limit on the number of destination invocations per profile.
    pub fn unlimited(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Period> for ::forma_core::Value<Period> {
    fn from(v: Period) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PERIOD_TYPE.properties))
    }
}

/// The values CloudFormation documents: `INCLUSIVE`, `EXCLUSIVE`, `CONTAINS`, `BEGINS_WITH`, `ENDS_WITH`, `GREATER_THAN`, `LESS_THAN`, `GREATER_THAN_OR_EQUAL`, `LESS_THAN_OR_EQUAL`, `EQUAL`, `BEFORE`, `AFTER`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComparisonOperator {
    /// `INCLUSIVE`
    Inclusive,
    /// `EXCLUSIVE`
    Exclusive,
    /// `CONTAINS`
    Contains,
    /// `BEGINS_WITH`
    BeginsWith,
    /// `ENDS_WITH`
    EndsWith,
    /// `GREATER_THAN`
    GreaterThan,
    /// `LESS_THAN`
    LessThan,
    /// `GREATER_THAN_OR_EQUAL`
    GreaterThanOrEqual,
    /// `LESS_THAN_OR_EQUAL`
    LessThanOrEqual,
    /// `EQUAL`
    Equal,
    /// `BEFORE`
    Before,
    /// `AFTER`
    After,
    /// `ON`
    On,
    /// `BETWEEN`
    Between,
    /// `NOT_BETWEEN`
    NotBetween,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ComparisonOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inclusive => "INCLUSIVE",
            Self::Exclusive => "EXCLUSIVE",
            Self::Contains => "CONTAINS",
            Self::BeginsWith => "BEGINS_WITH",
            Self::EndsWith => "ENDS_WITH",
            Self::GreaterThan => "GREATER_THAN",
            Self::LessThan => "LESS_THAN",
            Self::GreaterThanOrEqual => "GREATER_THAN_OR_EQUAL",
            Self::LessThanOrEqual => "LESS_THAN_OR_EQUAL",
            Self::Equal => "EQUAL",
            Self::Before => "BEFORE",
            Self::After => "AFTER",
            Self::On => "ON",
            Self::Between => "BETWEEN",
            Self::NotBetween => "NOT_BETWEEN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "INCLUSIVE",
            "EXCLUSIVE",
            "CONTAINS",
            "BEGINS_WITH",
            "ENDS_WITH",
            "GREATER_THAN",
            "LESS_THAN",
            "GREATER_THAN_OR_EQUAL",
            "LESS_THAN_OR_EQUAL",
            "EQUAL",
            "BEFORE",
            "AFTER",
            "ON",
            "BETWEEN",
            "NOT_BETWEEN",
        ]
    }
}
impl ::std::convert::From<ComparisonOperator> for ::forma_core::Value<ComparisonOperator> {
    fn from(v: ComparisonOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ComparisonOperator {}

/// The criteria that a specific object attribute must meet to trigger the destination.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectAttribute {
    props: ::forma_core::schema::Props,
}
impl ObjectAttribute {
    /// A new value with its required properties: `ComparisonOperator`, `Values`.
    pub fn new(
        comparison_operator: impl ::forma_core::schema::EnumArg<ComparisonOperator>,
        values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, comparison_operator.into_enum_expr());
        props.set(3, values.into().into_expr());
        Self { props }
    }
    /// A field defined within an object type.
    ///
    /// Allowed: length 1 to 64.
    pub fn field_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// An attribute contained within a source object.
    ///
    /// Allowed: length 1 to 1000.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ObjectAttribute> for ::forma_core::Value<ObjectAttribute> {
    fn from(v: ObjectAttribute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OBJECT_ATTRIBUTE_TYPE.properties))
    }
}

/// The schema of `AWS::CustomerProfiles::EventTrigger`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CustomerProfiles::EventTrigger",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "DomainName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "EventTriggerConditions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EVENT_TRIGGER_CONDITION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EventTriggerLimits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVENT_TRIGGER_LIMITS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EventTriggerName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "ObjectTypeName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_][a-zA-Z_0-9-]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "SegmentFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["CreatedAt", "LastUpdatedAt"],
};

static EVENT_TRIGGER_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::EventTrigger.EventTriggerCondition",
    properties: &[
        ::forma_core::schema::Property {
            name: "EventTriggerDimensions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EVENT_TRIGGER_DIMENSION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LogicalOperator",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ANY", "ALL", "NONE"]),
        },
    ],
    rules: &[],
};

static EVENT_TRIGGER_LIMITS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::EventTrigger.EventTriggerLimits",
    properties: &[
        ::forma_core::schema::Property {
            name: "EventExpiration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Periods",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PERIOD_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(4) },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::EventTrigger.Tag",
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

static EVENT_TRIGGER_DIMENSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::EventTrigger.EventTriggerDimension",
    properties: &[::forma_core::schema::Property {
        name: "ObjectAttributes",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&OBJECT_ATTRIBUTE_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
        ),
    }],
    rules: &[],
};

static PERIOD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::EventTrigger.Period",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxInvocationsPerProfile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Unit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MINUTES", "HOURS", "DAYS", "WEEKS", "MONTHS"]),
        },
        ::forma_core::schema::Property {
            name: "Unlimited",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(60.0),
            }),
        },
    ],
    rules: &[],
};

static OBJECT_ATTRIBUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::EventTrigger.ObjectAttribute",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComparisonOperator",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "INCLUSIVE",
                "EXCLUSIVE",
                "CONTAINS",
                "BEGINS_WITH",
                "ENDS_WITH",
                "GREATER_THAN",
                "LESS_THAN",
                "GREATER_THAN_OR_EQUAL",
                "LESS_THAN_OR_EQUAL",
                "EQUAL",
                "BEFORE",
                "AFTER",
                "ON",
                "BETWEEN",
                "NOT_BETWEEN",
            ]),
        },
        ::forma_core::schema::Property {
            name: "FieldName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_.-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
    ],
    rules: &[],
};
