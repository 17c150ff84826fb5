// @generated from AWS::BCM::ScheduledReport (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BCM::ScheduledReport` and its property types.

/// Creates and manages a scheduled report for an AWS Billing and Cost Management Dashboards dashboard.
///
/// CloudFormation type `AWS::BCM::ScheduledReport`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduledReport {
    props: ::forma_core::schema::Props,
}
impl ScheduledReport {
    /// A new resource with its required properties: `DashboardArn`, `Name`, `ScheduleConfig`, `ScheduledReportExecutionRoleArn`.
    #[track_caller]
    pub fn new(
        dashboard_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        schedule_config: impl ::std::convert::Into<::forma_core::Value<ScheduleConfig>>,
        scheduled_report_execution_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, dashboard_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, schedule_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, scheduled_report_execution_role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description of the scheduled report's purpose or contents.
    ///
    /// Allowed: length 1 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags applied to the scheduled report.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The date range override applied to widgets in the scheduled report.
    #[track_caller]
    pub fn widget_date_range_override(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DateTimeRange>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of widget identifiers included in the scheduled report.
    #[track_caller]
    pub fn widget_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ScheduledReport {
    type Attributes = ScheduledReportAttributes;
    fn type_name(&self) -> &str {
        "AWS::BCM::ScheduledReport"
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
/// The attributes of a `AWS::BCM::ScheduledReport` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ScheduledReportAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ScheduledReportAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ScheduledReportAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `HealthStatus`.
    pub fn health_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "HealthStatus")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScheduleState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScheduleState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<ScheduleState> for ::forma_core::Value<ScheduleState> {
    fn from(v: ScheduleState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScheduleState {}

/// Defines when and how often a scheduled report runs.
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduleConfig {
    props: ::forma_core::schema::Props,
}
impl ScheduleConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The schedule expression that specifies when to trigger the scheduled report run.
    ///
    /// Allowed: length 0 to 1024.
    pub fn schedule_expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The time zone for the schedule expression, for example, UTC.
    ///
    /// Allowed: length 0 to 1024.
    pub fn schedule_expression_time_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The time period during which the schedule is active.
    pub fn schedule_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<SchedulePeriod>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The state of the schedule.
    pub fn state(mut self, value: impl ::forma_core::schema::EnumArg<ScheduleState>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ScheduleConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ScheduleConfig> for ::forma_core::Value<ScheduleConfig> {
    fn from(v: ScheduleConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULE_CONFIG_TYPE.properties))
    }
}

/// A key-value pair applied to the scheduled report.
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

/// An absolute or relative date range.
#[derive(Debug, Clone, PartialEq)]
pub struct DateTimeRange {
    props: ::forma_core::schema::Props,
}
impl DateTimeRange {
    /// A new value with its required properties: `EndTime`, `StartTime`.
    pub fn new(
        end_time: impl ::std::convert::Into<::forma_core::Value<DateTimeValue>>,
        start_time: impl ::std::convert::Into<::forma_core::Value<DateTimeValue>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, end_time.into().into_expr());
        props.set(1, start_time.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DateTimeRange> for ::forma_core::Value<DateTimeRange> {
    fn from(v: DateTimeRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATE_TIME_RANGE_TYPE.properties))
    }
}

/// The window during which the schedule is active.
#[derive(Debug, Clone, PartialEq)]
pub struct SchedulePeriod {
    props: ::forma_core::schema::Props,
}
impl SchedulePeriod {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The time at which the schedule stops being active.
    pub fn end_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The time at which the schedule becomes active.
    pub fn start_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SchedulePeriod {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SchedulePeriod> for ::forma_core::Value<SchedulePeriod> {
    fn from(v: SchedulePeriod) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULE_PERIOD_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ABSOLUTE`, `RELATIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateTimeType {
    /// `ABSOLUTE`
    Absolute,
    /// `RELATIVE`
    Relative,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DateTimeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Absolute => "ABSOLUTE",
            Self::Relative => "RELATIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ABSOLUTE", "RELATIVE"]
    }
}
impl ::std::convert::From<DateTimeType> for ::forma_core::Value<DateTimeType> {
    fn from(v: DateTimeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DateTimeType {}

/// A date expressed either as an absolute instant or as an offset from now.
#[derive(Debug, Clone, PartialEq)]
pub struct DateTimeValue {
    props: ::forma_core::schema::Props,
}
impl DateTimeValue {
    /// A new value with its required properties: `Type`, `Value`.
    pub fn new(
        type_: impl ::forma_core::schema::EnumArg<DateTimeType>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DateTimeValue> for ::forma_core::Value<DateTimeValue> {
    fn from(v: DateTimeValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATE_TIME_VALUE_TYPE.properties))
    }
}

/// The schema of `AWS::BCM::ScheduledReport`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BCM::ScheduledReport",
    properties: &[
        ::forma_core::schema::Property {
            name: "DashboardArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:bcm-dashboards::[0-9]{12}:dashboard/(\\*|[-a-z0-9]+)$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!.* {2})[ a-zA-Z0-9.,!?;:@#$%&\\-_/\\\\]*$"),
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!.* {2})[a-zA-Z][a-zA-Z0-9 _-]{0,48}[a-zA-Z0-9_-]$"),
                min_length: Some(2),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduleConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEDULE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ScheduledReportExecutionRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:iam::[0-9]{12}:role/[a-zA-Z0-9+=,.@_/-]+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "WidgetDateRangeOverride",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATE_TIME_RANGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WidgetIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(1) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreatedAt", "UpdatedAt", "HealthStatus"],
};

static SCHEDULE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::ScheduledReport.ScheduleConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ScheduleExpression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S\\s]*$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduleExpressionTimeZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S\\s]*$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "SchedulePeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEDULE_PERIOD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::ScheduledReport.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S\\s]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S\\s]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static DATE_TIME_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::ScheduledReport.DateTimeRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndTime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATE_TIME_VALUE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StartTime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATE_TIME_VALUE_TYPE),
        },
    ],
    rules: &[],
};

static SCHEDULE_PERIOD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::ScheduledReport.SchedulePeriod",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DATE_TIME_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::ScheduledReport.DateTimeValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ABSOLUTE", "RELATIVE"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S\\s]*$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};
