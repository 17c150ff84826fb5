// @generated from AWS::AgentRegistry::RegistryRecord (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AgentRegistry::RegistryRecord` and its property types.

/// Definition of AWS::AgentRegistry::RegistryRecord Resource Type
///
/// CloudFormation type `AWS::AgentRegistry::RegistryRecord`.
#[derive(Debug, Clone, PartialEq)]
pub struct RegistryRecord {
    props: ::forma_core::schema::Props,
}
impl RegistryRecord {
    /// A new resource with its required properties: `Descriptors`, `Name`, `RecordType`.
    #[track_caller]
    pub fn new(
        descriptors: impl ::std::convert::Into<::forma_core::Value<Descriptors>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        record_type: impl ::forma_core::schema::EnumArg<RecordType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, descriptors.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, record_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The custom metadata to attach to the registry record.
    #[track_caller]
    pub fn custom_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the registry record.
    ///
    /// Allowed: length 1 to 4096.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The human-readable display name of the registry record.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The version of the registry record.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn record_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier of the registry in which to create the record.
    ///
    /// Allowed: length 1 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn registry_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to assign to the registry record.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RegistryRecord {
    type Attributes = RegistryRecordAttributes;
    fn type_name(&self) -> &str {
        "AWS::AgentRegistry::RegistryRecord"
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
/// The attributes of a `AWS::AgentRegistry::RegistryRecord` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RegistryRecordAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RegistryRecordAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RegistryRecordAttributes {
    /// `Fn::GetAtt` `RecordId`.
    pub fn record_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RecordId")
    }
    /// `Fn::GetAtt` `RecordArn`.
    pub fn record_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RecordArn")
    }
    /// `Fn::GetAtt` `RegistryArn`.
    pub fn registry_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RegistryArn")
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
    /// `Fn::GetAtt` `CreatedBy`.
    pub fn created_by(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedBy")
    }
}

/// The values CloudFormation documents: `MCP`, `AGENT`, `SKILL`, `CUSTOM`, `GATEWAY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordType {
    /// `MCP`
    Mcp,
    /// `AGENT`
    Agent,
    /// `SKILL`
    Skill,
    /// `CUSTOM`
    Custom,
    /// `GATEWAY`
    Gateway,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RecordType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mcp => "MCP",
            Self::Agent => "AGENT",
            Self::Skill => "SKILL",
            Self::Custom => "CUSTOM",
            Self::Gateway => "GATEWAY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MCP", "AGENT", "SKILL", "CUSTOM", "GATEWAY"]
    }
}
impl ::std::convert::From<RecordType> for ::forma_core::Value<RecordType> {
    fn from(v: RecordType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RecordType {}

/// The typed set of descriptors for a registry record.
#[derive(Debug, Clone, PartialEq)]
pub struct Descriptors {
    props: ::forma_core::schema::Props,
}
impl Descriptors {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The A2A agent card descriptor, populated when the record type is AGENT.
    pub fn a2_a_agent_card(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<A2AAgentCardDescriptor>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The agent skills definition descriptor, populated when the record type is SKILL.
    pub fn agent_skills_definition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AgentSkillsDefinitionDescriptor>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The AG-UI (Agent-User Interaction) descriptor, populated for records detected from an AG-UI protocol source.
    pub fn agui(mut self, value: impl ::std::convert::Into<::forma_core::Value<AgUiDescriptor>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The custom descriptor, populated when the record type is CUSTOM.
    pub fn custom(mut self, value: impl ::std::convert::Into<::forma_core::Value<CustomDescriptor>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The HTTP descriptor, populated for records detected from an HTTP protocol source.
    pub fn http(mut self, value: impl ::std::convert::Into<::forma_core::Value<HttpDescriptor>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The MCP server descriptor, populated when the record type is MCP.
    pub fn mcp_server(mut self, value: impl ::std::convert::Into<::forma_core::Value<McpServerDescriptor>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Descriptors {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Descriptors> for ::forma_core::Value<Descriptors> {
    fn from(v: Descriptors) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESCRIPTORS_TYPE.properties))
    }
}

/// A tag to assign to the registry record.
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

/// The A2A agent card descriptor, populated when the record type is AGENT.
#[derive(Debug, Clone, PartialEq)]
pub struct A2AAgentCardDescriptor {
    props: ::forma_core::schema::Props,
}
impl A2AAgentCardDescriptor {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Descriptor payload data.
    ///
    /// Allowed: length 1 to 102400.
    pub fn data(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Version of the descriptor type schema.
    ///
    /// Allowed: length 1 to 255.
    pub fn data_schema_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The source configuration that defines where descriptor content is retrieved from.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<DescriptorSource>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for A2AAgentCardDescriptor {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<A2AAgentCardDescriptor> for ::forma_core::Value<A2AAgentCardDescriptor> {
    fn from(v: A2AAgentCardDescriptor) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(A2_A_AGENT_CARD_DESCRIPTOR_TYPE.properties))
    }
}

/// The agent skills definition descriptor, populated when the record type is SKILL.
#[derive(Debug, Clone, PartialEq)]
pub struct AgentSkillsDefinitionDescriptor {
    props: ::forma_core::schema::Props,
}
impl AgentSkillsDefinitionDescriptor {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Additional data associated with an agent skills definition descriptor.
    pub fn additional_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AgentSkillsAdditionalData>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Descriptor payload data.
    ///
    /// Allowed: length 1 to 102400.
    pub fn data(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Version of the descriptor type schema.
    ///
    /// Allowed: length 1 to 255.
    pub fn data_schema_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AgentSkillsDefinitionDescriptor {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AgentSkillsDefinitionDescriptor> for ::forma_core::Value<AgentSkillsDefinitionDescriptor> {
    fn from(v: AgentSkillsDefinitionDescriptor) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AGENT_SKILLS_DEFINITION_DESCRIPTOR_TYPE.properties))
    }
}

/// The AG-UI (Agent-User Interaction) descriptor, populated for records detected from an AG-UI protocol source.
#[derive(Debug, Clone, PartialEq)]
pub struct AgUiDescriptor {
    props: ::forma_core::schema::Props,
}
impl AgUiDescriptor {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Source configuration for a source-only descriptor.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<SourceOnlyDescriptorSource>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AgUiDescriptor {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AgUiDescriptor> for ::forma_core::Value<AgUiDescriptor> {
    fn from(v: AgUiDescriptor) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AG_UI_DESCRIPTOR_TYPE.properties))
    }
}

/// The custom descriptor, populated when the record type is CUSTOM.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomDescriptor {
    props: ::forma_core::schema::Props,
}
impl CustomDescriptor {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Descriptor payload data.
    ///
    /// Allowed: length 1 to 102400.
    pub fn data(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CustomDescriptor {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomDescriptor> for ::forma_core::Value<CustomDescriptor> {
    fn from(v: CustomDescriptor) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_DESCRIPTOR_TYPE.properties))
    }
}

/// The HTTP descriptor, populated for records detected from an HTTP protocol source.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpDescriptor {
    props: ::forma_core::schema::Props,
}
impl HttpDescriptor {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Source configuration for a source-only descriptor.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<SourceOnlyDescriptorSource>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HttpDescriptor {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HttpDescriptor> for ::forma_core::Value<HttpDescriptor> {
    fn from(v: HttpDescriptor) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_DESCRIPTOR_TYPE.properties))
    }
}

/// The MCP server descriptor, populated when the record type is MCP.
#[derive(Debug, Clone, PartialEq)]
pub struct McpServerDescriptor {
    props: ::forma_core::schema::Props,
}
impl McpServerDescriptor {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Additional data associated with an MCP server descriptor.
    pub fn additional_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<McpServerAdditionalData>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Descriptor payload data.
    ///
    /// Allowed: length 1 to 102400.
    pub fn data(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Version of the descriptor type schema.
    ///
    /// Allowed: length 1 to 255.
    pub fn data_schema_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The source configuration that defines where descriptor content is retrieved from.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<DescriptorSource>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for McpServerDescriptor {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<McpServerDescriptor> for ::forma_core::Value<McpServerDescriptor> {
    fn from(v: McpServerDescriptor) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MCP_SERVER_DESCRIPTOR_TYPE.properties))
    }
}

/// The source configuration that defines where descriptor content is retrieved from.
#[derive(Debug, Clone, PartialEq)]
pub struct DescriptorSource {
    props: ::forma_core::schema::Props,
}
impl DescriptorSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// URL-based descriptor source configuration, with credential provider configurations for authenticated URL retrieval.
    pub fn from_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<DescriptorSourceFromUrl>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DescriptorSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DescriptorSource> for ::forma_core::Value<DescriptorSource> {
    fn from(v: DescriptorSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESCRIPTOR_SOURCE_TYPE.properties))
    }
}

/// Additional data associated with an agent skills definition descriptor.
#[derive(Debug, Clone, PartialEq)]
pub struct AgentSkillsAdditionalData {
    props: ::forma_core::schema::Props,
}
impl AgentSkillsAdditionalData {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Markdown-format descriptor containing an agent skills document.
    pub fn skill_md(mut self, value: impl ::std::convert::Into<::forma_core::Value<AgentSkillsMdDescriptor>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AgentSkillsAdditionalData {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AgentSkillsAdditionalData> for ::forma_core::Value<AgentSkillsAdditionalData> {
    fn from(v: AgentSkillsAdditionalData) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AGENT_SKILLS_ADDITIONAL_DATA_TYPE.properties))
    }
}

/// Source configuration for a source-only descriptor.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceOnlyDescriptorSource {
    props: ::forma_core::schema::Props,
}
impl SourceOnlyDescriptorSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// URL-based source configuration for a source-only descriptor.
    pub fn from_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SourceOnlyDescriptorSourceFromUrl>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SourceOnlyDescriptorSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SourceOnlyDescriptorSource> for ::forma_core::Value<SourceOnlyDescriptorSource> {
    fn from(v: SourceOnlyDescriptorSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_ONLY_DESCRIPTOR_SOURCE_TYPE.properties))
    }
}

/// Additional data associated with an MCP server descriptor.
#[derive(Debug, Clone, PartialEq)]
pub struct McpServerAdditionalData {
    props: ::forma_core::schema::Props,
}
impl McpServerAdditionalData {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The MCP tools descriptor.
    pub fn tools(mut self, value: impl ::std::convert::Into<::forma_core::Value<McpToolsDescriptor>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for McpServerAdditionalData {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<McpServerAdditionalData> for ::forma_core::Value<McpServerAdditionalData> {
    fn from(v: McpServerAdditionalData) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MCP_SERVER_ADDITIONAL_DATA_TYPE.properties))
    }
}

/// URL-based descriptor source configuration, with credential provider configurations for authenticated URL retrieval.
#[derive(Debug, Clone, PartialEq)]
pub struct DescriptorSourceFromUrl {
    props: ::forma_core::schema::Props,
}
impl DescriptorSourceFromUrl {
    /// A new value with its required properties: `Url`.
    pub fn new(url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, url.into().into_expr());
        Self { props }
    }
    /// The credential providers used to authenticate when fetching descriptor content from the source URL.
    pub fn credential_provider_configurations(
        mut self,
        value: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<RegistryRecordCredentialProviderConfiguration>>,
        >,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DescriptorSourceFromUrl> for ::forma_core::Value<DescriptorSourceFromUrl> {
    fn from(v: DescriptorSourceFromUrl) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESCRIPTOR_SOURCE_FROM_URL_TYPE.properties))
    }
}

/// Markdown-format descriptor containing an agent skills document.
#[derive(Debug, Clone, PartialEq)]
pub struct AgentSkillsMdDescriptor {
    props: ::forma_core::schema::Props,
}
impl AgentSkillsMdDescriptor {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Descriptor payload data.
    ///
    /// Allowed: length 1 to 102400.
    pub fn data(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Version of the descriptor type schema.
    ///
    /// Allowed: length 1 to 255.
    pub fn data_schema_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Source configuration for a SkillMd document.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<SkillMdSource>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AgentSkillsMdDescriptor {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AgentSkillsMdDescriptor> for ::forma_core::Value<AgentSkillsMdDescriptor> {
    fn from(v: AgentSkillsMdDescriptor) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AGENT_SKILLS_MD_DESCRIPTOR_TYPE.properties))
    }
}

/// URL-based source configuration for a source-only descriptor.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceOnlyDescriptorSourceFromUrl {
    props: ::forma_core::schema::Props,
}
impl SourceOnlyDescriptorSourceFromUrl {
    /// A new value with its required properties: `Url`.
    pub fn new(url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, url.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SourceOnlyDescriptorSourceFromUrl>
    for ::forma_core::Value<SourceOnlyDescriptorSourceFromUrl>
{
    fn from(v: SourceOnlyDescriptorSourceFromUrl) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_ONLY_DESCRIPTOR_SOURCE_FROM_URL_TYPE.properties))
    }
}

/// The MCP tools descriptor.
#[derive(Debug, Clone, PartialEq)]
pub struct McpToolsDescriptor {
    props: ::forma_core::schema::Props,
}
impl McpToolsDescriptor {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Descriptor payload data.
    ///
    /// Allowed: length 1 to 102400.
    pub fn data(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Version of the tools descriptor schema.
    ///
    /// Allowed: length 1 to 255.
    pub fn data_schema_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for McpToolsDescriptor {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<McpToolsDescriptor> for ::forma_core::Value<McpToolsDescriptor> {
    fn from(v: McpToolsDescriptor) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MCP_TOOLS_DESCRIPTOR_TYPE.properties))
    }
}

/// The values CloudFormation documents: `OAUTH`, `IAM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CredentialProviderType {
    /// `OAUTH`
    Oauth,
    /// `IAM`
    Iam,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CredentialProviderType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Oauth => "OAUTH",
            Self::Iam => "IAM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OAUTH", "IAM"]
    }
}
impl ::std::convert::From<CredentialProviderType> for ::forma_core::Value<CredentialProviderType> {
    fn from(v: CredentialProviderType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CredentialProviderType {}

/// A credential provider configuration used for authenticated descriptor retrieval.
#[derive(Debug, Clone, PartialEq)]
pub struct RegistryRecordCredentialProviderConfiguration {
    props: ::forma_core::schema::Props,
}
impl RegistryRecordCredentialProviderConfiguration {
    /// A new value with its required properties: `CredentialProvider`, `CredentialProviderType`.
    pub fn new(
        credential_provider: impl ::std::convert::Into<::forma_core::Value<RegistryRecordCredentialProviderUnion>>,
        credential_provider_type: impl ::forma_core::schema::EnumArg<CredentialProviderType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, credential_provider.into().into_expr());
        props.set(1, credential_provider_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<RegistryRecordCredentialProviderConfiguration>
    for ::forma_core::Value<RegistryRecordCredentialProviderConfiguration>
{
    fn from(v: RegistryRecordCredentialProviderConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(REGISTRY_RECORD_CREDENTIAL_PROVIDER_CONFIGURATION_TYPE.properties),
        )
    }
}

/// Source configuration for a SkillMd document.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillMdSource {
    props: ::forma_core::schema::Props,
}
impl SkillMdSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// URL-based source for SkillMd content (sync is skipped; content is provided inline via Data).
    pub fn from_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<SkillMdSourceFromUrl>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SkillMdSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SkillMdSource> for ::forma_core::Value<SkillMdSource> {
    fn from(v: SkillMdSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SKILL_MD_SOURCE_TYPE.properties))
    }
}

/// The credential provider details.
#[derive(Debug, Clone, PartialEq)]
pub struct RegistryRecordCredentialProviderUnion {
    props: ::forma_core::schema::Props,
}
impl RegistryRecordCredentialProviderUnion {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// IAM credential provider configuration.
    pub fn iam_credential_provider(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RegistryRecordIamCredentialProvider>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// OAuth credential provider configuration.
    pub fn oauth_credential_provider(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RegistryRecordOauthCredentialProvider>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RegistryRecordCredentialProviderUnion {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RegistryRecordCredentialProviderUnion>
    for ::forma_core::Value<RegistryRecordCredentialProviderUnion>
{
    fn from(v: RegistryRecordCredentialProviderUnion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REGISTRY_RECORD_CREDENTIAL_PROVIDER_UNION_TYPE.properties))
    }
}

/// URL-based source for SkillMd content (sync is skipped; content is provided inline via Data).
#[derive(Debug, Clone, PartialEq)]
pub struct SkillMdSourceFromUrl {
    props: ::forma_core::schema::Props,
}
impl SkillMdSourceFromUrl {
    /// A new value with its required properties: `Url`.
    pub fn new(url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, url.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SkillMdSourceFromUrl> for ::forma_core::Value<SkillMdSourceFromUrl> {
    fn from(v: SkillMdSourceFromUrl) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SKILL_MD_SOURCE_FROM_URL_TYPE.properties))
    }
}

/// IAM credential provider configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct RegistryRecordIamCredentialProvider {
    props: ::forma_core::schema::Props,
}
impl RegistryRecordIamCredentialProvider {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The SigV4 signing region.
    ///
    /// Allowed: length 1 to 64.
    pub fn region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ARN of the IAM role.
    ///
    /// Allowed: length 20 to 2048.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The SigV4 signing service name.
    ///
    /// Allowed: length 1 to 128.
    pub fn service(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RegistryRecordIamCredentialProvider {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RegistryRecordIamCredentialProvider>
    for ::forma_core::Value<RegistryRecordIamCredentialProvider>
{
    fn from(v: RegistryRecordIamCredentialProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REGISTRY_RECORD_IAM_CREDENTIAL_PROVIDER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CLIENT_CREDENTIALS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GrantType {
    /// `CLIENT_CREDENTIALS`
    ClientCredentials,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GrantType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ClientCredentials => "CLIENT_CREDENTIALS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CLIENT_CREDENTIALS"]
    }
}
impl ::std::convert::From<GrantType> for ::forma_core::Value<GrantType> {
    fn from(v: GrantType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GrantType {}

/// OAuth credential provider configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct RegistryRecordOauthCredentialProvider {
    props: ::forma_core::schema::Props,
}
impl RegistryRecordOauthCredentialProvider {
    /// A new value with its required properties: `ProviderArn`.
    pub fn new(provider_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, provider_arn.into().into_expr());
        Self { props }
    }
    /// Additional custom parameters for the OAuth flow.
    pub fn custom_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `GrantType`.
    pub fn grant_type(mut self, value: impl ::forma_core::schema::EnumArg<GrantType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// OAuth scopes to request.
    pub fn scopes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RegistryRecordOauthCredentialProvider>
    for ::forma_core::Value<RegistryRecordOauthCredentialProvider>
{
    fn from(v: RegistryRecordOauthCredentialProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REGISTRY_RECORD_OAUTH_CREDENTIAL_PROVIDER_TYPE.properties))
    }
}

/// The schema of `AWS::AgentRegistry::RegistryRecord`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AgentRegistry::RegistryRecord",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomMetadata",
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
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "Descriptors",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DESCRIPTORS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_\\-\\.\\/]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "RecordType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["MCP", "AGENT", "SKILL", "CUSTOM", "GATEWAY"]),
        },
        ::forma_core::schema::Property {
            name: "RecordVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9.-]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "RegistryId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(arn:aws(-[^:]+)?:agent-registry:[a-z0-9-]+:[0-9]{12}:registry/)?[a-zA-Z0-9]{12,16}$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
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
    attributes: &["RecordId", "RecordArn", "RegistryArn", "Status", "CreatedAt", "UpdatedAt", "CreatedBy"],
};

static DESCRIPTORS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::RegistryRecord.Descriptors",
    properties: &[
        ::forma_core::schema::Property {
            name: "A2aAgentCard",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&A2_A_AGENT_CARD_DESCRIPTOR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AgentSkillsDefinition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AGENT_SKILLS_DEFINITION_DESCRIPTOR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Agui",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AG_UI_DESCRIPTOR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Custom",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_DESCRIPTOR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Http",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_DESCRIPTOR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "McpServer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MCP_SERVER_DESCRIPTOR_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::RegistryRecord.Tag",
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

static A2_A_AGENT_CARD_DESCRIPTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::RegistryRecord.A2aAgentCardDescriptor",
    properties: &[
        ::forma_core::schema::Property {
            name: "Data",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(102400),
            }),
        },
        ::forma_core::schema::Property {
            name: "DataSchemaVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DESCRIPTOR_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static AGENT_SKILLS_DEFINITION_DESCRIPTOR_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AgentRegistry::RegistryRecord.AgentSkillsDefinitionDescriptor",
        properties: &[
            ::forma_core::schema::Property {
                name: "AdditionalData",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&AGENT_SKILLS_ADDITIONAL_DATA_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Data",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(102400),
                }),
            },
            ::forma_core::schema::Property {
                name: "DataSchemaVersion",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
            },
        ],
        rules: &[],
    };

static AG_UI_DESCRIPTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::RegistryRecord.AgUiDescriptor",
    properties: &[::forma_core::schema::Property {
        name: "Source",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SOURCE_ONLY_DESCRIPTOR_SOURCE_TYPE),
    }],
    rules: &[],
};

static CUSTOM_DESCRIPTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::RegistryRecord.CustomDescriptor",
    properties: &[::forma_core::schema::Property {
        name: "Data",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(102400),
        }),
    }],
    rules: &[],
};

static HTTP_DESCRIPTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::RegistryRecord.HttpDescriptor",
    properties: &[::forma_core::schema::Property {
        name: "Source",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SOURCE_ONLY_DESCRIPTOR_SOURCE_TYPE),
    }],
    rules: &[],
};

static MCP_SERVER_DESCRIPTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::RegistryRecord.McpServerDescriptor",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MCP_SERVER_ADDITIONAL_DATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Data",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(102400),
            }),
        },
        ::forma_core::schema::Property {
            name: "DataSchemaVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DESCRIPTOR_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static DESCRIPTOR_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::RegistryRecord.DescriptorSource",
    properties: &[::forma_core::schema::Property {
        name: "FromUrl",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&DESCRIPTOR_SOURCE_FROM_URL_TYPE),
    }],
    rules: &[],
};

static AGENT_SKILLS_ADDITIONAL_DATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::RegistryRecord.AgentSkillsAdditionalData",
    properties: &[::forma_core::schema::Property {
        name: "SkillMd",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&AGENT_SKILLS_MD_DESCRIPTOR_TYPE),
    }],
    rules: &[],
};

static SOURCE_ONLY_DESCRIPTOR_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::RegistryRecord.SourceOnlyDescriptorSource",
    properties: &[::forma_core::schema::Property {
        name: "FromUrl",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SOURCE_ONLY_DESCRIPTOR_SOURCE_FROM_URL_TYPE),
    }],
    rules: &[],
};

static MCP_SERVER_ADDITIONAL_DATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::RegistryRecord.McpServerAdditionalData",
    properties: &[::forma_core::schema::Property {
        name: "Tools",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&MCP_TOOLS_DESCRIPTOR_TYPE),
    }],
    rules: &[],
};

static DESCRIPTOR_SOURCE_FROM_URL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::RegistryRecord.DescriptorSourceFromUrl",
    properties: &[
        ::forma_core::schema::Property {
            name: "CredentialProviderConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REGISTRY_RECORD_CREDENTIAL_PROVIDER_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Url",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^https://.*$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static AGENT_SKILLS_MD_DESCRIPTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::RegistryRecord.AgentSkillsMdDescriptor",
    properties: &[
        ::forma_core::schema::Property {
            name: "Data",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(102400),
            }),
        },
        ::forma_core::schema::Property {
            name: "DataSchemaVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SKILL_MD_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static SOURCE_ONLY_DESCRIPTOR_SOURCE_FROM_URL_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AgentRegistry::RegistryRecord.SourceOnlyDescriptorSourceFromUrl",
        properties: &[::forma_core::schema::Property {
            name: "Url",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^https://.*$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        }],
        rules: &[],
    };

static MCP_TOOLS_DESCRIPTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::RegistryRecord.McpToolsDescriptor",
    properties: &[
        ::forma_core::schema::Property {
            name: "Data",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(102400),
            }),
        },
        ::forma_core::schema::Property {
            name: "DataSchemaVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static REGISTRY_RECORD_CREDENTIAL_PROVIDER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AgentRegistry::RegistryRecord.RegistryRecordCredentialProviderConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "CredentialProvider",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&REGISTRY_RECORD_CREDENTIAL_PROVIDER_UNION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "CredentialProviderType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["OAUTH", "IAM"]),
            },
        ],
        rules: &[],
    };

static SKILL_MD_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::RegistryRecord.SkillMdSource",
    properties: &[::forma_core::schema::Property {
        name: "FromUrl",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SKILL_MD_SOURCE_FROM_URL_TYPE),
    }],
    rules: &[],
};

static REGISTRY_RECORD_CREDENTIAL_PROVIDER_UNION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AgentRegistry::RegistryRecord.RegistryRecordCredentialProviderUnion",
        properties: &[
            ::forma_core::schema::Property {
                name: "IamCredentialProvider",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&REGISTRY_RECORD_IAM_CREDENTIAL_PROVIDER_TYPE),
            },
            ::forma_core::schema::Property {
                name: "OauthCredentialProvider",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&REGISTRY_RECORD_OAUTH_CREDENTIAL_PROVIDER_TYPE),
            },
        ],
        rules: &[],
    };

static SKILL_MD_SOURCE_FROM_URL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::RegistryRecord.SkillMdSourceFromUrl",
    properties: &[::forma_core::schema::Property {
        name: "Url",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^https://.*$"),
            min_length: Some(1),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static REGISTRY_RECORD_IAM_CREDENTIAL_PROVIDER_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AgentRegistry::RegistryRecord.RegistryRecordIamCredentialProvider",
        properties: &[
            ::forma_core::schema::Property {
                name: "Region",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-z0-9-]+$"),
                    min_length: Some(1),
                    max_length: Some(64),
                }),
            },
            ::forma_core::schema::Property {
                name: "RoleArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:aws(-[^:]+)?:iam::[0-9]{12}:role/.+$"),
                    min_length: Some(20),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "Service",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9_-]+$"),
                    min_length: Some(1),
                    max_length: Some(128),
                }),
            },
        ],
        rules: &[],
    };

static REGISTRY_RECORD_OAUTH_CREDENTIAL_PROVIDER_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AgentRegistry::RegistryRecord.RegistryRecordOAuthCredentialProvider",
        properties: &[
            ::forma_core::schema::Property {
                name: "CustomParameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::ANY_STRING,
                )),
            },
            ::forma_core::schema::Property {
                name: "GrantType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["CLIENT_CREDENTIALS"]),
            },
            ::forma_core::schema::Property {
                name: "ProviderArn",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:.*$"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "Scopes",
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
