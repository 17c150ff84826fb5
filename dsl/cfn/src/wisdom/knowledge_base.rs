// @generated from AWS::Wisdom::KnowledgeBase (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Wisdom::KnowledgeBase` and its property types.

/// Definition of AWS::Wisdom::KnowledgeBase Resource Type
///
/// CloudFormation type `AWS::Wisdom::KnowledgeBase`.
#[derive(Debug, Clone, PartialEq)]
pub struct KnowledgeBase {
    props: ::forma_core::schema::Props,
}
impl KnowledgeBase {
    /// A new resource with its required properties: `KnowledgeBaseType`, `Name`.
    #[track_caller]
    pub fn new(
        knowledge_base_type: impl ::forma_core::schema::EnumArg<KnowledgeBaseType>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, knowledge_base_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RenderingConfiguration`.
    #[track_caller]
    pub fn rendering_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RenderingConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ServerSideEncryptionConfiguration`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn server_side_encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServerSideEncryptionConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SourceConfiguration`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VectorIngestionConfiguration`.
    #[track_caller]
    pub fn vector_ingestion_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VectorIngestionConfiguration>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for KnowledgeBase {
    type Attributes = KnowledgeBaseAttributes;
    fn type_name(&self) -> &str {
        "AWS::Wisdom::KnowledgeBase"
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
/// The attributes of a `AWS::Wisdom::KnowledgeBase` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct KnowledgeBaseAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for KnowledgeBaseAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl KnowledgeBaseAttributes {
    /// `Fn::GetAtt` `KnowledgeBaseId`.
    pub fn knowledge_base_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "KnowledgeBaseId")
    }
    /// `Fn::GetAtt` `KnowledgeBaseArn`.
    pub fn knowledge_base_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "KnowledgeBaseArn")
    }
}

/// The values CloudFormation documents: `EXTERNAL`, `CUSTOM`, `MESSAGE_TEMPLATES`, `MANAGED`, `QUICK_RESPONSES`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KnowledgeBaseType {
    /// `EXTERNAL`
    External,
    /// `CUSTOM`
    Custom,
    /// `MESSAGE_TEMPLATES`
    MessageTemplates,
    /// `MANAGED`
    Managed,
    /// `QUICK_RESPONSES`
    QuickResponses,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KnowledgeBaseType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::External => "EXTERNAL",
            Self::Custom => "CUSTOM",
            Self::MessageTemplates => "MESSAGE_TEMPLATES",
            Self::Managed => "MANAGED",
            Self::QuickResponses => "QUICK_RESPONSES",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EXTERNAL", "CUSTOM", "MESSAGE_TEMPLATES", "MANAGED", "QUICK_RESPONSES"]
    }
}
impl ::std::convert::From<KnowledgeBaseType> for ::forma_core::Value<KnowledgeBaseType> {
    fn from(v: KnowledgeBaseType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KnowledgeBaseType {}

/// The `RenderingConfiguration` property type of `AWS::Wisdom::KnowledgeBase`.
#[derive(Debug, Clone, PartialEq)]
pub struct RenderingConfiguration {
    props: ::forma_core::schema::Props,
}
impl RenderingConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `TemplateUri`.
    ///
    /// Allowed: length 1 to 4096.
    pub fn template_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RenderingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RenderingConfiguration> for ::forma_core::Value<RenderingConfiguration> {
    fn from(v: RenderingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RENDERING_CONFIGURATION_TYPE.properties))
    }
}

/// The `ServerSideEncryptionConfiguration` property type of `AWS::Wisdom::KnowledgeBase`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerSideEncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl ServerSideEncryptionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `KmsKeyId`.
    ///
    /// Allowed: length 1 to 4096.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ServerSideEncryptionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ServerSideEncryptionConfiguration>
    for ::forma_core::Value<ServerSideEncryptionConfiguration>
{
    fn from(v: ServerSideEncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVER_SIDE_ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Wisdom::KnowledgeBase`.
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

/// The `VectorIngestionConfiguration` property type of `AWS::Wisdom::KnowledgeBase`.
#[derive(Debug, Clone, PartialEq)]
pub struct VectorIngestionConfiguration {
    props: ::forma_core::schema::Props,
}
impl VectorIngestionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ChunkingConfiguration`.
    pub fn chunking_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VectorIngestionConfigurationChunkingConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ParsingConfiguration`.
    pub fn parsing_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VectorIngestionConfigurationParsingConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VectorIngestionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VectorIngestionConfiguration> for ::forma_core::Value<VectorIngestionConfiguration> {
    fn from(v: VectorIngestionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VECTOR_INGESTION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `FIXED_SIZE`, `NONE`, `HIERARCHICAL`, `SEMANTIC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChunkingStrategy {
    /// `FIXED_SIZE`
    FixedSize,
    /// `NONE`
    None,
    /// `HIERARCHICAL`
    Hierarchical,
    /// `SEMANTIC`
    Semantic,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ChunkingStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FixedSize => "FIXED_SIZE",
            Self::None => "NONE",
            Self::Hierarchical => "HIERARCHICAL",
            Self::Semantic => "SEMANTIC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FIXED_SIZE", "NONE", "HIERARCHICAL", "SEMANTIC"]
    }
}
impl ::std::convert::From<ChunkingStrategy> for ::forma_core::Value<ChunkingStrategy> {
    fn from(v: ChunkingStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ChunkingStrategy {}

/// The `VectorIngestionConfigurationChunkingConfiguration` property type of `AWS::Wisdom::KnowledgeBase`.
#[derive(Debug, Clone, PartialEq)]
pub struct VectorIngestionConfigurationChunkingConfiguration {
    props: ::forma_core::schema::Props,
}
impl VectorIngestionConfigurationChunkingConfiguration {
    /// A new value with its required properties: `ChunkingStrategy`.
    pub fn new(chunking_strategy: impl ::forma_core::schema::EnumArg<ChunkingStrategy>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, chunking_strategy.into_enum_expr());
        Self { props }
    }
    /// `FixedSizeChunkingConfiguration`.
    pub fn fixed_size_chunking_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FixedSizeChunkingConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `HierarchicalChunkingConfiguration`.
    pub fn hierarchical_chunking_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HierarchicalChunkingConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SemanticChunkingConfiguration`.
    pub fn semantic_chunking_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SemanticChunkingConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VectorIngestionConfigurationChunkingConfiguration>
    for ::forma_core::Value<VectorIngestionConfigurationChunkingConfiguration>
{
    fn from(v: VectorIngestionConfigurationChunkingConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(VECTOR_INGESTION_CONFIGURATION_CHUNKING_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The values CloudFormation documents: `BEDROCK_FOUNDATION_MODEL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParsingStrategy {
    /// `BEDROCK_FOUNDATION_MODEL`
    BedrockFoundationModel,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ParsingStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BedrockFoundationModel => "BEDROCK_FOUNDATION_MODEL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BEDROCK_FOUNDATION_MODEL"]
    }
}
impl ::std::convert::From<ParsingStrategy> for ::forma_core::Value<ParsingStrategy> {
    fn from(v: ParsingStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ParsingStrategy {}

/// The `VectorIngestionConfigurationParsingConfiguration` property type of `AWS::Wisdom::KnowledgeBase`.
#[derive(Debug, Clone, PartialEq)]
pub struct VectorIngestionConfigurationParsingConfiguration {
    props: ::forma_core::schema::Props,
}
impl VectorIngestionConfigurationParsingConfiguration {
    /// A new value with its required properties: `ParsingStrategy`.
    pub fn new(parsing_strategy: impl ::forma_core::schema::EnumArg<ParsingStrategy>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, parsing_strategy.into_enum_expr());
        Self { props }
    }
    /// `BedrockFoundationModelConfiguration`.
    pub fn bedrock_foundation_model_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BedrockFoundationModelConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VectorIngestionConfigurationParsingConfiguration>
    for ::forma_core::Value<VectorIngestionConfigurationParsingConfiguration>
{
    fn from(v: VectorIngestionConfigurationParsingConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(VECTOR_INGESTION_CONFIGURATION_PARSING_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The `FixedSizeChunkingConfiguration` property type of `AWS::Wisdom::KnowledgeBase`.
#[derive(Debug, Clone, PartialEq)]
pub struct FixedSizeChunkingConfiguration {
    props: ::forma_core::schema::Props,
}
impl FixedSizeChunkingConfiguration {
    /// A new value with its required properties: `MaxTokens`, `OverlapPercentage`.
    pub fn new(
        max_tokens: impl ::std::convert::Into<::forma_core::Value<f64>>,
        overlap_percentage: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_tokens.into().into_expr());
        props.set(1, overlap_percentage.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FixedSizeChunkingConfiguration> for ::forma_core::Value<FixedSizeChunkingConfiguration> {
    fn from(v: FixedSizeChunkingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIXED_SIZE_CHUNKING_CONFIGURATION_TYPE.properties))
    }
}

/// The `HierarchicalChunkingConfiguration` property type of `AWS::Wisdom::KnowledgeBase`.
#[derive(Debug, Clone, PartialEq)]
pub struct HierarchicalChunkingConfiguration {
    props: ::forma_core::schema::Props,
}
impl HierarchicalChunkingConfiguration {
    /// A new value with its required properties: `LevelConfigurations`, `OverlapTokens`.
    pub fn new(
        level_configurations: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<HierarchicalChunkingLevelConfiguration>>,
        >,
        overlap_tokens: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, level_configurations.into().into_expr());
        props.set(1, overlap_tokens.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<HierarchicalChunkingConfiguration>
    for ::forma_core::Value<HierarchicalChunkingConfiguration>
{
    fn from(v: HierarchicalChunkingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HIERARCHICAL_CHUNKING_CONFIGURATION_TYPE.properties))
    }
}

/// The `SemanticChunkingConfiguration` property type of `AWS::Wisdom::KnowledgeBase`.
#[derive(Debug, Clone, PartialEq)]
pub struct SemanticChunkingConfiguration {
    props: ::forma_core::schema::Props,
}
impl SemanticChunkingConfiguration {
    /// A new value with its required properties: `BreakpointPercentileThreshold`, `BufferSize`, `MaxTokens`.
    pub fn new(
        breakpoint_percentile_threshold: impl ::std::convert::Into<::forma_core::Value<f64>>,
        buffer_size: impl ::std::convert::Into<::forma_core::Value<f64>>,
        max_tokens: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, breakpoint_percentile_threshold.into().into_expr());
        props.set(1, buffer_size.into().into_expr());
        props.set(2, max_tokens.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SemanticChunkingConfiguration> for ::forma_core::Value<SemanticChunkingConfiguration> {
    fn from(v: SemanticChunkingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SEMANTIC_CHUNKING_CONFIGURATION_TYPE.properties))
    }
}

/// The `BedrockFoundationModelConfiguration` property type of `AWS::Wisdom::KnowledgeBase`.
#[derive(Debug, Clone, PartialEq)]
pub struct BedrockFoundationModelConfiguration {
    props: ::forma_core::schema::Props,
}
impl BedrockFoundationModelConfiguration {
    /// A new value with its required properties: `ModelArn`.
    pub fn new(model_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, model_arn.into().into_expr());
        Self { props }
    }
    /// `ParsingPrompt`.
    pub fn parsing_prompt(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BedrockFoundationModelConfigurationParsingPrompt>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BedrockFoundationModelConfiguration>
    for ::forma_core::Value<BedrockFoundationModelConfiguration>
{
    fn from(v: BedrockFoundationModelConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BEDROCK_FOUNDATION_MODEL_CONFIGURATION_TYPE.properties))
    }
}

/// The `HierarchicalChunkingLevelConfiguration` property type of `AWS::Wisdom::KnowledgeBase`.
#[derive(Debug, Clone, PartialEq)]
pub struct HierarchicalChunkingLevelConfiguration {
    props: ::forma_core::schema::Props,
}
impl HierarchicalChunkingLevelConfiguration {
    /// A new value with its required properties: `MaxTokens`.
    pub fn new(max_tokens: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_tokens.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<HierarchicalChunkingLevelConfiguration>
    for ::forma_core::Value<HierarchicalChunkingLevelConfiguration>
{
    fn from(v: HierarchicalChunkingLevelConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HIERARCHICAL_CHUNKING_LEVEL_CONFIGURATION_TYPE.properties))
    }
}

/// The `BedrockFoundationModelConfigurationParsingPrompt` property type of `AWS::Wisdom::KnowledgeBase`.
#[derive(Debug, Clone, PartialEq)]
pub struct BedrockFoundationModelConfigurationParsingPrompt {
    props: ::forma_core::schema::Props,
}
impl BedrockFoundationModelConfigurationParsingPrompt {
    /// A new value with its required properties: `ParsingPromptText`.
    pub fn new(parsing_prompt_text: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, parsing_prompt_text.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BedrockFoundationModelConfigurationParsingPrompt>
    for ::forma_core::Value<BedrockFoundationModelConfigurationParsingPrompt>
{
    fn from(v: BedrockFoundationModelConfigurationParsingPrompt) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(BEDROCK_FOUNDATION_MODEL_CONFIGURATION_PARSING_PROMPT_TYPE.properties),
        )
    }
}

/// The schema of `AWS::Wisdom::KnowledgeBase`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Wisdom::KnowledgeBase",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s_.,-]+"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "KnowledgeBaseType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "EXTERNAL",
                "CUSTOM",
                "MESSAGE_TEMPLATES",
                "MANAGED",
                "QUICK_RESPONSES",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s_.,-]+"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "RenderingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RENDERING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServerSideEncryptionConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SERVER_SIDE_ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourceConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VectorIngestionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VECTOR_INGESTION_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &["KnowledgeBaseId", "KnowledgeBaseArn"],
};

static RENDERING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::KnowledgeBase.RenderingConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "TemplateUri",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(4096),
        }),
    }],
    rules: &[],
};

static SERVER_SIDE_ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Wisdom::KnowledgeBase.ServerSideEncryptionConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4096),
            }),
        }],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::KnowledgeBase.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z+-=._:/]+$"),
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static VECTOR_INGESTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::KnowledgeBase.VectorIngestionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChunkingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VECTOR_INGESTION_CONFIGURATION_CHUNKING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ParsingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VECTOR_INGESTION_CONFIGURATION_PARSING_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static VECTOR_INGESTION_CONFIGURATION_CHUNKING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Wisdom::KnowledgeBase.VectorIngestionConfigurationChunkingConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "ChunkingStrategy",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["FIXED_SIZE", "NONE", "HIERARCHICAL", "SEMANTIC"]),
            },
            ::forma_core::schema::Property {
                name: "FixedSizeChunkingConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&FIXED_SIZE_CHUNKING_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "HierarchicalChunkingConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&HIERARCHICAL_CHUNKING_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SemanticChunkingConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SEMANTIC_CHUNKING_CONFIGURATION_TYPE),
            },
        ],
        rules: &[],
    };

static VECTOR_INGESTION_CONFIGURATION_PARSING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Wisdom::KnowledgeBase.VectorIngestionConfigurationParsingConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "BedrockFoundationModelConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&BEDROCK_FOUNDATION_MODEL_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ParsingStrategy",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["BEDROCK_FOUNDATION_MODEL"]),
            },
        ],
        rules: &[],
    };

static FIXED_SIZE_CHUNKING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Wisdom::KnowledgeBase.FixedSizeChunkingConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "MaxTokens",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "OverlapPercentage",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(99.0),
                }),
            },
        ],
        rules: &[],
    };

static HIERARCHICAL_CHUNKING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Wisdom::KnowledgeBase.HierarchicalChunkingConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "LevelConfigurations",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&HIERARCHICAL_CHUNKING_LEVEL_CONFIGURATION_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(2), max_items: Some(2) },
                ),
            },
            ::forma_core::schema::Property {
                name: "OverlapTokens",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: None,
                }),
            },
        ],
        rules: &[],
    };

static SEMANTIC_CHUNKING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::KnowledgeBase.SemanticChunkingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BreakpointPercentileThreshold",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(50.0),
                maximum: Some(99.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "BufferSize",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxTokens",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static BEDROCK_FOUNDATION_MODEL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Wisdom::KnowledgeBase.BedrockFoundationModelConfiguration",
properties: &[
::forma_core::schema::Property { name: "ModelArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}::foundation-model\\/anthropic.claude-3-haiku-20240307-v1:0$"), min_length: Some(1), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "ParsingPrompt", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&BEDROCK_FOUNDATION_MODEL_CONFIGURATION_PARSING_PROMPT_TYPE) },
],
rules: &[],
};

static HIERARCHICAL_CHUNKING_LEVEL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Wisdom::KnowledgeBase.HierarchicalChunkingLevelConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "MaxTokens",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(8192.0),
            }),
        }],
        rules: &[],
    };

static BEDROCK_FOUNDATION_MODEL_CONFIGURATION_PARSING_PROMPT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Wisdom::KnowledgeBase.BedrockFoundationModelConfigurationParsingPrompt",
        properties: &[::forma_core::schema::Property {
            name: "ParsingPromptText",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(10000),
            }),
        }],
        rules: &[],
    };
