// @generated from AWS::Wisdom::AIPrompt (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Wisdom::AIPrompt` and its property types.

/// Definition of AWS::Wisdom::AIPrompt Resource Type
///
/// CloudFormation type `AWS::Wisdom::AIPrompt`.
#[derive(Debug, Clone, PartialEq)]
pub struct AiPrompt {
    props: ::forma_core::schema::Props,
}
impl AiPrompt {
    /// A new resource with its required properties: `ApiFormat`, `ModelId`, `TemplateConfiguration`, `TemplateType`, `Type`.
    #[track_caller]
    pub fn new(
        api_format: impl ::forma_core::schema::EnumArg<AiPromptApiFormat>,
        model_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        template_configuration: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        template_type: impl ::forma_core::schema::EnumArg<AiPromptTemplateType>,
        type_: impl ::forma_core::schema::EnumArg<AiPromptType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, api_format.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(3, model_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, template_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, template_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(8, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AssistantId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn assistant_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AiPrompt {
    type Attributes = AiPromptAttributes;
    fn type_name(&self) -> &str {
        "AWS::Wisdom::AIPrompt"
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
/// The attributes of a `AWS::Wisdom::AIPrompt` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AiPromptAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AiPromptAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AiPromptAttributes {
    /// `Fn::GetAtt` `AIPromptArn`.
    pub fn ai_prompt_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AIPromptArn")
    }
    /// `Fn::GetAtt` `AIPromptId`.
    pub fn ai_prompt_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AIPromptId")
    }
    /// `Fn::GetAtt` `AssistantArn`.
    pub fn assistant_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssistantArn")
    }
    /// `Fn::GetAtt` `ModifiedTimeSeconds`.
    pub fn modified_time_seconds(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "ModifiedTimeSeconds")
    }
}

/// The values CloudFormation documents: `ANTHROPIC_CLAUDE_MESSAGES`, `ANTHROPIC_CLAUDE_TEXT_COMPLETIONS`, `MESSAGES`, `TEXT_COMPLETIONS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AiPromptApiFormat {
    /// `ANTHROPIC_CLAUDE_MESSAGES`
    AnthropicClaudeMessages,
    /// `ANTHROPIC_CLAUDE_TEXT_COMPLETIONS`
    AnthropicClaudeTextCompletions,
    /// `MESSAGES`
    Messages,
    /// `TEXT_COMPLETIONS`
    TextCompletions,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AiPromptApiFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AnthropicClaudeMessages => "ANTHROPIC_CLAUDE_MESSAGES",
            Self::AnthropicClaudeTextCompletions => "ANTHROPIC_CLAUDE_TEXT_COMPLETIONS",
            Self::Messages => "MESSAGES",
            Self::TextCompletions => "TEXT_COMPLETIONS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ANTHROPIC_CLAUDE_MESSAGES", "ANTHROPIC_CLAUDE_TEXT_COMPLETIONS", "MESSAGES", "TEXT_COMPLETIONS"]
    }
}
impl ::std::convert::From<AiPromptApiFormat> for ::forma_core::Value<AiPromptApiFormat> {
    fn from(v: AiPromptApiFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AiPromptApiFormat {}

/// The values CloudFormation documents: `TEXT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AiPromptTemplateType {
    /// `TEXT`
    Text,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AiPromptTemplateType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "TEXT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TEXT"]
    }
}
impl ::std::convert::From<AiPromptTemplateType> for ::forma_core::Value<AiPromptTemplateType> {
    fn from(v: AiPromptTemplateType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AiPromptTemplateType {}

/// The values CloudFormation documents: `ANSWER_GENERATION`, `INTENT_LABELING_GENERATION`, `QUERY_REFORMULATION`, `SELF_SERVICE_PRE_PROCESSING`, `SELF_SERVICE_ANSWER_GENERATION`, `EMAIL_RESPONSE`, `EMAIL_OVERVIEW`, `EMAIL_GENERATIVE_ANSWER`, `EMAIL_QUERY_REFORMULATION`, `ORCHESTRATION`, `NOTE_TAKING`, `CASE_SUMMARIZATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AiPromptType {
    /// `ANSWER_GENERATION`
    AnswerGeneration,
    /// `INTENT_LABELING_GENERATION`
    IntentLabelingGeneration,
    /// `QUERY_REFORMULATION`
    QueryReformulation,
    /// `SELF_SERVICE_PRE_PROCESSING`
    SelfServicePreProcessing,
    /// `SELF_SERVICE_ANSWER_GENERATION`
    SelfServiceAnswerGeneration,
    /// `EMAIL_RESPONSE`
    EmailResponse,
    /// `EMAIL_OVERVIEW`
    EmailOverview,
    /// `EMAIL_GENERATIVE_ANSWER`
    EmailGenerativeAnswer,
    /// `EMAIL_QUERY_REFORMULATION`
    EmailQueryReformulation,
    /// `ORCHESTRATION`
    Orchestration,
    /// `NOTE_TAKING`
    NoteTaking,
    /// `CASE_SUMMARIZATION`
    CaseSummarization,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AiPromptType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AnswerGeneration => "ANSWER_GENERATION",
            Self::IntentLabelingGeneration => "INTENT_LABELING_GENERATION",
            Self::QueryReformulation => "QUERY_REFORMULATION",
            Self::SelfServicePreProcessing => "SELF_SERVICE_PRE_PROCESSING",
            Self::SelfServiceAnswerGeneration => "SELF_SERVICE_ANSWER_GENERATION",
            Self::EmailResponse => "EMAIL_RESPONSE",
            Self::EmailOverview => "EMAIL_OVERVIEW",
            Self::EmailGenerativeAnswer => "EMAIL_GENERATIVE_ANSWER",
            Self::EmailQueryReformulation => "EMAIL_QUERY_REFORMULATION",
            Self::Orchestration => "ORCHESTRATION",
            Self::NoteTaking => "NOTE_TAKING",
            Self::CaseSummarization => "CASE_SUMMARIZATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ANSWER_GENERATION",
            "INTENT_LABELING_GENERATION",
            "QUERY_REFORMULATION",
            "SELF_SERVICE_PRE_PROCESSING",
            "SELF_SERVICE_ANSWER_GENERATION",
            "EMAIL_RESPONSE",
            "EMAIL_OVERVIEW",
            "EMAIL_GENERATIVE_ANSWER",
            "EMAIL_QUERY_REFORMULATION",
            "ORCHESTRATION",
            "NOTE_TAKING",
            "CASE_SUMMARIZATION",
        ]
    }
}
impl ::std::convert::From<AiPromptType> for ::forma_core::Value<AiPromptType> {
    fn from(v: AiPromptType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AiPromptType {}

/// The schema of `AWS::Wisdom::AIPrompt`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Wisdom::AIPrompt",
properties: &[
::forma_core::schema::Property { name: "ApiFormat", required: true, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["ANTHROPIC_CLAUDE_MESSAGES", "ANTHROPIC_CLAUDE_TEXT_COMPLETIONS", "MESSAGES", "TEXT_COMPLETIONS"]) },
::forma_core::schema::Property { name: "AssistantId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$|^arn:[a-z-]*?:wisdom:[a-z0-9-]*?:[0-9]{12}:[a-z-]*?/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?:/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}){0,2}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9\\s_.,-]+"), min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "ModelId", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "Name", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9\\s_.,-]+"), min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: true, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(256) })) },
::forma_core::schema::Property { name: "TemplateConfiguration", required: true, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "TemplateType", required: true, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["TEXT"]) },
::forma_core::schema::Property { name: "Type", required: true, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["ANSWER_GENERATION", "INTENT_LABELING_GENERATION", "QUERY_REFORMULATION", "SELF_SERVICE_PRE_PROCESSING", "SELF_SERVICE_ANSWER_GENERATION", "EMAIL_RESPONSE", "EMAIL_OVERVIEW", "EMAIL_GENERATIVE_ANSWER", "EMAIL_QUERY_REFORMULATION", "ORCHESTRATION", "NOTE_TAKING", "CASE_SUMMARIZATION"]) },
],
rules: &[],
attributes: &["AIPromptArn", "AIPromptId", "AssistantArn", "ModifiedTimeSeconds"],
};
