// @generated from AWS::Glue::Partition (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Glue::Partition` and its property types.

/// Resource Type definition for AWS::Glue::Partition
///
/// CloudFormation type `AWS::Glue::Partition`.
#[derive(Debug, Clone, PartialEq)]
pub struct Partition {
    props: ::forma_core::schema::Props,
}
impl Partition {
    /// A new resource with its required properties: `CatalogId`, `DatabaseName`, `PartitionInput`, `TableName`.
    #[track_caller]
    pub fn new(
        catalog_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        partition_input: impl ::std::convert::Into<::forma_core::Value<PartitionInput>>,
        table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, catalog_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, database_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, partition_input.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, table_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for Partition {
    type Attributes = PartitionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Glue::Partition"
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
/// The attributes of a `AWS::Glue::Partition` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PartitionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PartitionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PartitionAttributes {
    /// `Fn::GetAtt` `IdentifierPartitionInputValues`.
    pub fn identifier_partition_input_values(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdentifierPartitionInputValues")
    }
}

/// The structure used to create and update a partition.
#[derive(Debug, Clone, PartialEq)]
pub struct PartitionInput {
    props: ::forma_core::schema::Props,
}
impl PartitionInput {
    /// A new value with its required properties: `Values`.
    pub fn new(values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, values.into().into_expr());
        Self { props }
    }
    /// `Parameters`.
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Provides information about the physical location where the partition is stored.
    pub fn storage_descriptor(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StorageDescriptor>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PartitionInput> for ::forma_core::Value<PartitionInput> {
    fn from(v: PartitionInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARTITION_INPUT_TYPE.properties))
    }
}

/// Provides information about the physical location where the partition is stored.
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
    /// The number of buckets.
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

/// The serialization/deserialization (SerDe) information.
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

/// The information about values that appear frequently in a column (skewed values).
#[derive(Debug, Clone, PartialEq)]
pub struct SkewedInfo {
    props: ::forma_core::schema::Props,
}
impl SkewedInfo {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of values that appear so frequently as to be considered skewed.
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
    /// A new value with its required properties: `Column`.
    pub fn new(column: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, column.into().into_expr());
        Self { props }
    }
    /// Indicates that the column is sorted in ascending order (== 1), or in descending order (==0).
    ///
    /// Allowed: 0 to 1.
    pub fn sort_order(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Order> for ::forma_core::Value<Order> {
    fn from(v: Order) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORDER_TYPE.properties))
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

/// The schema of `AWS::Glue::Partition`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Glue::Partition",
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
            name: "PartitionInput",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARTITION_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
    attributes: &["IdentifierPartitionInputValues"],
};

static PARTITION_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Partition.PartitionInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "StorageDescriptor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STORAGE_DESCRIPTOR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static STORAGE_DESCRIPTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Partition.StorageDescriptor",
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

static COLUMN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Partition.Column",
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

static SCHEMA_REFERENCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Partition.SchemaReference",
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
    name: "AWS::Glue::Partition.SerdeInfo",
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
    name: "AWS::Glue::Partition.SkewedInfo",
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
    name: "AWS::Glue::Partition.Order",
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
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1.0),
            }),
        },
    ],
    rules: &[],
};

static SCHEMA_ID_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Partition.SchemaId",
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
