// @generated from AWS::CleanRoomsML::TrainingDataset (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CleanRoomsML::TrainingDataset` and its property types.

/// Definition of AWS::CleanRoomsML::TrainingDataset Resource Type
///
/// CloudFormation type `AWS::CleanRoomsML::TrainingDataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingDataset {
    props: ::forma_core::schema::Props,
}
impl TrainingDataset {
    /// A new resource with its required properties: `Name`, `RoleArn`, `TrainingData`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        training_data: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Dataset>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, training_data.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An arbitrary set of tags (key-value pairs) for this cleanrooms-ml training dataset.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TrainingDataset {
    type Attributes = TrainingDatasetAttributes;
    fn type_name(&self) -> &str {
        "AWS::CleanRoomsML::TrainingDataset"
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
/// The attributes of a `AWS::CleanRoomsML::TrainingDataset` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TrainingDatasetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TrainingDatasetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TrainingDatasetAttributes {
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `TrainingDatasetArn`.
    pub fn training_dataset_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TrainingDatasetArn")
    }
}

/// The `Tag` property type of `AWS::CleanRoomsML::TrainingDataset`.
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

/// The values CloudFormation documents: `INTERACTIONS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DatasetType {
    /// `INTERACTIONS`
    Interactions,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DatasetType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Interactions => "INTERACTIONS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INTERACTIONS"]
    }
}
impl ::std::convert::From<DatasetType> for ::forma_core::Value<DatasetType> {
    fn from(v: DatasetType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DatasetType {}

/// The `Dataset` property type of `AWS::CleanRoomsML::TrainingDataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    props: ::forma_core::schema::Props,
}
impl Dataset {
    /// A new value with its required properties: `InputConfig`, `Type`.
    pub fn new(
        input_config: impl ::std::convert::Into<::forma_core::Value<DatasetInputConfig>>,
        type_: impl ::forma_core::schema::EnumArg<DatasetType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, input_config.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<Dataset> for ::forma_core::Value<Dataset> {
    fn from(v: Dataset) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATASET_TYPE.properties))
    }
}

/// The `DatasetInputConfig` property type of `AWS::CleanRoomsML::TrainingDataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetInputConfig {
    props: ::forma_core::schema::Props,
}
impl DatasetInputConfig {
    /// A new value with its required properties: `DataSource`, `Schema`.
    pub fn new(
        data_source: impl ::std::convert::Into<::forma_core::Value<DataSource>>,
        schema: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ColumnSchema>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, data_source.into().into_expr());
        props.set(1, schema.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DatasetInputConfig> for ::forma_core::Value<DatasetInputConfig> {
    fn from(v: DatasetInputConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATASET_INPUT_CONFIG_TYPE.properties))
    }
}

/// The `DataSource` property type of `AWS::CleanRoomsML::TrainingDataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSource {
    props: ::forma_core::schema::Props,
}
impl DataSource {
    /// A new value with its required properties: `GlueDataSource`.
    pub fn new(glue_data_source: impl ::std::convert::Into<::forma_core::Value<GlueDataSource>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, glue_data_source.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataSource> for ::forma_core::Value<DataSource> {
    fn from(v: DataSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SOURCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `USER_ID`, `ITEM_ID`, `TIMESTAMP`, `CATEGORICAL_FEATURE`, `NUMERICAL_FEATURE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ColumnType {
    /// `USER_ID`
    UserId,
    /// `ITEM_ID`
    ItemId,
    /// `TIMESTAMP`
    Timestamp,
    /// `CATEGORICAL_FEATURE`
    CategoricalFeature,
    /// `NUMERICAL_FEATURE`
    NumericalFeature,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ColumnType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UserId => "USER_ID",
            Self::ItemId => "ITEM_ID",
            Self::Timestamp => "TIMESTAMP",
            Self::CategoricalFeature => "CATEGORICAL_FEATURE",
            Self::NumericalFeature => "NUMERICAL_FEATURE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["USER_ID", "ITEM_ID", "TIMESTAMP", "CATEGORICAL_FEATURE", "NUMERICAL_FEATURE"]
    }
}
impl ::std::convert::From<ColumnType> for ::forma_core::Value<ColumnType> {
    fn from(v: ColumnType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ColumnType {}

/// The `ColumnSchema` property type of `AWS::CleanRoomsML::TrainingDataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnSchema {
    props: ::forma_core::schema::Props,
}
impl ColumnSchema {
    /// A new value with its required properties: `ColumnName`, `ColumnTypes`.
    pub fn new(
        column_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        column_types: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ColumnType>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, column_name.into().into_expr());
        props.set(1, column_types.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ColumnSchema> for ::forma_core::Value<ColumnSchema> {
    fn from(v: ColumnSchema) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COLUMN_SCHEMA_TYPE.properties))
    }
}

/// The `GlueDataSource` property type of `AWS::CleanRoomsML::TrainingDataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct GlueDataSource {
    props: ::forma_core::schema::Props,
}
impl GlueDataSource {
    /// A new value with its required properties: `DatabaseName`, `TableName`.
    pub fn new(
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, database_name.into().into_expr());
        props.set(2, table_name.into().into_expr());
        Self { props }
    }
    /// `CatalogId`.
    ///
    /// Allowed: length 12 to 12.
    pub fn catalog_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GlueDataSource> for ::forma_core::Value<GlueDataSource> {
    fn from(v: GlueDataSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GLUE_DATA_SOURCE_TYPE.properties))
    }
}

/// The schema of `AWS::CleanRoomsML::TrainingDataset`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CleanRoomsML::TrainingDataset",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t\\r\\n]*$"),
                min_length: None,
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!\\s*$)[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t]*$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z]*:iam::[0-9]{12}:role/.+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
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
            name: "TrainingData",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATASET_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Status", "TrainingDatasetArn"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRoomsML::TrainingDataset.Tag",
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

static DATASET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRoomsML::TrainingDataset.Dataset",
    properties: &[
        ::forma_core::schema::Property {
            name: "InputConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATASET_INPUT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INTERACTIONS"]),
        },
    ],
    rules: &[],
};

static DATASET_INPUT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRoomsML::TrainingDataset.DatasetInputConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataSource",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Schema",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COLUMN_SCHEMA_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
    ],
    rules: &[],
};

static DATA_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRoomsML::TrainingDataset.DataSource",
    properties: &[::forma_core::schema::Property {
        name: "GlueDataSource",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&GLUE_DATA_SOURCE_TYPE),
    }],
    rules: &[],
};

static COLUMN_SCHEMA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRoomsML::TrainingDataset.ColumnSchema",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColumnName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_](([a-zA-Z0-9_ ]+-)*([a-zA-Z0-9_ ]+))?$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ColumnTypes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "USER_ID",
                    "ITEM_ID",
                    "TIMESTAMP",
                    "CATEGORICAL_FEATURE",
                    "NUMERICAL_FEATURE",
                ]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
    ],
    rules: &[],
};

static GLUE_DATA_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRoomsML::TrainingDataset.GlueDataSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_](([a-zA-Z0-9_]+-)*([a-zA-Z0-9_]+))?$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_](([a-zA-Z0-9_ ]+-)*([a-zA-Z0-9_ ]+))?$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};
