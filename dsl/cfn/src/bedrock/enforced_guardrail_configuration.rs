// @generated from AWS::Bedrock::EnforcedGuardrailConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Bedrock::EnforcedGuardrailConfiguration` and its property types.

/// Definition of AWS::Bedrock::EnforcedGuardrailConfiguration Resource Type
///
/// CloudFormation type `AWS::Bedrock::EnforcedGuardrailConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct EnforcedGuardrailConfiguration {
    props: ::forma_core::schema::Props,
}
impl EnforcedGuardrailConfiguration {
    /// A new resource with its required properties: `GuardrailIdentifier`, `GuardrailVersion`.
    #[track_caller]
    pub fn new(
        guardrail_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        guardrail_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, guardrail_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, guardrail_version.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Model-specific information for the enforced guardrail configuration.
    #[track_caller]
    pub fn model_enforcement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ModelEnforcement>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Selective content guarding controls for enforced guardrails
    #[track_caller]
    pub fn selective_content_guarding(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SelectiveContentGuarding>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for EnforcedGuardrailConfiguration {
    type Attributes = EnforcedGuardrailConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Bedrock::EnforcedGuardrailConfiguration"
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
/// The attributes of a `AWS::Bedrock::EnforcedGuardrailConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EnforcedGuardrailConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EnforcedGuardrailConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EnforcedGuardrailConfigurationAttributes {
    /// `Fn::GetAtt` `ConfigId`.
    pub fn config_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConfigId")
    }
    /// `Fn::GetAtt` `GuardrailArn`.
    pub fn guardrail_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GuardrailArn")
    }
    /// `Fn::GetAtt` `GuardrailId`.
    pub fn guardrail_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GuardrailId")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `CreatedBy`.
    pub fn created_by(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedBy")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `UpdatedBy`.
    pub fn updated_by(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedBy")
    }
    /// `Fn::GetAtt` `Owner`.
    pub fn owner(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Owner")
    }
}

/// Model-specific information for the enforced guardrail configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelEnforcement {
    props: ::forma_core::schema::Props,
}
impl ModelEnforcement {
    /// A new value with its required properties: `ExcludedModels`, `IncludedModels`.
    pub fn new(
        excluded_models: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        included_models: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, excluded_models.into().into_expr());
        props.set(1, included_models.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ModelEnforcement> for ::forma_core::Value<ModelEnforcement> {
    fn from(v: ModelEnforcement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_ENFORCEMENT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SELECTIVE`, `COMPREHENSIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Messages {
    /// `SELECTIVE`
    Selective,
    /// `COMPREHENSIVE`
    Comprehensive,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Messages {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Selective => "SELECTIVE",
            Self::Comprehensive => "COMPREHENSIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SELECTIVE", "COMPREHENSIVE"]
    }
}
impl ::std::convert::From<Messages> for ::forma_core::Value<Messages> {
    fn from(v: Messages) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Messages {}

/// The values CloudFormation documents: `SELECTIVE`, `COMPREHENSIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum System {
    /// `SELECTIVE`
    Selective,
    /// `COMPREHENSIVE`
    Comprehensive,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl System {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Selective => "SELECTIVE",
            Self::Comprehensive => "COMPREHENSIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SELECTIVE", "COMPREHENSIVE"]
    }
}
impl ::std::convert::From<System> for ::forma_core::Value<System> {
    fn from(v: System) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for System {}

/// Selective content guarding controls for enforced guardrails
#[derive(Debug, Clone, PartialEq)]
pub struct SelectiveContentGuarding {
    props: ::forma_core::schema::Props,
}
impl SelectiveContentGuarding {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Selective guarding mode for user messages
    pub fn messages(mut self, value: impl ::forma_core::schema::EnumArg<Messages>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Selective guarding mode for system prompts
    pub fn system(mut self, value: impl ::forma_core::schema::EnumArg<System>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for SelectiveContentGuarding {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SelectiveContentGuarding> for ::forma_core::Value<SelectiveContentGuarding> {
    fn from(v: SelectiveContentGuarding) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SELECTIVE_CONTENT_GUARDING_TYPE.properties))
    }
}

/// The schema of `AWS::Bedrock::EnforcedGuardrailConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Bedrock::EnforcedGuardrailConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "GuardrailIdentifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^(([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+))$",
                ),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "GuardrailVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[1-9][0-9]{0,7}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ModelEnforcement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MODEL_ENFORCEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SelectiveContentGuarding",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SELECTIVE_CONTENT_GUARDING_TYPE),
        },
    ],
    rules: &[],
    attributes: &[
        "ConfigId",
        "GuardrailArn",
        "GuardrailId",
        "CreatedAt",
        "CreatedBy",
        "UpdatedAt",
        "UpdatedBy",
        "Owner",
    ],
};

static MODEL_ENFORCEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::EnforcedGuardrailConfiguration.ModelEnforcement",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExcludedModels",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(
                        "^([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2}(/[a-z0-9]{12}){0,1}$",
                    ),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "IncludedModels",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(
                        "^(ALL|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2}(/[a-z0-9]{12}){0,1})$",
                    ),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static SELECTIVE_CONTENT_GUARDING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::EnforcedGuardrailConfiguration.SelectiveContentGuarding",
    properties: &[
        ::forma_core::schema::Property {
            name: "Messages",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SELECTIVE", "COMPREHENSIVE"]),
        },
        ::forma_core::schema::Property {
            name: "System",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SELECTIVE", "COMPREHENSIVE"]),
        },
    ],
    rules: &[],
};
