// @generated from AWS::Bedrock::Prompt (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Bedrock::Prompt` and its property types.

/// Definition of AWS::Bedrock::Prompt Resource Type
///
/// CloudFormation type `AWS::Bedrock::Prompt`.
#[derive(Debug, Clone, PartialEq)]
pub struct Prompt {
    props: ::forma_core::schema::Props,
}
impl Prompt {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A KMS key ARN
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn customer_encryption_key_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Name for a variant.
    #[track_caller]
    pub fn default_variant(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Name for a prompt resource.
    ///
    /// Allowed: length 1 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A map of tag keys and values
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of prompt variants
    #[track_caller]
    pub fn variants(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PromptVariant>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Prompt {
    type Attributes = PromptAttributes;
    fn type_name(&self) -> &str {
        "AWS::Bedrock::Prompt"
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
/// The attributes of a `AWS::Bedrock::Prompt` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PromptAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PromptAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PromptAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `Version`.
    pub fn version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Version")
    }
}

/// The values CloudFormation documents: `TEXT`, `CHAT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PromptTemplateType {
    /// `TEXT`
    Text,
    /// `CHAT`
    Chat,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PromptTemplateType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "TEXT",
            Self::Chat => "CHAT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TEXT", "CHAT"]
    }
}
impl ::std::convert::From<PromptTemplateType> for ::forma_core::Value<PromptTemplateType> {
    fn from(v: PromptTemplateType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PromptTemplateType {}

/// Prompt variant
#[derive(Debug, Clone, PartialEq)]
pub struct PromptVariant {
    props: ::forma_core::schema::Props,
}
impl PromptVariant {
    /// A new value with its required properties: `Name`, `TemplateConfiguration`, `TemplateType`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        template_configuration: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        template_type: impl ::forma_core::schema::EnumArg<PromptTemplateType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, name.into().into_expr());
        props.set(6, template_configuration.into().into_expr());
        props.set(7, template_type.into_enum_expr());
        Self { props }
    }
    /// Contains model-specific configurations
    pub fn additional_model_request_fields(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Target resource to invoke with Prompt
    pub fn gen_ai_resource(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Model inference configuration
    pub fn inference_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// List of metadata to associate with the prompt variant.
    pub fn metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PromptMetadataEntry>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// ARN or Id of a Bedrock Foundational Model or Inference Profile, or the ARN of a imported model, or a provisioned throughput ARN for custom models.
    ///
    /// Allowed: length 1 to 2048.
    pub fn model_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PromptVariant> for ::forma_core::Value<PromptVariant> {
    fn from(v: PromptVariant) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROMPT_VARIANT_TYPE.properties))
    }
}

/// Contains a key-value pair that defines a metadata tag and value to attach to a prompt variant.
#[derive(Debug, Clone, PartialEq)]
pub struct PromptMetadataEntry {
    props: ::forma_core::schema::Props,
}
impl PromptMetadataEntry {
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
impl ::std::convert::From<PromptMetadataEntry> for ::forma_core::Value<PromptMetadataEntry> {
    fn from(v: PromptMetadataEntry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROMPT_METADATA_ENTRY_TYPE.properties))
    }
}

/// The schema of `AWS::Bedrock::Prompt`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Bedrock::Prompt",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomerEncryptionKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "DefaultVariant",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-zA-Z][_-]?){1,100}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-zA-Z][_-]?){1,100}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                    min_length: Some(0),
                    max_length: Some(256),
                },
            )),
        },
        ::forma_core::schema::Property {
            name: "Variants",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PROMPT_VARIANT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(3) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreatedAt", "Id", "UpdatedAt", "Version"],
};

static PROMPT_VARIANT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::Prompt.PromptVariant",
properties: &[
::forma_core::schema::Property { name: "AdditionalModelRequestFields", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "GenAiResource", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "InferenceConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "Metadata", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&PROMPT_METADATA_ENTRY_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) }) },
::forma_core::schema::Property { name: "ModelId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:aws(-[^:]{1,12})?:(bedrock|sagemaker):[a-z0-9-]{1,20}:([0-9]{12})?:([a-z-]+/)?)?([a-zA-Z0-9.-]{1,63}){0,2}(([:][a-z0-9-]{1,63}){0,2})?(/[a-z0-9]{1,12})?$"), min_length: Some(1), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([0-9a-zA-Z][_-]?){1,100}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "TemplateConfiguration", required: true, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "TemplateType", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["TEXT", "CHAT"]) },
],
rules: &[],
};

static PROMPT_METADATA_ENTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Prompt.PromptMetadataEntry",
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
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};
