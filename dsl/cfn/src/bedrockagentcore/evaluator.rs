// @generated from AWS::BedrockAgentCore::Evaluator (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BedrockAgentCore::Evaluator` and its property types.

/// Resource Type definition for AWS::BedrockAgentCore::Evaluator - Creates a custom evaluator for agent quality assessment using LLM-as-a-Judge, code-based, or derived evaluator configurations.
///
/// CloudFormation type `AWS::BedrockAgentCore::Evaluator`.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluator {
    props: ::forma_core::schema::Props,
}
impl Evaluator {
    /// A new resource with its required properties: `EvaluatorConfig`, `EvaluatorName`, `Level`.
    #[track_caller]
    pub fn new(
        evaluator_config: impl ::std::convert::Into<::forma_core::Value<EvaluatorConfig>>,
        evaluator_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        level: impl ::forma_core::schema::EnumArg<EvaluatorLevel>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, evaluator_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, evaluator_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, level.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the evaluator.
    ///
    /// Allowed: length 1 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the KMS key used to encrypt evaluator data.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tags to assign to the evaluator.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Evaluator {
    type Attributes = EvaluatorAttributes;
    fn type_name(&self) -> &str {
        "AWS::BedrockAgentCore::Evaluator"
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
/// The attributes of a `AWS::BedrockAgentCore::Evaluator` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EvaluatorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EvaluatorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EvaluatorAttributes {
    /// `Fn::GetAtt` `EvaluatorId`.
    pub fn evaluator_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EvaluatorId")
    }
    /// `Fn::GetAtt` `EvaluatorArn`.
    pub fn evaluator_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EvaluatorArn")
    }
    /// `Fn::GetAtt` `EvaluatorType`.
    pub fn evaluator_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EvaluatorType")
    }
    /// `Fn::GetAtt` `Provider`.
    pub fn provider(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Provider")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The values CloudFormation documents: `TOOL_CALL`, `TRACE`, `SESSION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EvaluatorLevel {
    /// `TOOL_CALL`
    ToolCall,
    /// `TRACE`
    Trace,
    /// `SESSION`
    Session,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EvaluatorLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ToolCall => "TOOL_CALL",
            Self::Trace => "TRACE",
            Self::Session => "SESSION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TOOL_CALL", "TRACE", "SESSION"]
    }
}
impl ::std::convert::From<EvaluatorLevel> for ::forma_core::Value<EvaluatorLevel> {
    fn from(v: EvaluatorLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EvaluatorLevel {}

/// The configuration that defines how an evaluator assesses agent performance.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluatorConfig {
    props: ::forma_core::schema::Props,
}
impl EvaluatorConfig {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `LlmAsAJudge`, `CodeBased` or `Derived`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The configuration for code-based evaluation using a Lambda function.
    pub fn code_based(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CodeBasedEvaluatorConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The configuration for an evaluator derived from an existing base evaluator (a built-in or third-party evaluator), run on your own model.
    pub fn derived(mut self, value: impl ::std::convert::Into<::forma_core::Value<DerivedEvaluatorConfig>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The configuration for LLM-as-a-Judge evaluation.
    pub fn llm_as_a_judge(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LlmAsAJudgeEvaluatorConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EvaluatorConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EvaluatorConfig> for ::forma_core::Value<EvaluatorConfig> {
    fn from(v: EvaluatorConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATOR_CONFIG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::BedrockAgentCore::Evaluator`.
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

/// The configuration for code-based evaluation using a Lambda function.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeBasedEvaluatorConfig {
    props: ::forma_core::schema::Props,
}
impl CodeBasedEvaluatorConfig {
    /// A new value with its required properties: `LambdaConfig`.
    pub fn new(lambda_config: impl ::std::convert::Into<::forma_core::Value<LambdaEvaluatorConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, lambda_config.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CodeBasedEvaluatorConfig> for ::forma_core::Value<CodeBasedEvaluatorConfig> {
    fn from(v: CodeBasedEvaluatorConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_BASED_EVALUATOR_CONFIG_TYPE.properties))
    }
}

/// The configuration for an evaluator derived from an existing base evaluator (a built-in or third-party evaluator), run on your own model.
#[derive(Debug, Clone, PartialEq)]
pub struct DerivedEvaluatorConfig {
    props: ::forma_core::schema::Props,
}
impl DerivedEvaluatorConfig {
    /// A new value with its required properties: `BaseEvaluatorId`, `ModelConfig`.
    pub fn new(
        base_evaluator_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        model_config: impl ::std::convert::Into<::forma_core::Value<EvaluatorModelConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, base_evaluator_id.into().into_expr());
        props.set(1, model_config.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DerivedEvaluatorConfig> for ::forma_core::Value<DerivedEvaluatorConfig> {
    fn from(v: DerivedEvaluatorConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DERIVED_EVALUATOR_CONFIG_TYPE.properties))
    }
}

/// The configuration for LLM-as-a-Judge evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct LlmAsAJudgeEvaluatorConfig {
    props: ::forma_core::schema::Props,
}
impl LlmAsAJudgeEvaluatorConfig {
    /// A new value with its required properties: `Instructions`, `ModelConfig`, `RatingScale`.
    pub fn new(
        instructions: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        model_config: impl ::std::convert::Into<::forma_core::Value<EvaluatorModelConfig>>,
        rating_scale: impl ::std::convert::Into<::forma_core::Value<RatingScale>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, instructions.into().into_expr());
        props.set(1, model_config.into().into_expr());
        props.set(2, rating_scale.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LlmAsAJudgeEvaluatorConfig> for ::forma_core::Value<LlmAsAJudgeEvaluatorConfig> {
    fn from(v: LlmAsAJudgeEvaluatorConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LLM_AS_A_JUDGE_EVALUATOR_CONFIG_TYPE.properties))
    }
}

/// The Lambda function configuration for code-based evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaEvaluatorConfig {
    props: ::forma_core::schema::Props,
}
impl LambdaEvaluatorConfig {
    /// A new value with its required properties: `LambdaArn`.
    pub fn new(lambda_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, lambda_arn.into().into_expr());
        Self { props }
    }
    /// The timeout in seconds for the Lambda function invocation.
    ///
    /// Allowed: 1 to 300.
    pub fn lambda_timeout_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LambdaEvaluatorConfig> for ::forma_core::Value<LambdaEvaluatorConfig> {
    fn from(v: LambdaEvaluatorConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_EVALUATOR_CONFIG_TYPE.properties))
    }
}

/// The model configuration that specifies which foundation model to use for evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluatorModelConfig {
    props: ::forma_core::schema::Props,
}
impl EvaluatorModelConfig {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `BedrockEvaluatorModelConfig` or `ResponsesEvaluatorModelConfig`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The configuration for using Amazon Bedrock models in evaluator assessments.
    pub fn bedrock_evaluator_model_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BedrockEvaluatorModelConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The configuration for using OpenResponses-compatible models in evaluator assessments.
    pub fn responses_evaluator_model_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OpenResponsesEvaluatorModelConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EvaluatorModelConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EvaluatorModelConfig> for ::forma_core::Value<EvaluatorModelConfig> {
    fn from(v: EvaluatorModelConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATOR_MODEL_CONFIG_TYPE.properties))
    }
}

/// The rating scale that defines how evaluators should score agent performance.
#[derive(Debug, Clone, PartialEq)]
pub struct RatingScale {
    props: ::forma_core::schema::Props,
}
impl RatingScale {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `Numerical`, `Categorical` or `MultiDimensional`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Categorical`.
    pub fn categorical(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CategoricalScaleDefinition>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The dimensions an LLM-as-a-Judge evaluator scores in a single judge call.
    pub fn multi_dimensional(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EvaluationDimension>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Numerical`.
    pub fn numerical(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NumericalScaleDefinition>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RatingScale {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RatingScale> for ::forma_core::Value<RatingScale> {
    fn from(v: RatingScale) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RATING_SCALE_TYPE.properties))
    }
}

/// The configuration for using Amazon Bedrock models in evaluator assessments.
#[derive(Debug, Clone, PartialEq)]
pub struct BedrockEvaluatorModelConfig {
    props: ::forma_core::schema::Props,
}
impl BedrockEvaluatorModelConfig {
    /// A new value with its required properties: `ModelId`.
    pub fn new(model_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, model_id.into().into_expr());
        Self { props }
    }
    /// Additional model-specific request fields.
    pub fn additional_model_request_fields(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The inference configuration parameters that control model behavior during evaluation.
    pub fn inference_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BedrockEvaluatorModelConfig> for ::forma_core::Value<BedrockEvaluatorModelConfig> {
    fn from(v: BedrockEvaluatorModelConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BEDROCK_EVALUATOR_MODEL_CONFIG_TYPE.properties))
    }
}

/// The configuration for using OpenResponses-compatible models in evaluator assessments.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenResponsesEvaluatorModelConfig {
    props: ::forma_core::schema::Props,
}
impl OpenResponsesEvaluatorModelConfig {
    /// A new value with its required properties: `ModelId`.
    pub fn new(model_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, model_id.into().into_expr());
        Self { props }
    }
    /// The maximum number of output tokens to generate, including visible output and reasoning tokens.
    ///
    /// Allowed: at least 1.
    pub fn max_output_tokens(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The reasoning configuration for reasoning models.
    pub fn reasoning(mut self, value: impl ::std::convert::Into<::forma_core::Value<ReasoningConfiguration>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The sampling temperature between 0 and 2.
    ///
    /// Allowed: 0 to 2.
    pub fn temperature(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The nucleus sampling probability mass between 0 and 1.
    ///
    /// Allowed: 0 to 1.
    pub fn top_p(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OpenResponsesEvaluatorModelConfig>
    for ::forma_core::Value<OpenResponsesEvaluatorModelConfig>
{
    fn from(v: OpenResponsesEvaluatorModelConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPEN_RESPONSES_EVALUATOR_MODEL_CONFIG_TYPE.properties))
    }
}

/// A categorical rating scale option.
#[derive(Debug, Clone, PartialEq)]
pub struct CategoricalScaleDefinition {
    props: ::forma_core::schema::Props,
}
impl CategoricalScaleDefinition {
    /// A new value with its required properties: `Definition`, `Label`.
    pub fn new(
        definition: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        label: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, definition.into().into_expr());
        props.set(1, label.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CategoricalScaleDefinition> for ::forma_core::Value<CategoricalScaleDefinition> {
    fn from(v: CategoricalScaleDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CATEGORICAL_SCALE_DEFINITION_TYPE.properties))
    }
}

/// One dimension of an LLM-as-a-Judge evaluator.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationDimension {
    props: ::forma_core::schema::Props,
}
impl EvaluationDimension {
    /// A new value with its required properties: `DimensionInstruction`, `DimensionName`, `DimensionRatingScale`.
    pub fn new(
        dimension_instruction: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        dimension_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        dimension_rating_scale: impl ::std::convert::Into<::forma_core::Value<DimensionRatingScale>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dimension_instruction.into().into_expr());
        props.set(1, dimension_name.into().into_expr());
        props.set(2, dimension_rating_scale.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EvaluationDimension> for ::forma_core::Value<EvaluationDimension> {
    fn from(v: EvaluationDimension) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_DIMENSION_TYPE.properties))
    }
}

/// A numerical rating scale option.
#[derive(Debug, Clone, PartialEq)]
pub struct NumericalScaleDefinition {
    props: ::forma_core::schema::Props,
}
impl NumericalScaleDefinition {
    /// A new value with its required properties: `Definition`, `Label`, `Value`.
    pub fn new(
        definition: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        label: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, definition.into().into_expr());
        props.set(1, label.into().into_expr());
        props.set(2, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<NumericalScaleDefinition> for ::forma_core::Value<NumericalScaleDefinition> {
    fn from(v: NumericalScaleDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NUMERICAL_SCALE_DEFINITION_TYPE.properties))
    }
}

/// The inference configuration parameters that control model behavior during evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceConfiguration {
    props: ::forma_core::schema::Props,
}
impl InferenceConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum number of tokens to generate in the model response.
    ///
    /// Allowed: at least 1.
    pub fn max_tokens(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The sequences that make the model stop generating further tokens.
    pub fn stop_sequences(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The temperature value that controls randomness in the model's responses.
    ///
    /// Allowed: 0 to 1.
    pub fn temperature(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The top-p sampling parameter that controls the diversity of the model's responses.
    ///
    /// Allowed: 0 to 1.
    pub fn top_p(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(3, value.into().into_expr());
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

/// The reasoning configuration for reasoning models.
#[derive(Debug, Clone, PartialEq)]
pub struct ReasoningConfiguration {
    props: ::forma_core::schema::Props,
}
impl ReasoningConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The level of reasoning effort the model applies.
    ///
    /// Allowed: length 1 to 64.
    pub fn effort(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ReasoningConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReasoningConfiguration> for ::forma_core::Value<ReasoningConfiguration> {
    fn from(v: ReasoningConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REASONING_CONFIGURATION_TYPE.properties))
    }
}

/// The rating scale for one dimension of an LLM-as-a-Judge evaluator.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionRatingScale {
    props: ::forma_core::schema::Props,
}
impl DimensionRatingScale {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `Numerical` or `Categorical`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The categorical rating scale for this dimension.
    pub fn categorical(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CategoricalScaleDefinition>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The numerical rating scale for this dimension.
    pub fn numerical(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NumericalScaleDefinition>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DimensionRatingScale {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DimensionRatingScale> for ::forma_core::Value<DimensionRatingScale> {
    fn from(v: DimensionRatingScale) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DIMENSION_RATING_SCALE_TYPE.properties))
    }
}

/// The schema of `AWS::BedrockAgentCore::Evaluator`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BedrockAgentCore::Evaluator",
    properties: &[
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
            name: "EvaluatorConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVALUATOR_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EvaluatorName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]+:[0-9]{12}:key/[a-zA-Z0-9-]{36}$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Level",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TOOL_CALL", "TRACE", "SESSION"]),
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
    ],
    rules: &[],
    attributes: &["EvaluatorId", "EvaluatorArn", "EvaluatorType", "Provider", "Status", "CreatedAt", "UpdatedAt"],
};

static EVALUATOR_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Evaluator.EvaluatorConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CodeBased",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CODE_BASED_EVALUATOR_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Derived",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DERIVED_EVALUATOR_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LlmAsAJudge",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LLM_AS_A_JUDGE_EVALUATOR_CONFIG_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["LlmAsAJudge"], &["CodeBased"], &["Derived"]])],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Evaluator.Tag",
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

static CODE_BASED_EVALUATOR_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Evaluator.CodeBasedEvaluatorConfig",
    properties: &[::forma_core::schema::Property {
        name: "LambdaConfig",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&LAMBDA_EVALUATOR_CONFIG_TYPE),
    }],
    rules: &[],
};

static DERIVED_EVALUATOR_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::Evaluator.DerivedEvaluatorConfig",
properties: &[
::forma_core::schema::Property { name: "BaseEvaluatorId", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(Builtin\\.[a-zA-Z0-9._-]+|ThirdParty\\.[a-zA-Z0-9._-]+|[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10})$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "ModelConfig", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&EVALUATOR_MODEL_CONFIG_TYPE) },
],
rules: &[],
};

static LLM_AS_A_JUDGE_EVALUATOR_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Evaluator.LlmAsAJudgeEvaluatorConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Instructions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ModelConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVALUATOR_MODEL_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RatingScale",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RATING_SCALE_TYPE),
        },
    ],
    rules: &[],
};

static LAMBDA_EVALUATOR_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::Evaluator.LambdaEvaluatorConfig",
properties: &[
::forma_core::schema::Property { name: "LambdaArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws[a-zA-Z-]*)?:lambda:([a-z]{2}(-gov)?-[a-z]+-\\d{1}):(\\d{12}):function:([a-zA-Z0-9-_.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "LambdaTimeoutInSeconds", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(300.0) }) },
],
rules: &[],
};

static EVALUATOR_MODEL_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Evaluator.EvaluatorModelConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "BedrockEvaluatorModelConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BEDROCK_EVALUATOR_MODEL_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResponsesEvaluatorModelConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OPEN_RESPONSES_EVALUATOR_MODEL_CONFIG_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["BedrockEvaluatorModelConfig"],
        &["ResponsesEvaluatorModelConfig"],
    ])],
};

static RATING_SCALE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Evaluator.RatingScale",
    properties: &[
        ::forma_core::schema::Property {
            name: "Categorical",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CATEGORICAL_SCALE_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MultiDimensional",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EVALUATION_DIMENSION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Numerical",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NUMERICAL_SCALE_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["Numerical"], &["Categorical"], &["MultiDimensional"]])],
};

static BEDROCK_EVALUATOR_MODEL_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Evaluator.BedrockEvaluatorModelConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalModelRequestFields",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "InferenceConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INFERENCE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ModelId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static OPEN_RESPONSES_EVALUATOR_MODEL_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::Evaluator.OpenResponsesEvaluatorModelConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "MaxOutputTokens",
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
                name: "Reasoning",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&REASONING_CONFIGURATION_TYPE),
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

static CATEGORICAL_SCALE_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Evaluator.CategoricalScaleDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Definition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Label",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
    ],
    rules: &[],
};

static EVALUATION_DIMENSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Evaluator.EvaluationDimension",
    properties: &[
        ::forma_core::schema::Property {
            name: "DimensionInstruction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4000),
            }),
        },
        ::forma_core::schema::Property {
            name: "DimensionName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DimensionRatingScale",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DIMENSION_RATING_SCALE_TYPE),
        },
    ],
    rules: &[],
};

static NUMERICAL_SCALE_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Evaluator.NumericalScaleDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Definition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Label",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static INFERENCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Evaluator.InferenceConfiguration",
    properties: &[
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
            name: "StopSequences",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(2500) },
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

static REASONING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Evaluator.ReasoningConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Effort",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(64),
        }),
    }],
    rules: &[],
};

static DIMENSION_RATING_SCALE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Evaluator.DimensionRatingScale",
    properties: &[
        ::forma_core::schema::Property {
            name: "Categorical",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CATEGORICAL_SCALE_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Numerical",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NUMERICAL_SCALE_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["Numerical"], &["Categorical"]])],
};
