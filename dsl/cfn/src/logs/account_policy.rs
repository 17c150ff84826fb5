// @generated from AWS::Logs::AccountPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Logs::AccountPolicy` and its property types.

/// The AWS::Logs::AccountPolicy resource specifies a CloudWatch Logs AccountPolicy.
///
/// CloudFormation type `AWS::Logs::AccountPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountPolicy {
    props: ::forma_core::schema::Props,
}
impl AccountPolicy {
    /// A new resource with its required properties: `PolicyDocument`, `PolicyName`, `PolicyType`.
    #[track_caller]
    pub fn new(
        policy_document: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        policy_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        policy_type: impl ::forma_core::schema::EnumArg<PolicyType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, policy_document.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, policy_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, policy_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Scope for policy application
    #[track_caller]
    pub fn scope(mut self, value: impl ::forma_core::schema::EnumArg<Scope>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Log group selection criteria to apply policy only to a subset of log groups.
    #[track_caller]
    pub fn selection_criteria(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AccountPolicy {
    type Attributes = AccountPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::Logs::AccountPolicy"
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
/// The attributes of a `AWS::Logs::AccountPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AccountPolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AccountPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AccountPolicyAttributes {
    /// `Fn::GetAtt` `AccountId`.
    pub fn account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccountId")
    }
}

/// The values CloudFormation documents: `DATA_PROTECTION_POLICY`, `SUBSCRIPTION_FILTER_POLICY`, `FIELD_INDEX_POLICY`, `TRANSFORMER_POLICY`, `METRIC_EXTRACTION_POLICY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PolicyType {
    /// `DATA_PROTECTION_POLICY`
    DataProtectionPolicy,
    /// `SUBSCRIPTION_FILTER_POLICY`
    SubscriptionFilterPolicy,
    /// `FIELD_INDEX_POLICY`
    FieldIndexPolicy,
    /// `TRANSFORMER_POLICY`
    TransformerPolicy,
    /// `METRIC_EXTRACTION_POLICY`
    MetricExtractionPolicy,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PolicyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DataProtectionPolicy => "DATA_PROTECTION_POLICY",
            Self::SubscriptionFilterPolicy => "SUBSCRIPTION_FILTER_POLICY",
            Self::FieldIndexPolicy => "FIELD_INDEX_POLICY",
            Self::TransformerPolicy => "TRANSFORMER_POLICY",
            Self::MetricExtractionPolicy => "METRIC_EXTRACTION_POLICY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "DATA_PROTECTION_POLICY",
            "SUBSCRIPTION_FILTER_POLICY",
            "FIELD_INDEX_POLICY",
            "TRANSFORMER_POLICY",
            "METRIC_EXTRACTION_POLICY",
        ]
    }
}
impl ::std::convert::From<PolicyType> for ::forma_core::Value<PolicyType> {
    fn from(v: PolicyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PolicyType {}

/// The values CloudFormation documents: `ALL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scope {
    /// `ALL`
    All,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Scope {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL"]
    }
}
impl ::std::convert::From<Scope> for ::forma_core::Value<Scope> {
    fn from(v: Scope) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Scope {}

/// The schema of `AWS::Logs::AccountPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Logs::AccountPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "PolicyDocument",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(30720),
            }),
        },
        ::forma_core::schema::Property {
            name: "PolicyName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^:*]{1,256}$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "PolicyType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "DATA_PROTECTION_POLICY",
                "SUBSCRIPTION_FILTER_POLICY",
                "FIELD_INDEX_POLICY",
                "TRANSFORMER_POLICY",
                "METRIC_EXTRACTION_POLICY",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Scope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL"]),
        },
        ::forma_core::schema::Property {
            name: "SelectionCriteria",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["AccountId"],
};
