// @generated from AWS::QuickSight::RefreshSchedule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QuickSight::RefreshSchedule` and its property types.

/// Definition of the AWS::QuickSight::RefreshSchedule Resource Type.
///
/// CloudFormation type `AWS::QuickSight::RefreshSchedule`.
#[derive(Debug, Clone, PartialEq)]
pub struct RefreshSchedule {
    props: ::forma_core::schema::Props,
}
impl RefreshSchedule {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AwsAccountId`.
    ///
    /// Allowed: length 12 to 12.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn aws_account_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DataSetId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn data_set_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Schedule`.
    #[track_caller]
    pub fn schedule(mut self, value: impl ::std::convert::Into<::forma_core::Value<RefreshScheduleMap>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for RefreshSchedule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for RefreshSchedule {
    type Attributes = RefreshScheduleAttributes;
    fn type_name(&self) -> &str {
        "AWS::QuickSight::RefreshSchedule"
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
/// The attributes of a `AWS::QuickSight::RefreshSchedule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RefreshScheduleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RefreshScheduleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RefreshScheduleAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `FULL_REFRESH`, `INCREMENTAL_REFRESH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RefreshType {
    /// `FULL_REFRESH`
    FullRefresh,
    /// `INCREMENTAL_REFRESH`
    IncrementalRefresh,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RefreshType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FullRefresh => "FULL_REFRESH",
            Self::IncrementalRefresh => "INCREMENTAL_REFRESH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FULL_REFRESH", "INCREMENTAL_REFRESH"]
    }
}
impl ::std::convert::From<RefreshType> for ::forma_core::Value<RefreshType> {
    fn from(v: RefreshType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RefreshType {}

/// The `RefreshScheduleMap` property type of `AWS::QuickSight::RefreshSchedule`.
#[derive(Debug, Clone, PartialEq)]
pub struct RefreshScheduleMap {
    props: ::forma_core::schema::Props,
}
impl RefreshScheduleMap {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `RefreshType`.
    pub fn refresh_type(mut self, value: impl ::forma_core::schema::EnumArg<RefreshType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// <p>Information about the schedule frequency.</p>
    pub fn schedule_frequency(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RefreshScheduleMapScheduleFrequency>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>An unique identifier for the refresh schedule.</p>
    ///
    /// Allowed: length 1 to 128.
    pub fn schedule_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// <p>The date time after which refresh is to be scheduled</p>
    ///
    /// Allowed: length 1 to 128.
    pub fn start_after_date_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RefreshScheduleMap {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RefreshScheduleMap> for ::forma_core::Value<RefreshScheduleMap> {
    fn from(v: RefreshScheduleMap) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REFRESH_SCHEDULE_MAP_TYPE.properties))
    }
}

/// The values CloudFormation documents: `MINUTE15`, `MINUTE30`, `HOURLY`, `DAILY`, `WEEKLY`, `MONTHLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Interval {
    /// `MINUTE15`
    Minute15,
    /// `MINUTE30`
    Minute30,
    /// `HOURLY`
    Hourly,
    /// `DAILY`
    Daily,
    /// `WEEKLY`
    Weekly,
    /// `MONTHLY`
    Monthly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Interval {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Minute15 => "MINUTE15",
            Self::Minute30 => "MINUTE30",
            Self::Hourly => "HOURLY",
            Self::Daily => "DAILY",
            Self::Weekly => "WEEKLY",
            Self::Monthly => "MONTHLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MINUTE15", "MINUTE30", "HOURLY", "DAILY", "WEEKLY", "MONTHLY"]
    }
}
impl ::std::convert::From<Interval> for ::forma_core::Value<Interval> {
    fn from(v: Interval) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Interval {}

/// <p>Information about the schedule frequency.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct RefreshScheduleMapScheduleFrequency {
    props: ::forma_core::schema::Props,
}
impl RefreshScheduleMapScheduleFrequency {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Interval`.
    pub fn interval(mut self, value: impl ::forma_core::schema::EnumArg<Interval>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// <p>The day scheduled for refresh.</p>
    pub fn refresh_on_day(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RefreshScheduleMapScheduleFrequencyRefreshOnDay>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>The time of the day for scheduled refresh.</p>
    ///
    /// Allowed: length 1 to 128.
    pub fn time_of_the_day(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// <p>The timezone for scheduled refresh.</p>
    ///
    /// Allowed: length 1 to 128.
    pub fn time_zone(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RefreshScheduleMapScheduleFrequency {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RefreshScheduleMapScheduleFrequency>
    for ::forma_core::Value<RefreshScheduleMapScheduleFrequency>
{
    fn from(v: RefreshScheduleMapScheduleFrequency) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REFRESH_SCHEDULE_MAP_SCHEDULE_FREQUENCY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SUNDAY`, `MONDAY`, `TUESDAY`, `WEDNESDAY`, `THURSDAY`, `FRIDAY`, `SATURDAY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DayOfWeek {
    /// `SUNDAY`
    Sunday,
    /// `MONDAY`
    Monday,
    /// `TUESDAY`
    Tuesday,
    /// `WEDNESDAY`
    Wednesday,
    /// `THURSDAY`
    Thursday,
    /// `FRIDAY`
    Friday,
    /// `SATURDAY`
    Saturday,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DayOfWeek {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sunday => "SUNDAY",
            Self::Monday => "MONDAY",
            Self::Tuesday => "TUESDAY",
            Self::Wednesday => "WEDNESDAY",
            Self::Thursday => "THURSDAY",
            Self::Friday => "FRIDAY",
            Self::Saturday => "SATURDAY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"]
    }
}
impl ::std::convert::From<DayOfWeek> for ::forma_core::Value<DayOfWeek> {
    fn from(v: DayOfWeek) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DayOfWeek {}

/// <p>The day scheduled for refresh.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct RefreshScheduleMapScheduleFrequencyRefreshOnDay {
    props: ::forma_core::schema::Props,
}
impl RefreshScheduleMapScheduleFrequencyRefreshOnDay {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>The Day Of Month for scheduled refresh.</p>
    ///
    /// Allowed: length 1 to 128.
    pub fn day_of_month(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DayOfWeek`.
    pub fn day_of_week(mut self, value: impl ::forma_core::schema::EnumArg<DayOfWeek>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for RefreshScheduleMapScheduleFrequencyRefreshOnDay {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RefreshScheduleMapScheduleFrequencyRefreshOnDay>
    for ::forma_core::Value<RefreshScheduleMapScheduleFrequencyRefreshOnDay>
{
    fn from(v: RefreshScheduleMapScheduleFrequencyRefreshOnDay) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(REFRESH_SCHEDULE_MAP_SCHEDULE_FREQUENCY_REFRESH_ON_DAY_TYPE.properties),
        )
    }
}

/// The schema of `AWS::QuickSight::RefreshSchedule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QuickSight::RefreshSchedule",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsAccountId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "DataSetId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Schedule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REFRESH_SCHEDULE_MAP_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static REFRESH_SCHEDULE_MAP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::RefreshSchedule.RefreshScheduleMap",
    properties: &[
        ::forma_core::schema::Property {
            name: "RefreshType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FULL_REFRESH", "INCREMENTAL_REFRESH"]),
        },
        ::forma_core::schema::Property {
            name: "ScheduleFrequency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REFRESH_SCHEDULE_MAP_SCHEDULE_FREQUENCY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ScheduleId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "StartAfterDateTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static REFRESH_SCHEDULE_MAP_SCHEDULE_FREQUENCY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QuickSight::RefreshSchedule.RefreshScheduleMapScheduleFrequency",
        properties: &[
            ::forma_core::schema::Property {
                name: "Interval",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "MINUTE15", "MINUTE30", "HOURLY", "DAILY", "WEEKLY", "MONTHLY",
                ]),
            },
            ::forma_core::schema::Property {
                name: "RefreshOnDay",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &REFRESH_SCHEDULE_MAP_SCHEDULE_FREQUENCY_REFRESH_ON_DAY_TYPE,
                ),
            },
            ::forma_core::schema::Property {
                name: "TimeOfTheDay",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(128),
                }),
            },
            ::forma_core::schema::Property {
                name: "TimeZone",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(128),
                }),
            },
        ],
        rules: &[],
    };

static REFRESH_SCHEDULE_MAP_SCHEDULE_FREQUENCY_REFRESH_ON_DAY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QuickSight::RefreshSchedule.RefreshScheduleMapScheduleFrequencyRefreshOnDay",
        properties: &[
            ::forma_core::schema::Property {
                name: "DayOfMonth",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(?:LAST_DAY_OF_MONTH|1[0-9]|2[0-8]|[12]|[3-9])$"),
                    min_length: Some(1),
                    max_length: Some(128),
                }),
            },
            ::forma_core::schema::Property {
                name: "DayOfWeek",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "SUNDAY",
                    "MONDAY",
                    "TUESDAY",
                    "WEDNESDAY",
                    "THURSDAY",
                    "FRIDAY",
                    "SATURDAY",
                ]),
            },
        ],
        rules: &[],
    };
