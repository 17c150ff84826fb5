// @generated from AWS::Kendra::DataSource (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Kendra::DataSource` and its property types.

/// Kendra DataSource
///
/// CloudFormation type `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSource {
    props: ::forma_core::schema::Props,
}
impl DataSource {
    /// A new resource with its required properties: `IndexId`, `Name`, `Type`.
    #[track_caller]
    pub fn new(
        index_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, index_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `CustomDocumentEnrichmentConfiguration`.
    #[track_caller]
    pub fn custom_document_enrichment_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomDocumentEnrichmentConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DataSourceConfiguration`.
    #[track_caller]
    pub fn data_source_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSourceConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Description of data source
    ///
    /// Allowed: length 1 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The code for a language.
    ///
    /// Allowed: length 2 to 10.
    #[track_caller]
    pub fn language_code(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Role ARN
    ///
    /// Allowed: length 1 to 1284.
    #[track_caller]
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Schedule
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn schedule(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags for labeling the data source
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DataSource {
    type Attributes = DataSourceAttributes;
    fn type_name(&self) -> &str {
        "AWS::Kendra::DataSource"
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
/// The attributes of a `AWS::Kendra::DataSource` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `S3`, `SHAREPOINT`, `SALESFORCE`, `ONEDRIVE`, `SERVICENOW`, `DATABASE`, `CUSTOM`, `CONFLUENCE`, `GOOGLEDRIVE`, `WEBCRAWLER`, `WORKDOCS`, `TEMPLATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `S3`
    S3,
    /// `SHAREPOINT`
    Sharepoint,
    /// `SALESFORCE`
    Salesforce,
    /// `ONEDRIVE`
    Onedrive,
    /// `SERVICENOW`
    Servicenow,
    /// `DATABASE`
    Database,
    /// `CUSTOM`
    Custom,
    /// `CONFLUENCE`
    Confluence,
    /// `GOOGLEDRIVE`
    Googledrive,
    /// `WEBCRAWLER`
    Webcrawler,
    /// `WORKDOCS`
    Workdocs,
    /// `TEMPLATE`
    Template,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::S3 => "S3",
            Self::Sharepoint => "SHAREPOINT",
            Self::Salesforce => "SALESFORCE",
            Self::Onedrive => "ONEDRIVE",
            Self::Servicenow => "SERVICENOW",
            Self::Database => "DATABASE",
            Self::Custom => "CUSTOM",
            Self::Confluence => "CONFLUENCE",
            Self::Googledrive => "GOOGLEDRIVE",
            Self::Webcrawler => "WEBCRAWLER",
            Self::Workdocs => "WORKDOCS",
            Self::Template => "TEMPLATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "S3",
            "SHAREPOINT",
            "SALESFORCE",
            "ONEDRIVE",
            "SERVICENOW",
            "DATABASE",
            "CUSTOM",
            "CONFLUENCE",
            "GOOGLEDRIVE",
            "WEBCRAWLER",
            "WORKDOCS",
            "TEMPLATE",
        ]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `CustomDocumentEnrichmentConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomDocumentEnrichmentConfiguration {
    props: ::forma_core::schema::Props,
}
impl CustomDocumentEnrichmentConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// List of InlineCustomDocumentEnrichmentConfigurations
    pub fn inline_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InlineCustomDocumentEnrichmentConfiguration>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PostExtractionHookConfiguration`.
    pub fn post_extraction_hook_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HookConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `PreExtractionHookConfiguration`.
    pub fn pre_extraction_hook_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HookConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Role ARN
    ///
    /// Allowed: length 1 to 1284.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CustomDocumentEnrichmentConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomDocumentEnrichmentConfiguration>
    for ::forma_core::Value<CustomDocumentEnrichmentConfiguration>
{
    fn from(v: CustomDocumentEnrichmentConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_DOCUMENT_ENRICHMENT_CONFIGURATION_TYPE.properties))
    }
}

/// The `DataSourceConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl DataSourceConfiguration {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `S3Configuration`, `SharePointConfiguration`, `SalesforceConfiguration`, `OneDriveConfiguration`, `ServiceNowConfiguration`, `DatabaseConfiguration`, `ConfluenceConfiguration`, `GoogleDriveConfiguration`, `WebCrawlerConfiguration`, `WorkDocsConfiguration` or `TemplateConfiguration`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ConfluenceConfiguration`.
    pub fn confluence_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConfluenceConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DatabaseConfiguration`.
    pub fn database_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DatabaseConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `GoogleDriveConfiguration`.
    pub fn google_drive_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GoogleDriveConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `OneDriveConfiguration`.
    pub fn one_drive_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OneDriveConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// S3 data source configuration
    pub fn s3_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3DataSourceConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `SalesforceConfiguration`.
    pub fn salesforce_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SalesforceConfiguration>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `ServiceNowConfiguration`.
    pub fn service_now_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServiceNowConfiguration>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// SharePoint configuration
    pub fn share_point_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SharePointConfiguration>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `TemplateConfiguration`.
    pub fn template_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TemplateConfiguration>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `WebCrawlerConfiguration`.
    pub fn web_crawler_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WebCrawlerConfiguration>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `WorkDocsConfiguration`.
    pub fn work_docs_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WorkDocsConfiguration>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataSourceConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataSourceConfiguration> for ::forma_core::Value<DataSourceConfiguration> {
    fn from(v: DataSourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// A label for tagging Kendra resources
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

/// The `InlineCustomDocumentEnrichmentConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct InlineCustomDocumentEnrichmentConfiguration {
    props: ::forma_core::schema::Props,
}
impl InlineCustomDocumentEnrichmentConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Condition`.
    pub fn condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DocumentAttributeCondition>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DocumentContentDeletion`.
    pub fn document_content_deletion(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Target`.
    pub fn target(mut self, value: impl ::std::convert::Into<::forma_core::Value<DocumentAttributeTarget>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InlineCustomDocumentEnrichmentConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InlineCustomDocumentEnrichmentConfiguration>
    for ::forma_core::Value<InlineCustomDocumentEnrichmentConfiguration>
{
    fn from(v: InlineCustomDocumentEnrichmentConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(INLINE_CUSTOM_DOCUMENT_ENRICHMENT_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The `HookConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct HookConfiguration {
    props: ::forma_core::schema::Props,
}
impl HookConfiguration {
    /// A new value with its required properties: `LambdaArn`, `S3Bucket`.
    pub fn new(
        lambda_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, lambda_arn.into().into_expr());
        props.set(2, s3_bucket.into().into_expr());
        Self { props }
    }
    /// `InvocationCondition`.
    pub fn invocation_condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DocumentAttributeCondition>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HookConfiguration> for ::forma_core::Value<HookConfiguration> {
    fn from(v: HookConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOOK_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CLOUD`, `SERVER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConfluenceVersion {
    /// `CLOUD`
    Cloud,
    /// `SERVER`
    Server,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConfluenceVersion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cloud => "CLOUD",
            Self::Server => "SERVER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CLOUD", "SERVER"]
    }
}
impl ::std::convert::From<ConfluenceVersion> for ::forma_core::Value<ConfluenceVersion> {
    fn from(v: ConfluenceVersion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConfluenceVersion {}

/// The `ConfluenceConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfluenceConfiguration {
    props: ::forma_core::schema::Props,
}
impl ConfluenceConfiguration {
    /// A new value with its required properties: `SecretArn`, `ServerUrl`, `Version`.
    pub fn new(
        secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        server_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        version: impl ::forma_core::schema::EnumArg<ConfluenceVersion>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, secret_arn.into().into_expr());
        props.set(6, server_url.into().into_expr());
        props.set(8, version.into_enum_expr());
        Self { props }
    }
    /// `AttachmentConfiguration`.
    pub fn attachment_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConfluenceAttachmentConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BlogConfiguration`.
    pub fn blog_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConfluenceBlogConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ExclusionPatterns`.
    pub fn exclusion_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `InclusionPatterns`.
    pub fn inclusion_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `PageConfiguration`.
    pub fn page_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConfluencePageConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `SpaceConfiguration`.
    pub fn space_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConfluenceSpaceConfiguration>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `VpcConfiguration`.
    pub fn vpc_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSourceVpcConfiguration>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ConfluenceConfiguration> for ::forma_core::Value<ConfluenceConfiguration> {
    fn from(v: ConfluenceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFLUENCE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `RDS_AURORA_MYSQL`, `RDS_AURORA_POSTGRESQL`, `RDS_MYSQL`, `RDS_POSTGRESQL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DatabaseEngineType {
    /// `RDS_AURORA_MYSQL`
    RdsAuroraMysql,
    /// `RDS_AURORA_POSTGRESQL`
    RdsAuroraPostgresql,
    /// `RDS_MYSQL`
    RdsMysql,
    /// `RDS_POSTGRESQL`
    RdsPostgresql,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DatabaseEngineType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RdsAuroraMysql => "RDS_AURORA_MYSQL",
            Self::RdsAuroraPostgresql => "RDS_AURORA_POSTGRESQL",
            Self::RdsMysql => "RDS_MYSQL",
            Self::RdsPostgresql => "RDS_POSTGRESQL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RDS_AURORA_MYSQL", "RDS_AURORA_POSTGRESQL", "RDS_MYSQL", "RDS_POSTGRESQL"]
    }
}
impl ::std::convert::From<DatabaseEngineType> for ::forma_core::Value<DatabaseEngineType> {
    fn from(v: DatabaseEngineType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DatabaseEngineType {}

/// The `DatabaseConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatabaseConfiguration {
    props: ::forma_core::schema::Props,
}
impl DatabaseConfiguration {
    /// A new value with its required properties: `ColumnConfiguration`, `ConnectionConfiguration`, `DatabaseEngineType`.
    pub fn new(
        column_configuration: impl ::std::convert::Into<::forma_core::Value<ColumnConfiguration>>,
        connection_configuration: impl ::std::convert::Into<::forma_core::Value<ConnectionConfiguration>>,
        database_engine_type: impl ::forma_core::schema::EnumArg<DatabaseEngineType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, column_configuration.into().into_expr());
        props.set(2, connection_configuration.into().into_expr());
        props.set(3, database_engine_type.into_enum_expr());
        Self { props }
    }
    /// `AclConfiguration`.
    pub fn acl_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AclConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SqlConfiguration`.
    pub fn sql_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SqlConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `VpcConfiguration`.
    pub fn vpc_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSourceVpcConfiguration>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DatabaseConfiguration> for ::forma_core::Value<DatabaseConfiguration> {
    fn from(v: DatabaseConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATABASE_CONFIGURATION_TYPE.properties))
    }
}

/// The `GoogleDriveConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct GoogleDriveConfiguration {
    props: ::forma_core::schema::Props,
}
impl GoogleDriveConfiguration {
    /// A new value with its required properties: `SecretArn`.
    pub fn new(secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(6, secret_arn.into().into_expr());
        Self { props }
    }
    /// `ExcludeMimeTypes`.
    pub fn exclude_mime_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ExcludeSharedDrives`.
    pub fn exclude_shared_drives(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ExcludeUserAccounts`.
    pub fn exclude_user_accounts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ExclusionPatterns`.
    pub fn exclusion_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `FieldMappings`.
    pub fn field_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataSourceToIndexFieldMapping>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `InclusionPatterns`.
    pub fn inclusion_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GoogleDriveConfiguration> for ::forma_core::Value<GoogleDriveConfiguration> {
    fn from(v: GoogleDriveConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GOOGLE_DRIVE_CONFIGURATION_TYPE.properties))
    }
}

/// The `OneDriveConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct OneDriveConfiguration {
    props: ::forma_core::schema::Props,
}
impl OneDriveConfiguration {
    /// A new value with its required properties: `OneDriveUsers`, `SecretArn`, `TenantDomain`.
    pub fn new(
        one_drive_users: impl ::std::convert::Into<::forma_core::Value<OneDriveUsers>>,
        secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        tenant_domain: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, one_drive_users.into().into_expr());
        props.set(5, secret_arn.into().into_expr());
        props.set(6, tenant_domain.into().into_expr());
        Self { props }
    }
    /// `DisableLocalGroups`.
    pub fn disable_local_groups(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ExclusionPatterns`.
    pub fn exclusion_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `FieldMappings`.
    pub fn field_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataSourceToIndexFieldMapping>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `InclusionPatterns`.
    pub fn inclusion_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OneDriveConfiguration> for ::forma_core::Value<OneDriveConfiguration> {
    fn from(v: OneDriveConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ONE_DRIVE_CONFIGURATION_TYPE.properties))
    }
}

/// S3 data source configuration
#[derive(Debug, Clone, PartialEq)]
pub struct S3DataSourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3DataSourceConfiguration {
    /// A new value with its required properties: `BucketName`.
    pub fn new(bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, bucket_name.into().into_expr());
        Self { props }
    }
    /// `AccessControlListConfiguration`.
    pub fn access_control_list_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AccessControlListConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DocumentsMetadataConfiguration`.
    pub fn documents_metadata_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DocumentsMetadataConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ExclusionPatterns`.
    pub fn exclusion_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `InclusionPatterns`.
    pub fn inclusion_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `InclusionPrefixes`.
    pub fn inclusion_prefixes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3DataSourceConfiguration> for ::forma_core::Value<S3DataSourceConfiguration> {
    fn from(v: S3DataSourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_DATA_SOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// The `SalesforceConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct SalesforceConfiguration {
    props: ::forma_core::schema::Props,
}
impl SalesforceConfiguration {
    /// A new value with its required properties: `SecretArn`, `ServerUrl`.
    pub fn new(
        secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        server_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, secret_arn.into().into_expr());
        props.set(6, server_url.into().into_expr());
        Self { props }
    }
    /// `ChatterFeedConfiguration`.
    pub fn chatter_feed_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SalesforceChatterFeedConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CrawlAttachments`.
    pub fn crawl_attachments(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ExcludeAttachmentFilePatterns`.
    pub fn exclude_attachment_file_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `IncludeAttachmentFilePatterns`.
    pub fn include_attachment_file_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `KnowledgeArticleConfiguration`.
    pub fn knowledge_article_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SalesforceKnowledgeArticleConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `StandardObjectAttachmentConfiguration`.
    pub fn standard_object_attachment_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SalesforceStandardObjectAttachmentConfiguration>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `StandardObjectConfigurations`.
    pub fn standard_object_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SalesforceStandardObjectConfiguration>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SalesforceConfiguration> for ::forma_core::Value<SalesforceConfiguration> {
    fn from(v: SalesforceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SALESFORCE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `HTTP_BASIC`, `OAUTH2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ServiceNowAuthenticationType {
    /// `HTTP_BASIC`
    HttpBasic,
    /// `OAUTH2`
    Oauth2,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ServiceNowAuthenticationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::HttpBasic => "HTTP_BASIC",
            Self::Oauth2 => "OAUTH2",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HTTP_BASIC", "OAUTH2"]
    }
}
impl ::std::convert::From<ServiceNowAuthenticationType> for ::forma_core::Value<ServiceNowAuthenticationType> {
    fn from(v: ServiceNowAuthenticationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ServiceNowAuthenticationType {}

/// The values CloudFormation documents: `LONDON`, `OTHERS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ServiceNowBuildVersionType {
    /// `LONDON`
    London,
    /// `OTHERS`
    Others,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ServiceNowBuildVersionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::London => "LONDON",
            Self::Others => "OTHERS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LONDON", "OTHERS"]
    }
}
impl ::std::convert::From<ServiceNowBuildVersionType> for ::forma_core::Value<ServiceNowBuildVersionType> {
    fn from(v: ServiceNowBuildVersionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ServiceNowBuildVersionType {}

/// The `ServiceNowConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceNowConfiguration {
    props: ::forma_core::schema::Props,
}
impl ServiceNowConfiguration {
    /// A new value with its required properties: `HostUrl`, `SecretArn`, `ServiceNowBuildVersion`.
    pub fn new(
        host_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        service_now_build_version: impl ::forma_core::schema::EnumArg<ServiceNowBuildVersionType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, host_url.into().into_expr());
        props.set(3, secret_arn.into().into_expr());
        props.set(5, service_now_build_version.into_enum_expr());
        Self { props }
    }
    /// `AuthenticationType`.
    pub fn authentication_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ServiceNowAuthenticationType>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `KnowledgeArticleConfiguration`.
    pub fn knowledge_article_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServiceNowKnowledgeArticleConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ServiceCatalogConfiguration`.
    pub fn service_catalog_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServiceNowServiceCatalogConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ServiceNowConfiguration> for ::forma_core::Value<ServiceNowConfiguration> {
    fn from(v: ServiceNowConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_NOW_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SHAREPOINT_ONLINE`, `SHAREPOINT_2013`, `SHAREPOINT_2016`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SharePointVersion {
    /// `SHAREPOINT_ONLINE`
    SharepointOnline,
    /// `SHAREPOINT_2013`
    Sharepoint2013,
    /// `SHAREPOINT_2016`
    Sharepoint2016,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SharePointVersion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SharepointOnline => "SHAREPOINT_ONLINE",
            Self::Sharepoint2013 => "SHAREPOINT_2013",
            Self::Sharepoint2016 => "SHAREPOINT_2016",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SHAREPOINT_ONLINE", "SHAREPOINT_2013", "SHAREPOINT_2016"]
    }
}
impl ::std::convert::From<SharePointVersion> for ::forma_core::Value<SharePointVersion> {
    fn from(v: SharePointVersion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SharePointVersion {}

/// SharePoint configuration
#[derive(Debug, Clone, PartialEq)]
pub struct SharePointConfiguration {
    props: ::forma_core::schema::Props,
}
impl SharePointConfiguration {
    /// A new value with its required properties: `SecretArn`, `SharePointVersion`, `Urls`.
    pub fn new(
        secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        share_point_version: impl ::forma_core::schema::EnumArg<SharePointVersion>,
        urls: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(6, secret_arn.into().into_expr());
        props.set(7, share_point_version.into_enum_expr());
        props.set(9, urls.into().into_expr());
        Self { props }
    }
    /// `CrawlAttachments`.
    pub fn crawl_attachments(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DisableLocalGroups`.
    pub fn disable_local_groups(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DocumentTitleFieldName`.
    ///
    /// Allowed: length 1 to 100.
    pub fn document_title_field_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ExclusionPatterns`.
    pub fn exclusion_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `FieldMappings`.
    pub fn field_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataSourceToIndexFieldMapping>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `InclusionPatterns`.
    pub fn inclusion_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `SslCertificateS3Path`.
    pub fn ssl_certificate_s3_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Path>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `UseChangeLog`.
    pub fn use_change_log(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `VpcConfiguration`.
    pub fn vpc_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSourceVpcConfiguration>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SharePointConfiguration> for ::forma_core::Value<SharePointConfiguration> {
    fn from(v: SharePointConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SHARE_POINT_CONFIGURATION_TYPE.properties))
    }
}

/// The `TemplateConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateConfiguration {
    props: ::forma_core::schema::Props,
}
impl TemplateConfiguration {
    /// A new value with its required properties: `Template`.
    pub fn new(template: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, template.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TemplateConfiguration> for ::forma_core::Value<TemplateConfiguration> {
    fn from(v: TemplateConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TEMPLATE_CONFIGURATION_TYPE.properties))
    }
}

/// The `WebCrawlerConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebCrawlerConfiguration {
    props: ::forma_core::schema::Props,
}
impl WebCrawlerConfiguration {
    /// A new value with its required properties: `Urls`.
    pub fn new(urls: impl ::std::convert::Into<::forma_core::Value<WebCrawlerUrls>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(8, urls.into().into_expr());
        Self { props }
    }
    /// `AuthenticationConfiguration`.
    pub fn authentication_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WebCrawlerAuthenticationConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CrawlDepth`.
    ///
    /// Allowed: 1 to 10.
    pub fn crawl_depth(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MaxContentSizePerPageInMegaBytes`.
    ///
    /// Allowed: 0 to 50.
    pub fn max_content_size_per_page_in_mega_bytes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MaxLinksPerPage`.
    ///
    /// Allowed: 1 to 1000.
    pub fn max_links_per_page(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `MaxUrlsPerMinuteCrawlRate`.
    ///
    /// Allowed: 1 to 300.
    pub fn max_urls_per_minute_crawl_rate(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `ProxyConfiguration`.
    pub fn proxy_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProxyConfiguration>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `UrlExclusionPatterns`.
    pub fn url_exclusion_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `UrlInclusionPatterns`.
    pub fn url_inclusion_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<WebCrawlerConfiguration> for ::forma_core::Value<WebCrawlerConfiguration> {
    fn from(v: WebCrawlerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WEB_CRAWLER_CONFIGURATION_TYPE.properties))
    }
}

/// The `WorkDocsConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkDocsConfiguration {
    props: ::forma_core::schema::Props,
}
impl WorkDocsConfiguration {
    /// A new value with its required properties: `OrganizationId`.
    pub fn new(organization_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, organization_id.into().into_expr());
        Self { props }
    }
    /// `CrawlComments`.
    pub fn crawl_comments(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ExclusionPatterns`.
    pub fn exclusion_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `FieldMappings`.
    pub fn field_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataSourceToIndexFieldMapping>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `InclusionPatterns`.
    pub fn inclusion_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `UseChangeLog`.
    pub fn use_change_log(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<WorkDocsConfiguration> for ::forma_core::Value<WorkDocsConfiguration> {
    fn from(v: WorkDocsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORK_DOCS_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GreaterThan`, `GreaterThanOrEquals`, `LessThan`, `LessThanOrEquals`, `Equals`, `NotEquals`, `Contains`, `NotContains`, `Exists`, `NotExists`, `BeginsWith`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConditionOperator {
    /// `GreaterThan`
    GreaterThan,
    /// `GreaterThanOrEquals`
    GreaterThanOrEquals,
    /// `LessThan`
    LessThan,
    /// `LessThanOrEquals`
    LessThanOrEquals,
    /// `Equals`
    Equals,
    /// `NotEquals`
    NotEquals,
    /// `Contains`
    Contains,
    /// `NotContains`
    NotContains,
    /// `Exists`
    Exists,
    /// `NotExists`
    NotExists,
    /// `BeginsWith`
    BeginsWith,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConditionOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GreaterThan => "GreaterThan",
            Self::GreaterThanOrEquals => "GreaterThanOrEquals",
            Self::LessThan => "LessThan",
            Self::LessThanOrEquals => "LessThanOrEquals",
            Self::Equals => "Equals",
            Self::NotEquals => "NotEquals",
            Self::Contains => "Contains",
            Self::NotContains => "NotContains",
            Self::Exists => "Exists",
            Self::NotExists => "NotExists",
            Self::BeginsWith => "BeginsWith",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "GreaterThan",
            "GreaterThanOrEquals",
            "LessThan",
            "LessThanOrEquals",
            "Equals",
            "NotEquals",
            "Contains",
            "NotContains",
            "Exists",
            "NotExists",
            "BeginsWith",
        ]
    }
}
impl ::std::convert::From<ConditionOperator> for ::forma_core::Value<ConditionOperator> {
    fn from(v: ConditionOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConditionOperator {}

/// The `DocumentAttributeCondition` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentAttributeCondition {
    props: ::forma_core::schema::Props,
}
impl DocumentAttributeCondition {
    /// A new value with its required properties: `ConditionDocumentAttributeKey`, `Operator`.
    pub fn new(
        condition_document_attribute_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        operator: impl ::forma_core::schema::EnumArg<ConditionOperator>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, condition_document_attribute_key.into().into_expr());
        props.set(2, operator.into_enum_expr());
        Self { props }
    }
    /// `ConditionOnValue`.
    pub fn condition_on_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DocumentAttributeValue>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DocumentAttributeCondition> for ::forma_core::Value<DocumentAttributeCondition> {
    fn from(v: DocumentAttributeCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_ATTRIBUTE_CONDITION_TYPE.properties))
    }
}

/// The `DocumentAttributeTarget` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentAttributeTarget {
    props: ::forma_core::schema::Props,
}
impl DocumentAttributeTarget {
    /// A new value with its required properties: `TargetDocumentAttributeKey`.
    pub fn new(
        target_document_attribute_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, target_document_attribute_key.into().into_expr());
        Self { props }
    }
    /// `TargetDocumentAttributeValue`.
    pub fn target_document_attribute_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DocumentAttributeValue>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TargetDocumentAttributeValueDeletion`.
    pub fn target_document_attribute_value_deletion(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DocumentAttributeTarget> for ::forma_core::Value<DocumentAttributeTarget> {
    fn from(v: DocumentAttributeTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_ATTRIBUTE_TARGET_TYPE.properties))
    }
}

/// The `ConfluenceAttachmentConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfluenceAttachmentConfiguration {
    props: ::forma_core::schema::Props,
}
impl ConfluenceAttachmentConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AttachmentFieldMappings`.
    pub fn attachment_field_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConfluenceAttachmentToIndexFieldMapping>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CrawlAttachments`.
    pub fn crawl_attachments(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConfluenceAttachmentConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConfluenceAttachmentConfiguration>
    for ::forma_core::Value<ConfluenceAttachmentConfiguration>
{
    fn from(v: ConfluenceAttachmentConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFLUENCE_ATTACHMENT_CONFIGURATION_TYPE.properties))
    }
}

/// The `ConfluenceBlogConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfluenceBlogConfiguration {
    props: ::forma_core::schema::Props,
}
impl ConfluenceBlogConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BlogFieldMappings`.
    pub fn blog_field_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConfluenceBlogToIndexFieldMapping>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConfluenceBlogConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConfluenceBlogConfiguration> for ::forma_core::Value<ConfluenceBlogConfiguration> {
    fn from(v: ConfluenceBlogConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFLUENCE_BLOG_CONFIGURATION_TYPE.properties))
    }
}

/// The `ConfluencePageConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfluencePageConfiguration {
    props: ::forma_core::schema::Props,
}
impl ConfluencePageConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PageFieldMappings`.
    pub fn page_field_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConfluencePageToIndexFieldMapping>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConfluencePageConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConfluencePageConfiguration> for ::forma_core::Value<ConfluencePageConfiguration> {
    fn from(v: ConfluencePageConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFLUENCE_PAGE_CONFIGURATION_TYPE.properties))
    }
}

/// The `ConfluenceSpaceConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfluenceSpaceConfiguration {
    props: ::forma_core::schema::Props,
}
impl ConfluenceSpaceConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CrawlArchivedSpaces`.
    pub fn crawl_archived_spaces(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CrawlPersonalSpaces`.
    pub fn crawl_personal_spaces(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ExcludeSpaces`.
    pub fn exclude_spaces(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `IncludeSpaces`.
    pub fn include_spaces(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `SpaceFieldMappings`.
    pub fn space_field_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConfluenceSpaceToIndexFieldMapping>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConfluenceSpaceConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConfluenceSpaceConfiguration> for ::forma_core::Value<ConfluenceSpaceConfiguration> {
    fn from(v: ConfluenceSpaceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFLUENCE_SPACE_CONFIGURATION_TYPE.properties))
    }
}

/// The `DataSourceVpcConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSourceVpcConfiguration {
    props: ::forma_core::schema::Props,
}
impl DataSourceVpcConfiguration {
    /// A new value with its required properties: `SecurityGroupIds`, `SubnetIds`.
    pub fn new(
        security_group_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, security_group_ids.into().into_expr());
        props.set(1, subnet_ids.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataSourceVpcConfiguration> for ::forma_core::Value<DataSourceVpcConfiguration> {
    fn from(v: DataSourceVpcConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SOURCE_VPC_CONFIGURATION_TYPE.properties))
    }
}

/// The `AclConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct AclConfiguration {
    props: ::forma_core::schema::Props,
}
impl AclConfiguration {
    /// A new value with its required properties: `AllowedGroupsColumnName`.
    pub fn new(
        allowed_groups_column_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, allowed_groups_column_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AclConfiguration> for ::forma_core::Value<AclConfiguration> {
    fn from(v: AclConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACL_CONFIGURATION_TYPE.properties))
    }
}

/// The `ColumnConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnConfiguration {
    props: ::forma_core::schema::Props,
}
impl ColumnConfiguration {
    /// A new value with its required properties: `ChangeDetectingColumns`, `DocumentDataColumnName`, `DocumentIdColumnName`.
    pub fn new(
        change_detecting_columns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        document_data_column_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        document_id_column_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, change_detecting_columns.into().into_expr());
        props.set(1, document_data_column_name.into().into_expr());
        props.set(2, document_id_column_name.into().into_expr());
        Self { props }
    }
    /// `DocumentTitleColumnName`.
    ///
    /// Allowed: length 1 to 100.
    pub fn document_title_column_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `FieldMappings`.
    pub fn field_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataSourceToIndexFieldMapping>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ColumnConfiguration> for ::forma_core::Value<ColumnConfiguration> {
    fn from(v: ColumnConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COLUMN_CONFIGURATION_TYPE.properties))
    }
}

/// The `ConnectionConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionConfiguration {
    props: ::forma_core::schema::Props,
}
impl ConnectionConfiguration {
    /// A new value with its required properties: `DatabaseHost`, `DatabaseName`, `DatabasePort`, `SecretArn`, `TableName`.
    pub fn new(
        database_host: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        database_port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, database_host.into().into_expr());
        props.set(1, database_name.into().into_expr());
        props.set(2, database_port.into().into_expr());
        props.set(3, secret_arn.into().into_expr());
        props.set(4, table_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConnectionConfiguration> for ::forma_core::Value<ConnectionConfiguration> {
    fn from(v: ConnectionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DOUBLE_QUOTES`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QueryIdentifiersEnclosingOption {
    /// `DOUBLE_QUOTES`
    DoubleQuotes,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl QueryIdentifiersEnclosingOption {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DoubleQuotes => "DOUBLE_QUOTES",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DOUBLE_QUOTES", "NONE"]
    }
}
impl ::std::convert::From<QueryIdentifiersEnclosingOption> for ::forma_core::Value<QueryIdentifiersEnclosingOption> {
    fn from(v: QueryIdentifiersEnclosingOption) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for QueryIdentifiersEnclosingOption {}

/// The `SqlConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct SqlConfiguration {
    props: ::forma_core::schema::Props,
}
impl SqlConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `QueryIdentifiersEnclosingOption`.
    pub fn query_identifiers_enclosing_option(
        mut self,
        value: impl ::forma_core::schema::EnumArg<QueryIdentifiersEnclosingOption>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for SqlConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SqlConfiguration> for ::forma_core::Value<SqlConfiguration> {
    fn from(v: SqlConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SQL_CONFIGURATION_TYPE.properties))
    }
}

/// The `DataSourceToIndexFieldMapping` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSourceToIndexFieldMapping {
    props: ::forma_core::schema::Props,
}
impl DataSourceToIndexFieldMapping {
    /// A new value with its required properties: `DataSourceFieldName`, `IndexFieldName`.
    pub fn new(
        data_source_field_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        index_field_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, data_source_field_name.into().into_expr());
        props.set(2, index_field_name.into().into_expr());
        Self { props }
    }
    /// `DateFieldFormat`.
    ///
    /// Allowed: length 4 to 40.
    pub fn date_field_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataSourceToIndexFieldMapping> for ::forma_core::Value<DataSourceToIndexFieldMapping> {
    fn from(v: DataSourceToIndexFieldMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SOURCE_TO_INDEX_FIELD_MAPPING_TYPE.properties))
    }
}

/// The `OneDriveUsers` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct OneDriveUsers {
    props: ::forma_core::schema::Props,
}
impl OneDriveUsers {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `OneDriveUserList` or `OneDriveUserS3Path`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `OneDriveUserList`.
    pub fn one_drive_user_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `OneDriveUserS3Path`.
    pub fn one_drive_user_s3_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Path>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OneDriveUsers {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OneDriveUsers> for ::forma_core::Value<OneDriveUsers> {
    fn from(v: OneDriveUsers) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ONE_DRIVE_USERS_TYPE.properties))
    }
}

/// The `AccessControlListConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessControlListConfiguration {
    props: ::forma_core::schema::Props,
}
impl AccessControlListConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `KeyPath`.
    ///
    /// Allowed: length 1 to 1024.
    pub fn key_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AccessControlListConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AccessControlListConfiguration> for ::forma_core::Value<AccessControlListConfiguration> {
    fn from(v: AccessControlListConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_CONTROL_LIST_CONFIGURATION_TYPE.properties))
    }
}

/// The `DocumentsMetadataConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentsMetadataConfiguration {
    props: ::forma_core::schema::Props,
}
impl DocumentsMetadataConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `S3Prefix`.
    ///
    /// Allowed: length 1 to 1024.
    pub fn s3_prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DocumentsMetadataConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DocumentsMetadataConfiguration> for ::forma_core::Value<DocumentsMetadataConfiguration> {
    fn from(v: DocumentsMetadataConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENTS_METADATA_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ACTIVE_USER`, `STANDARD_USER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SalesforceChatterFeedIncludeFilterType {
    /// `ACTIVE_USER`
    ActiveUser,
    /// `STANDARD_USER`
    StandardUser,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SalesforceChatterFeedIncludeFilterType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ActiveUser => "ACTIVE_USER",
            Self::StandardUser => "STANDARD_USER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ACTIVE_USER", "STANDARD_USER"]
    }
}
impl ::std::convert::From<SalesforceChatterFeedIncludeFilterType>
    for ::forma_core::Value<SalesforceChatterFeedIncludeFilterType>
{
    fn from(v: SalesforceChatterFeedIncludeFilterType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SalesforceChatterFeedIncludeFilterType {}

/// The `SalesforceChatterFeedConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct SalesforceChatterFeedConfiguration {
    props: ::forma_core::schema::Props,
}
impl SalesforceChatterFeedConfiguration {
    /// A new value with its required properties: `DocumentDataFieldName`.
    pub fn new(
        document_data_field_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, document_data_field_name.into().into_expr());
        Self { props }
    }
    /// `DocumentTitleFieldName`.
    ///
    /// Allowed: length 1 to 100.
    pub fn document_title_field_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `FieldMappings`.
    pub fn field_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataSourceToIndexFieldMapping>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `IncludeFilterTypes`.
    pub fn include_filter_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SalesforceChatterFeedIncludeFilterType>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SalesforceChatterFeedConfiguration>
    for ::forma_core::Value<SalesforceChatterFeedConfiguration>
{
    fn from(v: SalesforceChatterFeedConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SALESFORCE_CHATTER_FEED_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DRAFT`, `PUBLISHED`, `ARCHIVED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SalesforceKnowledgeArticleState {
    /// `DRAFT`
    Draft,
    /// `PUBLISHED`
    Published,
    /// `ARCHIVED`
    Archived,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SalesforceKnowledgeArticleState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "DRAFT",
            Self::Published => "PUBLISHED",
            Self::Archived => "ARCHIVED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DRAFT", "PUBLISHED", "ARCHIVED"]
    }
}
impl ::std::convert::From<SalesforceKnowledgeArticleState> for ::forma_core::Value<SalesforceKnowledgeArticleState> {
    fn from(v: SalesforceKnowledgeArticleState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SalesforceKnowledgeArticleState {}

/// The `SalesforceKnowledgeArticleConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct SalesforceKnowledgeArticleConfiguration {
    props: ::forma_core::schema::Props,
}
impl SalesforceKnowledgeArticleConfiguration {
    /// A new value with its required properties: `IncludedStates`.
    pub fn new(
        included_states: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SalesforceKnowledgeArticleState>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, included_states.into().into_expr());
        Self { props }
    }
    /// `CustomKnowledgeArticleTypeConfigurations`.
    pub fn custom_knowledge_article_type_configurations(
        mut self,
        value: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<SalesforceCustomKnowledgeArticleTypeConfiguration>>,
        >,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `StandardKnowledgeArticleTypeConfiguration`.
    pub fn standard_knowledge_article_type_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SalesforceStandardKnowledgeArticleTypeConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SalesforceKnowledgeArticleConfiguration>
    for ::forma_core::Value<SalesforceKnowledgeArticleConfiguration>
{
    fn from(v: SalesforceKnowledgeArticleConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SALESFORCE_KNOWLEDGE_ARTICLE_CONFIGURATION_TYPE.properties))
    }
}

/// The `SalesforceStandardObjectAttachmentConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct SalesforceStandardObjectAttachmentConfiguration {
    props: ::forma_core::schema::Props,
}
impl SalesforceStandardObjectAttachmentConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DocumentTitleFieldName`.
    ///
    /// Allowed: length 1 to 100.
    pub fn document_title_field_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FieldMappings`.
    pub fn field_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataSourceToIndexFieldMapping>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SalesforceStandardObjectAttachmentConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SalesforceStandardObjectAttachmentConfiguration>
    for ::forma_core::Value<SalesforceStandardObjectAttachmentConfiguration>
{
    fn from(v: SalesforceStandardObjectAttachmentConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(SALESFORCE_STANDARD_OBJECT_ATTACHMENT_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The values CloudFormation documents: `ACCOUNT`, `CAMPAIGN`, `CASE`, `CONTACT`, `CONTRACT`, `DOCUMENT`, `GROUP`, `IDEA`, `LEAD`, `OPPORTUNITY`, `PARTNER`, `PRICEBOOK`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SalesforceStandardObjectName {
    /// `ACCOUNT`
    Account,
    /// `CAMPAIGN`
    Campaign,
    /// `CASE`
    Case,
    /// `CONTACT`
    Contact,
    /// `CONTRACT`
    Contract,
    /// `DOCUMENT`
    Document,
    /// `GROUP`
    Group,
    /// `IDEA`
    Idea,
    /// `LEAD`
    Lead,
    /// `OPPORTUNITY`
    Opportunity,
    /// `PARTNER`
    Partner,
    /// `PRICEBOOK`
    Pricebook,
    /// `PRODUCT`
    Product,
    /// `PROFILE`
    Profile,
    /// `SOLUTION`
    Solution,
    /// `TASK`
    Task,
    /// `USER`
    User,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SalesforceStandardObjectName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Account => "ACCOUNT",
            Self::Campaign => "CAMPAIGN",
            Self::Case => "CASE",
            Self::Contact => "CONTACT",
            Self::Contract => "CONTRACT",
            Self::Document => "DOCUMENT",
            Self::Group => "GROUP",
            Self::Idea => "IDEA",
            Self::Lead => "LEAD",
            Self::Opportunity => "OPPORTUNITY",
            Self::Partner => "PARTNER",
            Self::Pricebook => "PRICEBOOK",
            Self::Product => "PRODUCT",
            Self::Profile => "PROFILE",
            Self::Solution => "SOLUTION",
            Self::Task => "TASK",
            Self::User => "USER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ACCOUNT",
            "CAMPAIGN",
            "CASE",
            "CONTACT",
            "CONTRACT",
            "DOCUMENT",
            "GROUP",
            "IDEA",
            "LEAD",
            "OPPORTUNITY",
            "PARTNER",
            "PRICEBOOK",
            "PRODUCT",
            "PROFILE",
            "SOLUTION",
            "TASK",
            "USER",
        ]
    }
}
impl ::std::convert::From<SalesforceStandardObjectName> for ::forma_core::Value<SalesforceStandardObjectName> {
    fn from(v: SalesforceStandardObjectName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SalesforceStandardObjectName {}

/// The `SalesforceStandardObjectConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct SalesforceStandardObjectConfiguration {
    props: ::forma_core::schema::Props,
}
impl SalesforceStandardObjectConfiguration {
    /// A new value with its required properties: `DocumentDataFieldName`, `Name`.
    pub fn new(
        document_data_field_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::forma_core::schema::EnumArg<SalesforceStandardObjectName>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, document_data_field_name.into().into_expr());
        props.set(3, name.into_enum_expr());
        Self { props }
    }
    /// `DocumentTitleFieldName`.
    ///
    /// Allowed: length 1 to 100.
    pub fn document_title_field_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `FieldMappings`.
    pub fn field_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataSourceToIndexFieldMapping>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SalesforceStandardObjectConfiguration>
    for ::forma_core::Value<SalesforceStandardObjectConfiguration>
{
    fn from(v: SalesforceStandardObjectConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SALESFORCE_STANDARD_OBJECT_CONFIGURATION_TYPE.properties))
    }
}

/// The `ServiceNowKnowledgeArticleConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceNowKnowledgeArticleConfiguration {
    props: ::forma_core::schema::Props,
}
impl ServiceNowKnowledgeArticleConfiguration {
    /// A new value with its required properties: `DocumentDataFieldName`.
    pub fn new(
        document_data_field_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, document_data_field_name.into().into_expr());
        Self { props }
    }
    /// `CrawlAttachments`.
    pub fn crawl_attachments(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DocumentTitleFieldName`.
    ///
    /// Allowed: length 1 to 100.
    pub fn document_title_field_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ExcludeAttachmentFilePatterns`.
    pub fn exclude_attachment_file_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `FieldMappings`.
    pub fn field_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataSourceToIndexFieldMapping>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `FilterQuery`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn filter_query(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `IncludeAttachmentFilePatterns`.
    pub fn include_attachment_file_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ServiceNowKnowledgeArticleConfiguration>
    for ::forma_core::Value<ServiceNowKnowledgeArticleConfiguration>
{
    fn from(v: ServiceNowKnowledgeArticleConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_NOW_KNOWLEDGE_ARTICLE_CONFIGURATION_TYPE.properties))
    }
}

/// The `ServiceNowServiceCatalogConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceNowServiceCatalogConfiguration {
    props: ::forma_core::schema::Props,
}
impl ServiceNowServiceCatalogConfiguration {
    /// A new value with its required properties: `DocumentDataFieldName`.
    pub fn new(
        document_data_field_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, document_data_field_name.into().into_expr());
        Self { props }
    }
    /// `CrawlAttachments`.
    pub fn crawl_attachments(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DocumentTitleFieldName`.
    ///
    /// Allowed: length 1 to 100.
    pub fn document_title_field_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ExcludeAttachmentFilePatterns`.
    pub fn exclude_attachment_file_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `FieldMappings`.
    pub fn field_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataSourceToIndexFieldMapping>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `IncludeAttachmentFilePatterns`.
    pub fn include_attachment_file_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ServiceNowServiceCatalogConfiguration>
    for ::forma_core::Value<ServiceNowServiceCatalogConfiguration>
{
    fn from(v: ServiceNowServiceCatalogConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_NOW_SERVICE_CATALOG_CONFIGURATION_TYPE.properties))
    }
}

/// The `S3Path` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Path {
    props: ::forma_core::schema::Props,
}
impl S3Path {
    /// A new value with its required properties: `Bucket`, `Key`.
    pub fn new(
        bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        props.set(1, key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3Path> for ::forma_core::Value<S3Path> {
    fn from(v: S3Path) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_PATH_TYPE.properties))
    }
}

/// The `WebCrawlerAuthenticationConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebCrawlerAuthenticationConfiguration {
    props: ::forma_core::schema::Props,
}
impl WebCrawlerAuthenticationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BasicAuthentication`.
    pub fn basic_authentication(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<WebCrawlerBasicAuthentication>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WebCrawlerAuthenticationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WebCrawlerAuthenticationConfiguration>
    for ::forma_core::Value<WebCrawlerAuthenticationConfiguration>
{
    fn from(v: WebCrawlerAuthenticationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WEB_CRAWLER_AUTHENTICATION_CONFIGURATION_TYPE.properties))
    }
}

/// The `ProxyConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProxyConfiguration {
    props: ::forma_core::schema::Props,
}
impl ProxyConfiguration {
    /// A new value with its required properties: `Host`, `Port`.
    pub fn new(
        host: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, host.into().into_expr());
        props.set(2, port.into().into_expr());
        Self { props }
    }
    /// `Credentials`.
    ///
    /// Allowed: length 1 to 1284.
    pub fn credentials(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ProxyConfiguration> for ::forma_core::Value<ProxyConfiguration> {
    fn from(v: ProxyConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROXY_CONFIGURATION_TYPE.properties))
    }
}

/// The `WebCrawlerUrls` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebCrawlerUrls {
    props: ::forma_core::schema::Props,
}
impl WebCrawlerUrls {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SeedUrlConfiguration`.
    pub fn seed_url_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WebCrawlerSeedUrlConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SiteMapsConfiguration`.
    pub fn site_maps_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WebCrawlerSiteMapsConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WebCrawlerUrls {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WebCrawlerUrls> for ::forma_core::Value<WebCrawlerUrls> {
    fn from(v: WebCrawlerUrls) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WEB_CRAWLER_URLS_TYPE.properties))
    }
}

/// The `DocumentAttributeValue` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentAttributeValue {
    props: ::forma_core::schema::Props,
}
impl DocumentAttributeValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DateValue`.
    pub fn date_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LongValue`.
    pub fn long_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `StringListValue`.
    pub fn string_list_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `StringValue`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn string_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DocumentAttributeValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DocumentAttributeValue> for ::forma_core::Value<DocumentAttributeValue> {
    fn from(v: DocumentAttributeValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_ATTRIBUTE_VALUE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AUTHOR`, `CONTENT_TYPE`, `CREATED_DATE`, `DISPLAY_URL`, `FILE_SIZE`, `ITEM_TYPE`, `PARENT_ID`, `SPACE_KEY`, `SPACE_NAME`, `URL`, `VERSION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConfluenceAttachmentFieldName {
    /// `AUTHOR`
    Author,
    /// `CONTENT_TYPE`
    ContentType,
    /// `CREATED_DATE`
    CreatedDate,
    /// `DISPLAY_URL`
    DisplayUrl,
    /// `FILE_SIZE`
    FileSize,
    /// `ITEM_TYPE`
    ItemType,
    /// `PARENT_ID`
    ParentId,
    /// `SPACE_KEY`
    SpaceKey,
    /// `SPACE_NAME`
    SpaceName,
    /// `URL`
    Url,
    /// `VERSION`
    Version,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConfluenceAttachmentFieldName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Author => "AUTHOR",
            Self::ContentType => "CONTENT_TYPE",
            Self::CreatedDate => "CREATED_DATE",
            Self::DisplayUrl => "DISPLAY_URL",
            Self::FileSize => "FILE_SIZE",
            Self::ItemType => "ITEM_TYPE",
            Self::ParentId => "PARENT_ID",
            Self::SpaceKey => "SPACE_KEY",
            Self::SpaceName => "SPACE_NAME",
            Self::Url => "URL",
            Self::Version => "VERSION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AUTHOR",
            "CONTENT_TYPE",
            "CREATED_DATE",
            "DISPLAY_URL",
            "FILE_SIZE",
            "ITEM_TYPE",
            "PARENT_ID",
            "SPACE_KEY",
            "SPACE_NAME",
            "URL",
            "VERSION",
        ]
    }
}
impl ::std::convert::From<ConfluenceAttachmentFieldName> for ::forma_core::Value<ConfluenceAttachmentFieldName> {
    fn from(v: ConfluenceAttachmentFieldName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConfluenceAttachmentFieldName {}

/// The `ConfluenceAttachmentToIndexFieldMapping` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfluenceAttachmentToIndexFieldMapping {
    props: ::forma_core::schema::Props,
}
impl ConfluenceAttachmentToIndexFieldMapping {
    /// A new value with its required properties: `DataSourceFieldName`, `IndexFieldName`.
    pub fn new(
        data_source_field_name: impl ::forma_core::schema::EnumArg<ConfluenceAttachmentFieldName>,
        index_field_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, data_source_field_name.into_enum_expr());
        props.set(2, index_field_name.into().into_expr());
        Self { props }
    }
    /// `DateFieldFormat`.
    ///
    /// Allowed: length 4 to 40.
    pub fn date_field_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ConfluenceAttachmentToIndexFieldMapping>
    for ::forma_core::Value<ConfluenceAttachmentToIndexFieldMapping>
{
    fn from(v: ConfluenceAttachmentToIndexFieldMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFLUENCE_ATTACHMENT_TO_INDEX_FIELD_MAPPING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AUTHOR`, `DISPLAY_URL`, `ITEM_TYPE`, `LABELS`, `PUBLISH_DATE`, `SPACE_KEY`, `SPACE_NAME`, `URL`, `VERSION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConfluenceBlogFieldName {
    /// `AUTHOR`
    Author,
    /// `DISPLAY_URL`
    DisplayUrl,
    /// `ITEM_TYPE`
    ItemType,
    /// `LABELS`
    Labels,
    /// `PUBLISH_DATE`
    PublishDate,
    /// `SPACE_KEY`
    SpaceKey,
    /// `SPACE_NAME`
    SpaceName,
    /// `URL`
    Url,
    /// `VERSION`
    Version,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConfluenceBlogFieldName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Author => "AUTHOR",
            Self::DisplayUrl => "DISPLAY_URL",
            Self::ItemType => "ITEM_TYPE",
            Self::Labels => "LABELS",
            Self::PublishDate => "PUBLISH_DATE",
            Self::SpaceKey => "SPACE_KEY",
            Self::SpaceName => "SPACE_NAME",
            Self::Url => "URL",
            Self::Version => "VERSION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUTHOR", "DISPLAY_URL", "ITEM_TYPE", "LABELS", "PUBLISH_DATE", "SPACE_KEY", "SPACE_NAME", "URL", "VERSION"]
    }
}
impl ::std::convert::From<ConfluenceBlogFieldName> for ::forma_core::Value<ConfluenceBlogFieldName> {
    fn from(v: ConfluenceBlogFieldName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConfluenceBlogFieldName {}

/// The `ConfluenceBlogToIndexFieldMapping` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfluenceBlogToIndexFieldMapping {
    props: ::forma_core::schema::Props,
}
impl ConfluenceBlogToIndexFieldMapping {
    /// A new value with its required properties: `DataSourceFieldName`, `IndexFieldName`.
    pub fn new(
        data_source_field_name: impl ::forma_core::schema::EnumArg<ConfluenceBlogFieldName>,
        index_field_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, data_source_field_name.into_enum_expr());
        props.set(2, index_field_name.into().into_expr());
        Self { props }
    }
    /// `DateFieldFormat`.
    ///
    /// Allowed: length 4 to 40.
    pub fn date_field_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ConfluenceBlogToIndexFieldMapping>
    for ::forma_core::Value<ConfluenceBlogToIndexFieldMapping>
{
    fn from(v: ConfluenceBlogToIndexFieldMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFLUENCE_BLOG_TO_INDEX_FIELD_MAPPING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AUTHOR`, `CONTENT_STATUS`, `CREATED_DATE`, `DISPLAY_URL`, `ITEM_TYPE`, `LABELS`, `MODIFIED_DATE`, `PARENT_ID`, `SPACE_KEY`, `SPACE_NAME`, `URL`, `VERSION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConfluencePageFieldName {
    /// `AUTHOR`
    Author,
    /// `CONTENT_STATUS`
    ContentStatus,
    /// `CREATED_DATE`
    CreatedDate,
    /// `DISPLAY_URL`
    DisplayUrl,
    /// `ITEM_TYPE`
    ItemType,
    /// `LABELS`
    Labels,
    /// `MODIFIED_DATE`
    ModifiedDate,
    /// `PARENT_ID`
    ParentId,
    /// `SPACE_KEY`
    SpaceKey,
    /// `SPACE_NAME`
    SpaceName,
    /// `URL`
    Url,
    /// `VERSION`
    Version,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConfluencePageFieldName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Author => "AUTHOR",
            Self::ContentStatus => "CONTENT_STATUS",
            Self::CreatedDate => "CREATED_DATE",
            Self::DisplayUrl => "DISPLAY_URL",
            Self::ItemType => "ITEM_TYPE",
            Self::Labels => "LABELS",
            Self::ModifiedDate => "MODIFIED_DATE",
            Self::ParentId => "PARENT_ID",
            Self::SpaceKey => "SPACE_KEY",
            Self::SpaceName => "SPACE_NAME",
            Self::Url => "URL",
            Self::Version => "VERSION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AUTHOR",
            "CONTENT_STATUS",
            "CREATED_DATE",
            "DISPLAY_URL",
            "ITEM_TYPE",
            "LABELS",
            "MODIFIED_DATE",
            "PARENT_ID",
            "SPACE_KEY",
            "SPACE_NAME",
            "URL",
            "VERSION",
        ]
    }
}
impl ::std::convert::From<ConfluencePageFieldName> for ::forma_core::Value<ConfluencePageFieldName> {
    fn from(v: ConfluencePageFieldName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConfluencePageFieldName {}

/// The `ConfluencePageToIndexFieldMapping` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfluencePageToIndexFieldMapping {
    props: ::forma_core::schema::Props,
}
impl ConfluencePageToIndexFieldMapping {
    /// A new value with its required properties: `DataSourceFieldName`, `IndexFieldName`.
    pub fn new(
        data_source_field_name: impl ::forma_core::schema::EnumArg<ConfluencePageFieldName>,
        index_field_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, data_source_field_name.into_enum_expr());
        props.set(2, index_field_name.into().into_expr());
        Self { props }
    }
    /// `DateFieldFormat`.
    ///
    /// Allowed: length 4 to 40.
    pub fn date_field_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ConfluencePageToIndexFieldMapping>
    for ::forma_core::Value<ConfluencePageToIndexFieldMapping>
{
    fn from(v: ConfluencePageToIndexFieldMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFLUENCE_PAGE_TO_INDEX_FIELD_MAPPING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DISPLAY_URL`, `ITEM_TYPE`, `SPACE_KEY`, `URL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConfluenceSpaceFieldName {
    /// `DISPLAY_URL`
    DisplayUrl,
    /// `ITEM_TYPE`
    ItemType,
    /// `SPACE_KEY`
    SpaceKey,
    /// `URL`
    Url,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConfluenceSpaceFieldName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DisplayUrl => "DISPLAY_URL",
            Self::ItemType => "ITEM_TYPE",
            Self::SpaceKey => "SPACE_KEY",
            Self::Url => "URL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISPLAY_URL", "ITEM_TYPE", "SPACE_KEY", "URL"]
    }
}
impl ::std::convert::From<ConfluenceSpaceFieldName> for ::forma_core::Value<ConfluenceSpaceFieldName> {
    fn from(v: ConfluenceSpaceFieldName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConfluenceSpaceFieldName {}

/// The `ConfluenceSpaceToIndexFieldMapping` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfluenceSpaceToIndexFieldMapping {
    props: ::forma_core::schema::Props,
}
impl ConfluenceSpaceToIndexFieldMapping {
    /// A new value with its required properties: `DataSourceFieldName`, `IndexFieldName`.
    pub fn new(
        data_source_field_name: impl ::forma_core::schema::EnumArg<ConfluenceSpaceFieldName>,
        index_field_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, data_source_field_name.into_enum_expr());
        props.set(2, index_field_name.into().into_expr());
        Self { props }
    }
    /// `DateFieldFormat`.
    ///
    /// Allowed: length 4 to 40.
    pub fn date_field_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ConfluenceSpaceToIndexFieldMapping>
    for ::forma_core::Value<ConfluenceSpaceToIndexFieldMapping>
{
    fn from(v: ConfluenceSpaceToIndexFieldMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFLUENCE_SPACE_TO_INDEX_FIELD_MAPPING_TYPE.properties))
    }
}

/// The `SalesforceCustomKnowledgeArticleTypeConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct SalesforceCustomKnowledgeArticleTypeConfiguration {
    props: ::forma_core::schema::Props,
}
impl SalesforceCustomKnowledgeArticleTypeConfiguration {
    /// A new value with its required properties: `DocumentDataFieldName`, `Name`.
    pub fn new(
        document_data_field_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, document_data_field_name.into().into_expr());
        props.set(3, name.into().into_expr());
        Self { props }
    }
    /// `DocumentTitleFieldName`.
    ///
    /// Allowed: length 1 to 100.
    pub fn document_title_field_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `FieldMappings`.
    pub fn field_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataSourceToIndexFieldMapping>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SalesforceCustomKnowledgeArticleTypeConfiguration>
    for ::forma_core::Value<SalesforceCustomKnowledgeArticleTypeConfiguration>
{
    fn from(v: SalesforceCustomKnowledgeArticleTypeConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(SALESFORCE_CUSTOM_KNOWLEDGE_ARTICLE_TYPE_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The `SalesforceStandardKnowledgeArticleTypeConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct SalesforceStandardKnowledgeArticleTypeConfiguration {
    props: ::forma_core::schema::Props,
}
impl SalesforceStandardKnowledgeArticleTypeConfiguration {
    /// A new value with its required properties: `DocumentDataFieldName`.
    pub fn new(
        document_data_field_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, document_data_field_name.into().into_expr());
        Self { props }
    }
    /// `DocumentTitleFieldName`.
    ///
    /// Allowed: length 1 to 100.
    pub fn document_title_field_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `FieldMappings`.
    pub fn field_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataSourceToIndexFieldMapping>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SalesforceStandardKnowledgeArticleTypeConfiguration>
    for ::forma_core::Value<SalesforceStandardKnowledgeArticleTypeConfiguration>
{
    fn from(v: SalesforceStandardKnowledgeArticleTypeConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(SALESFORCE_STANDARD_KNOWLEDGE_ARTICLE_TYPE_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The `WebCrawlerBasicAuthentication` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebCrawlerBasicAuthentication {
    props: ::forma_core::schema::Props,
}
impl WebCrawlerBasicAuthentication {
    /// A new value with its required properties: `Credentials`, `Host`, `Port`.
    pub fn new(
        credentials: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        host: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, credentials.into().into_expr());
        props.set(1, host.into().into_expr());
        props.set(2, port.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<WebCrawlerBasicAuthentication> for ::forma_core::Value<WebCrawlerBasicAuthentication> {
    fn from(v: WebCrawlerBasicAuthentication) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WEB_CRAWLER_BASIC_AUTHENTICATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `HOST_ONLY`, `SUBDOMAINS`, `EVERYTHING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WebCrawlerMode {
    /// `HOST_ONLY`
    HostOnly,
    /// `SUBDOMAINS`
    Subdomains,
    /// `EVERYTHING`
    Everything,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WebCrawlerMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::HostOnly => "HOST_ONLY",
            Self::Subdomains => "SUBDOMAINS",
            Self::Everything => "EVERYTHING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HOST_ONLY", "SUBDOMAINS", "EVERYTHING"]
    }
}
impl ::std::convert::From<WebCrawlerMode> for ::forma_core::Value<WebCrawlerMode> {
    fn from(v: WebCrawlerMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WebCrawlerMode {}

/// The `WebCrawlerSeedUrlConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebCrawlerSeedUrlConfiguration {
    props: ::forma_core::schema::Props,
}
impl WebCrawlerSeedUrlConfiguration {
    /// A new value with its required properties: `SeedUrls`.
    pub fn new(
        seed_urls: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, seed_urls.into().into_expr());
        Self { props }
    }
    /// `WebCrawlerMode`.
    pub fn web_crawler_mode(mut self, value: impl ::forma_core::schema::EnumArg<WebCrawlerMode>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<WebCrawlerSeedUrlConfiguration> for ::forma_core::Value<WebCrawlerSeedUrlConfiguration> {
    fn from(v: WebCrawlerSeedUrlConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WEB_CRAWLER_SEED_URL_CONFIGURATION_TYPE.properties))
    }
}

/// The `WebCrawlerSiteMapsConfiguration` property type of `AWS::Kendra::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebCrawlerSiteMapsConfiguration {
    props: ::forma_core::schema::Props,
}
impl WebCrawlerSiteMapsConfiguration {
    /// A new value with its required properties: `SiteMaps`.
    pub fn new(
        site_maps: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, site_maps.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<WebCrawlerSiteMapsConfiguration> for ::forma_core::Value<WebCrawlerSiteMapsConfiguration> {
    fn from(v: WebCrawlerSiteMapsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WEB_CRAWLER_SITE_MAPS_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::Kendra::DataSource`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Kendra::DataSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomDocumentEnrichmentConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_DOCUMENT_ENRICHMENT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DataSourceConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SOURCE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\P{C}*$"),
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "IndexId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9-]*$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "LanguageCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z-]*"),
                min_length: Some(2),
                max_length: Some(10),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_-]*$"),
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}",
                ),
                min_length: Some(1),
                max_length: Some(1284),
            }),
        },
        ::forma_core::schema::Property {
            name: "Schedule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "S3",
                "SHAREPOINT",
                "SALESFORCE",
                "ONEDRIVE",
                "SERVICENOW",
                "DATABASE",
                "CUSTOM",
                "CONFLUENCE",
                "GOOGLEDRIVE",
                "WEBCRAWLER",
                "WORKDOCS",
                "TEMPLATE",
            ]),
        },
    ],
    rules: &[],
    attributes: &["Id", "Arn"],
};

static CUSTOM_DOCUMENT_ENRICHMENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Kendra::DataSource.CustomDocumentEnrichmentConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "InlineConfigurations",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&INLINE_CUSTOM_DOCUMENT_ENRICHMENT_CONFIGURATION_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
                ),
            },
            ::forma_core::schema::Property {
                name: "PostExtractionHookConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&HOOK_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "PreExtractionHookConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&HOOK_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RoleArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(
                        "arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}",
                    ),
                    min_length: Some(1),
                    max_length: Some(1284),
                }),
            },
        ],
        rules: &[],
    };

static DATA_SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.DataSourceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConfluenceConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONFLUENCE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DatabaseConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATABASE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GoogleDriveConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GOOGLE_DRIVE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OneDriveConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ONE_DRIVE_CONFIGURATION_TYPE),
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
            shape: ::forma_core::schema::Shape::Object(&SALESFORCE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceNowConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVICE_NOW_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SharePointConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SHARE_POINT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TemplateConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TEMPLATE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WebCrawlerConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WEB_CRAWLER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WorkDocsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WORK_DOCS_CONFIGURATION_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["S3Configuration"],
        &["SharePointConfiguration"],
        &["SalesforceConfiguration"],
        &["OneDriveConfiguration"],
        &["ServiceNowConfiguration"],
        &["DatabaseConfiguration"],
        &["ConfluenceConfiguration"],
        &["GoogleDriveConfiguration"],
        &["WebCrawlerConfiguration"],
        &["WorkDocsConfiguration"],
        &["TemplateConfiguration"],
    ])],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.Tag",
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

static INLINE_CUSTOM_DOCUMENT_ENRICHMENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Kendra::DataSource.InlineCustomDocumentEnrichmentConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Condition",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DOCUMENT_ATTRIBUTE_CONDITION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "DocumentContentDeletion",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "Target",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DOCUMENT_ATTRIBUTE_TARGET_TYPE),
            },
        ],
        rules: &[],
    };

static HOOK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Kendra::DataSource.HookConfiguration",
properties: &[
::forma_core::schema::Property { name: "InvocationCondition", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&DOCUMENT_ATTRIBUTE_CONDITION_TYPE) },
::forma_core::schema::Property { name: "LambdaArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^/arn:aws[a-zA-Z-]*:lambda:[a-z]+-[a-z]+-[0-9]:[0-9]{12}:function:[a-zA-Z0-9-_]+(\\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?(:[a-zA-Z0-9-_]+)?/$"), min_length: Some(1), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "S3Bucket", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]"), min_length: Some(3), max_length: Some(63) }) },
],
rules: &[],
};

static CONFLUENCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.ConfluenceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttachmentConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONFLUENCE_ATTACHMENT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BlogConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONFLUENCE_BLOG_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExclusionPatterns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(50),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "InclusionPatterns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(50),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "PageConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONFLUENCE_PAGE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SecretArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}",
                ),
                min_length: Some(1),
                max_length: Some(1284),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServerUrl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https?|ftp|file)://([^\\s]*)"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "SpaceConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONFLUENCE_SPACE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CLOUD", "SERVER"]),
        },
        ::forma_core::schema::Property {
            name: "VpcConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SOURCE_VPC_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static DATABASE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.DatabaseConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AclConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACL_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ColumnConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COLUMN_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConnectionConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DatabaseEngineType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "RDS_AURORA_MYSQL",
                "RDS_AURORA_POSTGRESQL",
                "RDS_MYSQL",
                "RDS_POSTGRESQL",
            ]),
        },
        ::forma_core::schema::Property {
            name: "SqlConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SQL_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VpcConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SOURCE_VPC_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static GOOGLE_DRIVE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.GoogleDriveConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExcludeMimeTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(30) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ExcludeSharedDrives",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ExcludeUserAccounts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ExclusionPatterns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(50),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FieldMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_SOURCE_TO_INDEX_FIELD_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "InclusionPatterns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(50),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SecretArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}",
                ),
                min_length: Some(1),
                max_length: Some(1284),
            }),
        },
    ],
    rules: &[],
};

static ONE_DRIVE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.OneDriveConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DisableLocalGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ExclusionPatterns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(50),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FieldMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_SOURCE_TO_INDEX_FIELD_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "InclusionPatterns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(50),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "OneDriveUsers",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ONE_DRIVE_USERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SecretArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}",
                ),
                min_length: Some(1),
                max_length: Some(1284),
            }),
        },
        ::forma_core::schema::Property {
            name: "TenantDomain",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-zA-Z0-9]+(-[a-zA-Z0-9]+)*\\.)+[a-z]{2,}$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static S3_DATA_SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.S3DataSourceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessControlListConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCESS_CONTROL_LIST_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "DocumentsMetadataConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOCUMENTS_METADATA_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExclusionPatterns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(50),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "InclusionPatterns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(50),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "InclusionPrefixes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(50),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
    ],
    rules: &[],
};

static SALESFORCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.SalesforceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChatterFeedConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SALESFORCE_CHATTER_FEED_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CrawlAttachments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ExcludeAttachmentFilePatterns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(50),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "IncludeAttachmentFilePatterns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(50),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "KnowledgeArticleConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SALESFORCE_KNOWLEDGE_ARTICLE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SecretArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}",
                ),
                min_length: Some(1),
                max_length: Some(1284),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServerUrl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https?|ftp|file)://([^\\s]*)"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "StandardObjectAttachmentConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SALESFORCE_STANDARD_OBJECT_ATTACHMENT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StandardObjectConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SALESFORCE_STANDARD_OBJECT_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(17) },
            ),
        },
    ],
    rules: &[],
};

static SERVICE_NOW_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.ServiceNowConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthenticationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HTTP_BASIC", "OAUTH2"]),
        },
        ::forma_core::schema::Property {
            name: "HostUrl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!(^(https?|ftp|file):\\/\\/))[a-z0-9-]+(\\.service-now\\.com)$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "KnowledgeArticleConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVICE_NOW_KNOWLEDGE_ARTICLE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SecretArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}",
                ),
                min_length: Some(1),
                max_length: Some(1284),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServiceCatalogConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVICE_NOW_SERVICE_CATALOG_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceNowBuildVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LONDON", "OTHERS"]),
        },
    ],
    rules: &[],
};

static SHARE_POINT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.SharePointConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CrawlAttachments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DisableLocalGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DocumentTitleFieldName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExclusionPatterns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(50),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FieldMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_SOURCE_TO_INDEX_FIELD_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "InclusionPatterns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(50),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SecretArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}",
                ),
                min_length: Some(1),
                max_length: Some(1284),
            }),
        },
        ::forma_core::schema::Property {
            name: "SharePointVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SHAREPOINT_ONLINE", "SHAREPOINT_2013", "SHAREPOINT_2016"]),
        },
        ::forma_core::schema::Property {
            name: "SslCertificateS3Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_PATH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Urls",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(https?|ftp|file)://([^\\s]*)"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "UseChangeLog",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "VpcConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SOURCE_VPC_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static TEMPLATE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.TemplateConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Template",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Json,
    }],
    rules: &[],
};

static WEB_CRAWLER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.WebCrawlerConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthenticationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WEB_CRAWLER_AUTHENTICATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CrawlDepth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(10.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxContentSizePerPageInMegaBytes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(50.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxLinksPerPage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxUrlsPerMinuteCrawlRate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(300.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProxyConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROXY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UrlExclusionPatterns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(50),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "UrlInclusionPatterns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(50),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Urls",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WEB_CRAWLER_URLS_TYPE),
        },
    ],
    rules: &[],
};

static WORK_DOCS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.WorkDocsConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CrawlComments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ExclusionPatterns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(50),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FieldMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_SOURCE_TO_INDEX_FIELD_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "InclusionPatterns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(50),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "OrganizationId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("d-[0-9a-fA-F]{10}"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "UseChangeLog",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static DOCUMENT_ATTRIBUTE_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.DocumentAttributeCondition",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConditionDocumentAttributeKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_][a-zA-Z0-9_-]*"),
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "ConditionOnValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOCUMENT_ATTRIBUTE_VALUE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Operator",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "GreaterThan",
                "GreaterThanOrEquals",
                "LessThan",
                "LessThanOrEquals",
                "Equals",
                "NotEquals",
                "Contains",
                "NotContains",
                "Exists",
                "NotExists",
                "BeginsWith",
            ]),
        },
    ],
    rules: &[],
};

static DOCUMENT_ATTRIBUTE_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.DocumentAttributeTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "TargetDocumentAttributeKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_][a-zA-Z0-9_-]*"),
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetDocumentAttributeValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOCUMENT_ATTRIBUTE_VALUE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TargetDocumentAttributeValueDeletion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static CONFLUENCE_ATTACHMENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Kendra::DataSource.ConfluenceAttachmentConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "AttachmentFieldMappings",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&CONFLUENCE_ATTACHMENT_TO_INDEX_FIELD_MAPPING_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(11) },
                ),
            },
            ::forma_core::schema::Property {
                name: "CrawlAttachments",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
        ],
        rules: &[],
    };

static CONFLUENCE_BLOG_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.ConfluenceBlogConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "BlogFieldMappings",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&CONFLUENCE_BLOG_TO_INDEX_FIELD_MAPPING_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(9) },
        ),
    }],
    rules: &[],
};

static CONFLUENCE_PAGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.ConfluencePageConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "PageFieldMappings",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&CONFLUENCE_PAGE_TO_INDEX_FIELD_MAPPING_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(12) },
        ),
    }],
    rules: &[],
};

static CONFLUENCE_SPACE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.ConfluenceSpaceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CrawlArchivedSpaces",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CrawlPersonalSpaces",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ExcludeSpaces",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "IncludeSpaces",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SpaceFieldMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONFLUENCE_SPACE_TO_INDEX_FIELD_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(4) },
            ),
        },
    ],
    rules: &[],
};

static DATA_SOURCE_VPC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.DataSourceVpcConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[\\-0-9a-zA-Z]+"),
                    min_length: Some(1),
                    max_length: Some(200),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[\\-0-9a-zA-Z]+"),
                    min_length: Some(1),
                    max_length: Some(200),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(6) },
            ),
        },
    ],
    rules: &[],
};

static ACL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.AclConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AllowedGroupsColumnName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(100),
        }),
    }],
    rules: &[],
};

static COLUMN_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.ColumnConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChangeDetectingColumns",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DocumentDataColumnName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "DocumentIdColumnName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "DocumentTitleColumnName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "FieldMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_SOURCE_TO_INDEX_FIELD_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
    ],
    rules: &[],
};

static CONNECTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.ConnectionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatabaseHost",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(253),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatabasePort",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecretArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}",
                ),
                min_length: Some(1),
                max_length: Some(1284),
            }),
        },
        ::forma_core::schema::Property {
            name: "TableName",
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

static SQL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.SqlConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "QueryIdentifiersEnclosingOption",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["DOUBLE_QUOTES", "NONE"]),
    }],
    rules: &[],
};

static DATA_SOURCE_TO_INDEX_FIELD_MAPPING_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Kendra::DataSource.DataSourceToIndexFieldMapping",
        properties: &[
            ::forma_core::schema::Property {
                name: "DataSourceFieldName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
            },
            ::forma_core::schema::Property {
                name: "DateFieldFormat",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(4),
                    max_length: Some(40),
                }),
            },
            ::forma_core::schema::Property {
                name: "IndexFieldName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(30),
                }),
            },
        ],
        rules: &[],
    };

static ONE_DRIVE_USERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.OneDriveUsers",
    properties: &[
        ::forma_core::schema::Property {
            name: "OneDriveUserList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(?!\\s).+@([a-zA-Z0-9_\\-\\.]+)\\.([a-zA-Z]{2,5})$"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "OneDriveUserS3Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_PATH_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["OneDriveUserList"], &["OneDriveUserS3Path"]])],
};

static ACCESS_CONTROL_LIST_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Kendra::DataSource.AccessControlListConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "KeyPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        }],
        rules: &[],
    };

static DOCUMENTS_METADATA_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.DocumentsMetadataConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "S3Prefix",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(1024),
        }),
    }],
    rules: &[],
};

static SALESFORCE_CHATTER_FEED_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Kendra::DataSource.SalesforceChatterFeedConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "DocumentDataFieldName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
            },
            ::forma_core::schema::Property {
                name: "DocumentTitleFieldName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
            },
            ::forma_core::schema::Property {
                name: "FieldMappings",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&DATA_SOURCE_TO_INDEX_FIELD_MAPPING_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
                ),
            },
            ::forma_core::schema::Property {
                name: "IncludeFilterTypes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Enum(&["ACTIVE_USER", "STANDARD_USER"]),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
                ),
            },
        ],
        rules: &[],
    };

static SALESFORCE_KNOWLEDGE_ARTICLE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Kendra::DataSource.SalesforceKnowledgeArticleConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "CustomKnowledgeArticleTypeConfigurations",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&SALESFORCE_CUSTOM_KNOWLEDGE_ARTICLE_TYPE_CONFIGURATION_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
                ),
            },
            ::forma_core::schema::Property {
                name: "IncludedStates",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Enum(&["DRAFT", "PUBLISHED", "ARCHIVED"]),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(3) },
                ),
            },
            ::forma_core::schema::Property {
                name: "StandardKnowledgeArticleTypeConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &SALESFORCE_STANDARD_KNOWLEDGE_ARTICLE_TYPE_CONFIGURATION_TYPE,
                ),
            },
        ],
        rules: &[],
    };

static SALESFORCE_STANDARD_OBJECT_ATTACHMENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Kendra::DataSource.SalesforceStandardObjectAttachmentConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "DocumentTitleFieldName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
            },
            ::forma_core::schema::Property {
                name: "FieldMappings",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&DATA_SOURCE_TO_INDEX_FIELD_MAPPING_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
                ),
            },
        ],
        rules: &[],
    };

static SALESFORCE_STANDARD_OBJECT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Kendra::DataSource.SalesforceStandardObjectConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "DocumentDataFieldName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
            },
            ::forma_core::schema::Property {
                name: "DocumentTitleFieldName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
            },
            ::forma_core::schema::Property {
                name: "FieldMappings",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&DATA_SOURCE_TO_INDEX_FIELD_MAPPING_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
                ),
            },
            ::forma_core::schema::Property {
                name: "Name",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "ACCOUNT",
                    "CAMPAIGN",
                    "CASE",
                    "CONTACT",
                    "CONTRACT",
                    "DOCUMENT",
                    "GROUP",
                    "IDEA",
                    "LEAD",
                    "OPPORTUNITY",
                    "PARTNER",
                    "PRICEBOOK",
                    "PRODUCT",
                    "PROFILE",
                    "SOLUTION",
                    "TASK",
                    "USER",
                ]),
            },
        ],
        rules: &[],
    };

static SERVICE_NOW_KNOWLEDGE_ARTICLE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Kendra::DataSource.ServiceNowKnowledgeArticleConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "CrawlAttachments",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "DocumentDataFieldName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
            },
            ::forma_core::schema::Property {
                name: "DocumentTitleFieldName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
            },
            ::forma_core::schema::Property {
                name: "ExcludeAttachmentFilePatterns",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: None,
                        min_length: Some(1),
                        max_length: Some(50),
                    }),
                    ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
                ),
            },
            ::forma_core::schema::Property {
                name: "FieldMappings",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&DATA_SOURCE_TO_INDEX_FIELD_MAPPING_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
                ),
            },
            ::forma_core::schema::Property {
                name: "FilterQuery",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "IncludeAttachmentFilePatterns",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: None,
                        min_length: Some(1),
                        max_length: Some(50),
                    }),
                    ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
                ),
            },
        ],
        rules: &[],
    };

static SERVICE_NOW_SERVICE_CATALOG_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Kendra::DataSource.ServiceNowServiceCatalogConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "CrawlAttachments",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "DocumentDataFieldName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
            },
            ::forma_core::schema::Property {
                name: "DocumentTitleFieldName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
            },
            ::forma_core::schema::Property {
                name: "ExcludeAttachmentFilePatterns",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: None,
                        min_length: Some(1),
                        max_length: Some(50),
                    }),
                    ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
                ),
            },
            ::forma_core::schema::Property {
                name: "FieldMappings",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&DATA_SOURCE_TO_INDEX_FIELD_MAPPING_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
                ),
            },
            ::forma_core::schema::Property {
                name: "IncludeAttachmentFilePatterns",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: None,
                        min_length: Some(1),
                        max_length: Some(50),
                    }),
                    ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
                ),
            },
        ],
        rules: &[],
    };

static S3_PATH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.S3Path",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static WEB_CRAWLER_AUTHENTICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Kendra::DataSource.WebCrawlerAuthenticationConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "BasicAuthentication",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&WEB_CRAWLER_BASIC_AUTHENTICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(10) },
            ),
        }],
        rules: &[],
    };

static PROXY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.ProxyConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Credentials",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}",
                ),
                min_length: Some(1),
                max_length: Some(1284),
            }),
        },
        ::forma_core::schema::Property {
            name: "Host",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("([^\\s]*)"),
                min_length: Some(1),
                max_length: Some(253),
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
    ],
    rules: &[],
};

static WEB_CRAWLER_URLS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.WebCrawlerUrls",
    properties: &[
        ::forma_core::schema::Property {
            name: "SeedUrlConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WEB_CRAWLER_SEED_URL_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SiteMapsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WEB_CRAWLER_SITE_MAPS_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static DOCUMENT_ATTRIBUTE_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.DocumentAttributeValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "DateValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LongValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StringListValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StringValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static CONFLUENCE_ATTACHMENT_TO_INDEX_FIELD_MAPPING_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Kendra::DataSource.ConfluenceAttachmentToIndexFieldMapping",
        properties: &[
            ::forma_core::schema::Property {
                name: "DataSourceFieldName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "AUTHOR",
                    "CONTENT_TYPE",
                    "CREATED_DATE",
                    "DISPLAY_URL",
                    "FILE_SIZE",
                    "ITEM_TYPE",
                    "PARENT_ID",
                    "SPACE_KEY",
                    "SPACE_NAME",
                    "URL",
                    "VERSION",
                ]),
            },
            ::forma_core::schema::Property {
                name: "DateFieldFormat",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(4),
                    max_length: Some(40),
                }),
            },
            ::forma_core::schema::Property {
                name: "IndexFieldName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(30),
                }),
            },
        ],
        rules: &[],
    };

static CONFLUENCE_BLOG_TO_INDEX_FIELD_MAPPING_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Kendra::DataSource.ConfluenceBlogToIndexFieldMapping",
        properties: &[
            ::forma_core::schema::Property {
                name: "DataSourceFieldName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "AUTHOR",
                    "DISPLAY_URL",
                    "ITEM_TYPE",
                    "LABELS",
                    "PUBLISH_DATE",
                    "SPACE_KEY",
                    "SPACE_NAME",
                    "URL",
                    "VERSION",
                ]),
            },
            ::forma_core::schema::Property {
                name: "DateFieldFormat",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(4),
                    max_length: Some(40),
                }),
            },
            ::forma_core::schema::Property {
                name: "IndexFieldName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(30),
                }),
            },
        ],
        rules: &[],
    };

static CONFLUENCE_PAGE_TO_INDEX_FIELD_MAPPING_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Kendra::DataSource.ConfluencePageToIndexFieldMapping",
        properties: &[
            ::forma_core::schema::Property {
                name: "DataSourceFieldName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "AUTHOR",
                    "CONTENT_STATUS",
                    "CREATED_DATE",
                    "DISPLAY_URL",
                    "ITEM_TYPE",
                    "LABELS",
                    "MODIFIED_DATE",
                    "PARENT_ID",
                    "SPACE_KEY",
                    "SPACE_NAME",
                    "URL",
                    "VERSION",
                ]),
            },
            ::forma_core::schema::Property {
                name: "DateFieldFormat",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(4),
                    max_length: Some(40),
                }),
            },
            ::forma_core::schema::Property {
                name: "IndexFieldName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(30),
                }),
            },
        ],
        rules: &[],
    };

static CONFLUENCE_SPACE_TO_INDEX_FIELD_MAPPING_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Kendra::DataSource.ConfluenceSpaceToIndexFieldMapping",
        properties: &[
            ::forma_core::schema::Property {
                name: "DataSourceFieldName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["DISPLAY_URL", "ITEM_TYPE", "SPACE_KEY", "URL"]),
            },
            ::forma_core::schema::Property {
                name: "DateFieldFormat",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(4),
                    max_length: Some(40),
                }),
            },
            ::forma_core::schema::Property {
                name: "IndexFieldName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(30),
                }),
            },
        ],
        rules: &[],
    };

static SALESFORCE_CUSTOM_KNOWLEDGE_ARTICLE_TYPE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Kendra::DataSource.SalesforceCustomKnowledgeArticleTypeConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "DocumentDataFieldName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
            },
            ::forma_core::schema::Property {
                name: "DocumentTitleFieldName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
            },
            ::forma_core::schema::Property {
                name: "FieldMappings",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&DATA_SOURCE_TO_INDEX_FIELD_MAPPING_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
                ),
            },
            ::forma_core::schema::Property {
                name: "Name",
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

static SALESFORCE_STANDARD_KNOWLEDGE_ARTICLE_TYPE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Kendra::DataSource.SalesforceStandardKnowledgeArticleTypeConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "DocumentDataFieldName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
            },
            ::forma_core::schema::Property {
                name: "DocumentTitleFieldName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
            },
            ::forma_core::schema::Property {
                name: "FieldMappings",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&DATA_SOURCE_TO_INDEX_FIELD_MAPPING_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
                ),
            },
        ],
        rules: &[],
    };

static WEB_CRAWLER_BASIC_AUTHENTICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::DataSource.WebCrawlerBasicAuthentication",
    properties: &[
        ::forma_core::schema::Property {
            name: "Credentials",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}",
                ),
                min_length: Some(1),
                max_length: Some(1284),
            }),
        },
        ::forma_core::schema::Property {
            name: "Host",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("([^\\s]*)"),
                min_length: Some(1),
                max_length: Some(253),
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
    ],
    rules: &[],
};

static WEB_CRAWLER_SEED_URL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Kendra::DataSource.WebCrawlerSeedUrlConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "SeedUrls",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some("^(https?)://([^\\s]*)"),
                        min_length: Some(1),
                        max_length: Some(2048),
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
                ),
            },
            ::forma_core::schema::Property {
                name: "WebCrawlerMode",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["HOST_ONLY", "SUBDOMAINS", "EVERYTHING"]),
            },
        ],
        rules: &[],
    };

static WEB_CRAWLER_SITE_MAPS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Kendra::DataSource.WebCrawlerSiteMapsConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "SiteMaps",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(https?):\\/\\/([^\\s]*)"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(3) },
            ),
        }],
        rules: &[],
    };
