// @generated from AWS::Bedrock::Agent (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Bedrock::Agent` and its property types.

/// Definition of AWS::Bedrock::Agent Resource Type
///
/// CloudFormation type `AWS::Bedrock::Agent`.
#[derive(Debug, Clone, PartialEq)]
pub struct Agent {
    props: ::forma_core::schema::Props,
}
impl Agent {
    /// A new resource with its required properties: `AgentName`.
    #[track_caller]
    pub fn new(agent_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, agent_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// List of ActionGroups
    #[track_caller]
    pub fn action_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AgentActionGroup>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Agent collaboration state
    #[track_caller]
    pub fn agent_collaboration(mut self, value: impl ::forma_core::schema::EnumArg<AgentCollaboration>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of Agent Collaborators
    #[track_caller]
    pub fn agent_collaborators(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AgentCollaborator>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// ARN of a IAM role.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn agent_resource_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether to automatically prepare after creating or updating the agent.
    #[track_caller]
    pub fn auto_prepare(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Structure for custom orchestration
    #[track_caller]
    pub fn custom_orchestration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomOrchestration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A KMS key ARN
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn customer_encryption_key_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Description of the Resource.
    ///
    /// Allowed: length 1 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// ARN or name of a Bedrock model.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn foundation_model(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for a guardrail.
    #[track_caller]
    pub fn guardrail_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GuardrailConfiguration>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Max Session Time.
    ///
    /// Allowed: 60 to 5400.
    #[track_caller]
    pub fn idle_session_ttl_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Instruction for the agent.
    ///
    /// Allowed: length 40 to any.
    #[track_caller]
    pub fn instruction(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of Agent Knowledge Bases
    #[track_caller]
    pub fn knowledge_bases(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AgentKnowledgeBase>>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for memory storage
    #[track_caller]
    pub fn memory_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MemoryConfiguration>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Types of orchestration strategy for agents
    #[track_caller]
    pub fn orchestration_type(mut self, value: impl ::forma_core::schema::EnumArg<OrchestrationType>) -> Self {
        self.props.set_at(15, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for prompt override.
    #[track_caller]
    pub fn prompt_override_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PromptOverrideConfiguration>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether to allow deleting agent while it is in use.
    #[track_caller]
    pub fn skip_resource_in_use_check_on_delete(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A map of tag keys and values
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A map of tag keys and values
    #[track_caller]
    pub fn test_alias_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Agent {
    type Attributes = AgentAttributes;
    fn type_name(&self) -> &str {
        "AWS::Bedrock::Agent"
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
/// The attributes of a `AWS::Bedrock::Agent` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AgentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AgentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AgentAttributes {
    /// `Fn::GetAtt` `AgentArn`.
    pub fn agent_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AgentArn")
    }
    /// `Fn::GetAtt` `AgentId`.
    pub fn agent_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AgentId")
    }
    /// `Fn::GetAtt` `AgentStatus`.
    pub fn agent_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AgentStatus")
    }
    /// `Fn::GetAtt` `AgentVersion`.
    pub fn agent_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AgentVersion")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `FailureReasons`.
    pub fn failure_reasons(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "FailureReasons")
    }
    /// `Fn::GetAtt` `PreparedAt`.
    pub fn prepared_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PreparedAt")
    }
    /// `Fn::GetAtt` `RecommendedActions`.
    pub fn recommended_actions(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "RecommendedActions")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The values CloudFormation documents: `DISABLED`, `SUPERVISOR`, `SUPERVISOR_ROUTER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AgentCollaboration {
    /// `DISABLED`
    Disabled,
    /// `SUPERVISOR`
    Supervisor,
    /// `SUPERVISOR_ROUTER`
    SupervisorRouter,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AgentCollaboration {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Supervisor => "SUPERVISOR",
            Self::SupervisorRouter => "SUPERVISOR_ROUTER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "SUPERVISOR", "SUPERVISOR_ROUTER"]
    }
}
impl ::std::convert::From<AgentCollaboration> for ::forma_core::Value<AgentCollaboration> {
    fn from(v: AgentCollaboration) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AgentCollaboration {}

/// The values CloudFormation documents: `DEFAULT`, `CUSTOM_ORCHESTRATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OrchestrationType {
    /// `DEFAULT`
    Default,
    /// `CUSTOM_ORCHESTRATION`
    CustomOrchestration,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OrchestrationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "DEFAULT",
            Self::CustomOrchestration => "CUSTOM_ORCHESTRATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEFAULT", "CUSTOM_ORCHESTRATION"]
    }
}
impl ::std::convert::From<OrchestrationType> for ::forma_core::Value<OrchestrationType> {
    fn from(v: OrchestrationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OrchestrationType {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ActionGroupState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ActionGroupState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<ActionGroupState> for ::forma_core::Value<ActionGroupState> {
    fn from(v: ActionGroupState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ActionGroupState {}

/// The values CloudFormation documents: `AMAZON.UserInput`, `AMAZON.CodeInterpreter`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ActionGroupSignature {
    /// `AMAZON.UserInput`
    AmazonUserInput,
    /// `AMAZON.CodeInterpreter`
    AmazonCodeInterpreter,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ActionGroupSignature {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AmazonUserInput => "AMAZON.UserInput",
            Self::AmazonCodeInterpreter => "AMAZON.CodeInterpreter",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AMAZON.UserInput", "AMAZON.CodeInterpreter"]
    }
}
impl ::std::convert::From<ActionGroupSignature> for ::forma_core::Value<ActionGroupSignature> {
    fn from(v: ActionGroupSignature) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ActionGroupSignature {}

/// Contains the information of an Agent Action Group
#[derive(Debug, Clone, PartialEq)]
pub struct AgentActionGroup {
    props: ::forma_core::schema::Props,
}
impl AgentActionGroup {
    /// A new value with its required properties: `ActionGroupName`.
    pub fn new(action_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, action_group_name.into().into_expr());
        Self { props }
    }
    /// Type of Executors for an Action Group
    pub fn action_group_executor(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// State of the action group
    pub fn action_group_state(mut self, value: impl ::forma_core::schema::EnumArg<ActionGroupState>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Contains information about the API Schema for the Action Group
    pub fn api_schema(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Description of action group
    ///
    /// Allowed: length 1 to 200.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Schema of Functions
    pub fn function_schema(mut self, value: impl ::std::convert::Into<::forma_core::Value<FunctionSchema>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Action Group Signature for a BuiltIn Action
    pub fn parent_action_group_signature(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ActionGroupSignature>,
    ) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// Specifies whether to allow deleting action group while it is in use.
    pub fn skip_resource_in_use_check_on_delete(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AgentActionGroup> for ::forma_core::Value<AgentActionGroup> {
    fn from(v: AgentActionGroup) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AGENT_ACTION_GROUP_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TO_COLLABORATOR`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RelayConversationHistory {
    /// `TO_COLLABORATOR`
    ToCollaborator,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RelayConversationHistory {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ToCollaborator => "TO_COLLABORATOR",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TO_COLLABORATOR", "DISABLED"]
    }
}
impl ::std::convert::From<RelayConversationHistory> for ::forma_core::Value<RelayConversationHistory> {
    fn from(v: RelayConversationHistory) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RelayConversationHistory {}

/// Agent Collaborator
#[derive(Debug, Clone, PartialEq)]
pub struct AgentCollaborator {
    props: ::forma_core::schema::Props,
}
impl AgentCollaborator {
    /// A new value with its required properties: `AgentDescriptor`, `CollaborationInstruction`, `CollaboratorName`.
    pub fn new(
        agent_descriptor: impl ::std::convert::Into<::forma_core::Value<AgentCollaboratorAgentDescriptor>>,
        collaboration_instruction: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        collaborator_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, agent_descriptor.into().into_expr());
        props.set(1, collaboration_instruction.into().into_expr());
        props.set(2, collaborator_name.into().into_expr());
        Self { props }
    }
    /// Relay conversation history state
    pub fn relay_conversation_history(
        mut self,
        value: impl ::forma_core::schema::EnumArg<RelayConversationHistory>,
    ) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<AgentCollaborator> for ::forma_core::Value<AgentCollaborator> {
    fn from(v: AgentCollaborator) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AGENT_COLLABORATOR_TYPE.properties))
    }
}

/// Structure for custom orchestration
#[derive(Debug, Clone, PartialEq)]
pub struct CustomOrchestration {
    props: ::forma_core::schema::Props,
}
impl CustomOrchestration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Types of executors for custom orchestration strategy
    pub fn executor(mut self, value: impl ::std::convert::Into<::forma_core::Value<OrchestrationExecutor>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CustomOrchestration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomOrchestration> for ::forma_core::Value<CustomOrchestration> {
    fn from(v: CustomOrchestration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_ORCHESTRATION_TYPE.properties))
    }
}

/// Configuration for a guardrail.
#[derive(Debug, Clone, PartialEq)]
pub struct GuardrailConfiguration {
    props: ::forma_core::schema::Props,
}
impl GuardrailConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Identifier for the guardrail, could be the id or the arn
    ///
    /// Allowed: length 0 to 2048.
    pub fn guardrail_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Version of the guardrail
    pub fn guardrail_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GuardrailConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GuardrailConfiguration> for ::forma_core::Value<GuardrailConfiguration> {
    fn from(v: GuardrailConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GUARDRAIL_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KnowledgeBaseState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KnowledgeBaseState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<KnowledgeBaseState> for ::forma_core::Value<KnowledgeBaseState> {
    fn from(v: KnowledgeBaseState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KnowledgeBaseState {}

/// Agent Knowledge Base
#[derive(Debug, Clone, PartialEq)]
pub struct AgentKnowledgeBase {
    props: ::forma_core::schema::Props,
}
impl AgentKnowledgeBase {
    /// A new value with its required properties: `Description`, `KnowledgeBaseId`.
    pub fn new(
        description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        knowledge_base_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, description.into().into_expr());
        props.set(1, knowledge_base_id.into().into_expr());
        Self { props }
    }
    /// State of the knowledge base; whether it is enabled or disabled
    pub fn knowledge_base_state(mut self, value: impl ::forma_core::schema::EnumArg<KnowledgeBaseState>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<AgentKnowledgeBase> for ::forma_core::Value<AgentKnowledgeBase> {
    fn from(v: AgentKnowledgeBase) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AGENT_KNOWLEDGE_BASE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SESSION_SUMMARY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MemoryType {
    /// `SESSION_SUMMARY`
    SessionSummary,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MemoryType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SessionSummary => "SESSION_SUMMARY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SESSION_SUMMARY"]
    }
}
impl ::std::convert::From<MemoryType> for ::forma_core::Value<MemoryType> {
    fn from(v: MemoryType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MemoryType {}

/// Configuration for memory storage
#[derive(Debug, Clone, PartialEq)]
pub struct MemoryConfiguration {
    props: ::forma_core::schema::Props,
}
impl MemoryConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Types of session storage persisted in memory
    pub fn enabled_memory_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MemoryType>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration for Session Summarization
    pub fn session_summary_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SessionSummaryConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Maximum number of days to store session details
    pub fn storage_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MemoryConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MemoryConfiguration> for ::forma_core::Value<MemoryConfiguration> {
    fn from(v: MemoryConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMORY_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for prompt override.
#[derive(Debug, Clone, PartialEq)]
pub struct PromptOverrideConfiguration {
    props: ::forma_core::schema::Props,
}
impl PromptOverrideConfiguration {
    /// A new value with its required properties: `PromptConfigurations`.
    pub fn new(
        prompt_configurations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PromptConfiguration>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, prompt_configurations.into().into_expr());
        Self { props }
    }
    /// ARN of a Lambda.
    ///
    /// Allowed: length 0 to 2048.
    pub fn override_lambda(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PromptOverrideConfiguration> for ::forma_core::Value<PromptOverrideConfiguration> {
    fn from(v: PromptOverrideConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROMPT_OVERRIDE_CONFIGURATION_TYPE.properties))
    }
}

/// Schema of Functions
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionSchema {
    props: ::forma_core::schema::Props,
}
impl FunctionSchema {
    /// A new value with its required properties: `Functions`.
    pub fn new(functions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Function>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, functions.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FunctionSchema> for ::forma_core::Value<FunctionSchema> {
    fn from(v: FunctionSchema) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FUNCTION_SCHEMA_TYPE.properties))
    }
}

/// Agent descriptor for agent collaborator
#[derive(Debug, Clone, PartialEq)]
pub struct AgentCollaboratorAgentDescriptor {
    props: ::forma_core::schema::Props,
}
impl AgentCollaboratorAgentDescriptor {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Alias ARN for agent descriptor
    pub fn alias_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AgentCollaboratorAgentDescriptor {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AgentCollaboratorAgentDescriptor> for ::forma_core::Value<AgentCollaboratorAgentDescriptor> {
    fn from(v: AgentCollaboratorAgentDescriptor) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AGENT_COLLABORATOR_AGENT_DESCRIPTOR_TYPE.properties))
    }
}

/// Types of executors for custom orchestration strategy
#[derive(Debug, Clone, PartialEq)]
pub struct OrchestrationExecutor {
    props: ::forma_core::schema::Props,
}
impl OrchestrationExecutor {
    /// A new value with its required properties: `Lambda`.
    pub fn new(lambda: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, lambda.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OrchestrationExecutor> for ::forma_core::Value<OrchestrationExecutor> {
    fn from(v: OrchestrationExecutor) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORCHESTRATION_EXECUTOR_TYPE.properties))
    }
}

/// Configuration for Session Summarization
#[derive(Debug, Clone, PartialEq)]
pub struct SessionSummaryConfiguration {
    props: ::forma_core::schema::Props,
}
impl SessionSummaryConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Maximum number of Sessions to Summarize
    pub fn max_recent_sessions(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SessionSummaryConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SessionSummaryConfiguration> for ::forma_core::Value<SessionSummaryConfiguration> {
    fn from(v: SessionSummaryConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SESSION_SUMMARY_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DEFAULT`, `OVERRIDDEN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreationMode {
    /// `DEFAULT`
    Default,
    /// `OVERRIDDEN`
    Overridden,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CreationMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "DEFAULT",
            Self::Overridden => "OVERRIDDEN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEFAULT", "OVERRIDDEN"]
    }
}
impl ::std::convert::From<CreationMode> for ::forma_core::Value<CreationMode> {
    fn from(v: CreationMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CreationMode {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PromptState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PromptState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<PromptState> for ::forma_core::Value<PromptState> {
    fn from(v: PromptState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PromptState {}

/// The values CloudFormation documents: `PRE_PROCESSING`, `ORCHESTRATION`, `POST_PROCESSING`, `ROUTING_CLASSIFIER`, `MEMORY_SUMMARIZATION`, `KNOWLEDGE_BASE_RESPONSE_GENERATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PromptType {
    /// `PRE_PROCESSING`
    PreProcessing,
    /// `ORCHESTRATION`
    Orchestration,
    /// `POST_PROCESSING`
    PostProcessing,
    /// `ROUTING_CLASSIFIER`
    RoutingClassifier,
    /// `MEMORY_SUMMARIZATION`
    MemorySummarization,
    /// `KNOWLEDGE_BASE_RESPONSE_GENERATION`
    KnowledgeBaseResponseGeneration,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PromptType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PreProcessing => "PRE_PROCESSING",
            Self::Orchestration => "ORCHESTRATION",
            Self::PostProcessing => "POST_PROCESSING",
            Self::RoutingClassifier => "ROUTING_CLASSIFIER",
            Self::MemorySummarization => "MEMORY_SUMMARIZATION",
            Self::KnowledgeBaseResponseGeneration => "KNOWLEDGE_BASE_RESPONSE_GENERATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PRE_PROCESSING",
            "ORCHESTRATION",
            "POST_PROCESSING",
            "ROUTING_CLASSIFIER",
            "MEMORY_SUMMARIZATION",
            "KNOWLEDGE_BASE_RESPONSE_GENERATION",
        ]
    }
}
impl ::std::convert::From<PromptType> for ::forma_core::Value<PromptType> {
    fn from(v: PromptType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PromptType {}

/// BasePromptConfiguration per Prompt Type.
#[derive(Debug, Clone, PartialEq)]
pub struct PromptConfiguration {
    props: ::forma_core::schema::Props,
}
impl PromptConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Additional Model Request Fields for Prompt Configuration
    pub fn additional_model_request_fields(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Base Prompt Template.
    ///
    /// Allowed: length 1 to 100000.
    pub fn base_prompt_template(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// ARN or name of a Bedrock model.
    ///
    /// Allowed: length 1 to 2048.
    pub fn foundation_model(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Configuration for inference in prompt configuration
    pub fn inference_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Creation Mode for Prompt Configuration.
    pub fn parser_mode(mut self, value: impl ::forma_core::schema::EnumArg<CreationMode>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// Creation Mode for Prompt Configuration.
    pub fn prompt_creation_mode(mut self, value: impl ::forma_core::schema::EnumArg<CreationMode>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// Prompt State.
    pub fn prompt_state(mut self, value: impl ::forma_core::schema::EnumArg<PromptState>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// Prompt Type.
    pub fn prompt_type(mut self, value: impl ::forma_core::schema::EnumArg<PromptType>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for PromptConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PromptConfiguration> for ::forma_core::Value<PromptConfiguration> {
    fn from(v: PromptConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROMPT_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RequireConfirmation {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RequireConfirmation {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<RequireConfirmation> for ::forma_core::Value<RequireConfirmation> {
    fn from(v: RequireConfirmation) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RequireConfirmation {}

/// Function definition
#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    props: ::forma_core::schema::Props,
}
impl Function {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        Self { props }
    }
    /// Description of function
    ///
    /// Allowed: length 1 to 1200.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A map of parameter name and detail
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// ENUM to check if action requires user confirmation
    pub fn require_confirmation(mut self, value: impl ::forma_core::schema::EnumArg<RequireConfirmation>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<Function> for ::forma_core::Value<Function> {
    fn from(v: Function) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FUNCTION_TYPE.properties))
    }
}

/// Configuration for inference in prompt configuration
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceConfiguration {
    props: ::forma_core::schema::Props,
}
impl InferenceConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Maximum length of output
    ///
    /// Allowed: 0 to 131072.
    pub fn maximum_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// List of stop sequences
    pub fn stop_sequences(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Controls randomness, higher values increase diversity
    ///
    /// Allowed: 0 to 1.
    pub fn temperature(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Sample from the k most likely next tokens
    ///
    /// Allowed: 0 to 500.
    pub fn top_k(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Cumulative probability cutoff for token selection
    ///
    /// Allowed: 0 to 1.
    pub fn top_p(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InferenceConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InferenceConfiguration> for ::forma_core::Value<InferenceConfiguration> {
    fn from(v: InferenceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFERENCE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `string`, `number`, `integer`, `boolean`, `array`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `string`
    String,
    /// `number`
    Number,
    /// `integer`
    Integer,
    /// `boolean`
    Boolean,
    /// `array`
    Array,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "string",
            Self::Number => "number",
            Self::Integer => "integer",
            Self::Boolean => "boolean",
            Self::Array => "array",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["string", "number", "integer", "boolean", "array"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// Parameter detail
#[derive(Debug, Clone, PartialEq)]
pub struct ParameterDetail {
    props: ::forma_core::schema::Props,
}
impl ParameterDetail {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
    /// Description of function parameter.
    ///
    /// Allowed: length 1 to 500.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Information about if a parameter is required for function call.
    pub fn required(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ParameterDetail> for ::forma_core::Value<ParameterDetail> {
    fn from(v: ParameterDetail) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARAMETER_DETAIL_TYPE.properties))
    }
}

/// The schema of `AWS::Bedrock::Agent`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Bedrock::Agent",
properties: &[
::forma_core::schema::Property { name: "ActionGroups", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&AGENT_ACTION_GROUP_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "AgentCollaboration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "SUPERVISOR", "SUPERVISOR_ROUTER"]) },
::forma_core::schema::Property { name: "AgentCollaborators", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&AGENT_COLLABORATOR_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "AgentName", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([0-9a-zA-Z][_-]?){1,100}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "AgentResourceRoleArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(2048) }) },
::forma_core::schema::Property { name: "AutoPrepare", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "CustomOrchestration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&CUSTOM_ORCHESTRATION_TYPE) },
::forma_core::schema::Property { name: "CustomerEncryptionKeyArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[^:]+)?:kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$"), min_length: Some(1), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(200) }) },
::forma_core::schema::Property { name: "FoundationModel", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}(([:][a-z0-9-]{1,63}){0,2})?/[a-z0-9]{12})|(:foundation-model/([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.]?[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2}))|([0-9]{12}:(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+))|(([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.]?[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2}))|(([0-9a-zA-Z][_-]?)+)$"), min_length: Some(1), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "GuardrailConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&GUARDRAIL_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "IdleSessionTTLInSeconds", required: false, create_only: false, shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: Some(60.0), maximum: Some(5400.0) }) },
::forma_core::schema::Property { name: "Instruction", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(40), max_length: None }) },
::forma_core::schema::Property { name: "KnowledgeBases", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&AGENT_KNOWLEDGE_BASE_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "MemoryConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&MEMORY_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "OrchestrationType", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["DEFAULT", "CUSTOM_ORCHESTRATION"]) },
::forma_core::schema::Property { name: "PromptOverrideConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&PROMPT_OVERRIDE_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "SkipResourceInUseCheckOnDelete", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"), min_length: Some(0), max_length: Some(256) })) },
::forma_core::schema::Property { name: "TestAliasTags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"), min_length: Some(0), max_length: Some(256) })) },
],
rules: &[],
attributes: &["AgentArn", "AgentId", "AgentStatus", "AgentVersion", "CreatedAt", "FailureReasons", "PreparedAt", "RecommendedActions", "UpdatedAt"],
};

static AGENT_ACTION_GROUP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Agent.AgentActionGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActionGroupExecutor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ActionGroupName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-zA-Z][_-]?){1,100}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ActionGroupState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "ApiSchema",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
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
            name: "FunctionSchema",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FUNCTION_SCHEMA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ParentActionGroupSignature",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AMAZON.UserInput", "AMAZON.CodeInterpreter"]),
        },
        ::forma_core::schema::Property {
            name: "SkipResourceInUseCheckOnDelete",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static AGENT_COLLABORATOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Agent.AgentCollaborator",
    properties: &[
        ::forma_core::schema::Property {
            name: "AgentDescriptor",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AGENT_COLLABORATOR_AGENT_DESCRIPTOR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CollaborationInstruction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CollaboratorName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RelayConversationHistory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TO_COLLABORATOR", "DISABLED"]),
        },
    ],
    rules: &[],
};

static CUSTOM_ORCHESTRATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Agent.CustomOrchestration",
    properties: &[::forma_core::schema::Property {
        name: "Executor",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&ORCHESTRATION_EXECUTOR_TYPE),
    }],
    rules: &[],
};

static GUARDRAIL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Agent.GuardrailConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "GuardrailIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^(([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+))$",
                ),
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "GuardrailVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(([0-9]{1,8})|(DRAFT))$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static AGENT_KNOWLEDGE_BASE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Agent.AgentKnowledgeBase",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "KnowledgeBaseId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z]{10}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "KnowledgeBaseState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
    ],
    rules: &[],
};

static MEMORY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Agent.MemoryConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnabledMemoryTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["SESSION_SUMMARY"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SessionSummaryConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SESSION_SUMMARY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StorageDays",
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

static PROMPT_OVERRIDE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::Agent.PromptOverrideConfiguration",
properties: &[
::forma_core::schema::Property { name: "OverrideLambda", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws[a-zA-Z-]*)?:lambda:[a-z0-9-]{1,20}:\\d{12}:function:[a-zA-Z0-9-_\\.]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?$"), min_length: None, max_length: Some(2048) }) },
::forma_core::schema::Property { name: "PromptConfigurations", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&PROMPT_CONFIGURATION_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: Some(10) }) },
],
rules: &[],
};

static FUNCTION_SCHEMA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Agent.FunctionSchema",
    properties: &[::forma_core::schema::Property {
        name: "Functions",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&FUNCTION_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static AGENT_COLLABORATOR_AGENT_DESCRIPTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::Agent.AgentCollaboratorAgentDescriptor",
properties: &[
::forma_core::schema::Property { name: "AliasArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws[a-zA-Z-]*)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:agent-alias/[0-9a-zA-Z]{10}/[0-9a-zA-Z]{10}$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static ORCHESTRATION_EXECUTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::Agent.OrchestrationExecutor",
properties: &[
::forma_core::schema::Property { name: "Lambda", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws[a-zA-Z-]*)?:lambda:[a-z0-9-]{1,20}:\\d{12}:function:[a-zA-Z0-9-_\\.]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?$"), min_length: None, max_length: Some(2048) }) },
],
rules: &[],
};

static SESSION_SUMMARY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Agent.SessionSummaryConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "MaxRecentSessions",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static PROMPT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::Agent.PromptConfiguration",
properties: &[
::forma_core::schema::Property { name: "AdditionalModelRequestFields", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "BasePromptTemplate", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(100000) }) },
::forma_core::schema::Property { name: "FoundationModel", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}(([:][a-z0-9-]{1,63}){0,2})?/[a-z0-9]{12})|(:foundation-model/([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.]?[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2}))|([0-9]{12}:(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+))|(([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.]?[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2}))|(([0-9a-zA-Z][_-]?)+)$"), min_length: Some(1), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "InferenceConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&INFERENCE_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "ParserMode", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["DEFAULT", "OVERRIDDEN"]) },
::forma_core::schema::Property { name: "PromptCreationMode", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["DEFAULT", "OVERRIDDEN"]) },
::forma_core::schema::Property { name: "PromptState", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]) },
::forma_core::schema::Property { name: "PromptType", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["PRE_PROCESSING", "ORCHESTRATION", "POST_PROCESSING", "ROUTING_CLASSIFIER", "MEMORY_SUMMARIZATION", "KNOWLEDGE_BASE_RESPONSE_GENERATION"]) },
],
rules: &[],
};

static FUNCTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Agent.Function",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1200),
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
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&PARAMETER_DETAIL_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "RequireConfirmation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
    ],
    rules: &[],
};

static INFERENCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Agent.InferenceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaximumLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(131072.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "StopSequences",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(4) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Temperature",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "TopK",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(500.0),
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

static PARAMETER_DETAIL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Agent.ParameterDetail",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "Required",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["string", "number", "integer", "boolean", "array"]),
        },
    ],
    rules: &[],
};
