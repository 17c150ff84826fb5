// @generated from AWS::NetworkSecurityManager::Template (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NetworkSecurityManager::Template` and its property types.

/// Resource Type definition for AWS::NetworkSecurityManager::Template.
///
/// CloudFormation type `AWS::NetworkSecurityManager::Template`.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    props: ::forma_core::schema::Props,
}
impl Template {
    /// A new resource with its required properties: `TemplateName`.
    #[track_caller]
    pub fn new(template_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, template_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// List of rules associated with this template.
    #[track_caller]
    pub fn associated_rule_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AssociatedRule>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of firewall.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn firewall_type(mut self, value: impl ::forma_core::schema::EnumArg<FirewallType>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags associated with the template.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the template.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn template_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Template {
    type Attributes = TemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::NetworkSecurityManager::Template"
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
/// The attributes of a `AWS::NetworkSecurityManager::Template` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TemplateAttributes {
    /// `Fn::GetAtt` `TemplateId`.
    pub fn template_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TemplateId")
    }
    /// `Fn::GetAtt` `TemplateArn`.
    pub fn template_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TemplateArn")
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

/// The values CloudFormation documents: `WAF`, `NETWORK_FIREWALL`, `NETWORK_FIREWALL_V2`, `IGW_FIREWALL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FirewallType {
    /// `WAF`
    Waf,
    /// `NETWORK_FIREWALL`
    NetworkFirewall,
    /// `NETWORK_FIREWALL_V2`
    NetworkFirewallV2,
    /// `IGW_FIREWALL`
    IgwFirewall,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FirewallType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Waf => "WAF",
            Self::NetworkFirewall => "NETWORK_FIREWALL",
            Self::NetworkFirewallV2 => "NETWORK_FIREWALL_V2",
            Self::IgwFirewall => "IGW_FIREWALL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["WAF", "NETWORK_FIREWALL", "NETWORK_FIREWALL_V2", "IGW_FIREWALL"]
    }
}
impl ::std::convert::From<FirewallType> for ::forma_core::Value<FirewallType> {
    fn from(v: FirewallType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FirewallType {}

/// An association between a template and a rule.
#[derive(Debug, Clone, PartialEq)]
pub struct AssociatedRule {
    props: ::forma_core::schema::Props,
}
impl AssociatedRule {
    /// A new value with its required properties: `RuleArn`.
    pub fn new(rule_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, rule_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AssociatedRule> for ::forma_core::Value<AssociatedRule> {
    fn from(v: AssociatedRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSOCIATED_RULE_TYPE.properties))
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

/// The schema of `AWS::NetworkSecurityManager::Template`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::NetworkSecurityManager::Template",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssociatedRuleList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ASSOCIATED_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FirewallType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "WAF",
                "NETWORK_FIREWALL",
                "NETWORK_FIREWALL_V2",
                "IGW_FIREWALL",
            ]),
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
            name: "TemplateDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9 _.:/=+\\-@]*$"),
                min_length: None,
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "TemplateName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9 _.:/=+\\-@]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
    attributes: &["TemplateId", "TemplateArn", "Status", "Version", "UpdatedAt"],
};

static ASSOCIATED_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkSecurityManager::Template.AssociatedRule",
    properties: &[::forma_core::schema::Property {
        name: "RuleArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkSecurityManager::Template.Tag",
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
