// @generated from AWS::Bedrock::AutomatedReasoningPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Bedrock::AutomatedReasoningPolicy` and its property types.

/// Definition of AWS::Bedrock::AutomatedReasoningPolicy Resource Type
///
/// CloudFormation type `AWS::Bedrock::AutomatedReasoningPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct AutomatedReasoningPolicy {
    props: ::forma_core::schema::Props,
}
impl AutomatedReasoningPolicy {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether to force delete the automated reasoning policy even if it has active resources.
    #[track_caller]
    pub fn force_delete(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The KMS key with which the Policy's assets will be encrypted at rest.
    ///
    /// Allowed: length 1 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PolicyDefinition`.
    #[track_caller]
    pub fn policy_definition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PolicyDefinition>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AutomatedReasoningPolicy {
    type Attributes = AutomatedReasoningPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::Bedrock::AutomatedReasoningPolicy"
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
/// The attributes of a `AWS::Bedrock::AutomatedReasoningPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AutomatedReasoningPolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AutomatedReasoningPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AutomatedReasoningPolicyAttributes {
    /// `Fn::GetAtt` `Version`.
    pub fn version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Version")
    }
    /// `Fn::GetAtt` `PolicyId`.
    pub fn policy_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PolicyId")
    }
    /// `Fn::GetAtt` `PolicyArn`.
    pub fn policy_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PolicyArn")
    }
    /// `Fn::GetAtt` `DefinitionHash`.
    pub fn definition_hash(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DefinitionHash")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `KmsKeyArn`.
    pub fn kms_key_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "KmsKeyArn")
    }
}

/// The `PolicyDefinition` property type of `AWS::Bedrock::AutomatedReasoningPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyDefinition {
    props: ::forma_core::schema::Props,
}
impl PolicyDefinition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The rules definition block of an AutomatedReasoningPolicyDefinition.
    pub fn rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PolicyDefinitionRule>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The types definition block of an AutomatedReasoningPolicyDefinition.
    pub fn types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PolicyDefinitionType>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The variables definition block of an AutomatedReasoningPolicyDefinition.
    pub fn variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PolicyDefinitionVariable>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The policy format version.
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
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

/// Definition of the key/value pair for a tag
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

/// The `PolicyDefinitionRule` property type of `AWS::Bedrock::AutomatedReasoningPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyDefinitionRule {
    props: ::forma_core::schema::Props,
}
impl PolicyDefinitionRule {
    /// A new value with its required properties: `Expression`, `Id`.
    pub fn new(
        expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, expression.into().into_expr());
        props.set(2, id.into().into_expr());
        Self { props }
    }
    /// An alternate expression for this rule
    ///
    /// Allowed: length 0 to 2048.
    pub fn alternate_expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PolicyDefinitionRule> for ::forma_core::Value<PolicyDefinitionRule> {
    fn from(v: PolicyDefinitionRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POLICY_DEFINITION_RULE_TYPE.properties))
    }
}

/// The `PolicyDefinitionType` property type of `AWS::Bedrock::AutomatedReasoningPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyDefinitionType {
    props: ::forma_core::schema::Props,
}
impl PolicyDefinitionType {
    /// A new value with its required properties: `Name`, `Values`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PolicyDefinitionTypeValue>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        props.set(2, values.into().into_expr());
        Self { props }
    }
    /// A natural language description of this type.
    ///
    /// Allowed: length 0 to 1024.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PolicyDefinitionType> for ::forma_core::Value<PolicyDefinitionType> {
    fn from(v: PolicyDefinitionType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POLICY_DEFINITION_TYPE_TYPE.properties))
    }
}

/// The `PolicyDefinitionVariable` property type of `AWS::Bedrock::AutomatedReasoningPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyDefinitionVariable {
    props: ::forma_core::schema::Props,
}
impl PolicyDefinitionVariable {
    /// A new value with its required properties: `Description`, `Name`, `Type`.
    pub fn new(
        description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, description.into().into_expr());
        props.set(1, name.into().into_expr());
        props.set(2, type_.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PolicyDefinitionVariable> for ::forma_core::Value<PolicyDefinitionVariable> {
    fn from(v: PolicyDefinitionVariable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POLICY_DEFINITION_VARIABLE_TYPE.properties))
    }
}

/// The `PolicyDefinitionTypeValue` property type of `AWS::Bedrock::AutomatedReasoningPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyDefinitionTypeValue {
    props: ::forma_core::schema::Props,
}
impl PolicyDefinitionTypeValue {
    /// A new value with its required properties: `Value`.
    pub fn new(value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, value.into().into_expr());
        Self { props }
    }
    /// A natural language description of the type's value.
    ///
    /// Allowed: length 0 to 1024.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PolicyDefinitionTypeValue> for ::forma_core::Value<PolicyDefinitionTypeValue> {
    fn from(v: PolicyDefinitionTypeValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POLICY_DEFINITION_TYPE_VALUE_TYPE.properties))
    }
}

/// The schema of `AWS::Bedrock::AutomatedReasoningPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Bedrock::AutomatedReasoningPolicy",
properties: &[
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[\\s\\S]+$"), min_length: None, max_length: Some(1024) }) },
::forma_core::schema::Property { name: "ForceDelete", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "KmsKeyId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:aws(-[^:]+)?:kms:[a-zA-Z0-9-]*:[0-9]{12}:((key/[a-zA-Z0-9-]{36})|(alias/[a-zA-Z0-9-_/]+)))|([a-zA-Z0-9-]{36})|(alias/[a-zA-Z0-9-_/]+)$"), min_length: Some(1), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[0-9a-zA-Z-_ ]+$"), min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "PolicyDefinition", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&POLICY_DEFINITION_TYPE) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) }) },
],
rules: &[],
attributes: &["Version", "PolicyId", "PolicyArn", "DefinitionHash", "CreatedAt", "UpdatedAt", "KmsKeyArn"],
};

static POLICY_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::AutomatedReasoningPolicy.PolicyDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Rules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&POLICY_DEFINITION_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(500) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Types",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&POLICY_DEFINITION_TYPE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Variables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&POLICY_DEFINITION_VARIABLE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::AutomatedReasoningPolicy.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static POLICY_DEFINITION_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::AutomatedReasoningPolicy.PolicyDefinitionRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlternateExpression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]+$"),
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Expression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]+$"),
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Z][0-9A-Z]{11}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
    ],
    rules: &[],
};

static POLICY_DEFINITION_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::AutomatedReasoningPolicy.PolicyDefinitionType",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]+$"),
                min_length: None,
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z][A-Za-z0-9_]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&POLICY_DEFINITION_TYPE_VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};

static POLICY_DEFINITION_VARIABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::AutomatedReasoningPolicy.PolicyDefinitionVariable",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]+$"),
                min_length: None,
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z][A-Za-z0-9_]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z][A-Za-z0-9_]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
};

static POLICY_DEFINITION_TYPE_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::AutomatedReasoningPolicy.PolicyDefinitionTypeValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]+$"),
                min_length: None,
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z][A-Za-z0-9_]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
};
