// @generated from AWS::LicenseManager::LicenseAssetRuleSet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::LicenseManager::LicenseAssetRuleSet` and its property types.

/// Resource schema for AWS::LicenseManager::LicenseAssetRuleSet.
///
/// CloudFormation type `AWS::LicenseManager::LicenseAssetRuleSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct LicenseAssetRuleSet {
    props: ::forma_core::schema::Props,
}
impl LicenseAssetRuleSet {
    /// A new resource with its required properties: `Name`, `Rules`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LicenseAssetRule>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, rules.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// License asset ruleset description.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to add to the license asset ruleset.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LicenseAssetRuleSet {
    type Attributes = LicenseAssetRuleSetAttributes;
    fn type_name(&self) -> &str {
        "AWS::LicenseManager::LicenseAssetRuleSet"
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
/// The attributes of a `AWS::LicenseManager::LicenseAssetRuleSet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LicenseAssetRuleSetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LicenseAssetRuleSetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LicenseAssetRuleSetAttributes {
    /// `Fn::GetAtt` `LicenseAssetRulesetArn`.
    pub fn license_asset_ruleset_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LicenseAssetRulesetArn")
    }
}

/// License asset rule.
#[derive(Debug, Clone, PartialEq)]
pub struct LicenseAssetRule {
    props: ::forma_core::schema::Props,
}
impl LicenseAssetRule {
    /// A new value with its required properties: `RuleStatement`.
    pub fn new(rule_statement: impl ::std::convert::Into<::forma_core::Value<RuleStatement>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, rule_statement.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LicenseAssetRule> for ::forma_core::Value<LicenseAssetRule> {
    fn from(v: LicenseAssetRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LICENSE_ASSET_RULE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::LicenseManager::LicenseAssetRuleSet`.
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

/// Rule statement.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleStatement {
    props: ::forma_core::schema::Props,
}
impl RuleStatement {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Instance rule statement.
    pub fn instance_rule_statement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceRuleStatement>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// License configuration rule statement.
    pub fn license_configuration_rule_statement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LicenseConfigurationRuleStatement>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// License rule statement.
    pub fn license_rule_statement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LicenseRuleStatement>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RuleStatement {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RuleStatement> for ::forma_core::Value<RuleStatement> {
    fn from(v: RuleStatement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_STATEMENT_TYPE.properties))
    }
}

/// Instance rule statement.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceRuleStatement {
    props: ::forma_core::schema::Props,
}
impl InstanceRuleStatement {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// AND rule statement.
    pub fn and_rule_statement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AndRuleStatement>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Matching rule statement.
    pub fn matching_rule_statement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MatchingRuleStatement>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// OR rule statement.
    pub fn or_rule_statement(mut self, value: impl ::std::convert::Into<::forma_core::Value<OrRuleStatement>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InstanceRuleStatement {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceRuleStatement> for ::forma_core::Value<InstanceRuleStatement> {
    fn from(v: InstanceRuleStatement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_RULE_STATEMENT_TYPE.properties))
    }
}

/// License configuration rule statement.
#[derive(Debug, Clone, PartialEq)]
pub struct LicenseConfigurationRuleStatement {
    props: ::forma_core::schema::Props,
}
impl LicenseConfigurationRuleStatement {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// AND rule statement.
    pub fn and_rule_statement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AndRuleStatement>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Matching rule statement.
    pub fn matching_rule_statement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MatchingRuleStatement>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// OR rule statement.
    pub fn or_rule_statement(mut self, value: impl ::std::convert::Into<::forma_core::Value<OrRuleStatement>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LicenseConfigurationRuleStatement {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LicenseConfigurationRuleStatement>
    for ::forma_core::Value<LicenseConfigurationRuleStatement>
{
    fn from(v: LicenseConfigurationRuleStatement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LICENSE_CONFIGURATION_RULE_STATEMENT_TYPE.properties))
    }
}

/// License rule statement.
#[derive(Debug, Clone, PartialEq)]
pub struct LicenseRuleStatement {
    props: ::forma_core::schema::Props,
}
impl LicenseRuleStatement {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// AND rule statement.
    pub fn and_rule_statement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AndRuleStatement>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Matching rule statement.
    pub fn matching_rule_statement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MatchingRuleStatement>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// OR rule statement.
    pub fn or_rule_statement(mut self, value: impl ::std::convert::Into<::forma_core::Value<OrRuleStatement>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LicenseRuleStatement {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LicenseRuleStatement> for ::forma_core::Value<LicenseRuleStatement> {
    fn from(v: LicenseRuleStatement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LICENSE_RULE_STATEMENT_TYPE.properties))
    }
}

/// AND rule statement.
#[derive(Debug, Clone, PartialEq)]
pub struct AndRuleStatement {
    props: ::forma_core::schema::Props,
}
impl AndRuleStatement {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MatchingRuleStatements`.
    pub fn matching_rule_statements(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MatchingRuleStatement>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AndRuleStatement {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AndRuleStatement> for ::forma_core::Value<AndRuleStatement> {
    fn from(v: AndRuleStatement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AND_RULE_STATEMENT_TYPE.properties))
    }
}

/// Matching rule statement.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchingRuleStatement {
    props: ::forma_core::schema::Props,
}
impl MatchingRuleStatement {
    /// A new value with its required properties: `Constraint`, `KeyToMatch`, `ValueToMatch`.
    pub fn new(
        constraint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        key_to_match: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value_to_match: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, constraint.into().into_expr());
        props.set(1, key_to_match.into().into_expr());
        props.set(2, value_to_match.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MatchingRuleStatement> for ::forma_core::Value<MatchingRuleStatement> {
    fn from(v: MatchingRuleStatement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MATCHING_RULE_STATEMENT_TYPE.properties))
    }
}

/// OR rule statement.
#[derive(Debug, Clone, PartialEq)]
pub struct OrRuleStatement {
    props: ::forma_core::schema::Props,
}
impl OrRuleStatement {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MatchingRuleStatements`.
    pub fn matching_rule_statements(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MatchingRuleStatement>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OrRuleStatement {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OrRuleStatement> for ::forma_core::Value<OrRuleStatement> {
    fn from(v: OrRuleStatement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OR_RULE_STATEMENT_TYPE.properties))
    }
}

/// The schema of `AWS::LicenseManager::LicenseAssetRuleSet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::LicenseManager::LicenseAssetRuleSet",
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
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Rules",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LICENSE_ASSET_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
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
    ],
    rules: &[],
    attributes: &["LicenseAssetRulesetArn"],
};

static LICENSE_ASSET_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManager::LicenseAssetRuleSet.LicenseAssetRule",
    properties: &[::forma_core::schema::Property {
        name: "RuleStatement",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&RULE_STATEMENT_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManager::LicenseAssetRuleSet.Tag",
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

static RULE_STATEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManager::LicenseAssetRuleSet.RuleStatement",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstanceRuleStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_RULE_STATEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LicenseConfigurationRuleStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LICENSE_CONFIGURATION_RULE_STATEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LicenseRuleStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LICENSE_RULE_STATEMENT_TYPE),
        },
    ],
    rules: &[],
};

static INSTANCE_RULE_STATEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManager::LicenseAssetRuleSet.InstanceRuleStatement",
    properties: &[
        ::forma_core::schema::Property {
            name: "AndRuleStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AND_RULE_STATEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MatchingRuleStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MATCHING_RULE_STATEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OrRuleStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OR_RULE_STATEMENT_TYPE),
        },
    ],
    rules: &[],
};

static LICENSE_CONFIGURATION_RULE_STATEMENT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::LicenseManager::LicenseAssetRuleSet.LicenseConfigurationRuleStatement",
        properties: &[
            ::forma_core::schema::Property {
                name: "AndRuleStatement",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&AND_RULE_STATEMENT_TYPE),
            },
            ::forma_core::schema::Property {
                name: "MatchingRuleStatement",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&MATCHING_RULE_STATEMENT_TYPE),
            },
            ::forma_core::schema::Property {
                name: "OrRuleStatement",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&OR_RULE_STATEMENT_TYPE),
            },
        ],
        rules: &[],
    };

static LICENSE_RULE_STATEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManager::LicenseAssetRuleSet.LicenseRuleStatement",
    properties: &[
        ::forma_core::schema::Property {
            name: "AndRuleStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AND_RULE_STATEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MatchingRuleStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MATCHING_RULE_STATEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OrRuleStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OR_RULE_STATEMENT_TYPE),
        },
    ],
    rules: &[],
};

static AND_RULE_STATEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManager::LicenseAssetRuleSet.AndRuleStatement",
    properties: &[::forma_core::schema::Property {
        name: "MatchingRuleStatements",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&MATCHING_RULE_STATEMENT_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static MATCHING_RULE_STATEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManager::LicenseAssetRuleSet.MatchingRuleStatement",
    properties: &[
        ::forma_core::schema::Property {
            name: "Constraint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KeyToMatch",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ValueToMatch",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static OR_RULE_STATEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManager::LicenseAssetRuleSet.OrRuleStatement",
    properties: &[::forma_core::schema::Property {
        name: "MatchingRuleStatements",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&MATCHING_RULE_STATEMENT_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};
