// @generated from AWS::ARCZonalShift::ZonalAutoshiftConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ARCZonalShift::ZonalAutoshiftConfiguration` and its property types.

/// Definition of AWS::ARCZonalShift::ZonalAutoshiftConfiguration Resource Type
///
/// CloudFormation type `AWS::ARCZonalShift::ZonalAutoshiftConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ZonalAutoshiftConfiguration {
    props: ::forma_core::schema::Props,
}
impl ZonalAutoshiftConfiguration {
    /// A new resource with its required properties: `ResourceIdentifier`.
    ///
    /// CloudFormation also needs at least one of `ZonalAutoshiftStatus` or `PracticeRunConfiguration`.
    #[track_caller]
    pub fn new(resource_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, resource_identifier.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `PracticeRunConfiguration`.
    #[track_caller]
    pub fn practice_run_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PracticeRunConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ZonalAutoshiftStatus`.
    #[track_caller]
    pub fn zonal_autoshift_status(mut self, value: impl ::forma_core::schema::EnumArg<ZonalAutoshiftStatus>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ZonalAutoshiftConfiguration {
    type Attributes = ZonalAutoshiftConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::ARCZonalShift::ZonalAutoshiftConfiguration"
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
/// The attributes of a `AWS::ARCZonalShift::ZonalAutoshiftConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ZonalAutoshiftConfigurationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ZonalAutoshiftConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ZonalAutoshiftStatus {
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ZonalAutoshiftStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED"]
    }
}
impl ::std::convert::From<ZonalAutoshiftStatus> for ::forma_core::Value<ZonalAutoshiftStatus> {
    fn from(v: ZonalAutoshiftStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ZonalAutoshiftStatus {}

/// The `PracticeRunConfiguration` property type of `AWS::ARCZonalShift::ZonalAutoshiftConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct PracticeRunConfiguration {
    props: ::forma_core::schema::Props,
}
impl PracticeRunConfiguration {
    /// A new value with its required properties: `OutcomeAlarms`.
    pub fn new(
        outcome_alarms: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ControlCondition>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, outcome_alarms.into().into_expr());
        Self { props }
    }
    /// `BlockedDates`.
    pub fn blocked_dates(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BlockedWindows`.
    pub fn blocked_windows(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `BlockingAlarms`.
    pub fn blocking_alarms(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ControlCondition>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PracticeRunConfiguration> for ::forma_core::Value<PracticeRunConfiguration> {
    fn from(v: PracticeRunConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRACTICE_RUN_CONFIGURATION_TYPE.properties))
    }
}

/// The `ControlCondition` property type of `AWS::ARCZonalShift::ZonalAutoshiftConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ControlCondition {
    props: ::forma_core::schema::Props,
}
impl ControlCondition {
    /// A new value with its required properties: `AlarmIdentifier`, `Type`.
    pub fn new(
        alarm_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alarm_identifier.into().into_expr());
        props.set(1, type_.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ControlCondition> for ::forma_core::Value<ControlCondition> {
    fn from(v: ControlCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTROL_CONDITION_TYPE.properties))
    }
}

/// The schema of `AWS::ARCZonalShift::ZonalAutoshiftConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ARCZonalShift::ZonalAutoshiftConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "PracticeRunConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PRACTICE_RUN_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResourceIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(8),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ZonalAutoshiftStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED"]),
        },
    ],
    rules: &[::forma_core::schema::Combination::AnyOf(&[&["ZonalAutoshiftStatus"], &["PracticeRunConfiguration"]])],
    attributes: &[],
};

static PRACTICE_RUN_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::ARCZonalShift::ZonalAutoshiftConfiguration.PracticeRunConfiguration",
properties: &[
::forma_core::schema::Property { name: "BlockedDates", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"), min_length: Some(10), max_length: Some(10) }), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(15) }) },
::forma_core::schema::Property { name: "BlockedWindows", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun):[0-9]{2}:[0-9]{2}-(Mon|Tue|Wed|Thu|Fri|Sat|Sun):[0-9]{2}:[0-9]{2}$"), min_length: Some(19), max_length: Some(19) }), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(15) }) },
::forma_core::schema::Property { name: "BlockingAlarms", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&CONTROL_CONDITION_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) }) },
::forma_core::schema::Property { name: "OutcomeAlarms", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&CONTROL_CONDITION_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) }) },
],
rules: &[],
};

static CONTROL_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ARCZonalShift::ZonalAutoshiftConfiguration.ControlCondition",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlarmIdentifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: Some(8),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z]*$"),
                min_length: Some(8),
                max_length: Some(10),
            }),
        },
    ],
    rules: &[],
};
