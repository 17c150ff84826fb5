// @generated from AWS::EC2::InstanceEventWindow (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::InstanceEventWindow` and its property types.

/// Resource type definition for AWS::EC2::InstanceEventWindow.
///
/// CloudFormation type `AWS::EC2::InstanceEventWindow`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceEventWindow {
    props: ::forma_core::schema::Props,
}
impl InstanceEventWindow {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The cron expression defined for the event window.
    #[track_caller]
    pub fn cron_expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the event window.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags applied to the event window.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The time ranges of the event window.
    #[track_caller]
    pub fn time_ranges(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TimeRange>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for InstanceEventWindow {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for InstanceEventWindow {
    type Attributes = InstanceEventWindowAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::InstanceEventWindow"
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
/// The attributes of a `AWS::EC2::InstanceEventWindow` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct InstanceEventWindowAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for InstanceEventWindowAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl InstanceEventWindowAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `InstanceEventWindowId`.
    pub fn instance_event_window_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "InstanceEventWindowId")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
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

/// The values CloudFormation documents: `sunday`, `monday`, `tuesday`, `wednesday`, `thursday`, `friday`, `saturday`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EndWeekDay {
    /// `sunday`
    Sunday,
    /// `monday`
    Monday,
    /// `tuesday`
    Tuesday,
    /// `wednesday`
    Wednesday,
    /// `thursday`
    Thursday,
    /// `friday`
    Friday,
    /// `saturday`
    Saturday,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EndWeekDay {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sunday => "sunday",
            Self::Monday => "monday",
            Self::Tuesday => "tuesday",
            Self::Wednesday => "wednesday",
            Self::Thursday => "thursday",
            Self::Friday => "friday",
            Self::Saturday => "saturday",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
    }
}
impl ::std::convert::From<EndWeekDay> for ::forma_core::Value<EndWeekDay> {
    fn from(v: EndWeekDay) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EndWeekDay {}

/// The values CloudFormation documents: `sunday`, `monday`, `tuesday`, `wednesday`, `thursday`, `friday`, `saturday`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StartWeekDay {
    /// `sunday`
    Sunday,
    /// `monday`
    Monday,
    /// `tuesday`
    Tuesday,
    /// `wednesday`
    Wednesday,
    /// `thursday`
    Thursday,
    /// `friday`
    Friday,
    /// `saturday`
    Saturday,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StartWeekDay {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sunday => "sunday",
            Self::Monday => "monday",
            Self::Tuesday => "tuesday",
            Self::Wednesday => "wednesday",
            Self::Thursday => "thursday",
            Self::Friday => "friday",
            Self::Saturday => "saturday",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
    }
}
impl ::std::convert::From<StartWeekDay> for ::forma_core::Value<StartWeekDay> {
    fn from(v: StartWeekDay) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StartWeekDay {}

/// A time range during which an AWS-initiated maintenance event may occur.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeRange {
    props: ::forma_core::schema::Props,
}
impl TimeRange {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The hour when the time range ends.
    ///
    /// Allowed: 0 to 23.
    pub fn end_hour(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The day on which the time range ends.
    pub fn end_week_day(mut self, value: impl ::forma_core::schema::EnumArg<EndWeekDay>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The hour when the time range begins.
    ///
    /// Allowed: 0 to 23.
    pub fn start_hour(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The day on which the time range begins.
    pub fn start_week_day(mut self, value: impl ::forma_core::schema::EnumArg<StartWeekDay>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for TimeRange {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TimeRange> for ::forma_core::Value<TimeRange> {
    fn from(v: TimeRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIME_RANGE_TYPE.properties))
    }
}

/// The schema of `AWS::EC2::InstanceEventWindow`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::InstanceEventWindow",
    properties: &[
        ::forma_core::schema::Property {
            name: "CronExpression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
            name: "TimeRanges",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TIME_RANGE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "InstanceEventWindowId", "State"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::InstanceEventWindow.Tag",
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

static TIME_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::InstanceEventWindow.TimeRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndHour",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(23.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "EndWeekDay",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "sunday",
                "monday",
                "tuesday",
                "wednesday",
                "thursday",
                "friday",
                "saturday",
            ]),
        },
        ::forma_core::schema::Property {
            name: "StartHour",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(23.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "StartWeekDay",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "sunday",
                "monday",
                "tuesday",
                "wednesday",
                "thursday",
                "friday",
                "saturday",
            ]),
        },
    ],
    rules: &[],
};
