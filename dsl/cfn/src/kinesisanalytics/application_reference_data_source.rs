// @generated from AWS::KinesisAnalytics::ApplicationReferenceDataSource (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::KinesisAnalytics::ApplicationReferenceDataSource` and its property types.

/// Resource Type definition for AWS::KinesisAnalytics::ApplicationReferenceDataSource
///
/// CloudFormation type `AWS::KinesisAnalytics::ApplicationReferenceDataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationReferenceDataSource {
    props: ::forma_core::schema::Props,
}
impl ApplicationReferenceDataSource {
    /// A new resource with its required properties: `ApplicationName`, `ReferenceDataSource`.
    #[track_caller]
    pub fn new(
        application_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        reference_data_source: impl ::std::convert::Into<::forma_core::Value<ReferenceDataSource>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, reference_data_source.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ApplicationReferenceDataSource {
    type Attributes = ApplicationReferenceDataSourceAttributes;
    fn type_name(&self) -> &str {
        "AWS::KinesisAnalytics::ApplicationReferenceDataSource"
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
/// The attributes of a `AWS::KinesisAnalytics::ApplicationReferenceDataSource` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApplicationReferenceDataSourceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApplicationReferenceDataSourceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApplicationReferenceDataSourceAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `ReferenceDataSource` property type of `AWS::KinesisAnalytics::ApplicationReferenceDataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferenceDataSource {
    props: ::forma_core::schema::Props,
}
impl ReferenceDataSource {
    /// A new value with its required properties: `ReferenceSchema`.
    pub fn new(reference_schema: impl ::std::convert::Into<::forma_core::Value<ReferenceSchema>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, reference_schema.into().into_expr());
        Self { props }
    }
    /// `S3ReferenceDataSource`.
    pub fn s3_reference_data_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3ReferenceDataSource>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TableName`.
    pub fn table_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ReferenceDataSource> for ::forma_core::Value<ReferenceDataSource> {
    fn from(v: ReferenceDataSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REFERENCE_DATA_SOURCE_TYPE.properties))
    }
}

/// The `ReferenceSchema` property type of `AWS::KinesisAnalytics::ApplicationReferenceDataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferenceSchema {
    props: ::forma_core::schema::Props,
}
impl ReferenceSchema {
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
    /// `RecordEncoding`.
    pub fn record_encoding(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ReferenceSchema> for ::forma_core::Value<ReferenceSchema> {
    fn from(v: ReferenceSchema) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REFERENCE_SCHEMA_TYPE.properties))
    }
}

/// The `S3ReferenceDataSource` property type of `AWS::KinesisAnalytics::ApplicationReferenceDataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3ReferenceDataSource {
    props: ::forma_core::schema::Props,
}
impl S3ReferenceDataSource {
    /// A new value with its required properties: `BucketARN`, `FileKey`, `ReferenceRoleARN`.
    pub fn new(
        bucket_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        file_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        reference_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_arn.into().into_expr());
        props.set(1, file_key.into().into_expr());
        props.set(2, reference_role_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3ReferenceDataSource> for ::forma_core::Value<S3ReferenceDataSource> {
    fn from(v: S3ReferenceDataSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_REFERENCE_DATA_SOURCE_TYPE.properties))
    }
}

/// The `RecordColumn` property type of `AWS::KinesisAnalytics::ApplicationReferenceDataSource`.
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
    /// `Mapping`.
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

/// The `RecordFormat` property type of `AWS::KinesisAnalytics::ApplicationReferenceDataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordFormat {
    props: ::forma_core::schema::Props,
}
impl RecordFormat {
    /// A new value with its required properties: `RecordFormatType`.
    pub fn new(record_format_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, record_format_type.into().into_expr());
        Self { props }
    }
    /// `MappingParameters`.
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

/// The `MappingParameters` property type of `AWS::KinesisAnalytics::ApplicationReferenceDataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct MappingParameters {
    props: ::forma_core::schema::Props,
}
impl MappingParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CSVMappingParameters`.
    pub fn csv_mapping_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CsvMappingParameters>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `JSONMappingParameters`.
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

/// The `CSVMappingParameters` property type of `AWS::KinesisAnalytics::ApplicationReferenceDataSource`.
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

/// The `JSONMappingParameters` property type of `AWS::KinesisAnalytics::ApplicationReferenceDataSource`.
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

/// The schema of `AWS::KinesisAnalytics::ApplicationReferenceDataSource`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::KinesisAnalytics::ApplicationReferenceDataSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReferenceDataSource",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REFERENCE_DATA_SOURCE_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static REFERENCE_DATA_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalytics::ApplicationReferenceDataSource.ReferenceDataSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "ReferenceSchema",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REFERENCE_SCHEMA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3ReferenceDataSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_REFERENCE_DATA_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static REFERENCE_SCHEMA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalytics::ApplicationReferenceDataSource.ReferenceSchema",
    properties: &[
        ::forma_core::schema::Property {
            name: "RecordColumns",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RECORD_COLUMN_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RecordEncoding",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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

static S3_REFERENCE_DATA_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalytics::ApplicationReferenceDataSource.S3ReferenceDataSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FileKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReferenceRoleARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static RECORD_COLUMN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalytics::ApplicationReferenceDataSource.RecordColumn",
    properties: &[
        ::forma_core::schema::Property {
            name: "Mapping",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SqlType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static RECORD_FORMAT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalytics::ApplicationReferenceDataSource.RecordFormat",
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
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MAPPING_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalytics::ApplicationReferenceDataSource.MappingParameters",
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
    name: "AWS::KinesisAnalytics::ApplicationReferenceDataSource.CSVMappingParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "RecordColumnDelimiter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RecordRowDelimiter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static JSON_MAPPING_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalytics::ApplicationReferenceDataSource.JSONMappingParameters",
    properties: &[::forma_core::schema::Property {
        name: "RecordRowPath",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
