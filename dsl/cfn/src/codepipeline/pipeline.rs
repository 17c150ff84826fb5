// @generated from AWS::CodePipeline::Pipeline (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CodePipeline::Pipeline` and its property types.

/// The AWS::CodePipeline::Pipeline resource creates a CodePipeline pipeline that describes how software changes go through a release process.
///
/// CloudFormation type `AWS::CodePipeline::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct Pipeline {
    props: ::forma_core::schema::Props,
}
impl Pipeline {
    /// A new resource with its required properties: `RoleArn`, `Stages`.
    #[track_caller]
    pub fn new(
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        stages: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StageDeclaration>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(7, role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, stages.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The S3 bucket where artifacts for the pipeline are stored.
    #[track_caller]
    pub fn artifact_store(mut self, value: impl ::std::convert::Into<::forma_core::Value<ArtifactStore>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A mapping of artifactStore objects and their corresponding AWS Regions.
    #[track_caller]
    pub fn artifact_stores(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ArtifactStoreMap>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Represents the input of a DisableStageTransition action.
    #[track_caller]
    pub fn disable_inbound_stage_transitions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StageTransition>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The method that the pipeline will use to handle multiple executions.
    #[track_caller]
    pub fn execution_mode(mut self, value: impl ::forma_core::schema::EnumArg<ExecutionMode>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the pipeline.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// CodePipeline provides the following pipeline types, which differ in characteristics and price, so that you can tailor your pipeline features and cost to the needs of your applications.
    #[track_caller]
    pub fn pipeline_type(mut self, value: impl ::forma_core::schema::EnumArg<PipelineType>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether to rerun the CodePipeline pipeline after you update it.
    #[track_caller]
    pub fn restart_execution_on_update(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the tags applied to the pipeline.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The trigger configuration specifying a type of event, such as Git tags, that starts the pipeline.
    #[track_caller]
    pub fn triggers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PipelineTriggerDeclaration>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list that defines the pipeline variables for a pipeline resource.
    #[track_caller]
    pub fn variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VariableDeclaration>>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Pipeline {
    type Attributes = PipelineAttributes;
    fn type_name(&self) -> &str {
        "AWS::CodePipeline::Pipeline"
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
/// The attributes of a `AWS::CodePipeline::Pipeline` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PipelineAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PipelineAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PipelineAttributes {
    /// `Fn::GetAtt` `Version`.
    pub fn version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Version")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `QUEUED`, `SUPERSEDED`, `PARALLEL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExecutionMode {
    /// `QUEUED`
    Queued,
    /// `SUPERSEDED`
    Superseded,
    /// `PARALLEL`
    Parallel,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ExecutionMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Queued => "QUEUED",
            Self::Superseded => "SUPERSEDED",
            Self::Parallel => "PARALLEL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["QUEUED", "SUPERSEDED", "PARALLEL"]
    }
}
impl ::std::convert::From<ExecutionMode> for ::forma_core::Value<ExecutionMode> {
    fn from(v: ExecutionMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ExecutionMode {}

/// The values CloudFormation documents: `V1`, `V2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PipelineType {
    /// `V1`
    V1,
    /// `V2`
    V2,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PipelineType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1 => "V1",
            Self::V2 => "V2",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["V1", "V2"]
    }
}
impl ::std::convert::From<PipelineType> for ::forma_core::Value<PipelineType> {
    fn from(v: PipelineType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PipelineType {}

/// The values CloudFormation documents: `S3`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `S3`
    S3,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::S3 => "S3",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["S3"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The S3 bucket where artifacts for the pipeline are stored.
#[derive(Debug, Clone, PartialEq)]
pub struct ArtifactStore {
    props: ::forma_core::schema::Props,
}
impl ArtifactStore {
    /// A new value with its required properties: `Location`, `Type`.
    pub fn new(
        location: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, location.into().into_expr());
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
    /// Represents information about the key used to encrypt data in the artifact store, such as an AWS Key Management Service (AWS KMS) key
    pub fn encryption_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<EncryptionKey>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ArtifactStore> for ::forma_core::Value<ArtifactStore> {
    fn from(v: ArtifactStore) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ARTIFACT_STORE_TYPE.properties))
    }
}

/// A mapping of artifactStore objects and their corresponding AWS Regions.
#[derive(Debug, Clone, PartialEq)]
pub struct ArtifactStoreMap {
    props: ::forma_core::schema::Props,
}
impl ArtifactStoreMap {
    /// A new value with its required properties: `ArtifactStore`, `Region`.
    pub fn new(
        artifact_store: impl ::std::convert::Into<::forma_core::Value<ArtifactStore>>,
        region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, artifact_store.into().into_expr());
        props.set(1, region.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ArtifactStoreMap> for ::forma_core::Value<ArtifactStoreMap> {
    fn from(v: ArtifactStoreMap) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ARTIFACT_STORE_MAP_TYPE.properties))
    }
}

/// The name of the pipeline in which you want to disable the flow of artifacts from one stage to another.
#[derive(Debug, Clone, PartialEq)]
pub struct StageTransition {
    props: ::forma_core::schema::Props,
}
impl StageTransition {
    /// A new value with its required properties: `Reason`, `StageName`.
    pub fn new(
        reason: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        stage_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, reason.into().into_expr());
        props.set(1, stage_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<StageTransition> for ::forma_core::Value<StageTransition> {
    fn from(v: StageTransition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STAGE_TRANSITION_TYPE.properties))
    }
}

/// Represents information about a stage and its definition.
#[derive(Debug, Clone, PartialEq)]
pub struct StageDeclaration {
    props: ::forma_core::schema::Props,
}
impl StageDeclaration {
    /// A new value with its required properties: `Actions`, `Name`.
    pub fn new(
        actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ActionDeclaration>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, actions.into().into_expr());
        props.set(3, name.into().into_expr());
        Self { props }
    }
    /// The method to use before stage runs.
    pub fn before_entry(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BeforeEntryConditions>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Blockers`.
    pub fn blockers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BlockerDeclaration>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The method to use when a stage has not completed successfully
    pub fn on_failure(mut self, value: impl ::std::convert::Into<::forma_core::Value<FailureConditions>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The method to use when a stage has completed successfully
    pub fn on_success(mut self, value: impl ::std::convert::Into<::forma_core::Value<SuccessConditions>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StageDeclaration> for ::forma_core::Value<StageDeclaration> {
    fn from(v: StageDeclaration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STAGE_DECLARATION_TYPE.properties))
    }
}

/// A tag is a key-value pair that is used to manage the resource.
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

/// The values CloudFormation documents: `CodeStarSourceConnection`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProviderType {
    /// `CodeStarSourceConnection`
    CodeStarSourceConnection,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProviderType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CodeStarSourceConnection => "CodeStarSourceConnection",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CodeStarSourceConnection"]
    }
}
impl ::std::convert::From<ProviderType> for ::forma_core::Value<ProviderType> {
    fn from(v: ProviderType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProviderType {}

/// Represents information about the specified trigger configuration, such as the filter criteria and the source stage for the action that contains the trigger.
#[derive(Debug, Clone, PartialEq)]
pub struct PipelineTriggerDeclaration {
    props: ::forma_core::schema::Props,
}
impl PipelineTriggerDeclaration {
    /// A new value with its required properties: `ProviderType`.
    pub fn new(provider_type: impl ::forma_core::schema::EnumArg<ProviderType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, provider_type.into_enum_expr());
        Self { props }
    }
    /// A type of trigger configuration for Git-based source actions.
    pub fn git_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GitConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PipelineTriggerDeclaration> for ::forma_core::Value<PipelineTriggerDeclaration> {
    fn from(v: PipelineTriggerDeclaration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIPELINE_TRIGGER_DECLARATION_TYPE.properties))
    }
}

/// A variable declared at the pipeline level.
#[derive(Debug, Clone, PartialEq)]
pub struct VariableDeclaration {
    props: ::forma_core::schema::Props,
}
impl VariableDeclaration {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, name.into().into_expr());
        Self { props }
    }
    /// The value of a pipeline-level variable.
    pub fn default_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The description of a pipeline-level variable.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VariableDeclaration> for ::forma_core::Value<VariableDeclaration> {
    fn from(v: VariableDeclaration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VARIABLE_DECLARATION_TYPE.properties))
    }
}

/// Represents information about the key used to encrypt data in the artifact store, such as an AWS Key Management Service (AWS KMS) key
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionKey {
    props: ::forma_core::schema::Props,
}
impl EncryptionKey {
    /// A new value with its required properties: `Id`, `Type`.
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id.into().into_expr());
        props.set(1, type_.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EncryptionKey> for ::forma_core::Value<EncryptionKey> {
    fn from(v: EncryptionKey) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_KEY_TYPE.properties))
    }
}

/// Represents information about an action declaration.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionDeclaration {
    props: ::forma_core::schema::Props,
}
impl ActionDeclaration {
    /// A new value with its required properties: `ActionTypeId`, `Name`.
    pub fn new(
        action_type_id: impl ::std::convert::Into<::forma_core::Value<ActionTypeId>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action_type_id.into().into_expr());
        props.set(5, name.into().into_expr());
        Self { props }
    }
    /// The shell commands to run with your compute action in CodePipeline.
    pub fn commands(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Configuration`.
    pub fn configuration(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The list of environment variables that are input to a compute based action.
    pub fn environment_variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EnvironmentVariable>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `InputArtifacts`.
    pub fn input_artifacts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InputArtifact>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The variable namespace associated with the action.
    pub fn namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `OutputArtifacts`.
    pub fn output_artifacts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OutputArtifact>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The list of variables that are to be exported from the compute action.
    pub fn output_variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The action declaration's AWS Region, such as us-east-1.
    pub fn region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The ARN of the IAM service role that performs the declared action.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// The order in which actions are run.
    pub fn run_order(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// A timeout duration in minutes that can be applied against the ActionType’s default timeout value specified in Quotas for AWS CodePipeline.
    pub fn timeout_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ActionDeclaration> for ::forma_core::Value<ActionDeclaration> {
    fn from(v: ActionDeclaration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_DECLARATION_TYPE.properties))
    }
}

/// The configuration that specifies the rules to run before stage starts.
#[derive(Debug, Clone, PartialEq)]
pub struct BeforeEntryConditions {
    props: ::forma_core::schema::Props,
}
impl BeforeEntryConditions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Conditions`.
    pub fn conditions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Condition>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BeforeEntryConditions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BeforeEntryConditions> for ::forma_core::Value<BeforeEntryConditions> {
    fn from(v: BeforeEntryConditions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BEFORE_ENTRY_CONDITIONS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Schedule`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BlockerDeclarationType {
    /// `Schedule`
    Schedule,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BlockerDeclarationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Schedule => "Schedule",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Schedule"]
    }
}
impl ::std::convert::From<BlockerDeclarationType> for ::forma_core::Value<BlockerDeclarationType> {
    fn from(v: BlockerDeclarationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BlockerDeclarationType {}

/// Reserved for future use.
#[derive(Debug, Clone, PartialEq)]
pub struct BlockerDeclaration {
    props: ::forma_core::schema::Props,
}
impl BlockerDeclaration {
    /// A new value with its required properties: `Name`, `Type`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<BlockerDeclarationType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<BlockerDeclaration> for ::forma_core::Value<BlockerDeclaration> {
    fn from(v: BlockerDeclaration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BLOCKER_DECLARATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ROLLBACK`, `RETRY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Result {
    /// `ROLLBACK`
    Rollback,
    /// `RETRY`
    Retry,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Result {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rollback => "ROLLBACK",
            Self::Retry => "RETRY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ROLLBACK", "RETRY"]
    }
}
impl ::std::convert::From<Result> for ::forma_core::Value<Result> {
    fn from(v: Result) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Result {}

/// The configuration that specifies the result, such as rollback, to occur upon stage failure
#[derive(Debug, Clone, PartialEq)]
pub struct FailureConditions {
    props: ::forma_core::schema::Props,
}
impl FailureConditions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Conditions`.
    pub fn conditions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Condition>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The specified result for when the failure conditions are met, such as rolling back the stage
    pub fn result(mut self, value: impl ::forma_core::schema::EnumArg<Result>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The configuration that specifies the retry configuration for a stage
    pub fn retry_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FailureConditionsRetryConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FailureConditions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FailureConditions> for ::forma_core::Value<FailureConditions> {
    fn from(v: FailureConditions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FAILURE_CONDITIONS_TYPE.properties))
    }
}

/// The configuration that specifies the result, such as rollback, to occur upon stage failure
#[derive(Debug, Clone, PartialEq)]
pub struct SuccessConditions {
    props: ::forma_core::schema::Props,
}
impl SuccessConditions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Conditions`.
    pub fn conditions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Condition>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SuccessConditions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SuccessConditions> for ::forma_core::Value<SuccessConditions> {
    fn from(v: SuccessConditions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUCCESS_CONDITIONS_TYPE.properties))
    }
}

/// A type of trigger configuration for Git-based source actions.
#[derive(Debug, Clone, PartialEq)]
pub struct GitConfiguration {
    props: ::forma_core::schema::Props,
}
impl GitConfiguration {
    /// A new value with its required properties: `SourceActionName`.
    pub fn new(source_action_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, source_action_name.into().into_expr());
        Self { props }
    }
    /// The field where the repository event that will start the pipeline is specified as pull requests.
    pub fn pull_request(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GitPullRequestFilter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The field where the repository event that will start the pipeline, such as pushing Git tags, is specified with details.
    pub fn push(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GitPushFilter>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GitConfiguration> for ::forma_core::Value<GitConfiguration> {
    fn from(v: GitConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GIT_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Source`, `Build`, `Test`, `Deploy`, `Invoke`, `Approval`, `Compute`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Category {
    /// `Source`
    Source,
    /// `Build`
    Build,
    /// `Test`
    Test,
    /// `Deploy`
    Deploy,
    /// `Invoke`
    Invoke,
    /// `Approval`
    Approval,
    /// `Compute`
    Compute,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Category {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Source => "Source",
            Self::Build => "Build",
            Self::Test => "Test",
            Self::Deploy => "Deploy",
            Self::Invoke => "Invoke",
            Self::Approval => "Approval",
            Self::Compute => "Compute",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Source", "Build", "Test", "Deploy", "Invoke", "Approval", "Compute"]
    }
}
impl ::std::convert::From<Category> for ::forma_core::Value<Category> {
    fn from(v: Category) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Category {}

/// Represents information about an action type.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionTypeId {
    props: ::forma_core::schema::Props,
}
impl ActionTypeId {
    /// A new value with its required properties: `Category`, `Owner`, `Provider`, `Version`.
    pub fn new(
        category: impl ::forma_core::schema::EnumArg<Category>,
        owner: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        provider: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, category.into_enum_expr());
        props.set(1, owner.into().into_expr());
        props.set(2, provider.into().into_expr());
        props.set(3, version.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ActionTypeId> for ::forma_core::Value<ActionTypeId> {
    fn from(v: ActionTypeId) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_TYPE_ID_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PLAINTEXT`, `SECRETS_MANAGER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnvironmentVariableType {
    /// `PLAINTEXT`
    Plaintext,
    /// `SECRETS_MANAGER`
    SecretsManager,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EnvironmentVariableType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Plaintext => "PLAINTEXT",
            Self::SecretsManager => "SECRETS_MANAGER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PLAINTEXT", "SECRETS_MANAGER"]
    }
}
impl ::std::convert::From<EnvironmentVariableType> for ::forma_core::Value<EnvironmentVariableType> {
    fn from(v: EnvironmentVariableType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EnvironmentVariableType {}

/// Represents information about the environment variable of an action.
#[derive(Debug, Clone, PartialEq)]
pub struct EnvironmentVariable {
    props: ::forma_core::schema::Props,
}
impl EnvironmentVariable {
    /// A new value with its required properties: `Name`, `Value`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(2, value.into().into_expr());
        Self { props }
    }
    /// The type of the environment variable.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<EnvironmentVariableType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<EnvironmentVariable> for ::forma_core::Value<EnvironmentVariable> {
    fn from(v: EnvironmentVariable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENVIRONMENT_VARIABLE_TYPE.properties))
    }
}

/// Represents information about an artifact to be worked on, such as a test or build artifact.
#[derive(Debug, Clone, PartialEq)]
pub struct InputArtifact {
    props: ::forma_core::schema::Props,
}
impl InputArtifact {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InputArtifact> for ::forma_core::Value<InputArtifact> {
    fn from(v: InputArtifact) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_ARTIFACT_TYPE.properties))
    }
}

/// Represents information about the output of an action.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputArtifact {
    props: ::forma_core::schema::Props,
}
impl OutputArtifact {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        Self { props }
    }
    /// The files that you want to associate with the output artifact that will be exported from the compute action.
    pub fn files(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OutputArtifact> for ::forma_core::Value<OutputArtifact> {
    fn from(v: OutputArtifact) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTPUT_ARTIFACT_TYPE.properties))
    }
}

/// Represents information about condition.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    props: ::forma_core::schema::Props,
}
impl Condition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The specified result for when the failure conditions are met, such as rolling back the stage
    pub fn result(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Rules`.
    pub fn rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RuleDeclaration>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Condition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Condition> for ::forma_core::Value<Condition> {
    fn from(v: Condition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONDITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALL_ACTIONS`, `FAILED_ACTIONS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetryMode {
    /// `ALL_ACTIONS`
    AllActions,
    /// `FAILED_ACTIONS`
    FailedActions,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RetryMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllActions => "ALL_ACTIONS",
            Self::FailedActions => "FAILED_ACTIONS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL_ACTIONS", "FAILED_ACTIONS"]
    }
}
impl ::std::convert::From<RetryMode> for ::forma_core::Value<RetryMode> {
    fn from(v: RetryMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RetryMode {}

/// The configuration that specifies the retry configuration for a stage
#[derive(Debug, Clone, PartialEq)]
pub struct FailureConditionsRetryConfiguration {
    props: ::forma_core::schema::Props,
}
impl FailureConditionsRetryConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The specified retry mode type for the given stage.
    pub fn retry_mode(mut self, value: impl ::forma_core::schema::EnumArg<RetryMode>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for FailureConditionsRetryConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FailureConditionsRetryConfiguration>
    for ::forma_core::Value<FailureConditionsRetryConfiguration>
{
    fn from(v: FailureConditionsRetryConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FAILURE_CONDITIONS_RETRY_CONFIGURATION_TYPE.properties))
    }
}

/// The event criteria for the pull request trigger configuration, such as the lists of branches or file paths to include and exclude.
#[derive(Debug, Clone, PartialEq)]
pub struct GitPullRequestFilter {
    props: ::forma_core::schema::Props,
}
impl GitPullRequestFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Git repository branches specified as filter criteria to start the pipeline.
    pub fn branches(mut self, value: impl ::std::convert::Into<::forma_core::Value<GitBranchFilterCriteria>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The field that specifies which pull request events to filter on (opened, updated, closed) for the trigger configuration.
    pub fn events(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The Git repository file paths specified as filter criteria to start the pipeline.
    pub fn file_paths(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GitFilePathFilterCriteria>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GitPullRequestFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GitPullRequestFilter> for ::forma_core::Value<GitPullRequestFilter> {
    fn from(v: GitPullRequestFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GIT_PULL_REQUEST_FILTER_TYPE.properties))
    }
}

/// The event criteria that specify when a specified repository event will start the pipeline for the specified trigger configuration, such as the lists of Git tags to include and exclude.
#[derive(Debug, Clone, PartialEq)]
pub struct GitPushFilter {
    props: ::forma_core::schema::Props,
}
impl GitPushFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Git repository branches specified as filter criteria to start the pipeline.
    pub fn branches(mut self, value: impl ::std::convert::Into<::forma_core::Value<GitBranchFilterCriteria>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Git repository file paths specified as filter criteria to start the pipeline.
    pub fn file_paths(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GitFilePathFilterCriteria>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The Git tags specified as filter criteria for whether a Git tag repository event will start the pipeline.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<GitTagFilterCriteria>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GitPushFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GitPushFilter> for ::forma_core::Value<GitPushFilter> {
    fn from(v: GitPushFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GIT_PUSH_FILTER_TYPE.properties))
    }
}

/// Represents information about condition.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleDeclaration {
    props: ::forma_core::schema::Props,
}
impl RuleDeclaration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The shell commands to run with your compute action in CodePipeline.
    pub fn commands(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The rule's configuration.
    pub fn configuration(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `InputArtifacts`.
    pub fn input_artifacts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InputArtifact>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The rule declaration's name.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The rule declaration's AWS Region, such as us-east-1.
    pub fn region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The ARN of the IAM service role that performs the declared rule.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Represents information about a rule type.
    pub fn rule_type_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<RuleTypeId>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RuleDeclaration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RuleDeclaration> for ::forma_core::Value<RuleDeclaration> {
    fn from(v: RuleDeclaration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_DECLARATION_TYPE.properties))
    }
}

/// The Git repository branches specified as filter criteria to start the pipeline.
#[derive(Debug, Clone, PartialEq)]
pub struct GitBranchFilterCriteria {
    props: ::forma_core::schema::Props,
}
impl GitBranchFilterCriteria {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The list of patterns of Git branches that, when a commit is pushed, are to be excluded from starting the pipeline.
    pub fn excludes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The list of patterns of Git branches that, when a commit is pushed, are to be included as criteria that starts the pipeline.
    pub fn includes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GitBranchFilterCriteria {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GitBranchFilterCriteria> for ::forma_core::Value<GitBranchFilterCriteria> {
    fn from(v: GitBranchFilterCriteria) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GIT_BRANCH_FILTER_CRITERIA_TYPE.properties))
    }
}

/// The Git repository file paths specified as filter criteria to start the pipeline.
#[derive(Debug, Clone, PartialEq)]
pub struct GitFilePathFilterCriteria {
    props: ::forma_core::schema::Props,
}
impl GitFilePathFilterCriteria {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The list of patterns of Git repository file paths that, when a commit is pushed, are to be excluded from starting the pipeline.
    pub fn excludes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The list of patterns of Git repository file paths that, when a commit is pushed, are to be included as criteria that starts the pipeline.
    pub fn includes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GitFilePathFilterCriteria {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GitFilePathFilterCriteria> for ::forma_core::Value<GitFilePathFilterCriteria> {
    fn from(v: GitFilePathFilterCriteria) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GIT_FILE_PATH_FILTER_CRITERIA_TYPE.properties))
    }
}

/// The Git tags specified as filter criteria for whether a Git tag repository event will start the pipeline.
#[derive(Debug, Clone, PartialEq)]
pub struct GitTagFilterCriteria {
    props: ::forma_core::schema::Props,
}
impl GitTagFilterCriteria {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The list of patterns of Git tags that, when pushed, are to be excluded from starting the pipeline.
    pub fn excludes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The list of patterns of Git tags that, when pushed, are to be included as criteria that starts the pipeline.
    pub fn includes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GitTagFilterCriteria {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GitTagFilterCriteria> for ::forma_core::Value<GitTagFilterCriteria> {
    fn from(v: GitTagFilterCriteria) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GIT_TAG_FILTER_CRITERIA_TYPE.properties))
    }
}

/// Represents information about a rule type.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleTypeId {
    props: ::forma_core::schema::Props,
}
impl RuleTypeId {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A category for the provider type for the rule.
    pub fn category(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The creator of the rule being called.
    pub fn owner(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The provider of the service being called by the rule.
    pub fn provider(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A string that describes the rule version.
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RuleTypeId {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RuleTypeId> for ::forma_core::Value<RuleTypeId> {
    fn from(v: RuleTypeId) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_TYPE_ID_TYPE.properties))
    }
}

/// The schema of `AWS::CodePipeline::Pipeline`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CodePipeline::Pipeline",
    properties: &[
        ::forma_core::schema::Property {
            name: "ArtifactStore",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ARTIFACT_STORE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ArtifactStores",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ARTIFACT_STORE_MAP_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DisableInboundStageTransitions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STAGE_TRANSITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ExecutionMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["QUEUED", "SUPERSEDED", "PARALLEL"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PipelineType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["V1", "V2"]),
        },
        ::forma_core::schema::Property {
            name: "RestartExecutionOnUpdate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws(-[\\w]+)*:iam::[0-9]{12}:role/.*"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Stages",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STAGE_DECLARATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(2), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Triggers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PIPELINE_TRIGGER_DECLARATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Variables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VARIABLE_DECLARATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["ArtifactStore"], &["ArtifactStores"]])],
    attributes: &["Version", "Arn"],
};

static ARTIFACT_STORE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.ArtifactStore",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_KEY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Location",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["S3"]),
        },
    ],
    rules: &[],
};

static ARTIFACT_STORE_MAP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.ArtifactStoreMap",
    properties: &[
        ::forma_core::schema::Property {
            name: "ArtifactStore",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ARTIFACT_STORE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Region",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static STAGE_TRANSITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.StageTransition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Reason",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StageName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static STAGE_DECLARATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.StageDeclaration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACTION_DECLARATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "BeforeEntry",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BEFORE_ENTRY_CONDITIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Blockers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BLOCKER_DECLARATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OnFailure",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FAILURE_CONDITIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OnSuccess",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SUCCESS_CONDITIONS_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static PIPELINE_TRIGGER_DECLARATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.PipelineTriggerDeclaration",
    properties: &[
        ::forma_core::schema::Property {
            name: "GitConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GIT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ProviderType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CodeStarSourceConnection"]),
        },
    ],
    rules: &[],
};

static VARIABLE_DECLARATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.VariableDeclaration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ENCRYPTION_KEY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.EncryptionKey",
    properties: &[
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ACTION_DECLARATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.ActionDeclaration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActionTypeId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACTION_TYPE_ID_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Commands",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Configuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "EnvironmentVariables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ENVIRONMENT_VARIABLE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "InputArtifacts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INPUT_ARTIFACT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9.@\\-_]{1,100}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OutputArtifacts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&OUTPUT_ARTIFACT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "OutputVariables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Region",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws(-[\\w]+)*:iam::[0-9]{12}:role/.*"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RunOrder",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TimeoutInMinutes",
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

static BEFORE_ENTRY_CONDITIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.BeforeEntryConditions",
    properties: &[::forma_core::schema::Property {
        name: "Conditions",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&CONDITION_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static BLOCKER_DECLARATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.BlockerDeclaration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Schedule"]),
        },
    ],
    rules: &[],
};

static FAILURE_CONDITIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.FailureConditions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Conditions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONDITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Result",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ROLLBACK", "RETRY"]),
        },
        ::forma_core::schema::Property {
            name: "RetryConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FAILURE_CONDITIONS_RETRY_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static SUCCESS_CONDITIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.SuccessConditions",
    properties: &[::forma_core::schema::Property {
        name: "Conditions",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&CONDITION_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static GIT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.GitConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "PullRequest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GIT_PULL_REQUEST_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Push",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GIT_PUSH_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourceActionName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ACTION_TYPE_ID_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.ActionTypeId",
    properties: &[
        ::forma_core::schema::Property {
            name: "Category",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "Source", "Build", "Test", "Deploy", "Invoke", "Approval", "Compute",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Owner",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Provider",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z_\\-]{1,9}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static ENVIRONMENT_VARIABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.EnvironmentVariable",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PLAINTEXT", "SECRETS_MANAGER"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static INPUT_ARTIFACT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.InputArtifact",
    properties: &[::forma_core::schema::Property {
        name: "Name",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static OUTPUT_ARTIFACT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.OutputArtifact",
    properties: &[
        ::forma_core::schema::Property {
            name: "Files",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.Condition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Result",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Rules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RULE_DECLARATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static FAILURE_CONDITIONS_RETRY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CodePipeline::Pipeline.FailureConditionsRetryConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "RetryMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL_ACTIONS", "FAILED_ACTIONS"]),
        }],
        rules: &[],
    };

static GIT_PULL_REQUEST_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.GitPullRequestFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Branches",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GIT_BRANCH_FILTER_CRITERIA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Events",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "FilePaths",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GIT_FILE_PATH_FILTER_CRITERIA_TYPE),
        },
    ],
    rules: &[],
};

static GIT_PUSH_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.GitPushFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Branches",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GIT_BRANCH_FILTER_CRITERIA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FilePaths",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GIT_FILE_PATH_FILTER_CRITERIA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GIT_TAG_FILTER_CRITERIA_TYPE),
        },
    ],
    rules: &[],
};

static RULE_DECLARATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.RuleDeclaration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Commands",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Configuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "InputArtifacts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INPUT_ARTIFACT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Region",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws(-[\\w]+)*:iam::[0-9]{12}:role/.*"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RuleTypeId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RULE_TYPE_ID_TYPE),
        },
    ],
    rules: &[],
};

static GIT_BRANCH_FILTER_CRITERIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.GitBranchFilterCriteria",
    properties: &[
        ::forma_core::schema::Property {
            name: "Excludes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Includes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static GIT_FILE_PATH_FILTER_CRITERIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.GitFilePathFilterCriteria",
    properties: &[
        ::forma_core::schema::Property {
            name: "Excludes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Includes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static GIT_TAG_FILTER_CRITERIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.GitTagFilterCriteria",
    properties: &[
        ::forma_core::schema::Property {
            name: "Excludes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Includes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static RULE_TYPE_ID_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Pipeline.RuleTypeId",
    properties: &[
        ::forma_core::schema::Property {
            name: "Category",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Owner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Provider",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
