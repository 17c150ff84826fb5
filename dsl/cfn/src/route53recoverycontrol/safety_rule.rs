// @generated from AWS::Route53RecoveryControl::SafetyRule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Route53RecoveryControl::SafetyRule` and its property types.

/// Resource schema for AWS Route53 Recovery Control basic constructs and validation rules.
///
/// CloudFormation type `AWS::Route53RecoveryControl::SafetyRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct SafetyRule {
    props: ::forma_core::schema::Props,
}
impl SafetyRule {
    /// A new resource with its required properties: `ControlPanelArn`, `Name`, `RuleConfig`.
    ///
    /// CloudFormation also needs exactly one of `AssertionRule` or `GatingRule`.
    #[track_caller]
    pub fn new(
        control_panel_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rule_config: impl ::std::convert::Into<::forma_core::Value<RuleConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, control_panel_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, rule_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An assertion rule enforces that, when a routing control state is changed, that the criteria set by the rule configuration is met.
    #[track_caller]
    pub fn assertion_rule(mut self, value: impl ::std::convert::Into<::forma_core::Value<AssertionRule>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A gating rule verifies that a set of gating controls evaluates as true, based on a rule configuration that you specify.
    #[track_caller]
    pub fn gating_rule(mut self, value: impl ::std::convert::Into<::forma_core::Value<GatingRule>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A collection of tags associated with a resource
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SafetyRule {
    type Attributes = SafetyRuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::Route53RecoveryControl::SafetyRule"
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
/// The attributes of a `AWS::Route53RecoveryControl::SafetyRule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SafetyRuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SafetyRuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SafetyRuleAttributes {
    /// `Fn::GetAtt` `SafetyRuleArn`.
    pub fn safety_rule_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SafetyRuleArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// An assertion rule enforces that, when a routing control state is changed, that the criteria set by the rule configuration is met.
#[derive(Debug, Clone, PartialEq)]
pub struct AssertionRule {
    props: ::forma_core::schema::Props,
}
impl AssertionRule {
    /// A new value with its required properties: `AssertedControls`, `WaitPeriodMs`.
    pub fn new(
        asserted_controls: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        wait_period_ms: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, asserted_controls.into().into_expr());
        props.set(1, wait_period_ms.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AssertionRule> for ::forma_core::Value<AssertionRule> {
    fn from(v: AssertionRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSERTION_RULE_TYPE.properties))
    }
}

/// A gating rule verifies that a set of gating controls evaluates as true, based on a rule configuration that you specify.
#[derive(Debug, Clone, PartialEq)]
pub struct GatingRule {
    props: ::forma_core::schema::Props,
}
impl GatingRule {
    /// A new value with its required properties: `GatingControls`, `TargetControls`, `WaitPeriodMs`.
    pub fn new(
        gating_controls: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        target_controls: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        wait_period_ms: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, gating_controls.into().into_expr());
        props.set(1, target_controls.into().into_expr());
        props.set(2, wait_period_ms.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GatingRule> for ::forma_core::Value<GatingRule> {
    fn from(v: GatingRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATING_RULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AND`, `OR`, `ATLEAST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RuleType {
    /// `AND`
    And,
    /// `OR`
    Or,
    /// `ATLEAST`
    Atleast,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RuleType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::And => "AND",
            Self::Or => "OR",
            Self::Atleast => "ATLEAST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AND", "OR", "ATLEAST"]
    }
}
impl ::std::convert::From<RuleType> for ::forma_core::Value<RuleType> {
    fn from(v: RuleType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RuleType {}

/// The rule configuration for an assertion rule or gating rule.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleConfig {
    props: ::forma_core::schema::Props,
}
impl RuleConfig {
    /// A new value with its required properties: `Inverted`, `Threshold`, `Type`.
    pub fn new(
        inverted: impl ::std::convert::Into<::forma_core::Value<bool>>,
        threshold: impl ::std::convert::Into<::forma_core::Value<i64>>,
        type_: impl ::forma_core::schema::EnumArg<RuleType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, inverted.into().into_expr());
        props.set(1, threshold.into().into_expr());
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<RuleConfig> for ::forma_core::Value<RuleConfig> {
    fn from(v: RuleConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_CONFIG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Route53RecoveryControl::SafetyRule`.
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

/// The schema of `AWS::Route53RecoveryControl::SafetyRule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Route53RecoveryControl::SafetyRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssertionRule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ASSERTION_RULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ControlPanelArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GatingRule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GATING_RULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RuleConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RULE_CONFIG_TYPE),
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
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["AssertionRule", "Name", "ControlPanelArn", "RuleConfig"],
        &["GatingRule", "Name", "ControlPanelArn", "RuleConfig"],
    ])],
    attributes: &["SafetyRuleArn", "Status"],
};

static ASSERTION_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53RecoveryControl::SafetyRule.AssertionRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssertedControls",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "WaitPeriodMs",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static GATING_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53RecoveryControl::SafetyRule.GatingRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "GatingControls",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TargetControls",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "WaitPeriodMs",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static RULE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53RecoveryControl::SafetyRule.RuleConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Inverted",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Threshold",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AND", "OR", "ATLEAST"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53RecoveryControl::SafetyRule.Tag",
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
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
