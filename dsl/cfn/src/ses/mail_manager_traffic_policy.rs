// @generated from AWS::SES::MailManagerTrafficPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SES::MailManagerTrafficPolicy` and its property types.

/// Definition of AWS::SES::MailManagerTrafficPolicy Resource Type
///
/// CloudFormation type `AWS::SES::MailManagerTrafficPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct MailManagerTrafficPolicy {
    props: ::forma_core::schema::Props,
}
impl MailManagerTrafficPolicy {
    /// A new resource with its required properties: `DefaultAction`, `PolicyStatements`.
    #[track_caller]
    pub fn new(
        default_action: impl ::forma_core::schema::EnumArg<AcceptAction>,
        policy_statements: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PolicyStatement>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, default_action.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, policy_statements.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `MaxMessageSizeBytes`.
    ///
    /// Allowed: at least 1.
    #[track_caller]
    pub fn max_message_size_bytes(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TrafficPolicyName`.
    ///
    /// Allowed: length 3 to 63.
    #[track_caller]
    pub fn traffic_policy_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MailManagerTrafficPolicy {
    type Attributes = MailManagerTrafficPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::SES::MailManagerTrafficPolicy"
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
/// The attributes of a `AWS::SES::MailManagerTrafficPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MailManagerTrafficPolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MailManagerTrafficPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MailManagerTrafficPolicyAttributes {
    /// `Fn::GetAtt` `TrafficPolicyArn`.
    pub fn traffic_policy_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TrafficPolicyArn")
    }
    /// `Fn::GetAtt` `TrafficPolicyId`.
    pub fn traffic_policy_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TrafficPolicyId")
    }
}

/// The values CloudFormation documents: `ALLOW`, `DENY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcceptAction {
    /// `ALLOW`
    Allow,
    /// `DENY`
    Deny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AcceptAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Deny => "DENY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW", "DENY"]
    }
}
impl ::std::convert::From<AcceptAction> for ::forma_core::Value<AcceptAction> {
    fn from(v: AcceptAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AcceptAction {}

/// The `PolicyStatement` property type of `AWS::SES::MailManagerTrafficPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyStatement {
    props: ::forma_core::schema::Props,
}
impl PolicyStatement {
    /// A new value with its required properties: `Action`, `Conditions`.
    pub fn new(
        action: impl ::forma_core::schema::EnumArg<AcceptAction>,
        conditions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into_enum_expr());
        props.set(1, conditions.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PolicyStatement> for ::forma_core::Value<PolicyStatement> {
    fn from(v: PolicyStatement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POLICY_STATEMENT_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::SES::MailManagerTrafficPolicy`.
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

/// The schema of `AWS::SES::MailManagerTrafficPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SES::MailManagerTrafficPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultAction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW", "DENY"]),
        },
        ::forma_core::schema::Property {
            name: "MaxMessageSizeBytes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PolicyStatements",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&POLICY_STATEMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TrafficPolicyName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_\\-]+$"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
    ],
    rules: &[],
    attributes: &["TrafficPolicyArn", "TrafficPolicyId"],
};

static POLICY_STATEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::MailManagerTrafficPolicy.PolicyStatement",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW", "DENY"]),
        },
        ::forma_core::schema::Property {
            name: "Conditions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Json,
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::MailManagerTrafficPolicy.Tag",
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
