// @generated from AWS::QuickSight::DataSet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QuickSight::DataSet` and its property types.

/// Definition of the AWS::QuickSight::DataSet Resource Type.
///
/// CloudFormation type `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSet {
    props: ::forma_core::schema::Props,
}
impl DataSet {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AwsAccountId`.
    ///
    /// Allowed: length 12 to 12.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn aws_account_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>Groupings of columns that work together in certain Amazon QuickSight features.
    #[track_caller]
    pub fn column_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ColumnGroup>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>A set of one or more definitions of a <code> <a href="https://docs.aws.amazon.com/quicksight/latest/APIReference/API_ColumnLevelPermissionRule.html">ColumnLevelPermissionRule</a> </code>.</p>
    #[track_caller]
    pub fn column_level_permission_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ColumnLevelPermissionRule>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DataPrepConfiguration`.
    #[track_caller]
    pub fn data_prep_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataPrepConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DataSetId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn data_set_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>The refresh properties of a dataset.</p>
    #[track_caller]
    pub fn data_set_refresh_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSetRefreshProperties>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>The usage configuration to apply to child datasets that reference this dataset as a source.</p>
    #[track_caller]
    pub fn data_set_usage_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSetUsageConfiguration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>The parameter declarations of the dataset.</p>
    #[track_caller]
    pub fn dataset_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DatasetParameter>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FieldFolders`.
    #[track_caller]
    pub fn field_folders(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>When you create the dataset, Amazon QuickSight adds the dataset to these folders.</p>
    #[track_caller]
    pub fn folder_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ImportMode`.
    #[track_caller]
    pub fn import_mode(mut self, value: impl ::forma_core::schema::EnumArg<DataSetImportMode>) -> Self {
        self.props.set_at(10, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>Wait policy to use when creating/updating dataset.
    #[track_caller]
    pub fn ingestion_wait_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IngestionWaitPolicy>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LogicalTableMap`.
    #[track_caller]
    pub fn logical_table_map(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>The display name for the dataset.</p>
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PerformanceConfiguration`.
    #[track_caller]
    pub fn performance_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PerformanceConfiguration>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>A list of resource permissions on the dataset.</p>
    #[track_caller]
    pub fn permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourcePermission>>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PhysicalTableMap`.
    #[track_caller]
    pub fn physical_table_map(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>Information about a dataset that contains permissions for row-level security (RLS).
    #[track_caller]
    pub fn row_level_permission_data_set(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RowLevelPermissionDataSet>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>The configuration of tags on a dataset to set row-level security.
    #[track_caller]
    pub fn row_level_permission_tag_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RowLevelPermissionTagConfiguration>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SemanticModelConfiguration`.
    #[track_caller]
    pub fn semantic_model_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SemanticModelConfiguration>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>Contains a map of the key-value pairs for the resource tag or tags assigned to the dataset.</p>
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UseAs`.
    #[track_caller]
    pub fn use_as(mut self, value: impl ::forma_core::schema::EnumArg<DataSetUseAs>) -> Self {
        self.props.set_at(21, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for DataSet {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for DataSet {
    type Attributes = DataSetAttributes;
    fn type_name(&self) -> &str {
        "AWS::QuickSight::DataSet"
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
/// The attributes of a `AWS::QuickSight::DataSet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataSetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataSetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataSetAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ConsumedSpiceCapacityInBytes`.
    pub fn consumed_spice_capacity_in_bytes(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "ConsumedSpiceCapacityInBytes")
    }
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
    /// `Fn::GetAtt` `OutputColumns`.
    pub fn output_columns(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "OutputColumns")
    }
}

/// The values CloudFormation documents: `SPICE`, `DIRECT_QUERY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataSetImportMode {
    /// `SPICE`
    Spice,
    /// `DIRECT_QUERY`
    DirectQuery,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataSetImportMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Spice => "SPICE",
            Self::DirectQuery => "DIRECT_QUERY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SPICE", "DIRECT_QUERY"]
    }
}
impl ::std::convert::From<DataSetImportMode> for ::forma_core::Value<DataSetImportMode> {
    fn from(v: DataSetImportMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataSetImportMode {}

/// The values CloudFormation documents: `RLS_RULES`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataSetUseAs {
    /// `RLS_RULES`
    RlsRules,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataSetUseAs {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RlsRules => "RLS_RULES",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RLS_RULES"]
    }
}
impl ::std::convert::From<DataSetUseAs> for ::forma_core::Value<DataSetUseAs> {
    fn from(v: DataSetUseAs) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataSetUseAs {}

/// <p>Groupings of columns that work together in certain Amazon QuickSight features.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnGroup {
    props: ::forma_core::schema::Props,
}
impl ColumnGroup {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>Geospatial column group that denotes a hierarchy.</p>
    pub fn geo_spatial_column_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GeoSpatialColumnGroup>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ColumnGroup {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ColumnGroup> for ::forma_core::Value<ColumnGroup> {
    fn from(v: ColumnGroup) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COLUMN_GROUP_TYPE.properties))
    }
}

/// <p>A rule defined to grant access on one or more restricted columns.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnLevelPermissionRule {
    props: ::forma_core::schema::Props,
}
impl ColumnLevelPermissionRule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>An array of column names.</p>
    pub fn column_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>An array of Amazon Resource Names (ARNs) for Amazon QuickSight users or groups.</p>
    pub fn principals(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ColumnLevelPermissionRule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ColumnLevelPermissionRule> for ::forma_core::Value<ColumnLevelPermissionRule> {
    fn from(v: ColumnLevelPermissionRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COLUMN_LEVEL_PERMISSION_RULE_TYPE.properties))
    }
}

/// The `DataPrepConfiguration` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataPrepConfiguration {
    props: ::forma_core::schema::Props,
}
impl DataPrepConfiguration {
    /// A new value with its required properties: `DestinationTableMap`, `SourceTableMap`, `TransformStepMap`.
    pub fn new(
        destination_table_map: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        source_table_map: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        transform_step_map: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination_table_map.into().into_expr());
        props.set(1, source_table_map.into().into_expr());
        props.set(2, transform_step_map.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataPrepConfiguration> for ::forma_core::Value<DataPrepConfiguration> {
    fn from(v: DataPrepConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_PREP_CONFIGURATION_TYPE.properties))
    }
}

/// <p>The refresh properties of a dataset.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct DataSetRefreshProperties {
    props: ::forma_core::schema::Props,
}
impl DataSetRefreshProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FailureConfiguration`.
    pub fn failure_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RefreshFailureConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>The refresh configuration of a dataset.</p>
    pub fn refresh_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RefreshConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataSetRefreshProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataSetRefreshProperties> for ::forma_core::Value<DataSetRefreshProperties> {
    fn from(v: DataSetRefreshProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SET_REFRESH_PROPERTIES_TYPE.properties))
    }
}

/// <p>The usage configuration to apply to child datasets that reference this dataset as a source.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct DataSetUsageConfiguration {
    props: ::forma_core::schema::Props,
}
impl DataSetUsageConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>An option that controls whether a child dataset of a direct query can use this dataset as a source.</p>
    pub fn disable_use_as_direct_query_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>An option that controls whether a child dataset that's stored in QuickSight can use this dataset as a source.</p>
    pub fn disable_use_as_imported_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataSetUsageConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataSetUsageConfiguration> for ::forma_core::Value<DataSetUsageConfiguration> {
    fn from(v: DataSetUsageConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SET_USAGE_CONFIGURATION_TYPE.properties))
    }
}

/// <p>A dataset parameter.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetParameter {
    props: ::forma_core::schema::Props,
}
impl DatasetParameter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>A date time parameter for a dataset.</p>
    pub fn date_time_dataset_parameter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DateTimeDatasetParameter>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>A decimal parameter for a dataset.</p>
    pub fn decimal_dataset_parameter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DecimalDatasetParameter>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>An integer parameter for a dataset.</p>
    pub fn integer_dataset_parameter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IntegerDatasetParameter>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// <p>A string parameter for a dataset.</p>
    pub fn string_dataset_parameter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StringDatasetParameter>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DatasetParameter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DatasetParameter> for ::forma_core::Value<DatasetParameter> {
    fn from(v: DatasetParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATASET_PARAMETER_TYPE.properties))
    }
}

/// <p>A FieldFolder element is a folder that contains fields and nested subfolders.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct FieldFolder {
    props: ::forma_core::schema::Props,
}
impl FieldFolder {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>A folder has a list of columns.
    pub fn columns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>The description for a field folder.</p>
    ///
    /// Allowed: length 0 to 500.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FieldFolder {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FieldFolder> for ::forma_core::Value<FieldFolder> {
    fn from(v: FieldFolder) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIELD_FOLDER_TYPE.properties))
    }
}

/// <p>Wait policy to use when creating/updating dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct IngestionWaitPolicy {
    props: ::forma_core::schema::Props,
}
impl IngestionWaitPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>The maximum time (in hours) to wait for Ingestion to complete.
    ///
    /// Allowed: 1 to 36.
    pub fn ingestion_wait_time_in_hours(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>Wait for SPICE ingestion to finish to mark dataset creation/update successful.
    pub fn wait_for_spice_ingestion(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IngestionWaitPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IngestionWaitPolicy> for ::forma_core::Value<IngestionWaitPolicy> {
    fn from(v: IngestionWaitPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INGESTION_WAIT_POLICY_TYPE.properties))
    }
}

/// <p>A <i>logical table</i> is a unit that joins and that data transformations operate on.
#[derive(Debug, Clone, PartialEq)]
pub struct LogicalTable {
    props: ::forma_core::schema::Props,
}
impl LogicalTable {
    /// A new value with its required properties: `Alias`, `Source`.
    pub fn new(
        alias: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source: impl ::std::convert::Into<::forma_core::Value<LogicalTableSource>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alias.into().into_expr());
        props.set(2, source.into().into_expr());
        Self { props }
    }
    /// <p>Transform operations that act on this logical table.
    pub fn data_transforms(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TransformOperation>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LogicalTable> for ::forma_core::Value<LogicalTable> {
    fn from(v: LogicalTable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGICAL_TABLE_TYPE.properties))
    }
}

/// The `PerformanceConfiguration` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct PerformanceConfiguration {
    props: ::forma_core::schema::Props,
}
impl PerformanceConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `UniqueKeys`.
    pub fn unique_keys(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<UniqueKey>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PerformanceConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PerformanceConfiguration> for ::forma_core::Value<PerformanceConfiguration> {
    fn from(v: PerformanceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PERFORMANCE_CONFIGURATION_TYPE.properties))
    }
}

/// <p>Permission for the resource.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct ResourcePermission {
    props: ::forma_core::schema::Props,
}
impl ResourcePermission {
    /// A new value with its required properties: `Actions`, `Principal`.
    pub fn new(
        actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        principal: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, actions.into().into_expr());
        props.set(1, principal.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ResourcePermission> for ::forma_core::Value<ResourcePermission> {
    fn from(v: ResourcePermission) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_PERMISSION_TYPE.properties))
    }
}

/// <p>A view of a data source that contains information about the shape of the data in the underlying source.
#[derive(Debug, Clone, PartialEq)]
pub struct PhysicalTable {
    props: ::forma_core::schema::Props,
}
impl PhysicalTable {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>A physical table type built from the results of the custom SQL query.</p>
    pub fn custom_sql(mut self, value: impl ::std::convert::Into<::forma_core::Value<CustomSql>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>A physical table type for relational data sources.</p>
    pub fn relational_table(mut self, value: impl ::std::convert::Into<::forma_core::Value<RelationalTable>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>A physical table type for an S3 data source.</p>
    pub fn s3_source(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Source>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SaaSTable`.
    pub fn saa_s_table(mut self, value: impl ::std::convert::Into<::forma_core::Value<SaaSTable>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PhysicalTable {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PhysicalTable> for ::forma_core::Value<PhysicalTable> {
    fn from(v: PhysicalTable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PHYSICAL_TABLE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `VERSION_1`, `VERSION_2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RowLevelPermissionFormatVersion {
    /// `VERSION_1`
    Version1,
    /// `VERSION_2`
    Version2,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RowLevelPermissionFormatVersion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Version1 => "VERSION_1",
            Self::Version2 => "VERSION_2",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["VERSION_1", "VERSION_2"]
    }
}
impl ::std::convert::From<RowLevelPermissionFormatVersion> for ::forma_core::Value<RowLevelPermissionFormatVersion> {
    fn from(v: RowLevelPermissionFormatVersion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RowLevelPermissionFormatVersion {}

/// The values CloudFormation documents: `GRANT_ACCESS`, `DENY_ACCESS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RowLevelPermissionPolicy {
    /// `GRANT_ACCESS`
    GrantAccess,
    /// `DENY_ACCESS`
    DenyAccess,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RowLevelPermissionPolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GrantAccess => "GRANT_ACCESS",
            Self::DenyAccess => "DENY_ACCESS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GRANT_ACCESS", "DENY_ACCESS"]
    }
}
impl ::std::convert::From<RowLevelPermissionPolicy> for ::forma_core::Value<RowLevelPermissionPolicy> {
    fn from(v: RowLevelPermissionPolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RowLevelPermissionPolicy {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
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
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// <p>Information about a dataset that contains permissions for row-level security (RLS).
#[derive(Debug, Clone, PartialEq)]
pub struct RowLevelPermissionDataSet {
    props: ::forma_core::schema::Props,
}
impl RowLevelPermissionDataSet {
    /// A new value with its required properties: `Arn`, `PermissionPolicy`.
    pub fn new(
        arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        permission_policy: impl ::forma_core::schema::EnumArg<RowLevelPermissionPolicy>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, arn.into().into_expr());
        props.set(3, permission_policy.into_enum_expr());
        Self { props }
    }
    /// `FormatVersion`.
    pub fn format_version(
        mut self,
        value: impl ::forma_core::schema::EnumArg<RowLevelPermissionFormatVersion>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// <p>The namespace associated with the dataset that contains permissions for RLS.</p>
    ///
    /// Allowed: length 0 to 64.
    pub fn namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Status`.
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<RowLevelPermissionDataSet> for ::forma_core::Value<RowLevelPermissionDataSet> {
    fn from(v: RowLevelPermissionDataSet) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROW_LEVEL_PERMISSION_DATA_SET_TYPE.properties))
    }
}

/// <p>The configuration of tags on a dataset to set row-level security.
#[derive(Debug, Clone, PartialEq)]
pub struct RowLevelPermissionTagConfiguration {
    props: ::forma_core::schema::Props,
}
impl RowLevelPermissionTagConfiguration {
    /// A new value with its required properties: `TagRules`.
    pub fn new(
        tag_rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RowLevelPermissionTagRule>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, tag_rules.into().into_expr());
        Self { props }
    }
    /// `Status`.
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// <p>A list of tag configuration rules to apply to a dataset.
    pub fn tag_rule_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::vec::Vec<::std::string::String>>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RowLevelPermissionTagConfiguration>
    for ::forma_core::Value<RowLevelPermissionTagConfiguration>
{
    fn from(v: RowLevelPermissionTagConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROW_LEVEL_PERMISSION_TAG_CONFIGURATION_TYPE.properties))
    }
}

/// The `SemanticModelConfiguration` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct SemanticModelConfiguration {
    props: ::forma_core::schema::Props,
}
impl SemanticModelConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SemanticMetadata`.
    pub fn semantic_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataSetSemanticMetadata>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TableMap`.
    pub fn table_map(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SemanticModelConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SemanticModelConfiguration> for ::forma_core::Value<SemanticModelConfiguration> {
    fn from(v: SemanticModelConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SEMANTIC_MODEL_CONFIGURATION_TYPE.properties))
    }
}

/// <p>The key or keys of the key-value pairs for the resource tag or tags assigned to the resource.</p>
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

/// The values CloudFormation documents: `US`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GeoSpatialCountryCode {
    /// `US`
    Us,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GeoSpatialCountryCode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Us => "US",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["US"]
    }
}
impl ::std::convert::From<GeoSpatialCountryCode> for ::forma_core::Value<GeoSpatialCountryCode> {
    fn from(v: GeoSpatialCountryCode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GeoSpatialCountryCode {}

/// <p>Geospatial column group that denotes a hierarchy.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct GeoSpatialColumnGroup {
    props: ::forma_core::schema::Props,
}
impl GeoSpatialColumnGroup {
    /// A new value with its required properties: `Columns`, `Name`.
    pub fn new(
        columns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, columns.into().into_expr());
        props.set(2, name.into().into_expr());
        Self { props }
    }
    /// `CountryCode`.
    pub fn country_code(mut self, value: impl ::forma_core::schema::EnumArg<GeoSpatialCountryCode>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<GeoSpatialColumnGroup> for ::forma_core::Value<GeoSpatialColumnGroup> {
    fn from(v: GeoSpatialColumnGroup) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GEO_SPATIAL_COLUMN_GROUP_TYPE.properties))
    }
}

/// The `DestinationTable` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationTable {
    props: ::forma_core::schema::Props,
}
impl DestinationTable {
    /// A new value with its required properties: `Alias`, `Source`.
    pub fn new(
        alias: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source: impl ::std::convert::Into<::forma_core::Value<DestinationTableSource>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alias.into().into_expr());
        props.set(1, source.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DestinationTable> for ::forma_core::Value<DestinationTable> {
    fn from(v: DestinationTable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_TABLE_TYPE.properties))
    }
}

/// The `SourceTable` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceTable {
    props: ::forma_core::schema::Props,
}
impl SourceTable {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DataSet`.
    pub fn data_set(mut self, value: impl ::std::convert::Into<::forma_core::Value<ParentDataSet>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PhysicalTableId`.
    ///
    /// Allowed: length 1 to 64.
    pub fn physical_table_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SourceTable {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SourceTable> for ::forma_core::Value<SourceTable> {
    fn from(v: SourceTable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_TABLE_TYPE.properties))
    }
}

/// The `TransformStep` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct TransformStep {
    props: ::forma_core::schema::Props,
}
impl TransformStep {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AggregateStep`.
    pub fn aggregate_step(mut self, value: impl ::std::convert::Into<::forma_core::Value<AggregateOperation>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AppendStep`.
    pub fn append_step(mut self, value: impl ::std::convert::Into<::forma_core::Value<AppendOperation>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CastColumnTypesStep`.
    pub fn cast_column_types_step(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CastColumnTypesOperation>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// <p>A transform operation that creates calculated columns.
    pub fn create_columns_step(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CreateColumnsOperation>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `FiltersStep`.
    pub fn filters_step(mut self, value: impl ::std::convert::Into<::forma_core::Value<FiltersOperation>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `ImportTableStep`.
    pub fn import_table_step(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ImportTableOperation>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `JoinStep`.
    pub fn join_step(mut self, value: impl ::std::convert::Into<::forma_core::Value<JoinOperation>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `PivotStep`.
    pub fn pivot_step(mut self, value: impl ::std::convert::Into<::forma_core::Value<PivotOperation>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// <p>A transform operation that projects columns.
    pub fn project_step(mut self, value: impl ::std::convert::Into<::forma_core::Value<ProjectOperation>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `RenameColumnsStep`.
    pub fn rename_columns_step(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RenameColumnsOperation>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `UnpivotStep`.
    pub fn unpivot_step(mut self, value: impl ::std::convert::Into<::forma_core::Value<UnpivotOperation>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TransformStep {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TransformStep> for ::forma_core::Value<TransformStep> {
    fn from(v: TransformStep) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSFORM_STEP_TYPE.properties))
    }
}

/// The `RefreshFailureConfiguration` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct RefreshFailureConfiguration {
    props: ::forma_core::schema::Props,
}
impl RefreshFailureConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EmailAlert`.
    pub fn email_alert(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RefreshFailureEmailAlert>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RefreshFailureConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RefreshFailureConfiguration> for ::forma_core::Value<RefreshFailureConfiguration> {
    fn from(v: RefreshFailureConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REFRESH_FAILURE_CONFIGURATION_TYPE.properties))
    }
}

/// <p>The refresh configuration of a dataset.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct RefreshConfiguration {
    props: ::forma_core::schema::Props,
}
impl RefreshConfiguration {
    /// A new value with its required properties: `IncrementalRefresh`.
    pub fn new(incremental_refresh: impl ::std::convert::Into<::forma_core::Value<IncrementalRefresh>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, incremental_refresh.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RefreshConfiguration> for ::forma_core::Value<RefreshConfiguration> {
    fn from(v: RefreshConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REFRESH_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `YEAR`, `QUARTER`, `MONTH`, `WEEK`, `DAY`, `HOUR`, `MINUTE`, `SECOND`, `MILLISECOND`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimeGranularity {
    /// `YEAR`
    Year,
    /// `QUARTER`
    Quarter,
    /// `MONTH`
    Month,
    /// `WEEK`
    Week,
    /// `DAY`
    Day,
    /// `HOUR`
    Hour,
    /// `MINUTE`
    Minute,
    /// `SECOND`
    Second,
    /// `MILLISECOND`
    Millisecond,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TimeGranularity {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Year => "YEAR",
            Self::Quarter => "QUARTER",
            Self::Month => "MONTH",
            Self::Week => "WEEK",
            Self::Day => "DAY",
            Self::Hour => "HOUR",
            Self::Minute => "MINUTE",
            Self::Second => "SECOND",
            Self::Millisecond => "MILLISECOND",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["YEAR", "QUARTER", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "SECOND", "MILLISECOND"]
    }
}
impl ::std::convert::From<TimeGranularity> for ::forma_core::Value<TimeGranularity> {
    fn from(v: TimeGranularity) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TimeGranularity {}

/// The values CloudFormation documents: `MULTI_VALUED`, `SINGLE_VALUED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DatasetParameterValueType {
    /// `MULTI_VALUED`
    MultiValued,
    /// `SINGLE_VALUED`
    SingleValued,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DatasetParameterValueType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MultiValued => "MULTI_VALUED",
            Self::SingleValued => "SINGLE_VALUED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MULTI_VALUED", "SINGLE_VALUED"]
    }
}
impl ::std::convert::From<DatasetParameterValueType> for ::forma_core::Value<DatasetParameterValueType> {
    fn from(v: DatasetParameterValueType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DatasetParameterValueType {}

/// <p>A date time parameter for a dataset.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct DateTimeDatasetParameter {
    props: ::forma_core::schema::Props,
}
impl DateTimeDatasetParameter {
    /// A new value with its required properties: `Id`, `Name`, `ValueType`.
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value_type: impl ::forma_core::schema::EnumArg<DatasetParameterValueType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, id.into().into_expr());
        props.set(2, name.into().into_expr());
        props.set(4, value_type.into_enum_expr());
        Self { props }
    }
    /// <p>The default values of a date time parameter.</p>
    pub fn default_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DateTimeDatasetParameterDefaultValues>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TimeGranularity`.
    pub fn time_granularity(mut self, value: impl ::forma_core::schema::EnumArg<TimeGranularity>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<DateTimeDatasetParameter> for ::forma_core::Value<DateTimeDatasetParameter> {
    fn from(v: DateTimeDatasetParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATE_TIME_DATASET_PARAMETER_TYPE.properties))
    }
}

/// <p>A decimal parameter for a dataset.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct DecimalDatasetParameter {
    props: ::forma_core::schema::Props,
}
impl DecimalDatasetParameter {
    /// A new value with its required properties: `Id`, `Name`, `ValueType`.
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value_type: impl ::forma_core::schema::EnumArg<DatasetParameterValueType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, id.into().into_expr());
        props.set(2, name.into().into_expr());
        props.set(3, value_type.into_enum_expr());
        Self { props }
    }
    /// <p>The default values of a decimal parameter.</p>
    pub fn default_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DecimalDatasetParameterDefaultValues>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DecimalDatasetParameter> for ::forma_core::Value<DecimalDatasetParameter> {
    fn from(v: DecimalDatasetParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DECIMAL_DATASET_PARAMETER_TYPE.properties))
    }
}

/// <p>An integer parameter for a dataset.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct IntegerDatasetParameter {
    props: ::forma_core::schema::Props,
}
impl IntegerDatasetParameter {
    /// A new value with its required properties: `Id`, `Name`, `ValueType`.
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value_type: impl ::forma_core::schema::EnumArg<DatasetParameterValueType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, id.into().into_expr());
        props.set(2, name.into().into_expr());
        props.set(3, value_type.into_enum_expr());
        Self { props }
    }
    /// <p>The default values of an integer parameter.</p>
    pub fn default_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IntegerDatasetParameterDefaultValues>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IntegerDatasetParameter> for ::forma_core::Value<IntegerDatasetParameter> {
    fn from(v: IntegerDatasetParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTEGER_DATASET_PARAMETER_TYPE.properties))
    }
}

/// <p>A string parameter for a dataset.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct StringDatasetParameter {
    props: ::forma_core::schema::Props,
}
impl StringDatasetParameter {
    /// A new value with its required properties: `Id`, `Name`, `ValueType`.
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value_type: impl ::forma_core::schema::EnumArg<DatasetParameterValueType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, id.into().into_expr());
        props.set(2, name.into().into_expr());
        props.set(3, value_type.into_enum_expr());
        Self { props }
    }
    /// <p>The default values of a string parameter.</p>
    pub fn default_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StringDatasetParameterDefaultValues>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StringDatasetParameter> for ::forma_core::Value<StringDatasetParameter> {
    fn from(v: StringDatasetParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STRING_DATASET_PARAMETER_TYPE.properties))
    }
}

/// <p>A data transformation on a logical table.
#[derive(Debug, Clone, PartialEq)]
pub struct TransformOperation {
    props: ::forma_core::schema::Props,
}
impl TransformOperation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>A transform operation that casts a column to a different type.</p>
    pub fn cast_column_type_operation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CastColumnTypeOperation>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>A transform operation that creates calculated columns.
    pub fn create_columns_operation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CreateColumnsOperation>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>A transform operation that filters rows based on a condition.</p>
    pub fn filter_operation(mut self, value: impl ::std::convert::Into<::forma_core::Value<FilterOperation>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// <p>A transform operation that overrides the dataset parameter values that are defined in another dataset.</p>
    pub fn override_dataset_parameter_operation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OverrideDatasetParameterOperation>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// <p>A transform operation that projects columns.
    pub fn project_operation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProjectOperation>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// <p>A transform operation that renames a column.</p>
    pub fn rename_column_operation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RenameColumnOperation>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// <p>A transform operation that tags a column with additional information.</p>
    pub fn tag_column_operation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TagColumnOperation>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// <p>A transform operation that removes tags associated with a column.</p>
    pub fn untag_column_operation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UntagColumnOperation>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TransformOperation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TransformOperation> for ::forma_core::Value<TransformOperation> {
    fn from(v: TransformOperation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSFORM_OPERATION_TYPE.properties))
    }
}

/// <p>Information about the source of a logical table.
#[derive(Debug, Clone, PartialEq)]
pub struct LogicalTableSource {
    props: ::forma_core::schema::Props,
}
impl LogicalTableSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>The Amazon Resource Number (ARN) of the parent dataset.</p>
    pub fn data_set_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>The instructions associated with a join.
    pub fn join_instruction(mut self, value: impl ::std::convert::Into<::forma_core::Value<JoinInstruction>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>Physical table ID.</p>
    ///
    /// Allowed: length 1 to 64.
    pub fn physical_table_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LogicalTableSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LogicalTableSource> for ::forma_core::Value<LogicalTableSource> {
    fn from(v: LogicalTableSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGICAL_TABLE_SOURCE_TYPE.properties))
    }
}

/// The `UniqueKey` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct UniqueKey {
    props: ::forma_core::schema::Props,
}
impl UniqueKey {
    /// A new value with its required properties: `ColumnNames`.
    pub fn new(
        column_names: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, column_names.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<UniqueKey> for ::forma_core::Value<UniqueKey> {
    fn from(v: UniqueKey) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UNIQUE_KEY_TYPE.properties))
    }
}

/// <p>A physical table type built from the results of the custom SQL query.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct CustomSql {
    props: ::forma_core::schema::Props,
}
impl CustomSql {
    /// A new value with its required properties: `Columns`, `DataSourceArn`, `Name`, `SqlQuery`.
    pub fn new(
        columns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InputColumn>>>,
        data_source_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sql_query: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, columns.into().into_expr());
        props.set(1, data_source_arn.into().into_expr());
        props.set(2, name.into().into_expr());
        props.set(3, sql_query.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomSql> for ::forma_core::Value<CustomSql> {
    fn from(v: CustomSql) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_SQL_TYPE.properties))
    }
}

/// <p>A physical table type for relational data sources.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct RelationalTable {
    props: ::forma_core::schema::Props,
}
impl RelationalTable {
    /// A new value with its required properties: `DataSourceArn`, `InputColumns`, `Name`.
    pub fn new(
        data_source_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        input_columns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InputColumn>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, data_source_arn.into().into_expr());
        props.set(2, input_columns.into().into_expr());
        props.set(3, name.into().into_expr());
        Self { props }
    }
    /// <p>The catalog associated with a table.</p>
    ///
    /// Allowed: length 0 to 256.
    pub fn catalog(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>The schema name.
    ///
    /// Allowed: length 0 to 256.
    pub fn schema(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RelationalTable> for ::forma_core::Value<RelationalTable> {
    fn from(v: RelationalTable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RELATIONAL_TABLE_TYPE.properties))
    }
}

/// <p>A physical table type for an S3 data source.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct S3Source {
    props: ::forma_core::schema::Props,
}
impl S3Source {
    /// A new value with its required properties: `DataSourceArn`, `InputColumns`.
    pub fn new(
        data_source_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        input_columns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InputColumn>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, data_source_arn.into().into_expr());
        props.set(1, input_columns.into().into_expr());
        Self { props }
    }
    /// <p>Information about the format for a source file or files.</p>
    pub fn upload_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<UploadSettings>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3Source> for ::forma_core::Value<S3Source> {
    fn from(v: S3Source) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_SOURCE_TYPE.properties))
    }
}

/// The `SaaSTable` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct SaaSTable {
    props: ::forma_core::schema::Props,
}
impl SaaSTable {
    /// A new value with its required properties: `DataSourceArn`, `InputColumns`, `TablePath`.
    pub fn new(
        data_source_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        input_columns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InputColumn>>>,
        table_path: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TablePathElement>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, data_source_arn.into().into_expr());
        props.set(1, input_columns.into().into_expr());
        props.set(2, table_path.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SaaSTable> for ::forma_core::Value<SaaSTable> {
    fn from(v: SaaSTable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAA_S_TABLE_TYPE.properties))
    }
}

/// <p>A set of rules associated with a tag.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct RowLevelPermissionTagRule {
    props: ::forma_core::schema::Props,
}
impl RowLevelPermissionTagRule {
    /// A new value with its required properties: `ColumnName`, `TagKey`.
    pub fn new(
        column_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        tag_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, column_name.into().into_expr());
        props.set(2, tag_key.into().into_expr());
        Self { props }
    }
    /// <p>A string that you want to use to filter by all the values in a column in the dataset and don’t want to list the values one by one.
    ///
    /// Allowed: length 1 to 256.
    pub fn match_all_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>A string that you want to use to delimit the values when you pass the values at run time.
    ///
    /// Allowed: length 0 to 10.
    pub fn tag_multi_value_delimiter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RowLevelPermissionTagRule> for ::forma_core::Value<RowLevelPermissionTagRule> {
    fn from(v: RowLevelPermissionTagRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROW_LEVEL_PERMISSION_TAG_RULE_TYPE.properties))
    }
}

/// The `DataSetSemanticMetadata` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSetSemanticMetadata {
    props: ::forma_core::schema::Props,
}
impl DataSetSemanticMetadata {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CustomInstructions`.
    pub fn custom_instructions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomInstruction>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Description`.
    pub fn description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSetSemanticDescription>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataSetSemanticMetadata {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataSetSemanticMetadata> for ::forma_core::Value<DataSetSemanticMetadata> {
    fn from(v: DataSetSemanticMetadata) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SET_SEMANTIC_METADATA_TYPE.properties))
    }
}

/// The `SemanticTable` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct SemanticTable {
    props: ::forma_core::schema::Props,
}
impl SemanticTable {
    /// A new value with its required properties: `Alias`, `DestinationTableId`.
    pub fn new(
        alias: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        destination_table_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alias.into().into_expr());
        props.set(1, destination_table_id.into().into_expr());
        Self { props }
    }
    /// `RowLevelPermissionConfiguration`.
    pub fn row_level_permission_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RowLevelPermissionConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SemanticMetadata`.
    pub fn semantic_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TableSemanticMetadata>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SemanticTable> for ::forma_core::Value<SemanticTable> {
    fn from(v: SemanticTable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SEMANTIC_TABLE_TYPE.properties))
    }
}

/// The `DestinationTableSource` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationTableSource {
    props: ::forma_core::schema::Props,
}
impl DestinationTableSource {
    /// A new value with its required properties: `TransformOperationId`.
    pub fn new(transform_operation_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, transform_operation_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DestinationTableSource> for ::forma_core::Value<DestinationTableSource> {
    fn from(v: DestinationTableSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_TABLE_SOURCE_TYPE.properties))
    }
}

/// The `ParentDataSet` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ParentDataSet {
    props: ::forma_core::schema::Props,
}
impl ParentDataSet {
    /// A new value with its required properties: `DataSetArn`, `InputColumns`.
    pub fn new(
        data_set_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        input_columns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InputColumn>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, data_set_arn.into().into_expr());
        props.set(1, input_columns.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ParentDataSet> for ::forma_core::Value<ParentDataSet> {
    fn from(v: ParentDataSet) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARENT_DATA_SET_TYPE.properties))
    }
}

/// The `AggregateOperation` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct AggregateOperation {
    props: ::forma_core::schema::Props,
}
impl AggregateOperation {
    /// A new value with its required properties: `Aggregations`, `Alias`, `Source`.
    pub fn new(
        aggregations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Aggregation>>>,
        alias: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source: impl ::std::convert::Into<::forma_core::Value<TransformOperationSource>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, aggregations.into().into_expr());
        props.set(1, alias.into().into_expr());
        props.set(3, source.into().into_expr());
        Self { props }
    }
    /// `GroupByColumnNames`.
    pub fn group_by_column_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AggregateOperation> for ::forma_core::Value<AggregateOperation> {
    fn from(v: AggregateOperation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AGGREGATE_OPERATION_TYPE.properties))
    }
}

/// The `AppendOperation` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct AppendOperation {
    props: ::forma_core::schema::Props,
}
impl AppendOperation {
    /// A new value with its required properties: `Alias`, `AppendedColumns`.
    pub fn new(
        alias: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        appended_columns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AppendedColumn>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alias.into().into_expr());
        props.set(1, appended_columns.into().into_expr());
        Self { props }
    }
    /// `FirstSource`.
    pub fn first_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TransformOperationSource>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SecondSource`.
    pub fn second_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TransformOperationSource>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AppendOperation> for ::forma_core::Value<AppendOperation> {
    fn from(v: AppendOperation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPEND_OPERATION_TYPE.properties))
    }
}

/// The `CastColumnTypesOperation` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct CastColumnTypesOperation {
    props: ::forma_core::schema::Props,
}
impl CastColumnTypesOperation {
    /// A new value with its required properties: `Alias`, `CastColumnTypeOperations`, `Source`.
    pub fn new(
        alias: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        cast_column_type_operations: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<CastColumnTypeOperation>>,
        >,
        source: impl ::std::convert::Into<::forma_core::Value<TransformOperationSource>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alias.into().into_expr());
        props.set(1, cast_column_type_operations.into().into_expr());
        props.set(2, source.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CastColumnTypesOperation> for ::forma_core::Value<CastColumnTypesOperation> {
    fn from(v: CastColumnTypesOperation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAST_COLUMN_TYPES_OPERATION_TYPE.properties))
    }
}

/// <p>A transform operation that creates calculated columns.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateColumnsOperation {
    props: ::forma_core::schema::Props,
}
impl CreateColumnsOperation {
    /// A new value with its required properties: `Columns`.
    pub fn new(columns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CalculatedColumn>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, columns.into().into_expr());
        Self { props }
    }
    /// `Alias`.
    ///
    /// Allowed: length 1 to 64.
    pub fn alias(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Source`.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<TransformOperationSource>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CreateColumnsOperation> for ::forma_core::Value<CreateColumnsOperation> {
    fn from(v: CreateColumnsOperation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CREATE_COLUMNS_OPERATION_TYPE.properties))
    }
}

/// The `FiltersOperation` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct FiltersOperation {
    props: ::forma_core::schema::Props,
}
impl FiltersOperation {
    /// A new value with its required properties: `Alias`, `FilterOperations`, `Source`.
    pub fn new(
        alias: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        filter_operations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FilterOperation>>>,
        source: impl ::std::convert::Into<::forma_core::Value<TransformOperationSource>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alias.into().into_expr());
        props.set(1, filter_operations.into().into_expr());
        props.set(2, source.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FiltersOperation> for ::forma_core::Value<FiltersOperation> {
    fn from(v: FiltersOperation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTERS_OPERATION_TYPE.properties))
    }
}

/// The `ImportTableOperation` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportTableOperation {
    props: ::forma_core::schema::Props,
}
impl ImportTableOperation {
    /// A new value with its required properties: `Alias`, `Source`.
    pub fn new(
        alias: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source: impl ::std::convert::Into<::forma_core::Value<ImportTableOperationSource>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alias.into().into_expr());
        props.set(1, source.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ImportTableOperation> for ::forma_core::Value<ImportTableOperation> {
    fn from(v: ImportTableOperation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMPORT_TABLE_OPERATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `INNER`, `OUTER`, `LEFT`, `RIGHT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JoinOperationType {
    /// `INNER`
    Inner,
    /// `OUTER`
    Outer,
    /// `LEFT`
    Left,
    /// `RIGHT`
    Right,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl JoinOperationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inner => "INNER",
            Self::Outer => "OUTER",
            Self::Left => "LEFT",
            Self::Right => "RIGHT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INNER", "OUTER", "LEFT", "RIGHT"]
    }
}
impl ::std::convert::From<JoinOperationType> for ::forma_core::Value<JoinOperationType> {
    fn from(v: JoinOperationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for JoinOperationType {}

/// The `JoinOperation` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct JoinOperation {
    props: ::forma_core::schema::Props,
}
impl JoinOperation {
    /// A new value with its required properties: `Alias`, `LeftOperand`, `OnClause`, `RightOperand`, `Type`.
    pub fn new(
        alias: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        left_operand: impl ::std::convert::Into<::forma_core::Value<TransformOperationSource>>,
        on_clause: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        right_operand: impl ::std::convert::Into<::forma_core::Value<TransformOperationSource>>,
        type_: impl ::forma_core::schema::EnumArg<JoinOperationType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alias.into().into_expr());
        props.set(1, left_operand.into().into_expr());
        props.set(3, on_clause.into().into_expr());
        props.set(4, right_operand.into().into_expr());
        props.set(6, type_.into_enum_expr());
        Self { props }
    }
    /// `LeftOperandProperties`.
    pub fn left_operand_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<JoinOperandProperties>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `RightOperandProperties`.
    pub fn right_operand_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<JoinOperandProperties>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<JoinOperation> for ::forma_core::Value<JoinOperation> {
    fn from(v: JoinOperation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JOIN_OPERATION_TYPE.properties))
    }
}

/// The `PivotOperation` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct PivotOperation {
    props: ::forma_core::schema::Props,
}
impl PivotOperation {
    /// A new value with its required properties: `Alias`, `PivotConfiguration`, `Source`, `ValueColumnConfiguration`.
    pub fn new(
        alias: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        pivot_configuration: impl ::std::convert::Into<::forma_core::Value<PivotConfiguration>>,
        source: impl ::std::convert::Into<::forma_core::Value<TransformOperationSource>>,
        value_column_configuration: impl ::std::convert::Into<::forma_core::Value<ValueColumnConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alias.into().into_expr());
        props.set(2, pivot_configuration.into().into_expr());
        props.set(3, source.into().into_expr());
        props.set(4, value_column_configuration.into().into_expr());
        Self { props }
    }
    /// `GroupByColumnNames`.
    pub fn group_by_column_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PivotOperation> for ::forma_core::Value<PivotOperation> {
    fn from(v: PivotOperation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIVOT_OPERATION_TYPE.properties))
    }
}

/// <p>A transform operation that projects columns.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectOperation {
    props: ::forma_core::schema::Props,
}
impl ProjectOperation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Alias`.
    ///
    /// Allowed: length 1 to 64.
    pub fn alias(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>Projected columns.</p>
    pub fn projected_columns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Source`.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<TransformOperationSource>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ProjectOperation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ProjectOperation> for ::forma_core::Value<ProjectOperation> {
    fn from(v: ProjectOperation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROJECT_OPERATION_TYPE.properties))
    }
}

/// The `RenameColumnsOperation` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct RenameColumnsOperation {
    props: ::forma_core::schema::Props,
}
impl RenameColumnsOperation {
    /// A new value with its required properties: `Alias`, `RenameColumnOperations`, `Source`.
    pub fn new(
        alias: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rename_column_operations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RenameColumnOperation>>>,
        source: impl ::std::convert::Into<::forma_core::Value<TransformOperationSource>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alias.into().into_expr());
        props.set(1, rename_column_operations.into().into_expr());
        props.set(2, source.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RenameColumnsOperation> for ::forma_core::Value<RenameColumnsOperation> {
    fn from(v: RenameColumnsOperation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RENAME_COLUMNS_OPERATION_TYPE.properties))
    }
}

/// The `UnpivotOperation` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct UnpivotOperation {
    props: ::forma_core::schema::Props,
}
impl UnpivotOperation {
    /// A new value with its required properties: `Alias`, `ColumnsToUnpivot`, `Source`, `UnpivotedLabelColumnId`, `UnpivotedLabelColumnName`, `UnpivotedValueColumnId`, `UnpivotedValueColumnName`.
    pub fn new(
        alias: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        columns_to_unpivot: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ColumnToUnpivot>>>,
        source: impl ::std::convert::Into<::forma_core::Value<TransformOperationSource>>,
        unpivoted_label_column_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        unpivoted_label_column_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        unpivoted_value_column_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        unpivoted_value_column_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alias.into().into_expr());
        props.set(1, columns_to_unpivot.into().into_expr());
        props.set(2, source.into().into_expr());
        props.set(3, unpivoted_label_column_id.into().into_expr());
        props.set(4, unpivoted_label_column_name.into().into_expr());
        props.set(5, unpivoted_value_column_id.into().into_expr());
        props.set(6, unpivoted_value_column_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<UnpivotOperation> for ::forma_core::Value<UnpivotOperation> {
    fn from(v: UnpivotOperation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UNPIVOT_OPERATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RefreshFailureAlertStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RefreshFailureAlertStatus {
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
impl ::std::convert::From<RefreshFailureAlertStatus> for ::forma_core::Value<RefreshFailureAlertStatus> {
    fn from(v: RefreshFailureAlertStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RefreshFailureAlertStatus {}

/// The `RefreshFailureEmailAlert` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct RefreshFailureEmailAlert {
    props: ::forma_core::schema::Props,
}
impl RefreshFailureEmailAlert {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AlertStatus`.
    pub fn alert_status(mut self, value: impl ::forma_core::schema::EnumArg<RefreshFailureAlertStatus>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for RefreshFailureEmailAlert {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RefreshFailureEmailAlert> for ::forma_core::Value<RefreshFailureEmailAlert> {
    fn from(v: RefreshFailureEmailAlert) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REFRESH_FAILURE_EMAIL_ALERT_TYPE.properties))
    }
}

/// <p>The incremental refresh configuration for a dataset.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct IncrementalRefresh {
    props: ::forma_core::schema::Props,
}
impl IncrementalRefresh {
    /// A new value with its required properties: `LookbackWindow`.
    pub fn new(lookback_window: impl ::std::convert::Into<::forma_core::Value<LookbackWindow>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, lookback_window.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IncrementalRefresh> for ::forma_core::Value<IncrementalRefresh> {
    fn from(v: IncrementalRefresh) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INCREMENTAL_REFRESH_TYPE.properties))
    }
}

/// <p>The default values of a date time parameter.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct DateTimeDatasetParameterDefaultValues {
    props: ::forma_core::schema::Props,
}
impl DateTimeDatasetParameterDefaultValues {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>A list of static default values for a given date time parameter.</p>
    pub fn static_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DateTimeDatasetParameterDefaultValues {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DateTimeDatasetParameterDefaultValues>
    for ::forma_core::Value<DateTimeDatasetParameterDefaultValues>
{
    fn from(v: DateTimeDatasetParameterDefaultValues) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATE_TIME_DATASET_PARAMETER_DEFAULT_VALUES_TYPE.properties))
    }
}

/// <p>The default values of a decimal parameter.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct DecimalDatasetParameterDefaultValues {
    props: ::forma_core::schema::Props,
}
impl DecimalDatasetParameterDefaultValues {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>A list of static default values for a given decimal parameter.</p>
    pub fn static_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<f64>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DecimalDatasetParameterDefaultValues {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DecimalDatasetParameterDefaultValues>
    for ::forma_core::Value<DecimalDatasetParameterDefaultValues>
{
    fn from(v: DecimalDatasetParameterDefaultValues) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DECIMAL_DATASET_PARAMETER_DEFAULT_VALUES_TYPE.properties))
    }
}

/// <p>The default values of an integer parameter.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct IntegerDatasetParameterDefaultValues {
    props: ::forma_core::schema::Props,
}
impl IntegerDatasetParameterDefaultValues {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>A list of static default values for a given integer parameter.</p>
    pub fn static_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IntegerDatasetParameterDefaultValues {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IntegerDatasetParameterDefaultValues>
    for ::forma_core::Value<IntegerDatasetParameterDefaultValues>
{
    fn from(v: IntegerDatasetParameterDefaultValues) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTEGER_DATASET_PARAMETER_DEFAULT_VALUES_TYPE.properties))
    }
}

/// <p>The default values of a string parameter.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct StringDatasetParameterDefaultValues {
    props: ::forma_core::schema::Props,
}
impl StringDatasetParameterDefaultValues {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>A list of static default values for a given string parameter.</p>
    pub fn static_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StringDatasetParameterDefaultValues {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StringDatasetParameterDefaultValues>
    for ::forma_core::Value<StringDatasetParameterDefaultValues>
{
    fn from(v: StringDatasetParameterDefaultValues) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STRING_DATASET_PARAMETER_DEFAULT_VALUES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `STRING`, `INTEGER`, `DECIMAL`, `DATETIME`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ColumnDataType {
    /// `STRING`
    String,
    /// `INTEGER`
    Integer,
    /// `DECIMAL`
    Decimal,
    /// `DATETIME`
    Datetime,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ColumnDataType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "STRING",
            Self::Integer => "INTEGER",
            Self::Decimal => "DECIMAL",
            Self::Datetime => "DATETIME",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STRING", "INTEGER", "DECIMAL", "DATETIME"]
    }
}
impl ::std::convert::From<ColumnDataType> for ::forma_core::Value<ColumnDataType> {
    fn from(v: ColumnDataType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ColumnDataType {}

/// The values CloudFormation documents: `FLOAT`, `FIXED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ColumnDataSubType {
    /// `FLOAT`
    Float,
    /// `FIXED`
    Fixed,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ColumnDataSubType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Float => "FLOAT",
            Self::Fixed => "FIXED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FLOAT", "FIXED"]
    }
}
impl ::std::convert::From<ColumnDataSubType> for ::forma_core::Value<ColumnDataSubType> {
    fn from(v: ColumnDataSubType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ColumnDataSubType {}

/// <p>A transform operation that casts a column to a different type.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct CastColumnTypeOperation {
    props: ::forma_core::schema::Props,
}
impl CastColumnTypeOperation {
    /// A new value with its required properties: `ColumnName`, `NewColumnType`.
    pub fn new(
        column_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        new_column_type: impl ::forma_core::schema::EnumArg<ColumnDataType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, column_name.into().into_expr());
        props.set(2, new_column_type.into_enum_expr());
        Self { props }
    }
    /// <p>When casting a column from string to datetime type, you can supply a string in a format supported by Amazon QuickSight to denote the source data format.</p>
    ///
    /// Allowed: length 0 to 32.
    pub fn format(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SubType`.
    pub fn sub_type(mut self, value: impl ::forma_core::schema::EnumArg<ColumnDataSubType>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<CastColumnTypeOperation> for ::forma_core::Value<CastColumnTypeOperation> {
    fn from(v: CastColumnTypeOperation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAST_COLUMN_TYPE_OPERATION_TYPE.properties))
    }
}

/// <p>A transform operation that filters rows based on a condition.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct FilterOperation {
    props: ::forma_core::schema::Props,
}
impl FilterOperation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>An expression that must evaluate to a Boolean value.
    ///
    /// Allowed: length 1 to 4096.
    pub fn condition_expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DateFilterCondition`.
    pub fn date_filter_condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSetDateFilterCondition>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `NumericFilterCondition`.
    pub fn numeric_filter_condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSetNumericFilterCondition>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `StringFilterCondition`.
    pub fn string_filter_condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSetStringFilterCondition>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FilterOperation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FilterOperation> for ::forma_core::Value<FilterOperation> {
    fn from(v: FilterOperation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_OPERATION_TYPE.properties))
    }
}

/// <p>A transform operation that overrides the dataset parameter values that are defined in another dataset.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct OverrideDatasetParameterOperation {
    props: ::forma_core::schema::Props,
}
impl OverrideDatasetParameterOperation {
    /// A new value with its required properties: `ParameterName`.
    pub fn new(parameter_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, parameter_name.into().into_expr());
        Self { props }
    }
    /// <p>The configuration that overrides the existing default values for a dataset parameter that is inherited from another dataset.</p>
    pub fn new_default_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NewDefaultValues>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>The new name for the parameter.</p>
    ///
    /// Allowed: length 1 to 2048.
    pub fn new_parameter_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OverrideDatasetParameterOperation>
    for ::forma_core::Value<OverrideDatasetParameterOperation>
{
    fn from(v: OverrideDatasetParameterOperation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OVERRIDE_DATASET_PARAMETER_OPERATION_TYPE.properties))
    }
}

/// <p>A transform operation that renames a column.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct RenameColumnOperation {
    props: ::forma_core::schema::Props,
}
impl RenameColumnOperation {
    /// A new value with its required properties: `ColumnName`, `NewColumnName`.
    pub fn new(
        column_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        new_column_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, column_name.into().into_expr());
        props.set(1, new_column_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RenameColumnOperation> for ::forma_core::Value<RenameColumnOperation> {
    fn from(v: RenameColumnOperation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RENAME_COLUMN_OPERATION_TYPE.properties))
    }
}

/// <p>A transform operation that tags a column with additional information.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct TagColumnOperation {
    props: ::forma_core::schema::Props,
}
impl TagColumnOperation {
    /// A new value with its required properties: `ColumnName`, `Tags`.
    pub fn new(
        column_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        tags: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ColumnTag>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, column_name.into().into_expr());
        props.set(1, tags.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TagColumnOperation> for ::forma_core::Value<TagColumnOperation> {
    fn from(v: TagColumnOperation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_COLUMN_OPERATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `COLUMN_GEOGRAPHIC_ROLE`, `COLUMN_DESCRIPTION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ColumnTagName {
    /// `COLUMN_GEOGRAPHIC_ROLE`
    ColumnGeographicRole,
    /// `COLUMN_DESCRIPTION`
    ColumnDescription,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ColumnTagName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ColumnGeographicRole => "COLUMN_GEOGRAPHIC_ROLE",
            Self::ColumnDescription => "COLUMN_DESCRIPTION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["COLUMN_GEOGRAPHIC_ROLE", "COLUMN_DESCRIPTION"]
    }
}
impl ::std::convert::From<ColumnTagName> for ::forma_core::Value<ColumnTagName> {
    fn from(v: ColumnTagName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ColumnTagName {}

/// <p>A transform operation that removes tags associated with a column.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct UntagColumnOperation {
    props: ::forma_core::schema::Props,
}
impl UntagColumnOperation {
    /// A new value with its required properties: `ColumnName`, `TagNames`.
    pub fn new(
        column_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        tag_names: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ColumnTagName>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, column_name.into().into_expr());
        props.set(1, tag_names.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<UntagColumnOperation> for ::forma_core::Value<UntagColumnOperation> {
    fn from(v: UntagColumnOperation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UNTAG_COLUMN_OPERATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `INNER`, `OUTER`, `LEFT`, `RIGHT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JoinType {
    /// `INNER`
    Inner,
    /// `OUTER`
    Outer,
    /// `LEFT`
    Left,
    /// `RIGHT`
    Right,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl JoinType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inner => "INNER",
            Self::Outer => "OUTER",
            Self::Left => "LEFT",
            Self::Right => "RIGHT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INNER", "OUTER", "LEFT", "RIGHT"]
    }
}
impl ::std::convert::From<JoinType> for ::forma_core::Value<JoinType> {
    fn from(v: JoinType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for JoinType {}

/// <p>The instructions associated with a join.
#[derive(Debug, Clone, PartialEq)]
pub struct JoinInstruction {
    props: ::forma_core::schema::Props,
}
impl JoinInstruction {
    /// A new value with its required properties: `LeftOperand`, `OnClause`, `RightOperand`, `Type`.
    pub fn new(
        left_operand: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        on_clause: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        right_operand: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<JoinType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, left_operand.into().into_expr());
        props.set(2, on_clause.into().into_expr());
        props.set(4, right_operand.into().into_expr());
        props.set(5, type_.into_enum_expr());
        Self { props }
    }
    /// <p>Properties associated with the columns participating in a join.</p>
    pub fn left_join_key_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<JoinKeyProperties>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>Properties associated with the columns participating in a join.</p>
    pub fn right_join_key_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<JoinKeyProperties>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<JoinInstruction> for ::forma_core::Value<JoinInstruction> {
    fn from(v: JoinInstruction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JOIN_INSTRUCTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `STRING`, `INTEGER`, `DECIMAL`, `DATETIME`, `BIT`, `BOOLEAN`, `JSON`, `SEMISTRUCT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InputColumnDataType {
    /// `STRING`
    String,
    /// `INTEGER`
    Integer,
    /// `DECIMAL`
    Decimal,
    /// `DATETIME`
    Datetime,
    /// `BIT`
    Bit,
    /// `BOOLEAN`
    Boolean,
    /// `JSON`
    Json,
    /// `SEMISTRUCT`
    Semistruct,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InputColumnDataType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "STRING",
            Self::Integer => "INTEGER",
            Self::Decimal => "DECIMAL",
            Self::Datetime => "DATETIME",
            Self::Bit => "BIT",
            Self::Boolean => "BOOLEAN",
            Self::Json => "JSON",
            Self::Semistruct => "SEMISTRUCT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STRING", "INTEGER", "DECIMAL", "DATETIME", "BIT", "BOOLEAN", "JSON", "SEMISTRUCT"]
    }
}
impl ::std::convert::From<InputColumnDataType> for ::forma_core::Value<InputColumnDataType> {
    fn from(v: InputColumnDataType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InputColumnDataType {}

/// <p>Metadata for a column that is used as the input of a transform operation.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct InputColumn {
    props: ::forma_core::schema::Props,
}
impl InputColumn {
    /// A new value with its required properties: `Name`, `Type`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<InputColumnDataType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        props.set(3, type_.into_enum_expr());
        Self { props }
    }
    /// `Id`.
    ///
    /// Allowed: length 1 to 256.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SubType`.
    pub fn sub_type(mut self, value: impl ::forma_core::schema::EnumArg<ColumnDataSubType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<InputColumn> for ::forma_core::Value<InputColumn> {
    fn from(v: InputColumn) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_COLUMN_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CSV`, `TSV`, `CLF`, `ELF`, `XLSX`, `JSON`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FileFormat {
    /// `CSV`
    Csv,
    /// `TSV`
    Tsv,
    /// `CLF`
    Clf,
    /// `ELF`
    Elf,
    /// `XLSX`
    Xlsx,
    /// `JSON`
    Json,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FileFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Csv => "CSV",
            Self::Tsv => "TSV",
            Self::Clf => "CLF",
            Self::Elf => "ELF",
            Self::Xlsx => "XLSX",
            Self::Json => "JSON",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CSV", "TSV", "CLF", "ELF", "XLSX", "JSON"]
    }
}
impl ::std::convert::From<FileFormat> for ::forma_core::Value<FileFormat> {
    fn from(v: FileFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FileFormat {}

/// The values CloudFormation documents: `DOUBLE_QUOTE`, `SINGLE_QUOTE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextQualifier {
    /// `DOUBLE_QUOTE`
    DoubleQuote,
    /// `SINGLE_QUOTE`
    SingleQuote,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TextQualifier {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DoubleQuote => "DOUBLE_QUOTE",
            Self::SingleQuote => "SINGLE_QUOTE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DOUBLE_QUOTE", "SINGLE_QUOTE"]
    }
}
impl ::std::convert::From<TextQualifier> for ::forma_core::Value<TextQualifier> {
    fn from(v: TextQualifier) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TextQualifier {}

/// <p>Information about the format for a source file or files.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct UploadSettings {
    props: ::forma_core::schema::Props,
}
impl UploadSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>Whether the file has a header row, or the files each have a header row.</p>
    pub fn contains_header(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>The delimiter between values in the file.</p>
    ///
    /// Allowed: length 1 to 1.
    pub fn delimiter(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Format`.
    pub fn format(mut self, value: impl ::forma_core::schema::EnumArg<FileFormat>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// <p>A row number to start reading data from.</p>
    ///
    /// Allowed: at least 1.
    pub fn start_from_row(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `TextQualifier`.
    pub fn text_qualifier(mut self, value: impl ::forma_core::schema::EnumArg<TextQualifier>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for UploadSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UploadSettings> for ::forma_core::Value<UploadSettings> {
    fn from(v: UploadSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UPLOAD_SETTINGS_TYPE.properties))
    }
}

/// The `TablePathElement` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct TablePathElement {
    props: ::forma_core::schema::Props,
}
impl TablePathElement {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Id`.
    ///
    /// Allowed: length 1 to 256.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 256.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TablePathElement {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TablePathElement> for ::forma_core::Value<TablePathElement> {
    fn from(v: TablePathElement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TABLE_PATH_ELEMENT_TYPE.properties))
    }
}

/// The `CustomInstruction` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomInstruction {
    props: ::forma_core::schema::Props,
}
impl CustomInstruction {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `InlineCustomInstruction`.
    pub fn inline_custom_instruction(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InlineCustomInstruction>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CustomInstruction {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomInstruction> for ::forma_core::Value<CustomInstruction> {
    fn from(v: CustomInstruction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_INSTRUCTION_TYPE.properties))
    }
}

/// The `DataSetSemanticDescription` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSetSemanticDescription {
    props: ::forma_core::schema::Props,
}
impl DataSetSemanticDescription {
    /// A new value with its required properties: `Text`.
    pub fn new(text: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, text.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataSetSemanticDescription> for ::forma_core::Value<DataSetSemanticDescription> {
    fn from(v: DataSetSemanticDescription) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SET_SEMANTIC_DESCRIPTION_TYPE.properties))
    }
}

/// The `RowLevelPermissionConfiguration` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct RowLevelPermissionConfiguration {
    props: ::forma_core::schema::Props,
}
impl RowLevelPermissionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>Information about a dataset that contains permissions for row-level security (RLS).
    pub fn row_level_permission_data_set(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RowLevelPermissionDataSet>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>The configuration of tags on a dataset to set row-level security.
    pub fn tag_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RowLevelPermissionTagConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RowLevelPermissionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RowLevelPermissionConfiguration> for ::forma_core::Value<RowLevelPermissionConfiguration> {
    fn from(v: RowLevelPermissionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROW_LEVEL_PERMISSION_CONFIGURATION_TYPE.properties))
    }
}

/// The `TableSemanticMetadata` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct TableSemanticMetadata {
    props: ::forma_core::schema::Props,
}
impl TableSemanticMetadata {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ColumnMetadata`.
    pub fn column_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SharedColumnSemanticMetadata>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TableSemanticMetadata {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TableSemanticMetadata> for ::forma_core::Value<TableSemanticMetadata> {
    fn from(v: TableSemanticMetadata) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TABLE_SEMANTIC_METADATA_TYPE.properties))
    }
}

/// The `Aggregation` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct Aggregation {
    props: ::forma_core::schema::Props,
}
impl Aggregation {
    /// A new value with its required properties: `AggregationFunction`, `NewColumnId`, `NewColumnName`.
    pub fn new(
        aggregation_function: impl ::std::convert::Into<::forma_core::Value<DataPrepAggregationFunction>>,
        new_column_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        new_column_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, aggregation_function.into().into_expr());
        props.set(1, new_column_id.into().into_expr());
        props.set(2, new_column_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Aggregation> for ::forma_core::Value<Aggregation> {
    fn from(v: Aggregation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AGGREGATION_TYPE.properties))
    }
}

/// The `TransformOperationSource` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct TransformOperationSource {
    props: ::forma_core::schema::Props,
}
impl TransformOperationSource {
    /// A new value with its required properties: `TransformOperationId`.
    pub fn new(transform_operation_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, transform_operation_id.into().into_expr());
        Self { props }
    }
    /// `ColumnIdMappings`.
    pub fn column_id_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataSetColumnIdMapping>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TransformOperationSource> for ::forma_core::Value<TransformOperationSource> {
    fn from(v: TransformOperationSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSFORM_OPERATION_SOURCE_TYPE.properties))
    }
}

/// The `AppendedColumn` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct AppendedColumn {
    props: ::forma_core::schema::Props,
}
impl AppendedColumn {
    /// A new value with its required properties: `ColumnName`, `NewColumnId`.
    pub fn new(
        column_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        new_column_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, column_name.into().into_expr());
        props.set(1, new_column_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AppendedColumn> for ::forma_core::Value<AppendedColumn> {
    fn from(v: AppendedColumn) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPENDED_COLUMN_TYPE.properties))
    }
}

/// <p>A calculated column for a dataset.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct CalculatedColumn {
    props: ::forma_core::schema::Props,
}
impl CalculatedColumn {
    /// A new value with its required properties: `ColumnId`, `ColumnName`, `Expression`.
    pub fn new(
        column_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        column_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, column_id.into().into_expr());
        props.set(1, column_name.into().into_expr());
        props.set(2, expression.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CalculatedColumn> for ::forma_core::Value<CalculatedColumn> {
    fn from(v: CalculatedColumn) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CALCULATED_COLUMN_TYPE.properties))
    }
}

/// The `ImportTableOperationSource` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportTableOperationSource {
    props: ::forma_core::schema::Props,
}
impl ImportTableOperationSource {
    /// A new value with its required properties: `SourceTableId`.
    pub fn new(source_table_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, source_table_id.into().into_expr());
        Self { props }
    }
    /// `ColumnIdMappings`.
    pub fn column_id_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataSetColumnIdMapping>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ImportTableOperationSource> for ::forma_core::Value<ImportTableOperationSource> {
    fn from(v: ImportTableOperationSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMPORT_TABLE_OPERATION_SOURCE_TYPE.properties))
    }
}

/// The `JoinOperandProperties` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct JoinOperandProperties {
    props: ::forma_core::schema::Props,
}
impl JoinOperandProperties {
    /// A new value with its required properties: `OutputColumnNameOverrides`.
    pub fn new(
        output_column_name_overrides: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<OutputColumnNameOverride>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, output_column_name_overrides.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<JoinOperandProperties> for ::forma_core::Value<JoinOperandProperties> {
    fn from(v: JoinOperandProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JOIN_OPERAND_PROPERTIES_TYPE.properties))
    }
}

/// The `PivotConfiguration` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct PivotConfiguration {
    props: ::forma_core::schema::Props,
}
impl PivotConfiguration {
    /// A new value with its required properties: `PivotedLabels`.
    pub fn new(pivoted_labels: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PivotedLabel>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, pivoted_labels.into().into_expr());
        Self { props }
    }
    /// `LabelColumnName`.
    ///
    /// Allowed: length 1 to 127.
    pub fn label_column_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PivotConfiguration> for ::forma_core::Value<PivotConfiguration> {
    fn from(v: PivotConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIVOT_CONFIGURATION_TYPE.properties))
    }
}

/// The `ValueColumnConfiguration` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueColumnConfiguration {
    props: ::forma_core::schema::Props,
}
impl ValueColumnConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AggregationFunction`.
    pub fn aggregation_function(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataPrepAggregationFunction>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ValueColumnConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ValueColumnConfiguration> for ::forma_core::Value<ValueColumnConfiguration> {
    fn from(v: ValueColumnConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VALUE_COLUMN_CONFIGURATION_TYPE.properties))
    }
}

/// The `ColumnToUnpivot` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnToUnpivot {
    props: ::forma_core::schema::Props,
}
impl ColumnToUnpivot {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ColumnName`.
    ///
    /// Allowed: length 1 to 127.
    pub fn column_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `NewValue`.
    ///
    /// Allowed: length 0 to 2047.
    pub fn new_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ColumnToUnpivot {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ColumnToUnpivot> for ::forma_core::Value<ColumnToUnpivot> {
    fn from(v: ColumnToUnpivot) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COLUMN_TO_UNPIVOT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `HOUR`, `DAY`, `WEEK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LookbackWindowSizeUnit {
    /// `HOUR`
    Hour,
    /// `DAY`
    Day,
    /// `WEEK`
    Week,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LookbackWindowSizeUnit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hour => "HOUR",
            Self::Day => "DAY",
            Self::Week => "WEEK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HOUR", "DAY", "WEEK"]
    }
}
impl ::std::convert::From<LookbackWindowSizeUnit> for ::forma_core::Value<LookbackWindowSizeUnit> {
    fn from(v: LookbackWindowSizeUnit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LookbackWindowSizeUnit {}

/// <p>The lookback window setup of an incremental refresh configuration.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct LookbackWindow {
    props: ::forma_core::schema::Props,
}
impl LookbackWindow {
    /// A new value with its required properties: `ColumnName`, `Size`, `SizeUnit`.
    pub fn new(
        column_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        size: impl ::std::convert::Into<::forma_core::Value<f64>>,
        size_unit: impl ::forma_core::schema::EnumArg<LookbackWindowSizeUnit>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, column_name.into().into_expr());
        props.set(1, size.into().into_expr());
        props.set(2, size_unit.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<LookbackWindow> for ::forma_core::Value<LookbackWindow> {
    fn from(v: LookbackWindow) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOOKBACK_WINDOW_TYPE.properties))
    }
}

/// The `DataSetDateFilterCondition` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSetDateFilterCondition {
    props: ::forma_core::schema::Props,
}
impl DataSetDateFilterCondition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ColumnName`.
    ///
    /// Allowed: length 1 to 127.
    pub fn column_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ComparisonFilterCondition`.
    pub fn comparison_filter_condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSetDateComparisonFilterCondition>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `RangeFilterCondition`.
    pub fn range_filter_condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSetDateRangeFilterCondition>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataSetDateFilterCondition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataSetDateFilterCondition> for ::forma_core::Value<DataSetDateFilterCondition> {
    fn from(v: DataSetDateFilterCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SET_DATE_FILTER_CONDITION_TYPE.properties))
    }
}

/// The `DataSetNumericFilterCondition` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSetNumericFilterCondition {
    props: ::forma_core::schema::Props,
}
impl DataSetNumericFilterCondition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ColumnName`.
    ///
    /// Allowed: length 1 to 127.
    pub fn column_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ComparisonFilterCondition`.
    pub fn comparison_filter_condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSetNumericComparisonFilterCondition>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `RangeFilterCondition`.
    pub fn range_filter_condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSetNumericRangeFilterCondition>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataSetNumericFilterCondition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataSetNumericFilterCondition> for ::forma_core::Value<DataSetNumericFilterCondition> {
    fn from(v: DataSetNumericFilterCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SET_NUMERIC_FILTER_CONDITION_TYPE.properties))
    }
}

/// The `DataSetStringFilterCondition` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSetStringFilterCondition {
    props: ::forma_core::schema::Props,
}
impl DataSetStringFilterCondition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ColumnName`.
    ///
    /// Allowed: length 1 to 127.
    pub fn column_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ComparisonFilterCondition`.
    pub fn comparison_filter_condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSetStringComparisonFilterCondition>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ListFilterCondition`.
    pub fn list_filter_condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSetStringListFilterCondition>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataSetStringFilterCondition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataSetStringFilterCondition> for ::forma_core::Value<DataSetStringFilterCondition> {
    fn from(v: DataSetStringFilterCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SET_STRING_FILTER_CONDITION_TYPE.properties))
    }
}

/// <p>The configuration that overrides the existing default values for a dataset parameter that is inherited from another dataset.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct NewDefaultValues {
    props: ::forma_core::schema::Props,
}
impl NewDefaultValues {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>A list of static default values for a given date time parameter.</p>
    pub fn date_time_static_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>A list of static default values for a given decimal parameter.</p>
    pub fn decimal_static_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<f64>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>A list of static default values for a given integer parameter.</p>
    pub fn integer_static_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// <p>A list of static default values for a given string parameter.</p>
    pub fn string_static_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NewDefaultValues {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NewDefaultValues> for ::forma_core::Value<NewDefaultValues> {
    fn from(v: NewDefaultValues) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NEW_DEFAULT_VALUES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `COUNTRY`, `STATE`, `COUNTY`, `CITY`, `POSTCODE`, `LONGITUDE`, `LATITUDE`, `POLITICAL1`, `CENSUS_TRACT`, `CENSUS_BLOCK_GROUP`, `CENSUS_BLOCK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GeoSpatialDataRole {
    /// `COUNTRY`
    Country,
    /// `STATE`
    State,
    /// `COUNTY`
    County,
    /// `CITY`
    City,
    /// `POSTCODE`
    Postcode,
    /// `LONGITUDE`
    Longitude,
    /// `LATITUDE`
    Latitude,
    /// `POLITICAL1`
    Political1,
    /// `CENSUS_TRACT`
    CensusTract,
    /// `CENSUS_BLOCK_GROUP`
    CensusBlockGroup,
    /// `CENSUS_BLOCK`
    CensusBlock,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GeoSpatialDataRole {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Country => "COUNTRY",
            Self::State => "STATE",
            Self::County => "COUNTY",
            Self::City => "CITY",
            Self::Postcode => "POSTCODE",
            Self::Longitude => "LONGITUDE",
            Self::Latitude => "LATITUDE",
            Self::Political1 => "POLITICAL1",
            Self::CensusTract => "CENSUS_TRACT",
            Self::CensusBlockGroup => "CENSUS_BLOCK_GROUP",
            Self::CensusBlock => "CENSUS_BLOCK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "COUNTRY",
            "STATE",
            "COUNTY",
            "CITY",
            "POSTCODE",
            "LONGITUDE",
            "LATITUDE",
            "POLITICAL1",
            "CENSUS_TRACT",
            "CENSUS_BLOCK_GROUP",
            "CENSUS_BLOCK",
        ]
    }
}
impl ::std::convert::From<GeoSpatialDataRole> for ::forma_core::Value<GeoSpatialDataRole> {
    fn from(v: GeoSpatialDataRole) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GeoSpatialDataRole {}

/// <p>A tag for a column in a <code> <a href="https://docs.aws.amazon.com/quicksight/latest/APIReference/API_TagColumnOperation.html">TagColumnOperation</a> </code> structure.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnTag {
    props: ::forma_core::schema::Props,
}
impl ColumnTag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>Metadata that contains a description for a column.</p>
    pub fn column_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ColumnDescription>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ColumnGeographicRole`.
    pub fn column_geographic_role(mut self, value: impl ::forma_core::schema::EnumArg<GeoSpatialDataRole>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ColumnTag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ColumnTag> for ::forma_core::Value<ColumnTag> {
    fn from(v: ColumnTag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COLUMN_TAG_TYPE.properties))
    }
}

/// <p>Properties associated with the columns participating in a join.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct JoinKeyProperties {
    props: ::forma_core::schema::Props,
}
impl JoinKeyProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>A value that indicates that a row in a table is uniquely identified by the columns in a join key.
    pub fn unique_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for JoinKeyProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<JoinKeyProperties> for ::forma_core::Value<JoinKeyProperties> {
    fn from(v: JoinKeyProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JOIN_KEY_PROPERTIES_TYPE.properties))
    }
}

/// The `InlineCustomInstruction` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct InlineCustomInstruction {
    props: ::forma_core::schema::Props,
}
impl InlineCustomInstruction {
    /// A new value with its required properties: `InstructionText`.
    pub fn new(instruction_text: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, instruction_text.into().into_expr());
        Self { props }
    }
    /// `UploadedDocumentMetadata`.
    pub fn uploaded_document_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UploadedDocumentMetadata>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InlineCustomInstruction> for ::forma_core::Value<InlineCustomInstruction> {
    fn from(v: InlineCustomInstruction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INLINE_CUSTOM_INSTRUCTION_TYPE.properties))
    }
}

/// The `SharedColumnSemanticMetadata` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct SharedColumnSemanticMetadata {
    props: ::forma_core::schema::Props,
}
impl SharedColumnSemanticMetadata {
    /// A new value with its required properties: `ColumnProperties`.
    pub fn new(
        column_properties: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ColumnSemanticProperty>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, column_properties.into().into_expr());
        Self { props }
    }
    /// `ColumnNames`.
    pub fn column_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SharedColumnSemanticMetadata> for ::forma_core::Value<SharedColumnSemanticMetadata> {
    fn from(v: SharedColumnSemanticMetadata) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SHARED_COLUMN_SEMANTIC_METADATA_TYPE.properties))
    }
}

/// The `DataPrepAggregationFunction` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataPrepAggregationFunction {
    props: ::forma_core::schema::Props,
}
impl DataPrepAggregationFunction {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ListAggregation`.
    pub fn list_aggregation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataPrepListAggregationFunction>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PercentileAggregation`.
    pub fn percentile_aggregation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataPrepPercentileAggregationFunction>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SimpleAggregation`.
    pub fn simple_aggregation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataPrepSimpleAggregationFunction>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataPrepAggregationFunction {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataPrepAggregationFunction> for ::forma_core::Value<DataPrepAggregationFunction> {
    fn from(v: DataPrepAggregationFunction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_PREP_AGGREGATION_FUNCTION_TYPE.properties))
    }
}

/// The `DataSetColumnIdMapping` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSetColumnIdMapping {
    props: ::forma_core::schema::Props,
}
impl DataSetColumnIdMapping {
    /// A new value with its required properties: `SourceColumnId`, `TargetColumnId`.
    pub fn new(
        source_column_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_column_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, source_column_id.into().into_expr());
        props.set(1, target_column_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataSetColumnIdMapping> for ::forma_core::Value<DataSetColumnIdMapping> {
    fn from(v: DataSetColumnIdMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SET_COLUMN_ID_MAPPING_TYPE.properties))
    }
}

/// The `OutputColumnNameOverride` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputColumnNameOverride {
    props: ::forma_core::schema::Props,
}
impl OutputColumnNameOverride {
    /// A new value with its required properties: `OutputColumnName`.
    pub fn new(output_column_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, output_column_name.into().into_expr());
        Self { props }
    }
    /// `SourceColumnName`.
    ///
    /// Allowed: length 1 to 127.
    pub fn source_column_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OutputColumnNameOverride> for ::forma_core::Value<OutputColumnNameOverride> {
    fn from(v: OutputColumnNameOverride) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTPUT_COLUMN_NAME_OVERRIDE_TYPE.properties))
    }
}

/// The `PivotedLabel` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct PivotedLabel {
    props: ::forma_core::schema::Props,
}
impl PivotedLabel {
    /// A new value with its required properties: `LabelName`, `NewColumnId`, `NewColumnName`.
    pub fn new(
        label_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        new_column_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        new_column_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, label_name.into().into_expr());
        props.set(1, new_column_id.into().into_expr());
        props.set(2, new_column_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PivotedLabel> for ::forma_core::Value<PivotedLabel> {
    fn from(v: PivotedLabel) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIVOTED_LABEL_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BEFORE`, `BEFORE_OR_EQUALS_TO`, `AFTER`, `AFTER_OR_EQUALS_TO`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataSetDateComparisonFilterOperator {
    /// `BEFORE`
    Before,
    /// `BEFORE_OR_EQUALS_TO`
    BeforeOrEqualsTo,
    /// `AFTER`
    After,
    /// `AFTER_OR_EQUALS_TO`
    AfterOrEqualsTo,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataSetDateComparisonFilterOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Before => "BEFORE",
            Self::BeforeOrEqualsTo => "BEFORE_OR_EQUALS_TO",
            Self::After => "AFTER",
            Self::AfterOrEqualsTo => "AFTER_OR_EQUALS_TO",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BEFORE", "BEFORE_OR_EQUALS_TO", "AFTER", "AFTER_OR_EQUALS_TO"]
    }
}
impl ::std::convert::From<DataSetDateComparisonFilterOperator>
    for ::forma_core::Value<DataSetDateComparisonFilterOperator>
{
    fn from(v: DataSetDateComparisonFilterOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataSetDateComparisonFilterOperator {}

/// The `DataSetDateComparisonFilterCondition` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSetDateComparisonFilterCondition {
    props: ::forma_core::schema::Props,
}
impl DataSetDateComparisonFilterCondition {
    /// A new value with its required properties: `Operator`.
    pub fn new(operator: impl ::forma_core::schema::EnumArg<DataSetDateComparisonFilterOperator>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, operator.into_enum_expr());
        Self { props }
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataSetDateFilterValue>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataSetDateComparisonFilterCondition>
    for ::forma_core::Value<DataSetDateComparisonFilterCondition>
{
    fn from(v: DataSetDateComparisonFilterCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SET_DATE_COMPARISON_FILTER_CONDITION_TYPE.properties))
    }
}

/// The `DataSetDateRangeFilterCondition` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSetDateRangeFilterCondition {
    props: ::forma_core::schema::Props,
}
impl DataSetDateRangeFilterCondition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IncludeMaximum`.
    pub fn include_maximum(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `IncludeMinimum`.
    pub fn include_minimum(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `RangeMaximum`.
    pub fn range_maximum(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSetDateFilterValue>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `RangeMinimum`.
    pub fn range_minimum(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSetDateFilterValue>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataSetDateRangeFilterCondition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataSetDateRangeFilterCondition> for ::forma_core::Value<DataSetDateRangeFilterCondition> {
    fn from(v: DataSetDateRangeFilterCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SET_DATE_RANGE_FILTER_CONDITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EQUALS`, `DOES_NOT_EQUAL`, `GREATER_THAN`, `GREATER_THAN_OR_EQUALS_TO`, `LESS_THAN`, `LESS_THAN_OR_EQUALS_TO`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataSetNumericComparisonFilterOperator {
    /// `EQUALS`
    Equals,
    /// `DOES_NOT_EQUAL`
    DoesNotEqual,
    /// `GREATER_THAN`
    GreaterThan,
    /// `GREATER_THAN_OR_EQUALS_TO`
    GreaterThanOrEqualsTo,
    /// `LESS_THAN`
    LessThan,
    /// `LESS_THAN_OR_EQUALS_TO`
    LessThanOrEqualsTo,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataSetNumericComparisonFilterOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::DoesNotEqual => "DOES_NOT_EQUAL",
            Self::GreaterThan => "GREATER_THAN",
            Self::GreaterThanOrEqualsTo => "GREATER_THAN_OR_EQUALS_TO",
            Self::LessThan => "LESS_THAN",
            Self::LessThanOrEqualsTo => "LESS_THAN_OR_EQUALS_TO",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "EQUALS",
            "DOES_NOT_EQUAL",
            "GREATER_THAN",
            "GREATER_THAN_OR_EQUALS_TO",
            "LESS_THAN",
            "LESS_THAN_OR_EQUALS_TO",
        ]
    }
}
impl ::std::convert::From<DataSetNumericComparisonFilterOperator>
    for ::forma_core::Value<DataSetNumericComparisonFilterOperator>
{
    fn from(v: DataSetNumericComparisonFilterOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataSetNumericComparisonFilterOperator {}

/// The `DataSetNumericComparisonFilterCondition` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSetNumericComparisonFilterCondition {
    props: ::forma_core::schema::Props,
}
impl DataSetNumericComparisonFilterCondition {
    /// A new value with its required properties: `Operator`.
    pub fn new(operator: impl ::forma_core::schema::EnumArg<DataSetNumericComparisonFilterOperator>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, operator.into_enum_expr());
        Self { props }
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataSetNumericFilterValue>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataSetNumericComparisonFilterCondition>
    for ::forma_core::Value<DataSetNumericComparisonFilterCondition>
{
    fn from(v: DataSetNumericComparisonFilterCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SET_NUMERIC_COMPARISON_FILTER_CONDITION_TYPE.properties))
    }
}

/// The `DataSetNumericRangeFilterCondition` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSetNumericRangeFilterCondition {
    props: ::forma_core::schema::Props,
}
impl DataSetNumericRangeFilterCondition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IncludeMaximum`.
    pub fn include_maximum(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `IncludeMinimum`.
    pub fn include_minimum(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `RangeMaximum`.
    pub fn range_maximum(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSetNumericFilterValue>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `RangeMinimum`.
    pub fn range_minimum(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSetNumericFilterValue>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataSetNumericRangeFilterCondition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataSetNumericRangeFilterCondition>
    for ::forma_core::Value<DataSetNumericRangeFilterCondition>
{
    fn from(v: DataSetNumericRangeFilterCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SET_NUMERIC_RANGE_FILTER_CONDITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EQUALS`, `DOES_NOT_EQUAL`, `CONTAINS`, `DOES_NOT_CONTAIN`, `STARTS_WITH`, `ENDS_WITH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataSetStringComparisonFilterOperator {
    /// `EQUALS`
    Equals,
    /// `DOES_NOT_EQUAL`
    DoesNotEqual,
    /// `CONTAINS`
    Contains,
    /// `DOES_NOT_CONTAIN`
    DoesNotContain,
    /// `STARTS_WITH`
    StartsWith,
    /// `ENDS_WITH`
    EndsWith,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataSetStringComparisonFilterOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::DoesNotEqual => "DOES_NOT_EQUAL",
            Self::Contains => "CONTAINS",
            Self::DoesNotContain => "DOES_NOT_CONTAIN",
            Self::StartsWith => "STARTS_WITH",
            Self::EndsWith => "ENDS_WITH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EQUALS", "DOES_NOT_EQUAL", "CONTAINS", "DOES_NOT_CONTAIN", "STARTS_WITH", "ENDS_WITH"]
    }
}
impl ::std::convert::From<DataSetStringComparisonFilterOperator>
    for ::forma_core::Value<DataSetStringComparisonFilterOperator>
{
    fn from(v: DataSetStringComparisonFilterOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataSetStringComparisonFilterOperator {}

/// The `DataSetStringComparisonFilterCondition` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSetStringComparisonFilterCondition {
    props: ::forma_core::schema::Props,
}
impl DataSetStringComparisonFilterCondition {
    /// A new value with its required properties: `Operator`.
    pub fn new(operator: impl ::forma_core::schema::EnumArg<DataSetStringComparisonFilterOperator>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, operator.into_enum_expr());
        Self { props }
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataSetStringFilterValue>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataSetStringComparisonFilterCondition>
    for ::forma_core::Value<DataSetStringComparisonFilterCondition>
{
    fn from(v: DataSetStringComparisonFilterCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SET_STRING_COMPARISON_FILTER_CONDITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `INCLUDE`, `EXCLUDE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataSetStringListFilterOperator {
    /// `INCLUDE`
    Include,
    /// `EXCLUDE`
    Exclude,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataSetStringListFilterOperator {
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
impl ::std::convert::From<DataSetStringListFilterOperator> for ::forma_core::Value<DataSetStringListFilterOperator> {
    fn from(v: DataSetStringListFilterOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataSetStringListFilterOperator {}

/// The `DataSetStringListFilterCondition` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSetStringListFilterCondition {
    props: ::forma_core::schema::Props,
}
impl DataSetStringListFilterCondition {
    /// A new value with its required properties: `Operator`.
    pub fn new(operator: impl ::forma_core::schema::EnumArg<DataSetStringListFilterOperator>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, operator.into_enum_expr());
        Self { props }
    }
    /// `Values`.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSetStringListFilterValue>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataSetStringListFilterCondition> for ::forma_core::Value<DataSetStringListFilterCondition> {
    fn from(v: DataSetStringListFilterCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SET_STRING_LIST_FILTER_CONDITION_TYPE.properties))
    }
}

/// <p>Metadata that contains a description for a column.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnDescription {
    props: ::forma_core::schema::Props,
}
impl ColumnDescription {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>The text of a description for a column.</p>
    ///
    /// Allowed: length 0 to 500.
    pub fn text(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ColumnDescription {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ColumnDescription> for ::forma_core::Value<ColumnDescription> {
    fn from(v: ColumnDescription) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COLUMN_DESCRIPTION_TYPE.properties))
    }
}

/// The `UploadedDocumentMetadata` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadedDocumentMetadata {
    props: ::forma_core::schema::Props,
}
impl UploadedDocumentMetadata {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 127.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for UploadedDocumentMetadata {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UploadedDocumentMetadata> for ::forma_core::Value<UploadedDocumentMetadata> {
    fn from(v: UploadedDocumentMetadata) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UPLOADED_DOCUMENT_METADATA_TYPE.properties))
    }
}

/// The `ColumnSemanticProperty` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnSemanticProperty {
    props: ::forma_core::schema::Props,
}
impl ColumnSemanticProperty {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AdditionalNotes`.
    pub fn additional_notes(mut self, value: impl ::std::convert::Into<::forma_core::Value<AdditionalNotes>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>Metadata that contains a description for a column.</p>
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<ColumnDescription>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SemanticType`.
    pub fn semantic_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<ColumnSemanticType>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ColumnSemanticProperty {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ColumnSemanticProperty> for ::forma_core::Value<ColumnSemanticProperty> {
    fn from(v: ColumnSemanticProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COLUMN_SEMANTIC_PROPERTY_TYPE.properties))
    }
}

/// The `DataPrepListAggregationFunction` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataPrepListAggregationFunction {
    props: ::forma_core::schema::Props,
}
impl DataPrepListAggregationFunction {
    /// A new value with its required properties: `Distinct`, `Separator`.
    pub fn new(
        distinct: impl ::std::convert::Into<::forma_core::Value<bool>>,
        separator: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, distinct.into().into_expr());
        props.set(2, separator.into().into_expr());
        Self { props }
    }
    /// `InputColumnName`.
    ///
    /// Allowed: length 1 to 127.
    pub fn input_column_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataPrepListAggregationFunction> for ::forma_core::Value<DataPrepListAggregationFunction> {
    fn from(v: DataPrepListAggregationFunction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_PREP_LIST_AGGREGATION_FUNCTION_TYPE.properties))
    }
}

/// The `DataPrepPercentileAggregationFunction` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataPrepPercentileAggregationFunction {
    props: ::forma_core::schema::Props,
}
impl DataPrepPercentileAggregationFunction {
    /// A new value with its required properties: `PercentileValue`.
    pub fn new(percentile_value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, percentile_value.into().into_expr());
        Self { props }
    }
    /// `InputColumnName`.
    ///
    /// Allowed: length 1 to 127.
    pub fn input_column_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataPrepPercentileAggregationFunction>
    for ::forma_core::Value<DataPrepPercentileAggregationFunction>
{
    fn from(v: DataPrepPercentileAggregationFunction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_PREP_PERCENTILE_AGGREGATION_FUNCTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `COUNT`, `DISTINCT_COUNT`, `SUM`, `AVERAGE`, `MEDIAN`, `MAX`, `MIN`, `VARIANCE`, `STANDARD_DEVIATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataPrepSimpleAggregationFunctionType {
    /// `COUNT`
    Count,
    /// `DISTINCT_COUNT`
    DistinctCount,
    /// `SUM`
    Sum,
    /// `AVERAGE`
    Average,
    /// `MEDIAN`
    Median,
    /// `MAX`
    Max,
    /// `MIN`
    Min,
    /// `VARIANCE`
    Variance,
    /// `STANDARD_DEVIATION`
    StandardDeviation,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataPrepSimpleAggregationFunctionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Count => "COUNT",
            Self::DistinctCount => "DISTINCT_COUNT",
            Self::Sum => "SUM",
            Self::Average => "AVERAGE",
            Self::Median => "MEDIAN",
            Self::Max => "MAX",
            Self::Min => "MIN",
            Self::Variance => "VARIANCE",
            Self::StandardDeviation => "STANDARD_DEVIATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["COUNT", "DISTINCT_COUNT", "SUM", "AVERAGE", "MEDIAN", "MAX", "MIN", "VARIANCE", "STANDARD_DEVIATION"]
    }
}
impl ::std::convert::From<DataPrepSimpleAggregationFunctionType>
    for ::forma_core::Value<DataPrepSimpleAggregationFunctionType>
{
    fn from(v: DataPrepSimpleAggregationFunctionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataPrepSimpleAggregationFunctionType {}

/// The `DataPrepSimpleAggregationFunction` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataPrepSimpleAggregationFunction {
    props: ::forma_core::schema::Props,
}
impl DataPrepSimpleAggregationFunction {
    /// A new value with its required properties: `FunctionType`.
    pub fn new(function_type: impl ::forma_core::schema::EnumArg<DataPrepSimpleAggregationFunctionType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, function_type.into_enum_expr());
        Self { props }
    }
    /// `InputColumnName`.
    ///
    /// Allowed: length 1 to 127.
    pub fn input_column_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataPrepSimpleAggregationFunction>
    for ::forma_core::Value<DataPrepSimpleAggregationFunction>
{
    fn from(v: DataPrepSimpleAggregationFunction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_PREP_SIMPLE_AGGREGATION_FUNCTION_TYPE.properties))
    }
}

/// The `DataSetDateFilterValue` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSetDateFilterValue {
    props: ::forma_core::schema::Props,
}
impl DataSetDateFilterValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `StaticValue`.
    pub fn static_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataSetDateFilterValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataSetDateFilterValue> for ::forma_core::Value<DataSetDateFilterValue> {
    fn from(v: DataSetDateFilterValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SET_DATE_FILTER_VALUE_TYPE.properties))
    }
}

/// The `DataSetNumericFilterValue` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSetNumericFilterValue {
    props: ::forma_core::schema::Props,
}
impl DataSetNumericFilterValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `StaticValue`.
    pub fn static_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataSetNumericFilterValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataSetNumericFilterValue> for ::forma_core::Value<DataSetNumericFilterValue> {
    fn from(v: DataSetNumericFilterValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SET_NUMERIC_FILTER_VALUE_TYPE.properties))
    }
}

/// The `DataSetStringFilterValue` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSetStringFilterValue {
    props: ::forma_core::schema::Props,
}
impl DataSetStringFilterValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `StaticValue`.
    ///
    /// Allowed: length 0 to 512.
    pub fn static_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataSetStringFilterValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataSetStringFilterValue> for ::forma_core::Value<DataSetStringFilterValue> {
    fn from(v: DataSetStringFilterValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SET_STRING_FILTER_VALUE_TYPE.properties))
    }
}

/// The `DataSetStringListFilterValue` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSetStringListFilterValue {
    props: ::forma_core::schema::Props,
}
impl DataSetStringListFilterValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `StaticValues`.
    pub fn static_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataSetStringListFilterValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataSetStringListFilterValue> for ::forma_core::Value<DataSetStringListFilterValue> {
    fn from(v: DataSetStringListFilterValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SET_STRING_LIST_FILTER_VALUE_TYPE.properties))
    }
}

/// The `AdditionalNotes` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct AdditionalNotes {
    props: ::forma_core::schema::Props,
}
impl AdditionalNotes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Text`.
    ///
    /// Allowed: length 0 to 2000.
    pub fn text(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AdditionalNotes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AdditionalNotes> for ::forma_core::Value<AdditionalNotes> {
    fn from(v: AdditionalNotes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADDITIONAL_NOTES_TYPE.properties))
    }
}

/// The `ColumnSemanticType` property type of `AWS::QuickSight::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnSemanticType {
    props: ::forma_core::schema::Props,
}
impl ColumnSemanticType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `GeographicalRole`.
    pub fn geographical_role(mut self, value: impl ::forma_core::schema::EnumArg<GeoSpatialDataRole>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ColumnSemanticType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ColumnSemanticType> for ::forma_core::Value<ColumnSemanticType> {
    fn from(v: ColumnSemanticType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COLUMN_SEMANTIC_TYPE_TYPE.properties))
    }
}

/// The schema of `AWS::QuickSight::DataSet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QuickSight::DataSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsAccountId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "ColumnGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COLUMN_GROUP_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(8) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ColumnLevelPermissionRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COLUMN_LEVEL_PERMISSION_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DataPrepConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_PREP_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DataSetId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DataSetRefreshProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SET_REFRESH_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DataSetUsageConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SET_USAGE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DatasetParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATASET_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(32) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FieldFolders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&FIELD_FOLDER_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "FolderArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ImportMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SPICE", "DIRECT_QUERY"]),
        },
        ::forma_core::schema::Property {
            name: "IngestionWaitPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INGESTION_WAIT_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LogicalTableMap",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&LOGICAL_TABLE_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "PerformanceConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PERFORMANCE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Permissions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_PERMISSION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(64) },
            ),
        },
        ::forma_core::schema::Property {
            name: "PhysicalTableMap",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&PHYSICAL_TABLE_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "RowLevelPermissionDataSet",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROW_LEVEL_PERMISSION_DATA_SET_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RowLevelPermissionTagConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROW_LEVEL_PERMISSION_TAG_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SemanticModelConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SEMANTIC_MODEL_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "UseAs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["RLS_RULES"]),
        },
    ],
    rules: &[],
    attributes: &["Arn", "ConsumedSpiceCapacityInBytes", "CreatedTime", "LastUpdatedTime", "OutputColumns"],
};

static COLUMN_GROUP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.ColumnGroup",
    properties: &[::forma_core::schema::Property {
        name: "GeoSpatialColumnGroup",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&GEO_SPATIAL_COLUMN_GROUP_TYPE),
    }],
    rules: &[],
};

static COLUMN_LEVEL_PERMISSION_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.ColumnLevelPermissionRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColumnNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Principals",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
    ],
    rules: &[],
};

static DATA_PREP_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.DataPrepConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationTableMap",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&DESTINATION_TABLE_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "SourceTableMap",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&SOURCE_TABLE_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "TransformStepMap",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&TRANSFORM_STEP_TYPE)),
        },
    ],
    rules: &[],
};

static DATA_SET_REFRESH_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.DataSetRefreshProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "FailureConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REFRESH_FAILURE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RefreshConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REFRESH_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static DATA_SET_USAGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.DataSetUsageConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DisableUseAsDirectQuerySource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DisableUseAsImportedSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static DATASET_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.DatasetParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "DateTimeDatasetParameter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATE_TIME_DATASET_PARAMETER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DecimalDatasetParameter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DECIMAL_DATASET_PARAMETER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IntegerDatasetParameter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INTEGER_DATASET_PARAMETER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StringDatasetParameter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STRING_DATASET_PARAMETER_TYPE),
        },
    ],
    rules: &[],
};

static FIELD_FOLDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.FieldFolder",
    properties: &[
        ::forma_core::schema::Property {
            name: "Columns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5000) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
    ],
    rules: &[],
};

static INGESTION_WAIT_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.IngestionWaitPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "IngestionWaitTimeInHours",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(36.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "WaitForSpiceIngestion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static LOGICAL_TABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.LogicalTable",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alias",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "DataTransforms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TRANSFORM_OPERATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2048) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGICAL_TABLE_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static PERFORMANCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.PerformanceConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "UniqueKeys",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&UNIQUE_KEY_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
        ),
    }],
    rules: &[],
};

static RESOURCE_PERMISSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.ResourcePermission",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(30) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Principal",
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

static PHYSICAL_TABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.PhysicalTable",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomSql",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_SQL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RelationalTable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RELATIONAL_TABLE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SaaSTable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SAA_S_TABLE_TYPE),
        },
    ],
    rules: &[],
};

static ROW_LEVEL_PERMISSION_DATA_SET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.RowLevelPermissionDataSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "Arn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FormatVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["VERSION_1", "VERSION_2"]),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9._-]*$"),
                min_length: Some(0),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "PermissionPolicy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GRANT_ACCESS", "DENY_ACCESS"]),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
    ],
    rules: &[],
};

static ROW_LEVEL_PERMISSION_TAG_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QuickSight::DataSet.RowLevelPermissionTagConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Status",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
            },
            ::forma_core::schema::Property {
                name: "TagRuleConfigurations",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::List(
                        &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                            pattern: None,
                            min_length: Some(1),
                            max_length: Some(128),
                        }),
                        ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
                    ),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
                ),
            },
            ::forma_core::schema::Property {
                name: "TagRules",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&ROW_LEVEL_PERMISSION_TAG_RULE_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
                ),
            },
        ],
        rules: &[],
    };

static SEMANTIC_MODEL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.SemanticModelConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "SemanticMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_SET_SEMANTIC_METADATA_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TableMap",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&SEMANTIC_TABLE_TYPE)),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static GEO_SPATIAL_COLUMN_GROUP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.GeoSpatialColumnGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "Columns",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(127),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(16) },
            ),
        },
        ::forma_core::schema::Property {
            name: "CountryCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["US"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
};

static DESTINATION_TABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.DestinationTable",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alias",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DESTINATION_TABLE_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static SOURCE_TABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.SourceTable",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataSet",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARENT_DATA_SET_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PhysicalTableId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z-]*$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
};

static TRANSFORM_STEP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.TransformStep",
    properties: &[
        ::forma_core::schema::Property {
            name: "AggregateStep",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AGGREGATE_OPERATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AppendStep",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APPEND_OPERATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CastColumnTypesStep",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAST_COLUMN_TYPES_OPERATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CreateColumnsStep",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CREATE_COLUMNS_OPERATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FiltersStep",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILTERS_OPERATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ImportTableStep",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IMPORT_TABLE_OPERATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JoinStep",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JOIN_OPERATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PivotStep",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PIVOT_OPERATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ProjectStep",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROJECT_OPERATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RenameColumnsStep",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RENAME_COLUMNS_OPERATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UnpivotStep",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UNPIVOT_OPERATION_TYPE),
        },
    ],
    rules: &[],
};

static REFRESH_FAILURE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.RefreshFailureConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "EmailAlert",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&REFRESH_FAILURE_EMAIL_ALERT_TYPE),
    }],
    rules: &[],
};

static REFRESH_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.RefreshConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "IncrementalRefresh",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&INCREMENTAL_REFRESH_TYPE),
    }],
    rules: &[],
};

static DATE_TIME_DATASET_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.DateTimeDatasetParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATE_TIME_DATASET_PARAMETER_DEFAULT_VALUES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "TimeGranularity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "YEAR",
                "QUARTER",
                "MONTH",
                "WEEK",
                "DAY",
                "HOUR",
                "MINUTE",
                "SECOND",
                "MILLISECOND",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ValueType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MULTI_VALUED", "SINGLE_VALUED"]),
        },
    ],
    rules: &[],
};

static DECIMAL_DATASET_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.DecimalDatasetParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DECIMAL_DATASET_PARAMETER_DEFAULT_VALUES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ValueType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MULTI_VALUED", "SINGLE_VALUED"]),
        },
    ],
    rules: &[],
};

static INTEGER_DATASET_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.IntegerDatasetParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INTEGER_DATASET_PARAMETER_DEFAULT_VALUES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ValueType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MULTI_VALUED", "SINGLE_VALUED"]),
        },
    ],
    rules: &[],
};

static STRING_DATASET_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.StringDatasetParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STRING_DATASET_PARAMETER_DEFAULT_VALUES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ValueType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MULTI_VALUED", "SINGLE_VALUED"]),
        },
    ],
    rules: &[],
};

static TRANSFORM_OPERATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.TransformOperation",
    properties: &[
        ::forma_core::schema::Property {
            name: "CastColumnTypeOperation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAST_COLUMN_TYPE_OPERATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CreateColumnsOperation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CREATE_COLUMNS_OPERATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FilterOperation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILTER_OPERATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OverrideDatasetParameterOperation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OVERRIDE_DATASET_PARAMETER_OPERATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ProjectOperation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROJECT_OPERATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RenameColumnOperation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RENAME_COLUMN_OPERATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TagColumnOperation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TAG_COLUMN_OPERATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UntagColumnOperation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UNTAG_COLUMN_OPERATION_TYPE),
        },
    ],
    rules: &[],
};

static LOGICAL_TABLE_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.LogicalTableSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataSetArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "JoinInstruction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JOIN_INSTRUCTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PhysicalTableId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z-]*$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
};

static UNIQUE_KEY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.UniqueKey",
    properties: &[::forma_core::schema::Property {
        name: "ColumnNames",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
        ),
    }],
    rules: &[],
};

static CUSTOM_SQL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.CustomSql",
    properties: &[
        ::forma_core::schema::Property {
            name: "Columns",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INPUT_COLUMN_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2048) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DataSourceArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "SqlQuery",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(168000),
            }),
        },
    ],
    rules: &[],
};

static RELATIONAL_TABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.RelationalTable",
    properties: &[
        ::forma_core::schema::Property {
            name: "Catalog",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DataSourceArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InputColumns",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INPUT_COLUMN_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2048) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Schema",
            required: false,
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

static S3_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.S3Source",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataSourceArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InputColumns",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INPUT_COLUMN_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2048) },
            ),
        },
        ::forma_core::schema::Property {
            name: "UploadSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UPLOAD_SETTINGS_TYPE),
        },
    ],
    rules: &[],
};

static SAA_S_TABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.SaaSTable",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataSourceArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InputColumns",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INPUT_COLUMN_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2048) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TablePath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TABLE_PATH_ELEMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(32) },
            ),
        },
    ],
    rules: &[],
};

static ROW_LEVEL_PERMISSION_TAG_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.RowLevelPermissionTagRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColumnName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MatchAllValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "TagKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "TagMultiValueDelimiter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(10),
            }),
        },
    ],
    rules: &[],
};

static DATA_SET_SEMANTIC_METADATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.DataSetSemanticMetadata",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomInstructions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CUSTOM_INSTRUCTION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SET_SEMANTIC_DESCRIPTION_TYPE),
        },
    ],
    rules: &[],
};

static SEMANTIC_TABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.SemanticTable",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alias",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "DestinationTableId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z-]*$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "RowLevelPermissionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROW_LEVEL_PERMISSION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SemanticMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TABLE_SEMANTIC_METADATA_TYPE),
        },
    ],
    rules: &[],
};

static DESTINATION_TABLE_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.DestinationTableSource",
    properties: &[::forma_core::schema::Property {
        name: "TransformOperationId",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[0-9a-zA-Z-]*$"),
            min_length: Some(1),
            max_length: Some(64),
        }),
    }],
    rules: &[],
};

static PARENT_DATA_SET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.ParentDataSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataSetArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InputColumns",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INPUT_COLUMN_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2048) },
            ),
        },
    ],
    rules: &[],
};

static AGGREGATE_OPERATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.AggregateOperation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Aggregations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AGGREGATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(128) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Alias",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "GroupByColumnNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(127),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(128) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSFORM_OPERATION_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static APPEND_OPERATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.AppendOperation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alias",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "AppendedColumns",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&APPENDED_COLUMN_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2048) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FirstSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSFORM_OPERATION_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SecondSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSFORM_OPERATION_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static CAST_COLUMN_TYPES_OPERATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.CastColumnTypesOperation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alias",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "CastColumnTypeOperations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CAST_COLUMN_TYPE_OPERATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2048) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSFORM_OPERATION_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static CREATE_COLUMNS_OPERATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.CreateColumnsOperation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alias",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Columns",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CALCULATED_COLUMN_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(256) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSFORM_OPERATION_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static FILTERS_OPERATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.FiltersOperation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alias",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "FilterOperations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FILTER_OPERATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(128) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSFORM_OPERATION_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static IMPORT_TABLE_OPERATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.ImportTableOperation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alias",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IMPORT_TABLE_OPERATION_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static JOIN_OPERATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.JoinOperation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alias",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "LeftOperand",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSFORM_OPERATION_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LeftOperandProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JOIN_OPERAND_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OnClause",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "RightOperand",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSFORM_OPERATION_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RightOperandProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JOIN_OPERAND_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INNER", "OUTER", "LEFT", "RIGHT"]),
        },
    ],
    rules: &[],
};

static PIVOT_OPERATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.PivotOperation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alias",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "GroupByColumnNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(127),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(128) },
            ),
        },
        ::forma_core::schema::Property {
            name: "PivotConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PIVOT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSFORM_OPERATION_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ValueColumnConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VALUE_COLUMN_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static PROJECT_OPERATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.ProjectOperation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alias",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProjectedColumns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2048) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSFORM_OPERATION_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static RENAME_COLUMNS_OPERATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.RenameColumnsOperation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alias",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "RenameColumnOperations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RENAME_COLUMN_OPERATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2048) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSFORM_OPERATION_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static UNPIVOT_OPERATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.UnpivotOperation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alias",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "ColumnsToUnpivot",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COLUMN_TO_UNPIVOT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSFORM_OPERATION_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UnpivotedLabelColumnId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "UnpivotedLabelColumnName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "UnpivotedValueColumnId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "UnpivotedValueColumnName",
            required: true,
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

static REFRESH_FAILURE_EMAIL_ALERT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.RefreshFailureEmailAlert",
    properties: &[::forma_core::schema::Property {
        name: "AlertStatus",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};

static INCREMENTAL_REFRESH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.IncrementalRefresh",
    properties: &[::forma_core::schema::Property {
        name: "LookbackWindow",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&LOOKBACK_WINDOW_TYPE),
    }],
    rules: &[],
};

static DATE_TIME_DATASET_PARAMETER_DEFAULT_VALUES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QuickSight::DataSet.DateTimeDatasetParameterDefaultValues",
        properties: &[::forma_core::schema::Property {
            name: "StaticValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(32) },
            ),
        }],
        rules: &[],
    };

static DECIMAL_DATASET_PARAMETER_DEFAULT_VALUES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QuickSight::DataSet.DecimalDatasetParameterDefaultValues",
        properties: &[::forma_core::schema::Property {
            name: "StaticValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(32) },
            ),
        }],
        rules: &[],
    };

static INTEGER_DATASET_PARAMETER_DEFAULT_VALUES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QuickSight::DataSet.IntegerDatasetParameterDefaultValues",
        properties: &[::forma_core::schema::Property {
            name: "StaticValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(32) },
            ),
        }],
        rules: &[],
    };

static STRING_DATASET_PARAMETER_DEFAULT_VALUES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QuickSight::DataSet.StringDatasetParameterDefaultValues",
        properties: &[::forma_core::schema::Property {
            name: "StaticValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(512),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(32) },
            ),
        }],
        rules: &[],
    };

static CAST_COLUMN_TYPE_OPERATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.CastColumnTypeOperation",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColumnName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Format",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "NewColumnType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STRING", "INTEGER", "DECIMAL", "DATETIME"]),
        },
        ::forma_core::schema::Property {
            name: "SubType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FLOAT", "FIXED"]),
        },
    ],
    rules: &[],
};

static FILTER_OPERATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.FilterOperation",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConditionExpression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "DateFilterCondition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SET_DATE_FILTER_CONDITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NumericFilterCondition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SET_NUMERIC_FILTER_CONDITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StringFilterCondition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SET_STRING_FILTER_CONDITION_TYPE),
        },
    ],
    rules: &[],
};

static OVERRIDE_DATASET_PARAMETER_OPERATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QuickSight::DataSet.OverrideDatasetParameterOperation",
        properties: &[
            ::forma_core::schema::Property {
                name: "NewDefaultValues",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&NEW_DEFAULT_VALUES_TYPE),
            },
            ::forma_core::schema::Property {
                name: "NewParameterName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9]+$"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "ParameterName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9]+$"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
        ],
        rules: &[],
    };

static RENAME_COLUMN_OPERATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.RenameColumnOperation",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColumnName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "NewColumnName",
            required: true,
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

static TAG_COLUMN_OPERATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.TagColumnOperation",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColumnName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COLUMN_TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(16) },
            ),
        },
    ],
    rules: &[],
};

static UNTAG_COLUMN_OPERATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.UntagColumnOperation",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColumnName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "TagNames",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["COLUMN_GEOGRAPHIC_ROLE", "COLUMN_DESCRIPTION"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static JOIN_INSTRUCTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.JoinInstruction",
    properties: &[
        ::forma_core::schema::Property {
            name: "LeftJoinKeyProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JOIN_KEY_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LeftOperand",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z-]*$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "OnClause",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "RightJoinKeyProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JOIN_KEY_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RightOperand",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z-]*$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INNER", "OUTER", "LEFT", "RIGHT"]),
        },
    ],
    rules: &[],
};

static INPUT_COLUMN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.InputColumn",
    properties: &[
        ::forma_core::schema::Property {
            name: "Id",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "SubType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FLOAT", "FIXED"]),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "STRING",
                "INTEGER",
                "DECIMAL",
                "DATETIME",
                "BIT",
                "BOOLEAN",
                "JSON",
                "SEMISTRUCT",
            ]),
        },
    ],
    rules: &[],
};

static UPLOAD_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.UploadSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainsHeader",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Delimiter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1),
            }),
        },
        ::forma_core::schema::Property {
            name: "Format",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CSV", "TSV", "CLF", "ELF", "XLSX", "JSON"]),
        },
        ::forma_core::schema::Property {
            name: "StartFromRow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TextQualifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DOUBLE_QUOTE", "SINGLE_QUOTE"]),
        },
    ],
    rules: &[],
};

static TABLE_PATH_ELEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.TablePathElement",
    properties: &[
        ::forma_core::schema::Property {
            name: "Id",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
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

static CUSTOM_INSTRUCTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.CustomInstruction",
    properties: &[::forma_core::schema::Property {
        name: "InlineCustomInstruction",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&INLINE_CUSTOM_INSTRUCTION_TYPE),
    }],
    rules: &[],
};

static DATA_SET_SEMANTIC_DESCRIPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.DataSetSemanticDescription",
    properties: &[::forma_core::schema::Property {
        name: "Text",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(500),
        }),
    }],
    rules: &[],
};

static ROW_LEVEL_PERMISSION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QuickSight::DataSet.RowLevelPermissionConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "RowLevelPermissionDataSet",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ROW_LEVEL_PERMISSION_DATA_SET_TYPE),
            },
            ::forma_core::schema::Property {
                name: "TagConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ROW_LEVEL_PERMISSION_TAG_CONFIGURATION_TYPE),
            },
        ],
        rules: &[],
    };

static TABLE_SEMANTIC_METADATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.TableSemanticMetadata",
    properties: &[::forma_core::schema::Property {
        name: "ColumnMetadata",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&SHARED_COLUMN_SEMANTIC_METADATA_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2000) },
        ),
    }],
    rules: &[],
};

static AGGREGATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.Aggregation",
    properties: &[
        ::forma_core::schema::Property {
            name: "AggregationFunction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_PREP_AGGREGATION_FUNCTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NewColumnId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "NewColumnName",
            required: true,
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

static TRANSFORM_OPERATION_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.TransformOperationSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColumnIdMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_SET_COLUMN_ID_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2048) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TransformOperationId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z-]*$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
};

static APPENDED_COLUMN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.AppendedColumn",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColumnName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "NewColumnId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
};

static CALCULATED_COLUMN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.CalculatedColumn",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColumnId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "ColumnName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Expression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(250000),
            }),
        },
    ],
    rules: &[],
};

static IMPORT_TABLE_OPERATION_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.ImportTableOperationSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColumnIdMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_SET_COLUMN_ID_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2048) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourceTableId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z-]*$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
};

static JOIN_OPERAND_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.JoinOperandProperties",
    properties: &[::forma_core::schema::Property {
        name: "OutputColumnNameOverrides",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&OUTPUT_COLUMN_NAME_OVERRIDE_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2048) },
        ),
    }],
    rules: &[],
};

static PIVOT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.PivotConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "LabelColumnName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "PivotedLabels",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PIVOTED_LABEL_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
    ],
    rules: &[],
};

static VALUE_COLUMN_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.ValueColumnConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AggregationFunction",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&DATA_PREP_AGGREGATION_FUNCTION_TYPE),
    }],
    rules: &[],
};

static COLUMN_TO_UNPIVOT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.ColumnToUnpivot",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColumnName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "NewValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2047),
            }),
        },
    ],
    rules: &[],
};

static LOOKBACK_WINDOW_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.LookbackWindow",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColumnName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Size",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SizeUnit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HOUR", "DAY", "WEEK"]),
        },
    ],
    rules: &[],
};

static DATA_SET_DATE_FILTER_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.DataSetDateFilterCondition",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColumnName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "ComparisonFilterCondition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SET_DATE_COMPARISON_FILTER_CONDITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RangeFilterCondition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SET_DATE_RANGE_FILTER_CONDITION_TYPE),
        },
    ],
    rules: &[],
};

static DATA_SET_NUMERIC_FILTER_CONDITION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QuickSight::DataSet.DataSetNumericFilterCondition",
        properties: &[
            ::forma_core::schema::Property {
                name: "ColumnName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(127),
                }),
            },
            ::forma_core::schema::Property {
                name: "ComparisonFilterCondition",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DATA_SET_NUMERIC_COMPARISON_FILTER_CONDITION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RangeFilterCondition",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DATA_SET_NUMERIC_RANGE_FILTER_CONDITION_TYPE),
            },
        ],
        rules: &[],
    };

static DATA_SET_STRING_FILTER_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.DataSetStringFilterCondition",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColumnName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "ComparisonFilterCondition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SET_STRING_COMPARISON_FILTER_CONDITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ListFilterCondition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SET_STRING_LIST_FILTER_CONDITION_TYPE),
        },
    ],
    rules: &[],
};

static NEW_DEFAULT_VALUES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.NewDefaultValues",
    properties: &[
        ::forma_core::schema::Property {
            name: "DateTimeStaticValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(32) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DecimalStaticValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(32) },
            ),
        },
        ::forma_core::schema::Property {
            name: "IntegerStaticValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(32) },
            ),
        },
        ::forma_core::schema::Property {
            name: "StringStaticValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(512),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(32) },
            ),
        },
    ],
    rules: &[],
};

static COLUMN_TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.ColumnTag",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColumnDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COLUMN_DESCRIPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ColumnGeographicRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "COUNTRY",
                "STATE",
                "COUNTY",
                "CITY",
                "POSTCODE",
                "LONGITUDE",
                "LATITUDE",
                "POLITICAL1",
                "CENSUS_TRACT",
                "CENSUS_BLOCK_GROUP",
                "CENSUS_BLOCK",
            ]),
        },
    ],
    rules: &[],
};

static JOIN_KEY_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.JoinKeyProperties",
    properties: &[::forma_core::schema::Property {
        name: "UniqueKey",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static INLINE_CUSTOM_INSTRUCTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.InlineCustomInstruction",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstructionText",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(50000),
            }),
        },
        ::forma_core::schema::Property {
            name: "UploadedDocumentMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UPLOADED_DOCUMENT_METADATA_TYPE),
        },
    ],
    rules: &[],
};

static SHARED_COLUMN_SEMANTIC_METADATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.SharedColumnSemanticMetadata",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColumnNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ColumnProperties",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COLUMN_SEMANTIC_PROPERTY_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(3) },
            ),
        },
    ],
    rules: &[],
};

static DATA_PREP_AGGREGATION_FUNCTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.DataPrepAggregationFunction",
    properties: &[
        ::forma_core::schema::Property {
            name: "ListAggregation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_PREP_LIST_AGGREGATION_FUNCTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PercentileAggregation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_PREP_PERCENTILE_AGGREGATION_FUNCTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SimpleAggregation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_PREP_SIMPLE_AGGREGATION_FUNCTION_TYPE),
        },
    ],
    rules: &[],
};

static DATA_SET_COLUMN_ID_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.DataSetColumnIdMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "SourceColumnId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetColumnId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
};

static OUTPUT_COLUMN_NAME_OVERRIDE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.OutputColumnNameOverride",
    properties: &[
        ::forma_core::schema::Property {
            name: "OutputColumnName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceColumnName",
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

static PIVOTED_LABEL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.PivotedLabel",
    properties: &[
        ::forma_core::schema::Property {
            name: "LabelName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2047),
            }),
        },
        ::forma_core::schema::Property {
            name: "NewColumnId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "NewColumnName",
            required: true,
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

static DATA_SET_DATE_COMPARISON_FILTER_CONDITION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QuickSight::DataSet.DataSetDateComparisonFilterCondition",
        properties: &[
            ::forma_core::schema::Property {
                name: "Operator",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "BEFORE",
                    "BEFORE_OR_EQUALS_TO",
                    "AFTER",
                    "AFTER_OR_EQUALS_TO",
                ]),
            },
            ::forma_core::schema::Property {
                name: "Value",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DATA_SET_DATE_FILTER_VALUE_TYPE),
            },
        ],
        rules: &[],
    };

static DATA_SET_DATE_RANGE_FILTER_CONDITION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QuickSight::DataSet.DataSetDateRangeFilterCondition",
        properties: &[
            ::forma_core::schema::Property {
                name: "IncludeMaximum",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "IncludeMinimum",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "RangeMaximum",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DATA_SET_DATE_FILTER_VALUE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RangeMinimum",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DATA_SET_DATE_FILTER_VALUE_TYPE),
            },
        ],
        rules: &[],
    };

static DATA_SET_NUMERIC_COMPARISON_FILTER_CONDITION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QuickSight::DataSet.DataSetNumericComparisonFilterCondition",
        properties: &[
            ::forma_core::schema::Property {
                name: "Operator",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "EQUALS",
                    "DOES_NOT_EQUAL",
                    "GREATER_THAN",
                    "GREATER_THAN_OR_EQUALS_TO",
                    "LESS_THAN",
                    "LESS_THAN_OR_EQUALS_TO",
                ]),
            },
            ::forma_core::schema::Property {
                name: "Value",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DATA_SET_NUMERIC_FILTER_VALUE_TYPE),
            },
        ],
        rules: &[],
    };

static DATA_SET_NUMERIC_RANGE_FILTER_CONDITION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QuickSight::DataSet.DataSetNumericRangeFilterCondition",
        properties: &[
            ::forma_core::schema::Property {
                name: "IncludeMaximum",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "IncludeMinimum",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "RangeMaximum",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DATA_SET_NUMERIC_FILTER_VALUE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RangeMinimum",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DATA_SET_NUMERIC_FILTER_VALUE_TYPE),
            },
        ],
        rules: &[],
    };

static DATA_SET_STRING_COMPARISON_FILTER_CONDITION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QuickSight::DataSet.DataSetStringComparisonFilterCondition",
        properties: &[
            ::forma_core::schema::Property {
                name: "Operator",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "EQUALS",
                    "DOES_NOT_EQUAL",
                    "CONTAINS",
                    "DOES_NOT_CONTAIN",
                    "STARTS_WITH",
                    "ENDS_WITH",
                ]),
            },
            ::forma_core::schema::Property {
                name: "Value",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DATA_SET_STRING_FILTER_VALUE_TYPE),
            },
        ],
        rules: &[],
    };

static DATA_SET_STRING_LIST_FILTER_CONDITION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QuickSight::DataSet.DataSetStringListFilterCondition",
        properties: &[
            ::forma_core::schema::Property {
                name: "Operator",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["INCLUDE", "EXCLUDE"]),
            },
            ::forma_core::schema::Property {
                name: "Values",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DATA_SET_STRING_LIST_FILTER_VALUE_TYPE),
            },
        ],
        rules: &[],
    };

static COLUMN_DESCRIPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.ColumnDescription",
    properties: &[::forma_core::schema::Property {
        name: "Text",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(0),
            max_length: Some(500),
        }),
    }],
    rules: &[],
};

static UPLOADED_DOCUMENT_METADATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.UploadedDocumentMetadata",
    properties: &[::forma_core::schema::Property {
        name: "Name",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(127),
        }),
    }],
    rules: &[],
};

static COLUMN_SEMANTIC_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.ColumnSemanticProperty",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalNotes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ADDITIONAL_NOTES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COLUMN_DESCRIPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SemanticType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COLUMN_SEMANTIC_TYPE_TYPE),
        },
    ],
    rules: &[],
};

static DATA_PREP_LIST_AGGREGATION_FUNCTION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QuickSight::DataSet.DataPrepListAggregationFunction",
        properties: &[
            ::forma_core::schema::Property {
                name: "Distinct",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "InputColumnName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(127),
                }),
            },
            ::forma_core::schema::Property {
                name: "Separator",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static DATA_PREP_PERCENTILE_AGGREGATION_FUNCTION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QuickSight::DataSet.DataPrepPercentileAggregationFunction",
        properties: &[
            ::forma_core::schema::Property {
                name: "InputColumnName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(127),
                }),
            },
            ::forma_core::schema::Property {
                name: "PercentileValue",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(100.0),
                }),
            },
        ],
        rules: &[],
    };

static DATA_PREP_SIMPLE_AGGREGATION_FUNCTION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QuickSight::DataSet.DataPrepSimpleAggregationFunction",
        properties: &[
            ::forma_core::schema::Property {
                name: "FunctionType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "COUNT",
                    "DISTINCT_COUNT",
                    "SUM",
                    "AVERAGE",
                    "MEDIAN",
                    "MAX",
                    "MIN",
                    "VARIANCE",
                    "STANDARD_DEVIATION",
                ]),
            },
            ::forma_core::schema::Property {
                name: "InputColumnName",
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

static DATA_SET_DATE_FILTER_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.DataSetDateFilterValue",
    properties: &[::forma_core::schema::Property {
        name: "StaticValue",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static DATA_SET_NUMERIC_FILTER_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.DataSetNumericFilterValue",
    properties: &[::forma_core::schema::Property {
        name: "StaticValue",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static DATA_SET_STRING_FILTER_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.DataSetStringFilterValue",
    properties: &[::forma_core::schema::Property {
        name: "StaticValue",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(0),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static DATA_SET_STRING_LIST_FILTER_VALUE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QuickSight::DataSet.DataSetStringListFilterValue",
        properties: &[::forma_core::schema::Property {
            name: "StaticValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(512),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1000) },
            ),
        }],
        rules: &[],
    };

static ADDITIONAL_NOTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.AdditionalNotes",
    properties: &[::forma_core::schema::Property {
        name: "Text",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(0),
            max_length: Some(2000),
        }),
    }],
    rules: &[],
};

static COLUMN_SEMANTIC_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::DataSet.ColumnSemanticType",
    properties: &[::forma_core::schema::Property {
        name: "GeographicalRole",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&[
            "COUNTRY",
            "STATE",
            "COUNTY",
            "CITY",
            "POSTCODE",
            "LONGITUDE",
            "LATITUDE",
            "POLITICAL1",
            "CENSUS_TRACT",
            "CENSUS_BLOCK_GROUP",
            "CENSUS_BLOCK",
        ]),
    }],
    rules: &[],
};
