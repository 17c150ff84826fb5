// @generated from AWS::NetworkSecurityManager::Policy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NetworkSecurityManager::Policy` and its property types.

/// Resource Type definition for AWS::NetworkSecurityManager::Policy.
///
/// CloudFormation type `AWS::NetworkSecurityManager::Policy`.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    props: ::forma_core::schema::Props,
}
impl Policy {
    /// A new resource with its required properties: `FirewallType`, `PolicyConfiguration`, `PolicyName`, `Priority`.
    #[track_caller]
    pub fn new(
        firewall_type: impl ::forma_core::schema::EnumArg<FirewallType>,
        policy_configuration: impl ::std::convert::Into<::forma_core::Value<PolicyConfiguration>>,
        policy_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        priority: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, firewall_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, policy_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, policy_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, priority.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// List of templates and rules associated with this policy.
    #[track_caller]
    pub fn associated_template_and_rule_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AssociatedTemplateAndRule>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the policy.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn policy_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags associated with the policy.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Policy {
    type Attributes = PolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::NetworkSecurityManager::Policy"
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
/// The attributes of a `AWS::NetworkSecurityManager::Policy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PolicyAttributes {
    /// `Fn::GetAtt` `PolicyId`.
    pub fn policy_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PolicyId")
    }
    /// `Fn::GetAtt` `PolicyArn`.
    pub fn policy_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PolicyArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `Version`.
    pub fn version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Version")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The values CloudFormation documents: `WAF`, `SHIELD_ADVANCED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FirewallType {
    /// `WAF`
    Waf,
    /// `SHIELD_ADVANCED`
    ShieldAdvanced,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FirewallType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Waf => "WAF",
            Self::ShieldAdvanced => "SHIELD_ADVANCED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["WAF", "SHIELD_ADVANCED"]
    }
}
impl ::std::convert::From<FirewallType> for ::forma_core::Value<FirewallType> {
    fn from(v: FirewallType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FirewallType {}

/// Associates either a template or a rule with a policy.
#[derive(Debug, Clone, PartialEq)]
pub struct AssociatedTemplateAndRule {
    props: ::forma_core::schema::Props,
}
impl AssociatedTemplateAndRule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// ARN of the associated rule.
    pub fn rule_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// ARN of the associated template.
    pub fn template_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AssociatedTemplateAndRule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AssociatedTemplateAndRule> for ::forma_core::Value<AssociatedTemplateAndRule> {
    fn from(v: AssociatedTemplateAndRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSOCIATED_TEMPLATE_AND_RULE_TYPE.properties))
    }
}

/// Configuration settings for policy behavior.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyConfiguration {
    props: ::forma_core::schema::Props,
}
impl PolicyConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Controls automatic remediation of non-compliant resources.
    pub fn remediation_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Controls automatic cleanup of unused resources.
    pub fn resources_clean_up(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// WAF-specific policy settings.
    pub fn waf_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<WafConfig>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PolicyConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PolicyConfiguration> for ::forma_core::Value<PolicyConfiguration> {
    fn from(v: PolicyConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POLICY_CONFIGURATION_TYPE.properties))
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

/// The values CloudFormation documents: `MERGE_WHERE_APPLICABLE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConflictResolution {
    /// `MERGE_WHERE_APPLICABLE`
    MergeWhereApplicable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConflictResolution {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MergeWhereApplicable => "MERGE_WHERE_APPLICABLE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MERGE_WHERE_APPLICABLE"]
    }
}
impl ::std::convert::From<ConflictResolution> for ::forma_core::Value<ConflictResolution> {
    fn from(v: ConflictResolution) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConflictResolution {}

/// The values CloudFormation documents: `RETROFIT`, `OVERRIDE_ASSOCIATION`, `NO_REMEDIATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExistingCustomerWebAclResolution {
    /// `RETROFIT`
    Retrofit,
    /// `OVERRIDE_ASSOCIATION`
    OverrideAssociation,
    /// `NO_REMEDIATION`
    NoRemediation,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ExistingCustomerWebAclResolution {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Retrofit => "RETROFIT",
            Self::OverrideAssociation => "OVERRIDE_ASSOCIATION",
            Self::NoRemediation => "NO_REMEDIATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RETROFIT", "OVERRIDE_ASSOCIATION", "NO_REMEDIATION"]
    }
}
impl ::std::convert::From<ExistingCustomerWebAclResolution> for ::forma_core::Value<ExistingCustomerWebAclResolution> {
    fn from(v: ExistingCustomerWebAclResolution) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ExistingCustomerWebAclResolution {}

/// WAF-specific policy settings.
#[derive(Debug, Clone, PartialEq)]
pub struct WafConfig {
    props: ::forma_core::schema::Props,
}
impl WafConfig {
    /// A new value with its required properties: `ConflictResolution`, `ExistingCustomerWebACLResolution`.
    pub fn new(
        conflict_resolution: impl ::forma_core::schema::EnumArg<ConflictResolution>,
        existing_customer_web_acl_resolution: impl ::forma_core::schema::EnumArg<ExistingCustomerWebAclResolution>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, conflict_resolution.into_enum_expr());
        props.set(1, existing_customer_web_acl_resolution.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<WafConfig> for ::forma_core::Value<WafConfig> {
    fn from(v: WafConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WAF_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::NetworkSecurityManager::Policy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::NetworkSecurityManager::Policy",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssociatedTemplateAndRuleList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ASSOCIATED_TEMPLATE_AND_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FirewallType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["WAF", "SHIELD_ADVANCED"]),
        },
        ::forma_core::schema::Property {
            name: "PolicyConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&POLICY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PolicyDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9 _.:/=+\\-@]*$"),
                min_length: None,
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "PolicyName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9 _.:/=+\\-@]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
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
    attributes: &["PolicyId", "PolicyArn", "Status", "Version", "UpdatedAt"],
};

static ASSOCIATED_TEMPLATE_AND_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkSecurityManager::Policy.AssociatedTemplateAndRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "RuleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TemplateArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static POLICY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkSecurityManager::Policy.PolicyConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "RemediationEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ResourcesCleanUp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "WafConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WAF_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkSecurityManager::Policy.Tag",
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

static WAF_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkSecurityManager::Policy.WafConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConflictResolution",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MERGE_WHERE_APPLICABLE"]),
        },
        ::forma_core::schema::Property {
            name: "ExistingCustomerWebACLResolution",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["RETROFIT", "OVERRIDE_ASSOCIATION", "NO_REMEDIATION"]),
        },
    ],
    rules: &[],
};
