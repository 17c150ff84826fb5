// @generated from AWS::IoT::ScheduledAudit (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoT::ScheduledAudit` and its property types.

/// Scheduled audits can be used to specify the checks you want to perform during an audit and how often the audit should be run.
///
/// CloudFormation type `AWS::IoT::ScheduledAudit`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduledAudit {
    props: ::forma_core::schema::Props,
}
impl ScheduledAudit {
    /// A new resource with its required properties: `Frequency`, `TargetCheckNames`.
    #[track_caller]
    pub fn new(
        frequency: impl ::forma_core::schema::EnumArg<Frequency>,
        target_check_names: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, frequency.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(5, target_check_names.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The day of the month on which the scheduled audit takes place.
    #[track_caller]
    pub fn day_of_month(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The day of the week on which the scheduled audit takes place.
    #[track_caller]
    pub fn day_of_week(mut self, value: impl ::forma_core::schema::EnumArg<DayOfWeek>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name you want to give to the scheduled audit.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn scheduled_audit_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ScheduledAudit {
    type Attributes = ScheduledAuditAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoT::ScheduledAudit"
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
/// The attributes of a `AWS::IoT::ScheduledAudit` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ScheduledAuditAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ScheduledAuditAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ScheduledAuditAttributes {
    /// `Fn::GetAtt` `ScheduledAuditArn`.
    pub fn scheduled_audit_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ScheduledAuditArn")
    }
}

/// The values CloudFormation documents: `SUN`, `MON`, `TUE`, `WED`, `THU`, `FRI`, `SAT`, `UNSET_VALUE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DayOfWeek {
    /// `SUN`
    Sun,
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
    /// `UNSET_VALUE`
    UnsetValue,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DayOfWeek {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sun => "SUN",
            Self::Mon => "MON",
            Self::Tue => "TUE",
            Self::Wed => "WED",
            Self::Thu => "THU",
            Self::Fri => "FRI",
            Self::Sat => "SAT",
            Self::UnsetValue => "UNSET_VALUE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT", "UNSET_VALUE"]
    }
}
impl ::std::convert::From<DayOfWeek> for ::forma_core::Value<DayOfWeek> {
    fn from(v: DayOfWeek) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DayOfWeek {}

/// The values CloudFormation documents: `DAILY`, `WEEKLY`, `BIWEEKLY`, `MONTHLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Frequency {
    /// `DAILY`
    Daily,
    /// `WEEKLY`
    Weekly,
    /// `BIWEEKLY`
    Biweekly,
    /// `MONTHLY`
    Monthly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Frequency {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Daily => "DAILY",
            Self::Weekly => "WEEKLY",
            Self::Biweekly => "BIWEEKLY",
            Self::Monthly => "MONTHLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DAILY", "WEEKLY", "BIWEEKLY", "MONTHLY"]
    }
}
impl ::std::convert::From<Frequency> for ::forma_core::Value<Frequency> {
    fn from(v: Frequency) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Frequency {}

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

/// The schema of `AWS::IoT::ScheduledAudit`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoT::ScheduledAudit",
    properties: &[
        ::forma_core::schema::Property {
            name: "DayOfMonth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([1-9]|[12][0-9]|3[01])$|^LAST$|^UNSET_VALUE$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DayOfWeek",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT", "UNSET_VALUE"]),
        },
        ::forma_core::schema::Property {
            name: "Frequency",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DAILY", "WEEKLY", "BIWEEKLY", "MONTHLY"]),
        },
        ::forma_core::schema::Property {
            name: "ScheduledAuditName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9:_-]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
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
            name: "TargetCheckNames",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["ScheduledAuditArn"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::ScheduledAudit.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
