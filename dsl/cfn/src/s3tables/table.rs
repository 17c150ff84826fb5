// @generated from AWS::S3Tables::Table (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::S3Tables::Table` and its property types.

/// Resource Type definition for AWS::S3Tables::Table
///
/// CloudFormation type `AWS::S3Tables::Table`.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    props: ::forma_core::schema::Props,
}
impl Table {
    /// A new resource with its required properties: `Namespace`, `OpenTableFormat`, `TableBucketARN`, `TableName`.
    #[track_caller]
    pub fn new(
        namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        open_table_format: impl ::forma_core::schema::EnumArg<OpenTableFormat>,
        table_bucket_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, namespace.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, open_table_format.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(6, table_bucket_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, table_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Settings governing the Compaction maintenance action.
    #[track_caller]
    pub fn compaction(mut self, value: impl ::std::convert::Into<::forma_core::Value<Compaction>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Contains details about the metadata for an Iceberg table.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn iceberg_metadata(mut self, value: impl ::std::convert::Into<::forma_core::Value<IcebergMetadata>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Contains details about the snapshot management settings for an Iceberg table.
    #[track_caller]
    pub fn snapshot_management(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SnapshotManagement>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies storage class settings for the table
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn storage_class_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StorageClassConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// User tags (key-value pairs) to associate with the table.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates that you don't want to specify a schema for the table.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn without_metadata(mut self, value: impl ::forma_core::schema::EnumArg<WithoutMetadata>) -> Self {
        self.props.set_at(9, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Table {
    type Attributes = TableAttributes;
    fn type_name(&self) -> &str {
        "AWS::S3Tables::Table"
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
/// The attributes of a `AWS::S3Tables::Table` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TableAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TableAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TableAttributes {
    /// `Fn::GetAtt` `TableARN`.
    pub fn table_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TableARN")
    }
    /// `Fn::GetAtt` `WarehouseLocation`.
    pub fn warehouse_location(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WarehouseLocation")
    }
    /// `Fn::GetAtt` `VersionToken`.
    pub fn version_token(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VersionToken")
    }
}

/// The values CloudFormation documents: `ICEBERG`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OpenTableFormat {
    /// `ICEBERG`
    Iceberg,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OpenTableFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Iceberg => "ICEBERG",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ICEBERG"]
    }
}
impl ::std::convert::From<OpenTableFormat> for ::forma_core::Value<OpenTableFormat> {
    fn from(v: OpenTableFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OpenTableFormat {}

/// The values CloudFormation documents: `Yes`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WithoutMetadata {
    /// `Yes`
    Yes,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WithoutMetadata {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Yes => "Yes",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Yes"]
    }
}
impl ::std::convert::From<WithoutMetadata> for ::forma_core::Value<WithoutMetadata> {
    fn from(v: WithoutMetadata) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WithoutMetadata {}

/// The values CloudFormation documents: `enabled`, `disabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["enabled", "disabled"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// Settings governing the Compaction maintenance action.
#[derive(Debug, Clone, PartialEq)]
pub struct Compaction {
    props: ::forma_core::schema::Props,
}
impl Compaction {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether the Compaction maintenance action is enabled.
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The target file size for the table in MB.
    ///
    /// Allowed: at least 64.
    pub fn target_file_size_mb(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Compaction {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Compaction> for ::forma_core::Value<Compaction> {
    fn from(v: Compaction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPACTION_TYPE.properties))
    }
}

/// Contains details about the metadata for an Iceberg table.
#[derive(Debug, Clone, PartialEq)]
pub struct IcebergMetadata {
    props: ::forma_core::schema::Props,
}
impl IcebergMetadata {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Partition specification for an Iceberg table
    pub fn iceberg_partition_spec(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IcebergPartitionSpec>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Schema definition for flat tables with primitive types only.
    pub fn iceberg_schema(mut self, value: impl ::std::convert::Into<::forma_core::Value<IcebergSchema>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Schema definition that supports Apache Iceberg nested types (struct, list, map) and primitive types.
    pub fn iceberg_schema_v2(mut self, value: impl ::std::convert::Into<::forma_core::Value<IcebergSchemaV2>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Sort order specification for an Iceberg table
    pub fn iceberg_sort_order(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IcebergSortOrder>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Iceberg table properties (e.g., format-version, write.parquet.compression-codec)
    pub fn table_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IcebergMetadata {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IcebergMetadata> for ::forma_core::Value<IcebergMetadata> {
    fn from(v: IcebergMetadata) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ICEBERG_METADATA_TYPE.properties))
    }
}

/// Contains details about the snapshot management settings for an Iceberg table.
#[derive(Debug, Clone, PartialEq)]
pub struct SnapshotManagement {
    props: ::forma_core::schema::Props,
}
impl SnapshotManagement {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum age of a snapshot before it can be expired.
    ///
    /// Allowed: at least 1.
    pub fn max_snapshot_age_hours(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum number of snapshots to keep.
    ///
    /// Allowed: at least 1.
    pub fn min_snapshots_to_keep(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Indicates whether the SnapshotManagement maintenance action is enabled.
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for SnapshotManagement {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SnapshotManagement> for ::forma_core::Value<SnapshotManagement> {
    fn from(v: SnapshotManagement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SNAPSHOT_MANAGEMENT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `STANDARD`, `INTELLIGENT_TIERING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageClass {
    /// `STANDARD`
    Standard,
    /// `INTELLIGENT_TIERING`
    IntelligentTiering,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StorageClass {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::IntelligentTiering => "INTELLIGENT_TIERING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STANDARD", "INTELLIGENT_TIERING"]
    }
}
impl ::std::convert::From<StorageClass> for ::forma_core::Value<StorageClass> {
    fn from(v: StorageClass) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StorageClass {}

/// Specifies storage class settings for the table
#[derive(Debug, Clone, PartialEq)]
pub struct StorageClassConfiguration {
    props: ::forma_core::schema::Props,
}
impl StorageClassConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The storage class for the table
    pub fn storage_class(mut self, value: impl ::forma_core::schema::EnumArg<StorageClass>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for StorageClassConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StorageClassConfiguration> for ::forma_core::Value<StorageClassConfiguration> {
    fn from(v: StorageClassConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STORAGE_CLASS_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::S3Tables::Table`.
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

/// Partition specification for an Iceberg table
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
    /// The partition spec ID (defaults to 0 if not specified)
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

/// Contains details about the schema for an Iceberg table
#[derive(Debug, Clone, PartialEq)]
pub struct IcebergSchema {
    props: ::forma_core::schema::Props,
}
impl IcebergSchema {
    /// A new value with its required properties: `SchemaFieldList`.
    pub fn new(
        schema_field_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SchemaField>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, schema_field_list.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IcebergSchema> for ::forma_core::Value<IcebergSchema> {
    fn from(v: IcebergSchema) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ICEBERG_SCHEMA_TYPE.properties))
    }
}

/// The values CloudFormation documents: `struct`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SchemaV2FieldType {
    /// `struct`
    Struct,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SchemaV2FieldType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Struct => "struct",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["struct"]
    }
}
impl ::std::convert::From<SchemaV2FieldType> for ::forma_core::Value<SchemaV2FieldType> {
    fn from(v: SchemaV2FieldType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SchemaV2FieldType {}

/// Contains details about the schema version 2 (V2) for an Iceberg table that supports Apache Iceberg Nested Types (struct, list, map).
#[derive(Debug, Clone, PartialEq)]
pub struct IcebergSchemaV2 {
    props: ::forma_core::schema::Props,
}
impl IcebergSchemaV2 {
    /// A new value with its required properties: `SchemaV2FieldList`, `SchemaV2FieldType`.
    pub fn new(
        schema_v2_field_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SchemaV2Field>>>,
        schema_v2_field_type: impl ::forma_core::schema::EnumArg<SchemaV2FieldType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, schema_v2_field_list.into().into_expr());
        props.set(3, schema_v2_field_type.into_enum_expr());
        Self { props }
    }
    /// A list of field IDs that are used as the identifier fields for the table.
    pub fn identifier_field_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An optional unique identifier for the schema
    pub fn schema_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IcebergSchemaV2> for ::forma_core::Value<IcebergSchemaV2> {
    fn from(v: IcebergSchemaV2) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ICEBERG_SCHEMA_V2_TYPE.properties))
    }
}

/// Sort order specification for an Iceberg table
#[derive(Debug, Clone, PartialEq)]
pub struct IcebergSortOrder {
    props: ::forma_core::schema::Props,
}
impl IcebergSortOrder {
    /// A new value with its required properties: `Fields`.
    pub fn new(fields: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IcebergSortField>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, fields.into().into_expr());
        Self { props }
    }
    /// The sort order ID (defaults to 1 if not specified, 0 is reserved for unsorted)
    pub fn order_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IcebergSortOrder> for ::forma_core::Value<IcebergSortOrder> {
    fn from(v: IcebergSortOrder) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ICEBERG_SORT_ORDER_TYPE.properties))
    }
}

/// A partition field specification for an Iceberg table
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
    /// The partition field ID (auto-assigned starting from 1000 if not specified)
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

/// Contains details about the schema for an Iceberg table
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaField {
    props: ::forma_core::schema::Props,
}
impl SchemaField {
    /// A new value with its required properties: `Name`, `Type`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        props.set(3, type_.into().into_expr());
        Self { props }
    }
    /// The unique identifier for the field
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A Boolean value that specifies whether values are required for each row in this field
    pub fn required(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SchemaField> for ::forma_core::Value<SchemaField> {
    fn from(v: SchemaField) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEMA_FIELD_TYPE.properties))
    }
}

/// Contains details about a schema field for an Iceberg table that supports nested types (struct, list, map)
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaV2Field {
    props: ::forma_core::schema::Props,
}
impl SchemaV2Field {
    /// A new value with its required properties: `Id`, `Name`, `Required`, `Type`.
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<i64>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        required: impl ::std::convert::Into<::forma_core::Value<bool>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, id.into().into_expr());
        props.set(2, name.into().into_expr());
        props.set(3, required.into().into_expr());
        props.set(4, type_.into().into_expr());
        Self { props }
    }
    /// Optional documentation for the field
    pub fn doc(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SchemaV2Field> for ::forma_core::Value<SchemaV2Field> {
    fn from(v: SchemaV2Field) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEMA_V2_FIELD_TYPE.properties))
    }
}

/// The values CloudFormation documents: `asc`, `desc`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Direction {
    /// `asc`
    Asc,
    /// `desc`
    Desc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Direction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["asc", "desc"]
    }
}
impl ::std::convert::From<Direction> for ::forma_core::Value<Direction> {
    fn from(v: Direction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Direction {}

/// The values CloudFormation documents: `nulls-first`, `nulls-last`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NullOrder {
    /// `nulls-first`
    NullsFirst,
    /// `nulls-last`
    NullsLast,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NullOrder {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NullsFirst => "nulls-first",
            Self::NullsLast => "nulls-last",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["nulls-first", "nulls-last"]
    }
}
impl ::std::convert::From<NullOrder> for ::forma_core::Value<NullOrder> {
    fn from(v: NullOrder) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NullOrder {}

/// A sort field specification for an Iceberg table
#[derive(Debug, Clone, PartialEq)]
pub struct IcebergSortField {
    props: ::forma_core::schema::Props,
}
impl IcebergSortField {
    /// A new value with its required properties: `Direction`, `NullOrder`, `SourceId`, `Transform`.
    pub fn new(
        direction: impl ::forma_core::schema::EnumArg<Direction>,
        null_order: impl ::forma_core::schema::EnumArg<NullOrder>,
        source_id: impl ::std::convert::Into<::forma_core::Value<i64>>,
        transform: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, direction.into_enum_expr());
        props.set(1, null_order.into_enum_expr());
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

/// The schema of `AWS::S3Tables::Table`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::S3Tables::Table",
    properties: &[
        ::forma_core::schema::Property {
            name: "Compaction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IcebergMetadata",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ICEBERG_METADATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-z_]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "OpenTableFormat",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["ICEBERG"]),
        },
        ::forma_core::schema::Property {
            name: "SnapshotManagement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SNAPSHOT_MANAGEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StorageClassConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&STORAGE_CLASS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TableBucketARN",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(arn:aws[-a-z0-9]*:[a-z0-9]+:[-a-z0-9]*:[0-9]{12}:bucket/[a-z0-9_-]{3,63})$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
            name: "WithoutMetadata",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["Yes"]),
        },
    ],
    rules: &[],
    attributes: &["TableARN", "WarehouseLocation", "VersionToken"],
};

static COMPACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Tables::Table.Compaction",
    properties: &[
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["enabled", "disabled"]),
        },
        ::forma_core::schema::Property {
            name: "TargetFileSizeMB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(64.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static ICEBERG_METADATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Tables::Table.IcebergMetadata",
    properties: &[
        ::forma_core::schema::Property {
            name: "IcebergPartitionSpec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ICEBERG_PARTITION_SPEC_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IcebergSchema",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ICEBERG_SCHEMA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IcebergSchemaV2",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ICEBERG_SCHEMA_V2_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IcebergSortOrder",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ICEBERG_SORT_ORDER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TableProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
};

static SNAPSHOT_MANAGEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Tables::Table.SnapshotManagement",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxSnapshotAgeHours",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinSnapshotsToKeep",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["enabled", "disabled"]),
        },
    ],
    rules: &[],
};

static STORAGE_CLASS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Tables::Table.StorageClassConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "StorageClass",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["STANDARD", "INTELLIGENT_TIERING"]),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Tables::Table.Tag",
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
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static ICEBERG_PARTITION_SPEC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Tables::Table.IcebergPartitionSpec",
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
    name: "AWS::S3Tables::Table.IcebergSchema",
    properties: &[::forma_core::schema::Property {
        name: "SchemaFieldList",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&SCHEMA_FIELD_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static ICEBERG_SCHEMA_V2_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Tables::Table.IcebergSchemaV2",
    properties: &[
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
            name: "SchemaV2FieldList",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SCHEMA_V2_FIELD_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SchemaV2FieldType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["struct"]),
        },
    ],
    rules: &[],
};

static ICEBERG_SORT_ORDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Tables::Table.IcebergSortOrder",
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

static ICEBERG_PARTITION_FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Tables::Table.IcebergPartitionField",
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

static SCHEMA_FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Tables::Table.SchemaField",
    properties: &[
        ::forma_core::schema::Property {
            name: "Id",
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
            name: "Required",
            required: false,
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

static SCHEMA_V2_FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Tables::Table.SchemaV2Field",
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
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static ICEBERG_SORT_FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Tables::Table.IcebergSortField",
    properties: &[
        ::forma_core::schema::Property {
            name: "Direction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["asc", "desc"]),
        },
        ::forma_core::schema::Property {
            name: "NullOrder",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["nulls-first", "nulls-last"]),
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
