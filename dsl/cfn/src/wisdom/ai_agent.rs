// @generated from AWS::Wisdom::AIAgent (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Wisdom::AIAgent` and its property types.

/// Definition of AWS::Wisdom::AIAgent Resource Type
///
/// CloudFormation type `AWS::Wisdom::AIAgent`.
#[derive(Debug, Clone, PartialEq)]
pub struct AiAgent {
    props: ::forma_core::schema::Props,
}
impl AiAgent {
    /// A new resource with its required properties: `AssistantId`, `Configuration`, `Type`.
    #[track_caller]
    pub fn new(
        assistant_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        configuration: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        type_: impl ::forma_core::schema::EnumArg<AiAgentType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, assistant_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
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
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AiAgent {
    type Attributes = AiAgentAttributes;
    fn type_name(&self) -> &str {
        "AWS::Wisdom::AIAgent"
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
/// The attributes of a `AWS::Wisdom::AIAgent` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AiAgentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AiAgentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AiAgentAttributes {
    /// `Fn::GetAtt` `AIAgentArn`.
    pub fn ai_agent_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AIAgentArn")
    }
    /// `Fn::GetAtt` `AIAgentId`.
    pub fn ai_agent_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AIAgentId")
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

/// The values CloudFormation documents: `MANUAL_SEARCH`, `ANSWER_RECOMMENDATION`, `SELF_SERVICE`, `EMAIL_RESPONSE`, `EMAIL_OVERVIEW`, `EMAIL_GENERATIVE_ANSWER`, `ORCHESTRATION`, `NOTE_TAKING`, `CASE_SUMMARIZATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AiAgentType {
    /// `MANUAL_SEARCH`
    ManualSearch,
    /// `ANSWER_RECOMMENDATION`
    AnswerRecommendation,
    /// `SELF_SERVICE`
    SelfService,
    /// `EMAIL_RESPONSE`
    EmailResponse,
    /// `EMAIL_OVERVIEW`
    EmailOverview,
    /// `EMAIL_GENERATIVE_ANSWER`
    EmailGenerativeAnswer,
    /// `ORCHESTRATION`
    Orchestration,
    /// `NOTE_TAKING`
    NoteTaking,
    /// `CASE_SUMMARIZATION`
    CaseSummarization,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AiAgentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ManualSearch => "MANUAL_SEARCH",
            Self::AnswerRecommendation => "ANSWER_RECOMMENDATION",
            Self::SelfService => "SELF_SERVICE",
            Self::EmailResponse => "EMAIL_RESPONSE",
            Self::EmailOverview => "EMAIL_OVERVIEW",
            Self::EmailGenerativeAnswer => "EMAIL_GENERATIVE_ANSWER",
            Self::Orchestration => "ORCHESTRATION",
            Self::NoteTaking => "NOTE_TAKING",
            Self::CaseSummarization => "CASE_SUMMARIZATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "MANUAL_SEARCH",
            "ANSWER_RECOMMENDATION",
            "SELF_SERVICE",
            "EMAIL_RESPONSE",
            "EMAIL_OVERVIEW",
            "EMAIL_GENERATIVE_ANSWER",
            "ORCHESTRATION",
            "NOTE_TAKING",
            "CASE_SUMMARIZATION",
        ]
    }
}
impl ::std::convert::From<AiAgentType> for ::forma_core::Value<AiAgentType> {
    fn from(v: AiAgentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AiAgentType {}

/// The schema of `AWS::Wisdom::AIAgent`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Wisdom::AIAgent",
properties: &[
::forma_core::schema::Property { name: "AssistantId", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$|^arn:[a-z-]*?:wisdom:[a-z0-9-]*?:[0-9]{12}:[a-z-]*?/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?:/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}){0,2}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Configuration", required: true, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9\\s_.,-]+"), min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "Name", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9\\s_.,-]+"), min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: true, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(256) })) },
::forma_core::schema::Property { name: "Type", required: true, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["MANUAL_SEARCH", "ANSWER_RECOMMENDATION", "SELF_SERVICE", "EMAIL_RESPONSE", "EMAIL_OVERVIEW", "EMAIL_GENERATIVE_ANSWER", "ORCHESTRATION", "NOTE_TAKING", "CASE_SUMMARIZATION"]) },
],
rules: &[],
attributes: &["AIAgentArn", "AIAgentId", "AssistantArn", "ModifiedTimeSeconds"],
};
