// @generated from AWS::SSMContacts::Rotation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SSMContacts::Rotation` and its property types.

/// Resource Type definition for AWS::SSMContacts::Rotation.
///
/// CloudFormation type `AWS::SSMContacts::Rotation`.
#[derive(Debug, Clone, PartialEq)]
pub struct Rotation {
    props: ::forma_core::schema::Props,
}
impl Rotation {
    /// A new resource with its required properties: `ContactIds`, `Name`, `Recurrence`, `StartTime`, `TimeZoneId`.
    #[track_caller]
    pub fn new(
        contact_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        recurrence: impl ::std::convert::Into<::forma_core::Value<RecurrenceSettings>>,
        start_time: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        time_zone_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, contact_ids.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, recurrence.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, start_time.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, time_zone_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Rotation {
    type Attributes = RotationAttributes;
    fn type_name(&self) -> &str {
        "AWS::SSMContacts::Rotation"
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
/// The attributes of a `AWS::SSMContacts::Rotation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RotationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RotationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RotationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// Information about when an on-call rotation is in effect and how long the rotation period lasts.
#[derive(Debug, Clone, PartialEq)]
pub struct RecurrenceSettings {
    props: ::forma_core::schema::Props,
}
impl RecurrenceSettings {
    /// A new value with its required properties: `NumberOfOnCalls`, `RecurrenceMultiplier`.
    ///
    /// CloudFormation also needs exactly one of `WeeklySettings`, `MonthlySettings` or `DailySettings`.
    pub fn new(
        number_of_on_calls: impl ::std::convert::Into<::forma_core::Value<i64>>,
        recurrence_multiplier: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, number_of_on_calls.into().into_expr());
        props.set(3, recurrence_multiplier.into().into_expr());
        Self { props }
    }
    /// Information about on-call rotations that recur daily.
    pub fn daily_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Information about on-call rotations that recur monthly.
    pub fn monthly_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MonthlySetting>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Information about the days of the week included in on-call rotation coverage.
    pub fn shift_coverages(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ShiftCoverage>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Information about on-call rotations that recur weekly.
    pub fn weekly_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<WeeklySetting>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RecurrenceSettings> for ::forma_core::Value<RecurrenceSettings> {
    fn from(v: RecurrenceSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECURRENCE_SETTINGS_TYPE.properties))
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

/// DayOfWeek for Month and HandOff Time for Monthly Recurring Rotation.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthlySetting {
    props: ::forma_core::schema::Props,
}
impl MonthlySetting {
    /// A new value with its required properties: `DayOfMonth`, `HandOffTime`.
    pub fn new(
        day_of_month: impl ::std::convert::Into<::forma_core::Value<i64>>,
        hand_off_time: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, day_of_month.into().into_expr());
        props.set(1, hand_off_time.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MonthlySetting> for ::forma_core::Value<MonthlySetting> {
    fn from(v: MonthlySetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MONTHLY_SETTING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `MON`, `TUE`, `WED`, `THU`, `FRI`, `SAT`, `SUN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DayOfWeek {
    /// `MON`
    Mon,
    /// `TUE`
    Tue,
    /// `WED`
    Wed,
    /// `THU`
    Thu,
    /// `FRI`
    Fri,
    /// `SAT`
    Sat,
    /// `SUN`
    Sun,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DayOfWeek {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mon => "MON",
            Self::Tue => "TUE",
            Self::Wed => "WED",
            Self::Thu => "THU",
            Self::Fri => "FRI",
            Self::Sat => "SAT",
            Self::Sun => "SUN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
    }
}
impl ::std::convert::From<DayOfWeek> for ::forma_core::Value<DayOfWeek> {
    fn from(v: DayOfWeek) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DayOfWeek {}

/// Information about the days of the week included in on-call rotation coverage.
#[derive(Debug, Clone, PartialEq)]
pub struct ShiftCoverage {
    props: ::forma_core::schema::Props,
}
impl ShiftCoverage {
    /// A new value with its required properties: `CoverageTimes`, `DayOfWeek`.
    pub fn new(
        coverage_times: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CoverageTime>>>,
        day_of_week: impl ::forma_core::schema::EnumArg<DayOfWeek>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, coverage_times.into().into_expr());
        props.set(1, day_of_week.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ShiftCoverage> for ::forma_core::Value<ShiftCoverage> {
    fn from(v: ShiftCoverage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SHIFT_COVERAGE_TYPE.properties))
    }
}

/// DayOfWeek for Rotation and HandOff Time for Weekly Recurring Rotation.
#[derive(Debug, Clone, PartialEq)]
pub struct WeeklySetting {
    props: ::forma_core::schema::Props,
}
impl WeeklySetting {
    /// A new value with its required properties: `DayOfWeek`, `HandOffTime`.
    pub fn new(
        day_of_week: impl ::forma_core::schema::EnumArg<DayOfWeek>,
        hand_off_time: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, day_of_week.into_enum_expr());
        props.set(1, hand_off_time.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<WeeklySetting> for ::forma_core::Value<WeeklySetting> {
    fn from(v: WeeklySetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WEEKLY_SETTING_TYPE.properties))
    }
}

/// StartTime and EndTime for the Shift
#[derive(Debug, Clone, PartialEq)]
pub struct CoverageTime {
    props: ::forma_core::schema::Props,
}
impl CoverageTime {
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
impl ::std::convert::From<CoverageTime> for ::forma_core::Value<CoverageTime> {
    fn from(v: CoverageTime) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COVERAGE_TIME_TYPE.properties))
    }
}

/// The schema of `AWS::SSMContacts::Rotation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SSMContacts::Rotation",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContactIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(
                        "^arn:(aws|aws-cn|aws-us-gov):ssm-contacts:[-\\w+=\\/,.@]*:[0-9]+:([\\w+=\\/,.@:-]+)*$",
                    ),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(30) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Recurrence",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RECURRENCE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StartTime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})$"),
                min_length: None,
                max_length: None,
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
        ::forma_core::schema::Property {
            name: "TimeZoneId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[:a-zA-Z0-9_\\-\\s\\.\\\\/]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static RECURRENCE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMContacts::Rotation.RecurrenceSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "DailySettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MonthlySettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MONTHLY_SETTING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NumberOfOnCalls",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RecurrenceMultiplier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ShiftCoverages",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SHIFT_COVERAGE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "WeeklySettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&WEEKLY_SETTING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["NumberOfOnCalls", "RecurrenceMultiplier", "WeeklySettings"],
        &["NumberOfOnCalls", "RecurrenceMultiplier", "MonthlySettings"],
        &["NumberOfOnCalls", "RecurrenceMultiplier", "DailySettings"],
    ])],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMContacts::Rotation.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\\\\\/a-zA-Z0-9_+=\\-]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static MONTHLY_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMContacts::Rotation.MonthlySetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "DayOfMonth",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(31.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "HandOffTime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static SHIFT_COVERAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMContacts::Rotation.ShiftCoverage",
    properties: &[
        ::forma_core::schema::Property {
            name: "CoverageTimes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COVERAGE_TIME_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DayOfWeek",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]),
        },
    ],
    rules: &[],
};

static WEEKLY_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMContacts::Rotation.WeeklySetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "DayOfWeek",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]),
        },
        ::forma_core::schema::Property {
            name: "HandOffTime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static COVERAGE_TIME_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMContacts::Rotation.CoverageTime",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndTime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StartTime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};
