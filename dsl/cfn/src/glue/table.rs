// @generated from AWS::Glue::Table (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Glue::Table` and its property types.

/// Resource Type definition for AWS::Glue::Table
///
/// CloudFormation type `AWS::Glue::Table`.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    props: ::forma_core::schema::Props,
}
impl Table {
    /// A new resource with its required properties: `CatalogId`, `DatabaseName`.
    #[track_caller]
    pub fn new(
        catalog_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, catalog_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, database_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The table name.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies an OpenTableFormatInput structure when creating an open format table.
    #[track_caller]
    pub fn open_table_format_input(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OpenTableFormatInput>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A structure used to define a table.
    #[track_caller]
    pub fn table_input(mut self, value: impl ::std::convert::Into<::forma_core::Value<TableInput>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Table {
    type Attributes = TableAttributes;
    fn type_name(&self) -> &str {
        "AWS::Glue::Table"
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
/// The attributes of a `AWS::Glue::Table` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TableAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TableAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// Specifies an OpenTableFormatInput structure when creating an open format table.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenTableFormatInput {
    props: ::forma_core::schema::Props,
}
impl OpenTableFormatInput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies an IcebergInput structure that defines an Apache Iceberg metadata table.
    pub fn iceberg_input(mut self, value: impl ::std::convert::Into<::forma_core::Value<IcebergInput>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OpenTableFormatInput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OpenTableFormatInput> for ::forma_core::Value<OpenTableFormatInput> {
    fn from(v: OpenTableFormatInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPEN_TABLE_FORMAT_INPUT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EXTERNAL_TABLE`, `VIRTUAL_VIEW`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TableType {
    /// `EXTERNAL_TABLE`
    ExternalTable,
    /// `VIRTUAL_VIEW`
    VirtualView,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TableType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ExternalTable => "EXTERNAL_TABLE",
            Self::VirtualView => "VIRTUAL_VIEW",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EXTERNAL_TABLE", "VIRTUAL_VIEW"]
    }
}
impl ::std::convert::From<TableType> for ::forma_core::Value<TableType> {
    fn from(v: TableType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TableType {}

/// A structure used to define a table.
#[derive(Debug, Clone, PartialEq)]
pub struct TableInput {
    props: ::forma_core::schema::Props,
}
impl TableInput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A description of the table.
    ///
    /// Allowed: length 0 to 2048.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The table name.
    ///
    /// Allowed: length 1 to 255.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The table owner.
    ///
    /// Allowed: length 1 to 255.
    pub fn owner(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Parameters`.
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A list of columns by which the table is partitioned.
    pub fn partition_keys(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Column>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The retention time for this table.
    ///
    /// Allowed: at least 0.
    pub fn retention(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// A storage descriptor containing information about the physical storage of this table.
    pub fn storage_descriptor(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StorageDescriptor>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The type of this table.
    ///
    /// Allowed: length 0 to 255.
    pub fn table_type(mut self, value: impl ::forma_core::schema::EnumArg<TableType>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// A TableIdentifier structure that describes a target table for resource linking.
    pub fn target_table(mut self, value: impl ::std::convert::Into<::forma_core::Value<TableIdentifier>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The view definition for the table.
    pub fn view_definition(mut self, value: impl ::std::convert::Into<::forma_core::Value<ViewDefinition>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// Included for Apache Hive compatibility.
    ///
    /// Allowed: length 0 to 409600.
    pub fn view_expanded_text(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// Included for Apache Hive compatibility.
    ///
    /// Allowed: length 0 to 409600.
    pub fn view_original_text(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TableInput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TableInput> for ::forma_core::Value<TableInput> {
    fn from(v: TableInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TABLE_INPUT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CREATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetadataOperation {
    /// `CREATE`
    Create,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MetadataOperation {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Create => "CREATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CREATE"]
    }
}
impl ::std::convert::From<MetadataOperation> for ::forma_core::Value<MetadataOperation> {
    fn from(v: MetadataOperation) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MetadataOperation {}

/// Specifies an input structure that defines an Apache Iceberg metadata table.
#[derive(Debug, Clone, PartialEq)]
pub struct IcebergInput {
    props: ::forma_core::schema::Props,
}
impl IcebergInput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the Iceberg table configuration.
    pub fn iceberg_table_input(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IcebergTableInput>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A required metadata operation.
    pub fn metadata_operation(mut self, value: impl ::forma_core::schema::EnumArg<MetadataOperation>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The table version of the Iceberg table.
    ///
    /// Allowed: length 1 to 255.
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IcebergInput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IcebergInput> for ::forma_core::Value<IcebergInput> {
    fn from(v: IcebergInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ICEBERG_INPUT_TYPE.properties))
    }
}

/// A column in a Table.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    props: ::forma_core::schema::Props,
}
impl Column {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        Self { props }
    }
    /// A free-form text comment.
    ///
    /// Allowed: length 0 to 255.
    pub fn comment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The data type of the Column.
    ///
    /// Allowed: length 0 to 131072.
    pub fn type_(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Column> for ::forma_core::Value<Column> {
    fn from(v: Column) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COLUMN_TYPE.properties))
    }
}

/// Describes the physical storage of table data.
#[derive(Debug, Clone, PartialEq)]
pub struct StorageDescriptor {
    props: ::forma_core::schema::Props,
}
impl StorageDescriptor {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of reducer grouping columns, clustering columns, and bucketing columns in the table.
    pub fn bucket_columns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of the Columns in the table.
    pub fn columns(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Column>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// True if the data in the table is compressed, or False if not.
    pub fn compressed(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The input format: SequenceFileInputFormat (binary), or TextInputFormat, or a custom format.
    ///
    /// Allowed: length 0 to 128.
    pub fn input_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The physical location of the table.
    ///
    /// Allowed: length 0 to 2056.
    pub fn location(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Must be specified if the table contains any dimension columns.
    pub fn number_of_buckets(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The output format: SequenceFileOutputFormat (binary), or IgnoreKeyTextOutputFormat, or a custom format.
    ///
    /// Allowed: length 0 to 128.
    pub fn output_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Parameters`.
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// An object that references a schema stored in the AWS Glue Schema Registry.
    pub fn schema_reference(mut self, value: impl ::std::convert::Into<::forma_core::Value<SchemaReference>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The serialization/deserialization (SerDe) information.
    pub fn serde_info(mut self, value: impl ::std::convert::Into<::forma_core::Value<SerdeInfo>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The information about values that appear frequently in a column (skewed values).
    pub fn skewed_info(mut self, value: impl ::std::convert::Into<::forma_core::Value<SkewedInfo>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// A list specifying the sort order of each bucket in the table.
    pub fn sort_columns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Order>>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// True if the table data is stored in subdirectories, or False if not.
    pub fn stored_as_sub_directories(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StorageDescriptor {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StorageDescriptor> for ::forma_core::Value<StorageDescriptor> {
    fn from(v: StorageDescriptor) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STORAGE_DESCRIPTOR_TYPE.properties))
    }
}

/// A structure that describes a target table for resource linking.
#[derive(Debug, Clone, PartialEq)]
pub struct TableIdentifier {
    props: ::forma_core::schema::Props,
}
impl TableIdentifier {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ID of the Data Catalog in which the table resides.
    ///
    /// Allowed: length 1 to 255.
    pub fn catalog_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the catalog database that contains the target table.
    ///
    /// Allowed: length 1 to 255.
    pub fn database_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The name of the target table.
    ///
    /// Allowed: length 1 to 255.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The Region of the table.
    ///
    /// Allowed: length 1 to 255.
    pub fn region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TableIdentifier {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TableIdentifier> for ::forma_core::Value<TableIdentifier> {
    fn from(v: TableIdentifier) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TABLE_IDENTIFIER_TYPE.properties))
    }
}

/// A structure that defines the view.
#[derive(Debug, Clone, PartialEq)]
pub struct ViewDefinition {
    props: ::forma_core::schema::Props,
}
impl ViewDefinition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The definer of the view.
    ///
    /// Allowed: length 20 to 2048.
    pub fn definer(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether the view is protected.
    pub fn is_protected(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The representations of the view.
    pub fn representations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ViewRepresentation>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The sub-objects of the view.
    pub fn sub_objects(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ViewDefinition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ViewDefinition> for ::forma_core::Value<ViewDefinition> {
    fn from(v: ViewDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIEW_DEFINITION_TYPE.properties))
    }
}

/// Specifies the Iceberg table configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct IcebergTableInput {
    props: ::forma_core::schema::Props,
}
impl IcebergTableInput {
    /// A new value with its required properties: `Location`, `Schema`.
    pub fn new(
        location: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        schema: impl ::std::convert::Into<::forma_core::Value<IcebergSchema>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, location.into().into_expr());
        props.set(3, schema.into().into_expr());
        Self { props }
    }
    /// The partition spec for the Iceberg table.
    pub fn partition_spec(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IcebergPartitionSpec>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The properties for the Iceberg table.
    pub fn properties(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The write order for the Iceberg table.
    pub fn write_order(mut self, value: impl ::std::convert::Into<::forma_core::Value<IcebergSortOrder>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IcebergTableInput> for ::forma_core::Value<IcebergTableInput> {
    fn from(v: IcebergTableInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ICEBERG_TABLE_INPUT_TYPE.properties))
    }
}

/// An object that references a schema stored in the AWS Glue Schema Registry.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaReference {
    props: ::forma_core::schema::Props,
}
impl SchemaReference {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A structure that contains schema identity fields.
    pub fn schema_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<SchemaId>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The unique ID assigned to a version of the schema.
    ///
    /// Allowed: length 36 to 36.
    pub fn schema_version_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The version number of the schema.
    ///
    /// Allowed: 1 to 100000.
    pub fn schema_version_number(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SchemaReference {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SchemaReference> for ::forma_core::Value<SchemaReference> {
    fn from(v: SchemaReference) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEMA_REFERENCE_TYPE.properties))
    }
}

/// Information about a serialization/deserialization program (SerDe) that serves as an extractor an loader.
#[derive(Debug, Clone, PartialEq)]
pub struct SerdeInfo {
    props: ::forma_core::schema::Props,
}
impl SerdeInfo {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Name of the SerDe.
    ///
    /// Allowed: length 1 to 255.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Parameters`.
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Usually the class that implements the SerDe.
    ///
    /// Allowed: length 1 to 255.
    pub fn serialization_library(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SerdeInfo {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SerdeInfo> for ::forma_core::Value<SerdeInfo> {
    fn from(v: SerdeInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERDE_INFO_TYPE.properties))
    }
}

/// Specifies skewed values in a table.
#[derive(Debug, Clone, PartialEq)]
pub struct SkewedInfo {
    props: ::forma_core::schema::Props,
}
impl SkewedInfo {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of names of columns that contain skewed values.
    pub fn skewed_column_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SkewedColumnValueLocationMaps`.
    pub fn skewed_column_value_location_maps(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A list of names of columns that contain skewed values.
    pub fn skewed_column_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SkewedInfo {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SkewedInfo> for ::forma_core::Value<SkewedInfo> {
    fn from(v: SkewedInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SKEWED_INFO_TYPE.properties))
    }
}

/// Specifies the sort order of a sorted column.
#[derive(Debug, Clone, PartialEq)]
pub struct Order {
    props: ::forma_core::schema::Props,
}
impl Order {
    /// A new value with its required properties: `Column`, `SortOrder`.
    pub fn new(
        column: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sort_order: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, column.into().into_expr());
        props.set(1, sort_order.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Order> for ::forma_core::Value<Order> {
    fn from(v: Order) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORDER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ATHENA`, `REDSHIFT`, `SPARK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Dialect {
    /// `ATHENA`
    Athena,
    /// `REDSHIFT`
    Redshift,
    /// `SPARK`
    Spark,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Dialect {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Athena => "ATHENA",
            Self::Redshift => "REDSHIFT",
            Self::Spark => "SPARK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ATHENA", "REDSHIFT", "SPARK"]
    }
}
impl ::std::convert::From<Dialect> for ::forma_core::Value<Dialect> {
    fn from(v: Dialect) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Dialect {}

/// A structure that defines a view representation.
#[derive(Debug, Clone, PartialEq)]
pub struct ViewRepresentation {
    props: ::forma_core::schema::Props,
}
impl ViewRepresentation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The dialect of the view representation.
    pub fn dialect(mut self, value: impl ::forma_core::schema::EnumArg<Dialect>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The version of the dialect.
    ///
    /// Allowed: length 1 to 255.
    pub fn dialect_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The connection used for validation.
    ///
    /// Allowed: length 1 to 255.
    pub fn validation_connection(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The expanded text of the view.
    ///
    /// Allowed: length 0 to 409600.
    pub fn view_expanded_text(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The original text of the view.
    ///
    /// Allowed: length 0 to 409600.
    pub fn view_original_text(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ViewRepresentation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ViewRepresentation> for ::forma_core::Value<ViewRepresentation> {
    fn from(v: ViewRepresentation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIEW_REPRESENTATION_TYPE.properties))
    }
}

/// The partition spec for an Iceberg table.
#[derive(Debug, Clone, PartialEq)]
pub struct IcebergPartitionSpec {
    props: ::forma_core::schema::Props,
}
impl IcebergPartitionSpec {
    /// A new value with its required properties: `Fields`.
    pub fn new(fields: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IcebergPartitionField>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, fields.into().into_expr());
        Self { props }
    }
    /// The spec ID.
    pub fn spec_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IcebergPartitionSpec> for ::forma_core::Value<IcebergPartitionSpec> {
    fn from(v: IcebergPartitionSpec) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ICEBERG_PARTITION_SPEC_TYPE.properties))
    }
}

/// The schema for an Iceberg table.
#[derive(Debug, Clone, PartialEq)]
pub struct IcebergSchema {
    props: ::forma_core::schema::Props,
}
impl IcebergSchema {
    /// A new value with its required properties: `Fields`.
    pub fn new(fields: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IcebergStructField>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, fields.into().into_expr());
        Self { props }
    }
    /// The identifier field IDs.
    pub fn identifier_field_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The schema ID.
    pub fn schema_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The type of the schema.
    pub fn type_(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IcebergSchema> for ::forma_core::Value<IcebergSchema> {
    fn from(v: IcebergSchema) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ICEBERG_SCHEMA_TYPE.properties))
    }
}

/// The sort order for an Iceberg table.
#[derive(Debug, Clone, PartialEq)]
pub struct IcebergSortOrder {
    props: ::forma_core::schema::Props,
}
impl IcebergSortOrder {
    /// A new value with its required properties: `Fields`, `OrderId`.
    pub fn new(
        fields: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IcebergSortField>>>,
        order_id: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, fields.into().into_expr());
        props.set(1, order_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IcebergSortOrder> for ::forma_core::Value<IcebergSortOrder> {
    fn from(v: IcebergSortOrder) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ICEBERG_SORT_ORDER_TYPE.properties))
    }
}

/// A structure that contains schema identity fields.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaId {
    props: ::forma_core::schema::Props,
}
impl SchemaId {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the schema registry that contains the schema.
    ///
    /// Allowed: length 1 to 255.
    pub fn registry_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the schema.
    ///
    /// Allowed: length 1 to 10240.
    pub fn schema_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The name of the schema.
    ///
    /// Allowed: length 1 to 255.
    pub fn schema_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SchemaId {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SchemaId> for ::forma_core::Value<SchemaId> {
    fn from(v: SchemaId) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEMA_ID_TYPE.properties))
    }
}

/// A partition field in an Iceberg partition spec.
#[derive(Debug, Clone, PartialEq)]
pub struct IcebergPartitionField {
    props: ::forma_core::schema::Props,
}
impl IcebergPartitionField {
    /// A new value with its required properties: `Name`, `SourceId`, `Transform`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_id: impl ::std::convert::Into<::forma_core::Value<i64>>,
        transform: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        props.set(2, source_id.into().into_expr());
        props.set(3, transform.into().into_expr());
        Self { props }
    }
    /// The partition field ID.
    pub fn field_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IcebergPartitionField> for ::forma_core::Value<IcebergPartitionField> {
    fn from(v: IcebergPartitionField) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ICEBERG_PARTITION_FIELD_TYPE.properties))
    }
}

/// A field in an Iceberg schema.
#[derive(Debug, Clone, PartialEq)]
pub struct IcebergStructField {
    props: ::forma_core::schema::Props,
}
impl IcebergStructField {
    /// A new value with its required properties: `Id`, `Name`, `Required`, `Type`.
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<i64>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        required: impl ::std::convert::Into<::forma_core::Value<bool>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, id.into().into_expr());
        props.set(2, name.into().into_expr());
        props.set(3, required.into().into_expr());
        props.set(4, type_.into().into_expr());
        Self { props }
    }
    /// Documentation for the field.
    pub fn doc(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IcebergStructField> for ::forma_core::Value<IcebergStructField> {
    fn from(v: IcebergStructField) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ICEBERG_STRUCT_FIELD_TYPE.properties))
    }
}

/// A sort field in an Iceberg sort order.
#[derive(Debug, Clone, PartialEq)]
pub struct IcebergSortField {
    props: ::forma_core::schema::Props,
}
impl IcebergSortField {
    /// A new value with its required properties: `Direction`, `NullOrder`, `SourceId`, `Transform`.
    pub fn new(
        direction: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        null_order: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_id: impl ::std::convert::Into<::forma_core::Value<i64>>,
        transform: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, direction.into().into_expr());
        props.set(1, null_order.into().into_expr());
        props.set(2, source_id.into().into_expr());
        props.set(3, transform.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IcebergSortField> for ::forma_core::Value<IcebergSortField> {
    fn from(v: IcebergSortField) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ICEBERG_SORT_FIELD_TYPE.properties))
    }
}

/// The schema of `AWS::Glue::Table`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Glue::Table",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
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
            name: "OpenTableFormatInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OPEN_TABLE_FORMAT_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TableInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TABLE_INPUT_TYPE),
        },
    ],
    rules: &[],
    attributes: &[],
};

static OPEN_TABLE_FORMAT_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Table.OpenTableFormatInput",
    properties: &[::forma_core::schema::Property {
        name: "IcebergInput",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&ICEBERG_INPUT_TYPE),
    }],
    rules: &[],
};

static TABLE_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Table.TableInput",
    properties: &[
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
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Owner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "PartitionKeys",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COLUMN_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Retention",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StorageDescriptor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STORAGE_DESCRIPTOR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TableType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EXTERNAL_TABLE", "VIRTUAL_VIEW"]),
        },
        ::forma_core::schema::Property {
            name: "TargetTable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TABLE_IDENTIFIER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ViewDefinition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIEW_DEFINITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ViewExpandedText",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(409600),
            }),
        },
        ::forma_core::schema::Property {
            name: "ViewOriginalText",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(409600),
            }),
        },
    ],
    rules: &[],
};

static ICEBERG_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Table.IcebergInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "IcebergTableInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ICEBERG_TABLE_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MetadataOperation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CREATE"]),
        },
        ::forma_core::schema::Property {
            name: "Version",
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

static COLUMN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Table.Column",
    properties: &[
        ::forma_core::schema::Property {
            name: "Comment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(131072),
            }),
        },
    ],
    rules: &[],
};

static STORAGE_DESCRIPTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Table.StorageDescriptor",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketColumns",
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
            name: "Columns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COLUMN_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Compressed",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "InputFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Location",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2056),
            }),
        },
        ::forma_core::schema::Property {
            name: "NumberOfBuckets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "OutputFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "SchemaReference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEMA_REFERENCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SerdeInfo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERDE_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SkewedInfo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SKEWED_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SortColumns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ORDER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StoredAsSubDirectories",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static TABLE_IDENTIFIER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Table.TableIdentifier",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
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
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Region",
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

static VIEW_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Table.ViewDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Definer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "IsProtected",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Representations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VIEW_REPRESENTATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubObjects",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(20),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
    ],
    rules: &[],
};

static ICEBERG_TABLE_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Table.IcebergTableInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "Location",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PartitionSpec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ICEBERG_PARTITION_SPEC_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Properties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "Schema",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ICEBERG_SCHEMA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WriteOrder",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ICEBERG_SORT_ORDER_TYPE),
        },
    ],
    rules: &[],
};

static SCHEMA_REFERENCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Table.SchemaReference",
    properties: &[
        ::forma_core::schema::Property {
            name: "SchemaId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEMA_ID_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SchemaVersionId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "SchemaVersionNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(100000.0),
            }),
        },
    ],
    rules: &[],
};

static SERDE_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Table.SerdeInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "SerializationLibrary",
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

static SKEWED_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Table.SkewedInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "SkewedColumnNames",
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
            name: "SkewedColumnValueLocationMaps",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "SkewedColumnValues",
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

static ORDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Table.Order",
    properties: &[
        ::forma_core::schema::Property {
            name: "Column",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "SortOrder",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1.0),
            }),
        },
    ],
    rules: &[],
};

static VIEW_REPRESENTATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Table.ViewRepresentation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Dialect",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ATHENA", "REDSHIFT", "SPARK"]),
        },
        ::forma_core::schema::Property {
            name: "DialectVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ValidationConnection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ViewExpandedText",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(409600),
            }),
        },
        ::forma_core::schema::Property {
            name: "ViewOriginalText",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(409600),
            }),
        },
    ],
    rules: &[],
};

static ICEBERG_PARTITION_SPEC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Table.IcebergPartitionSpec",
    properties: &[
        ::forma_core::schema::Property {
            name: "Fields",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ICEBERG_PARTITION_FIELD_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SpecId",
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

static ICEBERG_SCHEMA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Table.IcebergSchema",
    properties: &[
        ::forma_core::schema::Property {
            name: "Fields",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ICEBERG_STRUCT_FIELD_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "IdentifierFieldIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SchemaId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ICEBERG_SORT_ORDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Table.IcebergSortOrder",
    properties: &[
        ::forma_core::schema::Property {
            name: "Fields",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ICEBERG_SORT_FIELD_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "OrderId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static SCHEMA_ID_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Table.SchemaId",
    properties: &[
        ::forma_core::schema::Property {
            name: "RegistryName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_$#.]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "SchemaArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-(cn|us-gov|iso(-[bef])?))?:glue:"),
                min_length: Some(1),
                max_length: Some(10240),
            }),
        },
        ::forma_core::schema::Property {
            name: "SchemaName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_$#.]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static ICEBERG_PARTITION_FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Table.IcebergPartitionField",
    properties: &[
        ::forma_core::schema::Property {
            name: "FieldId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Transform",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ICEBERG_STRUCT_FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Table.IcebergStructField",
    properties: &[
        ::forma_core::schema::Property {
            name: "Doc",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Required",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ICEBERG_SORT_FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Table.IcebergSortField",
    properties: &[
        ::forma_core::schema::Property {
            name: "Direction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NullOrder",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Transform",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
