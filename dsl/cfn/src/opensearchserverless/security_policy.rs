// @generated from AWS::OpenSearchServerless::SecurityPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::OpenSearchServerless::SecurityPolicy` and its property types.

/// Resource Type definition for AWS::OpenSearchServerless::SecurityPolicy
///
/// CloudFormation type `AWS::OpenSearchServerless::SecurityPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityPolicy {
    props: ::forma_core::schema::Props,
}
impl SecurityPolicy {
    /// A new resource with its required properties: `Name`, `Policy`, `Type`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        policy: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<SecurityPolicyType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, policy.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the policy
    ///
    /// Allowed: length 1 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SecurityPolicy {
    type Attributes = SecurityPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::OpenSearchServerless::SecurityPolicy"
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
/// The attributes of a `AWS::OpenSearchServerless::SecurityPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SecurityPolicyAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SecurityPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `encryption`, `network`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SecurityPolicyType {
    /// `encryption`
    Encryption,
    /// `network`
    Network,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SecurityPolicyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Encryption => "encryption",
            Self::Network => "network",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["encryption", "network"]
    }
}
impl ::std::convert::From<SecurityPolicyType> for ::forma_core::Value<SecurityPolicyType> {
    fn from(v: SecurityPolicyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SecurityPolicyType {}

/// The schema of `AWS::OpenSearchServerless::SecurityPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::OpenSearchServerless::SecurityPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z][a-z0-9-]{2,31}$"),
                min_length: Some(3),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "Policy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+"),
                min_length: Some(1),
                max_length: Some(20480),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["encryption", "network"]),
        },
    ],
    rules: &[],
    attributes: &[],
};
