// @generated from AWS::KinesisAnalyticsV2::Application (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::KinesisAnalyticsV2::Application` and its property types.

/// Creates an Amazon Kinesis Data Analytics application.
///
/// CloudFormation type `AWS::KinesisAnalyticsV2::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct Application {
    props: ::forma_core::schema::Props,
}
impl Application {
    /// A new resource with its required properties: `RuntimeEnvironment`, `ServiceExecutionRole`.
    #[track_caller]
    pub fn new(
        runtime_environment: impl ::forma_core::schema::EnumArg<RuntimeEnvironment>,
        service_execution_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, runtime_environment.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(7, service_execution_role.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Use this parameter to configure the application.
    #[track_caller]
    pub fn application_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ApplicationConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the application.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn application_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Used to configure start of maintenance window.
    #[track_caller]
    pub fn application_maintenance_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ApplicationMaintenanceConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// To create a Kinesis Data Analytics Studio notebook, you must set the mode to `INTERACTIVE`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn application_mode(mut self, value: impl ::forma_core::schema::EnumArg<ApplicationMode>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the application.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn application_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies run configuration (start parameters) of a Kinesis Data Analytics application.
    #[track_caller]
    pub fn run_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RunConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of one or more tags to assign to the application.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Application {
    type Attributes = ApplicationAttributes;
    fn type_name(&self) -> &str {
        "AWS::KinesisAnalyticsV2::Application"
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
/// The attributes of a `AWS::KinesisAnalyticsV2::Application` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApplicationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApplicationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `INTERACTIVE`, `STREAMING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApplicationMode {
    /// `INTERACTIVE`
    Interactive,
    /// `STREAMING`
    Streaming,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApplicationMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Interactive => "INTERACTIVE",
            Self::Streaming => "STREAMING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INTERACTIVE", "STREAMING"]
    }
}
impl ::std::convert::From<ApplicationMode> for ::forma_core::Value<ApplicationMode> {
    fn from(v: ApplicationMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApplicationMode {}

/// The values CloudFormation documents: `FLINK-1_11`, `FLINK-1_13`, `FLINK-1_15`, `FLINK-1_18`, `FLINK-1_19`, `FLINK-1_20`, `FLINK-1_6`, `FLINK-1_8`, `FLINK-2_2`, `FLINK-2_3`, `SQL-1_0`, `ZEPPELIN-FLINK-1_0`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RuntimeEnvironment {
    /// `FLINK-1_11`
    Flink111,
    /// `FLINK-1_13`
    Flink113,
    /// `FLINK-1_15`
    Flink115,
    /// `FLINK-1_18`
    Flink118,
    /// `FLINK-1_19`
    Flink119,
    /// `FLINK-1_20`
    Flink120,
    /// `FLINK-1_6`
    Flink16,
    /// `FLINK-1_8`
    Flink18,
    /// `FLINK-2_2`
    Flink22,
    /// `FLINK-2_3`
    Flink23,
    /// `SQL-1_0`
    Sql10,
    /// `ZEPPELIN-FLINK-1_0`
    ZeppelinFlink10,
    /// `ZEPPELIN-FLINK-2_0`
    ZeppelinFlink20,
    /// `ZEPPELIN-FLINK-3_0`
    ZeppelinFlink30,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RuntimeEnvironment {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Flink111 => "FLINK-1_11",
            Self::Flink113 => "FLINK-1_13",
            Self::Flink115 => "FLINK-1_15",
            Self::Flink118 => "FLINK-1_18",
            Self::Flink119 => "FLINK-1_19",
            Self::Flink120 => "FLINK-1_20",
            Self::Flink16 => "FLINK-1_6",
            Self::Flink18 => "FLINK-1_8",
            Self::Flink22 => "FLINK-2_2",
            Self::Flink23 => "FLINK-2_3",
            Self::Sql10 => "SQL-1_0",
            Self::ZeppelinFlink10 => "ZEPPELIN-FLINK-1_0",
            Self::ZeppelinFlink20 => "ZEPPELIN-FLINK-2_0",
            Self::ZeppelinFlink30 => "ZEPPELIN-FLINK-3_0",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "FLINK-1_11",
            "FLINK-1_13",
            "FLINK-1_15",
            "FLINK-1_18",
            "FLINK-1_19",
            "FLINK-1_20",
            "FLINK-1_6",
            "FLINK-1_8",
            "FLINK-2_2",
            "FLINK-2_3",
            "SQL-1_0",
            "ZEPPELIN-FLINK-1_0",
            "ZEPPELIN-FLINK-2_0",
            "ZEPPELIN-FLINK-3_0",
        ]
    }
}
impl ::std::convert::From<RuntimeEnvironment> for ::forma_core::Value<RuntimeEnvironment> {
    fn from(v: RuntimeEnvironment) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RuntimeEnvironment {}

/// Specifies the creation parameters for a Kinesis Data Analytics application.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationConfiguration {
    props: ::forma_core::schema::Props,
}
impl ApplicationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The code location and type parameters for a Flink-based Kinesis Data Analytics application.
    pub fn application_code_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ApplicationCodeConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Describes whether customer managed key is enabled and key details for customer data encryption
    pub fn application_encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ApplicationEncryptionConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Describes whether snapshots are enabled for a Flink-based Kinesis Data Analytics application.
    pub fn application_snapshot_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ApplicationSnapshotConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Describes whether system initiated rollbacks are enabled for a Flink-based Kinesis Data Analytics application.
    pub fn application_system_rollback_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ApplicationSystemRollbackConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Describes execution properties for a Flink-based Kinesis Data Analytics application.
    pub fn environment_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EnvironmentProperties>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The creation and update parameters for a Flink-based Kinesis Data Analytics application.
    pub fn flink_application_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FlinkApplicationConfiguration>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The creation and update parameters for a SQL-based Kinesis Data Analytics application.
    pub fn sql_application_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SqlApplicationConfiguration>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The array of descriptions of VPC configurations available to the application.
    pub fn vpc_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VpcConfiguration>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The configuration parameters for a Kinesis Data Analytics Studio notebook.
    pub fn zeppelin_application_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ZeppelinApplicationConfiguration>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ApplicationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ApplicationConfiguration> for ::forma_core::Value<ApplicationConfiguration> {
    fn from(v: ApplicationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPLICATION_CONFIGURATION_TYPE.properties))
    }
}

/// Describes the maintenance configuration for the application.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationMaintenanceConfiguration {
    props: ::forma_core::schema::Props,
}
impl ApplicationMaintenanceConfiguration {
    /// A new value with its required properties: `ApplicationMaintenanceWindowStartTime`.
    pub fn new(
        application_maintenance_window_start_time: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, application_maintenance_window_start_time.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ApplicationMaintenanceConfiguration>
    for ::forma_core::Value<ApplicationMaintenanceConfiguration>
{
    fn from(v: ApplicationMaintenanceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPLICATION_MAINTENANCE_CONFIGURATION_TYPE.properties))
    }
}

/// Identifies the run configuration (start parameters) of a Kinesis Data Analytics application.
#[derive(Debug, Clone, PartialEq)]
pub struct RunConfiguration {
    props: ::forma_core::schema::Props,
}
impl RunConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Describes the restore behavior of a restarting application.
    pub fn application_restore_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ApplicationRestoreConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Describes the starting parameters for a Flink-based Kinesis Data Analytics application.
    pub fn flink_run_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FlinkRunConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RunConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RunConfiguration> for ::forma_core::Value<RunConfiguration> {
    fn from(v: RunConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RUN_CONFIGURATION_TYPE.properties))
    }
}

/// A key-value pair that identifies an application.
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

/// The values CloudFormation documents: `PLAINTEXT`, `ZIPFILE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CodeContentType {
    /// `PLAINTEXT`
    Plaintext,
    /// `ZIPFILE`
    Zipfile,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CodeContentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Plaintext => "PLAINTEXT",
            Self::Zipfile => "ZIPFILE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PLAINTEXT", "ZIPFILE"]
    }
}
impl ::std::convert::From<CodeContentType> for ::forma_core::Value<CodeContentType> {
    fn from(v: CodeContentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CodeContentType {}

/// Describes code configuration for an application.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationCodeConfiguration {
    props: ::forma_core::schema::Props,
}
impl ApplicationCodeConfiguration {
    /// A new value with its required properties: `CodeContent`, `CodeContentType`.
    pub fn new(
        code_content: impl ::std::convert::Into<::forma_core::Value<CodeContent>>,
        code_content_type: impl ::forma_core::schema::EnumArg<CodeContentType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, code_content.into().into_expr());
        props.set(1, code_content_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ApplicationCodeConfiguration> for ::forma_core::Value<ApplicationCodeConfiguration> {
    fn from(v: ApplicationCodeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPLICATION_CODE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AWS_OWNED_KEY`, `CUSTOMER_MANAGED_KEY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyType {
    /// `AWS_OWNED_KEY`
    AwsOwnedKey,
    /// `CUSTOMER_MANAGED_KEY`
    CustomerManagedKey,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KeyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsOwnedKey => "AWS_OWNED_KEY",
            Self::CustomerManagedKey => "CUSTOMER_MANAGED_KEY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS_OWNED_KEY", "CUSTOMER_MANAGED_KEY"]
    }
}
impl ::std::convert::From<KeyType> for ::forma_core::Value<KeyType> {
    fn from(v: KeyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KeyType {}

/// Describes whether customer managed key is enabled and key details for customer data encryption
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationEncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl ApplicationEncryptionConfiguration {
    /// A new value with its required properties: `KeyType`.
    pub fn new(key_type: impl ::forma_core::schema::EnumArg<KeyType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, key_type.into_enum_expr());
        Self { props }
    }
    /// KMS KeyId.
    ///
    /// Allowed: length 1 to 2048.
    pub fn key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ApplicationEncryptionConfiguration>
    for ::forma_core::Value<ApplicationEncryptionConfiguration>
{
    fn from(v: ApplicationEncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPLICATION_ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// Describes whether snapshots are enabled for a Flink-based Kinesis Data Analytics application.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationSnapshotConfiguration {
    props: ::forma_core::schema::Props,
}
impl ApplicationSnapshotConfiguration {
    /// A new value with its required properties: `SnapshotsEnabled`.
    pub fn new(snapshots_enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, snapshots_enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ApplicationSnapshotConfiguration> for ::forma_core::Value<ApplicationSnapshotConfiguration> {
    fn from(v: ApplicationSnapshotConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPLICATION_SNAPSHOT_CONFIGURATION_TYPE.properties))
    }
}

/// Describes whether system initiated rollbacks are enabled for a Flink-based Kinesis Data Analytics application.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationSystemRollbackConfiguration {
    props: ::forma_core::schema::Props,
}
impl ApplicationSystemRollbackConfiguration {
    /// A new value with its required properties: `RollbackEnabled`.
    pub fn new(rollback_enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, rollback_enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ApplicationSystemRollbackConfiguration>
    for ::forma_core::Value<ApplicationSystemRollbackConfiguration>
{
    fn from(v: ApplicationSystemRollbackConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPLICATION_SYSTEM_ROLLBACK_CONFIGURATION_TYPE.properties))
    }
}

/// Describes execution properties for a Flink-based Kinesis Data Analytics application.
#[derive(Debug, Clone, PartialEq)]
pub struct EnvironmentProperties {
    props: ::forma_core::schema::Props,
}
impl EnvironmentProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Describes the execution property groups.
    pub fn property_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PropertyGroup>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EnvironmentProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EnvironmentProperties> for ::forma_core::Value<EnvironmentProperties> {
    fn from(v: EnvironmentProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENVIRONMENT_PROPERTIES_TYPE.properties))
    }
}

/// Describes configuration parameters for a Flink-based Kinesis Data Analytics application or a Studio notebook.
#[derive(Debug, Clone, PartialEq)]
pub struct FlinkApplicationConfiguration {
    props: ::forma_core::schema::Props,
}
impl FlinkApplicationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Describes an application's checkpointing configuration.
    pub fn checkpoint_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CheckpointConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Describes configuration parameters for Amazon CloudWatch logging for an application.
    pub fn monitoring_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MonitoringConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Describes parameters for how an application executes multiple tasks simultaneously.
    pub fn parallelism_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ParallelismConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FlinkApplicationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FlinkApplicationConfiguration> for ::forma_core::Value<FlinkApplicationConfiguration> {
    fn from(v: FlinkApplicationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FLINK_APPLICATION_CONFIGURATION_TYPE.properties))
    }
}

/// Describes the inputs, outputs, and reference data sources for a SQL-based Kinesis Data Analytics application.
#[derive(Debug, Clone, PartialEq)]
pub struct SqlApplicationConfiguration {
    props: ::forma_core::schema::Props,
}
impl SqlApplicationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The array of Input objects describing the input streams used by the application.
    pub fn inputs(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Input>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SqlApplicationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SqlApplicationConfiguration> for ::forma_core::Value<SqlApplicationConfiguration> {
    fn from(v: SqlApplicationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SQL_APPLICATION_CONFIGURATION_TYPE.properties))
    }
}

/// Describes the parameters of a VPC used by the application.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConfiguration {
    props: ::forma_core::schema::Props,
}
impl VpcConfiguration {
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
impl ::std::convert::From<VpcConfiguration> for ::forma_core::Value<VpcConfiguration> {
    fn from(v: VpcConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONFIGURATION_TYPE.properties))
    }
}

/// The configuration of a Kinesis Data Analytics Studio notebook.
#[derive(Debug, Clone, PartialEq)]
pub struct ZeppelinApplicationConfiguration {
    props: ::forma_core::schema::Props,
}
impl ZeppelinApplicationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Glue Data Catalog that you use in queries in a Kinesis Data Analytics Studio notebook.
    pub fn catalog_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CatalogConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of CustomArtifactConfiguration objects.
    pub fn custom_artifacts_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomArtifactConfiguration>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The information required to deploy a Kinesis Data Analytics Studio notebook as an application with durable state.
    pub fn deploy_as_application_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeployAsApplicationConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The monitoring configuration of a Kinesis Data Analytics Studio notebook.
    pub fn monitoring_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ZeppelinMonitoringConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ZeppelinApplicationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ZeppelinApplicationConfiguration> for ::forma_core::Value<ZeppelinApplicationConfiguration> {
    fn from(v: ZeppelinApplicationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ZEPPELIN_APPLICATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SKIP_RESTORE_FROM_SNAPSHOT`, `RESTORE_FROM_LATEST_SNAPSHOT`, `RESTORE_FROM_CUSTOM_SNAPSHOT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApplicationRestoreType {
    /// `SKIP_RESTORE_FROM_SNAPSHOT`
    SkipRestoreFromSnapshot,
    /// `RESTORE_FROM_LATEST_SNAPSHOT`
    RestoreFromLatestSnapshot,
    /// `RESTORE_FROM_CUSTOM_SNAPSHOT`
    RestoreFromCustomSnapshot,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApplicationRestoreType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SkipRestoreFromSnapshot => "SKIP_RESTORE_FROM_SNAPSHOT",
            Self::RestoreFromLatestSnapshot => "RESTORE_FROM_LATEST_SNAPSHOT",
            Self::RestoreFromCustomSnapshot => "RESTORE_FROM_CUSTOM_SNAPSHOT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SKIP_RESTORE_FROM_SNAPSHOT", "RESTORE_FROM_LATEST_SNAPSHOT", "RESTORE_FROM_CUSTOM_SNAPSHOT"]
    }
}
impl ::std::convert::From<ApplicationRestoreType> for ::forma_core::Value<ApplicationRestoreType> {
    fn from(v: ApplicationRestoreType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApplicationRestoreType {}

/// Describes the restore behavior of a restarting application.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationRestoreConfiguration {
    props: ::forma_core::schema::Props,
}
impl ApplicationRestoreConfiguration {
    /// A new value with its required properties: `ApplicationRestoreType`.
    pub fn new(application_restore_type: impl ::forma_core::schema::EnumArg<ApplicationRestoreType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, application_restore_type.into_enum_expr());
        Self { props }
    }
    /// The identifier of an existing snapshot of application state to use to restart an application.
    ///
    /// Allowed: length 1 to 256.
    pub fn snapshot_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ApplicationRestoreConfiguration> for ::forma_core::Value<ApplicationRestoreConfiguration> {
    fn from(v: ApplicationRestoreConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPLICATION_RESTORE_CONFIGURATION_TYPE.properties))
    }
}

/// Describes the starting parameters for a Flink-based Kinesis Data Analytics application.
#[derive(Debug, Clone, PartialEq)]
pub struct FlinkRunConfiguration {
    props: ::forma_core::schema::Props,
}
impl FlinkRunConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// When restoring from a snapshot, specifies whether the runtime is allowed to skip a state that cannot be mapped to the new program.
    pub fn allow_non_restored_state(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FlinkRunConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FlinkRunConfiguration> for ::forma_core::Value<FlinkRunConfiguration> {
    fn from(v: FlinkRunConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FLINK_RUN_CONFIGURATION_TYPE.properties))
    }
}

/// Specifies either the application code, or the location of the application code, for a Flink-based Kinesis Data Analytics application.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeContent {
    props: ::forma_core::schema::Props,
}
impl CodeContent {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Information about the Amazon S3 bucket that contains the application code.
    pub fn s3_content_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3ContentLocation>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The text-format code for a Flink-based Kinesis Data Analytics application.
    ///
    /// Allowed: length 1 to 102400.
    pub fn text_content(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The zip-format code for a Flink-based Kinesis Data Analytics application.
    pub fn zip_file_content(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CodeContent {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CodeContent> for ::forma_core::Value<CodeContent> {
    fn from(v: CodeContent) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_CONTENT_TYPE.properties))
    }
}

/// Property key-value pairs passed into an application.
#[derive(Debug, Clone, PartialEq)]
pub struct PropertyGroup {
    props: ::forma_core::schema::Props,
}
impl PropertyGroup {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Describes the key of an application execution property key-value pair.
    ///
    /// Allowed: length 1 to 50.
    pub fn property_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Describes the value of an application execution property key-value pair.
    pub fn property_map(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PropertyGroup {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PropertyGroup> for ::forma_core::Value<PropertyGroup> {
    fn from(v: PropertyGroup) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROPERTY_GROUP_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DEFAULT`, `CUSTOM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConfigurationType {
    /// `DEFAULT`
    Default,
    /// `CUSTOM`
    Custom,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConfigurationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "DEFAULT",
            Self::Custom => "CUSTOM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEFAULT", "CUSTOM"]
    }
}
impl ::std::convert::From<ConfigurationType> for ::forma_core::Value<ConfigurationType> {
    fn from(v: ConfigurationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConfigurationType {}

/// Describes an application's checkpointing configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckpointConfiguration {
    props: ::forma_core::schema::Props,
}
impl CheckpointConfiguration {
    /// A new value with its required properties: `ConfigurationType`.
    pub fn new(configuration_type: impl ::forma_core::schema::EnumArg<ConfigurationType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, configuration_type.into_enum_expr());
        Self { props }
    }
    /// Describes the interval in milliseconds between checkpoint operations.
    ///
    /// Allowed: 1 to 9223372036854775807.
    pub fn checkpoint_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Describes whether checkpointing is enabled for a Flink-based Kinesis Data Analytics application.
    pub fn checkpointing_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Describes the minimum time in milliseconds after a checkpoint operation completes that a new checkpoint operation can start.
    ///
    /// Allowed: 0 to 9223372036854775807.
    pub fn min_pause_between_checkpoints(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CheckpointConfiguration> for ::forma_core::Value<CheckpointConfiguration> {
    fn from(v: CheckpointConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CHECKPOINT_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DEBUG`, `INFO`, `WARN`, `ERROR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogLevel {
    /// `DEBUG`
    Debug,
    /// `INFO`
    Info,
    /// `WARN`
    Warn,
    /// `ERROR`
    Error,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LogLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Debug => "DEBUG",
            Self::Info => "INFO",
            Self::Warn => "WARN",
            Self::Error => "ERROR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEBUG", "INFO", "WARN", "ERROR"]
    }
}
impl ::std::convert::From<LogLevel> for ::forma_core::Value<LogLevel> {
    fn from(v: LogLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LogLevel {}

/// The values CloudFormation documents: `APPLICATION`, `OPERATOR`, `PARALLELISM`, `TASK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetricsLevel {
    /// `APPLICATION`
    Application,
    /// `OPERATOR`
    Operator,
    /// `PARALLELISM`
    Parallelism,
    /// `TASK`
    Task,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MetricsLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Application => "APPLICATION",
            Self::Operator => "OPERATOR",
            Self::Parallelism => "PARALLELISM",
            Self::Task => "TASK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["APPLICATION", "OPERATOR", "PARALLELISM", "TASK"]
    }
}
impl ::std::convert::From<MetricsLevel> for ::forma_core::Value<MetricsLevel> {
    fn from(v: MetricsLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MetricsLevel {}

/// Describes configuration parameters for Amazon CloudWatch logging for a Java-based Kinesis Data Analytics application.
#[derive(Debug, Clone, PartialEq)]
pub struct MonitoringConfiguration {
    props: ::forma_core::schema::Props,
}
impl MonitoringConfiguration {
    /// A new value with its required properties: `ConfigurationType`.
    pub fn new(configuration_type: impl ::forma_core::schema::EnumArg<ConfigurationType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, configuration_type.into_enum_expr());
        Self { props }
    }
    /// Describes the verbosity of the CloudWatch Logs for an application.
    pub fn log_level(mut self, value: impl ::forma_core::schema::EnumArg<LogLevel>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Describes the granularity of the CloudWatch Logs for an application.
    pub fn metrics_level(mut self, value: impl ::forma_core::schema::EnumArg<MetricsLevel>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<MonitoringConfiguration> for ::forma_core::Value<MonitoringConfiguration> {
    fn from(v: MonitoringConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MONITORING_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CUSTOM`, `DEFAULT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParallelismConfigurationConfigurationType {
    /// `CUSTOM`
    Custom,
    /// `DEFAULT`
    Default,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ParallelismConfigurationConfigurationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Custom => "CUSTOM",
            Self::Default => "DEFAULT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CUSTOM", "DEFAULT"]
    }
}
impl ::std::convert::From<ParallelismConfigurationConfigurationType>
    for ::forma_core::Value<ParallelismConfigurationConfigurationType>
{
    fn from(v: ParallelismConfigurationConfigurationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ParallelismConfigurationConfigurationType {}

/// Describes parameters for how a Flink-based Kinesis Data Analytics application executes multiple tasks simultaneously.
#[derive(Debug, Clone, PartialEq)]
pub struct ParallelismConfiguration {
    props: ::forma_core::schema::Props,
}
impl ParallelismConfiguration {
    /// A new value with its required properties: `ConfigurationType`.
    pub fn new(
        configuration_type: impl ::forma_core::schema::EnumArg<ParallelismConfigurationConfigurationType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, configuration_type.into_enum_expr());
        Self { props }
    }
    /// Describes whether the Kinesis Data Analytics service can increase the parallelism of the application in response to increased throughput.
    pub fn auto_scaling_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Describes the initial number of parallel tasks that a Java-based Kinesis Data Analytics application can perform.
    ///
    /// Allowed: at least 1.
    pub fn parallelism(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Describes the number of parallel tasks that a Java-based Kinesis Data Analytics application can perform per Kinesis Processing Unit (KPU) used by the application.
    ///
    /// Allowed: at least 1.
    pub fn parallelism_per_kpu(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ParallelismConfiguration> for ::forma_core::Value<ParallelismConfiguration> {
    fn from(v: ParallelismConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARALLELISM_CONFIGURATION_TYPE.properties))
    }
}

/// When you configure the application input for a SQL-based Kinesis Data Analytics application, you specify the streaming source, the in-application stream name that is created, and the mapping between the two.
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    props: ::forma_core::schema::Props,
}
impl Input {
    /// A new value with its required properties: `InputSchema`, `NamePrefix`.
    pub fn new(
        input_schema: impl ::std::convert::Into<::forma_core::Value<InputSchema>>,
        name_prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, input_schema.into().into_expr());
        props.set(5, name_prefix.into().into_expr());
        Self { props }
    }
    /// Describes the number of in-application streams to create.
    pub fn input_parallelism(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InputParallelism>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The InputProcessingConfiguration for the input.
    pub fn input_processing_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InputProcessingConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// If the streaming source is an Amazon Kinesis Data Firehose delivery stream, identifies the delivery stream's ARN.
    pub fn kinesis_firehose_input(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KinesisFirehoseInput>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// If the streaming source is an Amazon Kinesis data stream, identifies the stream's Amazon Resource Name (ARN).
    pub fn kinesis_streams_input(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KinesisStreamsInput>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Input> for ::forma_core::Value<Input> {
    fn from(v: Input) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_TYPE.properties))
    }
}

/// The configuration parameters for the default Amazon Glue database.
#[derive(Debug, Clone, PartialEq)]
pub struct CatalogConfiguration {
    props: ::forma_core::schema::Props,
}
impl CatalogConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The configuration parameters for the default Amazon Glue database.
    pub fn glue_data_catalog_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GlueDataCatalogConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CatalogConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CatalogConfiguration> for ::forma_core::Value<CatalogConfiguration> {
    fn from(v: CatalogConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CATALOG_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DEPENDENCY_JAR`, `UDF`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ArtifactType {
    /// `DEPENDENCY_JAR`
    DependencyJar,
    /// `UDF`
    Udf,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ArtifactType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DependencyJar => "DEPENDENCY_JAR",
            Self::Udf => "UDF",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEPENDENCY_JAR", "UDF"]
    }
}
impl ::std::convert::From<ArtifactType> for ::forma_core::Value<ArtifactType> {
    fn from(v: ArtifactType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ArtifactType {}

/// The configuration of connectors and user-defined functions.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomArtifactConfiguration {
    props: ::forma_core::schema::Props,
}
impl CustomArtifactConfiguration {
    /// A new value with its required properties: `ArtifactType`.
    pub fn new(artifact_type: impl ::forma_core::schema::EnumArg<ArtifactType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, artifact_type.into_enum_expr());
        Self { props }
    }
    /// The parameters required to fully specify a Maven reference.
    pub fn maven_reference(mut self, value: impl ::std::convert::Into<::forma_core::Value<MavenReference>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The location of the custom artifacts.
    pub fn s3_content_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3ContentLocation>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomArtifactConfiguration> for ::forma_core::Value<CustomArtifactConfiguration> {
    fn from(v: CustomArtifactConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_ARTIFACT_CONFIGURATION_TYPE.properties))
    }
}

/// The information required to deploy a Kinesis Data Analytics Studio notebook as an application with durable state.
#[derive(Debug, Clone, PartialEq)]
pub struct DeployAsApplicationConfiguration {
    props: ::forma_core::schema::Props,
}
impl DeployAsApplicationConfiguration {
    /// A new value with its required properties: `S3ContentLocation`.
    pub fn new(s3_content_location: impl ::std::convert::Into<::forma_core::Value<S3ContentBaseLocation>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_content_location.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DeployAsApplicationConfiguration> for ::forma_core::Value<DeployAsApplicationConfiguration> {
    fn from(v: DeployAsApplicationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPLOY_AS_APPLICATION_CONFIGURATION_TYPE.properties))
    }
}

/// Describes configuration parameters for Amazon CloudWatch logging for a Kinesis Data Analytics Studio notebook.
#[derive(Debug, Clone, PartialEq)]
pub struct ZeppelinMonitoringConfiguration {
    props: ::forma_core::schema::Props,
}
impl ZeppelinMonitoringConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The verbosity of the CloudWatch Logs for an application.
    pub fn log_level(mut self, value: impl ::forma_core::schema::EnumArg<LogLevel>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ZeppelinMonitoringConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ZeppelinMonitoringConfiguration> for ::forma_core::Value<ZeppelinMonitoringConfiguration> {
    fn from(v: ZeppelinMonitoringConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ZEPPELIN_MONITORING_CONFIGURATION_TYPE.properties))
    }
}

/// The location of an application or a custom artifact.
#[derive(Debug, Clone, PartialEq)]
pub struct S3ContentLocation {
    props: ::forma_core::schema::Props,
}
impl S3ContentLocation {
    /// A new value with its required properties: `BucketARN`, `FileKey`.
    pub fn new(
        bucket_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        file_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_arn.into().into_expr());
        props.set(1, file_key.into().into_expr());
        Self { props }
    }
    /// The version of the object containing the application code.
    ///
    /// Allowed: length 1 to 1024.
    pub fn object_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3ContentLocation> for ::forma_core::Value<S3ContentLocation> {
    fn from(v: S3ContentLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_CONTENT_LOCATION_TYPE.properties))
    }
}

/// For a SQL-based Kinesis Data Analytics application, describes the number of in-application streams to create for a given streaming source.
#[derive(Debug, Clone, PartialEq)]
pub struct InputParallelism {
    props: ::forma_core::schema::Props,
}
impl InputParallelism {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The number of in-application streams to create.
    ///
    /// Allowed: 1 to 64.
    pub fn count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputParallelism {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputParallelism> for ::forma_core::Value<InputParallelism> {
    fn from(v: InputParallelism) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_PARALLELISM_TYPE.properties))
    }
}

/// For an SQL-based Amazon Kinesis Data Analytics application, describes a processor that is used to preprocess the records in the stream before being processed by your application code.
#[derive(Debug, Clone, PartialEq)]
pub struct InputProcessingConfiguration {
    props: ::forma_core::schema::Props,
}
impl InputProcessingConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The InputLambdaProcessor that is used to preprocess the records in the stream before being processed by your application code.
    pub fn input_lambda_processor(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InputLambdaProcessor>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputProcessingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputProcessingConfiguration> for ::forma_core::Value<InputProcessingConfiguration> {
    fn from(v: InputProcessingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_PROCESSING_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `UTF-8`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordEncoding {
    /// `UTF-8`
    Utf8,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RecordEncoding {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Utf8 => "UTF-8",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["UTF-8"]
    }
}
impl ::std::convert::From<RecordEncoding> for ::forma_core::Value<RecordEncoding> {
    fn from(v: RecordEncoding) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RecordEncoding {}

/// For a SQL-based Kinesis Data Analytics application, describes the format of the data in the streaming source, and how each data element maps to corresponding columns created in the in-application stream.
#[derive(Debug, Clone, PartialEq)]
pub struct InputSchema {
    props: ::forma_core::schema::Props,
}
impl InputSchema {
    /// A new value with its required properties: `RecordColumns`, `RecordFormat`.
    pub fn new(
        record_columns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RecordColumn>>>,
        record_format: impl ::std::convert::Into<::forma_core::Value<RecordFormat>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, record_columns.into().into_expr());
        props.set(2, record_format.into().into_expr());
        Self { props }
    }
    /// Specifies the encoding of the records in the streaming source.
    ///
    /// Allowed: length 5 to 5.
    pub fn record_encoding(mut self, value: impl ::forma_core::schema::EnumArg<RecordEncoding>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<InputSchema> for ::forma_core::Value<InputSchema> {
    fn from(v: InputSchema) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_SCHEMA_TYPE.properties))
    }
}

/// For a SQL-based Kinesis Data Analytics application, identifies a Kinesis Data Firehose delivery stream as the streaming source.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisFirehoseInput {
    props: ::forma_core::schema::Props,
}
impl KinesisFirehoseInput {
    /// A new value with its required properties: `ResourceARN`.
    pub fn new(resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resource_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KinesisFirehoseInput> for ::forma_core::Value<KinesisFirehoseInput> {
    fn from(v: KinesisFirehoseInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_FIREHOSE_INPUT_TYPE.properties))
    }
}

/// Identifies a Kinesis data stream as the streaming source.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisStreamsInput {
    props: ::forma_core::schema::Props,
}
impl KinesisStreamsInput {
    /// A new value with its required properties: `ResourceARN`.
    pub fn new(resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resource_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KinesisStreamsInput> for ::forma_core::Value<KinesisStreamsInput> {
    fn from(v: KinesisStreamsInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_STREAMS_INPUT_TYPE.properties))
    }
}

/// The configuration of the Glue Data Catalog that you use for Apache Flink SQL queries and table API transforms that you write in an application.
#[derive(Debug, Clone, PartialEq)]
pub struct GlueDataCatalogConfiguration {
    props: ::forma_core::schema::Props,
}
impl GlueDataCatalogConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) of the database.
    ///
    /// Allowed: length 1 to 2048.
    pub fn database_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GlueDataCatalogConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GlueDataCatalogConfiguration> for ::forma_core::Value<GlueDataCatalogConfiguration> {
    fn from(v: GlueDataCatalogConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GLUE_DATA_CATALOG_CONFIGURATION_TYPE.properties))
    }
}

/// The information required to specify a Maven reference.
#[derive(Debug, Clone, PartialEq)]
pub struct MavenReference {
    props: ::forma_core::schema::Props,
}
impl MavenReference {
    /// A new value with its required properties: `ArtifactId`, `GroupId`, `Version`.
    pub fn new(
        artifact_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        group_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, artifact_id.into().into_expr());
        props.set(1, group_id.into().into_expr());
        props.set(2, version.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MavenReference> for ::forma_core::Value<MavenReference> {
    fn from(v: MavenReference) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAVEN_REFERENCE_TYPE.properties))
    }
}

/// The base location of the Amazon Data Analytics application.
#[derive(Debug, Clone, PartialEq)]
pub struct S3ContentBaseLocation {
    props: ::forma_core::schema::Props,
}
impl S3ContentBaseLocation {
    /// A new value with its required properties: `BucketARN`.
    pub fn new(bucket_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, bucket_arn.into().into_expr());
        Self { props }
    }
    /// The base path for the S3 bucket.
    ///
    /// Allowed: length 1 to 1024.
    pub fn base_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3ContentBaseLocation> for ::forma_core::Value<S3ContentBaseLocation> {
    fn from(v: S3ContentBaseLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_CONTENT_BASE_LOCATION_TYPE.properties))
    }
}

/// An object that contains the Amazon Resource Name (ARN) of the Amazon Lambda function that is used to preprocess records in the stream in a SQL-based Kinesis Data Analytics application.
#[derive(Debug, Clone, PartialEq)]
pub struct InputLambdaProcessor {
    props: ::forma_core::schema::Props,
}
impl InputLambdaProcessor {
    /// A new value with its required properties: `ResourceARN`.
    pub fn new(resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resource_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InputLambdaProcessor> for ::forma_core::Value<InputLambdaProcessor> {
    fn from(v: InputLambdaProcessor) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_LAMBDA_PROCESSOR_TYPE.properties))
    }
}

/// For a SQL-based Kinesis Data Analytics application, describes the mapping of each data element in the streaming source to the corresponding column in the in-application stream.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordColumn {
    props: ::forma_core::schema::Props,
}
impl RecordColumn {
    /// A new value with its required properties: `Name`, `SqlType`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sql_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        props.set(2, sql_type.into().into_expr());
        Self { props }
    }
    /// A reference to the data element in the streaming input or the reference data source.
    ///
    /// Allowed: length 1 to 65535.
    pub fn mapping(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RecordColumn> for ::forma_core::Value<RecordColumn> {
    fn from(v: RecordColumn) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECORD_COLUMN_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CSV`, `JSON`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordFormatType {
    /// `CSV`
    Csv,
    /// `JSON`
    Json,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RecordFormatType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Csv => "CSV",
            Self::Json => "JSON",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CSV", "JSON"]
    }
}
impl ::std::convert::From<RecordFormatType> for ::forma_core::Value<RecordFormatType> {
    fn from(v: RecordFormatType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RecordFormatType {}

/// For a SQL-based Kinesis Data Analytics application, describes the record format and relevant mapping information that should be applied to schematize the records on the stream.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordFormat {
    props: ::forma_core::schema::Props,
}
impl RecordFormat {
    /// A new value with its required properties: `RecordFormatType`.
    pub fn new(record_format_type: impl ::forma_core::schema::EnumArg<RecordFormatType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, record_format_type.into_enum_expr());
        Self { props }
    }
    /// When you configure application input at the time of creating or updating an application, provides additional mapping information specific to the record format (such as JSON, CSV, or record fields delimited by some delimiter) on the streaming source.
    pub fn mapping_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MappingParameters>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RecordFormat> for ::forma_core::Value<RecordFormat> {
    fn from(v: RecordFormat) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECORD_FORMAT_TYPE.properties))
    }
}

/// When you configure a SQL-based Kinesis Data Analytics application's input at the time of creating or updating an application, provides additional mapping information specific to the record format (such as JSON, CSV, or record fields delimited by some delimiter) on the streaming source.
#[derive(Debug, Clone, PartialEq)]
pub struct MappingParameters {
    props: ::forma_core::schema::Props,
}
impl MappingParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Provides additional mapping information when the record format uses delimiters (for example, CSV).
    pub fn csv_mapping_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CsvMappingParameters>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Provides additional mapping information when JSON is the record format on the streaming source.
    pub fn json_mapping_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<JsonMappingParameters>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MappingParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MappingParameters> for ::forma_core::Value<MappingParameters> {
    fn from(v: MappingParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAPPING_PARAMETERS_TYPE.properties))
    }
}

/// For a SQL-based Kinesis Data Analytics application, provides additional mapping information when the record format uses delimiters, such as CSV.
#[derive(Debug, Clone, PartialEq)]
pub struct CsvMappingParameters {
    props: ::forma_core::schema::Props,
}
impl CsvMappingParameters {
    /// A new value with its required properties: `RecordColumnDelimiter`, `RecordRowDelimiter`.
    pub fn new(
        record_column_delimiter: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        record_row_delimiter: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, record_column_delimiter.into().into_expr());
        props.set(1, record_row_delimiter.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CsvMappingParameters> for ::forma_core::Value<CsvMappingParameters> {
    fn from(v: CsvMappingParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CSV_MAPPING_PARAMETERS_TYPE.properties))
    }
}

/// For a SQL-based Kinesis Data Analytics application, provides additional mapping information when JSON is the record format on the streaming source.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonMappingParameters {
    props: ::forma_core::schema::Props,
}
impl JsonMappingParameters {
    /// A new value with its required properties: `RecordRowPath`.
    pub fn new(record_row_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, record_row_path.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<JsonMappingParameters> for ::forma_core::Value<JsonMappingParameters> {
    fn from(v: JsonMappingParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JSON_MAPPING_PARAMETERS_TYPE.properties))
    }
}

/// The schema of `AWS::KinesisAnalyticsV2::Application`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::KinesisAnalyticsV2::Application",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APPLICATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ApplicationDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ApplicationMaintenanceConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APPLICATION_MAINTENANCE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ApplicationMode",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["INTERACTIVE", "STREAMING"]),
        },
        ::forma_core::schema::Property {
            name: "ApplicationName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_.-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "RunConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RUN_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RuntimeEnvironment",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "FLINK-1_11",
                "FLINK-1_13",
                "FLINK-1_15",
                "FLINK-1_18",
                "FLINK-1_19",
                "FLINK-1_20",
                "FLINK-1_6",
                "FLINK-1_8",
                "FLINK-2_2",
                "FLINK-2_3",
                "SQL-1_0",
                "ZEPPELIN-FLINK-1_0",
                "ZEPPELIN-FLINK-2_0",
                "ZEPPELIN-FLINK-3_0",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ServiceExecutionRole",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*$"),
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
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &[],
};

static APPLICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.ApplicationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationCodeConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APPLICATION_CODE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ApplicationEncryptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APPLICATION_ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ApplicationSnapshotConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APPLICATION_SNAPSHOT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ApplicationSystemRollbackConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APPLICATION_SYSTEM_ROLLBACK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENVIRONMENT_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FlinkApplicationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FLINK_APPLICATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SqlApplicationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SQL_APPLICATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VpcConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VPC_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ZeppelinApplicationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ZEPPELIN_APPLICATION_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static APPLICATION_MAINTENANCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisAnalyticsV2::Application.ApplicationMaintenanceConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "ApplicationMaintenanceWindowStartTime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([01][0-9]|2[0-3]):[0-5][0-9]$"),
                min_length: None,
                max_length: None,
            }),
        }],
        rules: &[],
    };

static RUN_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.RunConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationRestoreConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APPLICATION_RESTORE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FlinkRunConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FLINK_RUN_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.Tag",
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

static APPLICATION_CODE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.ApplicationCodeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CodeContent",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CODE_CONTENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CodeContentType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PLAINTEXT", "ZIPFILE"]),
        },
    ],
    rules: &[],
};

static APPLICATION_ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::KinesisAnalyticsV2::Application.ApplicationEncryptionConfiguration",
properties: &[
::forma_core::schema::Property { name: "KeyId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(?:arn:.*:kms:.*:.*:(?:key\\/.*|alias\\/.*)|alias\\/.*|(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"), min_length: Some(1), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "KeyType", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["AWS_OWNED_KEY", "CUSTOMER_MANAGED_KEY"]) },
],
rules: &[],
};

static APPLICATION_SNAPSHOT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisAnalyticsV2::Application.ApplicationSnapshotConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "SnapshotsEnabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        }],
        rules: &[],
    };

static APPLICATION_SYSTEM_ROLLBACK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisAnalyticsV2::Application.ApplicationSystemRollbackConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "RollbackEnabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        }],
        rules: &[],
    };

static ENVIRONMENT_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.EnvironmentProperties",
    properties: &[::forma_core::schema::Property {
        name: "PropertyGroups",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&PROPERTY_GROUP_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
        ),
    }],
    rules: &[],
};

static FLINK_APPLICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.FlinkApplicationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CheckpointConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CHECKPOINT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MonitoringConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MONITORING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ParallelismConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARALLELISM_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static SQL_APPLICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.SqlApplicationConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Inputs",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&INPUT_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: Some(1) },
        ),
    }],
    rules: &[],
};

static VPC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.VpcConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(16) },
            ),
        },
    ],
    rules: &[],
};

static ZEPPELIN_APPLICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisAnalyticsV2::Application.ZeppelinApplicationConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "CatalogConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CATALOG_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "CustomArtifactsConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&CUSTOM_ARTIFACT_CONFIGURATION_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
                ),
            },
            ::forma_core::schema::Property {
                name: "DeployAsApplicationConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DEPLOY_AS_APPLICATION_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "MonitoringConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ZEPPELIN_MONITORING_CONFIGURATION_TYPE),
            },
        ],
        rules: &[],
    };

static APPLICATION_RESTORE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisAnalyticsV2::Application.ApplicationRestoreConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "ApplicationRestoreType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "SKIP_RESTORE_FROM_SNAPSHOT",
                    "RESTORE_FROM_LATEST_SNAPSHOT",
                    "RESTORE_FROM_CUSTOM_SNAPSHOT",
                ]),
            },
            ::forma_core::schema::Property {
                name: "SnapshotName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9_.-]+$"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
        ],
        rules: &[],
    };

static FLINK_RUN_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.FlinkRunConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AllowNonRestoredState",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static CODE_CONTENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.CodeContent",
    properties: &[
        ::forma_core::schema::Property {
            name: "S3ContentLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_CONTENT_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TextContent",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(102400),
            }),
        },
        ::forma_core::schema::Property {
            name: "ZipFileContent",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static PROPERTY_GROUP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.PropertyGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "PropertyGroupId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_.-]+$"),
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "PropertyMap",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(2048) },
            )),
        },
    ],
    rules: &[],
};

static CHECKPOINT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.CheckpointConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CheckpointInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(9.223372036854776e+18),
            }),
        },
        ::forma_core::schema::Property {
            name: "CheckpointingEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ConfigurationType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DEFAULT", "CUSTOM"]),
        },
        ::forma_core::schema::Property {
            name: "MinPauseBetweenCheckpoints",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(9.223372036854776e+18),
            }),
        },
    ],
    rules: &[],
};

static MONITORING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.MonitoringConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConfigurationType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DEFAULT", "CUSTOM"]),
        },
        ::forma_core::schema::Property {
            name: "LogLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DEBUG", "INFO", "WARN", "ERROR"]),
        },
        ::forma_core::schema::Property {
            name: "MetricsLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["APPLICATION", "OPERATOR", "PARALLELISM", "TASK"]),
        },
    ],
    rules: &[],
};

static PARALLELISM_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.ParallelismConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoScalingEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ConfigurationType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CUSTOM", "DEFAULT"]),
        },
        ::forma_core::schema::Property {
            name: "Parallelism",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ParallelismPerKPU",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.Input",
    properties: &[
        ::forma_core::schema::Property {
            name: "InputParallelism",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_PARALLELISM_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InputProcessingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_PROCESSING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InputSchema",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_SCHEMA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KinesisFirehoseInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KINESIS_FIREHOSE_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KinesisStreamsInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KINESIS_STREAMS_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NamePrefix",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^-\\s<>&]*$"),
                min_length: Some(1),
                max_length: Some(32),
            }),
        },
    ],
    rules: &[],
};

static CATALOG_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.CatalogConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "GlueDataCatalogConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&GLUE_DATA_CATALOG_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static CUSTOM_ARTIFACT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.CustomArtifactConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ArtifactType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DEPENDENCY_JAR", "UDF"]),
        },
        ::forma_core::schema::Property {
            name: "MavenReference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MAVEN_REFERENCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3ContentLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_CONTENT_LOCATION_TYPE),
        },
    ],
    rules: &[],
};

static DEPLOY_AS_APPLICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisAnalyticsV2::Application.DeployAsApplicationConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "S3ContentLocation",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_CONTENT_BASE_LOCATION_TYPE),
        }],
        rules: &[],
    };

static ZEPPELIN_MONITORING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::KinesisAnalyticsV2::Application.ZeppelinMonitoringConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "LogLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DEBUG", "INFO", "WARN", "ERROR"]),
        }],
        rules: &[],
    };

static S3_CONTENT_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.S3ContentLocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "FileKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ObjectVersion",
            required: false,
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

static INPUT_PARALLELISM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.InputParallelism",
    properties: &[::forma_core::schema::Property {
        name: "Count",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: Some(64.0),
        }),
    }],
    rules: &[],
};

static INPUT_PROCESSING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.InputProcessingConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "InputLambdaProcessor",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&INPUT_LAMBDA_PROCESSOR_TYPE),
    }],
    rules: &[],
};

static INPUT_SCHEMA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.InputSchema",
    properties: &[
        ::forma_core::schema::Property {
            name: "RecordColumns",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RECORD_COLUMN_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1000) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RecordEncoding",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["UTF-8"]),
        },
        ::forma_core::schema::Property {
            name: "RecordFormat",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RECORD_FORMAT_TYPE),
        },
    ],
    rules: &[],
};

static KINESIS_FIREHOSE_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.KinesisFirehoseInput",
    properties: &[::forma_core::schema::Property {
        name: "ResourceARN",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:.*$"),
            min_length: Some(1),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static KINESIS_STREAMS_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.KinesisStreamsInput",
    properties: &[::forma_core::schema::Property {
        name: "ResourceARN",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:.*$"),
            min_length: Some(1),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static GLUE_DATA_CATALOG_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.GlueDataCatalogConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "DatabaseARN",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:.*$"),
            min_length: Some(1),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static MAVEN_REFERENCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.MavenReference",
    properties: &[
        ::forma_core::schema::Property {
            name: "ArtifactId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_.-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "GroupId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_.-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_.-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static S3_CONTENT_BASE_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.S3ContentBaseLocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "BasePath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9/!-_.*'()]+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "BucketARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static INPUT_LAMBDA_PROCESSOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.InputLambdaProcessor",
    properties: &[::forma_core::schema::Property {
        name: "ResourceARN",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:.*$"),
            min_length: Some(1),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static RECORD_COLUMN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.RecordColumn",
    properties: &[
        ::forma_core::schema::Property {
            name: "Mapping",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(65535),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^-\\s<>&]*$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "SqlType",
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

static RECORD_FORMAT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.RecordFormat",
    properties: &[
        ::forma_core::schema::Property {
            name: "MappingParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MAPPING_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RecordFormatType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CSV", "JSON"]),
        },
    ],
    rules: &[],
};

static MAPPING_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.MappingParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "CSVMappingParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CSV_MAPPING_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JSONMappingParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JSON_MAPPING_PARAMETERS_TYPE),
        },
    ],
    rules: &[],
};

static CSV_MAPPING_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.CSVMappingParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "RecordColumnDelimiter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "RecordRowDelimiter",
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

static JSON_MAPPING_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::Application.JSONMappingParameters",
    properties: &[::forma_core::schema::Property {
        name: "RecordRowPath",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^(?=^\\$)(?=^\\S+$).*$"),
            min_length: Some(1),
            max_length: Some(65535),
        }),
    }],
    rules: &[],
};
