// @generated from AWS::Bedrock::KnowledgeBase (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Bedrock::KnowledgeBase` and its property types.

/// Definition of AWS::Bedrock::KnowledgeBase Resource Type
///
/// CloudFormation type `AWS::Bedrock::KnowledgeBase`.
#[derive(Debug, Clone, PartialEq)]
pub struct KnowledgeBase {
    props: ::forma_core::schema::Props,
}
impl KnowledgeBase {
    /// A new resource with its required properties: `KnowledgeBaseConfiguration`, `Name`, `RoleArn`.
    #[track_caller]
    pub fn new(
        knowledge_base_configuration: impl ::std::convert::Into<::forma_core::Value<KnowledgeBaseConfiguration>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, knowledge_base_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Description of the Resource.
    ///
    /// Allowed: length 1 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The vector store service in which the knowledge base is stored.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn storage_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StorageConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A map of tag keys and values
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for KnowledgeBase {
    type Attributes = KnowledgeBaseAttributes;
    fn type_name(&self) -> &str {
        "AWS::Bedrock::KnowledgeBase"
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
/// The attributes of a `AWS::Bedrock::KnowledgeBase` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The values CloudFormation documents: `VECTOR`, `KENDRA`, `SQL`, `MANAGED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KnowledgeBaseType {
    /// `VECTOR`
    Vector,
    /// `KENDRA`
    Kendra,
    /// `SQL`
    Sql,
    /// `MANAGED`
    Managed,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KnowledgeBaseType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Vector => "VECTOR",
            Self::Kendra => "KENDRA",
            Self::Sql => "SQL",
            Self::Managed => "MANAGED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["VECTOR", "KENDRA", "SQL", "MANAGED"]
    }
}
impl ::std::convert::From<KnowledgeBaseType> for ::forma_core::Value<KnowledgeBaseType> {
    fn from(v: KnowledgeBaseType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KnowledgeBaseType {}

/// Contains details about the embeddings model used for the knowledge base.
#[derive(Debug, Clone, PartialEq)]
pub struct KnowledgeBaseConfiguration {
    props: ::forma_core::schema::Props,
}
impl KnowledgeBaseConfiguration {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<KnowledgeBaseType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, type_.into_enum_expr());
        Self { props }
    }
    /// Configurations for a Kendra knowledge base
    pub fn kendra_knowledge_base_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KendraKnowledgeBaseConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Contains details about the model used to create vector embeddings for a managed knowledge base.
    pub fn managed_knowledge_base_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManagedKnowledgeBaseConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Configurations for a SQL knowledge base
    pub fn sql_knowledge_base_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SqlKnowledgeBaseConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Contains details about the model used to create vector embeddings for the knowledge base.
    pub fn vector_knowledge_base_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VectorKnowledgeBaseConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<KnowledgeBaseConfiguration> for ::forma_core::Value<KnowledgeBaseConfiguration> {
    fn from(v: KnowledgeBaseConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KNOWLEDGE_BASE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `OPENSEARCH_SERVERLESS`, `PINECONE`, `RDS`, `MONGO_DB_ATLAS`, `NEPTUNE_ANALYTICS`, `S3_VECTORS`, `OPENSEARCH_MANAGED_CLUSTER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KnowledgeBaseStorageType {
    /// `OPENSEARCH_SERVERLESS`
    OpensearchServerless,
    /// `PINECONE`
    Pinecone,
    /// `RDS`
    Rds,
    /// `MONGO_DB_ATLAS`
    MongoDbAtlas,
    /// `NEPTUNE_ANALYTICS`
    NeptuneAnalytics,
    /// `S3_VECTORS`
    S3Vectors,
    /// `OPENSEARCH_MANAGED_CLUSTER`
    OpensearchManagedCluster,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KnowledgeBaseStorageType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OpensearchServerless => "OPENSEARCH_SERVERLESS",
            Self::Pinecone => "PINECONE",
            Self::Rds => "RDS",
            Self::MongoDbAtlas => "MONGO_DB_ATLAS",
            Self::NeptuneAnalytics => "NEPTUNE_ANALYTICS",
            Self::S3Vectors => "S3_VECTORS",
            Self::OpensearchManagedCluster => "OPENSEARCH_MANAGED_CLUSTER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "OPENSEARCH_SERVERLESS",
            "PINECONE",
            "RDS",
            "MONGO_DB_ATLAS",
            "NEPTUNE_ANALYTICS",
            "S3_VECTORS",
            "OPENSEARCH_MANAGED_CLUSTER",
        ]
    }
}
impl ::std::convert::From<KnowledgeBaseStorageType> for ::forma_core::Value<KnowledgeBaseStorageType> {
    fn from(v: KnowledgeBaseStorageType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KnowledgeBaseStorageType {}

/// The vector store service in which the knowledge base is stored.
#[derive(Debug, Clone, PartialEq)]
pub struct StorageConfiguration {
    props: ::forma_core::schema::Props,
}
impl StorageConfiguration {
    /// A new value with its required properties: `Type`.
    ///
    /// CloudFormation also needs exactly one of `OpensearchServerlessConfiguration`, `PineconeConfiguration`, `RdsConfiguration`, `NeptuneAnalyticsConfiguration`, `S3VectorsConfiguration`, `MongoDbAtlasConfiguration` or `OpensearchManagedClusterConfiguration`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<KnowledgeBaseStorageType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(7, type_.into_enum_expr());
        Self { props }
    }
    /// Contains the storage configuration of the knowledge base in MongoDb Atlas Cloud.
    pub fn mongo_db_atlas_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MongoDbAtlasConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Contains the configurations to use Neptune Analytics as Vector Store.
    pub fn neptune_analytics_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NeptuneAnalyticsConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Contains the storage configuration of the knowledge base in Amazon OpenSearch Service.
    pub fn opensearch_managed_cluster_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OpenSearchManagedClusterConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Contains the storage configuration of the knowledge base in Amazon OpenSearch Service.
    pub fn opensearch_serverless_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OpenSearchServerlessConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Contains the storage configuration of the knowledge base in Pinecone.
    pub fn pinecone_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PineconeConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Contains details about the storage configuration of the knowledge base in Amazon RDS.
    pub fn rds_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RdsConfiguration>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Contains the storage configuration of the knowledge base for S3 vectors.
    pub fn s3_vectors_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3VectorsConfiguration>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StorageConfiguration> for ::forma_core::Value<StorageConfiguration> {
    fn from(v: StorageConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STORAGE_CONFIGURATION_TYPE.properties))
    }
}

/// Configurations for a Kendra knowledge base
#[derive(Debug, Clone, PartialEq)]
pub struct KendraKnowledgeBaseConfiguration {
    props: ::forma_core::schema::Props,
}
impl KendraKnowledgeBaseConfiguration {
    /// A new value with its required properties: `KendraIndexArn`.
    pub fn new(kendra_index_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, kendra_index_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KendraKnowledgeBaseConfiguration> for ::forma_core::Value<KendraKnowledgeBaseConfiguration> {
    fn from(v: KendraKnowledgeBaseConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KENDRA_KNOWLEDGE_BASE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CUSTOM`, `MANAGED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EmbeddingModelType {
    /// `CUSTOM`
    Custom,
    /// `MANAGED`
    Managed,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EmbeddingModelType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Custom => "CUSTOM",
            Self::Managed => "MANAGED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CUSTOM", "MANAGED"]
    }
}
impl ::std::convert::From<EmbeddingModelType> for ::forma_core::Value<EmbeddingModelType> {
    fn from(v: EmbeddingModelType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EmbeddingModelType {}

/// Contains details about the model used to create vector embeddings for a managed knowledge base.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedKnowledgeBaseConfiguration {
    props: ::forma_core::schema::Props,
}
impl ManagedKnowledgeBaseConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the model used to create vector embeddings for the knowledge base.
    ///
    /// Allowed: length 20 to 2048.
    pub fn embedding_model_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The embeddings model configuration details for the vector model used in Knowledge Base.
    pub fn embedding_model_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EmbeddingModelConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The type of embedding model to use for the managed knowledge base.
    pub fn embedding_model_type(mut self, value: impl ::forma_core::schema::EnumArg<EmbeddingModelType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Contains details about the server-side encryption for the managed knowledge base.
    pub fn server_side_encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManagedKnowledgeBaseServerSideEncryptionConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Configurations for supplemental data storage.
    pub fn supplemental_data_storage_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SupplementalDataStorageConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ManagedKnowledgeBaseConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ManagedKnowledgeBaseConfiguration>
    for ::forma_core::Value<ManagedKnowledgeBaseConfiguration>
{
    fn from(v: ManagedKnowledgeBaseConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANAGED_KNOWLEDGE_BASE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `REDSHIFT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QueryEngineType {
    /// `REDSHIFT`
    Redshift,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl QueryEngineType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Redshift => "REDSHIFT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["REDSHIFT"]
    }
}
impl ::std::convert::From<QueryEngineType> for ::forma_core::Value<QueryEngineType> {
    fn from(v: QueryEngineType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for QueryEngineType {}

/// Configurations for a SQL knowledge base
#[derive(Debug, Clone, PartialEq)]
pub struct SqlKnowledgeBaseConfiguration {
    props: ::forma_core::schema::Props,
}
impl SqlKnowledgeBaseConfiguration {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<QueryEngineType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
    /// Configurations for a Redshift knowledge base
    pub fn redshift_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RedshiftConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SqlKnowledgeBaseConfiguration> for ::forma_core::Value<SqlKnowledgeBaseConfiguration> {
    fn from(v: SqlKnowledgeBaseConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SQL_KNOWLEDGE_BASE_CONFIGURATION_TYPE.properties))
    }
}

/// Contains details about the model used to create vector embeddings for the knowledge base.
#[derive(Debug, Clone, PartialEq)]
pub struct VectorKnowledgeBaseConfiguration {
    props: ::forma_core::schema::Props,
}
impl VectorKnowledgeBaseConfiguration {
    /// A new value with its required properties: `EmbeddingModelArn`.
    pub fn new(embedding_model_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, embedding_model_arn.into().into_expr());
        Self { props }
    }
    /// The embeddings model configuration details for the vector model used in Knowledge Base.
    pub fn embedding_model_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EmbeddingModelConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Configurations for supplemental data storage.
    pub fn supplemental_data_storage_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SupplementalDataStorageConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VectorKnowledgeBaseConfiguration> for ::forma_core::Value<VectorKnowledgeBaseConfiguration> {
    fn from(v: VectorKnowledgeBaseConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VECTOR_KNOWLEDGE_BASE_CONFIGURATION_TYPE.properties))
    }
}

/// Contains the storage configuration of the knowledge base in MongoDb Atlas Cloud.
#[derive(Debug, Clone, PartialEq)]
pub struct MongoDbAtlasConfiguration {
    props: ::forma_core::schema::Props,
}
impl MongoDbAtlasConfiguration {
    /// A new value with its required properties: `CollectionName`, `CredentialsSecretArn`, `DatabaseName`, `Endpoint`, `FieldMapping`, `VectorIndexName`.
    pub fn new(
        collection_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        credentials_secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        field_mapping: impl ::std::convert::Into<::forma_core::Value<MongoDbAtlasFieldMapping>>,
        vector_index_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, collection_name.into().into_expr());
        props.set(1, credentials_secret_arn.into().into_expr());
        props.set(2, database_name.into().into_expr());
        props.set(3, endpoint.into().into_expr());
        props.set(5, field_mapping.into().into_expr());
        props.set(7, vector_index_name.into().into_expr());
        Self { props }
    }
    /// MongoDB Atlas endpoint service name.
    ///
    /// Allowed: length 0 to 255.
    pub fn endpoint_service_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Name of a MongoDB Atlas text index.
    ///
    /// Allowed: length 0 to 2048.
    pub fn text_index_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MongoDbAtlasConfiguration> for ::forma_core::Value<MongoDbAtlasConfiguration> {
    fn from(v: MongoDbAtlasConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MONGO_DB_ATLAS_CONFIGURATION_TYPE.properties))
    }
}

/// Contains the configurations to use Neptune Analytics as Vector Store.
#[derive(Debug, Clone, PartialEq)]
pub struct NeptuneAnalyticsConfiguration {
    props: ::forma_core::schema::Props,
}
impl NeptuneAnalyticsConfiguration {
    /// A new value with its required properties: `FieldMapping`, `GraphArn`.
    pub fn new(
        field_mapping: impl ::std::convert::Into<::forma_core::Value<NeptuneAnalyticsFieldMapping>>,
        graph_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, field_mapping.into().into_expr());
        props.set(1, graph_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<NeptuneAnalyticsConfiguration> for ::forma_core::Value<NeptuneAnalyticsConfiguration> {
    fn from(v: NeptuneAnalyticsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NEPTUNE_ANALYTICS_CONFIGURATION_TYPE.properties))
    }
}

/// Contains the storage configuration of the knowledge base in Amazon OpenSearch Service.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenSearchManagedClusterConfiguration {
    props: ::forma_core::schema::Props,
}
impl OpenSearchManagedClusterConfiguration {
    /// A new value with its required properties: `DomainArn`, `DomainEndpoint`, `FieldMapping`, `VectorIndexName`.
    pub fn new(
        domain_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        domain_endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        field_mapping: impl ::std::convert::Into<::forma_core::Value<OpenSearchManagedClusterFieldMapping>>,
        vector_index_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, domain_arn.into().into_expr());
        props.set(1, domain_endpoint.into().into_expr());
        props.set(2, field_mapping.into().into_expr());
        props.set(3, vector_index_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OpenSearchManagedClusterConfiguration>
    for ::forma_core::Value<OpenSearchManagedClusterConfiguration>
{
    fn from(v: OpenSearchManagedClusterConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPEN_SEARCH_MANAGED_CLUSTER_CONFIGURATION_TYPE.properties))
    }
}

/// Contains the storage configuration of the knowledge base in Amazon OpenSearch Service.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenSearchServerlessConfiguration {
    props: ::forma_core::schema::Props,
}
impl OpenSearchServerlessConfiguration {
    /// A new value with its required properties: `CollectionArn`, `FieldMapping`, `VectorIndexName`.
    pub fn new(
        collection_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        field_mapping: impl ::std::convert::Into<::forma_core::Value<OpenSearchServerlessFieldMapping>>,
        vector_index_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, collection_arn.into().into_expr());
        props.set(1, field_mapping.into().into_expr());
        props.set(2, vector_index_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OpenSearchServerlessConfiguration>
    for ::forma_core::Value<OpenSearchServerlessConfiguration>
{
    fn from(v: OpenSearchServerlessConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPEN_SEARCH_SERVERLESS_CONFIGURATION_TYPE.properties))
    }
}

/// Contains the storage configuration of the knowledge base in Pinecone.
#[derive(Debug, Clone, PartialEq)]
pub struct PineconeConfiguration {
    props: ::forma_core::schema::Props,
}
impl PineconeConfiguration {
    /// A new value with its required properties: `ConnectionString`, `CredentialsSecretArn`, `FieldMapping`.
    pub fn new(
        connection_string: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        credentials_secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        field_mapping: impl ::std::convert::Into<::forma_core::Value<PineconeFieldMapping>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, connection_string.into().into_expr());
        props.set(1, credentials_secret_arn.into().into_expr());
        props.set(2, field_mapping.into().into_expr());
        Self { props }
    }
    /// The namespace to be used to write new data to your database.
    ///
    /// Allowed: length 0 to 2048.
    pub fn namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PineconeConfiguration> for ::forma_core::Value<PineconeConfiguration> {
    fn from(v: PineconeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PINECONE_CONFIGURATION_TYPE.properties))
    }
}

/// Contains details about the storage configuration of the knowledge base in Amazon RDS.
#[derive(Debug, Clone, PartialEq)]
pub struct RdsConfiguration {
    props: ::forma_core::schema::Props,
}
impl RdsConfiguration {
    /// A new value with its required properties: `CredentialsSecretArn`, `DatabaseName`, `FieldMapping`, `ResourceArn`, `TableName`.
    pub fn new(
        credentials_secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        field_mapping: impl ::std::convert::Into<::forma_core::Value<RdsFieldMapping>>,
        resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, credentials_secret_arn.into().into_expr());
        props.set(1, database_name.into().into_expr());
        props.set(2, field_mapping.into().into_expr());
        props.set(3, resource_arn.into().into_expr());
        props.set(4, table_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RdsConfiguration> for ::forma_core::Value<RdsConfiguration> {
    fn from(v: RdsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RDS_CONFIGURATION_TYPE.properties))
    }
}

/// Contains the storage configuration of the knowledge base for S3 vectors.
#[derive(Debug, Clone, PartialEq)]
pub struct S3VectorsConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3VectorsConfiguration {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of: `IndexArn`; or `VectorBucketArn` and `IndexName`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) of the vector index used for the knowledge base.
    pub fn index_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the vector index used for the knowledge base.
    ///
    /// Allowed: length 3 to 63.
    pub fn index_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the S3 bucket where vector embeddings are stored.
    pub fn vector_bucket_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3VectorsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3VectorsConfiguration> for ::forma_core::Value<S3VectorsConfiguration> {
    fn from(v: S3VectorsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_VECTORS_CONFIGURATION_TYPE.properties))
    }
}

/// The embeddings model configuration details for the vector model used in Knowledge Base.
#[derive(Debug, Clone, PartialEq)]
pub struct EmbeddingModelConfiguration {
    props: ::forma_core::schema::Props,
}
impl EmbeddingModelConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The vector configuration details for the Bedrock embeddings model.
    pub fn bedrock_embedding_model_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BedrockEmbeddingModelConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EmbeddingModelConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EmbeddingModelConfiguration> for ::forma_core::Value<EmbeddingModelConfiguration> {
    fn from(v: EmbeddingModelConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EMBEDDING_MODEL_CONFIGURATION_TYPE.properties))
    }
}

/// Contains details about the server-side encryption for the managed knowledge base.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedKnowledgeBaseServerSideEncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl ManagedKnowledgeBaseServerSideEncryptionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the AWS KMS key used to encrypt the managed knowledge base.
    ///
    /// Allowed: length 1 to 2048.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ManagedKnowledgeBaseServerSideEncryptionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ManagedKnowledgeBaseServerSideEncryptionConfiguration>
    for ::forma_core::Value<ManagedKnowledgeBaseServerSideEncryptionConfiguration>
{
    fn from(v: ManagedKnowledgeBaseServerSideEncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(MANAGED_KNOWLEDGE_BASE_SERVER_SIDE_ENCRYPTION_CONFIGURATION_TYPE.properties),
        )
    }
}

/// Configurations for supplemental data storage.
#[derive(Debug, Clone, PartialEq)]
pub struct SupplementalDataStorageConfiguration {
    props: ::forma_core::schema::Props,
}
impl SupplementalDataStorageConfiguration {
    /// A new value with its required properties: `SupplementalDataStorageLocations`.
    pub fn new(
        supplemental_data_storage_locations: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<SupplementalDataStorageLocation>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, supplemental_data_storage_locations.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SupplementalDataStorageConfiguration>
    for ::forma_core::Value<SupplementalDataStorageConfiguration>
{
    fn from(v: SupplementalDataStorageConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUPPLEMENTAL_DATA_STORAGE_CONFIGURATION_TYPE.properties))
    }
}

/// Configurations for a Redshift knowledge base
#[derive(Debug, Clone, PartialEq)]
pub struct RedshiftConfiguration {
    props: ::forma_core::schema::Props,
}
impl RedshiftConfiguration {
    /// A new value with its required properties: `QueryEngineConfiguration`, `StorageConfigurations`.
    pub fn new(
        query_engine_configuration: impl ::std::convert::Into<::forma_core::Value<RedshiftQueryEngineConfiguration>>,
        storage_configurations: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<RedshiftQueryEngineStorageConfiguration>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, query_engine_configuration.into().into_expr());
        props.set(2, storage_configurations.into().into_expr());
        Self { props }
    }
    /// Configurations for generating Redshift engine queries
    pub fn query_generation_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<QueryGenerationConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RedshiftConfiguration> for ::forma_core::Value<RedshiftConfiguration> {
    fn from(v: RedshiftConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REDSHIFT_CONFIGURATION_TYPE.properties))
    }
}

/// Contains the names of the fields to which to map information about the vector store.
#[derive(Debug, Clone, PartialEq)]
pub struct MongoDbAtlasFieldMapping {
    props: ::forma_core::schema::Props,
}
impl MongoDbAtlasFieldMapping {
    /// A new value with its required properties: `MetadataField`, `TextField`, `VectorField`.
    pub fn new(
        metadata_field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        text_field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vector_field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, metadata_field.into().into_expr());
        props.set(1, text_field.into().into_expr());
        props.set(2, vector_field.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MongoDbAtlasFieldMapping> for ::forma_core::Value<MongoDbAtlasFieldMapping> {
    fn from(v: MongoDbAtlasFieldMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MONGO_DB_ATLAS_FIELD_MAPPING_TYPE.properties))
    }
}

/// A mapping of Bedrock Knowledge Base fields to Neptune Analytics fields.
#[derive(Debug, Clone, PartialEq)]
pub struct NeptuneAnalyticsFieldMapping {
    props: ::forma_core::schema::Props,
}
impl NeptuneAnalyticsFieldMapping {
    /// A new value with its required properties: `MetadataField`, `TextField`.
    pub fn new(
        metadata_field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        text_field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, metadata_field.into().into_expr());
        props.set(1, text_field.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<NeptuneAnalyticsFieldMapping> for ::forma_core::Value<NeptuneAnalyticsFieldMapping> {
    fn from(v: NeptuneAnalyticsFieldMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NEPTUNE_ANALYTICS_FIELD_MAPPING_TYPE.properties))
    }
}

/// A mapping of Bedrock Knowledge Base fields to OpenSearch Managed Cluster field names
#[derive(Debug, Clone, PartialEq)]
pub struct OpenSearchManagedClusterFieldMapping {
    props: ::forma_core::schema::Props,
}
impl OpenSearchManagedClusterFieldMapping {
    /// A new value with its required properties: `MetadataField`, `TextField`, `VectorField`.
    pub fn new(
        metadata_field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        text_field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vector_field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, metadata_field.into().into_expr());
        props.set(1, text_field.into().into_expr());
        props.set(2, vector_field.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OpenSearchManagedClusterFieldMapping>
    for ::forma_core::Value<OpenSearchManagedClusterFieldMapping>
{
    fn from(v: OpenSearchManagedClusterFieldMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPEN_SEARCH_MANAGED_CLUSTER_FIELD_MAPPING_TYPE.properties))
    }
}

/// A mapping of Bedrock Knowledge Base fields to OpenSearch Serverless field names
#[derive(Debug, Clone, PartialEq)]
pub struct OpenSearchServerlessFieldMapping {
    props: ::forma_core::schema::Props,
}
impl OpenSearchServerlessFieldMapping {
    /// A new value with its required properties: `MetadataField`, `TextField`, `VectorField`.
    pub fn new(
        metadata_field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        text_field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vector_field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, metadata_field.into().into_expr());
        props.set(1, text_field.into().into_expr());
        props.set(2, vector_field.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OpenSearchServerlessFieldMapping> for ::forma_core::Value<OpenSearchServerlessFieldMapping> {
    fn from(v: OpenSearchServerlessFieldMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPEN_SEARCH_SERVERLESS_FIELD_MAPPING_TYPE.properties))
    }
}

/// Contains the names of the fields to which to map information about the vector store.
#[derive(Debug, Clone, PartialEq)]
pub struct PineconeFieldMapping {
    props: ::forma_core::schema::Props,
}
impl PineconeFieldMapping {
    /// A new value with its required properties: `MetadataField`, `TextField`.
    pub fn new(
        metadata_field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        text_field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, metadata_field.into().into_expr());
        props.set(1, text_field.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PineconeFieldMapping> for ::forma_core::Value<PineconeFieldMapping> {
    fn from(v: PineconeFieldMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PINECONE_FIELD_MAPPING_TYPE.properties))
    }
}

/// Contains the names of the fields to which to map information about the vector store.
#[derive(Debug, Clone, PartialEq)]
pub struct RdsFieldMapping {
    props: ::forma_core::schema::Props,
}
impl RdsFieldMapping {
    /// A new value with its required properties: `MetadataField`, `PrimaryKeyField`, `TextField`, `VectorField`.
    pub fn new(
        metadata_field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        primary_key_field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        text_field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vector_field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, metadata_field.into().into_expr());
        props.set(2, primary_key_field.into().into_expr());
        props.set(3, text_field.into().into_expr());
        props.set(4, vector_field.into().into_expr());
        Self { props }
    }
    /// The name of the field in which Amazon Bedrock stores custom metadata about the vector store.
    ///
    /// Allowed: length 0 to 63.
    pub fn custom_metadata_field(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RdsFieldMapping> for ::forma_core::Value<RdsFieldMapping> {
    fn from(v: RdsFieldMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RDS_FIELD_MAPPING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `FLOAT32`, `BINARY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EmbeddingDataType {
    /// `FLOAT32`
    Float32,
    /// `BINARY`
    Binary,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EmbeddingDataType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Float32 => "FLOAT32",
            Self::Binary => "BINARY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FLOAT32", "BINARY"]
    }
}
impl ::std::convert::From<EmbeddingDataType> for ::forma_core::Value<EmbeddingDataType> {
    fn from(v: EmbeddingDataType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EmbeddingDataType {}

/// The vector configuration details for the Bedrock embeddings model.
#[derive(Debug, Clone, PartialEq)]
pub struct BedrockEmbeddingModelConfiguration {
    props: ::forma_core::schema::Props,
}
impl BedrockEmbeddingModelConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// List of audio configurations for multi modal ingestion.
    pub fn audio(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AudioConfiguration>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The dimensions details for the vector configuration used on the Bedrock embeddings model.
    ///
    /// Allowed: 0 to 4096.
    pub fn dimensions(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The data type for the vectors when using a model to convert text into vector embeddings.
    pub fn embedding_data_type(mut self, value: impl ::forma_core::schema::EnumArg<EmbeddingDataType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Model-specific configuration for the embedding model.
    pub fn model_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// List of video configurations for multi modal ingestion.
    pub fn video(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VideoConfiguration>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BedrockEmbeddingModelConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BedrockEmbeddingModelConfiguration>
    for ::forma_core::Value<BedrockEmbeddingModelConfiguration>
{
    fn from(v: BedrockEmbeddingModelConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BEDROCK_EMBEDDING_MODEL_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `S3`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SupplementalDataStorageLocationType {
    /// `S3`
    S3,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SupplementalDataStorageLocationType {
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
impl ::std::convert::From<SupplementalDataStorageLocationType>
    for ::forma_core::Value<SupplementalDataStorageLocationType>
{
    fn from(v: SupplementalDataStorageLocationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SupplementalDataStorageLocationType {}

/// Supplemental data storage location.
#[derive(Debug, Clone, PartialEq)]
pub struct SupplementalDataStorageLocation {
    props: ::forma_core::schema::Props,
}
impl SupplementalDataStorageLocation {
    /// A new value with its required properties: `SupplementalDataStorageLocationType`.
    pub fn new(
        supplemental_data_storage_location_type: impl ::forma_core::schema::EnumArg<SupplementalDataStorageLocationType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, supplemental_data_storage_location_type.into_enum_expr());
        Self { props }
    }
    /// An Amazon S3 location.
    pub fn s3_location(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Location>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SupplementalDataStorageLocation> for ::forma_core::Value<SupplementalDataStorageLocation> {
    fn from(v: SupplementalDataStorageLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUPPLEMENTAL_DATA_STORAGE_LOCATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SERVERLESS`, `PROVISIONED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RedshiftQueryEngineType {
    /// `SERVERLESS`
    Serverless,
    /// `PROVISIONED`
    Provisioned,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RedshiftQueryEngineType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Serverless => "SERVERLESS",
            Self::Provisioned => "PROVISIONED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SERVERLESS", "PROVISIONED"]
    }
}
impl ::std::convert::From<RedshiftQueryEngineType> for ::forma_core::Value<RedshiftQueryEngineType> {
    fn from(v: RedshiftQueryEngineType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RedshiftQueryEngineType {}

/// Configurations for Redshift query engine
#[derive(Debug, Clone, PartialEq)]
pub struct RedshiftQueryEngineConfiguration {
    props: ::forma_core::schema::Props,
}
impl RedshiftQueryEngineConfiguration {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<RedshiftQueryEngineType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
    /// Configurations for provisioned Redshift query engine
    pub fn provisioned_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RedshiftProvisionedConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configurations for serverless Redshift query engine
    pub fn serverless_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RedshiftServerlessConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RedshiftQueryEngineConfiguration> for ::forma_core::Value<RedshiftQueryEngineConfiguration> {
    fn from(v: RedshiftQueryEngineConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REDSHIFT_QUERY_ENGINE_CONFIGURATION_TYPE.properties))
    }
}

/// Configurations for generating Redshift engine queries
#[derive(Debug, Clone, PartialEq)]
pub struct QueryGenerationConfiguration {
    props: ::forma_core::schema::Props,
}
impl QueryGenerationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Max query execution timeout
    ///
    /// Allowed: 1 to 200.
    pub fn execution_timeout_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Context used to improve query generation
    pub fn generation_context(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<QueryGenerationContext>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for QueryGenerationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<QueryGenerationConfiguration> for ::forma_core::Value<QueryGenerationConfiguration> {
    fn from(v: QueryGenerationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUERY_GENERATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `REDSHIFT`, `AWS_DATA_CATALOG`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RedshiftQueryEngineStorageType {
    /// `REDSHIFT`
    Redshift,
    /// `AWS_DATA_CATALOG`
    AwsDataCatalog,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RedshiftQueryEngineStorageType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Redshift => "REDSHIFT",
            Self::AwsDataCatalog => "AWS_DATA_CATALOG",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["REDSHIFT", "AWS_DATA_CATALOG"]
    }
}
impl ::std::convert::From<RedshiftQueryEngineStorageType> for ::forma_core::Value<RedshiftQueryEngineStorageType> {
    fn from(v: RedshiftQueryEngineStorageType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RedshiftQueryEngineStorageType {}

/// Configurations for available Redshift query engine storage types
#[derive(Debug, Clone, PartialEq)]
pub struct RedshiftQueryEngineStorageConfiguration {
    props: ::forma_core::schema::Props,
}
impl RedshiftQueryEngineStorageConfiguration {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<RedshiftQueryEngineStorageType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
    /// Configurations for Redshift query engine AWS Data Catalog backed storage
    pub fn aws_data_catalog_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RedshiftQueryEngineAwsDataCatalogStorageConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configurations for Redshift query engine Redshift backed storage
    pub fn redshift_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RedshiftQueryEngineRedshiftStorageConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RedshiftQueryEngineStorageConfiguration>
    for ::forma_core::Value<RedshiftQueryEngineStorageConfiguration>
{
    fn from(v: RedshiftQueryEngineStorageConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REDSHIFT_QUERY_ENGINE_STORAGE_CONFIGURATION_TYPE.properties))
    }
}

/// Configure the audio configuration for multi modal ingestion.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioConfiguration {
    props: ::forma_core::schema::Props,
}
impl AudioConfiguration {
    /// A new value with its required properties: `SegmentationConfiguration`.
    pub fn new(
        segmentation_configuration: impl ::std::convert::Into<::forma_core::Value<AudioSegmentationConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, segmentation_configuration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AudioConfiguration> for ::forma_core::Value<AudioConfiguration> {
    fn from(v: AudioConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_CONFIGURATION_TYPE.properties))
    }
}

/// Configure the video configuration for multi modal ingestion.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoConfiguration {
    props: ::forma_core::schema::Props,
}
impl VideoConfiguration {
    /// A new value with its required properties: `SegmentationConfiguration`.
    pub fn new(
        segmentation_configuration: impl ::std::convert::Into<::forma_core::Value<VideoSegmentationConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, segmentation_configuration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VideoConfiguration> for ::forma_core::Value<VideoConfiguration> {
    fn from(v: VideoConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIDEO_CONFIGURATION_TYPE.properties))
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

/// Configurations for provisioned Redshift query engine
#[derive(Debug, Clone, PartialEq)]
pub struct RedshiftProvisionedConfiguration {
    props: ::forma_core::schema::Props,
}
impl RedshiftProvisionedConfiguration {
    /// A new value with its required properties: `AuthConfiguration`, `ClusterIdentifier`.
    pub fn new(
        auth_configuration: impl ::std::convert::Into<::forma_core::Value<RedshiftProvisionedAuthConfiguration>>,
        cluster_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, auth_configuration.into().into_expr());
        props.set(1, cluster_identifier.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RedshiftProvisionedConfiguration> for ::forma_core::Value<RedshiftProvisionedConfiguration> {
    fn from(v: RedshiftProvisionedConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REDSHIFT_PROVISIONED_CONFIGURATION_TYPE.properties))
    }
}

/// Configurations for serverless Redshift query engine
#[derive(Debug, Clone, PartialEq)]
pub struct RedshiftServerlessConfiguration {
    props: ::forma_core::schema::Props,
}
impl RedshiftServerlessConfiguration {
    /// A new value with its required properties: `AuthConfiguration`, `WorkgroupArn`.
    pub fn new(
        auth_configuration: impl ::std::convert::Into<::forma_core::Value<RedshiftServerlessAuthConfiguration>>,
        workgroup_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, auth_configuration.into().into_expr());
        props.set(1, workgroup_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RedshiftServerlessConfiguration> for ::forma_core::Value<RedshiftServerlessConfiguration> {
    fn from(v: RedshiftServerlessConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REDSHIFT_SERVERLESS_CONFIGURATION_TYPE.properties))
    }
}

/// Context used to improve query generation
#[derive(Debug, Clone, PartialEq)]
pub struct QueryGenerationContext {
    props: ::forma_core::schema::Props,
}
impl QueryGenerationContext {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// List of example queries and results
    pub fn curated_queries(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CuratedQuery>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// List of tables used for Redshift query generation context
    pub fn tables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<QueryGenerationTable>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for QueryGenerationContext {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<QueryGenerationContext> for ::forma_core::Value<QueryGenerationContext> {
    fn from(v: QueryGenerationContext) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUERY_GENERATION_CONTEXT_TYPE.properties))
    }
}

/// Configurations for Redshift query engine AWS Data Catalog backed storage
#[derive(Debug, Clone, PartialEq)]
pub struct RedshiftQueryEngineAwsDataCatalogStorageConfiguration {
    props: ::forma_core::schema::Props,
}
impl RedshiftQueryEngineAwsDataCatalogStorageConfiguration {
    /// A new value with its required properties: `TableNames`.
    pub fn new(
        table_names: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, table_names.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RedshiftQueryEngineAwsDataCatalogStorageConfiguration>
    for ::forma_core::Value<RedshiftQueryEngineAwsDataCatalogStorageConfiguration>
{
    fn from(v: RedshiftQueryEngineAwsDataCatalogStorageConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(REDSHIFT_QUERY_ENGINE_AWS_DATA_CATALOG_STORAGE_CONFIGURATION_TYPE.properties),
        )
    }
}

/// Configurations for Redshift query engine Redshift backed storage
#[derive(Debug, Clone, PartialEq)]
pub struct RedshiftQueryEngineRedshiftStorageConfiguration {
    props: ::forma_core::schema::Props,
}
impl RedshiftQueryEngineRedshiftStorageConfiguration {
    /// A new value with its required properties: `DatabaseName`.
    pub fn new(database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, database_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RedshiftQueryEngineRedshiftStorageConfiguration>
    for ::forma_core::Value<RedshiftQueryEngineRedshiftStorageConfiguration>
{
    fn from(v: RedshiftQueryEngineRedshiftStorageConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(REDSHIFT_QUERY_ENGINE_REDSHIFT_STORAGE_CONFIGURATION_TYPE.properties),
        )
    }
}

/// Configure the audio segmentation configuration for multi modal ingestion.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioSegmentationConfiguration {
    props: ::forma_core::schema::Props,
}
impl AudioSegmentationConfiguration {
    /// A new value with its required properties: `FixedLengthDuration`.
    pub fn new(fixed_length_duration: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, fixed_length_duration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AudioSegmentationConfiguration> for ::forma_core::Value<AudioSegmentationConfiguration> {
    fn from(v: AudioSegmentationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_SEGMENTATION_CONFIGURATION_TYPE.properties))
    }
}

/// Configure the video segmentation configuration for multi modal ingestion.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoSegmentationConfiguration {
    props: ::forma_core::schema::Props,
}
impl VideoSegmentationConfiguration {
    /// A new value with its required properties: `FixedLengthDuration`.
    pub fn new(fixed_length_duration: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, fixed_length_duration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VideoSegmentationConfiguration> for ::forma_core::Value<VideoSegmentationConfiguration> {
    fn from(v: VideoSegmentationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIDEO_SEGMENTATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `IAM`, `USERNAME_PASSWORD`, `USERNAME`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RedshiftProvisionedAuthType {
    /// `IAM`
    Iam,
    /// `USERNAME_PASSWORD`
    UsernamePassword,
    /// `USERNAME`
    Username,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RedshiftProvisionedAuthType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Iam => "IAM",
            Self::UsernamePassword => "USERNAME_PASSWORD",
            Self::Username => "USERNAME",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IAM", "USERNAME_PASSWORD", "USERNAME"]
    }
}
impl ::std::convert::From<RedshiftProvisionedAuthType> for ::forma_core::Value<RedshiftProvisionedAuthType> {
    fn from(v: RedshiftProvisionedAuthType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RedshiftProvisionedAuthType {}

/// Configurations for Redshift query engine provisioned auth setup
#[derive(Debug, Clone, PartialEq)]
pub struct RedshiftProvisionedAuthConfiguration {
    props: ::forma_core::schema::Props,
}
impl RedshiftProvisionedAuthConfiguration {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<RedshiftProvisionedAuthType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
    /// Redshift database user
    pub fn database_user(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Arn of a SecretsManager Secret
    pub fn username_password_secret_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RedshiftProvisionedAuthConfiguration>
    for ::forma_core::Value<RedshiftProvisionedAuthConfiguration>
{
    fn from(v: RedshiftProvisionedAuthConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REDSHIFT_PROVISIONED_AUTH_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `IAM`, `USERNAME_PASSWORD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RedshiftServerlessAuthType {
    /// `IAM`
    Iam,
    /// `USERNAME_PASSWORD`
    UsernamePassword,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RedshiftServerlessAuthType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Iam => "IAM",
            Self::UsernamePassword => "USERNAME_PASSWORD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IAM", "USERNAME_PASSWORD"]
    }
}
impl ::std::convert::From<RedshiftServerlessAuthType> for ::forma_core::Value<RedshiftServerlessAuthType> {
    fn from(v: RedshiftServerlessAuthType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RedshiftServerlessAuthType {}

/// Configurations for Redshift query engine serverless auth setup
#[derive(Debug, Clone, PartialEq)]
pub struct RedshiftServerlessAuthConfiguration {
    props: ::forma_core::schema::Props,
}
impl RedshiftServerlessAuthConfiguration {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<RedshiftServerlessAuthType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into_enum_expr());
        Self { props }
    }
    /// Arn of a SecretsManager Secret
    pub fn username_password_secret_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RedshiftServerlessAuthConfiguration>
    for ::forma_core::Value<RedshiftServerlessAuthConfiguration>
{
    fn from(v: RedshiftServerlessAuthConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REDSHIFT_SERVERLESS_AUTH_CONFIGURATION_TYPE.properties))
    }
}

/// Curated query or question and answer pair
#[derive(Debug, Clone, PartialEq)]
pub struct CuratedQuery {
    props: ::forma_core::schema::Props,
}
impl CuratedQuery {
    /// A new value with its required properties: `NaturalLanguage`, `Sql`.
    pub fn new(
        natural_language: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sql: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, natural_language.into().into_expr());
        props.set(1, sql.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CuratedQuery> for ::forma_core::Value<CuratedQuery> {
    fn from(v: CuratedQuery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CURATED_QUERY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `INCLUDE`, `EXCLUDE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InclusionType {
    /// `INCLUDE`
    Include,
    /// `EXCLUDE`
    Exclude,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InclusionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Include => "INCLUDE",
            Self::Exclude => "EXCLUDE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INCLUDE", "EXCLUDE"]
    }
}
impl ::std::convert::From<InclusionType> for ::forma_core::Value<InclusionType> {
    fn from(v: InclusionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InclusionType {}

/// Tables used for Redshift query generation context
#[derive(Debug, Clone, PartialEq)]
pub struct QueryGenerationTable {
    props: ::forma_core::schema::Props,
}
impl QueryGenerationTable {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, name.into().into_expr());
        Self { props }
    }
    /// List of Redshift query generation columns
    pub fn columns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<QueryGenerationColumn>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Description for the attached entity
    ///
    /// Allowed: length 1 to 200.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Include or Exclude status for an entity
    pub fn inclusion(mut self, value: impl ::forma_core::schema::EnumArg<InclusionType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<QueryGenerationTable> for ::forma_core::Value<QueryGenerationTable> {
    fn from(v: QueryGenerationTable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUERY_GENERATION_TABLE_TYPE.properties))
    }
}

/// Redshift query generation column
#[derive(Debug, Clone, PartialEq)]
pub struct QueryGenerationColumn {
    props: ::forma_core::schema::Props,
}
impl QueryGenerationColumn {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Description for the attached entity
    ///
    /// Allowed: length 1 to 200.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Include or Exclude status for an entity
    pub fn inclusion(mut self, value: impl ::forma_core::schema::EnumArg<InclusionType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Query generation column name
    ///
    /// Allowed: length 1 to 127.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for QueryGenerationColumn {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<QueryGenerationColumn> for ::forma_core::Value<QueryGenerationColumn> {
    fn from(v: QueryGenerationColumn) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUERY_GENERATION_COLUMN_TYPE.properties))
    }
}

/// The schema of `AWS::Bedrock::KnowledgeBase`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Bedrock::KnowledgeBase",
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
            name: "KnowledgeBaseConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KNOWLEDGE_BASE_CONFIGURATION_TYPE),
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
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+$"),
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "StorageConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&STORAGE_CONFIGURATION_TYPE),
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
    ],
    rules: &[],
    attributes: &["KnowledgeBaseId", "KnowledgeBaseArn", "CreatedAt", "UpdatedAt", "FailureReasons", "Status"],
};

static KNOWLEDGE_BASE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::KnowledgeBase.KnowledgeBaseConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "KendraKnowledgeBaseConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KENDRA_KNOWLEDGE_BASE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ManagedKnowledgeBaseConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANAGED_KNOWLEDGE_BASE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SqlKnowledgeBaseConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SQL_KNOWLEDGE_BASE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["VECTOR", "KENDRA", "SQL", "MANAGED"]),
        },
        ::forma_core::schema::Property {
            name: "VectorKnowledgeBaseConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VECTOR_KNOWLEDGE_BASE_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static STORAGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::KnowledgeBase.StorageConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "MongoDbAtlasConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MONGO_DB_ATLAS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NeptuneAnalyticsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NEPTUNE_ANALYTICS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OpensearchManagedClusterConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OPEN_SEARCH_MANAGED_CLUSTER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OpensearchServerlessConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OPEN_SEARCH_SERVERLESS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PineconeConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PINECONE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RdsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RDS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3VectorsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_VECTORS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "OPENSEARCH_SERVERLESS",
                "PINECONE",
                "RDS",
                "MONGO_DB_ATLAS",
                "NEPTUNE_ANALYTICS",
                "S3_VECTORS",
                "OPENSEARCH_MANAGED_CLUSTER",
            ]),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["OpensearchServerlessConfiguration"],
        &["PineconeConfiguration"],
        &["RdsConfiguration"],
        &["NeptuneAnalyticsConfiguration"],
        &["S3VectorsConfiguration"],
        &["MongoDbAtlasConfiguration"],
        &["OpensearchManagedClusterConfiguration"],
    ])],
};

static KENDRA_KNOWLEDGE_BASE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::KnowledgeBase.KendraKnowledgeBaseConfiguration",
properties: &[
::forma_core::schema::Property { name: "KendraIndexArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(|-cn|-us-gov):kendra:[a-z0-9-]{1,20}:([0-9]{12}|):index/([a-zA-Z0-9][a-zA-Z0-9-]{35}|[a-zA-Z0-9][a-zA-Z0-9-]{35}-[a-zA-Z0-9][a-zA-Z0-9-]{35})$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static MANAGED_KNOWLEDGE_BASE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::KnowledgeBase.ManagedKnowledgeBaseConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "EmbeddingModelArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(arn:aws(-[^:]+)?:[a-z0-9-]+:[a-z0-9-]{1,20}:[0-9]{0,12}:[a-zA-Z0-9-:/._+]+)$"),
                    min_length: Some(20),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "EmbeddingModelConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&EMBEDDING_MODEL_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "EmbeddingModelType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["CUSTOM", "MANAGED"]),
            },
            ::forma_core::schema::Property {
                name: "ServerSideEncryptionConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &MANAGED_KNOWLEDGE_BASE_SERVER_SIDE_ENCRYPTION_CONFIGURATION_TYPE,
                ),
            },
            ::forma_core::schema::Property {
                name: "SupplementalDataStorageConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SUPPLEMENTAL_DATA_STORAGE_CONFIGURATION_TYPE),
            },
        ],
        rules: &[],
    };

static SQL_KNOWLEDGE_BASE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::KnowledgeBase.SqlKnowledgeBaseConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "RedshiftConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REDSHIFT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["REDSHIFT"]),
        },
    ],
    rules: &[],
};

static VECTOR_KNOWLEDGE_BASE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::KnowledgeBase.VectorKnowledgeBaseConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "EmbeddingModelArn",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(arn:aws(-[^:]+)?:[a-z0-9-]+:[a-z0-9-]{1,20}:[0-9]{0,12}:[a-zA-Z0-9-:/._+]+)$"),
                    min_length: Some(20),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "EmbeddingModelConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&EMBEDDING_MODEL_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SupplementalDataStorageConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SUPPLEMENTAL_DATA_STORAGE_CONFIGURATION_TYPE),
            },
        ],
        rules: &[],
    };

static MONGO_DB_ATLAS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::KnowledgeBase.MongoDbAtlasConfiguration",
properties: &[
::forma_core::schema::Property { name: "CollectionName", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^.*$"), min_length: None, max_length: Some(63) }) },
::forma_core::schema::Property { name: "CredentialsSecretArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.@-]{1,512}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "DatabaseName", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^.*$"), min_length: None, max_length: Some(63) }) },
::forma_core::schema::Property { name: "Endpoint", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9_-]+\\.[a-zA-Z0-9_-]+\\.mongodb\\.net$"), min_length: None, max_length: Some(2048) }) },
::forma_core::schema::Property { name: "EndpointServiceName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(?:arn:aws(?:-us-gov|-cn|-iso|-iso-[a-z])*:.+:.*:\\d+:.+/.+$|[a-zA-Z0-9*]+[a-zA-Z0-9._-]*)$"), min_length: None, max_length: Some(255) }) },
::forma_core::schema::Property { name: "FieldMapping", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&MONGO_DB_ATLAS_FIELD_MAPPING_TYPE) },
::forma_core::schema::Property { name: "TextIndexName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^.*$"), min_length: None, max_length: Some(2048) }) },
::forma_core::schema::Property { name: "VectorIndexName", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^.*$"), min_length: None, max_length: Some(2048) }) },
],
rules: &[],
};

static NEPTUNE_ANALYTICS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::KnowledgeBase.NeptuneAnalyticsConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "FieldMapping",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NEPTUNE_ANALYTICS_FIELD_MAPPING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GraphArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:aws(|-cn|-us-gov):neptune-graph:[a-zA-Z0-9-]*:[0-9]{12}:graph\\/g-[a-zA-Z0-9]{10}$",
                ),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static OPEN_SEARCH_MANAGED_CLUSTER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::KnowledgeBase.OpenSearchManagedClusterConfiguration",
properties: &[
::forma_core::schema::Property { name: "DomainArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-cn|-us-gov|-eusc|-iso(-[b-f])?)?:es:([a-z]{2,}-){2,}\\d:\\d{12}:domain/[a-z][a-z0-9-]{3,28}$"), min_length: None, max_length: Some(2048) }) },
::forma_core::schema::Property { name: "DomainEndpoint", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^https://.*$"), min_length: None, max_length: Some(2048) }) },
::forma_core::schema::Property { name: "FieldMapping", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&OPEN_SEARCH_MANAGED_CLUSTER_FIELD_MAPPING_TYPE) },
::forma_core::schema::Property { name: "VectorIndexName", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(?![\\-_+.])[a-z0-9][a-z0-9\\-_\\.]*$"), min_length: Some(1), max_length: Some(2048) }) },
],
rules: &[],
};

static OPEN_SEARCH_SERVERLESS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::KnowledgeBase.OpenSearchServerlessConfiguration",
properties: &[
::forma_core::schema::Property { name: "CollectionArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(|-cn|-us-gov|-iso):aoss:[a-z]{2}(-gov)?-[a-z]+-\\d{1}:\\d{12}:collection/[a-z0-9-]{3,32}$"), min_length: None, max_length: Some(2048) }) },
::forma_core::schema::Property { name: "FieldMapping", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&OPEN_SEARCH_SERVERLESS_FIELD_MAPPING_TYPE) },
::forma_core::schema::Property { name: "VectorIndexName", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^.*$"), min_length: None, max_length: Some(2048) }) },
],
rules: &[],
};

static PINECONE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::KnowledgeBase.PineconeConfiguration",
properties: &[
::forma_core::schema::Property { name: "ConnectionString", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^.*$"), min_length: None, max_length: Some(2048) }) },
::forma_core::schema::Property { name: "CredentialsSecretArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.@-]{1,512}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "FieldMapping", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&PINECONE_FIELD_MAPPING_TYPE) },
::forma_core::schema::Property { name: "Namespace", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^.*$"), min_length: None, max_length: Some(2048) }) },
],
rules: &[],
};

static RDS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::KnowledgeBase.RdsConfiguration",
properties: &[
::forma_core::schema::Property { name: "CredentialsSecretArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.@-]{1,512}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "DatabaseName", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9_\\-]+$"), min_length: None, max_length: Some(63) }) },
::forma_core::schema::Property { name: "FieldMapping", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&RDS_FIELD_MAPPING_TYPE) },
::forma_core::schema::Property { name: "ResourceArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(|-cn|-us-gov):rds:[a-zA-Z0-9-]*:[0-9]{12}:cluster:[a-zA-Z0-9-]{1,63}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "TableName", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9_\\.\\-]+$"), min_length: None, max_length: Some(63) }) },
],
rules: &[],
};

static S3_VECTORS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::KnowledgeBase.S3VectorsConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "IndexArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IndexName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "VectorBucketArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["IndexArn"], &["VectorBucketArn", "IndexName"]])],
};

static EMBEDDING_MODEL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::KnowledgeBase.EmbeddingModelConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "BedrockEmbeddingModelConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&BEDROCK_EMBEDDING_MODEL_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static MANAGED_KNOWLEDGE_BASE_SERVER_SIDE_ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::KnowledgeBase.ManagedKnowledgeBaseServerSideEncryptionConfiguration",
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

static SUPPLEMENTAL_DATA_STORAGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::KnowledgeBase.SupplementalDataStorageConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "SupplementalDataStorageLocations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SUPPLEMENTAL_DATA_STORAGE_LOCATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        }],
        rules: &[],
    };

static REDSHIFT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::KnowledgeBase.RedshiftConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "QueryEngineConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REDSHIFT_QUERY_ENGINE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "QueryGenerationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&QUERY_GENERATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StorageConfigurations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REDSHIFT_QUERY_ENGINE_STORAGE_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
    ],
    rules: &[],
};

static MONGO_DB_ATLAS_FIELD_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::KnowledgeBase.MongoDbAtlasFieldMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "MetadataField",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "TextField",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "VectorField",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: None,
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static NEPTUNE_ANALYTICS_FIELD_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::KnowledgeBase.NeptuneAnalyticsFieldMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "MetadataField",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "TextField",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: None,
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static OPEN_SEARCH_MANAGED_CLUSTER_FIELD_MAPPING_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::KnowledgeBase.OpenSearchManagedClusterFieldMapping",
        properties: &[
            ::forma_core::schema::Property {
                name: "MetadataField",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^.*$"),
                    min_length: None,
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "TextField",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^.*$"),
                    min_length: None,
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "VectorField",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^.*$"),
                    min_length: None,
                    max_length: Some(2048),
                }),
            },
        ],
        rules: &[],
    };

static OPEN_SEARCH_SERVERLESS_FIELD_MAPPING_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::KnowledgeBase.OpenSearchServerlessFieldMapping",
        properties: &[
            ::forma_core::schema::Property {
                name: "MetadataField",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^.*$"),
                    min_length: None,
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "TextField",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^.*$"),
                    min_length: None,
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "VectorField",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^.*$"),
                    min_length: None,
                    max_length: Some(2048),
                }),
            },
        ],
        rules: &[],
    };

static PINECONE_FIELD_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::KnowledgeBase.PineconeFieldMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "MetadataField",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "TextField",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: None,
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static RDS_FIELD_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::KnowledgeBase.RdsFieldMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomMetadataField",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-]+$"),
                min_length: None,
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "MetadataField",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-]+$"),
                min_length: None,
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "PrimaryKeyField",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-]+$"),
                min_length: None,
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "TextField",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-]+$"),
                min_length: None,
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "VectorField",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-]+$"),
                min_length: None,
                max_length: Some(63),
            }),
        },
    ],
    rules: &[],
};

static BEDROCK_EMBEDDING_MODEL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::KnowledgeBase.BedrockEmbeddingModelConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Audio",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&AUDIO_CONFIGURATION_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
                ),
            },
            ::forma_core::schema::Property {
                name: "Dimensions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(4096.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "EmbeddingDataType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["FLOAT32", "BINARY"]),
            },
            ::forma_core::schema::Property {
                name: "ModelConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Json,
            },
            ::forma_core::schema::Property {
                name: "Video",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&VIDEO_CONFIGURATION_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
                ),
            },
        ],
        rules: &[],
    };

static SUPPLEMENTAL_DATA_STORAGE_LOCATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::KnowledgeBase.SupplementalDataStorageLocation",
        properties: &[
            ::forma_core::schema::Property {
                name: "S3Location",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SupplementalDataStorageLocationType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["S3"]),
            },
        ],
        rules: &[],
    };

static REDSHIFT_QUERY_ENGINE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::KnowledgeBase.RedshiftQueryEngineConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "ProvisionedConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&REDSHIFT_PROVISIONED_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ServerlessConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&REDSHIFT_SERVERLESS_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Type",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["SERVERLESS", "PROVISIONED"]),
            },
        ],
        rules: &[],
    };

static QUERY_GENERATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::KnowledgeBase.QueryGenerationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExecutionTimeoutSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(200.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "GenerationContext",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&QUERY_GENERATION_CONTEXT_TYPE),
        },
    ],
    rules: &[],
};

static REDSHIFT_QUERY_ENGINE_STORAGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::KnowledgeBase.RedshiftQueryEngineStorageConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "AwsDataCatalogConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &REDSHIFT_QUERY_ENGINE_AWS_DATA_CATALOG_STORAGE_CONFIGURATION_TYPE,
                ),
            },
            ::forma_core::schema::Property {
                name: "RedshiftConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&REDSHIFT_QUERY_ENGINE_REDSHIFT_STORAGE_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Type",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["REDSHIFT", "AWS_DATA_CATALOG"]),
            },
        ],
        rules: &[],
    };

static AUDIO_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::KnowledgeBase.AudioConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "SegmentationConfiguration",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&AUDIO_SEGMENTATION_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static VIDEO_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::KnowledgeBase.VideoConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "SegmentationConfiguration",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&VIDEO_SEGMENTATION_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static S3_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::KnowledgeBase.S3Location",
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

static REDSHIFT_PROVISIONED_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::KnowledgeBase.RedshiftProvisionedConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "AuthConfiguration",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&REDSHIFT_PROVISIONED_AUTH_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ClusterIdentifier",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(63),
                }),
            },
        ],
        rules: &[],
    };

static REDSHIFT_SERVERLESS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::KnowledgeBase.RedshiftServerlessConfiguration",
properties: &[
::forma_core::schema::Property { name: "AuthConfiguration", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&REDSHIFT_SERVERLESS_AUTH_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "WorkgroupArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws(-[a-z]+)*):redshift-serverless:[a-z]{2}(-gov)?-[a-z]+-\\d{1}:\\d{12}:workgroup/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static QUERY_GENERATION_CONTEXT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::KnowledgeBase.QueryGenerationContext",
    properties: &[
        ::forma_core::schema::Property {
            name: "CuratedQueries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CURATED_QUERY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&QUERY_GENERATION_TABLE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};

static REDSHIFT_QUERY_ENGINE_AWS_DATA_CATALOG_STORAGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::KnowledgeBase.RedshiftQueryEngineAwsDataCatalogStorageConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "TableNames",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^.*\\.*$"),
                    min_length: Some(1),
                    max_length: Some(200),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1000) },
            ),
        }],
        rules: &[],
    };

static REDSHIFT_QUERY_ENGINE_REDSHIFT_STORAGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::KnowledgeBase.RedshiftQueryEngineRedshiftStorageConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "DatabaseName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(200),
            }),
        }],
        rules: &[],
    };

static AUDIO_SEGMENTATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::KnowledgeBase.AudioSegmentationConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "FixedLengthDuration",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: Some(30.0),
        }),
    }],
    rules: &[],
};

static VIDEO_SEGMENTATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::KnowledgeBase.VideoSegmentationConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "FixedLengthDuration",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: Some(30.0),
        }),
    }],
    rules: &[],
};

static REDSHIFT_PROVISIONED_AUTH_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::KnowledgeBase.RedshiftProvisionedAuthConfiguration",
properties: &[
::forma_core::schema::Property { name: "DatabaseUser", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "Type", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["IAM", "USERNAME_PASSWORD", "USERNAME"]) },
::forma_core::schema::Property { name: "UsernamePasswordSecretArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.@-]{1,512}$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static REDSHIFT_SERVERLESS_AUTH_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::KnowledgeBase.RedshiftServerlessAuthConfiguration",
properties: &[
::forma_core::schema::Property { name: "Type", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["IAM", "USERNAME_PASSWORD"]) },
::forma_core::schema::Property { name: "UsernamePasswordSecretArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(|-cn|-us-gov):secretsmanager:[a-z0-9-]{1,20}:([0-9]{12}|):secret:[a-zA-Z0-9!/_+=.@-]{1,512}$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static CURATED_QUERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::KnowledgeBase.CuratedQuery",
    properties: &[
        ::forma_core::schema::Property {
            name: "NaturalLanguage",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Sql",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
    ],
    rules: &[],
};

static QUERY_GENERATION_TABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::KnowledgeBase.QueryGenerationTable",
    properties: &[
        ::forma_core::schema::Property {
            name: "Columns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&QUERY_GENERATION_COLUMN_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
            name: "Inclusion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INCLUDE", "EXCLUDE"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*\\..*\\..*$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static QUERY_GENERATION_COLUMN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::KnowledgeBase.QueryGenerationColumn",
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
            name: "Inclusion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INCLUDE", "EXCLUDE"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
    ],
    rules: &[],
};
