// @generated from AWS::CleanRooms::PrivacyBudgetTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CleanRooms::PrivacyBudgetTemplate` and its property types.

/// Represents a privacy budget within a collaboration
///
/// CloudFormation type `AWS::CleanRooms::PrivacyBudgetTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct PrivacyBudgetTemplate {
    props: ::forma_core::schema::Props,
}
impl PrivacyBudgetTemplate {
    /// A new resource with its required properties: `AutoRefresh`, `MembershipIdentifier`, `Parameters`, `PrivacyBudgetType`.
    #[track_caller]
    pub fn new(
        auto_refresh: impl ::forma_core::schema::EnumArg<AutoRefresh>,
        membership_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        parameters: impl ::std::convert::Into<::forma_core::Value<Parameters>>,
        privacy_budget_type: impl ::forma_core::schema::EnumArg<PrivacyBudgetType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, auto_refresh.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(1, membership_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, parameters.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, privacy_budget_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An arbitrary set of tags (key-value pairs) for this cleanrooms privacy budget template.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PrivacyBudgetTemplate {
    type Attributes = PrivacyBudgetTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::CleanRooms::PrivacyBudgetTemplate"
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
/// The attributes of a `AWS::CleanRooms::PrivacyBudgetTemplate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PrivacyBudgetTemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PrivacyBudgetTemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PrivacyBudgetTemplateAttributes {
    /// `Fn::GetAtt` `CollaborationArn`.
    pub fn collaboration_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CollaborationArn")
    }
    /// `Fn::GetAtt` `CollaborationIdentifier`.
    pub fn collaboration_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CollaborationIdentifier")
    }
    /// `Fn::GetAtt` `PrivacyBudgetTemplateIdentifier`.
    pub fn privacy_budget_template_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PrivacyBudgetTemplateIdentifier")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `MembershipArn`.
    pub fn membership_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MembershipArn")
    }
}

/// The values CloudFormation documents: `CALENDAR_MONTH`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutoRefresh {
    /// `CALENDAR_MONTH`
    CalendarMonth,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AutoRefresh {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CalendarMonth => "CALENDAR_MONTH",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CALENDAR_MONTH", "NONE"]
    }
}
impl ::std::convert::From<AutoRefresh> for ::forma_core::Value<AutoRefresh> {
    fn from(v: AutoRefresh) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AutoRefresh {}

/// The values CloudFormation documents: `DIFFERENTIAL_PRIVACY`, `ACCESS_BUDGET`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PrivacyBudgetType {
    /// `DIFFERENTIAL_PRIVACY`
    DifferentialPrivacy,
    /// `ACCESS_BUDGET`
    AccessBudget,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PrivacyBudgetType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DifferentialPrivacy => "DIFFERENTIAL_PRIVACY",
            Self::AccessBudget => "ACCESS_BUDGET",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DIFFERENTIAL_PRIVACY", "ACCESS_BUDGET"]
    }
}
impl ::std::convert::From<PrivacyBudgetType> for ::forma_core::Value<PrivacyBudgetType> {
    fn from(v: PrivacyBudgetType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PrivacyBudgetType {}

/// The `Parameters` property type of `AWS::CleanRooms::PrivacyBudgetTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameters {
    props: ::forma_core::schema::Props,
}
impl Parameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BudgetParameters`.
    pub fn budget_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BudgetParameter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Epsilon`.
    ///
    /// Allowed: 1 to 20.
    pub fn epsilon(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ResourceArn`.
    ///
    /// Allowed: length 0 to 200.
    pub fn resource_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `UsersNoisePerQuery`.
    ///
    /// Allowed: 10 to 100.
    pub fn users_noise_per_query(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Parameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Parameters> for ::forma_core::Value<Parameters> {
    fn from(v: Parameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARAMETERS_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::CleanRooms::PrivacyBudgetTemplate`.
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

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BudgetParameterAutoRefresh {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BudgetParameterAutoRefresh {
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
impl ::std::convert::From<BudgetParameterAutoRefresh> for ::forma_core::Value<BudgetParameterAutoRefresh> {
    fn from(v: BudgetParameterAutoRefresh) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BudgetParameterAutoRefresh {}

/// The values CloudFormation documents: `CALENDAR_DAY`, `CALENDAR_MONTH`, `CALENDAR_WEEK`, `LIFETIME`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `CALENDAR_DAY`
    CalendarDay,
    /// `CALENDAR_MONTH`
    CalendarMonth,
    /// `CALENDAR_WEEK`
    CalendarWeek,
    /// `LIFETIME`
    Lifetime,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CalendarDay => "CALENDAR_DAY",
            Self::CalendarMonth => "CALENDAR_MONTH",
            Self::CalendarWeek => "CALENDAR_WEEK",
            Self::Lifetime => "LIFETIME",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CALENDAR_DAY", "CALENDAR_MONTH", "CALENDAR_WEEK", "LIFETIME"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `BudgetParameter` property type of `AWS::CleanRooms::PrivacyBudgetTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetParameter {
    props: ::forma_core::schema::Props,
}
impl BudgetParameter {
    /// A new value with its required properties: `Budget`, `Type`.
    pub fn new(
        budget: impl ::std::convert::Into<::forma_core::Value<i64>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, budget.into().into_expr());
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
    /// `AutoRefresh`.
    pub fn auto_refresh(mut self, value: impl ::forma_core::schema::EnumArg<BudgetParameterAutoRefresh>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<BudgetParameter> for ::forma_core::Value<BudgetParameter> {
    fn from(v: BudgetParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BUDGET_PARAMETER_TYPE.properties))
    }
}

/// The schema of `AWS::CleanRooms::PrivacyBudgetTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CleanRooms::PrivacyBudgetTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoRefresh",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["CALENDAR_MONTH", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "MembershipIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PrivacyBudgetType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["DIFFERENTIAL_PRIVACY", "ACCESS_BUDGET"]),
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
    ],
    rules: &[],
    attributes: &[
        "CollaborationArn",
        "CollaborationIdentifier",
        "PrivacyBudgetTemplateIdentifier",
        "Arn",
        "MembershipArn",
    ],
};

static PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::PrivacyBudgetTemplate.Parameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "BudgetParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BUDGET_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Epsilon",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(20.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "UsersNoisePerQuery",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(10.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::PrivacyBudgetTemplate.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static BUDGET_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::PrivacyBudgetTemplate.BudgetParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoRefresh",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Budget",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CALENDAR_DAY", "CALENDAR_MONTH", "CALENDAR_WEEK", "LIFETIME"]),
        },
    ],
    rules: &[],
};
