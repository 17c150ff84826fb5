// @generated from AWS::Connect::HoursOfOperation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::HoursOfOperation` and its property types.

/// Resource Type definition for AWS::Connect::HoursOfOperation
///
/// CloudFormation type `AWS::Connect::HoursOfOperation`.
#[derive(Debug, Clone, PartialEq)]
pub struct HoursOfOperation {
    props: ::forma_core::schema::Props,
}
impl HoursOfOperation {
    /// A new resource with its required properties: `Config`, `InstanceArn`, `Name`, `TimeZone`.
    #[track_caller]
    pub fn new(
        config: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HoursOfOperationConfig>>>,
        instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        time_zone: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, time_zone.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// List of child hours of operations.
    #[track_caller]
    pub fn child_hours_of_operations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HoursOfOperationsIdentifier>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the hours of operation.
    ///
    /// Allowed: length 1 to 250.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// One or more hours of operation overrides assigned to an hour of operation.
    #[track_caller]
    pub fn hours_of_operation_overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HoursOfOperationOverride>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of parent hours of operations.
    #[track_caller]
    pub fn parent_hours_of_operations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HoursOfOperationsIdentifier>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// One or more tags.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for HoursOfOperation {
    type Attributes = HoursOfOperationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::HoursOfOperation"
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
/// The attributes of a `AWS::Connect::HoursOfOperation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct HoursOfOperationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for HoursOfOperationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl HoursOfOperationAttributes {
    /// `Fn::GetAtt` `HoursOfOperationArn`.
    pub fn hours_of_operation_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "HoursOfOperationArn")
    }
}

/// Identifier for hours of operation.
#[derive(Debug, Clone, PartialEq)]
pub struct HoursOfOperationsIdentifier {
    props: ::forma_core::schema::Props,
}
impl HoursOfOperationsIdentifier {
    /// A new value with its required properties: `Id`.
    pub fn new(id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id.into().into_expr());
        Self { props }
    }
    /// The name of the hours of operation.
    ///
    /// Allowed: length 1 to 127.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HoursOfOperationsIdentifier> for ::forma_core::Value<HoursOfOperationsIdentifier> {
    fn from(v: HoursOfOperationsIdentifier) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOURS_OF_OPERATIONS_IDENTIFIER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SUNDAY`, `MONDAY`, `TUESDAY`, `WEDNESDAY`, `THURSDAY`, `FRIDAY`, `SATURDAY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Day {
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
impl Day {
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
impl ::std::convert::From<Day> for ::forma_core::Value<Day> {
    fn from(v: Day) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Day {}

/// Contains information about the hours of operation.
#[derive(Debug, Clone, PartialEq)]
pub struct HoursOfOperationConfig {
    props: ::forma_core::schema::Props,
}
impl HoursOfOperationConfig {
    /// A new value with its required properties: `Day`, `EndTime`, `StartTime`.
    pub fn new(
        day: impl ::forma_core::schema::EnumArg<Day>,
        end_time: impl ::std::convert::Into<::forma_core::Value<HoursOfOperationTimeSlice>>,
        start_time: impl ::std::convert::Into<::forma_core::Value<HoursOfOperationTimeSlice>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, day.into_enum_expr());
        props.set(1, end_time.into().into_expr());
        props.set(2, start_time.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<HoursOfOperationConfig> for ::forma_core::Value<HoursOfOperationConfig> {
    fn from(v: HoursOfOperationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOURS_OF_OPERATION_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `STANDARD`, `OPEN`, `CLOSED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OverrideType {
    /// `STANDARD`
    Standard,
    /// `OPEN`
    Open,
    /// `CLOSED`
    Closed,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OverrideType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::Open => "OPEN",
            Self::Closed => "CLOSED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STANDARD", "OPEN", "CLOSED"]
    }
}
impl ::std::convert::From<OverrideType> for ::forma_core::Value<OverrideType> {
    fn from(v: OverrideType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OverrideType {}

/// Overrides attached to the hours of operation.
#[derive(Debug, Clone, PartialEq)]
pub struct HoursOfOperationOverride {
    props: ::forma_core::schema::Props,
}
impl HoursOfOperationOverride {
    /// A new value with its required properties: `EffectiveFrom`, `EffectiveTill`, `OverrideConfig`, `OverrideName`.
    pub fn new(
        effective_from: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        effective_till: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        override_config: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HoursOfOperationOverrideConfig>>>,
        override_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, effective_from.into().into_expr());
        props.set(1, effective_till.into().into_expr());
        props.set(3, override_config.into().into_expr());
        props.set(5, override_name.into().into_expr());
        Self { props }
    }
    /// The Resource Identifier for the hours of operation override.
    pub fn hours_of_operation_override_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The description of the hours of operation override.
    ///
    /// Allowed: length 1 to 250.
    pub fn override_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The type of hours of operation override.
    pub fn override_type(mut self, value: impl ::forma_core::schema::EnumArg<OverrideType>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// Configuration for recurring hours of operation overrides.
    pub fn recurrence_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RecurrenceConfig>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HoursOfOperationOverride> for ::forma_core::Value<HoursOfOperationOverride> {
    fn from(v: HoursOfOperationOverride) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOURS_OF_OPERATION_OVERRIDE_TYPE.properties))
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

/// The start time or end time for an hours of operation.
#[derive(Debug, Clone, PartialEq)]
pub struct HoursOfOperationTimeSlice {
    props: ::forma_core::schema::Props,
}
impl HoursOfOperationTimeSlice {
    /// A new value with its required properties: `Hours`, `Minutes`.
    pub fn new(
        hours: impl ::std::convert::Into<::forma_core::Value<i64>>,
        minutes: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, hours.into().into_expr());
        props.set(1, minutes.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<HoursOfOperationTimeSlice> for ::forma_core::Value<HoursOfOperationTimeSlice> {
    fn from(v: HoursOfOperationTimeSlice) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOURS_OF_OPERATION_TIME_SLICE_TYPE.properties))
    }
}

/// Contains information about the hours of operation override.
#[derive(Debug, Clone, PartialEq)]
pub struct HoursOfOperationOverrideConfig {
    props: ::forma_core::schema::Props,
}
impl HoursOfOperationOverrideConfig {
    /// A new value with its required properties: `Day`, `EndTime`, `StartTime`.
    pub fn new(
        day: impl ::forma_core::schema::EnumArg<Day>,
        end_time: impl ::std::convert::Into<::forma_core::Value<OverrideTimeSlice>>,
        start_time: impl ::std::convert::Into<::forma_core::Value<OverrideTimeSlice>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, day.into_enum_expr());
        props.set(1, end_time.into().into_expr());
        props.set(2, start_time.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<HoursOfOperationOverrideConfig> for ::forma_core::Value<HoursOfOperationOverrideConfig> {
    fn from(v: HoursOfOperationOverrideConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOURS_OF_OPERATION_OVERRIDE_CONFIG_TYPE.properties))
    }
}

/// Configuration for recurring hours of operation overrides.
#[derive(Debug, Clone, PartialEq)]
pub struct RecurrenceConfig {
    props: ::forma_core::schema::Props,
}
impl RecurrenceConfig {
    /// A new value with its required properties: `RecurrencePattern`.
    pub fn new(recurrence_pattern: impl ::std::convert::Into<::forma_core::Value<RecurrencePattern>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, recurrence_pattern.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RecurrenceConfig> for ::forma_core::Value<RecurrenceConfig> {
    fn from(v: RecurrenceConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECURRENCE_CONFIG_TYPE.properties))
    }
}

/// The start time or end time for an an hours of operation override.
#[derive(Debug, Clone, PartialEq)]
pub struct OverrideTimeSlice {
    props: ::forma_core::schema::Props,
}
impl OverrideTimeSlice {
    /// A new value with its required properties: `Hours`, `Minutes`.
    pub fn new(
        hours: impl ::std::convert::Into<::forma_core::Value<i64>>,
        minutes: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, hours.into().into_expr());
        props.set(1, minutes.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OverrideTimeSlice> for ::forma_core::Value<OverrideTimeSlice> {
    fn from(v: OverrideTimeSlice) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OVERRIDE_TIME_SLICE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `WEEKLY`, `MONTHLY`, `YEARLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecurrenceFrequency {
    /// `WEEKLY`
    Weekly,
    /// `MONTHLY`
    Monthly,
    /// `YEARLY`
    Yearly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RecurrenceFrequency {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Weekly => "WEEKLY",
            Self::Monthly => "MONTHLY",
            Self::Yearly => "YEARLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["WEEKLY", "MONTHLY", "YEARLY"]
    }
}
impl ::std::convert::From<RecurrenceFrequency> for ::forma_core::Value<RecurrenceFrequency> {
    fn from(v: RecurrenceFrequency) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RecurrenceFrequency {}

/// Pattern for recurring hours of operation overrides.
#[derive(Debug, Clone, PartialEq)]
pub struct RecurrencePattern {
    props: ::forma_core::schema::Props,
}
impl RecurrencePattern {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// List of months (1-12) for recurrence pattern.
    pub fn by_month(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// List of month days (-1 to 31) for recurrence pattern.
    pub fn by_month_day(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ByWeekdayOccurrence`.
    pub fn by_weekday_occurrence(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The frequency of recurrence for hours of operation overrides.
    pub fn frequency(mut self, value: impl ::forma_core::schema::EnumArg<RecurrenceFrequency>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `Interval`.
    ///
    /// Allowed: 1 to 6.
    pub fn interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RecurrencePattern {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RecurrencePattern> for ::forma_core::Value<RecurrencePattern> {
    fn from(v: RecurrencePattern) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECURRENCE_PATTERN_TYPE.properties))
    }
}

/// The schema of `AWS::Connect::HoursOfOperation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::HoursOfOperation",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChildHoursOfOperations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HOURS_OF_OPERATIONS_IDENTIFIER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Config",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HOURS_OF_OPERATION_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\P{C}\\r\\n\\t]{1,250}$"),
                min_length: Some(1),
                max_length: Some(250),
            }),
        },
        ::forma_core::schema::Property {
            name: "HoursOfOperationOverrides",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HOURS_OF_OPERATION_OVERRIDE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "InstanceArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\P{C}\\r\\n\\t]{1,127}$"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "ParentHoursOfOperations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HOURS_OF_OPERATIONS_IDENTIFIER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
            name: "TimeZone",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["HoursOfOperationArn"],
};

static HOURS_OF_OPERATIONS_IDENTIFIER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::HoursOfOperation.HoursOfOperationsIdentifier",
    properties: &[
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
    ],
    rules: &[],
};

static HOURS_OF_OPERATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::HoursOfOperation.HoursOfOperationConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Day",
            required: true,
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
        ::forma_core::schema::Property {
            name: "EndTime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HOURS_OF_OPERATION_TIME_SLICE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StartTime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HOURS_OF_OPERATION_TIME_SLICE_TYPE),
        },
    ],
    rules: &[],
};

static HOURS_OF_OPERATION_OVERRIDE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::HoursOfOperation.HoursOfOperationOverride",
    properties: &[
        ::forma_core::schema::Property {
            name: "EffectiveFrom",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\d{4}-\\d{2}-\\d{2}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EffectiveTill",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\d{4}-\\d{2}-\\d{2}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "HoursOfOperationOverrideId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[-a-zA-Z0-9]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "OverrideConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HOURS_OF_OPERATION_OVERRIDE_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "OverrideDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(250),
            }),
        },
        ::forma_core::schema::Property {
            name: "OverrideName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "OverrideType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STANDARD", "OPEN", "CLOSED"]),
        },
        ::forma_core::schema::Property {
            name: "RecurrenceConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RECURRENCE_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::HoursOfOperation.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z+-=._:/]+$"),
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
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static HOURS_OF_OPERATION_TIME_SLICE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::HoursOfOperation.HoursOfOperationTimeSlice",
    properties: &[
        ::forma_core::schema::Property {
            name: "Hours",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(23.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Minutes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(59.0),
            }),
        },
    ],
    rules: &[],
};

static HOURS_OF_OPERATION_OVERRIDE_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::HoursOfOperation.HoursOfOperationOverrideConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "Day",
                required: true,
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
            ::forma_core::schema::Property {
                name: "EndTime",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&OVERRIDE_TIME_SLICE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "StartTime",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&OVERRIDE_TIME_SLICE_TYPE),
            },
        ],
        rules: &[],
    };

static RECURRENCE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::HoursOfOperation.RecurrenceConfig",
    properties: &[::forma_core::schema::Property {
        name: "RecurrencePattern",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&RECURRENCE_PATTERN_TYPE),
    }],
    rules: &[],
};

static OVERRIDE_TIME_SLICE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::HoursOfOperation.OverrideTimeSlice",
    properties: &[
        ::forma_core::schema::Property {
            name: "Hours",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(23.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Minutes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(59.0),
            }),
        },
    ],
    rules: &[],
};

static RECURRENCE_PATTERN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::HoursOfOperation.RecurrencePattern",
    properties: &[
        ::forma_core::schema::Property {
            name: "ByMonth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(12.0),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ByMonthDay",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(-1.0),
                    maximum: Some(31.0),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ByWeekdayOccurrence",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(-1.0),
                    maximum: Some(4.0),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Frequency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["WEEKLY", "MONTHLY", "YEARLY"]),
        },
        ::forma_core::schema::Property {
            name: "Interval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(6.0),
            }),
        },
    ],
    rules: &[],
};
