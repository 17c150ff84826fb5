// @generated from AWS::Forecast::Dataset (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Forecast::Dataset` and its property types.

/// Resource Type Definition for AWS::Forecast::Dataset
///
/// CloudFormation type `AWS::Forecast::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    props: ::forma_core::schema::Props,
}
impl Dataset {
    /// A new resource with its required properties: `DatasetName`, `DatasetType`, `Domain`, `Schema`.
    #[track_caller]
    pub fn new(
        dataset_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        dataset_type: impl ::forma_core::schema::EnumArg<DatasetType>,
        domain: impl ::forma_core::schema::EnumArg<Domain>,
        schema: impl ::std::convert::Into<::forma_core::Value<Schema>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, dataset_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, dataset_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(3, domain.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(5, schema.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Frequency of data collection.
    ///
    /// Allowed: length 1 to 5.
    #[track_caller]
    pub fn data_frequency(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EncryptionConfig`.
    #[track_caller]
    pub fn encryption_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionConfig>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tags>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Dataset {
    type Attributes = DatasetAttributes;
    fn type_name(&self) -> &str {
        "AWS::Forecast::Dataset"
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
/// The attributes of a `AWS::Forecast::Dataset` (`Fn::GetAtt`), on the handle `add` returns.
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
}

/// The values CloudFormation documents: `TARGET_TIME_SERIES`, `RELATED_TIME_SERIES`, `ITEM_METADATA`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DatasetType {
    /// `TARGET_TIME_SERIES`
    TargetTimeSeries,
    /// `RELATED_TIME_SERIES`
    RelatedTimeSeries,
    /// `ITEM_METADATA`
    ItemMetadata,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DatasetType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TargetTimeSeries => "TARGET_TIME_SERIES",
            Self::RelatedTimeSeries => "RELATED_TIME_SERIES",
            Self::ItemMetadata => "ITEM_METADATA",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TARGET_TIME_SERIES", "RELATED_TIME_SERIES", "ITEM_METADATA"]
    }
}
impl ::std::convert::From<DatasetType> for ::forma_core::Value<DatasetType> {
    fn from(v: DatasetType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DatasetType {}

/// The values CloudFormation documents: `RETAIL`, `CUSTOM`, `INVENTORY_PLANNING`, `EC2_CAPACITY`, `WORK_FORCE`, `WEB_TRAFFIC`, `METRICS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Domain {
    /// `RETAIL`
    Retail,
    /// `CUSTOM`
    Custom,
    /// `INVENTORY_PLANNING`
    InventoryPlanning,
    /// `EC2_CAPACITY`
    Ec2Capacity,
    /// `WORK_FORCE`
    WorkForce,
    /// `WEB_TRAFFIC`
    WebTraffic,
    /// `METRICS`
    Metrics,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Domain {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Retail => "RETAIL",
            Self::Custom => "CUSTOM",
            Self::InventoryPlanning => "INVENTORY_PLANNING",
            Self::Ec2Capacity => "EC2_CAPACITY",
            Self::WorkForce => "WORK_FORCE",
            Self::WebTraffic => "WEB_TRAFFIC",
            Self::Metrics => "METRICS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RETAIL", "CUSTOM", "INVENTORY_PLANNING", "EC2_CAPACITY", "WORK_FORCE", "WEB_TRAFFIC", "METRICS"]
    }
}
impl ::std::convert::From<Domain> for ::forma_core::Value<Domain> {
    fn from(v: Domain) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Domain {}

/// The `EncryptionConfig` property type of `AWS::Forecast::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfig {
    props: ::forma_core::schema::Props,
}
impl EncryptionConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// KMS key used to encrypt the Dataset data
    ///
    /// Allowed: length 0 to 256.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ARN of the IAM role that Amazon Forecast can assume to access the AWS KMS key.
    ///
    /// Allowed: length 0 to 256.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EncryptionConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EncryptionConfig> for ::forma_core::Value<EncryptionConfig> {
    fn from(v: EncryptionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONFIG_TYPE.properties))
    }
}

/// The `Schema` property type of `AWS::Forecast::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct Schema {
    props: ::forma_core::schema::Props,
}
impl Schema {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Attributes`.
    pub fn attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SchemaAttributes>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Schema {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Schema> for ::forma_core::Value<Schema> {
    fn from(v: Schema) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEMA_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tags {
    props: ::forma_core::schema::Props,
}
impl Tags {
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
impl ::std::convert::From<Tags> for ::forma_core::Value<Tags> {
    fn from(v: Tags) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `string`, `integer`, `float`, `timestamp`, `geolocation`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttributeType {
    /// `string`
    String,
    /// `integer`
    Integer,
    /// `float`
    Float,
    /// `timestamp`
    Timestamp,
    /// `geolocation`
    Geolocation,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AttributeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "string",
            Self::Integer => "integer",
            Self::Float => "float",
            Self::Timestamp => "timestamp",
            Self::Geolocation => "geolocation",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["string", "integer", "float", "timestamp", "geolocation"]
    }
}
impl ::std::convert::From<AttributeType> for ::forma_core::Value<AttributeType> {
    fn from(v: AttributeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AttributeType {}

/// The `SchemaAttributes` property type of `AWS::Forecast::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaAttributes {
    props: ::forma_core::schema::Props,
}
impl SchemaAttributes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Name of the dataset field
    ///
    /// Allowed: length 1 to 63.
    pub fn attribute_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Data type of the field
    pub fn attribute_type(mut self, value: impl ::forma_core::schema::EnumArg<AttributeType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for SchemaAttributes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SchemaAttributes> for ::forma_core::Value<SchemaAttributes> {
    fn from(v: SchemaAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEMA_ATTRIBUTES_TYPE.properties))
    }
}

/// The schema of `AWS::Forecast::Dataset`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Forecast::Dataset",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataFrequency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^Y|M|W|D|H|30min|15min|10min|5min|1min$"),
                min_length: Some(1),
                max_length: Some(5),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatasetName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9_]*"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatasetType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TARGET_TIME_SERIES", "RELATED_TIME_SERIES", "ITEM_METADATA"]),
        },
        ::forma_core::schema::Property {
            name: "Domain",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "RETAIL",
                "CUSTOM",
                "INVENTORY_PLANNING",
                "EC2_CAPACITY",
                "WORK_FORCE",
                "WEB_TRAFFIC",
                "METRICS",
            ]),
        },
        ::forma_core::schema::Property {
            name: "EncryptionConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Schema",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEMA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAGS_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static ENCRYPTION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Forecast::Dataset.EncryptionConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws[-a-z]*:kms:.*:key/.*"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\-\\_\\.\\/\\:]+$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static SCHEMA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Forecast::Dataset.Schema",
    properties: &[::forma_core::schema::Property {
        name: "Attributes",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&SCHEMA_ATTRIBUTES_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
        ),
    }],
    rules: &[],
};

static TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Forecast::Dataset.Tags",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static SCHEMA_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Forecast::Dataset.SchemaAttributes",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributeName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9_]*"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "AttributeType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["string", "integer", "float", "timestamp", "geolocation"]),
        },
    ],
    rules: &[],
};
