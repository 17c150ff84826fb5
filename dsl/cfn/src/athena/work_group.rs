// @generated from AWS::Athena::WorkGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Athena::WorkGroup` and its property types.

/// Resource schema for AWS::Athena::WorkGroup
///
/// CloudFormation type `AWS::Athena::WorkGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkGroup {
    props: ::forma_core::schema::Props,
}
impl WorkGroup {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The workgroup description.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The option to delete the workgroup and its contents even if the workgroup contains any named queries.
    #[track_caller]
    pub fn recursive_delete_option(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The state of the workgroup: ENABLED or DISABLED.
    #[track_caller]
    pub fn state(mut self, value: impl ::forma_core::schema::EnumArg<State>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// One or more tags, separated by commas, that you want to attach to the workgroup as you create it
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The workgroup configuration
    #[track_caller]
    pub fn work_group_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WorkGroupConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The workgroup configuration update object
    #[track_caller]
    pub fn work_group_configuration_updates(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WorkGroupConfigurationUpdates>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for WorkGroup {
    type Attributes = WorkGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::Athena::WorkGroup"
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
/// The attributes of a `AWS::Athena::WorkGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WorkGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WorkGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WorkGroupAttributes {
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `WorkGroupConfiguration.EngineVersion.EffectiveEngineVersion`.
    pub fn work_group_configuration_engine_version_effective_engine_version(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WorkGroupConfiguration.EngineVersion.EffectiveEngineVersion")
    }
    /// `Fn::GetAtt` `WorkGroupConfigurationUpdates.EngineVersion.EffectiveEngineVersion`.
    pub fn work_group_configuration_updates_engine_version_effective_engine_version(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WorkGroupConfigurationUpdates.EngineVersion.EffectiveEngineVersion")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum State {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl State {
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
impl ::std::convert::From<State> for ::forma_core::Value<State> {
    fn from(v: State) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for State {}

/// The `Tag` property type of `AWS::Athena::WorkGroup`.
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

/// The `WorkGroupConfiguration` property type of `AWS::Athena::WorkGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkGroupConfiguration {
    props: ::forma_core::schema::Props,
}
impl WorkGroupConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Additional Configuration that are passed to Athena Spark Calculations running in this workgroup
    pub fn additional_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The upper data usage limit (cutoff) for the amount of bytes a single query in a workgroup is allowed to scan.
    ///
    /// Allowed: at least 10000000.
    pub fn bytes_scanned_cutoff_per_query(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Indicates the KMS key for encrypting notebook content.
    pub fn customer_content_encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomerContentEncryptionConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// If set to "true", the settings for the workgroup override client-side settings.
    pub fn enforce_work_group_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The engine configuration for running queries.
    pub fn engine_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EngineConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The Athena engine version for running queries.
    pub fn engine_version(mut self, value: impl ::std::convert::Into<::forma_core::Value<EngineVersion>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The ARN of the execution role used to access user resources for Spark sessions and Identity Center enabled workgroups.
    pub fn execution_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The configuration for the managed query results and encryption option.
    pub fn managed_query_results_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManagedQueryResultsConfiguration>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Contains the configuration settings for managed log persistence, delivering logs to Amazon S3 buckets, Amazon CloudWatch log groups etc.
    pub fn monitoring_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MonitoringConfiguration>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Indicates that the Amazon CloudWatch metrics are enabled for the workgroup.
    pub fn publish_cloud_watch_metrics_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// If set to true, allows members assigned to a workgroup to reference Amazon S3 Requester Pays buckets in queries.
    pub fn requester_pays_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// The location in Amazon S3 where query results are stored and the encryption option, if any, used for query results.
    pub fn result_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResultConfiguration>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WorkGroupConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WorkGroupConfiguration> for ::forma_core::Value<WorkGroupConfiguration> {
    fn from(v: WorkGroupConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORK_GROUP_CONFIGURATION_TYPE.properties))
    }
}

/// The configuration information that will be updated for this workgroup, which includes the location in Amazon S3 where query results are stored, the encryption option, if any, used for query results, whether the Amazon CloudWatch Metrics are enabled for the workgroup, whether the workgroup settings override the client-side settings, and the data usage limit for the amount of bytes scanned per query, if it is specified.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkGroupConfigurationUpdates {
    props: ::forma_core::schema::Props,
}
impl WorkGroupConfigurationUpdates {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Additional Configuration that are passed to Athena Spark Calculations running in this workgroup
    pub fn additional_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The upper data usage limit (cutoff) for the amount of bytes a single query in a workgroup is allowed to scan.
    ///
    /// Allowed: at least 10000000.
    pub fn bytes_scanned_cutoff_per_query(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Indicates the KMS key for encrypting notebook content.
    pub fn customer_content_encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomerContentEncryptionConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// If set to "true", the settings for the workgroup override client-side settings.
    pub fn enforce_work_group_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The engine configuration for running queries.
    pub fn engine_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EngineConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The Athena engine version for running queries.
    pub fn engine_version(mut self, value: impl ::std::convert::Into<::forma_core::Value<EngineVersion>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The ARN of the execution role used to access user resources for Spark sessions and Identity Center enabled workgroups.
    pub fn execution_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The configuration for the managed query results and encryption option.
    pub fn managed_query_results_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManagedQueryResultsConfiguration>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Contains the configuration settings for managed log persistence, delivering logs to Amazon S3 buckets, Amazon CloudWatch log groups etc.
    pub fn monitoring_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MonitoringConfiguration>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Indicates that the Amazon CloudWatch metrics are enabled for the workgroup.
    pub fn publish_cloud_watch_metrics_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// Indicates that the data usage control limit per query is removed.
    pub fn remove_bytes_scanned_cutoff_per_query(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `RemoveCustomerContentEncryptionConfiguration`.
    pub fn remove_customer_content_encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// If set to true, allows members assigned to a workgroup to reference Amazon S3 Requester Pays buckets in queries.
    pub fn requester_pays_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// The result configuration information about the queries in this workgroup that will be updated.
    pub fn result_configuration_updates(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResultConfigurationUpdates>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WorkGroupConfigurationUpdates {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WorkGroupConfigurationUpdates> for ::forma_core::Value<WorkGroupConfigurationUpdates> {
    fn from(v: WorkGroupConfigurationUpdates) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORK_GROUP_CONFIGURATION_UPDATES_TYPE.properties))
    }
}

/// Indicates the KMS key for encrypting notebook content.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomerContentEncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl CustomerContentEncryptionConfiguration {
    /// A new value with its required properties: `KmsKey`.
    pub fn new(kms_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, kms_key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomerContentEncryptionConfiguration>
    for ::forma_core::Value<CustomerContentEncryptionConfiguration>
{
    fn from(v: CustomerContentEncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOMER_CONTENT_ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// The engine configuration for running queries.
#[derive(Debug, Clone, PartialEq)]
pub struct EngineConfiguration {
    props: ::forma_core::schema::Props,
}
impl EngineConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Contains additional notebook engine MAP<string, string> parameter mappings in the form of key-value pairs.
    pub fn additional_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The configuration classifications that can be specified for the engine.
    pub fn classifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Classification>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The number of DPUs to use for the coordinator.
    pub fn coordinator_dpu_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The default number of DPUs to use for executors.
    pub fn default_executor_dpu_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The maximum number of DPUs that can run concurrently.
    pub fn max_concurrent_dpus(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Specifies custom jar files and Spark properties for use cases like cluster encryption, table formats, and general Spark tuning.
    pub fn spark_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EngineConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EngineConfiguration> for ::forma_core::Value<EngineConfiguration> {
    fn from(v: EngineConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENGINE_CONFIGURATION_TYPE.properties))
    }
}

/// The Athena engine version for running queries.
#[derive(Debug, Clone, PartialEq)]
pub struct EngineVersion {
    props: ::forma_core::schema::Props,
}
impl EngineVersion {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Read only.
    pub fn effective_engine_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The engine version requested by the user.
    pub fn selected_engine_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EngineVersion {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EngineVersion> for ::forma_core::Value<EngineVersion> {
    fn from(v: EngineVersion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENGINE_VERSION_TYPE.properties))
    }
}

/// The configuration for the managed query results and encryption option.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedQueryResultsConfiguration {
    props: ::forma_core::schema::Props,
}
impl ManagedQueryResultsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates the encryption configuration for Athena Managed Storage.
    pub fn encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManagedStorageEncryptionConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ManagedQueryResultsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ManagedQueryResultsConfiguration> for ::forma_core::Value<ManagedQueryResultsConfiguration> {
    fn from(v: ManagedQueryResultsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANAGED_QUERY_RESULTS_CONFIGURATION_TYPE.properties))
    }
}

/// Contains the configuration settings for managed log persistence, delivering logs to Amazon S3 buckets, Amazon CloudWatch log groups etc.
#[derive(Debug, Clone, PartialEq)]
pub struct MonitoringConfiguration {
    props: ::forma_core::schema::Props,
}
impl MonitoringConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration settings for delivering logs to Amazon CloudWatch log groups.
    pub fn cloud_watch_logging_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLoggingConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration settings for managed log persistence.
    pub fn managed_logging_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManagedLoggingConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Configuration settings for delivering logs to Amazon S3 buckets.
    pub fn s3_logging_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3LoggingConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MonitoringConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MonitoringConfiguration> for ::forma_core::Value<MonitoringConfiguration> {
    fn from(v: MonitoringConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MONITORING_CONFIGURATION_TYPE.properties))
    }
}

/// The location in Amazon S3 where query results are stored and the encryption option, if any, used for query results.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultConfiguration {
    props: ::forma_core::schema::Props,
}
impl ResultConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates that an Amazon S3 canned ACL should be set to control ownership of stored query results
    pub fn acl_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AclConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// If query results are encrypted in Amazon S3, indicates the encryption option used (for example, SSE-KMS or CSE-KMS) and key information.
    pub fn encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The AWS account ID of the owner of S3 bucket where query results are stored
    pub fn expected_bucket_owner(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The location in Amazon S3 where your query results are stored, such as s3://path/to/query/bucket/.
    pub fn output_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ResultConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ResultConfiguration> for ::forma_core::Value<ResultConfiguration> {
    fn from(v: ResultConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESULT_CONFIGURATION_TYPE.properties))
    }
}

/// The result configuration information about the queries in this workgroup that will be updated.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultConfigurationUpdates {
    props: ::forma_core::schema::Props,
}
impl ResultConfigurationUpdates {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates that an Amazon S3 canned ACL should be set to control ownership of stored query results
    pub fn acl_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AclConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// If query results are encrypted in Amazon S3, indicates the encryption option used (for example, SSE-KMS or CSE-KMS) and key information.
    pub fn encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The AWS account ID of the owner of S3 bucket where query results are stored
    pub fn expected_bucket_owner(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The location in Amazon S3 where your query results are stored, such as s3://path/to/query/bucket/.
    pub fn output_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `RemoveAclConfiguration`.
    pub fn remove_acl_configuration(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `RemoveEncryptionConfiguration`.
    pub fn remove_encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `RemoveExpectedBucketOwner`.
    pub fn remove_expected_bucket_owner(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `RemoveOutputLocation`.
    pub fn remove_output_location(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ResultConfigurationUpdates {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ResultConfigurationUpdates> for ::forma_core::Value<ResultConfigurationUpdates> {
    fn from(v: ResultConfigurationUpdates) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESULT_CONFIGURATION_UPDATES_TYPE.properties))
    }
}

/// A classification refers to a set of specific configurations.
#[derive(Debug, Clone, PartialEq)]
pub struct Classification {
    props: ::forma_core::schema::Props,
}
impl Classification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the configuration classification.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A set of properties specified within a configuration classification.
    pub fn properties(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Classification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Classification> for ::forma_core::Value<Classification> {
    fn from(v: Classification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLASSIFICATION_TYPE.properties))
    }
}

/// Indicates the encryption configuration for Athena Managed Storage.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedStorageEncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl ManagedStorageEncryptionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// For SSE-KMS and CSE-KMS, this is the KMS key ARN or ID.
    pub fn kms_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ManagedStorageEncryptionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ManagedStorageEncryptionConfiguration>
    for ::forma_core::Value<ManagedStorageEncryptionConfiguration>
{
    fn from(v: ManagedStorageEncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANAGED_STORAGE_ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration settings for delivering logs to Amazon CloudWatch log groups.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchLoggingConfiguration {
    props: ::forma_core::schema::Props,
}
impl CloudWatchLoggingConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Enables CloudWatch logging.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the log group in Amazon CloudWatch Logs where you want to publish your logs.
    pub fn log_group(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Prefix for the CloudWatch log stream name.
    pub fn log_stream_name_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The types of logs that you want to publish to CloudWatch.
    pub fn log_types(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CloudWatchLoggingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CloudWatchLoggingConfiguration> for ::forma_core::Value<CloudWatchLoggingConfiguration> {
    fn from(v: CloudWatchLoggingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_LOGGING_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration settings for managed log persistence.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedLoggingConfiguration {
    props: ::forma_core::schema::Props,
}
impl ManagedLoggingConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Enables managed log persistence.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The KMS key ARN to encrypt the logs stored in managed log persistence.
    pub fn kms_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ManagedLoggingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ManagedLoggingConfiguration> for ::forma_core::Value<ManagedLoggingConfiguration> {
    fn from(v: ManagedLoggingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANAGED_LOGGING_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration settings for delivering logs to Amazon S3 buckets.
#[derive(Debug, Clone, PartialEq)]
pub struct S3LoggingConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3LoggingConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Enables S3 log delivery.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The KMS key ARN to encrypt the logs published to the given Amazon S3 destination.
    pub fn kms_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The Amazon S3 destination URI for log publishing.
    pub fn log_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3LoggingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3LoggingConfiguration> for ::forma_core::Value<S3LoggingConfiguration> {
    fn from(v: S3LoggingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOGGING_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BUCKET_OWNER_FULL_CONTROL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3AclOption {
    /// `BUCKET_OWNER_FULL_CONTROL`
    BucketOwnerFullControl,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3AclOption {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BucketOwnerFullControl => "BUCKET_OWNER_FULL_CONTROL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BUCKET_OWNER_FULL_CONTROL"]
    }
}
impl ::std::convert::From<S3AclOption> for ::forma_core::Value<S3AclOption> {
    fn from(v: S3AclOption) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3AclOption {}

/// Indicates that an Amazon S3 canned ACL should be set to control ownership of stored query results
#[derive(Debug, Clone, PartialEq)]
pub struct AclConfiguration {
    props: ::forma_core::schema::Props,
}
impl AclConfiguration {
    /// A new value with its required properties: `S3AclOption`.
    pub fn new(s3_acl_option: impl ::forma_core::schema::EnumArg<S3AclOption>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_acl_option.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<AclConfiguration> for ::forma_core::Value<AclConfiguration> {
    fn from(v: AclConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACL_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SSE_S3`, `SSE_KMS`, `CSE_KMS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionOption {
    /// `SSE_S3`
    SseS3,
    /// `SSE_KMS`
    SseKms,
    /// `CSE_KMS`
    CseKms,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncryptionOption {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SseS3 => "SSE_S3",
            Self::SseKms => "SSE_KMS",
            Self::CseKms => "CSE_KMS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SSE_S3", "SSE_KMS", "CSE_KMS"]
    }
}
impl ::std::convert::From<EncryptionOption> for ::forma_core::Value<EncryptionOption> {
    fn from(v: EncryptionOption) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncryptionOption {}

/// If query results are encrypted in Amazon S3, indicates the encryption option used (for example, SSE-KMS or CSE-KMS) and key information.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl EncryptionConfiguration {
    /// A new value with its required properties: `EncryptionOption`.
    pub fn new(encryption_option: impl ::forma_core::schema::EnumArg<EncryptionOption>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, encryption_option.into_enum_expr());
        Self { props }
    }
    /// For SSE-KMS and CSE-KMS, this is the KMS key ARN or ID.
    pub fn kms_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EncryptionConfiguration> for ::forma_core::Value<EncryptionConfiguration> {
    fn from(v: EncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::Athena::WorkGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Athena::WorkGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9._-]{1,128}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RecursiveDeleteOption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
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
            name: "WorkGroupConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WORK_GROUP_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WorkGroupConfigurationUpdates",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WORK_GROUP_CONFIGURATION_UPDATES_TYPE),
        },
    ],
    rules: &[],
    attributes: &[
        "CreationTime",
        "WorkGroupConfiguration.EngineVersion.EffectiveEngineVersion",
        "WorkGroupConfigurationUpdates.EngineVersion.EffectiveEngineVersion",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Athena::WorkGroup.Tag",
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

static WORK_GROUP_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Athena::WorkGroup.WorkGroupConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BytesScannedCutoffPerQuery",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(10000000.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CustomerContentEncryptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOMER_CONTENT_ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EnforceWorkGroupConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EngineConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENGINE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EngineVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENGINE_VERSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExecutionRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ManagedQueryResultsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANAGED_QUERY_RESULTS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MonitoringConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MONITORING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PublishCloudWatchMetricsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RequesterPaysEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ResultConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESULT_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static WORK_GROUP_CONFIGURATION_UPDATES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Athena::WorkGroup.WorkGroupConfigurationUpdates",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BytesScannedCutoffPerQuery",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(10000000.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CustomerContentEncryptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOMER_CONTENT_ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EnforceWorkGroupConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EngineConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENGINE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EngineVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENGINE_VERSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExecutionRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ManagedQueryResultsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANAGED_QUERY_RESULTS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MonitoringConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MONITORING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PublishCloudWatchMetricsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RemoveBytesScannedCutoffPerQuery",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RemoveCustomerContentEncryptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RequesterPaysEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ResultConfigurationUpdates",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESULT_CONFIGURATION_UPDATES_TYPE),
        },
    ],
    rules: &[],
};

static CUSTOMER_CONTENT_ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Athena::WorkGroup.CustomerContentEncryptionConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "KmsKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static ENGINE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Athena::WorkGroup.EngineConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalConfigs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "Classifications",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CLASSIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CoordinatorDpuSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DefaultExecutorDpuSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxConcurrentDpus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SparkProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
};

static ENGINE_VERSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Athena::WorkGroup.EngineVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "EffectiveEngineVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SelectedEngineVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MANAGED_QUERY_RESULTS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Athena::WorkGroup.ManagedQueryResultsConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Enabled",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "EncryptionConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&MANAGED_STORAGE_ENCRYPTION_CONFIGURATION_TYPE),
            },
        ],
        rules: &[],
    };

static MONITORING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Athena::WorkGroup.MonitoringConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchLoggingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGGING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ManagedLoggingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANAGED_LOGGING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3LoggingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_LOGGING_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static RESULT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Athena::WorkGroup.ResultConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AclConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACL_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EncryptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExpectedBucketOwner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OutputLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static RESULT_CONFIGURATION_UPDATES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Athena::WorkGroup.ResultConfigurationUpdates",
    properties: &[
        ::forma_core::schema::Property {
            name: "AclConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACL_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EncryptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExpectedBucketOwner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OutputLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RemoveAclConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RemoveEncryptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RemoveExpectedBucketOwner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RemoveOutputLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static CLASSIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Athena::WorkGroup.Classification",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Properties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
};

static MANAGED_STORAGE_ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Athena::WorkGroup.ManagedStorageEncryptionConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "KmsKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static CLOUD_WATCH_LOGGING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Athena::WorkGroup.CloudWatchLoggingConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Enabled",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "LogGroup",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "LogStreamNamePrefix",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "LogTypes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                )),
            },
        ],
        rules: &[],
    };

static MANAGED_LOGGING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Athena::WorkGroup.ManagedLoggingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "KmsKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static S3_LOGGING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Athena::WorkGroup.S3LoggingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "KmsKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LogLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ACL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Athena::WorkGroup.AclConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "S3AclOption",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["BUCKET_OWNER_FULL_CONTROL"]),
    }],
    rules: &[],
};

static ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Athena::WorkGroup.EncryptionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionOption",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SSE_S3", "SSE_KMS", "CSE_KMS"]),
        },
        ::forma_core::schema::Property {
            name: "KmsKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
