// @generated from AWS::Glue::Crawler (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Glue::Crawler` and its property types.

/// Resource Type definition for AWS::Glue::Crawler
///
/// CloudFormation type `AWS::Glue::Crawler`.
#[derive(Debug, Clone, PartialEq)]
pub struct Crawler {
    props: ::forma_core::schema::Props,
}
impl Crawler {
    /// A new resource with its required properties: `Role`, `Targets`.
    #[track_caller]
    pub fn new(
        role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        targets: impl ::std::convert::Into<::forma_core::Value<Targets>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(8, role.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(13, targets.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A list of UTF-8 strings that specify the names of custom classifiers that are associated with the crawler.
    #[track_caller]
    pub fn classifiers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Crawler configuration information.
    #[track_caller]
    pub fn configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the SecurityConfiguration structure to be used by this crawler.
    ///
    /// Allowed: length 0 to 128.
    #[track_caller]
    pub fn crawler_security_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the database in which the crawler's output is stored.
    #[track_caller]
    pub fn database_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the crawler.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies AWS Lake Formation configuration settings for the crawler
    #[track_caller]
    pub fn lake_formation_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LakeFormationConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the crawler.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// When crawling an Amazon S3 data source after the first crawl is complete, specifies whether to crawl the entire dataset again or to crawl only folders that were added since the last crawler run.
    #[track_caller]
    pub fn recrawl_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<RecrawlPolicy>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A scheduling object using a cron statement to schedule an event.
    #[track_caller]
    pub fn schedule(mut self, value: impl ::std::convert::Into<::forma_core::Value<Schedule>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The policy that specifies update and delete behaviors for the crawler.
    #[track_caller]
    pub fn schema_change_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SchemaChangePolicy>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The prefix added to the names of tables that are created.
    ///
    /// Allowed: length 0 to 128.
    #[track_caller]
    pub fn table_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Crawler {
    type Attributes = CrawlerAttributes;
    fn type_name(&self) -> &str {
        "AWS::Glue::Crawler"
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
/// The attributes of a `AWS::Glue::Crawler` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CrawlerAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CrawlerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// Specifies AWS Lake Formation configuration settings for the crawler
#[derive(Debug, Clone, PartialEq)]
pub struct LakeFormationConfiguration {
    props: ::forma_core::schema::Props,
}
impl LakeFormationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Required for cross account crawls.
    ///
    /// Allowed: length 0 to 12.
    pub fn account_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies whether to use AWS Lake Formation credentials for the crawler instead of the IAM role credentials.
    pub fn use_lake_formation_credentials(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LakeFormationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LakeFormationConfiguration> for ::forma_core::Value<LakeFormationConfiguration> {
    fn from(v: LakeFormationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAKE_FORMATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CRAWL_EVENT_MODE`, `CRAWL_EVERYTHING`, `CRAWL_NEW_FOLDERS_ONLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecrawlBehavior {
    /// `CRAWL_EVENT_MODE`
    CrawlEventMode,
    /// `CRAWL_EVERYTHING`
    CrawlEverything,
    /// `CRAWL_NEW_FOLDERS_ONLY`
    CrawlNewFoldersOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RecrawlBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CrawlEventMode => "CRAWL_EVENT_MODE",
            Self::CrawlEverything => "CRAWL_EVERYTHING",
            Self::CrawlNewFoldersOnly => "CRAWL_NEW_FOLDERS_ONLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CRAWL_EVENT_MODE", "CRAWL_EVERYTHING", "CRAWL_NEW_FOLDERS_ONLY"]
    }
}
impl ::std::convert::From<RecrawlBehavior> for ::forma_core::Value<RecrawlBehavior> {
    fn from(v: RecrawlBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RecrawlBehavior {}

/// When crawling an Amazon S3 data source after the first crawl is complete, specifies whether to crawl the entire dataset again or to crawl only folders that were added since the last crawler run.
#[derive(Debug, Clone, PartialEq)]
pub struct RecrawlPolicy {
    props: ::forma_core::schema::Props,
}
impl RecrawlPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether to crawl the entire dataset again or to crawl only folders that were added since the last crawler run.
    pub fn recrawl_behavior(mut self, value: impl ::forma_core::schema::EnumArg<RecrawlBehavior>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for RecrawlPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RecrawlPolicy> for ::forma_core::Value<RecrawlPolicy> {
    fn from(v: RecrawlPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECRAWL_POLICY_TYPE.properties))
    }
}

/// A scheduling object using a cron statement to schedule an event.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    props: ::forma_core::schema::Props,
}
impl Schedule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A cron expression used to specify the schedule.
    pub fn schedule_expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Schedule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Schedule> for ::forma_core::Value<Schedule> {
    fn from(v: Schedule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DELETE_FROM_DATABASE`, `DEPRECATE_IN_DATABASE`, `LOG`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteBehavior {
    /// `DELETE_FROM_DATABASE`
    DeleteFromDatabase,
    /// `DEPRECATE_IN_DATABASE`
    DeprecateInDatabase,
    /// `LOG`
    Log,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeleteBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DeleteFromDatabase => "DELETE_FROM_DATABASE",
            Self::DeprecateInDatabase => "DEPRECATE_IN_DATABASE",
            Self::Log => "LOG",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DELETE_FROM_DATABASE", "DEPRECATE_IN_DATABASE", "LOG"]
    }
}
impl ::std::convert::From<DeleteBehavior> for ::forma_core::Value<DeleteBehavior> {
    fn from(v: DeleteBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeleteBehavior {}

/// The values CloudFormation documents: `LOG`, `UPDATE_IN_DATABASE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateBehavior {
    /// `LOG`
    Log,
    /// `UPDATE_IN_DATABASE`
    UpdateInDatabase,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UpdateBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Log => "LOG",
            Self::UpdateInDatabase => "UPDATE_IN_DATABASE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LOG", "UPDATE_IN_DATABASE"]
    }
}
impl ::std::convert::From<UpdateBehavior> for ::forma_core::Value<UpdateBehavior> {
    fn from(v: UpdateBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UpdateBehavior {}

/// The policy that specifies update and delete behaviors for the crawler.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaChangePolicy {
    props: ::forma_core::schema::Props,
}
impl SchemaChangePolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The deletion behavior when the crawler finds a deleted object.
    pub fn delete_behavior(mut self, value: impl ::forma_core::schema::EnumArg<DeleteBehavior>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The update behavior when the crawler finds a changed schema.
    pub fn update_behavior(mut self, value: impl ::forma_core::schema::EnumArg<UpdateBehavior>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for SchemaChangePolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SchemaChangePolicy> for ::forma_core::Value<SchemaChangePolicy> {
    fn from(v: SchemaChangePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEMA_CHANGE_POLICY_TYPE.properties))
    }
}

/// Specifies data stores to crawl.
#[derive(Debug, Clone, PartialEq)]
pub struct Targets {
    props: ::forma_core::schema::Props,
}
impl Targets {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies AWS Glue Data Catalog targets.
    pub fn catalog_targets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CatalogTarget>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies an array of Delta data store targets.
    pub fn delta_targets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DeltaTarget>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies Amazon DynamoDB targets.
    pub fn dynamodb_targets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DynamodbTarget>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies Apache Hudi data store targets.
    pub fn hudi_targets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HudiTarget>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Specifies Apache Iceberg data store targets.
    pub fn iceberg_targets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IcebergTarget>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Specifies JDBC targets.
    pub fn jdbc_targets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<JdbcTarget>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// A list of Mongo DB targets.
    pub fn mongodb_targets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MongodbTarget>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Specifies Amazon Simple Storage Service (Amazon S3) targets.
    pub fn s3_targets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<S3Target>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Targets {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Targets> for ::forma_core::Value<Targets> {
    fn from(v: Targets) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGETS_TYPE.properties))
    }
}

/// Specifies an AWS Glue Data Catalog target.
#[derive(Debug, Clone, PartialEq)]
pub struct CatalogTarget {
    props: ::forma_core::schema::Props,
}
impl CatalogTarget {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the connection for an Amazon S3-backed Data Catalog table to be a target of the crawl when using a Catalog connection type paired with a NETWORK Connection type.
    pub fn connection_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the database to be synchronized.
    ///
    /// Allowed: length 1 to 255.
    pub fn database_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A valid Amazon dead-letter SQS ARN.
    pub fn dlq_event_queue_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A valid Amazon SQS ARN.
    pub fn event_queue_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A list of the tables to be synchronized.
    pub fn tables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CatalogTarget {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CatalogTarget> for ::forma_core::Value<CatalogTarget> {
    fn from(v: CatalogTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CATALOG_TARGET_TYPE.properties))
    }
}

/// Specifies a Delta data store to crawl one or more Delta tables.
#[derive(Debug, Clone, PartialEq)]
pub struct DeltaTarget {
    props: ::forma_core::schema::Props,
}
impl DeltaTarget {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the connection to use to connect to the Delta table target.
    pub fn connection_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies whether the crawler will create native tables, to allow integration with query engines that support querying of the Delta transaction log directly.
    pub fn create_native_delta_table(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DeltaTables`.
    pub fn delta_tables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies whether to write the manifest files to the Delta table path.
    pub fn write_manifest(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DeltaTarget {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeltaTarget> for ::forma_core::Value<DeltaTarget> {
    fn from(v: DeltaTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DELTA_TARGET_TYPE.properties))
    }
}

/// Specifies an Amazon DynamoDB table to crawl.
#[derive(Debug, Clone, PartialEq)]
pub struct DynamodbTarget {
    props: ::forma_core::schema::Props,
}
impl DynamodbTarget {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the DynamoDB table to crawl.
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether to scan all the records, or to sample rows from the table.
    pub fn scan_all(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The percentage of the configured read capacity units to use by the AWS Glue crawler.
    pub fn scan_rate(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DynamodbTarget {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DynamodbTarget> for ::forma_core::Value<DynamodbTarget> {
    fn from(v: DynamodbTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DYNAMODB_TARGET_TYPE.properties))
    }
}

/// Specifies Apache Hudi data store targets.
#[derive(Debug, Clone, PartialEq)]
pub struct HudiTarget {
    props: ::forma_core::schema::Props,
}
impl HudiTarget {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the connection to use to connect to the Hudi target.
    pub fn connection_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of global patterns used to exclude from the crawl.
    pub fn exclusions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The maximum depth of Amazon S3 paths that the crawler can traverse to discover the Hudi metadata folder in your Amazon S3 path.
    pub fn maximum_traversal_depth(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// One or more Amazon S3 paths that contains Hudi metadata folders as s3://bucket/prefix .
    pub fn paths(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HudiTarget {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HudiTarget> for ::forma_core::Value<HudiTarget> {
    fn from(v: HudiTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HUDI_TARGET_TYPE.properties))
    }
}

/// Specifies Apache Iceberg data store targets.
#[derive(Debug, Clone, PartialEq)]
pub struct IcebergTarget {
    props: ::forma_core::schema::Props,
}
impl IcebergTarget {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the connection to use to connect to the Iceberg target.
    pub fn connection_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of global patterns used to exclude from the crawl.
    pub fn exclusions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The maximum depth of Amazon S3 paths that the crawler can traverse to discover the Iceberg metadata folder in your Amazon S3 path.
    pub fn maximum_traversal_depth(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// One or more Amazon S3 paths that contains Iceberg metadata folders as s3://bucket/prefix .
    pub fn paths(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IcebergTarget {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IcebergTarget> for ::forma_core::Value<IcebergTarget> {
    fn from(v: IcebergTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ICEBERG_TARGET_TYPE.properties))
    }
}

/// The values CloudFormation documents: `COMMENTS`, `RAWTYPES`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnableAdditionalMetadata {
    /// `COMMENTS`
    Comments,
    /// `RAWTYPES`
    Rawtypes,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EnableAdditionalMetadata {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Comments => "COMMENTS",
            Self::Rawtypes => "RAWTYPES",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["COMMENTS", "RAWTYPES"]
    }
}
impl ::std::convert::From<EnableAdditionalMetadata> for ::forma_core::Value<EnableAdditionalMetadata> {
    fn from(v: EnableAdditionalMetadata) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EnableAdditionalMetadata {}

/// Specifies a JDBC data store to crawl.
#[derive(Debug, Clone, PartialEq)]
pub struct JdbcTarget {
    props: ::forma_core::schema::Props,
}
impl JdbcTarget {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the connection to use to connect to the JDBC target.
    pub fn connection_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specify a value of RAWTYPES or COMMENTS to enable additional metadata in table responses.
    pub fn enable_additional_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EnableAdditionalMetadata>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A list of glob patterns used to exclude from the crawl.
    pub fn exclusions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The path of the JDBC target.
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for JdbcTarget {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<JdbcTarget> for ::forma_core::Value<JdbcTarget> {
    fn from(v: JdbcTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JDBC_TARGET_TYPE.properties))
    }
}

/// Specifies an Amazon DocumentDB or MongoDB data store to crawl.
#[derive(Debug, Clone, PartialEq)]
pub struct MongodbTarget {
    props: ::forma_core::schema::Props,
}
impl MongodbTarget {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the connection to use to connect to the Amazon DocumentDB or MongoDB target.
    pub fn connection_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The path of the Amazon DocumentDB or MongoDB target (database/collection).
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MongodbTarget {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MongodbTarget> for ::forma_core::Value<MongodbTarget> {
    fn from(v: MongodbTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MONGODB_TARGET_TYPE.properties))
    }
}

/// Specifies a data store in Amazon Simple Storage Service (Amazon S3).
#[derive(Debug, Clone, PartialEq)]
pub struct S3Target {
    props: ::forma_core::schema::Props,
}
impl S3Target {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of a connection which allows a job or crawler to access data in Amazon S3 within an Amazon Virtual Private Cloud environment (Amazon VPC).
    pub fn connection_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A valid Amazon dead-letter SQS ARN.
    pub fn dlq_event_queue_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A valid Amazon SQS ARN.
    pub fn event_queue_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A list of glob patterns used to exclude from the crawl.
    pub fn exclusions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The path to the Amazon S3 target.
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Sets the number of files in each leaf folder to be crawled when crawling sample files in a dataset.
    pub fn sample_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3Target {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3Target> for ::forma_core::Value<S3Target> {
    fn from(v: S3Target) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_TARGET_TYPE.properties))
    }
}

/// The schema of `AWS::Glue::Crawler`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Glue::Crawler",
    properties: &[
        ::forma_core::schema::Property {
            name: "Classifiers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Configuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CrawlerSecurityConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "LakeFormationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAKE_FORMATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "RecrawlPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RECRAWL_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Role",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Schedule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEDULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SchemaChangePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEMA_CHANGE_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TablePrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Targets",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TARGETS_TYPE),
        },
    ],
    rules: &[],
    attributes: &[],
};

static LAKE_FORMATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Crawler.LakeFormationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "UseLakeFormationCredentials",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static RECRAWL_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Crawler.RecrawlPolicy",
    properties: &[::forma_core::schema::Property {
        name: "RecrawlBehavior",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["CRAWL_EVENT_MODE", "CRAWL_EVERYTHING", "CRAWL_NEW_FOLDERS_ONLY"]),
    }],
    rules: &[],
};

static SCHEDULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Crawler.Schedule",
    properties: &[::forma_core::schema::Property {
        name: "ScheduleExpression",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static SCHEMA_CHANGE_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Crawler.SchemaChangePolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeleteBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DELETE_FROM_DATABASE", "DEPRECATE_IN_DATABASE", "LOG"]),
        },
        ::forma_core::schema::Property {
            name: "UpdateBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LOG", "UPDATE_IN_DATABASE"]),
        },
    ],
    rules: &[],
};

static TARGETS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Crawler.Targets",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogTargets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CATALOG_TARGET_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DeltaTargets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DELTA_TARGET_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DynamoDBTargets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DYNAMODB_TARGET_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "HudiTargets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HUDI_TARGET_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "IcebergTargets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ICEBERG_TARGET_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "JdbcTargets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&JDBC_TARGET_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MongoDBTargets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MONGODB_TARGET_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "S3Targets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&S3_TARGET_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static CATALOG_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Crawler.CatalogTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "DlqEventQueueArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EventQueueArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tables",
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
    ],
    rules: &[],
};

static DELTA_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Crawler.DeltaTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CreateNativeDeltaTable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DeltaTables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "WriteManifest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static DYNAMODB_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Crawler.DynamoDBTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ScanAll",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ScanRate",
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

static HUDI_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Crawler.HudiTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Exclusions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MaximumTraversalDepth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Paths",
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

static ICEBERG_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Crawler.IcebergTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Exclusions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MaximumTraversalDepth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Paths",
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

static JDBC_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Crawler.JdbcTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EnableAdditionalMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["COMMENTS", "RAWTYPES"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Exclusions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MONGODB_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Crawler.MongoDBTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static S3_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Crawler.S3Target",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DlqEventQueueArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EventQueueArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Exclusions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SampleSize",
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
