// @generated from AWS::DataBrew::Ruleset (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataBrew::Ruleset` and its property types.

/// Resource schema for AWS::DataBrew::Ruleset.
///
/// CloudFormation type `AWS::DataBrew::Ruleset`.
#[derive(Debug, Clone, PartialEq)]
pub struct Ruleset {
    props: ::forma_core::schema::Props,
}
impl Ruleset {
    /// A new resource with its required properties: `Name`, `Rules`, `TargetArn`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Rule>>>,
        target_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, rules.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, target_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Description of the Ruleset
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Ruleset {
    type Attributes = RulesetAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataBrew::Ruleset"
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
/// The attributes of a `AWS::DataBrew::Ruleset` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RulesetAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RulesetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// Data quality rule for a target resource (dataset)
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    props: ::forma_core::schema::Props,
}
impl Rule {
    /// A new value with its required properties: `CheckExpression`, `Name`.
    pub fn new(
        check_expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, check_expression.into().into_expr());
        props.set(3, name.into().into_expr());
        Self { props }
    }
    /// `ColumnSelectors`.
    pub fn column_selectors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ColumnSelector>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Boolean value to disable/enable a rule
    pub fn disabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SubstitutionMap`.
    pub fn substitution_map(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SubstitutionValue>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Threshold`.
    pub fn threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<Threshold>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Rule> for ::forma_core::Value<Rule> {
    fn from(v: Rule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource
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

/// Selector of a column from a dataset for profile job configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnSelector {
    props: ::forma_core::schema::Props,
}
impl ColumnSelector {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of a column from a dataset
    ///
    /// Allowed: length 1 to 255.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A regular expression for selecting a column from a dataset
    ///
    /// Allowed: length 1 to 255.
    pub fn regex(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ColumnSelector {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ColumnSelector> for ::forma_core::Value<ColumnSelector> {
    fn from(v: ColumnSelector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COLUMN_SELECTOR_TYPE.properties))
    }
}

/// A key-value pair to associate expression's substitution variable names with their values
#[derive(Debug, Clone, PartialEq)]
pub struct SubstitutionValue {
    props: ::forma_core::schema::Props,
}
impl SubstitutionValue {
    /// A new value with its required properties: `Value`, `ValueReference`.
    pub fn new(
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value_reference: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, value.into().into_expr());
        props.set(1, value_reference.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SubstitutionValue> for ::forma_core::Value<SubstitutionValue> {
    fn from(v: SubstitutionValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUBSTITUTION_VALUE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GREATER_THAN_OR_EQUAL`, `LESS_THAN_OR_EQUAL`, `GREATER_THAN`, `LESS_THAN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ThresholdType {
    /// `GREATER_THAN_OR_EQUAL`
    GreaterThanOrEqual,
    /// `LESS_THAN_OR_EQUAL`
    LessThanOrEqual,
    /// `GREATER_THAN`
    GreaterThan,
    /// `LESS_THAN`
    LessThan,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ThresholdType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GreaterThanOrEqual => "GREATER_THAN_OR_EQUAL",
            Self::LessThanOrEqual => "LESS_THAN_OR_EQUAL",
            Self::GreaterThan => "GREATER_THAN",
            Self::LessThan => "LESS_THAN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GREATER_THAN_OR_EQUAL", "LESS_THAN_OR_EQUAL", "GREATER_THAN", "LESS_THAN"]
    }
}
impl ::std::convert::From<ThresholdType> for ::forma_core::Value<ThresholdType> {
    fn from(v: ThresholdType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ThresholdType {}

/// The values CloudFormation documents: `COUNT`, `PERCENTAGE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ThresholdUnit {
    /// `COUNT`
    Count,
    /// `PERCENTAGE`
    Percentage,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ThresholdUnit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Count => "COUNT",
            Self::Percentage => "PERCENTAGE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["COUNT", "PERCENTAGE"]
    }
}
impl ::std::convert::From<ThresholdUnit> for ::forma_core::Value<ThresholdUnit> {
    fn from(v: ThresholdUnit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ThresholdUnit {}

/// The `Threshold` property type of `AWS::DataBrew::Ruleset`.
#[derive(Debug, Clone, PartialEq)]
pub struct Threshold {
    props: ::forma_core::schema::Props,
}
impl Threshold {
    /// A new value with its required properties: `Value`.
    pub fn new(value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, value.into().into_expr());
        Self { props }
    }
    /// Threshold type for a rule
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<ThresholdType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Threshold unit for a rule
    pub fn unit(mut self, value: impl ::forma_core::schema::EnumArg<ThresholdUnit>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<Threshold> for ::forma_core::Value<Threshold> {
    fn from(v: Threshold) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(THRESHOLD_TYPE.properties))
    }
}

/// The schema of `AWS::DataBrew::Ruleset`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DataBrew::Ruleset",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Rules",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
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
            name: "TargetArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};

static RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Ruleset.Rule",
    properties: &[
        ::forma_core::schema::Property {
            name: "CheckExpression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[><0-9A-Za-z_.,:)(!= ]+$"),
                min_length: Some(4),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ColumnSelectors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COLUMN_SELECTOR_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Disabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "SubstitutionMap",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SUBSTITUTION_VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Threshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&THRESHOLD_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Ruleset.Tag",
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

static COLUMN_SELECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Ruleset.ColumnSelector",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Regex",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static SUBSTITUTION_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Ruleset.SubstitutionValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ValueReference",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^:[A-Za-z0-9_]+$"),
                min_length: Some(2),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static THRESHOLD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataBrew::Ruleset.Threshold",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "GREATER_THAN_OR_EQUAL",
                "LESS_THAN_OR_EQUAL",
                "GREATER_THAN",
                "LESS_THAN",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Unit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["COUNT", "PERCENTAGE"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
