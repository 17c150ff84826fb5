// @generated from AWS::BedrockAgentCore::Policy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BedrockAgentCore::Policy` and its property types.

/// Resource Type definition for AWS::BedrockAgentCore::Policy
///
/// CloudFormation type `AWS::BedrockAgentCore::Policy`.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    props: ::forma_core::schema::Props,
}
impl Policy {
    /// A new resource with its required properties: `Definition`, `Name`, `PolicyEngineId`.
    #[track_caller]
    pub fn new(
        definition: impl ::std::convert::Into<::forma_core::Value<PolicyDefinition>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        policy_engine_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, definition.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, policy_engine_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A human-readable description of the policy's purpose and functionality.
    ///
    /// Allowed: length 1 to 4096.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether the policy contributes to the enforce decision returned to Gateway.
    #[track_caller]
    pub fn enforcement_mode(mut self, value: impl ::forma_core::schema::EnumArg<EnforcementMode>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The validation mode for the policy.
    #[track_caller]
    pub fn validation_mode(mut self, value: impl ::forma_core::schema::EnumArg<PolicyValidationMode>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Policy {
    type Attributes = PolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::BedrockAgentCore::Policy"
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
/// The attributes of a `AWS::BedrockAgentCore::Policy` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StatusReasons`.
    pub fn status_reasons(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "StatusReasons")
    }
}

/// The values CloudFormation documents: `ACTIVE`, `LOG_ONLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnforcementMode {
    /// `ACTIVE`
    Active,
    /// `LOG_ONLY`
    LogOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EnforcementMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::LogOnly => "LOG_ONLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ACTIVE", "LOG_ONLY"]
    }
}
impl ::std::convert::From<EnforcementMode> for ::forma_core::Value<EnforcementMode> {
    fn from(v: EnforcementMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EnforcementMode {}

/// The values CloudFormation documents: `FAIL_ON_ANY_FINDINGS`, `IGNORE_ALL_FINDINGS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PolicyValidationMode {
    /// `FAIL_ON_ANY_FINDINGS`
    FailOnAnyFindings,
    /// `IGNORE_ALL_FINDINGS`
    IgnoreAllFindings,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PolicyValidationMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FailOnAnyFindings => "FAIL_ON_ANY_FINDINGS",
            Self::IgnoreAllFindings => "IGNORE_ALL_FINDINGS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FAIL_ON_ANY_FINDINGS", "IGNORE_ALL_FINDINGS"]
    }
}
impl ::std::convert::From<PolicyValidationMode> for ::forma_core::Value<PolicyValidationMode> {
    fn from(v: PolicyValidationMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PolicyValidationMode {}

/// The definition structure for policies.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyDefinition {
    props: ::forma_core::schema::Props,
}
impl PolicyDefinition {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `Cedar` or `Policy`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A Cedar policy statement within the AgentCore Policy system.
    pub fn cedar(mut self, value: impl ::std::convert::Into<::forma_core::Value<CedarPolicy>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A policy statement within the AgentCore Policy system.
    pub fn policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<PolicyStatement>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PolicyDefinition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PolicyDefinition> for ::forma_core::Value<PolicyDefinition> {
    fn from(v: PolicyDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POLICY_DEFINITION_TYPE.properties))
    }
}

/// A Cedar policy statement within the AgentCore Policy system.
#[derive(Debug, Clone, PartialEq)]
pub struct CedarPolicy {
    props: ::forma_core::schema::Props,
}
impl CedarPolicy {
    /// A new value with its required properties: `Statement`.
    pub fn new(statement: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, statement.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CedarPolicy> for ::forma_core::Value<CedarPolicy> {
    fn from(v: CedarPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CEDAR_POLICY_TYPE.properties))
    }
}

/// A policy statement within the AgentCore Policy system.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyStatement {
    props: ::forma_core::schema::Props,
}
impl PolicyStatement {
    /// A new value with its required properties: `Statement`.
    pub fn new(statement: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, statement.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PolicyStatement> for ::forma_core::Value<PolicyStatement> {
    fn from(v: PolicyStatement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POLICY_STATEMENT_TYPE.properties))
    }
}

/// The schema of `AWS::BedrockAgentCore::Policy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BedrockAgentCore::Policy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Definition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&POLICY_DEFINITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "EnforcementMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ACTIVE", "LOG_ONLY"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z][A-Za-z0-9_]*$"),
                min_length: Some(1),
                max_length: Some(48),
            }),
        },
        ::forma_core::schema::Property {
            name: "PolicyEngineId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z][A-Za-z0-9_]*-[a-z0-9_]{10}$"),
                min_length: Some(12),
                max_length: Some(59),
            }),
        },
        ::forma_core::schema::Property {
            name: "ValidationMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FAIL_ON_ANY_FINDINGS", "IGNORE_ALL_FINDINGS"]),
        },
    ],
    rules: &[],
    attributes: &["PolicyId", "PolicyArn", "CreatedAt", "UpdatedAt", "Status", "StatusReasons"],
};

static POLICY_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Policy.PolicyDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Cedar",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CEDAR_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Policy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&POLICY_STATEMENT_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["Cedar"], &["Policy"]])],
};

static CEDAR_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Policy.CedarPolicy",
    properties: &[::forma_core::schema::Property {
        name: "Statement",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(35),
            max_length: Some(10000),
        }),
    }],
    rules: &[],
};

static POLICY_STATEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Policy.PolicyStatement",
    properties: &[::forma_core::schema::Property {
        name: "Statement",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(35),
            max_length: Some(10000),
        }),
    }],
    rules: &[],
};
