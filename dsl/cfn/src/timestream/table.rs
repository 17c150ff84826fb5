// @generated from AWS::Timestream::Table (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Timestream::Table` and its property types.

/// The AWS::Timestream::Table resource creates a Timestream Table.
///
/// CloudFormation type `AWS::Timestream::Table`.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    props: ::forma_core::schema::Props,
}
impl Table {
    /// A new resource with its required properties: `DatabaseName`.
    #[track_caller]
    pub fn new(database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, database_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The properties that determine whether magnetic store writes are enabled.
    #[track_caller]
    pub fn magnetic_store_write_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MagneticStoreWriteProperties>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The retention duration of the memory store and the magnetic store.
    #[track_caller]
    pub fn retention_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RetentionProperties>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A Schema specifies the expected data model of the table.
    #[track_caller]
    pub fn schema(mut self, value: impl ::std::convert::Into<::forma_core::Value<Schema>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name for the table.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn table_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Table {
    type Attributes = TableAttributes;
    fn type_name(&self) -> &str {
        "AWS::Timestream::Table"
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
/// The attributes of a `AWS::Timestream::Table` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Name`.
    pub fn name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Name")
    }
}

/// The properties that determine whether magnetic store writes are enabled.
#[derive(Debug, Clone, PartialEq)]
pub struct MagneticStoreWriteProperties {
    props: ::forma_core::schema::Props,
}
impl MagneticStoreWriteProperties {
    /// A new value with its required properties: `EnableMagneticStoreWrites`.
    pub fn new(enable_magnetic_store_writes: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enable_magnetic_store_writes.into().into_expr());
        Self { props }
    }
    /// Location to store information about records that were asynchronously rejected during magnetic store writes.
    pub fn magnetic_store_rejected_data_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MagneticStoreWritePropertiesMagneticStoreRejectedDataLocation>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MagneticStoreWriteProperties> for ::forma_core::Value<MagneticStoreWriteProperties> {
    fn from(v: MagneticStoreWriteProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAGNETIC_STORE_WRITE_PROPERTIES_TYPE.properties))
    }
}

/// The retention duration of the memory store and the magnetic store.
#[derive(Debug, Clone, PartialEq)]
pub struct RetentionProperties {
    props: ::forma_core::schema::Props,
}
impl RetentionProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The duration for which data must be stored in the magnetic store.
    pub fn magnetic_store_retention_period_in_days(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The duration for which data must be stored in the memory store.
    pub fn memory_store_retention_period_in_hours(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RetentionProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RetentionProperties> for ::forma_core::Value<RetentionProperties> {
    fn from(v: RetentionProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RETENTION_PROPERTIES_TYPE.properties))
    }
}

/// A Schema specifies the expected data model of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Schema {
    props: ::forma_core::schema::Props,
}
impl Schema {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of partition keys defining the attributes used to partition the table data.
    pub fn composite_partition_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PartitionKey>>>,
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

/// You can use the Resource Tags property to apply tags to resources, which can help you identify and categorize those resources.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    ///
    /// Allowed: length 1 to 128.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// Location to store information about records that were asynchronously rejected during magnetic store writes.
#[derive(Debug, Clone, PartialEq)]
pub struct MagneticStoreWritePropertiesMagneticStoreRejectedDataLocation {
    props: ::forma_core::schema::Props,
}
impl MagneticStoreWritePropertiesMagneticStoreRejectedDataLocation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// S3 configuration for location to store rejections from magnetic store writes
    pub fn s3_configuration(
        mut self,
        value: impl ::std::convert::Into<
            ::forma_core::Value<MagneticStoreWritePropertiesMagneticStoreRejectedDataLocationS3Configuration>,
        >,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MagneticStoreWritePropertiesMagneticStoreRejectedDataLocation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MagneticStoreWritePropertiesMagneticStoreRejectedDataLocation>
    for ::forma_core::Value<MagneticStoreWritePropertiesMagneticStoreRejectedDataLocation>
{
    fn from(v: MagneticStoreWritePropertiesMagneticStoreRejectedDataLocation) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(MAGNETIC_STORE_WRITE_PROPERTIES_MAGNETIC_STORE_REJECTED_DATA_LOCATION_TYPE.properties),
        )
    }
}

/// The values CloudFormation documents: `REQUIRED`, `OPTIONAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PartitionKeyEnforcementLevel {
    /// `REQUIRED`
    Required,
    /// `OPTIONAL`
    Optional,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PartitionKeyEnforcementLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Required => "REQUIRED",
            Self::Optional => "OPTIONAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["REQUIRED", "OPTIONAL"]
    }
}
impl ::std::convert::From<PartitionKeyEnforcementLevel> for ::forma_core::Value<PartitionKeyEnforcementLevel> {
    fn from(v: PartitionKeyEnforcementLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PartitionKeyEnforcementLevel {}

/// The values CloudFormation documents: `DIMENSION`, `MEASURE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PartitionKeyType {
    /// `DIMENSION`
    Dimension,
    /// `MEASURE`
    Measure,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PartitionKeyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dimension => "DIMENSION",
            Self::Measure => "MEASURE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DIMENSION", "MEASURE"]
    }
}
impl ::std::convert::From<PartitionKeyType> for ::forma_core::Value<PartitionKeyType> {
    fn from(v: PartitionKeyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PartitionKeyType {}

/// An attribute used in partitioning data in a table.
#[derive(Debug, Clone, PartialEq)]
pub struct PartitionKey {
    props: ::forma_core::schema::Props,
}
impl PartitionKey {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<PartitionKeyType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
    /// The level of enforcement for the specification of a dimension key in ingested records.
    pub fn enforcement_in_record(
        mut self,
        value: impl ::forma_core::schema::EnumArg<PartitionKeyEnforcementLevel>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The name of the attribute used for a dimension key.
    ///
    /// Allowed: length 1 to 2048.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PartitionKey> for ::forma_core::Value<PartitionKey> {
    fn from(v: PartitionKey) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARTITION_KEY_TYPE.properties))
    }
}

/// S3 configuration for location to store rejections from magnetic store writes
#[derive(Debug, Clone, PartialEq)]
pub struct MagneticStoreWritePropertiesMagneticStoreRejectedDataLocationS3Configuration {
    props: ::forma_core::schema::Props,
}
impl MagneticStoreWritePropertiesMagneticStoreRejectedDataLocationS3Configuration {
    /// A new value with its required properties: `BucketName`, `EncryptionOption`.
    pub fn new(
        bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        encryption_option: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_name.into().into_expr());
        props.set(1, encryption_option.into().into_expr());
        Self { props }
    }
    /// Must be provided if SSE_KMS is specified as the encryption option
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// String used to prefix all data in the bucket.
    pub fn object_key_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MagneticStoreWritePropertiesMagneticStoreRejectedDataLocationS3Configuration>
    for ::forma_core::Value<MagneticStoreWritePropertiesMagneticStoreRejectedDataLocationS3Configuration>
{
    fn from(v: MagneticStoreWritePropertiesMagneticStoreRejectedDataLocationS3Configuration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(
            MAGNETIC_STORE_WRITE_PROPERTIES_MAGNETIC_STORE_REJECTED_DATA_LOCATION_S3_CONFIGURATION_TYPE.properties,
        ))
    }
}

/// The schema of `AWS::Timestream::Table`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Timestream::Table",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_.-]{3,256}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MagneticStoreWriteProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MAGNETIC_STORE_WRITE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RetentionProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RETENTION_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Schema",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEMA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_.-]{3,256}$"),
                min_length: None,
                max_length: None,
            }),
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
    attributes: &["Arn", "Name"],
};

static MAGNETIC_STORE_WRITE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Timestream::Table.MagneticStoreWriteProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnableMagneticStoreWrites",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MagneticStoreRejectedDataLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(
                &MAGNETIC_STORE_WRITE_PROPERTIES_MAGNETIC_STORE_REJECTED_DATA_LOCATION_TYPE,
            ),
        },
    ],
    rules: &[],
};

static RETENTION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Timestream::Table.RetentionProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "MagneticStoreRetentionPeriodInDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MemoryStoreRetentionPeriodInHours",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SCHEMA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Timestream::Table.Schema",
    properties: &[::forma_core::schema::Property {
        name: "CompositePartitionKey",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&PARTITION_KEY_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
        ),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Timestream::Table.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
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

static MAGNETIC_STORE_WRITE_PROPERTIES_MAGNETIC_STORE_REJECTED_DATA_LOCATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Timestream::Table.MagneticStoreWritePropertiesMagneticStoreRejectedDataLocation",
        properties: &[::forma_core::schema::Property {
            name: "S3Configuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(
                &MAGNETIC_STORE_WRITE_PROPERTIES_MAGNETIC_STORE_REJECTED_DATA_LOCATION_S3_CONFIGURATION_TYPE,
            ),
        }],
        rules: &[],
    };

static PARTITION_KEY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Timestream::Table.PartitionKey",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnforcementInRecord",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["REQUIRED", "OPTIONAL"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DIMENSION", "MEASURE"]),
        },
    ],
    rules: &[],
};

static MAGNETIC_STORE_WRITE_PROPERTIES_MAGNETIC_STORE_REJECTED_DATA_LOCATION_S3_CONFIGURATION_TYPE:
    ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Timestream::Table.MagneticStoreWritePropertiesMagneticStoreRejectedDataLocationS3Configuration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EncryptionOption",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ObjectKeyPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
