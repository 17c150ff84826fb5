// @generated from AWS::IoTAnalytics::Datastore (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTAnalytics::Datastore` and its property types.

/// Resource Type definition for AWS::IoTAnalytics::Datastore
///
/// CloudFormation type `AWS::IoTAnalytics::Datastore`.
#[derive(Debug, Clone, PartialEq)]
pub struct Datastore {
    props: ::forma_core::schema::Props,
}
impl Datastore {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DatastoreName`.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn datastore_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DatastorePartitions`.
    #[track_caller]
    pub fn datastore_partitions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DatastorePartitions>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DatastoreStorage`.
    #[track_caller]
    pub fn datastore_storage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DatastoreStorage>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FileFormatConfiguration`.
    #[track_caller]
    pub fn file_format_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FileFormatConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RetentionPeriod`.
    #[track_caller]
    pub fn retention_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<RetentionPeriod>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Datastore {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Datastore {
    type Attributes = DatastoreAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTAnalytics::Datastore"
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
/// The attributes of a `AWS::IoTAnalytics::Datastore` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DatastoreAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DatastoreAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DatastoreAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `DatastorePartitions` property type of `AWS::IoTAnalytics::Datastore`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatastorePartitions {
    props: ::forma_core::schema::Props,
}
impl DatastorePartitions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Partitions`.
    pub fn partitions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DatastorePartition>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DatastorePartitions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DatastorePartitions> for ::forma_core::Value<DatastorePartitions> {
    fn from(v: DatastorePartitions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATASTORE_PARTITIONS_TYPE.properties))
    }
}

/// The `DatastoreStorage` property type of `AWS::IoTAnalytics::Datastore`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatastoreStorage {
    props: ::forma_core::schema::Props,
}
impl DatastoreStorage {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CustomerManagedS3`.
    pub fn customer_managed_s3(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomerManagedS3>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `IotSiteWiseMultiLayerStorage`.
    pub fn iot_site_wise_multi_layer_storage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IotSiteWiseMultiLayerStorage>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ServiceManagedS3`.
    pub fn service_managed_s3(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DatastoreStorage {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DatastoreStorage> for ::forma_core::Value<DatastoreStorage> {
    fn from(v: DatastoreStorage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATASTORE_STORAGE_TYPE.properties))
    }
}

/// The `FileFormatConfiguration` property type of `AWS::IoTAnalytics::Datastore`.
#[derive(Debug, Clone, PartialEq)]
pub struct FileFormatConfiguration {
    props: ::forma_core::schema::Props,
}
impl FileFormatConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `JsonConfiguration`.
    pub fn json_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ParquetConfiguration`.
    pub fn parquet_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ParquetConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FileFormatConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FileFormatConfiguration> for ::forma_core::Value<FileFormatConfiguration> {
    fn from(v: FileFormatConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILE_FORMAT_CONFIGURATION_TYPE.properties))
    }
}

/// The `RetentionPeriod` property type of `AWS::IoTAnalytics::Datastore`.
#[derive(Debug, Clone, PartialEq)]
pub struct RetentionPeriod {
    props: ::forma_core::schema::Props,
}
impl RetentionPeriod {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `NumberOfDays`.
    ///
    /// Allowed: 1 to 2147483647.
    pub fn number_of_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Unlimited`.
    pub fn unlimited(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RetentionPeriod {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RetentionPeriod> for ::forma_core::Value<RetentionPeriod> {
    fn from(v: RetentionPeriod) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RETENTION_PERIOD_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::IoTAnalytics::Datastore`.
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

/// The `DatastorePartition` property type of `AWS::IoTAnalytics::Datastore`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatastorePartition {
    props: ::forma_core::schema::Props,
}
impl DatastorePartition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Partition`.
    pub fn partition(mut self, value: impl ::std::convert::Into<::forma_core::Value<Partition>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TimestampPartition`.
    pub fn timestamp_partition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TimestampPartition>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DatastorePartition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DatastorePartition> for ::forma_core::Value<DatastorePartition> {
    fn from(v: DatastorePartition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATASTORE_PARTITION_TYPE.properties))
    }
}

/// The `CustomerManagedS3` property type of `AWS::IoTAnalytics::Datastore`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomerManagedS3 {
    props: ::forma_core::schema::Props,
}
impl CustomerManagedS3 {
    /// A new value with its required properties: `Bucket`, `RoleArn`.
    pub fn new(
        bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        props.set(2, role_arn.into().into_expr());
        Self { props }
    }
    /// `KeyPrefix`.
    ///
    /// Allowed: length 1 to 255.
    pub fn key_prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomerManagedS3> for ::forma_core::Value<CustomerManagedS3> {
    fn from(v: CustomerManagedS3) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOMER_MANAGED_S3_TYPE.properties))
    }
}

/// The `IotSiteWiseMultiLayerStorage` property type of `AWS::IoTAnalytics::Datastore`.
#[derive(Debug, Clone, PartialEq)]
pub struct IotSiteWiseMultiLayerStorage {
    props: ::forma_core::schema::Props,
}
impl IotSiteWiseMultiLayerStorage {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CustomerManagedS3Storage`.
    pub fn customer_managed_s3_storage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomerManagedS3Storage>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IotSiteWiseMultiLayerStorage {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IotSiteWiseMultiLayerStorage> for ::forma_core::Value<IotSiteWiseMultiLayerStorage> {
    fn from(v: IotSiteWiseMultiLayerStorage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IOT_SITE_WISE_MULTI_LAYER_STORAGE_TYPE.properties))
    }
}

/// The `ParquetConfiguration` property type of `AWS::IoTAnalytics::Datastore`.
#[derive(Debug, Clone, PartialEq)]
pub struct ParquetConfiguration {
    props: ::forma_core::schema::Props,
}
impl ParquetConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SchemaDefinition`.
    pub fn schema_definition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SchemaDefinition>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ParquetConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ParquetConfiguration> for ::forma_core::Value<ParquetConfiguration> {
    fn from(v: ParquetConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARQUET_CONFIGURATION_TYPE.properties))
    }
}

/// The `Partition` property type of `AWS::IoTAnalytics::Datastore`.
#[derive(Debug, Clone, PartialEq)]
pub struct Partition {
    props: ::forma_core::schema::Props,
}
impl Partition {
    /// A new value with its required properties: `AttributeName`.
    pub fn new(attribute_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attribute_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Partition> for ::forma_core::Value<Partition> {
    fn from(v: Partition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARTITION_TYPE.properties))
    }
}

/// The `TimestampPartition` property type of `AWS::IoTAnalytics::Datastore`.
#[derive(Debug, Clone, PartialEq)]
pub struct TimestampPartition {
    props: ::forma_core::schema::Props,
}
impl TimestampPartition {
    /// A new value with its required properties: `AttributeName`.
    pub fn new(attribute_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attribute_name.into().into_expr());
        Self { props }
    }
    /// `TimestampFormat`.
    pub fn timestamp_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TimestampPartition> for ::forma_core::Value<TimestampPartition> {
    fn from(v: TimestampPartition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIMESTAMP_PARTITION_TYPE.properties))
    }
}

/// The `CustomerManagedS3Storage` property type of `AWS::IoTAnalytics::Datastore`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomerManagedS3Storage {
    props: ::forma_core::schema::Props,
}
impl CustomerManagedS3Storage {
    /// A new value with its required properties: `Bucket`.
    pub fn new(bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        Self { props }
    }
    /// `KeyPrefix`.
    ///
    /// Allowed: length 1 to 255.
    pub fn key_prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomerManagedS3Storage> for ::forma_core::Value<CustomerManagedS3Storage> {
    fn from(v: CustomerManagedS3Storage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOMER_MANAGED_S3_STORAGE_TYPE.properties))
    }
}

/// The `SchemaDefinition` property type of `AWS::IoTAnalytics::Datastore`.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaDefinition {
    props: ::forma_core::schema::Props,
}
impl SchemaDefinition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Columns`.
    pub fn columns(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Column>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SchemaDefinition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SchemaDefinition> for ::forma_core::Value<SchemaDefinition> {
    fn from(v: SchemaDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEMA_DEFINITION_TYPE.properties))
    }
}

/// The `Column` property type of `AWS::IoTAnalytics::Datastore`.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    props: ::forma_core::schema::Props,
}
impl Column {
    /// A new value with its required properties: `Name`, `Type`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, type_.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Column> for ::forma_core::Value<Column> {
    fn from(v: Column) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COLUMN_TYPE.properties))
    }
}

/// The schema of `AWS::IoTAnalytics::Datastore`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTAnalytics::Datastore",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatastoreName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatastorePartitions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATASTORE_PARTITIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DatastoreStorage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATASTORE_STORAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FileFormatConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILE_FORMAT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RetentionPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RETENTION_PERIOD_TYPE),
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
    attributes: &["Id"],
};

static DATASTORE_PARTITIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Datastore.DatastorePartitions",
    properties: &[::forma_core::schema::Property {
        name: "Partitions",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&DATASTORE_PARTITION_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(25) },
        ),
    }],
    rules: &[],
};

static DATASTORE_STORAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Datastore.DatastoreStorage",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomerManagedS3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOMER_MANAGED_S3_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IotSiteWiseMultiLayerStorage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IOT_SITE_WISE_MULTI_LAYER_STORAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceManagedS3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static FILE_FORMAT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Datastore.FileFormatConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "JsonConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ParquetConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARQUET_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static RETENTION_PERIOD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Datastore.RetentionPeriod",
    properties: &[
        ::forma_core::schema::Property {
            name: "NumberOfDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(2147483647.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Unlimited",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Datastore.Tag",
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

static DATASTORE_PARTITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Datastore.DatastorePartition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Partition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARTITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TimestampPartition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIMESTAMP_PARTITION_TYPE),
        },
    ],
    rules: &[],
};

static CUSTOMER_MANAGED_S3_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Datastore.CustomerManagedS3",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9.\\-_]*"),
                min_length: Some(3),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "KeyPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9!_.*'()/{}:-]*/"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static IOT_SITE_WISE_MULTI_LAYER_STORAGE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoTAnalytics::Datastore.IotSiteWiseMultiLayerStorage",
        properties: &[::forma_core::schema::Property {
            name: "CustomerManagedS3Storage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOMER_MANAGED_S3_STORAGE_TYPE),
        }],
        rules: &[],
    };

static PARQUET_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Datastore.ParquetConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "SchemaDefinition",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SCHEMA_DEFINITION_TYPE),
    }],
    rules: &[],
};

static PARTITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Datastore.Partition",
    properties: &[::forma_core::schema::Property {
        name: "AttributeName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("[a-zA-Z0-9_]+"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static TIMESTAMP_PARTITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Datastore.TimestampPartition",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributeName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_]+"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TimestampFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9\\s\\[\\]_,.'/:-]*"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static CUSTOMER_MANAGED_S3_STORAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Datastore.CustomerManagedS3Storage",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9.\\-_]*"),
                min_length: Some(3),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "KeyPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9!_.*'()/{}:-]*/"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static SCHEMA_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Datastore.SchemaDefinition",
    properties: &[::forma_core::schema::Property {
        name: "Columns",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&COLUMN_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
        ),
    }],
    rules: &[],
};

static COLUMN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Datastore.Column",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
