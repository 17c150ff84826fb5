// @generated from AWS::SMSVOICE::ProtectConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SMSVOICE::ProtectConfiguration` and its property types.

/// Resource Type definition for AWS::SMSVOICE::ProtectConfiguration
///
/// CloudFormation type `AWS::SMSVOICE::ProtectConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProtectConfiguration {
    props: ::forma_core::schema::Props,
}
impl ProtectConfiguration {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An array of CountryRule containing the rules for the NumberCapability.
    #[track_caller]
    pub fn country_rule_set(mut self, value: impl ::std::convert::Into<::forma_core::Value<CountryRuleSet>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// When set to true deletion protection is enabled and protect configuration cannot be deleted.
    #[track_caller]
    pub fn deletion_protection_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for ProtectConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for ProtectConfiguration {
    type Attributes = ProtectConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::SMSVOICE::ProtectConfiguration"
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
/// The attributes of a `AWS::SMSVOICE::ProtectConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ProtectConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ProtectConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ProtectConfigurationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ProtectConfigurationId`.
    pub fn protect_configuration_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProtectConfigurationId")
    }
}

/// The `CountryRuleSet` property type of `AWS::SMSVOICE::ProtectConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct CountryRuleSet {
    props: ::forma_core::schema::Props,
}
impl CountryRuleSet {
    /// A new value.
    ///
    /// CloudFormation also needs at least one of `SMS`, `VOICE` or `MMS`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MMS`.
    pub fn mms(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CountryRule>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SMS`.
    pub fn sms(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CountryRule>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `VOICE`.
    pub fn voice(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CountryRule>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CountryRuleSet {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CountryRuleSet> for ::forma_core::Value<CountryRuleSet> {
    fn from(v: CountryRuleSet) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COUNTRY_RULE_SET_TYPE.properties))
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

/// The values CloudFormation documents: `ALLOW`, `BLOCK`, `MONITOR`, `FILTER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProtectStatus {
    /// `ALLOW`
    Allow,
    /// `BLOCK`
    Block,
    /// `MONITOR`
    Monitor,
    /// `FILTER`
    Filter,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProtectStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Block => "BLOCK",
            Self::Monitor => "MONITOR",
            Self::Filter => "FILTER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW", "BLOCK", "MONITOR", "FILTER"]
    }
}
impl ::std::convert::From<ProtectStatus> for ::forma_core::Value<ProtectStatus> {
    fn from(v: ProtectStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProtectStatus {}

/// The `CountryRule` property type of `AWS::SMSVOICE::ProtectConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct CountryRule {
    props: ::forma_core::schema::Props,
}
impl CountryRule {
    /// A new value with its required properties: `CountryCode`, `ProtectStatus`.
    pub fn new(
        country_code: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        protect_status: impl ::forma_core::schema::EnumArg<ProtectStatus>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, country_code.into().into_expr());
        props.set(1, protect_status.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<CountryRule> for ::forma_core::Value<CountryRule> {
    fn from(v: CountryRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COUNTRY_RULE_TYPE.properties))
    }
}

/// The schema of `AWS::SMSVOICE::ProtectConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SMSVOICE::ProtectConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CountryRuleSet",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COUNTRY_RULE_SET_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeletionProtectionEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
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
    attributes: &["Arn", "ProtectConfigurationId"],
};

static COUNTRY_RULE_SET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SMSVOICE::ProtectConfiguration.CountryRuleSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "MMS",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COUNTRY_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SMS",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COUNTRY_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VOICE",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COUNTRY_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[::forma_core::schema::Combination::AnyOf(&[&["SMS"], &["VOICE"], &["MMS"]])],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SMSVOICE::ProtectConfiguration.Tag",
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

static COUNTRY_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SMSVOICE::ProtectConfiguration.CountryRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "CountryCode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Z]{2}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ProtectStatus",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW", "BLOCK", "MONITOR", "FILTER"]),
        },
    ],
    rules: &[],
};
