// @generated from AWS::SCN::Dataset (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SCN::Dataset` and its property types.

/// Represents an AWS Supply Chain data lake dataset.
///
/// CloudFormation type `AWS::SCN::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    props: ::forma_core::schema::Props,
}
impl Dataset {
    /// A new resource with its required properties: `InstanceId`, `Name`, `Namespace`.
    #[track_caller]
    pub fn new(
        instance_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, instance_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, namespace.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the dataset.
    ///
    /// Allowed: length 1 to 500.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The partition specification of the dataset.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn partition_spec(mut self, value: impl ::std::convert::Into<::forma_core::Value<PartitionSpec>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The schema of the dataset.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn schema(mut self, value: impl ::std::convert::Into<::forma_core::Value<Schema>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags for the dataset.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Dataset {
    type Attributes = DatasetAttributes;
    fn type_name(&self) -> &str {
        "AWS::SCN::Dataset"
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
/// The attributes of a `AWS::SCN::Dataset` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DatasetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DatasetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DatasetAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
}

/// The partition specification of the dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct PartitionSpec {
    props: ::forma_core::schema::Props,
}
impl PartitionSpec {
    /// A new value with its required properties: `Fields`.
    pub fn new(
        fields: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataLakeDatasetPartitionField>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, fields.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PartitionSpec> for ::forma_core::Value<PartitionSpec> {
    fn from(v: PartitionSpec) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARTITION_SPEC_TYPE.properties))
    }
}

/// The schema of the dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Schema {
    props: ::forma_core::schema::Props,
}
impl Schema {
    /// A new value with its required properties: `Fields`, `Name`.
    pub fn new(
        fields: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataLakeDatasetSchemaField>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, fields.into().into_expr());
        props.set(1, name.into().into_expr());
        Self { props }
    }
    /// The list of primary key fields for the dataset.
    pub fn primary_keys(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataLakeDatasetPrimaryKeyField>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Schema> for ::forma_core::Value<Schema> {
    fn from(v: Schema) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEMA_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The partition field details.
#[derive(Debug, Clone, PartialEq)]
pub struct DataLakeDatasetPartitionField {
    props: ::forma_core::schema::Props,
}
impl DataLakeDatasetPartitionField {
    /// A new value with its required properties: `Name`, `Transform`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        transform: impl ::std::convert::Into<::forma_core::Value<DataLakeDatasetPartitionFieldTransform>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, transform.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataLakeDatasetPartitionField> for ::forma_core::Value<DataLakeDatasetPartitionField> {
    fn from(v: DataLakeDatasetPartitionField) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_LAKE_DATASET_PARTITION_FIELD_TYPE.properties))
    }
}

/// The values CloudFormation documents: `INT`, `DOUBLE`, `STRING`, `TIMESTAMP`, `LONG`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `INT`
    Int,
    /// `DOUBLE`
    Double,
    /// `STRING`
    String,
    /// `TIMESTAMP`
    Timestamp,
    /// `LONG`
    Long,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Int => "INT",
            Self::Double => "DOUBLE",
            Self::String => "STRING",
            Self::Timestamp => "TIMESTAMP",
            Self::Long => "LONG",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INT", "DOUBLE", "STRING", "TIMESTAMP", "LONG"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The dataset field details.
#[derive(Debug, Clone, PartialEq)]
pub struct DataLakeDatasetSchemaField {
    props: ::forma_core::schema::Props,
}
impl DataLakeDatasetSchemaField {
    /// A new value with its required properties: `IsRequired`, `Name`, `Type`.
    pub fn new(
        is_required: impl ::std::convert::Into<::forma_core::Value<bool>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, is_required.into().into_expr());
        props.set(1, name.into().into_expr());
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataLakeDatasetSchemaField> for ::forma_core::Value<DataLakeDatasetSchemaField> {
    fn from(v: DataLakeDatasetSchemaField) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_LAKE_DATASET_SCHEMA_FIELD_TYPE.properties))
    }
}

/// The primary key field details.
#[derive(Debug, Clone, PartialEq)]
pub struct DataLakeDatasetPrimaryKeyField {
    props: ::forma_core::schema::Props,
}
impl DataLakeDatasetPrimaryKeyField {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataLakeDatasetPrimaryKeyField> for ::forma_core::Value<DataLakeDatasetPrimaryKeyField> {
    fn from(v: DataLakeDatasetPrimaryKeyField) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_LAKE_DATASET_PRIMARY_KEY_FIELD_TYPE.properties))
    }
}

/// The values CloudFormation documents: `YEAR`, `MONTH`, `DAY`, `HOUR`, `IDENTITY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataLakeDatasetPartitionFieldTransformType {
    /// `YEAR`
    Year,
    /// `MONTH`
    Month,
    /// `DAY`
    Day,
    /// `HOUR`
    Hour,
    /// `IDENTITY`
    Identity,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataLakeDatasetPartitionFieldTransformType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Year => "YEAR",
            Self::Month => "MONTH",
            Self::Day => "DAY",
            Self::Hour => "HOUR",
            Self::Identity => "IDENTITY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["YEAR", "MONTH", "DAY", "HOUR", "IDENTITY"]
    }
}
impl ::std::convert::From<DataLakeDatasetPartitionFieldTransformType>
    for ::forma_core::Value<DataLakeDatasetPartitionFieldTransformType>
{
    fn from(v: DataLakeDatasetPartitionFieldTransformType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataLakeDatasetPartitionFieldTransformType {}

/// The transformation of the partition field.
#[derive(Debug, Clone, PartialEq)]
pub struct DataLakeDatasetPartitionFieldTransform {
    props: ::forma_core::schema::Props,
}
impl DataLakeDatasetPartitionFieldTransform {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<DataLakeDatasetPartitionFieldTransformType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataLakeDatasetPartitionFieldTransform>
    for ::forma_core::Value<DataLakeDatasetPartitionFieldTransform>
{
    fn from(v: DataLakeDatasetPartitionFieldTransform) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_LAKE_DATASET_PARTITION_FIELD_TRANSFORM_TYPE.properties))
    }
}

/// The schema of `AWS::SCN::Dataset`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SCN::Dataset",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9_]+$"),
                min_length: Some(1),
                max_length: Some(75),
            }),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9_]+$"),
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "PartitionSpec",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&PARTITION_SPEC_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Schema",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SCHEMA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreatedTime", "LastModifiedTime"],
};

static PARTITION_SPEC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SCN::Dataset.PartitionSpec",
    properties: &[::forma_core::schema::Property {
        name: "Fields",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&DATA_LAKE_DATASET_PARTITION_FIELD_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
        ),
    }],
    rules: &[],
};

static SCHEMA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SCN::Dataset.Schema",
    properties: &[
        ::forma_core::schema::Property {
            name: "Fields",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_LAKE_DATASET_SCHEMA_FIELD_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(500) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9]+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "PrimaryKeys",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_LAKE_DATASET_PRIMARY_KEY_FIELD_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SCN::Dataset.Tag",
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

static DATA_LAKE_DATASET_PARTITION_FIELD_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SCN::Dataset.DataLakeDatasetPartitionField",
        properties: &[
            ::forma_core::schema::Property {
                name: "Name",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-z0-9_]+$"),
                    min_length: Some(1),
                    max_length: Some(100),
                }),
            },
            ::forma_core::schema::Property {
                name: "Transform",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DATA_LAKE_DATASET_PARTITION_FIELD_TRANSFORM_TYPE),
            },
        ],
        rules: &[],
    };

static DATA_LAKE_DATASET_SCHEMA_FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SCN::Dataset.DataLakeDatasetSchemaField",
    properties: &[
        ::forma_core::schema::Property {
            name: "IsRequired",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9_]+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INT", "DOUBLE", "STRING", "TIMESTAMP", "LONG"]),
        },
    ],
    rules: &[],
};

static DATA_LAKE_DATASET_PRIMARY_KEY_FIELD_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SCN::Dataset.DataLakeDatasetPrimaryKeyField",
        properties: &[::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9_]+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        }],
        rules: &[],
    };

static DATA_LAKE_DATASET_PARTITION_FIELD_TRANSFORM_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SCN::Dataset.DataLakeDatasetPartitionFieldTransform",
        properties: &[::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["YEAR", "MONTH", "DAY", "HOUR", "IDENTITY"]),
        }],
        rules: &[],
    };
