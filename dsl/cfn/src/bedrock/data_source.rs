// @generated from AWS::Bedrock::DataSource (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Bedrock::DataSource` and its property types.

/// Definition of AWS::Bedrock::DataSource Resource Type
///
/// CloudFormation type `AWS::Bedrock::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSource {
    props: ::forma_core::schema::Props,
}
impl DataSource {
    /// A new resource with its required properties: `DataSourceConfiguration`, `KnowledgeBaseId`, `Name`.
    #[track_caller]
    pub fn new(
        data_source_configuration: impl ::std::convert::Into<::forma_core::Value<DataSourceConfiguration>>,
        knowledge_base_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, data_source_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, knowledge_base_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The deletion policy for the data source.
    #[track_caller]
    pub fn data_deletion_policy(mut self, value: impl ::forma_core::schema::EnumArg<DataDeletionPolicy>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Description of the Resource.
    ///
    /// Allowed: length 1 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Contains details about the server-side encryption for the data source.
    #[track_caller]
    pub fn server_side_encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServerSideEncryptionConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Details about how to chunk the documents in the data source.
    #[track_caller]
    pub fn vector_ingestion_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VectorIngestionConfiguration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DataSource {
    type Attributes = DataSourceAttributes;
    fn type_name(&self) -> &str {
        "AWS::Bedrock::DataSource"
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
/// The attributes of a `AWS::Bedrock::DataSource` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataSourceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataSourceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataSourceAttributes {
    /// `Fn::GetAtt` `DataSourceId`.
    pub fn data_source_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DataSourceId")
    }
    /// `Fn::GetAtt` `DataSourceStatus`.
    pub fn data_source_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DataSourceStatus")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `FailureReasons`.
    pub fn failure_reasons(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "FailureReasons")
    }
    /// `Fn::GetAtt` `DataSourceConfiguration.WebConfiguration.CrawlerConfiguration.UserAgentHeader`.
    pub fn data_source_configuration_web_configuration_crawler_configuration_user_agent_header(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(
            &self.node,
            "DataSourceConfiguration.WebConfiguration.CrawlerConfiguration.UserAgentHeader",
        )
    }
}

/// The values CloudFormation documents: `RETAIN`, `DELETE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataDeletionPolicy {
    /// `RETAIN`
    Retain,
    /// `DELETE`
    Delete,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataDeletionPolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Retain => "RETAIN",
            Self::Delete => "DELETE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RETAIN", "DELETE"]
    }
}
impl ::std::convert::From<DataDeletionPolicy> for ::forma_core::Value<DataDeletionPolicy> {
    fn from(v: DataDeletionPolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataDeletionPolicy {}

/// The values CloudFormation documents: `S3`, `CONFLUENCE`, `SALESFORCE`, `SHAREPOINT`, `WEB`, `CUSTOM`, `REDSHIFT_METADATA`, `MANAGED_KNOWLEDGE_BASE_CONNECTOR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataSourceType {
    /// `S3`
    S3,
    /// `CONFLUENCE`
    Confluence,
    /// `SALESFORCE`
    Salesforce,
    /// `SHAREPOINT`
    Sharepoint,
    /// `WEB`
    Web,
    /// `CUSTOM`
    Custom,
    /// `REDSHIFT_METADATA`
    RedshiftMetadata,
    /// `MANAGED_KNOWLEDGE_BASE_CONNECTOR`
    ManagedKnowledgeBaseConnector,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataSourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::S3 => "S3",
            Self::Confluence => "CONFLUENCE",
            Self::Salesforce => "SALESFORCE",
            Self::Sharepoint => "SHAREPOINT",
            Self::Web => "WEB",
            Self::Custom => "CUSTOM",
            Self::RedshiftMetadata => "REDSHIFT_METADATA",
            Self::ManagedKnowledgeBaseConnector => "MANAGED_KNOWLEDGE_BASE_CONNECTOR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "S3",
            "CONFLUENCE",
            "SALESFORCE",
            "SHAREPOINT",
            "WEB",
            "CUSTOM",
            "REDSHIFT_METADATA",
            "MANAGED_KNOWLEDGE_BASE_CONNECTOR",
        ]
    }
}
impl ::std::convert::From<DataSourceType> for ::forma_core::Value<DataSourceType> {
    fn from(v: DataSourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataSourceType {}

/// Specifies a raw data source location to ingest.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl DataSourceConfiguration {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<DataSourceType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, type_.into_enum_expr());
        Self { props }
    }
    /// The configuration information to connect to Confluence as your data source.
    pub fn confluence_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConfluenceDataSourceConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration for managed knowledge base connector data sources.
    pub fn managed_knowledge_base_connector_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManagedKnowledgeBaseConnectorConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The configuration information to connect to Amazon S3 as your data source.
    pub fn s3_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3DataSourceConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The configuration information to connect to Salesforce as your data source.
    pub fn salesforce_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SalesforceDataSourceConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The configuration information to connect to SharePoint as your data source.
    pub fn share_point_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SharePointDataSourceConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Configures a web data source location.
    pub fn web_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WebDataSourceConfiguration>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataSourceConfiguration> for ::forma_core::Value<DataSourceConfiguration> {
    fn from(v: DataSourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// Contains details about the server-side encryption for the data source.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerSideEncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl ServerSideEncryptionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the AWS KMS key used to encrypt the resource.
    ///
    /// Allowed: length 1 to 2048.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
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

/// Details about how to chunk the documents in the data source.
#[derive(Debug, Clone, PartialEq)]
pub struct VectorIngestionConfiguration {
    props: ::forma_core::schema::Props,
}
impl VectorIngestionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Details about how to chunk the documents in the data source.
    pub fn chunking_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ChunkingConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Additional Enrichment Configuration for example when using GraphRag.
    pub fn context_enrichment_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContextEnrichmentConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Settings for customizing steps in the data source content ingestion pipeline.
    pub fn custom_transformation_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomTransformationConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Settings for parsing document contents
    pub fn parsing_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ParsingConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
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

/// The configuration information to connect to Confluence as your data source.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfluenceDataSourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl ConfluenceDataSourceConfiguration {
    /// A new value with its required properties: `SourceConfiguration`.
    pub fn new(
        source_configuration: impl ::std::convert::Into<::forma_core::Value<ConfluenceSourceConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, source_configuration.into().into_expr());
        Self { props }
    }
    /// The configuration of the Confluence content.
    pub fn crawler_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConfluenceCrawlerConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ConfluenceDataSourceConfiguration>
    for ::forma_core::Value<ConfluenceDataSourceConfiguration>
{
    fn from(v: ConfluenceDataSourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFLUENCE_DATA_SOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for managed knowledge base connector data sources.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedKnowledgeBaseConnectorConfiguration {
    props: ::forma_core::schema::Props,
}
impl ManagedKnowledgeBaseConnectorConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Connector-specific parameters.
    pub fn connector_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration for deletion protection.
    pub fn deletion_protection_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeletionProtectionConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Configuration for media extraction settings.
    pub fn media_extraction_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MediaExtractionConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Recurring schedule on which the connector automatically refreshes ingested content.
    pub fn sync_schedule(mut self, value: impl ::std::convert::Into<::forma_core::Value<SyncSchedule>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ManagedKnowledgeBaseConnectorConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ManagedKnowledgeBaseConnectorConfiguration>
    for ::forma_core::Value<ManagedKnowledgeBaseConnectorConfiguration>
{
    fn from(v: ManagedKnowledgeBaseConnectorConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(MANAGED_KNOWLEDGE_BASE_CONNECTOR_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The configuration information to connect to Amazon S3 as your data source.
#[derive(Debug, Clone, PartialEq)]
pub struct S3DataSourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3DataSourceConfiguration {
    /// A new value with its required properties: `BucketArn`.
    pub fn new(bucket_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_arn.into().into_expr());
        Self { props }
    }
    /// The account ID for the owner of the S3 bucket.
    ///
    /// Allowed: length 12 to 12.
    pub fn bucket_owner_account_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A list of S3 prefixes that define the object containing the data sources.
    pub fn inclusion_prefixes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3DataSourceConfiguration> for ::forma_core::Value<S3DataSourceConfiguration> {
    fn from(v: S3DataSourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_DATA_SOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// The configuration information to connect to Salesforce as your data source.
#[derive(Debug, Clone, PartialEq)]
pub struct SalesforceDataSourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl SalesforceDataSourceConfiguration {
    /// A new value with its required properties: `SourceConfiguration`.
    pub fn new(
        source_configuration: impl ::std::convert::Into<::forma_core::Value<SalesforceSourceConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, source_configuration.into().into_expr());
        Self { props }
    }
    /// The configuration of filtering the Salesforce content.
    pub fn crawler_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SalesforceCrawlerConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SalesforceDataSourceConfiguration>
    for ::forma_core::Value<SalesforceDataSourceConfiguration>
{
    fn from(v: SalesforceDataSourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SALESFORCE_DATA_SOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// The configuration information to connect to SharePoint as your data source.
#[derive(Debug, Clone, PartialEq)]
pub struct SharePointDataSourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl SharePointDataSourceConfiguration {
    /// A new value with its required properties: `SourceConfiguration`.
    pub fn new(
        source_configuration: impl ::std::convert::Into<::forma_core::Value<SharePointSourceConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, source_configuration.into().into_expr());
        Self { props }
    }
    /// The configuration of the SharePoint content.
    pub fn crawler_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SharePointCrawlerConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SharePointDataSourceConfiguration>
    for ::forma_core::Value<SharePointDataSourceConfiguration>
{
    fn from(v: SharePointDataSourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SHARE_POINT_DATA_SOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// Configures a web data source location.
#[derive(Debug, Clone, PartialEq)]
pub struct WebDataSourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl WebDataSourceConfiguration {
    /// A new value with its required properties: `SourceConfiguration`.
    pub fn new(source_configuration: impl ::std::convert::Into<::forma_core::Value<WebSourceConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, source_configuration.into().into_expr());
        Self { props }
    }
    /// Configuration for the web crawler.
    pub fn crawler_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WebCrawlerConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<WebDataSourceConfiguration> for ::forma_core::Value<WebDataSourceConfiguration> {
    fn from(v: WebDataSourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WEB_DATA_SOURCE_CONFIGURATION_TYPE.properties))
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

/// Details about how to chunk the documents in the data source.
#[derive(Debug, Clone, PartialEq)]
pub struct ChunkingConfiguration {
    props: ::forma_core::schema::Props,
}
impl ChunkingConfiguration {
    /// A new value with its required properties: `ChunkingStrategy`.
    pub fn new(chunking_strategy: impl ::forma_core::schema::EnumArg<ChunkingStrategy>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, chunking_strategy.into_enum_expr());
        Self { props }
    }
    /// Configurations for when you choose fixed-size chunking.
    pub fn fixed_size_chunking_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FixedSizeChunkingConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Configurations for when you choose hierarchical chunking.
    pub fn hierarchical_chunking_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HierarchicalChunkingConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Configurations for when you choose semantic chunking.
    pub fn semantic_chunking_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SemanticChunkingConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ChunkingConfiguration> for ::forma_core::Value<ChunkingConfiguration> {
    fn from(v: ChunkingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CHUNKING_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BEDROCK_FOUNDATION_MODEL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContextEnrichmentType {
    /// `BEDROCK_FOUNDATION_MODEL`
    BedrockFoundationModel,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContextEnrichmentType {
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
impl ::std::convert::From<ContextEnrichmentType> for ::forma_core::Value<ContextEnrichmentType> {
    fn from(v: ContextEnrichmentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContextEnrichmentType {}

/// Additional Enrichment Configuration for example when using GraphRag.
#[derive(Debug, Clone, PartialEq)]
pub struct ContextEnrichmentConfiguration {
    props: ::forma_core::schema::Props,
}
impl ContextEnrichmentConfiguration {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<ContextEnrichmentType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
    /// Bedrock Foundation Model configuration to be used for Context Enrichment.
    pub fn bedrock_foundation_model_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BedrockFoundationModelContextEnrichmentConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ContextEnrichmentConfiguration> for ::forma_core::Value<ContextEnrichmentConfiguration> {
    fn from(v: ContextEnrichmentConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTEXT_ENRICHMENT_CONFIGURATION_TYPE.properties))
    }
}

/// Settings for customizing steps in the data source content ingestion pipeline.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomTransformationConfiguration {
    props: ::forma_core::schema::Props,
}
impl CustomTransformationConfiguration {
    /// A new value with its required properties: `IntermediateStorage`, `Transformations`.
    pub fn new(
        intermediate_storage: impl ::std::convert::Into<::forma_core::Value<IntermediateStorage>>,
        transformations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Transformation>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, intermediate_storage.into().into_expr());
        props.set(1, transformations.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomTransformationConfiguration>
    for ::forma_core::Value<CustomTransformationConfiguration>
{
    fn from(v: CustomTransformationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_TRANSFORMATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BEDROCK_FOUNDATION_MODEL`, `BEDROCK_DATA_AUTOMATION`, `SMART_PARSING`, `MULTI_MODAL_EMBEDDINGS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParsingStrategy {
    /// `BEDROCK_FOUNDATION_MODEL`
    BedrockFoundationModel,
    /// `BEDROCK_DATA_AUTOMATION`
    BedrockDataAutomation,
    /// `SMART_PARSING`
    SmartParsing,
    /// `MULTI_MODAL_EMBEDDINGS`
    MultiModalEmbeddings,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ParsingStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BedrockFoundationModel => "BEDROCK_FOUNDATION_MODEL",
            Self::BedrockDataAutomation => "BEDROCK_DATA_AUTOMATION",
            Self::SmartParsing => "SMART_PARSING",
            Self::MultiModalEmbeddings => "MULTI_MODAL_EMBEDDINGS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BEDROCK_FOUNDATION_MODEL", "BEDROCK_DATA_AUTOMATION", "SMART_PARSING", "MULTI_MODAL_EMBEDDINGS"]
    }
}
impl ::std::convert::From<ParsingStrategy> for ::forma_core::Value<ParsingStrategy> {
    fn from(v: ParsingStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ParsingStrategy {}

/// Settings for parsing document contents
#[derive(Debug, Clone, PartialEq)]
pub struct ParsingConfiguration {
    props: ::forma_core::schema::Props,
}
impl ParsingConfiguration {
    /// A new value with its required properties: `ParsingStrategy`.
    pub fn new(parsing_strategy: impl ::forma_core::schema::EnumArg<ParsingStrategy>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, parsing_strategy.into_enum_expr());
        Self { props }
    }
    /// Settings for a Bedrock Data Automation used to parse documents for a data source.
    pub fn bedrock_data_automation_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BedrockDataAutomationConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Settings for a foundation model used to parse documents for a data source.
    pub fn bedrock_foundation_model_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BedrockFoundationModelConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ParsingConfiguration> for ::forma_core::Value<ParsingConfiguration> {
    fn from(v: ParsingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARSING_CONFIGURATION_TYPE.properties))
    }
}

/// The configuration of the Confluence content.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfluenceCrawlerConfiguration {
    props: ::forma_core::schema::Props,
}
impl ConfluenceCrawlerConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The type of filtering that you want to apply to certain objects or content of the data source.
    pub fn filter_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CrawlFilterConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConfluenceCrawlerConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConfluenceCrawlerConfiguration> for ::forma_core::Value<ConfluenceCrawlerConfiguration> {
    fn from(v: ConfluenceCrawlerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFLUENCE_CRAWLER_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BASIC`, `OAUTH2_CLIENT_CREDENTIALS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthType {
    /// `BASIC`
    Basic,
    /// `OAUTH2_CLIENT_CREDENTIALS`
    Oauth2ClientCredentials,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Basic => "BASIC",
            Self::Oauth2ClientCredentials => "OAUTH2_CLIENT_CREDENTIALS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BASIC", "OAUTH2_CLIENT_CREDENTIALS"]
    }
}
impl ::std::convert::From<AuthType> for ::forma_core::Value<AuthType> {
    fn from(v: AuthType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthType {}

/// The values CloudFormation documents: `SAAS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HostType {
    /// `SAAS`
    Saas,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HostType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Saas => "SAAS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SAAS"]
    }
}
impl ::std::convert::From<HostType> for ::forma_core::Value<HostType> {
    fn from(v: HostType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HostType {}

/// The endpoint information to connect to your Confluence data source.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfluenceSourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl ConfluenceSourceConfiguration {
    /// A new value with its required properties: `AuthType`, `CredentialsSecretArn`, `HostType`, `HostUrl`.
    pub fn new(
        auth_type: impl ::forma_core::schema::EnumArg<AuthType>,
        credentials_secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        host_type: impl ::forma_core::schema::EnumArg<HostType>,
        host_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, auth_type.into_enum_expr());
        props.set(1, credentials_secret_arn.into().into_expr());
        props.set(2, host_type.into_enum_expr());
        props.set(3, host_url.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConfluenceSourceConfiguration> for ::forma_core::Value<ConfluenceSourceConfiguration> {
    fn from(v: ConfluenceSourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFLUENCE_SOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnabledOrDisabledState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EnabledOrDisabledState {
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
impl ::std::convert::From<EnabledOrDisabledState> for ::forma_core::Value<EnabledOrDisabledState> {
    fn from(v: EnabledOrDisabledState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EnabledOrDisabledState {}

/// Configuration for deletion protection.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletionProtectionConfiguration {
    props: ::forma_core::schema::Props,
}
impl DeletionProtectionConfiguration {
    /// A new value with its required properties: `DeletionProtectionStatus`.
    pub fn new(deletion_protection_status: impl ::forma_core::schema::EnumArg<EnabledOrDisabledState>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, deletion_protection_status.into_enum_expr());
        Self { props }
    }
    /// Threshold for deletion protection.
    ///
    /// Allowed: 0 to 100.
    pub fn deletion_protection_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DeletionProtectionConfiguration> for ::forma_core::Value<DeletionProtectionConfiguration> {
    fn from(v: DeletionProtectionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DELETION_PROTECTION_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for media extraction settings.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaExtractionConfiguration {
    props: ::forma_core::schema::Props,
}
impl MediaExtractionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration for audio extraction.
    pub fn audio_extraction_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AudioExtractionConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration for image extraction.
    pub fn image_extraction_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ImageExtractionConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Configuration for video extraction.
    pub fn video_extraction_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VideoExtractionConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MediaExtractionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MediaExtractionConfiguration> for ::forma_core::Value<MediaExtractionConfiguration> {
    fn from(v: MediaExtractionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEDIA_EXTRACTION_CONFIGURATION_TYPE.properties))
    }
}

/// Recurring schedule on which the connector automatically refreshes ingested content.
#[derive(Debug, Clone, PartialEq)]
pub struct SyncSchedule {
    props: ::forma_core::schema::Props,
}
impl SyncSchedule {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `Daily`, `Weekly` or `Monthly`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A daily refresh.
    pub fn daily(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A monthly refresh on a specified day of the month.
    pub fn monthly(mut self, value: impl ::std::convert::Into<::forma_core::Value<MonthlySchedule>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A weekly refresh on a specified day of the week.
    pub fn weekly(mut self, value: impl ::std::convert::Into<::forma_core::Value<WeeklySchedule>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SyncSchedule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SyncSchedule> for ::forma_core::Value<SyncSchedule> {
    fn from(v: SyncSchedule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SYNC_SCHEDULE_TYPE.properties))
    }
}

/// The configuration of filtering the Salesforce content.
#[derive(Debug, Clone, PartialEq)]
pub struct SalesforceCrawlerConfiguration {
    props: ::forma_core::schema::Props,
}
impl SalesforceCrawlerConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The type of filtering that you want to apply to certain objects or content of the data source.
    pub fn filter_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CrawlFilterConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SalesforceCrawlerConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SalesforceCrawlerConfiguration> for ::forma_core::Value<SalesforceCrawlerConfiguration> {
    fn from(v: SalesforceCrawlerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SALESFORCE_CRAWLER_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `OAUTH2_CLIENT_CREDENTIALS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SalesforceSourceConfigurationAuthType {
    /// `OAUTH2_CLIENT_CREDENTIALS`
    Oauth2ClientCredentials,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SalesforceSourceConfigurationAuthType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Oauth2ClientCredentials => "OAUTH2_CLIENT_CREDENTIALS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OAUTH2_CLIENT_CREDENTIALS"]
    }
}
impl ::std::convert::From<SalesforceSourceConfigurationAuthType>
    for ::forma_core::Value<SalesforceSourceConfigurationAuthType>
{
    fn from(v: SalesforceSourceConfigurationAuthType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SalesforceSourceConfigurationAuthType {}

/// The endpoint information to connect to your Salesforce data source.
#[derive(Debug, Clone, PartialEq)]
pub struct SalesforceSourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl SalesforceSourceConfiguration {
    /// A new value with its required properties: `AuthType`, `CredentialsSecretArn`, `HostUrl`.
    pub fn new(
        auth_type: impl ::forma_core::schema::EnumArg<SalesforceSourceConfigurationAuthType>,
        credentials_secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        host_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, auth_type.into_enum_expr());
        props.set(1, credentials_secret_arn.into().into_expr());
        props.set(2, host_url.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SalesforceSourceConfiguration> for ::forma_core::Value<SalesforceSourceConfiguration> {
    fn from(v: SalesforceSourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SALESFORCE_SOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// The configuration of the SharePoint content.
#[derive(Debug, Clone, PartialEq)]
pub struct SharePointCrawlerConfiguration {
    props: ::forma_core::schema::Props,
}
impl SharePointCrawlerConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The type of filtering that you want to apply to certain objects or content of the data source.
    pub fn filter_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CrawlFilterConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SharePointCrawlerConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SharePointCrawlerConfiguration> for ::forma_core::Value<SharePointCrawlerConfiguration> {
    fn from(v: SharePointCrawlerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SHARE_POINT_CRAWLER_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `OAUTH2_CLIENT_CREDENTIALS`, `OAUTH2_SHAREPOINT_APP_ONLY_CLIENT_CREDENTIALS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SharePointSourceConfigurationAuthType {
    /// `OAUTH2_CLIENT_CREDENTIALS`
    Oauth2ClientCredentials,
    /// `OAUTH2_SHAREPOINT_APP_ONLY_CLIENT_CREDENTIALS`
    Oauth2SharepointAppOnlyClientCredentials,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SharePointSourceConfigurationAuthType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Oauth2ClientCredentials => "OAUTH2_CLIENT_CREDENTIALS",
            Self::Oauth2SharepointAppOnlyClientCredentials => "OAUTH2_SHAREPOINT_APP_ONLY_CLIENT_CREDENTIALS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OAUTH2_CLIENT_CREDENTIALS", "OAUTH2_SHAREPOINT_APP_ONLY_CLIENT_CREDENTIALS"]
    }
}
impl ::std::convert::From<SharePointSourceConfigurationAuthType>
    for ::forma_core::Value<SharePointSourceConfigurationAuthType>
{
    fn from(v: SharePointSourceConfigurationAuthType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SharePointSourceConfigurationAuthType {}

/// The values CloudFormation documents: `ONLINE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SharePointSourceConfigurationHostType {
    /// `ONLINE`
    Online,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SharePointSourceConfigurationHostType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Online => "ONLINE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ONLINE"]
    }
}
impl ::std::convert::From<SharePointSourceConfigurationHostType>
    for ::forma_core::Value<SharePointSourceConfigurationHostType>
{
    fn from(v: SharePointSourceConfigurationHostType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SharePointSourceConfigurationHostType {}

/// The endpoint information to connect to your SharePoint data source.
#[derive(Debug, Clone, PartialEq)]
pub struct SharePointSourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl SharePointSourceConfiguration {
    /// A new value with its required properties: `AuthType`, `CredentialsSecretArn`, `Domain`, `HostType`, `SiteUrls`.
    pub fn new(
        auth_type: impl ::forma_core::schema::EnumArg<SharePointSourceConfigurationAuthType>,
        credentials_secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        domain: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        host_type: impl ::forma_core::schema::EnumArg<SharePointSourceConfigurationHostType>,
        site_urls: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, auth_type.into_enum_expr());
        props.set(1, credentials_secret_arn.into().into_expr());
        props.set(2, domain.into().into_expr());
        props.set(3, host_type.into_enum_expr());
        props.set(4, site_urls.into().into_expr());
        Self { props }
    }
    /// The identifier of your Microsoft 365 tenant.
    pub fn tenant_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SharePointSourceConfiguration> for ::forma_core::Value<SharePointSourceConfiguration> {
    fn from(v: SharePointSourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SHARE_POINT_SOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `HOST_ONLY`, `SUBDOMAINS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WebScopeType {
    /// `HOST_ONLY`
    HostOnly,
    /// `SUBDOMAINS`
    Subdomains,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WebScopeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::HostOnly => "HOST_ONLY",
            Self::Subdomains => "SUBDOMAINS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HOST_ONLY", "SUBDOMAINS"]
    }
}
impl ::std::convert::From<WebScopeType> for ::forma_core::Value<WebScopeType> {
    fn from(v: WebScopeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WebScopeType {}

/// Configuration for the web crawler.
#[derive(Debug, Clone, PartialEq)]
pub struct WebCrawlerConfiguration {
    props: ::forma_core::schema::Props,
}
impl WebCrawlerConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Limit settings for the web crawler.
    pub fn crawler_limits(mut self, value: impl ::std::convert::Into<::forma_core::Value<WebCrawlerLimits>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A set of regular expression filter patterns for a type of object.
    pub fn exclusion_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A set of regular expression filter patterns for a type of object.
    pub fn inclusion_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The scope that a web crawl job will be restricted to.
    pub fn scope(mut self, value: impl ::forma_core::schema::EnumArg<WebScopeType>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// The suffix that will be included in the user agent header.
    ///
    /// Allowed: length 15 to 40.
    pub fn user_agent(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The full user agent header, including UUID and suffix.
    ///
    /// Allowed: length 61 to 86.
    pub fn user_agent_header(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WebCrawlerConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WebCrawlerConfiguration> for ::forma_core::Value<WebCrawlerConfiguration> {
    fn from(v: WebCrawlerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WEB_CRAWLER_CONFIGURATION_TYPE.properties))
    }
}

/// A web source configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct WebSourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl WebSourceConfiguration {
    /// A new value with its required properties: `UrlConfiguration`.
    pub fn new(url_configuration: impl ::std::convert::Into<::forma_core::Value<UrlConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, url_configuration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<WebSourceConfiguration> for ::forma_core::Value<WebSourceConfiguration> {
    fn from(v: WebSourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WEB_SOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// Configurations for when you choose fixed-size chunking.
#[derive(Debug, Clone, PartialEq)]
pub struct FixedSizeChunkingConfiguration {
    props: ::forma_core::schema::Props,
}
impl FixedSizeChunkingConfiguration {
    /// A new value with its required properties: `MaxTokens`, `OverlapPercentage`.
    pub fn new(
        max_tokens: impl ::std::convert::Into<::forma_core::Value<i64>>,
        overlap_percentage: impl ::std::convert::Into<::forma_core::Value<i64>>,
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

/// Configurations for when you choose hierarchical chunking.
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
        overlap_tokens: impl ::std::convert::Into<::forma_core::Value<i64>>,
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

/// Configurations for when you choose semantic chunking.
#[derive(Debug, Clone, PartialEq)]
pub struct SemanticChunkingConfiguration {
    props: ::forma_core::schema::Props,
}
impl SemanticChunkingConfiguration {
    /// A new value with its required properties: `BreakpointPercentileThreshold`, `BufferSize`, `MaxTokens`.
    pub fn new(
        breakpoint_percentile_threshold: impl ::std::convert::Into<::forma_core::Value<i64>>,
        buffer_size: impl ::std::convert::Into<::forma_core::Value<i64>>,
        max_tokens: impl ::std::convert::Into<::forma_core::Value<i64>>,
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

/// Bedrock Foundation Model configuration to be used for Context Enrichment.
#[derive(Debug, Clone, PartialEq)]
pub struct BedrockFoundationModelContextEnrichmentConfiguration {
    props: ::forma_core::schema::Props,
}
impl BedrockFoundationModelContextEnrichmentConfiguration {
    /// A new value with its required properties: `EnrichmentStrategyConfiguration`, `ModelArn`.
    pub fn new(
        enrichment_strategy_configuration: impl ::std::convert::Into<::forma_core::Value<EnrichmentStrategyConfiguration>>,
        model_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enrichment_strategy_configuration.into().into_expr());
        props.set(1, model_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BedrockFoundationModelContextEnrichmentConfiguration>
    for ::forma_core::Value<BedrockFoundationModelContextEnrichmentConfiguration>
{
    fn from(v: BedrockFoundationModelContextEnrichmentConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(BEDROCK_FOUNDATION_MODEL_CONTEXT_ENRICHMENT_CONFIGURATION_TYPE.properties),
        )
    }
}

/// A location for storing content from data sources temporarily as it is processed by custom components in the ingestion pipeline.
#[derive(Debug, Clone, PartialEq)]
pub struct IntermediateStorage {
    props: ::forma_core::schema::Props,
}
impl IntermediateStorage {
    /// A new value with its required properties: `S3Location`.
    pub fn new(s3_location: impl ::std::convert::Into<::forma_core::Value<S3Location>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_location.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IntermediateStorage> for ::forma_core::Value<IntermediateStorage> {
    fn from(v: IntermediateStorage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTERMEDIATE_STORAGE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `POST_CHUNKING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StepToApply {
    /// `POST_CHUNKING`
    PostChunking,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StepToApply {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PostChunking => "POST_CHUNKING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["POST_CHUNKING"]
    }
}
impl ::std::convert::From<StepToApply> for ::forma_core::Value<StepToApply> {
    fn from(v: StepToApply) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StepToApply {}

/// A Lambda function that processes documents.
#[derive(Debug, Clone, PartialEq)]
pub struct Transformation {
    props: ::forma_core::schema::Props,
}
impl Transformation {
    /// A new value with its required properties: `StepToApply`, `TransformationFunction`.
    pub fn new(
        step_to_apply: impl ::forma_core::schema::EnumArg<StepToApply>,
        transformation_function: impl ::std::convert::Into<::forma_core::Value<TransformationFunction>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, step_to_apply.into_enum_expr());
        props.set(1, transformation_function.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Transformation> for ::forma_core::Value<Transformation> {
    fn from(v: Transformation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSFORMATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `MULTIMODAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParsingModality {
    /// `MULTIMODAL`
    Multimodal,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ParsingModality {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Multimodal => "MULTIMODAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MULTIMODAL"]
    }
}
impl ::std::convert::From<ParsingModality> for ::forma_core::Value<ParsingModality> {
    fn from(v: ParsingModality) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ParsingModality {}

/// Settings for a Bedrock Data Automation used to parse documents for a data source.
#[derive(Debug, Clone, PartialEq)]
pub struct BedrockDataAutomationConfiguration {
    props: ::forma_core::schema::Props,
}
impl BedrockDataAutomationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Determine how will parsed content be stored.
    pub fn parsing_modality(mut self, value: impl ::forma_core::schema::EnumArg<ParsingModality>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for BedrockDataAutomationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BedrockDataAutomationConfiguration>
    for ::forma_core::Value<BedrockDataAutomationConfiguration>
{
    fn from(v: BedrockDataAutomationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BEDROCK_DATA_AUTOMATION_CONFIGURATION_TYPE.properties))
    }
}

/// Settings for a foundation model used to parse documents for a data source.
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
    /// Determine how will parsed content be stored.
    pub fn parsing_modality(mut self, value: impl ::forma_core::schema::EnumArg<ParsingModality>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Instructions for interpreting the contents of a document.
    pub fn parsing_prompt(mut self, value: impl ::std::convert::Into<::forma_core::Value<ParsingPrompt>>) -> Self {
        self.props.set(2, value.into().into_expr());
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

/// The values CloudFormation documents: `PATTERN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `PATTERN`
    Pattern,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pattern => "PATTERN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PATTERN"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The type of filtering that you want to apply to certain objects or content of the data source.
#[derive(Debug, Clone, PartialEq)]
pub struct CrawlFilterConfiguration {
    props: ::forma_core::schema::Props,
}
impl CrawlFilterConfiguration {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
    /// The configuration of specific filters applied to your data source content.
    pub fn pattern_object_filter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PatternObjectFilterConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CrawlFilterConfiguration> for ::forma_core::Value<CrawlFilterConfiguration> {
    fn from(v: CrawlFilterConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CRAWL_FILTER_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for audio extraction.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioExtractionConfiguration {
    props: ::forma_core::schema::Props,
}
impl AudioExtractionConfiguration {
    /// A new value with its required properties: `AudioExtractionStatus`.
    pub fn new(audio_extraction_status: impl ::forma_core::schema::EnumArg<EnabledOrDisabledState>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, audio_extraction_status.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<AudioExtractionConfiguration> for ::forma_core::Value<AudioExtractionConfiguration> {
    fn from(v: AudioExtractionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_EXTRACTION_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for image extraction.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageExtractionConfiguration {
    props: ::forma_core::schema::Props,
}
impl ImageExtractionConfiguration {
    /// A new value with its required properties: `ImageExtractionStatus`.
    pub fn new(image_extraction_status: impl ::forma_core::schema::EnumArg<EnabledOrDisabledState>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, image_extraction_status.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ImageExtractionConfiguration> for ::forma_core::Value<ImageExtractionConfiguration> {
    fn from(v: ImageExtractionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_EXTRACTION_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for video extraction.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoExtractionConfiguration {
    props: ::forma_core::schema::Props,
}
impl VideoExtractionConfiguration {
    /// A new value with its required properties: `VideoExtractionStatus`.
    pub fn new(video_extraction_status: impl ::forma_core::schema::EnumArg<EnabledOrDisabledState>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, video_extraction_status.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<VideoExtractionConfiguration> for ::forma_core::Value<VideoExtractionConfiguration> {
    fn from(v: VideoExtractionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIDEO_EXTRACTION_CONFIGURATION_TYPE.properties))
    }
}

/// A monthly refresh on a specified day of the month.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthlySchedule {
    props: ::forma_core::schema::Props,
}
impl MonthlySchedule {
    /// A new value with its required properties: `DayOfMonth`.
    pub fn new(day_of_month: impl ::std::convert::Into<::forma_core::Value<DayOfMonth>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, day_of_month.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MonthlySchedule> for ::forma_core::Value<MonthlySchedule> {
    fn from(v: MonthlySchedule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MONTHLY_SCHEDULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SUNDAY`, `MONDAY`, `TUESDAY`, `WEDNESDAY`, `THURSDAY`, `FRIDAY`, `SATURDAY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DayOfWeek {
    /// `SUNDAY`
    Sunday,
    /// `MONDAY`
    Monday,
    /// `TUESDAY`
    Tuesday,
    /// `WEDNESDAY`
    Wednesday,
    /// `THURSDAY`
    Thursday,
    /// `FRIDAY`
    Friday,
    /// `SATURDAY`
    Saturday,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DayOfWeek {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sunday => "SUNDAY",
            Self::Monday => "MONDAY",
            Self::Tuesday => "TUESDAY",
            Self::Wednesday => "WEDNESDAY",
            Self::Thursday => "THURSDAY",
            Self::Friday => "FRIDAY",
            Self::Saturday => "SATURDAY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"]
    }
}
impl ::std::convert::From<DayOfWeek> for ::forma_core::Value<DayOfWeek> {
    fn from(v: DayOfWeek) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DayOfWeek {}

/// A weekly refresh on a specified day of the week.
#[derive(Debug, Clone, PartialEq)]
pub struct WeeklySchedule {
    props: ::forma_core::schema::Props,
}
impl WeeklySchedule {
    /// A new value with its required properties: `DayOfWeek`.
    pub fn new(day_of_week: impl ::forma_core::schema::EnumArg<DayOfWeek>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, day_of_week.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<WeeklySchedule> for ::forma_core::Value<WeeklySchedule> {
    fn from(v: WeeklySchedule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WEEKLY_SCHEDULE_TYPE.properties))
    }
}

/// Limit settings for the web crawler.
#[derive(Debug, Clone, PartialEq)]
pub struct WebCrawlerLimits {
    props: ::forma_core::schema::Props,
}
impl WebCrawlerLimits {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Maximum number of pages the crawler can crawl.
    ///
    /// Allowed: at least 1.
    pub fn max_pages(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Rate of web URLs retrieved per minute.
    ///
    /// Allowed: 1 to 300.
    pub fn rate_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WebCrawlerLimits {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WebCrawlerLimits> for ::forma_core::Value<WebCrawlerLimits> {
    fn from(v: WebCrawlerLimits) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WEB_CRAWLER_LIMITS_TYPE.properties))
    }
}

/// A url configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct UrlConfiguration {
    props: ::forma_core::schema::Props,
}
impl UrlConfiguration {
    /// A new value with its required properties: `SeedUrls`.
    pub fn new(seed_urls: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SeedUrl>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, seed_urls.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<UrlConfiguration> for ::forma_core::Value<UrlConfiguration> {
    fn from(v: UrlConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(URL_CONFIGURATION_TYPE.properties))
    }
}

/// Token settings for a layer in a hierarchical chunking configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct HierarchicalChunkingLevelConfiguration {
    props: ::forma_core::schema::Props,
}
impl HierarchicalChunkingLevelConfiguration {
    /// A new value with its required properties: `MaxTokens`.
    pub fn new(max_tokens: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
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

/// The values CloudFormation documents: `CHUNK_ENTITY_EXTRACTION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnrichmentStrategyMethod {
    /// `CHUNK_ENTITY_EXTRACTION`
    ChunkEntityExtraction,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EnrichmentStrategyMethod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ChunkEntityExtraction => "CHUNK_ENTITY_EXTRACTION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CHUNK_ENTITY_EXTRACTION"]
    }
}
impl ::std::convert::From<EnrichmentStrategyMethod> for ::forma_core::Value<EnrichmentStrategyMethod> {
    fn from(v: EnrichmentStrategyMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EnrichmentStrategyMethod {}

/// Strategy to be used when using Bedrock Foundation Model for Context Enrichment.
#[derive(Debug, Clone, PartialEq)]
pub struct EnrichmentStrategyConfiguration {
    props: ::forma_core::schema::Props,
}
impl EnrichmentStrategyConfiguration {
    /// A new value with its required properties: `Method`.
    pub fn new(method: impl ::forma_core::schema::EnumArg<EnrichmentStrategyMethod>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, method.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<EnrichmentStrategyConfiguration> for ::forma_core::Value<EnrichmentStrategyConfiguration> {
    fn from(v: EnrichmentStrategyConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENRICHMENT_STRATEGY_CONFIGURATION_TYPE.properties))
    }
}

/// An Amazon S3 location.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Location {
    props: ::forma_core::schema::Props,
}
impl S3Location {
    /// A new value with its required properties: `URI`.
    pub fn new(uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, uri.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3Location> for ::forma_core::Value<S3Location> {
    fn from(v: S3Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOCATION_TYPE.properties))
    }
}

/// A Lambda function that processes documents.
#[derive(Debug, Clone, PartialEq)]
pub struct TransformationFunction {
    props: ::forma_core::schema::Props,
}
impl TransformationFunction {
    /// A new value with its required properties: `TransformationLambdaConfiguration`.
    pub fn new(
        transformation_lambda_configuration: impl ::std::convert::Into<
            ::forma_core::Value<TransformationLambdaConfiguration>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, transformation_lambda_configuration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TransformationFunction> for ::forma_core::Value<TransformationFunction> {
    fn from(v: TransformationFunction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSFORMATION_FUNCTION_TYPE.properties))
    }
}

/// Instructions for interpreting the contents of a document.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsingPrompt {
    props: ::forma_core::schema::Props,
}
impl ParsingPrompt {
    /// A new value with its required properties: `ParsingPromptText`.
    pub fn new(parsing_prompt_text: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, parsing_prompt_text.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ParsingPrompt> for ::forma_core::Value<ParsingPrompt> {
    fn from(v: ParsingPrompt) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARSING_PROMPT_TYPE.properties))
    }
}

/// The configuration of specific filters applied to your data source content.
#[derive(Debug, Clone, PartialEq)]
pub struct PatternObjectFilterConfiguration {
    props: ::forma_core::schema::Props,
}
impl PatternObjectFilterConfiguration {
    /// A new value with its required properties: `Filters`.
    pub fn new(filters: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PatternObjectFilter>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, filters.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PatternObjectFilterConfiguration> for ::forma_core::Value<PatternObjectFilterConfiguration> {
    fn from(v: PatternObjectFilterConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PATTERN_OBJECT_FILTER_CONFIGURATION_TYPE.properties))
    }
}

/// Day of the month on which a monthly refresh runs.
#[derive(Debug, Clone, PartialEq)]
pub struct DayOfMonth {
    props: ::forma_core::schema::Props,
}
impl DayOfMonth {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `DayNumber` or `LastDayOfMonth`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specific day of the month, 1 through 28 (capped at 28 to avoid month-length ambiguity).
    ///
    /// Allowed: 1 to 28.
    pub fn day_number(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Run on the last calendar day of each month.
    pub fn last_day_of_month(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DayOfMonth {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DayOfMonth> for ::forma_core::Value<DayOfMonth> {
    fn from(v: DayOfMonth) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DAY_OF_MONTH_TYPE.properties))
    }
}

/// A seed url object.
#[derive(Debug, Clone, PartialEq)]
pub struct SeedUrl {
    props: ::forma_core::schema::Props,
}
impl SeedUrl {
    /// A new value with its required properties: `Url`.
    pub fn new(url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, url.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SeedUrl> for ::forma_core::Value<SeedUrl> {
    fn from(v: SeedUrl) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SEED_URL_TYPE.properties))
    }
}

/// A Lambda function that processes documents.
#[derive(Debug, Clone, PartialEq)]
pub struct TransformationLambdaConfiguration {
    props: ::forma_core::schema::Props,
}
impl TransformationLambdaConfiguration {
    /// A new value with its required properties: `LambdaArn`.
    pub fn new(lambda_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, lambda_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TransformationLambdaConfiguration>
    for ::forma_core::Value<TransformationLambdaConfiguration>
{
    fn from(v: TransformationLambdaConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSFORMATION_LAMBDA_CONFIGURATION_TYPE.properties))
    }
}

/// The specific filters applied to your data source content.
#[derive(Debug, Clone, PartialEq)]
pub struct PatternObjectFilter {
    props: ::forma_core::schema::Props,
}
impl PatternObjectFilter {
    /// A new value with its required properties: `ObjectType`.
    pub fn new(object_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, object_type.into().into_expr());
        Self { props }
    }
    /// A set of regular expression filter patterns for a type of object.
    pub fn exclusion_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A set of regular expression filter patterns for a type of object.
    pub fn inclusion_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PatternObjectFilter> for ::forma_core::Value<PatternObjectFilter> {
    fn from(v: PatternObjectFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PATTERN_OBJECT_FILTER_TYPE.properties))
    }
}

/// The schema of `AWS::Bedrock::DataSource`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Bedrock::DataSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataDeletionPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["RETAIN", "DELETE"]),
        },
        ::forma_core::schema::Property {
            name: "DataSourceConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SOURCE_CONFIGURATION_TYPE),
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
            name: "KnowledgeBaseId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z]{10}$"),
                min_length: None,
                max_length: None,
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
            name: "ServerSideEncryptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVER_SIDE_ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VectorIngestionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VECTOR_INGESTION_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &[
        "DataSourceId",
        "DataSourceStatus",
        "CreatedAt",
        "UpdatedAt",
        "FailureReasons",
        "DataSourceConfiguration.WebConfiguration.CrawlerConfiguration.UserAgentHeader",
    ],
};

static DATA_SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.DataSourceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConfluenceConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONFLUENCE_DATA_SOURCE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ManagedKnowledgeBaseConnectorConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANAGED_KNOWLEDGE_BASE_CONNECTOR_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3Configuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_DATA_SOURCE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SalesforceConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SALESFORCE_DATA_SOURCE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SharePointConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SHARE_POINT_DATA_SOURCE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "S3",
                "CONFLUENCE",
                "SALESFORCE",
                "SHAREPOINT",
                "WEB",
                "CUSTOM",
                "REDSHIFT_METADATA",
                "MANAGED_KNOWLEDGE_BASE_CONNECTOR",
            ]),
        },
        ::forma_core::schema::Property {
            name: "WebConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WEB_DATA_SOURCE_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static SERVER_SIDE_ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::DataSource.ServerSideEncryptionConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:aws(-cn|-us-gov|-eusc|-iso(-[b-f])?)?:kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$",
                ),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        }],
        rules: &[],
    };

static VECTOR_INGESTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.VectorIngestionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChunkingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CHUNKING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ContextEnrichmentConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTEXT_ENRICHMENT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CustomTransformationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_TRANSFORMATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ParsingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARSING_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static CONFLUENCE_DATA_SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::DataSource.ConfluenceDataSourceConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "CrawlerConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONFLUENCE_CRAWLER_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SourceConfiguration",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONFLUENCE_SOURCE_CONFIGURATION_TYPE),
            },
        ],
        rules: &[],
    };

static MANAGED_KNOWLEDGE_BASE_CONNECTOR_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::DataSource.ManagedKnowledgeBaseConnectorConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "ConnectorParameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Json,
            },
            ::forma_core::schema::Property {
                name: "DeletionProtectionConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DELETION_PROTECTION_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "MediaExtractionConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&MEDIA_EXTRACTION_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SyncSchedule",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SYNC_SCHEDULE_TYPE),
            },
        ],
        rules: &[],
    };

static S3_DATA_SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.S3DataSourceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-cn|-us-gov|-eusc|-iso(-[b-f])?)?:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "BucketOwnerAccountId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "InclusionPrefixes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(300),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
    ],
    rules: &[],
};

static SALESFORCE_DATA_SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::DataSource.SalesforceDataSourceConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "CrawlerConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SALESFORCE_CRAWLER_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SourceConfiguration",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SALESFORCE_SOURCE_CONFIGURATION_TYPE),
            },
        ],
        rules: &[],
    };

static SHARE_POINT_DATA_SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::DataSource.SharePointDataSourceConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "CrawlerConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SHARE_POINT_CRAWLER_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SourceConfiguration",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SHARE_POINT_SOURCE_CONFIGURATION_TYPE),
            },
        ],
        rules: &[],
    };

static WEB_DATA_SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.WebDataSourceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CrawlerConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WEB_CRAWLER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourceConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WEB_SOURCE_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static CHUNKING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.ChunkingConfiguration",
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

static CONTEXT_ENRICHMENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.ContextEnrichmentConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BedrockFoundationModelConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BEDROCK_FOUNDATION_MODEL_CONTEXT_ENRICHMENT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BEDROCK_FOUNDATION_MODEL"]),
        },
    ],
    rules: &[],
};

static CUSTOM_TRANSFORMATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::DataSource.CustomTransformationConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "IntermediateStorage",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INTERMEDIATE_STORAGE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Transformations",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&TRANSFORMATION_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
                ),
            },
        ],
        rules: &[],
    };

static PARSING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.ParsingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BedrockDataAutomationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BEDROCK_DATA_AUTOMATION_CONFIGURATION_TYPE),
        },
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
            shape: ::forma_core::schema::Shape::Enum(&[
                "BEDROCK_FOUNDATION_MODEL",
                "BEDROCK_DATA_AUTOMATION",
                "SMART_PARSING",
                "MULTI_MODAL_EMBEDDINGS",
            ]),
        },
    ],
    rules: &[],
};

static CONFLUENCE_CRAWLER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.ConfluenceCrawlerConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "FilterConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CRAWL_FILTER_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static CONFLUENCE_SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::DataSource.ConfluenceSourceConfiguration",
properties: &[
::forma_core::schema::Property { name: "AuthType", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["BASIC", "OAUTH2_CLIENT_CREDENTIALS"]) },
::forma_core::schema::Property { name: "CredentialsSecretArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.@-]{1,512}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "HostType", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["SAAS"]) },
::forma_core::schema::Property { name: "HostUrl", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^https://[A-Za-z0-9][^\\s]*$"), min_length: Some(1), max_length: Some(2048) }) },
],
rules: &[],
};

static DELETION_PROTECTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::DataSource.DeletionProtectionConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "DeletionProtectionStatus",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
            },
            ::forma_core::schema::Property {
                name: "DeletionProtectionThreshold",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(100.0),
                }),
            },
        ],
        rules: &[],
    };

static MEDIA_EXTRACTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.MediaExtractionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioExtractionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_EXTRACTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ImageExtractionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IMAGE_EXTRACTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VideoExtractionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIDEO_EXTRACTION_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static SYNC_SCHEDULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.SyncSchedule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Daily",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Monthly",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MONTHLY_SCHEDULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Weekly",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WEEKLY_SCHEDULE_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["Daily"], &["Weekly"], &["Monthly"]])],
};

static SALESFORCE_CRAWLER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.SalesforceCrawlerConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "FilterConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CRAWL_FILTER_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static SALESFORCE_SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::DataSource.SalesforceSourceConfiguration",
properties: &[
::forma_core::schema::Property { name: "AuthType", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["OAUTH2_CLIENT_CREDENTIALS"]) },
::forma_core::schema::Property { name: "CredentialsSecretArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.@-]{1,512}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "HostUrl", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^https://[A-Za-z0-9][^\\s]*$"), min_length: Some(1), max_length: Some(2048) }) },
],
rules: &[],
};

static SHARE_POINT_CRAWLER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::DataSource.SharePointCrawlerConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "FilterConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CRAWL_FILTER_CONFIGURATION_TYPE),
        }],
        rules: &[],
    };

static SHARE_POINT_SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::DataSource.SharePointSourceConfiguration",
properties: &[
::forma_core::schema::Property { name: "AuthType", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["OAUTH2_CLIENT_CREDENTIALS", "OAUTH2_SHAREPOINT_APP_ONLY_CLIENT_CREDENTIALS"]) },
::forma_core::schema::Property { name: "CredentialsSecretArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.@-]{1,512}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Domain", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(50) }) },
::forma_core::schema::Property { name: "HostType", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["ONLINE"]) },
::forma_core::schema::Property { name: "SiteUrls", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^https://[A-Za-z0-9][^\\s]*$"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) }) },
::forma_core::schema::Property { name: "TenantId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static WEB_CRAWLER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.WebCrawlerConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CrawlerLimits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WEB_CRAWLER_LIMITS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExclusionFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(1000),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(25) },
            ),
        },
        ::forma_core::schema::Property {
            name: "InclusionFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(1000),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(25) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Scope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HOST_ONLY", "SUBDOMAINS"]),
        },
        ::forma_core::schema::Property {
            name: "UserAgent",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(15),
                max_length: Some(40),
            }),
        },
        ::forma_core::schema::Property {
            name: "UserAgentHeader",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(61),
                max_length: Some(86),
            }),
        },
    ],
    rules: &[],
};

static WEB_SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.WebSourceConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "UrlConfiguration",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&URL_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static FIXED_SIZE_CHUNKING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::DataSource.FixedSizeChunkingConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "MaxTokens",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "OverlapPercentage",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(99.0),
                }),
            },
        ],
        rules: &[],
    };

static HIERARCHICAL_CHUNKING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::DataSource.HierarchicalChunkingConfiguration",
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
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: None,
                }),
            },
        ],
        rules: &[],
    };

static SEMANTIC_CHUNKING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.SemanticChunkingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BreakpointPercentileThreshold",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(50.0),
                maximum: Some(99.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "BufferSize",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxTokens",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static BEDROCK_FOUNDATION_MODEL_CONTEXT_ENRICHMENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::DataSource.BedrockFoundationModelContextEnrichmentConfiguration",
properties: &[
::forma_core::schema::Property { name: "EnrichmentStrategyConfiguration", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&ENRICHMENT_STRATEGY_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "ModelArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:aws(-cn|-us-gov|-eusc|-iso(-[b-f])?)?:(bedrock):[a-z0-9-]{1,20}:([0-9]{12})?:([a-z-]+/)?)?([a-zA-Z0-9.-]{1,63}){0,2}(([:][a-z0-9-]{1,63}){0,2})?(/[a-z0-9]{1,12})?$"), min_length: Some(1), max_length: Some(2048) }) },
],
rules: &[],
};

static INTERMEDIATE_STORAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.IntermediateStorage",
    properties: &[::forma_core::schema::Property {
        name: "S3Location",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE),
    }],
    rules: &[],
};

static TRANSFORMATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.Transformation",
    properties: &[
        ::forma_core::schema::Property {
            name: "StepToApply",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["POST_CHUNKING"]),
        },
        ::forma_core::schema::Property {
            name: "TransformationFunction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSFORMATION_FUNCTION_TYPE),
        },
    ],
    rules: &[],
};

static BEDROCK_DATA_AUTOMATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::DataSource.BedrockDataAutomationConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "ParsingModality",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MULTIMODAL"]),
        }],
        rules: &[],
    };

static BEDROCK_FOUNDATION_MODEL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::DataSource.BedrockFoundationModelConfiguration",
properties: &[
::forma_core::schema::Property { name: "ModelArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:aws(-cn|-us-gov|-eusc|-iso(-[b-f])?)?:(bedrock):[a-z0-9-]{1,20}:([0-9]{12})?:([a-z-]+/)?)?([a-zA-Z0-9.-]{1,63}){0,2}(([:][a-z0-9-]{1,63}){0,2})?(/[a-z0-9]{1,12})?$"), min_length: Some(1), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "ParsingModality", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["MULTIMODAL"]) },
::forma_core::schema::Property { name: "ParsingPrompt", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&PARSING_PROMPT_TYPE) },
],
rules: &[],
};

static CRAWL_FILTER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.CrawlFilterConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "PatternObjectFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PATTERN_OBJECT_FILTER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PATTERN"]),
        },
    ],
    rules: &[],
};

static AUDIO_EXTRACTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.AudioExtractionConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AudioExtractionStatus",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};

static IMAGE_EXTRACTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.ImageExtractionConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "ImageExtractionStatus",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};

static VIDEO_EXTRACTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.VideoExtractionConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "VideoExtractionStatus",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};

static MONTHLY_SCHEDULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.MonthlySchedule",
    properties: &[::forma_core::schema::Property {
        name: "DayOfMonth",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&DAY_OF_MONTH_TYPE),
    }],
    rules: &[],
};

static WEEKLY_SCHEDULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.WeeklySchedule",
    properties: &[::forma_core::schema::Property {
        name: "DayOfWeek",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&[
            "SUNDAY",
            "MONDAY",
            "TUESDAY",
            "WEDNESDAY",
            "THURSDAY",
            "FRIDAY",
            "SATURDAY",
        ]),
    }],
    rules: &[],
};

static WEB_CRAWLER_LIMITS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.WebCrawlerLimits",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxPages",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RateLimit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(300.0),
            }),
        },
    ],
    rules: &[],
};

static URL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.UrlConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "SeedUrls",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&SEED_URL_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
        ),
    }],
    rules: &[],
};

static HIERARCHICAL_CHUNKING_LEVEL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::DataSource.HierarchicalChunkingLevelConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "MaxTokens",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(8192.0),
            }),
        }],
        rules: &[],
    };

static ENRICHMENT_STRATEGY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::DataSource.EnrichmentStrategyConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "Method",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CHUNK_ENTITY_EXTRACTION"]),
        }],
        rules: &[],
    };

static S3_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.S3Location",
    properties: &[::forma_core::schema::Property {
        name: "URI",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^s3://.{1,128}$"),
            min_length: Some(1),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static TRANSFORMATION_FUNCTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.TransformationFunction",
    properties: &[::forma_core::schema::Property {
        name: "TransformationLambdaConfiguration",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&TRANSFORMATION_LAMBDA_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static PARSING_PROMPT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.ParsingPrompt",
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

static PATTERN_OBJECT_FILTER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::DataSource.PatternObjectFilterConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "Filters",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PATTERN_OBJECT_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(25) },
            ),
        }],
        rules: &[],
    };

static DAY_OF_MONTH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.DayOfMonth",
    properties: &[
        ::forma_core::schema::Property {
            name: "DayNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(28.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "LastDayOfMonth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["DayNumber"], &["LastDayOfMonth"]])],
};

static SEED_URL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.SeedUrl",
    properties: &[::forma_core::schema::Property {
        name: "Url",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^https?://[A-Za-z0-9][^\\s]*$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static TRANSFORMATION_LAMBDA_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::DataSource.TransformationLambdaConfiguration",
properties: &[
::forma_core::schema::Property { name: "LambdaArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}(-gov)?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_\\.]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?$"), min_length: Some(0), max_length: Some(2048) }) },
],
rules: &[],
};

static PATTERN_OBJECT_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataSource.PatternObjectFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExclusionFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(1000),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(25) },
            ),
        },
        ::forma_core::schema::Property {
            name: "InclusionFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(1000),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(25) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ObjectType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
    ],
    rules: &[],
};
