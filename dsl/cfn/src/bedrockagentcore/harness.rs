// @generated from AWS::BedrockAgentCore::Harness (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BedrockAgentCore::Harness` and its property types.

/// Resource Type definition for AWS::BedrockAgentCore::Harness - a managed agentic loop service that provides a turnkey solution for running stateful, tool-equipped AI agents.
///
/// CloudFormation type `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct Harness {
    props: ::forma_core::schema::Props,
}
impl Harness {
    /// A new resource with its required properties: `ExecutionRoleArn`, `HarnessName`, `Model`.
    #[track_caller]
    pub fn new(
        execution_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        harness_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        model: impl ::std::convert::Into<::forma_core::Value<HarnessModelConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, execution_role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, harness_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, model.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The tools that the agent is allowed to use.
    #[track_caller]
    pub fn allowed_tools(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The inbound authorization configuration for authenticating incoming requests.
    #[track_caller]
    pub fn authorizer_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuthorizerConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The compute environment configuration for the harness, including underlying runtime information.
    #[track_caller]
    pub fn environment(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessEnvironmentProvider>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The environment artifact for the harness, such as a custom container image.
    #[track_caller]
    pub fn environment_artifact(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessEnvironmentArtifact>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Environment variables to set in the harness runtime environment.
    #[track_caller]
    pub fn environment_variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Lifecycle hooks that fire at well-defined points in the agent loop for policy enforcement, audit, and governance.
    #[track_caller]
    pub fn hooks(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HarnessHook>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum number of iterations the agent loop can execute per invocation.
    #[track_caller]
    pub fn max_iterations(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum number of tokens the agent can generate per iteration.
    #[track_caller]
    pub fn max_tokens(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AgentCore Memory configuration for persisting conversation context.
    #[track_caller]
    pub fn memory(mut self, value: impl ::std::convert::Into<::forma_core::Value<HarnessMemoryConfiguration>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The skills available to the agent.
    #[track_caller]
    pub fn skills(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HarnessSkill>>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The system prompt that defines the agent's behavior.
    #[track_caller]
    pub fn system_prompt(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HarnessSystemContentBlock>>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to apply to the harness resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum duration in seconds for the agent loop execution per invocation.
    #[track_caller]
    pub fn timeout_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tools available to the agent.
    #[track_caller]
    pub fn tools(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HarnessTool>>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The truncation configuration for managing conversation context.
    #[track_caller]
    pub fn truncation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessTruncationConfiguration>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Harness {
    type Attributes = HarnessAttributes;
    fn type_name(&self) -> &str {
        "AWS::BedrockAgentCore::Harness"
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
/// The attributes of a `AWS::BedrockAgentCore::Harness` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct HarnessAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for HarnessAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl HarnessAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `HarnessId`.
    pub fn harness_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "HarnessId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `Version`.
    pub fn version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Version")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `Memory.ManagedMemoryConfiguration.Arn`.
    pub fn memory_managed_memory_configuration_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Memory.ManagedMemoryConfiguration.Arn")
    }
    /// `Fn::GetAtt` `Environment.AgentCoreRuntimeEnvironment.AgentRuntimeArn`.
    pub fn environment_agent_core_runtime_environment_agent_runtime_arn(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Environment.AgentCoreRuntimeEnvironment.AgentRuntimeArn")
    }
    /// `Fn::GetAtt` `Environment.AgentCoreRuntimeEnvironment.AgentRuntimeName`.
    pub fn environment_agent_core_runtime_environment_agent_runtime_name(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Environment.AgentCoreRuntimeEnvironment.AgentRuntimeName")
    }
    /// `Fn::GetAtt` `Environment.AgentCoreRuntimeEnvironment.AgentRuntimeId`.
    pub fn environment_agent_core_runtime_environment_agent_runtime_id(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Environment.AgentCoreRuntimeEnvironment.AgentRuntimeId")
    }
}

/// The `AuthorizerConfiguration` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorizerConfiguration {
    props: ::forma_core::schema::Props,
}
impl AuthorizerConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CustomJWTAuthorizer`.
    pub fn custom_jwt_authorizer(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomJwtAuthorizerConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AuthorizerConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AuthorizerConfiguration> for ::forma_core::Value<AuthorizerConfiguration> {
    fn from(v: AuthorizerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHORIZER_CONFIGURATION_TYPE.properties))
    }
}

/// The `HarnessEnvironmentProvider` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessEnvironmentProvider {
    props: ::forma_core::schema::Props,
}
impl HarnessEnvironmentProvider {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AgentCoreRuntimeEnvironment`.
    pub fn agent_core_runtime_environment(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessAgentCoreRuntimeEnvironment>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HarnessEnvironmentProvider {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HarnessEnvironmentProvider> for ::forma_core::Value<HarnessEnvironmentProvider> {
    fn from(v: HarnessEnvironmentProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_ENVIRONMENT_PROVIDER_TYPE.properties))
    }
}

/// The `HarnessEnvironmentArtifact` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessEnvironmentArtifact {
    props: ::forma_core::schema::Props,
}
impl HarnessEnvironmentArtifact {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ContainerConfiguration`.
    pub fn container_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContainerConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HarnessEnvironmentArtifact {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HarnessEnvironmentArtifact> for ::forma_core::Value<HarnessEnvironmentArtifact> {
    fn from(v: HarnessEnvironmentArtifact) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_ENVIRONMENT_ARTIFACT_TYPE.properties))
    }
}

/// A lifecycle hook configured for one phase of the agent loop.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessHook {
    props: ::forma_core::schema::Props,
}
impl HarnessHook {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `BeforeInvocation`, `AfterInvocation`, `BeforeToolCall` or `AfterToolCall`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A hook that runs after an agent invocation.
    pub fn after_invocation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessAfterInvocationHook>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A hook that runs after each tool call.
    pub fn after_tool_call(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessAfterToolCallHook>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A hook that runs before an agent invocation.
    pub fn before_invocation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessBeforeInvocationHook>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A hook that runs before each tool call.
    pub fn before_tool_call(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessBeforeToolCallHook>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HarnessHook {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HarnessHook> for ::forma_core::Value<HarnessHook> {
    fn from(v: HarnessHook) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_HOOK_TYPE.properties))
    }
}

/// The `HarnessMemoryConfiguration` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessMemoryConfiguration {
    props: ::forma_core::schema::Props,
}
impl HarnessMemoryConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AgentCoreMemoryConfiguration`.
    pub fn agent_core_memory_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessAgentCoreMemoryConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Explicitly opt out of memory.
    pub fn disabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Configuration for managed memory.
    pub fn managed_memory_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessManagedMemoryConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HarnessMemoryConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HarnessMemoryConfiguration> for ::forma_core::Value<HarnessMemoryConfiguration> {
    fn from(v: HarnessMemoryConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_MEMORY_CONFIGURATION_TYPE.properties))
    }
}

/// The `HarnessModelConfiguration` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessModelConfiguration {
    props: ::forma_core::schema::Props,
}
impl HarnessModelConfiguration {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `BedrockModelConfig`, `OpenAiModelConfig`, `GeminiModelConfig` or `LiteLlmModelConfig`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BedrockModelConfig`.
    pub fn bedrock_model_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessBedrockModelConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `GeminiModelConfig`.
    pub fn gemini_model_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessGeminiModelConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `LiteLlmModelConfig`.
    pub fn lite_llm_model_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessLiteLlmModelConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `OpenAiModelConfig`.
    pub fn open_ai_model_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessOpenAiModelConfig>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HarnessModelConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HarnessModelConfiguration> for ::forma_core::Value<HarnessModelConfiguration> {
    fn from(v: HarnessModelConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_MODEL_CONFIGURATION_TYPE.properties))
    }
}

/// The `HarnessSkill` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessSkill {
    props: ::forma_core::schema::Props,
}
impl HarnessSkill {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// AWS Skills baked into the Harness's underlying Runtime.
    pub fn aws_skills(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessSkillAwsSkillsSource>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A git repository containing the skill, cloned over HTTPS.
    pub fn git(mut self, value: impl ::std::convert::Into<::forma_core::Value<HarnessSkillGitSource>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The filesystem path to the skill definition.
    ///
    /// Allowed: length 1 to any.
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// An S3 source containing the skill.
    pub fn s3(mut self, value: impl ::std::convert::Into<::forma_core::Value<HarnessSkillS3Source>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HarnessSkill {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HarnessSkill> for ::forma_core::Value<HarnessSkill> {
    fn from(v: HarnessSkill) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_SKILL_TYPE.properties))
    }
}

/// The `HarnessSystemContentBlock` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessSystemContentBlock {
    props: ::forma_core::schema::Props,
}
impl HarnessSystemContentBlock {
    /// A new value with its required properties: `Text`.
    pub fn new(text: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, text.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<HarnessSystemContentBlock> for ::forma_core::Value<HarnessSystemContentBlock> {
    fn from(v: HarnessSystemContentBlock) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_SYSTEM_CONTENT_BLOCK_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::BedrockAgentCore::Harness`.
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

/// The values CloudFormation documents: `remote_mcp`, `agentcore_browser`, `agentcore_gateway`, `inline_function`, `agentcore_code_interpreter`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `remote_mcp`
    RemoteMcp,
    /// `agentcore_browser`
    AgentcoreBrowser,
    /// `agentcore_gateway`
    AgentcoreGateway,
    /// `inline_function`
    InlineFunction,
    /// `agentcore_code_interpreter`
    AgentcoreCodeInterpreter,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RemoteMcp => "remote_mcp",
            Self::AgentcoreBrowser => "agentcore_browser",
            Self::AgentcoreGateway => "agentcore_gateway",
            Self::InlineFunction => "inline_function",
            Self::AgentcoreCodeInterpreter => "agentcore_code_interpreter",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["remote_mcp", "agentcore_browser", "agentcore_gateway", "inline_function", "agentcore_code_interpreter"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `HarnessTool` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessTool {
    props: ::forma_core::schema::Props,
}
impl HarnessTool {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
    /// `Config`.
    pub fn config(mut self, value: impl ::std::convert::Into<::forma_core::Value<HarnessToolConfiguration>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 64.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HarnessTool> for ::forma_core::Value<HarnessTool> {
    fn from(v: HarnessTool) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_TOOL_TYPE.properties))
    }
}

/// The values CloudFormation documents: `sliding_window`, `summarization`, `none`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Strategy {
    /// `sliding_window`
    SlidingWindow,
    /// `summarization`
    Summarization,
    /// `none`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Strategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SlidingWindow => "sliding_window",
            Self::Summarization => "summarization",
            Self::None => "none",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["sliding_window", "summarization", "none"]
    }
}
impl ::std::convert::From<Strategy> for ::forma_core::Value<Strategy> {
    fn from(v: Strategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Strategy {}

/// The `HarnessTruncationConfiguration` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessTruncationConfiguration {
    props: ::forma_core::schema::Props,
}
impl HarnessTruncationConfiguration {
    /// A new value with its required properties: `Strategy`.
    pub fn new(strategy: impl ::forma_core::schema::EnumArg<Strategy>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, strategy.into_enum_expr());
        Self { props }
    }
    /// `Config`.
    pub fn config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessTruncationStrategyConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HarnessTruncationConfiguration> for ::forma_core::Value<HarnessTruncationConfiguration> {
    fn from(v: HarnessTruncationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_TRUNCATION_CONFIGURATION_TYPE.properties))
    }
}

/// The `CustomJWTAuthorizerConfiguration` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomJwtAuthorizerConfiguration {
    props: ::forma_core::schema::Props,
}
impl CustomJwtAuthorizerConfiguration {
    /// A new value with its required properties: `DiscoveryUrl`.
    pub fn new(discovery_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, discovery_url.into().into_expr());
        Self { props }
    }
    /// A map that associates each scope in AllowedScopes with a corresponding advertised scope value.
    pub fn advertised_scope_mapping(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AllowedAudience`.
    pub fn allowed_audience(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `AllowedClients`.
    pub fn allowed_clients(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `AllowedScopes`.
    pub fn allowed_scopes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `CustomClaims`.
    pub fn custom_claims(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomClaimValidationType>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Private endpoint configuration for connecting to the OpenID Connect discovery endpoint over a private network.
    pub fn private_endpoint(mut self, value: impl ::std::convert::Into<::forma_core::Value<PrivateEndpoint>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `PrivateEndpointOverrides`.
    pub fn private_endpoint_overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PrivateEndpointOverride>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomJwtAuthorizerConfiguration> for ::forma_core::Value<CustomJwtAuthorizerConfiguration> {
    fn from(v: CustomJwtAuthorizerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_JWT_AUTHORIZER_CONFIGURATION_TYPE.properties))
    }
}

/// The `HarnessAgentCoreRuntimeEnvironment` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessAgentCoreRuntimeEnvironment {
    props: ::forma_core::schema::Props,
}
impl HarnessAgentCoreRuntimeEnvironment {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the underlying AgentCore Runtime.
    ///
    /// Allowed: length 20 to 1011.
    pub fn agent_runtime_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ID of the underlying AgentCore Runtime.
    pub fn agent_runtime_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The name of the underlying AgentCore Runtime.
    pub fn agent_runtime_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `FilesystemConfigurations`.
    pub fn filesystem_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FilesystemConfiguration>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `LifecycleConfiguration`.
    pub fn lifecycle_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LifecycleConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `NetworkConfiguration`.
    pub fn network_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkConfiguration>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HarnessAgentCoreRuntimeEnvironment {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HarnessAgentCoreRuntimeEnvironment>
    for ::forma_core::Value<HarnessAgentCoreRuntimeEnvironment>
{
    fn from(v: HarnessAgentCoreRuntimeEnvironment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_AGENT_CORE_RUNTIME_ENVIRONMENT_TYPE.properties))
    }
}

/// The `ContainerConfiguration` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerConfiguration {
    props: ::forma_core::schema::Props,
}
impl ContainerConfiguration {
    /// A new value with its required properties: `ContainerUri`.
    pub fn new(container_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, container_uri.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ContainerConfiguration> for ::forma_core::Value<ContainerConfiguration> {
    fn from(v: ContainerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_CONFIGURATION_TYPE.properties))
    }
}

/// A hook that runs after an agent invocation.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessAfterInvocationHook {
    props: ::forma_core::schema::Props,
}
impl HarnessAfterInvocationHook {
    /// A new value with its required properties: `Name`, `Target`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target: impl ::std::convert::Into<::forma_core::Value<HarnessHookTarget>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, target.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<HarnessAfterInvocationHook> for ::forma_core::Value<HarnessAfterInvocationHook> {
    fn from(v: HarnessAfterInvocationHook) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_AFTER_INVOCATION_HOOK_TYPE.properties))
    }
}

/// A hook that runs after each tool call.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessAfterToolCallHook {
    props: ::forma_core::schema::Props,
}
impl HarnessAfterToolCallHook {
    /// A new value with its required properties: `Name`, `Target`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target: impl ::std::convert::Into<::forma_core::Value<HarnessHookTarget>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, target.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<HarnessAfterToolCallHook> for ::forma_core::Value<HarnessAfterToolCallHook> {
    fn from(v: HarnessAfterToolCallHook) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_AFTER_TOOL_CALL_HOOK_TYPE.properties))
    }
}

/// A hook that runs before an agent invocation.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessBeforeInvocationHook {
    props: ::forma_core::schema::Props,
}
impl HarnessBeforeInvocationHook {
    /// A new value with its required properties: `Name`, `Target`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target: impl ::std::convert::Into<::forma_core::Value<HarnessHookTarget>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, target.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<HarnessBeforeInvocationHook> for ::forma_core::Value<HarnessBeforeInvocationHook> {
    fn from(v: HarnessBeforeInvocationHook) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_BEFORE_INVOCATION_HOOK_TYPE.properties))
    }
}

/// A hook that runs before each tool call.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessBeforeToolCallHook {
    props: ::forma_core::schema::Props,
}
impl HarnessBeforeToolCallHook {
    /// A new value with its required properties: `Name`, `Target`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target: impl ::std::convert::Into<::forma_core::Value<HarnessHookTarget>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, target.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<HarnessBeforeToolCallHook> for ::forma_core::Value<HarnessBeforeToolCallHook> {
    fn from(v: HarnessBeforeToolCallHook) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_BEFORE_TOOL_CALL_HOOK_TYPE.properties))
    }
}

/// The `HarnessAgentCoreMemoryConfiguration` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessAgentCoreMemoryConfiguration {
    props: ::forma_core::schema::Props,
}
impl HarnessAgentCoreMemoryConfiguration {
    /// A new value with its required properties: `Arn`.
    pub fn new(arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, arn.into().into_expr());
        Self { props }
    }
    /// `ActorId`.
    pub fn actor_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MessagesCount`.
    pub fn messages_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `RetrievalConfig`.
    pub fn retrieval_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HarnessAgentCoreMemoryConfiguration>
    for ::forma_core::Value<HarnessAgentCoreMemoryConfiguration>
{
    fn from(v: HarnessAgentCoreMemoryConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_AGENT_CORE_MEMORY_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SEMANTIC`, `SUMMARIZATION`, `USER_PREFERENCE`, `EPISODIC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Strategies {
    /// `SEMANTIC`
    Semantic,
    /// `SUMMARIZATION`
    Summarization,
    /// `USER_PREFERENCE`
    UserPreference,
    /// `EPISODIC`
    Episodic,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Strategies {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Semantic => "SEMANTIC",
            Self::Summarization => "SUMMARIZATION",
            Self::UserPreference => "USER_PREFERENCE",
            Self::Episodic => "EPISODIC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SEMANTIC", "SUMMARIZATION", "USER_PREFERENCE", "EPISODIC"]
    }
}
impl ::std::convert::From<Strategies> for ::forma_core::Value<Strategies> {
    fn from(v: Strategies) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Strategies {}

/// Configuration for managed memory.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessManagedMemoryConfiguration {
    props: ::forma_core::schema::Props,
}
impl HarnessManagedMemoryConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the managed memory resource.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Customer-managed KMS key ARN.
    pub fn encryption_key_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Event retention in days.
    ///
    /// Allowed: 3 to 365.
    pub fn event_expiry_duration(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Strategy types to enable.
    pub fn strategies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Strategies>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HarnessManagedMemoryConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HarnessManagedMemoryConfiguration>
    for ::forma_core::Value<HarnessManagedMemoryConfiguration>
{
    fn from(v: HarnessManagedMemoryConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_MANAGED_MEMORY_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `converse_stream`, `responses`, `chat_completions`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApiFormat {
    /// `converse_stream`
    ConverseStream,
    /// `responses`
    Responses,
    /// `chat_completions`
    ChatCompletions,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApiFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConverseStream => "converse_stream",
            Self::Responses => "responses",
            Self::ChatCompletions => "chat_completions",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["converse_stream", "responses", "chat_completions"]
    }
}
impl ::std::convert::From<ApiFormat> for ::forma_core::Value<ApiFormat> {
    fn from(v: ApiFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApiFormat {}

/// The `HarnessBedrockModelConfig` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessBedrockModelConfig {
    props: ::forma_core::schema::Props,
}
impl HarnessBedrockModelConfig {
    /// A new value with its required properties: `ModelId`.
    pub fn new(model_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, model_id.into().into_expr());
        Self { props }
    }
    /// Provider-specific parameters passed through to the model provider unchanged.
    pub fn additional_params(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ApiFormat`.
    pub fn api_format(mut self, value: impl ::forma_core::schema::EnumArg<ApiFormat>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `MaxTokens`.
    ///
    /// Allowed: at least 1.
    pub fn max_tokens(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Temperature`.
    ///
    /// Allowed: 0 to 2.
    pub fn temperature(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `TopP`.
    ///
    /// Allowed: 0 to 1.
    pub fn top_p(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HarnessBedrockModelConfig> for ::forma_core::Value<HarnessBedrockModelConfig> {
    fn from(v: HarnessBedrockModelConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_BEDROCK_MODEL_CONFIG_TYPE.properties))
    }
}

/// The `HarnessGeminiModelConfig` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessGeminiModelConfig {
    props: ::forma_core::schema::Props,
}
impl HarnessGeminiModelConfig {
    /// A new value with its required properties: `ApiKeyArn`, `ModelId`.
    pub fn new(
        api_key_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        model_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, api_key_arn.into().into_expr());
        props.set(3, model_id.into().into_expr());
        Self { props }
    }
    /// Provider-specific parameters passed through to the Gemini model provider unchanged.
    pub fn additional_params(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaxTokens`.
    ///
    /// Allowed: at least 1.
    pub fn max_tokens(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Temperature`.
    ///
    /// Allowed: 0 to 2.
    pub fn temperature(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `TopK`.
    ///
    /// Allowed: 0 to 500.
    pub fn top_k(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `TopP`.
    ///
    /// Allowed: 0 to 1.
    pub fn top_p(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HarnessGeminiModelConfig> for ::forma_core::Value<HarnessGeminiModelConfig> {
    fn from(v: HarnessGeminiModelConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_GEMINI_MODEL_CONFIG_TYPE.properties))
    }
}

/// The `HarnessLiteLlmModelConfig` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessLiteLlmModelConfig {
    props: ::forma_core::schema::Props,
}
impl HarnessLiteLlmModelConfig {
    /// A new value with its required properties: `ModelId`.
    pub fn new(model_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, model_id.into().into_expr());
        Self { props }
    }
    /// Provider-specific parameters passed through to LiteLLM unchanged.
    pub fn additional_params(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ApiBase`.
    ///
    /// Allowed: length 1 to 16383.
    pub fn api_base(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ApiKeyArn`.
    pub fn api_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MaxTokens`.
    ///
    /// Allowed: at least 1.
    pub fn max_tokens(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Temperature`.
    ///
    /// Allowed: 0 to 2.
    pub fn temperature(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `TopP`.
    ///
    /// Allowed: 0 to 1.
    pub fn top_p(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HarnessLiteLlmModelConfig> for ::forma_core::Value<HarnessLiteLlmModelConfig> {
    fn from(v: HarnessLiteLlmModelConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_LITE_LLM_MODEL_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `chat_completions`, `responses`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HarnessOpenAiModelConfigApiFormat {
    /// `chat_completions`
    ChatCompletions,
    /// `responses`
    Responses,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HarnessOpenAiModelConfigApiFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ChatCompletions => "chat_completions",
            Self::Responses => "responses",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["chat_completions", "responses"]
    }
}
impl ::std::convert::From<HarnessOpenAiModelConfigApiFormat>
    for ::forma_core::Value<HarnessOpenAiModelConfigApiFormat>
{
    fn from(v: HarnessOpenAiModelConfigApiFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HarnessOpenAiModelConfigApiFormat {}

/// The `HarnessOpenAiModelConfig` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessOpenAiModelConfig {
    props: ::forma_core::schema::Props,
}
impl HarnessOpenAiModelConfig {
    /// A new value with its required properties: `ApiKeyArn`, `ModelId`.
    pub fn new(
        api_key_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        model_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, api_key_arn.into().into_expr());
        props.set(5, model_id.into().into_expr());
        Self { props }
    }
    /// Provider-specific parameters passed through to the model provider unchanged.
    pub fn additional_params(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Optional custom endpoint URL for an OpenAI-compatible endpoint.
    ///
    /// Allowed: length 1 to 16383.
    pub fn api_base(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ApiFormat`.
    pub fn api_format(mut self, value: impl ::forma_core::schema::EnumArg<HarnessOpenAiModelConfigApiFormat>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `MaxTokens`.
    ///
    /// Allowed: at least 1.
    pub fn max_tokens(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Temperature`.
    ///
    /// Allowed: 0 to 2.
    pub fn temperature(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `TopP`.
    ///
    /// Allowed: 0 to 1.
    pub fn top_p(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HarnessOpenAiModelConfig> for ::forma_core::Value<HarnessOpenAiModelConfig> {
    fn from(v: HarnessOpenAiModelConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_OPEN_AI_MODEL_CONFIG_TYPE.properties))
    }
}

/// AWS Skills baked into the Harness's underlying Runtime.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessSkillAwsSkillsSource {
    props: ::forma_core::schema::Props,
}
impl HarnessSkillAwsSkillsSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Optionally filter allowed skills with glob syntax, e.g., ['core-skills/*'].
    pub fn paths(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HarnessSkillAwsSkillsSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HarnessSkillAwsSkillsSource> for ::forma_core::Value<HarnessSkillAwsSkillsSource> {
    fn from(v: HarnessSkillAwsSkillsSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_SKILL_AWS_SKILLS_SOURCE_TYPE.properties))
    }
}

/// A git repository containing the skill, cloned over HTTPS.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessSkillGitSource {
    props: ::forma_core::schema::Props,
}
impl HarnessSkillGitSource {
    /// A new value with its required properties: `Url`.
    pub fn new(url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, url.into().into_expr());
        Self { props }
    }
    /// Authentication configuration for accessing a private git repository.
    pub fn auth(mut self, value: impl ::std::convert::Into<::forma_core::Value<HarnessSkillGitAuth>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Subdirectory within the repository containing the skill.
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HarnessSkillGitSource> for ::forma_core::Value<HarnessSkillGitSource> {
    fn from(v: HarnessSkillGitSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_SKILL_GIT_SOURCE_TYPE.properties))
    }
}

/// An S3 source containing the skill.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessSkillS3Source {
    props: ::forma_core::schema::Props,
}
impl HarnessSkillS3Source {
    /// A new value with its required properties: `Uri`.
    pub fn new(uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, uri.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<HarnessSkillS3Source> for ::forma_core::Value<HarnessSkillS3Source> {
    fn from(v: HarnessSkillS3Source) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_SKILL_S3_SOURCE_TYPE.properties))
    }
}

/// The `HarnessToolConfiguration` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessToolConfiguration {
    props: ::forma_core::schema::Props,
}
impl HarnessToolConfiguration {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `RemoteMcp`, `AgentCoreBrowser`, `AgentCoreGateway`, `InlineFunction` or `AgentCoreCodeInterpreter`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AgentCoreBrowser`.
    pub fn agent_core_browser(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessAgentCoreBrowserConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AgentCoreCodeInterpreter`.
    pub fn agent_core_code_interpreter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessAgentCoreCodeInterpreterConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `AgentCoreGateway`.
    pub fn agent_core_gateway(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessAgentCoreGatewayConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `InlineFunction`.
    pub fn inline_function(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessInlineFunctionConfig>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `RemoteMcp`.
    pub fn remote_mcp(mut self, value: impl ::std::convert::Into<::forma_core::Value<HarnessRemoteMcpConfig>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HarnessToolConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HarnessToolConfiguration> for ::forma_core::Value<HarnessToolConfiguration> {
    fn from(v: HarnessToolConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_TOOL_CONFIGURATION_TYPE.properties))
    }
}

/// The `HarnessTruncationStrategyConfiguration` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessTruncationStrategyConfiguration {
    props: ::forma_core::schema::Props,
}
impl HarnessTruncationStrategyConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SlidingWindow`.
    pub fn sliding_window(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessSlidingWindowConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Summarization`.
    pub fn summarization(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessSummarizationConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HarnessTruncationStrategyConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HarnessTruncationStrategyConfiguration>
    for ::forma_core::Value<HarnessTruncationStrategyConfiguration>
{
    fn from(v: HarnessTruncationStrategyConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_TRUNCATION_STRATEGY_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `STRING`, `STRING_ARRAY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InboundTokenClaimValueType {
    /// `STRING`
    String,
    /// `STRING_ARRAY`
    StringArray,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InboundTokenClaimValueType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "STRING",
            Self::StringArray => "STRING_ARRAY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STRING", "STRING_ARRAY"]
    }
}
impl ::std::convert::From<InboundTokenClaimValueType> for ::forma_core::Value<InboundTokenClaimValueType> {
    fn from(v: InboundTokenClaimValueType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InboundTokenClaimValueType {}

/// The `CustomClaimValidationType` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomClaimValidationType {
    props: ::forma_core::schema::Props,
}
impl CustomClaimValidationType {
    /// A new value with its required properties: `AuthorizingClaimMatchValue`, `InboundTokenClaimName`, `InboundTokenClaimValueType`.
    pub fn new(
        authorizing_claim_match_value: impl ::std::convert::Into<::forma_core::Value<AuthorizingClaimMatchValueType>>,
        inbound_token_claim_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        inbound_token_claim_value_type: impl ::forma_core::schema::EnumArg<InboundTokenClaimValueType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, authorizing_claim_match_value.into().into_expr());
        props.set(1, inbound_token_claim_name.into().into_expr());
        props.set(2, inbound_token_claim_value_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomClaimValidationType> for ::forma_core::Value<CustomClaimValidationType> {
    fn from(v: CustomClaimValidationType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_CLAIM_VALIDATION_TYPE_TYPE.properties))
    }
}

/// Private endpoint configuration for connecting to the OpenID Connect discovery endpoint over a private network.
#[derive(Debug, Clone, PartialEq)]
pub struct PrivateEndpoint {
    props: ::forma_core::schema::Props,
}
impl PrivateEndpoint {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration for a service-managed VPC endpoint.
    pub fn managed_vpc_resource(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManagedVpcResource>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration for connecting to a private resource using a self-managed VPC Lattice resource configuration.
    pub fn self_managed_lattice_resource(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SelfManagedLatticeResource>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PrivateEndpoint {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PrivateEndpoint> for ::forma_core::Value<PrivateEndpoint> {
    fn from(v: PrivateEndpoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIVATE_ENDPOINT_TYPE.properties))
    }
}

/// Maps a domain to a private endpoint for resolving that domain over a private network.
#[derive(Debug, Clone, PartialEq)]
pub struct PrivateEndpointOverride {
    props: ::forma_core::schema::Props,
}
impl PrivateEndpointOverride {
    /// A new value with its required properties: `Domain`, `PrivateEndpoint`.
    pub fn new(
        domain: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        private_endpoint: impl ::std::convert::Into<::forma_core::Value<PrivateEndpoint>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, domain.into().into_expr());
        props.set(1, private_endpoint.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PrivateEndpointOverride> for ::forma_core::Value<PrivateEndpointOverride> {
    fn from(v: PrivateEndpointOverride) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIVATE_ENDPOINT_OVERRIDE_TYPE.properties))
    }
}

/// The `FilesystemConfiguration` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct FilesystemConfiguration {
    props: ::forma_core::schema::Props,
}
impl FilesystemConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration for an Amazon EFS access point to mount into the AgentCore Runtime.
    pub fn efs_access_point(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EfsAccessPointConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration for an Amazon S3 Files access point to mount into the AgentCore Runtime.
    pub fn s3_files_access_point(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3FilesAccessPointConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SessionStorage`.
    pub fn session_storage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SessionStorageConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FilesystemConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FilesystemConfiguration> for ::forma_core::Value<FilesystemConfiguration> {
    fn from(v: FilesystemConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILESYSTEM_CONFIGURATION_TYPE.properties))
    }
}

/// The `LifecycleConfiguration` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct LifecycleConfiguration {
    props: ::forma_core::schema::Props,
}
impl LifecycleConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IdleRuntimeSessionTimeout`.
    ///
    /// Allowed: 60 to 1209600.
    pub fn idle_runtime_session_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaxLifetime`.
    ///
    /// Allowed: 60 to 1209600.
    pub fn max_lifetime(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LifecycleConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LifecycleConfiguration> for ::forma_core::Value<LifecycleConfiguration> {
    fn from(v: LifecycleConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LIFECYCLE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PUBLIC`, `VPC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NetworkMode {
    /// `PUBLIC`
    Public,
    /// `VPC`
    Vpc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NetworkMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "PUBLIC",
            Self::Vpc => "VPC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PUBLIC", "VPC"]
    }
}
impl ::std::convert::From<NetworkMode> for ::forma_core::Value<NetworkMode> {
    fn from(v: NetworkMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NetworkMode {}

/// The `NetworkConfiguration` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkConfiguration {
    props: ::forma_core::schema::Props,
}
impl NetworkConfiguration {
    /// A new value with its required properties: `NetworkMode`.
    pub fn new(network_mode: impl ::forma_core::schema::EnumArg<NetworkMode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, network_mode.into_enum_expr());
        Self { props }
    }
    /// `NetworkModeConfig`.
    pub fn network_mode_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConfig>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<NetworkConfiguration> for ::forma_core::Value<NetworkConfiguration> {
    fn from(v: NetworkConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_CONFIGURATION_TYPE.properties))
    }
}

/// The destination that receives lifecycle hook events.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessHookTarget {
    props: ::forma_core::schema::Props,
}
impl HarnessHookTarget {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `Lambda`, `Sns` or `EventBridge`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An EventBridge event bus that receives lifecycle hook events asynchronously.
    pub fn event_bridge(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessHookEventBridgeTarget>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A Lambda function invoked synchronously for a lifecycle hook.
    pub fn lambda(mut self, value: impl ::std::convert::Into<::forma_core::Value<HarnessHookLambdaTarget>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// An SNS topic that receives lifecycle hook events asynchronously.
    pub fn sns(mut self, value: impl ::std::convert::Into<::forma_core::Value<HarnessHookSnsTarget>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HarnessHookTarget {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HarnessHookTarget> for ::forma_core::Value<HarnessHookTarget> {
    fn from(v: HarnessHookTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_HOOK_TARGET_TYPE.properties))
    }
}

/// The `HarnessAgentCoreMemoryRetrievalConfig` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessAgentCoreMemoryRetrievalConfig {
    props: ::forma_core::schema::Props,
}
impl HarnessAgentCoreMemoryRetrievalConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Minimum relevance score for retrieved memories.
    pub fn relevance_score(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `StrategyId`.
    pub fn strategy_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Maximum number of memory records to retrieve.
    pub fn top_k(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HarnessAgentCoreMemoryRetrievalConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HarnessAgentCoreMemoryRetrievalConfig>
    for ::forma_core::Value<HarnessAgentCoreMemoryRetrievalConfig>
{
    fn from(v: HarnessAgentCoreMemoryRetrievalConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_AGENT_CORE_MEMORY_RETRIEVAL_CONFIG_TYPE.properties))
    }
}

/// Authentication configuration for accessing a private git repository.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessSkillGitAuth {
    props: ::forma_core::schema::Props,
}
impl HarnessSkillGitAuth {
    /// A new value with its required properties: `CredentialArn`.
    pub fn new(credential_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, credential_arn.into().into_expr());
        Self { props }
    }
    /// Username for authentication.
    pub fn username(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HarnessSkillGitAuth> for ::forma_core::Value<HarnessSkillGitAuth> {
    fn from(v: HarnessSkillGitAuth) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_SKILL_GIT_AUTH_TYPE.properties))
    }
}

/// The `HarnessAgentCoreBrowserConfig` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessAgentCoreBrowserConfig {
    props: ::forma_core::schema::Props,
}
impl HarnessAgentCoreBrowserConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BrowserArn`.
    pub fn browser_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HarnessAgentCoreBrowserConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HarnessAgentCoreBrowserConfig> for ::forma_core::Value<HarnessAgentCoreBrowserConfig> {
    fn from(v: HarnessAgentCoreBrowserConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_AGENT_CORE_BROWSER_CONFIG_TYPE.properties))
    }
}

/// The `HarnessAgentCoreCodeInterpreterConfig` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessAgentCoreCodeInterpreterConfig {
    props: ::forma_core::schema::Props,
}
impl HarnessAgentCoreCodeInterpreterConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CodeInterpreterArn`.
    pub fn code_interpreter_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HarnessAgentCoreCodeInterpreterConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HarnessAgentCoreCodeInterpreterConfig>
    for ::forma_core::Value<HarnessAgentCoreCodeInterpreterConfig>
{
    fn from(v: HarnessAgentCoreCodeInterpreterConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_AGENT_CORE_CODE_INTERPRETER_CONFIG_TYPE.properties))
    }
}

/// The `HarnessAgentCoreGatewayConfig` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessAgentCoreGatewayConfig {
    props: ::forma_core::schema::Props,
}
impl HarnessAgentCoreGatewayConfig {
    /// A new value with its required properties: `GatewayArn`.
    pub fn new(gateway_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, gateway_arn.into().into_expr());
        Self { props }
    }
    /// `OutboundAuth`.
    pub fn outbound_auth(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HarnessGatewayOutboundAuth>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HarnessAgentCoreGatewayConfig> for ::forma_core::Value<HarnessAgentCoreGatewayConfig> {
    fn from(v: HarnessAgentCoreGatewayConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_AGENT_CORE_GATEWAY_CONFIG_TYPE.properties))
    }
}

/// The `HarnessInlineFunctionConfig` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessInlineFunctionConfig {
    props: ::forma_core::schema::Props,
}
impl HarnessInlineFunctionConfig {
    /// A new value with its required properties: `Description`, `InputSchema`.
    pub fn new(
        description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        input_schema: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, description.into().into_expr());
        props.set(1, input_schema.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<HarnessInlineFunctionConfig> for ::forma_core::Value<HarnessInlineFunctionConfig> {
    fn from(v: HarnessInlineFunctionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_INLINE_FUNCTION_CONFIG_TYPE.properties))
    }
}

/// The `HarnessRemoteMcpConfig` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessRemoteMcpConfig {
    props: ::forma_core::schema::Props,
}
impl HarnessRemoteMcpConfig {
    /// A new value with its required properties: `Url`.
    pub fn new(url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, url.into().into_expr());
        Self { props }
    }
    /// `Headers`.
    pub fn headers(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HarnessRemoteMcpConfig> for ::forma_core::Value<HarnessRemoteMcpConfig> {
    fn from(v: HarnessRemoteMcpConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_REMOTE_MCP_CONFIG_TYPE.properties))
    }
}

/// The `HarnessSlidingWindowConfiguration` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessSlidingWindowConfiguration {
    props: ::forma_core::schema::Props,
}
impl HarnessSlidingWindowConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MessagesCount`.
    pub fn messages_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HarnessSlidingWindowConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HarnessSlidingWindowConfiguration>
    for ::forma_core::Value<HarnessSlidingWindowConfiguration>
{
    fn from(v: HarnessSlidingWindowConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_SLIDING_WINDOW_CONFIGURATION_TYPE.properties))
    }
}

/// The `HarnessSummarizationConfiguration` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessSummarizationConfiguration {
    props: ::forma_core::schema::Props,
}
impl HarnessSummarizationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PreserveRecentMessages`.
    pub fn preserve_recent_messages(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SummarizationSystemPrompt`.
    pub fn summarization_system_prompt(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SummaryRatio`.
    pub fn summary_ratio(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HarnessSummarizationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HarnessSummarizationConfiguration>
    for ::forma_core::Value<HarnessSummarizationConfiguration>
{
    fn from(v: HarnessSummarizationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_SUMMARIZATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EQUALS`, `CONTAINS`, `CONTAINS_ANY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ClaimMatchOperator {
    /// `EQUALS`
    Equals,
    /// `CONTAINS`
    Contains,
    /// `CONTAINS_ANY`
    ContainsAny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ClaimMatchOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::Contains => "CONTAINS",
            Self::ContainsAny => "CONTAINS_ANY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EQUALS", "CONTAINS", "CONTAINS_ANY"]
    }
}
impl ::std::convert::From<ClaimMatchOperator> for ::forma_core::Value<ClaimMatchOperator> {
    fn from(v: ClaimMatchOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ClaimMatchOperator {}

/// The `AuthorizingClaimMatchValueType` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorizingClaimMatchValueType {
    props: ::forma_core::schema::Props,
}
impl AuthorizingClaimMatchValueType {
    /// A new value with its required properties: `ClaimMatchOperator`, `ClaimMatchValue`.
    pub fn new(
        claim_match_operator: impl ::forma_core::schema::EnumArg<ClaimMatchOperator>,
        claim_match_value: impl ::std::convert::Into<::forma_core::Value<ClaimMatchValueType>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, claim_match_operator.into_enum_expr());
        props.set(1, claim_match_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AuthorizingClaimMatchValueType> for ::forma_core::Value<AuthorizingClaimMatchValueType> {
    fn from(v: AuthorizingClaimMatchValueType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHORIZING_CLAIM_MATCH_VALUE_TYPE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `IPV4`, `IPV6`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EndpointIpAddressType {
    /// `IPV4`
    Ipv4,
    /// `IPV6`
    Ipv6,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EndpointIpAddressType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "IPV4",
            Self::Ipv6 => "IPV6",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IPV4", "IPV6"]
    }
}
impl ::std::convert::From<EndpointIpAddressType> for ::forma_core::Value<EndpointIpAddressType> {
    fn from(v: EndpointIpAddressType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EndpointIpAddressType {}

/// Configuration for a service-managed VPC endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedVpcResource {
    props: ::forma_core::schema::Props,
}
impl ManagedVpcResource {
    /// A new value with its required properties: `EndpointIpAddressType`, `SubnetIds`, `VpcIdentifier`.
    pub fn new(
        endpoint_ip_address_type: impl ::forma_core::schema::EnumArg<EndpointIpAddressType>,
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        vpc_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, endpoint_ip_address_type.into_enum_expr());
        props.set(3, subnet_ids.into().into_expr());
        props.set(5, vpc_identifier.into().into_expr());
        Self { props }
    }
    /// `RoutingDomain`.
    ///
    /// Allowed: length 3 to 255.
    pub fn routing_domain(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SecurityGroupIds`.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Tags`.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ManagedVpcResource> for ::forma_core::Value<ManagedVpcResource> {
    fn from(v: ManagedVpcResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANAGED_VPC_RESOURCE_TYPE.properties))
    }
}

/// Configuration for connecting to a private resource using a self-managed VPC Lattice resource configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct SelfManagedLatticeResource {
    props: ::forma_core::schema::Props,
}
impl SelfManagedLatticeResource {
    /// A new value with its required properties: `ResourceConfigurationIdentifier`.
    pub fn new(
        resource_configuration_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resource_configuration_identifier.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SelfManagedLatticeResource> for ::forma_core::Value<SelfManagedLatticeResource> {
    fn from(v: SelfManagedLatticeResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SELF_MANAGED_LATTICE_RESOURCE_TYPE.properties))
    }
}

/// Configuration for an Amazon EFS access point to mount into the AgentCore Runtime.
#[derive(Debug, Clone, PartialEq)]
pub struct EfsAccessPointConfiguration {
    props: ::forma_core::schema::Props,
}
impl EfsAccessPointConfiguration {
    /// A new value with its required properties: `AccessPointArn`, `MountPath`.
    pub fn new(
        access_point_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        mount_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, access_point_arn.into().into_expr());
        props.set(1, mount_path.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EfsAccessPointConfiguration> for ::forma_core::Value<EfsAccessPointConfiguration> {
    fn from(v: EfsAccessPointConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EFS_ACCESS_POINT_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for an Amazon S3 Files access point to mount into the AgentCore Runtime.
#[derive(Debug, Clone, PartialEq)]
pub struct S3FilesAccessPointConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3FilesAccessPointConfiguration {
    /// A new value with its required properties: `AccessPointArn`, `MountPath`.
    pub fn new(
        access_point_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        mount_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, access_point_arn.into().into_expr());
        props.set(1, mount_path.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3FilesAccessPointConfiguration> for ::forma_core::Value<S3FilesAccessPointConfiguration> {
    fn from(v: S3FilesAccessPointConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_FILES_ACCESS_POINT_CONFIGURATION_TYPE.properties))
    }
}

/// The `SessionStorageConfiguration` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionStorageConfiguration {
    props: ::forma_core::schema::Props,
}
impl SessionStorageConfiguration {
    /// A new value with its required properties: `MountPath`.
    pub fn new(mount_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, mount_path.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SessionStorageConfiguration> for ::forma_core::Value<SessionStorageConfiguration> {
    fn from(v: SessionStorageConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SESSION_STORAGE_CONFIGURATION_TYPE.properties))
    }
}

/// The `VpcConfig` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConfig {
    props: ::forma_core::schema::Props,
}
impl VpcConfig {
    /// A new value with its required properties: `SecurityGroups`, `Subnets`.
    pub fn new(
        security_groups: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        subnets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, security_groups.into().into_expr());
        props.set(1, subnets.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VpcConfig> for ::forma_core::Value<VpcConfig> {
    fn from(v: VpcConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONFIG_TYPE.properties))
    }
}

/// An EventBridge event bus that receives lifecycle hook events asynchronously.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessHookEventBridgeTarget {
    props: ::forma_core::schema::Props,
}
impl HarnessHookEventBridgeTarget {
    /// A new value with its required properties: `Arn`.
    pub fn new(arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<HarnessHookEventBridgeTarget> for ::forma_core::Value<HarnessHookEventBridgeTarget> {
    fn from(v: HarnessHookEventBridgeTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_HOOK_EVENT_BRIDGE_TARGET_TYPE.properties))
    }
}

/// The values CloudFormation documents: `allow`, `deny`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FailureMode {
    /// `allow`
    Allow,
    /// `deny`
    Deny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FailureMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "allow",
            Self::Deny => "deny",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["allow", "deny"]
    }
}
impl ::std::convert::From<FailureMode> for ::forma_core::Value<FailureMode> {
    fn from(v: FailureMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FailureMode {}

/// A Lambda function invoked synchronously for a lifecycle hook.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessHookLambdaTarget {
    props: ::forma_core::schema::Props,
}
impl HarnessHookLambdaTarget {
    /// A new value with its required properties: `Arn`.
    pub fn new(arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, arn.into().into_expr());
        Self { props }
    }
    /// Whether the agent loop continues or stops when the Lambda invocation fails.
    pub fn failure_mode(mut self, value: impl ::forma_core::schema::EnumArg<FailureMode>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The maximum number of seconds to wait for the Lambda response.
    ///
    /// Allowed: 1 to 900.
    pub fn timeout_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HarnessHookLambdaTarget> for ::forma_core::Value<HarnessHookLambdaTarget> {
    fn from(v: HarnessHookLambdaTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_HOOK_LAMBDA_TARGET_TYPE.properties))
    }
}

/// An SNS topic that receives lifecycle hook events asynchronously.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessHookSnsTarget {
    props: ::forma_core::schema::Props,
}
impl HarnessHookSnsTarget {
    /// A new value with its required properties: `Arn`.
    pub fn new(arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<HarnessHookSnsTarget> for ::forma_core::Value<HarnessHookSnsTarget> {
    fn from(v: HarnessHookSnsTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_HOOK_SNS_TARGET_TYPE.properties))
    }
}

/// The `HarnessGatewayOutboundAuth` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct HarnessGatewayOutboundAuth {
    props: ::forma_core::schema::Props,
}
impl HarnessGatewayOutboundAuth {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `AwsIam`, `None` or `Oauth`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AwsIam`.
    pub fn aws_iam(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `None`.
    pub fn none(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Oauth`.
    pub fn oauth(mut self, value: impl ::std::convert::Into<::forma_core::Value<OauthCredentialProvider>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HarnessGatewayOutboundAuth {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HarnessGatewayOutboundAuth> for ::forma_core::Value<HarnessGatewayOutboundAuth> {
    fn from(v: HarnessGatewayOutboundAuth) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARNESS_GATEWAY_OUTBOUND_AUTH_TYPE.properties))
    }
}

/// The `ClaimMatchValueType` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimMatchValueType {
    props: ::forma_core::schema::Props,
}
impl ClaimMatchValueType {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `MatchValueString` or `MatchValueStringList`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MatchValueString`.
    ///
    /// Allowed: length 1 to 255.
    pub fn match_value_string(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MatchValueStringList`.
    pub fn match_value_string_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ClaimMatchValueType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ClaimMatchValueType> for ::forma_core::Value<ClaimMatchValueType> {
    fn from(v: ClaimMatchValueType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLAIM_MATCH_VALUE_TYPE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CLIENT_CREDENTIALS`, `AUTHORIZATION_CODE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GrantType {
    /// `CLIENT_CREDENTIALS`
    ClientCredentials,
    /// `AUTHORIZATION_CODE`
    AuthorizationCode,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GrantType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ClientCredentials => "CLIENT_CREDENTIALS",
            Self::AuthorizationCode => "AUTHORIZATION_CODE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CLIENT_CREDENTIALS", "AUTHORIZATION_CODE"]
    }
}
impl ::std::convert::From<GrantType> for ::forma_core::Value<GrantType> {
    fn from(v: GrantType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GrantType {}

/// The `OAuthCredentialProvider` property type of `AWS::BedrockAgentCore::Harness`.
#[derive(Debug, Clone, PartialEq)]
pub struct OauthCredentialProvider {
    props: ::forma_core::schema::Props,
}
impl OauthCredentialProvider {
    /// A new value with its required properties: `ProviderArn`, `Scopes`.
    pub fn new(
        provider_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        scopes: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, provider_arn.into().into_expr());
        props.set(4, scopes.into().into_expr());
        Self { props }
    }
    /// `CustomParameters`.
    pub fn custom_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DefaultReturnUrl`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn default_return_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `GrantType`.
    pub fn grant_type(mut self, value: impl ::forma_core::schema::EnumArg<GrantType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<OauthCredentialProvider> for ::forma_core::Value<OauthCredentialProvider> {
    fn from(v: OauthCredentialProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OAUTH_CREDENTIAL_PROVIDER_TYPE.properties))
    }
}

/// The schema of `AWS::BedrockAgentCore::Harness`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BedrockAgentCore::Harness",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedTools",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(\\*|@?[^/]+(/[^/]+)?)$"),
                    min_length: Some(1),
                    max_length: Some(64),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AuthorizerConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTHORIZER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Environment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_ENVIRONMENT_PROVIDER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentArtifact",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_ENVIRONMENT_ARTIFACT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentVariables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(5000) },
            )),
        },
        ::forma_core::schema::Property {
            name: "ExecutionRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[^:]+)?:iam::[0-9]{12}:role/.+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "HarnessName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9_]{0,39}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Hooks",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HARNESS_HOOK_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "MaxIterations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxTokens",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Memory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_MEMORY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Model",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_MODEL_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Skills",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HARNESS_SKILL_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SystemPrompt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HARNESS_SYSTEM_CONTENT_BLOCK_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TimeoutSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Tools",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HARNESS_TOOL_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Truncation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_TRUNCATION_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &[
        "Arn",
        "HarnessId",
        "Status",
        "Version",
        "CreatedAt",
        "UpdatedAt",
        "Memory.ManagedMemoryConfiguration.Arn",
        "Environment.AgentCoreRuntimeEnvironment.AgentRuntimeArn",
        "Environment.AgentCoreRuntimeEnvironment.AgentRuntimeName",
        "Environment.AgentCoreRuntimeEnvironment.AgentRuntimeId",
    ],
};

static AUTHORIZER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.AuthorizerConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "CustomJWTAuthorizer",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CUSTOM_JWT_AUTHORIZER_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static HARNESS_ENVIRONMENT_PROVIDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessEnvironmentProvider",
    properties: &[::forma_core::schema::Property {
        name: "AgentCoreRuntimeEnvironment",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&HARNESS_AGENT_CORE_RUNTIME_ENVIRONMENT_TYPE),
    }],
    rules: &[],
};

static HARNESS_ENVIRONMENT_ARTIFACT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessEnvironmentArtifact",
    properties: &[::forma_core::schema::Property {
        name: "ContainerConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CONTAINER_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static HARNESS_HOOK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessHook",
    properties: &[
        ::forma_core::schema::Property {
            name: "AfterInvocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_AFTER_INVOCATION_HOOK_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AfterToolCall",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_AFTER_TOOL_CALL_HOOK_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BeforeInvocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_BEFORE_INVOCATION_HOOK_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BeforeToolCall",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_BEFORE_TOOL_CALL_HOOK_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["BeforeInvocation"],
        &["AfterInvocation"],
        &["BeforeToolCall"],
        &["AfterToolCall"],
    ])],
};

static HARNESS_MEMORY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessMemoryConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AgentCoreMemoryConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_AGENT_CORE_MEMORY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Disabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ManagedMemoryConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_MANAGED_MEMORY_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static HARNESS_MODEL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessModelConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BedrockModelConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_BEDROCK_MODEL_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GeminiModelConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_GEMINI_MODEL_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LiteLlmModelConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_LITE_LLM_MODEL_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OpenAiModelConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_OPEN_AI_MODEL_CONFIG_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["BedrockModelConfig"],
        &["OpenAiModelConfig"],
        &["GeminiModelConfig"],
        &["LiteLlmModelConfig"],
    ])],
};

static HARNESS_SKILL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessSkill",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsSkills",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_SKILL_AWS_SKILLS_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Git",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_SKILL_GIT_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "S3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_SKILL_S3_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static HARNESS_SYSTEM_CONTENT_BLOCK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessSystemContentBlock",
    properties: &[::forma_core::schema::Property {
        name: "Text",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: None,
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s_.:/=+\\-@]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s_.:/=+\\-@]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static HARNESS_TOOL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessTool",
    properties: &[
        ::forma_core::schema::Property {
            name: "Config",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_TOOL_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "remote_mcp",
                "agentcore_browser",
                "agentcore_gateway",
                "inline_function",
                "agentcore_code_interpreter",
            ]),
        },
    ],
    rules: &[],
};

static HARNESS_TRUNCATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessTruncationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Config",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_TRUNCATION_STRATEGY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Strategy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["sliding_window", "summarization", "none"]),
        },
    ],
    rules: &[],
};

static CUSTOM_JWT_AUTHORIZER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::Harness.CustomJWTAuthorizerConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "AdvertisedScopeMapping",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::StringRule {
                        pattern: Some("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$"),
                        min_length: Some(1),
                        max_length: Some(255),
                    },
                )),
            },
            ::forma_core::schema::Property {
                name: "AllowedAudience",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "AllowedClients",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "AllowedScopes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$"),
                        min_length: Some(1),
                        max_length: Some(255),
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "CustomClaims",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&CUSTOM_CLAIM_VALIDATION_TYPE_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "DiscoveryUrl",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^.+/\\.well-known/openid-configuration$"),
                    min_length: None,
                    max_length: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "PrivateEndpoint",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PRIVATE_ENDPOINT_TYPE),
            },
            ::forma_core::schema::Property {
                name: "PrivateEndpointOverrides",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&PRIVATE_ENDPOINT_OVERRIDE_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: Some(5) },
                ),
            },
        ],
        rules: &[],
    };

static HARNESS_AGENT_CORE_RUNTIME_ENVIRONMENT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::Harness.HarnessAgentCoreRuntimeEnvironment",
        properties: &[
            ::forma_core::schema::Property {
                name: "AgentRuntimeArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(20),
                    max_length: Some(1011),
                }),
            },
            ::forma_core::schema::Property {
                name: "AgentRuntimeId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "AgentRuntimeName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "FilesystemConfigurations",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&FILESYSTEM_CONFIGURATION_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
                ),
            },
            ::forma_core::schema::Property {
                name: "LifecycleConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&LIFECYCLE_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "NetworkConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&NETWORK_CONFIGURATION_TYPE),
            },
        ],
        rules: &[],
    };

static CONTAINER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::Harness.ContainerConfiguration",
properties: &[
::forma_core::schema::Property { name: "ContainerUri", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(([0-9]{12})\\.dkr\\.ecr\\.([a-z0-9-]+)\\.amazonaws\\.com(\\.cn)?|public\\.ecr\\.aws)/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)(?::([^:@]{1,300}))?(?:@(.+))?$"), min_length: Some(1), max_length: Some(1024) }) },
],
rules: &[],
};

static HARNESS_AFTER_INVOCATION_HOOK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessAfterInvocationHook",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Target",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_HOOK_TARGET_TYPE),
        },
    ],
    rules: &[],
};

static HARNESS_AFTER_TOOL_CALL_HOOK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessAfterToolCallHook",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Target",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_HOOK_TARGET_TYPE),
        },
    ],
    rules: &[],
};

static HARNESS_BEFORE_INVOCATION_HOOK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessBeforeInvocationHook",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Target",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_HOOK_TARGET_TYPE),
        },
    ],
    rules: &[],
};

static HARNESS_BEFORE_TOOL_CALL_HOOK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessBeforeToolCallHook",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Target",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_HOOK_TARGET_TYPE),
        },
    ],
    rules: &[],
};

static HARNESS_AGENT_CORE_MEMORY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::Harness.HarnessAgentCoreMemoryConfiguration",
properties: &[
::forma_core::schema::Property { name: "ActorId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "Arn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:memory/[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "MessagesCount", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }) },
::forma_core::schema::Property { name: "RetrievalConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&HARNESS_AGENT_CORE_MEMORY_RETRIEVAL_CONFIG_TYPE)) },
],
rules: &[],
};

static HARNESS_MANAGED_MEMORY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::Harness.HarnessManagedMemoryConfiguration",
properties: &[
::forma_core::schema::Property { name: "Arn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:memory/[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "EncryptionKeyArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "EventExpiryDuration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(3.0), maximum: Some(365.0) }) },
::forma_core::schema::Property { name: "Strategies", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Enum(&["SEMANTIC", "SUMMARIZATION", "USER_PREFERENCE", "EPISODIC"]), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(4) }) },
],
rules: &[],
};

static HARNESS_BEDROCK_MODEL_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessBedrockModelConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalParams",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ApiFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["converse_stream", "responses", "chat_completions"]),
        },
        ::forma_core::schema::Property {
            name: "MaxTokens",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ModelId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Temperature",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(2.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "TopP",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1.0),
            }),
        },
    ],
    rules: &[],
};

static HARNESS_GEMINI_MODEL_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::Harness.HarnessGeminiModelConfig",
properties: &[
::forma_core::schema::Property { name: "AdditionalParams", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "ApiKeyArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:token-vault/[a-zA-Z0-9-.]+/apikeycredentialprovider/[a-zA-Z0-9-.]+$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "MaxTokens", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: None }) },
::forma_core::schema::Property { name: "ModelId", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "Temperature", required: false, create_only: false, shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: Some(2.0) }) },
::forma_core::schema::Property { name: "TopK", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: Some(500.0) }) },
::forma_core::schema::Property { name: "TopP", required: false, create_only: false, shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: Some(1.0) }) },
],
rules: &[],
};

static HARNESS_LITE_LLM_MODEL_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::Harness.HarnessLiteLlmModelConfig",
properties: &[
::forma_core::schema::Property { name: "AdditionalParams", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "ApiBase", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(16383) }) },
::forma_core::schema::Property { name: "ApiKeyArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:token-vault/[a-zA-Z0-9-.]+/apikeycredentialprovider/[a-zA-Z0-9-.]+$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "MaxTokens", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: None }) },
::forma_core::schema::Property { name: "ModelId", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "Temperature", required: false, create_only: false, shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: Some(2.0) }) },
::forma_core::schema::Property { name: "TopP", required: false, create_only: false, shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: Some(1.0) }) },
],
rules: &[],
};

static HARNESS_OPEN_AI_MODEL_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::Harness.HarnessOpenAiModelConfig",
properties: &[
::forma_core::schema::Property { name: "AdditionalParams", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "ApiBase", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(16383) }) },
::forma_core::schema::Property { name: "ApiFormat", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["chat_completions", "responses"]) },
::forma_core::schema::Property { name: "ApiKeyArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:token-vault/[a-zA-Z0-9-.]+/apikeycredentialprovider/[a-zA-Z0-9-.]+$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "MaxTokens", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: None }) },
::forma_core::schema::Property { name: "ModelId", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "Temperature", required: false, create_only: false, shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: Some(2.0) }) },
::forma_core::schema::Property { name: "TopP", required: false, create_only: false, shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: Some(1.0) }) },
],
rules: &[],
};

static HARNESS_SKILL_AWS_SKILLS_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessSkillAwsSkillsSource",
    properties: &[::forma_core::schema::Property {
        name: "Paths",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([^*?\\[\\]]|\\*)+$"),
                min_length: Some(1),
                max_length: Some(4096),
            }),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static HARNESS_SKILL_GIT_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessSkillGitSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Auth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_SKILL_GIT_AUTH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Url",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^https://"),
                min_length: Some(8),
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static HARNESS_SKILL_S3_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessSkillS3Source",
    properties: &[::forma_core::schema::Property {
        name: "Uri",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^s3://"),
            min_length: Some(5),
            max_length: None,
        }),
    }],
    rules: &[],
};

static HARNESS_TOOL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessToolConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AgentCoreBrowser",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_AGENT_CORE_BROWSER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AgentCoreCodeInterpreter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_AGENT_CORE_CODE_INTERPRETER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AgentCoreGateway",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_AGENT_CORE_GATEWAY_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InlineFunction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_INLINE_FUNCTION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RemoteMcp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_REMOTE_MCP_CONFIG_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["RemoteMcp"],
        &["AgentCoreBrowser"],
        &["AgentCoreGateway"],
        &["InlineFunction"],
        &["AgentCoreCodeInterpreter"],
    ])],
};

static HARNESS_TRUNCATION_STRATEGY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::Harness.HarnessTruncationStrategyConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "SlidingWindow",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&HARNESS_SLIDING_WINDOW_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Summarization",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&HARNESS_SUMMARIZATION_CONFIGURATION_TYPE),
            },
        ],
        rules: &[],
    };

static CUSTOM_CLAIM_VALIDATION_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.CustomClaimValidationType",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizingClaimMatchValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTHORIZING_CLAIM_MATCH_VALUE_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InboundTokenClaimName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_.-:]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "InboundTokenClaimValueType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STRING", "STRING_ARRAY"]),
        },
    ],
    rules: &[],
};

static PRIVATE_ENDPOINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.PrivateEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "ManagedVpcResource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANAGED_VPC_RESOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SelfManagedLatticeResource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SELF_MANAGED_LATTICE_RESOURCE_TYPE),
        },
    ],
    rules: &[],
};

static PRIVATE_ENDPOINT_OVERRIDE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.PrivateEndpointOverride",
    properties: &[
        ::forma_core::schema::Property {
            name: "Domain",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(253),
            }),
        },
        ::forma_core::schema::Property {
            name: "PrivateEndpoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PRIVATE_ENDPOINT_TYPE),
        },
    ],
    rules: &[],
};

static FILESYSTEM_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.FilesystemConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EfsAccessPoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EFS_ACCESS_POINT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3FilesAccessPoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_FILES_ACCESS_POINT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SessionStorage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SESSION_STORAGE_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static LIFECYCLE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.LifecycleConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "IdleRuntimeSessionTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(1209600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxLifetime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(1209600.0),
            }),
        },
    ],
    rules: &[],
};

static NETWORK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.NetworkConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "NetworkMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PUBLIC", "VPC"]),
        },
        ::forma_core::schema::Property {
            name: "NetworkModeConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static HARNESS_HOOK_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessHookTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "EventBridge",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_HOOK_EVENT_BRIDGE_TARGET_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Lambda",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_HOOK_LAMBDA_TARGET_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Sns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARNESS_HOOK_SNS_TARGET_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["Lambda"], &["Sns"], &["EventBridge"]])],
};

static HARNESS_AGENT_CORE_MEMORY_RETRIEVAL_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::Harness.HarnessAgentCoreMemoryRetrievalConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "RelevanceScore",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "StrategyId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "TopK",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
        ],
        rules: &[],
    };

static HARNESS_SKILL_GIT_AUTH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::Harness.HarnessSkillGitAuth",
properties: &[
::forma_core::schema::Property { name: "CredentialArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:token-vault/[a-zA-Z0-9-.]+/apikeycredentialprovider/[a-zA-Z0-9-.]+$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Username", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
],
rules: &[],
};

static HARNESS_AGENT_CORE_BROWSER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::Harness.HarnessAgentCoreBrowserConfig",
properties: &[
::forma_core::schema::Property { name: "BrowserArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:(aws|[0-9]{12}):browser(-custom)?/(aws\\.browser\\.v1|[a-zA-Z][a-zA-Z0-9_]{0,47}-[a-zA-Z0-9]{10})$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static HARNESS_AGENT_CORE_CODE_INTERPRETER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::Harness.HarnessAgentCoreCodeInterpreterConfig",
properties: &[
::forma_core::schema::Property { name: "CodeInterpreterArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:(aws|[0-9]{12}):code-interpreter(-custom)?/(aws\\.codeinterpreter\\.v1|[a-zA-Z][a-zA-Z0-9_]{0,47}-[a-zA-Z0-9]{10})$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static HARNESS_AGENT_CORE_GATEWAY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::Harness.HarnessAgentCoreGatewayConfig",
properties: &[
::forma_core::schema::Property { name: "GatewayArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(|-cn|-us-gov):bedrock-agentcore:[a-z0-9-]{1,20}:[0-9]{12}:gateway/([0-9a-z][-]?){1,48}-[a-z0-9]{10}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "OutboundAuth", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&HARNESS_GATEWAY_OUTBOUND_AUTH_TYPE) },
],
rules: &[],
};

static HARNESS_INLINE_FUNCTION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessInlineFunctionConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "InputSchema",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static HARNESS_REMOTE_MCP_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessRemoteMcpConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Headers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(16383) },
            )),
        },
        ::forma_core::schema::Property {
            name: "Url",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(16383),
            }),
        },
    ],
    rules: &[],
};

static HARNESS_SLIDING_WINDOW_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::Harness.HarnessSlidingWindowConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "MessagesCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        }],
        rules: &[],
    };

static HARNESS_SUMMARIZATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::Harness.HarnessSummarizationConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "PreserveRecentMessages",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "SummarizationSystemPrompt",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "SummaryRatio",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
        ],
        rules: &[],
    };

static AUTHORIZING_CLAIM_MATCH_VALUE_TYPE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::Harness.AuthorizingClaimMatchValueType",
        properties: &[
            ::forma_core::schema::Property {
                name: "ClaimMatchOperator",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["EQUALS", "CONTAINS", "CONTAINS_ANY"]),
            },
            ::forma_core::schema::Property {
                name: "ClaimMatchValue",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CLAIM_MATCH_VALUE_TYPE_TYPE),
            },
        ],
        rules: &[],
    };

static MANAGED_VPC_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.ManagedVpcResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndpointIpAddressType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IPV4", "IPV6"]),
        },
        ::forma_core::schema::Property {
            name: "RoutingDomain",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^sg-(([0-9a-z]{8})|([0-9a-z]{17}))$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^subnet-[0-9a-zA-Z]{8,17}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\s_.:/=+\\-@]*$"),
                    min_length: None,
                    max_length: Some(256),
                },
            )),
        },
        ::forma_core::schema::Property {
            name: "VpcIdentifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^vpc-(([0-9a-z]{8})|([0-9a-z]{17}))$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static SELF_MANAGED_LATTICE_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::Harness.SelfManagedLatticeResource",
properties: &[
::forma_core::schema::Property { name: "ResourceConfigurationIdentifier", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((rcfg-[0-9a-z]{17})|(arn:[a-z0-9\\-]+:vpc-lattice:[a-zA-Z0-9\\-]+:\\d{12}:resourceconfiguration/rcfg-[0-9a-z]{17}))$"), min_length: Some(20), max_length: Some(2048) }) },
],
rules: &[],
};

static EFS_ACCESS_POINT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.EfsAccessPointConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessPointArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:access-point/fsap-[0-9a-f]{8,40}$"),
                min_length: None,
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "MountPath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^/mnt/[a-zA-Z0-9._-]+/?$"),
                min_length: Some(6),
                max_length: Some(200),
            }),
        },
    ],
    rules: &[],
};

static S3_FILES_ACCESS_POINT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::Harness.S3FilesAccessPointConfiguration",
properties: &[
::forma_core::schema::Property { name: "AccessPointArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}/access-point/fsap-[0-9a-f]{17,40}$"), min_length: None, max_length: Some(256) }) },
::forma_core::schema::Property { name: "MountPath", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^/mnt/[a-zA-Z0-9._-]+/?$"), min_length: Some(6), max_length: Some(200) }) },
],
rules: &[],
};

static SESSION_STORAGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.SessionStorageConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "MountPath",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^/mnt/[a-zA-Z0-9._-]+/?$"),
            min_length: Some(6),
            max_length: Some(200),
        }),
    }],
    rules: &[],
};

static VPC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.VpcConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroups",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^sg-[0-9a-zA-Z]{8,17}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(16) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Subnets",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^subnet-[0-9a-zA-Z]{8,17}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(16) },
            ),
        },
    ],
    rules: &[],
};

static HARNESS_HOOK_EVENT_BRIDGE_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessHookEventBridgeTarget",
    properties: &[::forma_core::schema::Property {
        name: "Arn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:aws(-[^:]+)?:events:[a-z0-9-]+:[0-9]{12}:event-bus/.+$"),
            min_length: Some(20),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static HARNESS_HOOK_LAMBDA_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessHookLambdaTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "Arn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[^:]+)?:lambda:[a-z0-9-]+:[0-9]{12}:function:.+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "FailureMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["allow", "deny"]),
        },
        ::forma_core::schema::Property {
            name: "TimeoutSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(900.0),
            }),
        },
    ],
    rules: &[],
};

static HARNESS_HOOK_SNS_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessHookSnsTarget",
    properties: &[::forma_core::schema::Property {
        name: "Arn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:aws(-[^:]+)?:sns:[a-z0-9-]+:[0-9]{12}:.+$"),
            min_length: Some(20),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static HARNESS_GATEWAY_OUTBOUND_AUTH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.HarnessGatewayOutboundAuth",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsIam",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "None",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Oauth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OAUTH_CREDENTIAL_PROVIDER_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["AwsIam"], &["None"], &["Oauth"]])],
};

static CLAIM_MATCH_VALUE_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.ClaimMatchValueType",
    properties: &[
        ::forma_core::schema::Property {
            name: "MatchValueString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_.-]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "MatchValueStringList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[A-Za-z0-9_.-]+$"),
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["MatchValueString"], &["MatchValueStringList"]])],
};

static OAUTH_CREDENTIAL_PROVIDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Harness.OAuthCredentialProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(2048) },
            )),
        },
        ::forma_core::schema::Property {
            name: "DefaultReturnUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\w+:(\\/?\\/?)[^\\s]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "GrantType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CLIENT_CREDENTIALS", "AUTHORIZATION_CODE"]),
        },
        ::forma_core::schema::Property {
            name: "ProviderArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:([^:]*):([^:]*):([^:]*):([0-9]{12})?:(.+)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Scopes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(64),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
    ],
    rules: &[],
};
