// @generated from AWS::WAFv2::LoggingConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WAFv2::LoggingConfiguration` and its property types.

/// A WAFv2 Logging Configuration Resource Provider
///
/// CloudFormation type `AWS::WAFv2::LoggingConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingConfiguration {
    props: ::forma_core::schema::Props,
}
impl LoggingConfiguration {
    /// A new resource with its required properties: `LogDestinationConfigs`, `ResourceArn`.
    #[track_caller]
    pub fn new(
        log_destination_configs: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, log_destination_configs.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, resource_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Filtering that specifies which web requests are kept in the logs and which are dropped.
    #[track_caller]
    pub fn logging_filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<LoggingFilter>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The parts of the request that you want to keep out of the logs.
    #[track_caller]
    pub fn redacted_fields(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FieldToMatch>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LoggingConfiguration {
    type Attributes = LoggingConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::WAFv2::LoggingConfiguration"
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
/// The attributes of a `AWS::WAFv2::LoggingConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LoggingConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LoggingConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LoggingConfigurationAttributes {
    /// `Fn::GetAtt` `ManagedByFirewallManager`.
    pub fn managed_by_firewall_manager(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "ManagedByFirewallManager")
    }
}

/// The values CloudFormation documents: `KEEP`, `DROP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DefaultBehavior {
    /// `KEEP`
    Keep,
    /// `DROP`
    Drop,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DefaultBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Keep => "KEEP",
            Self::Drop => "DROP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["KEEP", "DROP"]
    }
}
impl ::std::convert::From<DefaultBehavior> for ::forma_core::Value<DefaultBehavior> {
    fn from(v: DefaultBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DefaultBehavior {}

/// Filtering that specifies which web requests are kept in the logs and which are dropped.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingFilter {
    props: ::forma_core::schema::Props,
}
impl LoggingFilter {
    /// A new value with its required properties: `DefaultBehavior`, `Filters`.
    pub fn new(
        default_behavior: impl ::forma_core::schema::EnumArg<DefaultBehavior>,
        filters: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Filter>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, default_behavior.into_enum_expr());
        props.set(1, filters.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LoggingFilter> for ::forma_core::Value<LoggingFilter> {
    fn from(v: LoggingFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_FILTER_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldToMatch {
    props: ::forma_core::schema::Props,
}
impl FieldToMatch {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Method`.
    pub fn method(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `QueryString`.
    pub fn query_string(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Inspect a single header.
    pub fn single_header(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FieldToMatchSingleHeader>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `UriPath`.
    pub fn uri_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FieldToMatch {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FieldToMatch> for ::forma_core::Value<FieldToMatch> {
    fn from(v: FieldToMatch) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIELD_TO_MATCH_TYPE.properties))
    }
}

/// The values CloudFormation documents: `KEEP`, `DROP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Behavior {
    /// `KEEP`
    Keep,
    /// `DROP`
    Drop,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Behavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Keep => "KEEP",
            Self::Drop => "DROP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["KEEP", "DROP"]
    }
}
impl ::std::convert::From<Behavior> for ::forma_core::Value<Behavior> {
    fn from(v: Behavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Behavior {}

/// The values CloudFormation documents: `MEETS_ALL`, `MEETS_ANY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Requirement {
    /// `MEETS_ALL`
    MeetsAll,
    /// `MEETS_ANY`
    MeetsAny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Requirement {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MeetsAll => "MEETS_ALL",
            Self::MeetsAny => "MEETS_ANY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MEETS_ALL", "MEETS_ANY"]
    }
}
impl ::std::convert::From<Requirement> for ::forma_core::Value<Requirement> {
    fn from(v: Requirement) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Requirement {}

/// The `Filter` property type of `AWS::WAFv2::LoggingConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    props: ::forma_core::schema::Props,
}
impl Filter {
    /// A new value with its required properties: `Behavior`, `Conditions`, `Requirement`.
    pub fn new(
        behavior: impl ::forma_core::schema::EnumArg<Behavior>,
        conditions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Condition>>>,
        requirement: impl ::forma_core::schema::EnumArg<Requirement>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, behavior.into_enum_expr());
        props.set(1, conditions.into().into_expr());
        props.set(2, requirement.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<Filter> for ::forma_core::Value<Filter> {
    fn from(v: Filter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_TYPE.properties))
    }
}

/// Inspect a single header.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldToMatchSingleHeader {
    props: ::forma_core::schema::Props,
}
impl FieldToMatchSingleHeader {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FieldToMatchSingleHeader> for ::forma_core::Value<FieldToMatchSingleHeader> {
    fn from(v: FieldToMatchSingleHeader) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIELD_TO_MATCH_SINGLE_HEADER_TYPE.properties))
    }
}

/// The `Condition` property type of `AWS::WAFv2::LoggingConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    props: ::forma_core::schema::Props,
}
impl Condition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A single action condition.
    pub fn action_condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConditionActionCondition>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A single label name condition.
    pub fn label_name_condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConditionLabelNameCondition>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
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

/// The values CloudFormation documents: `ALLOW`, `BLOCK`, `COUNT`, `CAPTCHA`, `CHALLENGE`, `MONETIZE`, `EXCLUDED_AS_COUNT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Action {
    /// `ALLOW`
    Allow,
    /// `BLOCK`
    Block,
    /// `COUNT`
    Count,
    /// `CAPTCHA`
    Captcha,
    /// `CHALLENGE`
    Challenge,
    /// `MONETIZE`
    Monetize,
    /// `EXCLUDED_AS_COUNT`
    ExcludedAsCount,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Action {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Block => "BLOCK",
            Self::Count => "COUNT",
            Self::Captcha => "CAPTCHA",
            Self::Challenge => "CHALLENGE",
            Self::Monetize => "MONETIZE",
            Self::ExcludedAsCount => "EXCLUDED_AS_COUNT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW", "BLOCK", "COUNT", "CAPTCHA", "CHALLENGE", "MONETIZE", "EXCLUDED_AS_COUNT"]
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Action {}

/// A single action condition.
#[derive(Debug, Clone, PartialEq)]
pub struct ConditionActionCondition {
    props: ::forma_core::schema::Props,
}
impl ConditionActionCondition {
    /// A new value with its required properties: `Action`.
    pub fn new(action: impl ::forma_core::schema::EnumArg<Action>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConditionActionCondition> for ::forma_core::Value<ConditionActionCondition> {
    fn from(v: ConditionActionCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONDITION_ACTION_CONDITION_TYPE.properties))
    }
}

/// A single label name condition.
#[derive(Debug, Clone, PartialEq)]
pub struct ConditionLabelNameCondition {
    props: ::forma_core::schema::Props,
}
impl ConditionLabelNameCondition {
    /// A new value with its required properties: `LabelName`.
    pub fn new(label_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, label_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConditionLabelNameCondition> for ::forma_core::Value<ConditionLabelNameCondition> {
    fn from(v: ConditionLabelNameCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONDITION_LABEL_NAME_CONDITION_TYPE.properties))
    }
}

/// The schema of `AWS::WAFv2::LoggingConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WAFv2::LoggingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "LogDestinationConfigs",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LoggingFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGGING_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RedactedFields",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FIELD_TO_MATCH_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["ManagedByFirewallManager"],
};

static LOGGING_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::LoggingConfiguration.LoggingFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultBehavior",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["KEEP", "DROP"]),
        },
        ::forma_core::schema::Property {
            name: "Filters",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static FIELD_TO_MATCH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::LoggingConfiguration.FieldToMatch",
    properties: &[
        ::forma_core::schema::Property {
            name: "Method",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "QueryString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "SingleHeader",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIELD_TO_MATCH_SINGLE_HEADER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UriPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::LoggingConfiguration.Filter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Behavior",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["KEEP", "DROP"]),
        },
        ::forma_core::schema::Property {
            name: "Conditions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONDITION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Requirement",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MEETS_ALL", "MEETS_ANY"]),
        },
    ],
    rules: &[],
};

static FIELD_TO_MATCH_SINGLE_HEADER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::LoggingConfiguration.FieldToMatchSingleHeader",
    properties: &[::forma_core::schema::Property {
        name: "Name",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::LoggingConfiguration.Condition",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActionCondition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONDITION_ACTION_CONDITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LabelNameCondition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONDITION_LABEL_NAME_CONDITION_TYPE),
        },
    ],
    rules: &[],
};

static CONDITION_ACTION_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::LoggingConfiguration.ConditionActionCondition",
    properties: &[::forma_core::schema::Property {
        name: "Action",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&[
            "ALLOW",
            "BLOCK",
            "COUNT",
            "CAPTCHA",
            "CHALLENGE",
            "MONETIZE",
            "EXCLUDED_AS_COUNT",
        ]),
    }],
    rules: &[],
};

static CONDITION_LABEL_NAME_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFv2::LoggingConfiguration.ConditionLabelNameCondition",
    properties: &[::forma_core::schema::Property {
        name: "LabelName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
