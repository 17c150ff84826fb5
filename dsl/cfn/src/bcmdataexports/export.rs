// @generated from AWS::BCMDataExports::Export (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BCMDataExports::Export` and its property types.

/// Definition of AWS::BCMDataExports::Export Resource Type
///
/// CloudFormation type `AWS::BCMDataExports::Export`.
#[derive(Debug, Clone, PartialEq)]
pub struct Export {
    props: ::forma_core::schema::Props,
}
impl Export {
    /// A new resource with its required properties: `Export`.
    #[track_caller]
    pub fn new(export: impl ::std::convert::Into<::forma_core::Value<ExportProperty>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, export.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceTag>>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Export {
    type Attributes = ExportAttributes;
    fn type_name(&self) -> &str {
        "AWS::BCMDataExports::Export"
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
/// The attributes of a `AWS::BCMDataExports::Export` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ExportAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ExportAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ExportAttributes {
    /// `Fn::GetAtt` `ExportArn`.
    pub fn export_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ExportArn")
    }
    /// `Fn::GetAtt` `Export.ExportArn`.
    pub fn export_export_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Export.ExportArn")
    }
}

/// The `Export` property type of `AWS::BCMDataExports::Export`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportProperty {
    props: ::forma_core::schema::Props,
}
impl ExportProperty {
    /// A new value with its required properties: `DataQuery`, `DestinationConfigurations`, `Name`, `RefreshCadence`.
    pub fn new(
        data_query: impl ::std::convert::Into<::forma_core::Value<DataQuery>>,
        destination_configurations: impl ::std::convert::Into<::forma_core::Value<DestinationConfigurations>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        refresh_cadence: impl ::std::convert::Into<::forma_core::Value<RefreshCadence>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, data_query.into().into_expr());
        props.set(2, destination_configurations.into().into_expr());
        props.set(4, name.into().into_expr());
        props.set(5, refresh_cadence.into().into_expr());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ExportArn`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn export_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ExportProperty> for ::forma_core::Value<ExportProperty> {
    fn from(v: ExportProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPORT_PROPERTY_TYPE.properties))
    }
}

/// The `ResourceTag` property type of `AWS::BCMDataExports::Export`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceTag {
    props: ::forma_core::schema::Props,
}
impl ResourceTag {
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
impl ::std::convert::From<ResourceTag> for ::forma_core::Value<ResourceTag> {
    fn from(v: ResourceTag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_TAG_TYPE.properties))
    }
}

/// The `DataQuery` property type of `AWS::BCMDataExports::Export`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataQuery {
    props: ::forma_core::schema::Props,
}
impl DataQuery {
    /// A new value with its required properties: `QueryStatement`.
    pub fn new(query_statement: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, query_statement.into().into_expr());
        Self { props }
    }
    /// `TableConfigurations`.
    pub fn table_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataQuery> for ::forma_core::Value<DataQuery> {
    fn from(v: DataQuery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_QUERY_TYPE.properties))
    }
}

/// The `DestinationConfigurations` property type of `AWS::BCMDataExports::Export`.
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationConfigurations {
    props: ::forma_core::schema::Props,
}
impl DestinationConfigurations {
    /// A new value with its required properties: `S3Destination`.
    pub fn new(s3_destination: impl ::std::convert::Into<::forma_core::Value<S3Destination>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_destination.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DestinationConfigurations> for ::forma_core::Value<DestinationConfigurations> {
    fn from(v: DestinationConfigurations) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_CONFIGURATIONS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SYNCHRONOUS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FrequencyOption {
    /// `SYNCHRONOUS`
    Synchronous,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FrequencyOption {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Synchronous => "SYNCHRONOUS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SYNCHRONOUS"]
    }
}
impl ::std::convert::From<FrequencyOption> for ::forma_core::Value<FrequencyOption> {
    fn from(v: FrequencyOption) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FrequencyOption {}

/// The `RefreshCadence` property type of `AWS::BCMDataExports::Export`.
#[derive(Debug, Clone, PartialEq)]
pub struct RefreshCadence {
    props: ::forma_core::schema::Props,
}
impl RefreshCadence {
    /// A new value with its required properties: `Frequency`.
    pub fn new(frequency: impl ::forma_core::schema::EnumArg<FrequencyOption>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, frequency.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<RefreshCadence> for ::forma_core::Value<RefreshCadence> {
    fn from(v: RefreshCadence) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REFRESH_CADENCE_TYPE.properties))
    }
}

/// The `S3Destination` property type of `AWS::BCMDataExports::Export`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Destination {
    props: ::forma_core::schema::Props,
}
impl S3Destination {
    /// A new value with its required properties: `S3Bucket`, `S3OutputConfigurations`, `S3Prefix`, `S3Region`.
    pub fn new(
        s3_bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_output_configurations: impl ::std::convert::Into<::forma_core::Value<S3OutputConfigurations>>,
        s3_prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_bucket.into().into_expr());
        props.set(2, s3_output_configurations.into().into_expr());
        props.set(3, s3_prefix.into().into_expr());
        props.set(4, s3_region.into().into_expr());
        Self { props }
    }
    /// `S3BucketOwner`.
    ///
    /// Allowed: length 12 to 12.
    pub fn s3_bucket_owner(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3Destination> for ::forma_core::Value<S3Destination> {
    fn from(v: S3Destination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_DESTINATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GZIP`, `PARQUET`, `ZIP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CompressionOption {
    /// `GZIP`
    Gzip,
    /// `PARQUET`
    Parquet,
    /// `ZIP`
    Zip,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CompressionOption {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gzip => "GZIP",
            Self::Parquet => "PARQUET",
            Self::Zip => "ZIP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GZIP", "PARQUET", "ZIP"]
    }
}
impl ::std::convert::From<CompressionOption> for ::forma_core::Value<CompressionOption> {
    fn from(v: CompressionOption) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CompressionOption {}

/// The values CloudFormation documents: `TEXT_OR_CSV`, `PARQUET`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FormatOption {
    /// `TEXT_OR_CSV`
    TextOrCsv,
    /// `PARQUET`
    Parquet,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FormatOption {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TextOrCsv => "TEXT_OR_CSV",
            Self::Parquet => "PARQUET",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TEXT_OR_CSV", "PARQUET"]
    }
}
impl ::std::convert::From<FormatOption> for ::forma_core::Value<FormatOption> {
    fn from(v: FormatOption) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FormatOption {}

/// The values CloudFormation documents: `CUSTOM`, `ATHENA`, `REDSHIFT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3OutputType {
    /// `CUSTOM`
    Custom,
    /// `ATHENA`
    Athena,
    /// `REDSHIFT`
    Redshift,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3OutputType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Custom => "CUSTOM",
            Self::Athena => "ATHENA",
            Self::Redshift => "REDSHIFT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CUSTOM", "ATHENA", "REDSHIFT"]
    }
}
impl ::std::convert::From<S3OutputType> for ::forma_core::Value<S3OutputType> {
    fn from(v: S3OutputType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3OutputType {}

/// The values CloudFormation documents: `CREATE_NEW_REPORT`, `OVERWRITE_REPORT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OverwriteOption {
    /// `CREATE_NEW_REPORT`
    CreateNewReport,
    /// `OVERWRITE_REPORT`
    OverwriteReport,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OverwriteOption {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreateNewReport => "CREATE_NEW_REPORT",
            Self::OverwriteReport => "OVERWRITE_REPORT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CREATE_NEW_REPORT", "OVERWRITE_REPORT"]
    }
}
impl ::std::convert::From<OverwriteOption> for ::forma_core::Value<OverwriteOption> {
    fn from(v: OverwriteOption) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OverwriteOption {}

/// The `S3OutputConfigurations` property type of `AWS::BCMDataExports::Export`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3OutputConfigurations {
    props: ::forma_core::schema::Props,
}
impl S3OutputConfigurations {
    /// A new value with its required properties: `Compression`, `Format`, `OutputType`, `Overwrite`.
    pub fn new(
        compression: impl ::forma_core::schema::EnumArg<CompressionOption>,
        format: impl ::forma_core::schema::EnumArg<FormatOption>,
        output_type: impl ::forma_core::schema::EnumArg<S3OutputType>,
        overwrite: impl ::forma_core::schema::EnumArg<OverwriteOption>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, compression.into_enum_expr());
        props.set(1, format.into_enum_expr());
        props.set(2, output_type.into_enum_expr());
        props.set(3, overwrite.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3OutputConfigurations> for ::forma_core::Value<S3OutputConfigurations> {
    fn from(v: S3OutputConfigurations) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_OUTPUT_CONFIGURATIONS_TYPE.properties))
    }
}

/// The schema of `AWS::BCMDataExports::Export`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BCMDataExports::Export",
    properties: &[
        ::forma_core::schema::Property {
            name: "Export",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXPORT_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["ExportArn", "Export.ExportArn"],
};

static EXPORT_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCMDataExports::Export.Export",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataQuery",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_QUERY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S\\s]*$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "DestinationConfigurations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DESTINATION_CONFIGURATIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExportArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:(bcm-data-exports):[-a-z0-9]*:[0-9]{12}:[-a-zA-Z0-9/:_]+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z\\-_]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "RefreshCadence",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REFRESH_CADENCE_TYPE),
        },
    ],
    rules: &[],
};

static RESOURCE_TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCMDataExports::Export.ResourceTag",
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

static DATA_QUERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCMDataExports::Export.DataQuery",
    properties: &[
        ::forma_core::schema::Property {
            name: "QueryStatement",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S\\s]*$"),
                min_length: Some(1),
                max_length: Some(36000),
            }),
        },
        ::forma_core::schema::Property {
            name: "TableConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Map(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\S\\s]*$"),
                    min_length: Some(0),
                    max_length: Some(16384),
                }),
            )),
        },
    ],
    rules: &[],
};

static DESTINATION_CONFIGURATIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCMDataExports::Export.DestinationConfigurations",
    properties: &[::forma_core::schema::Property {
        name: "S3Destination",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_DESTINATION_TYPE),
    }],
    rules: &[],
};

static REFRESH_CADENCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCMDataExports::Export.RefreshCadence",
    properties: &[::forma_core::schema::Property {
        name: "Frequency",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["SYNCHRONOUS"]),
    }],
    rules: &[],
};

static S3_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCMDataExports::Export.S3Destination",
    properties: &[
        ::forma_core::schema::Property {
            name: "S3Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S\\s]*$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3BucketOwner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3OutputConfigurations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_OUTPUT_CONFIGURATIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3Prefix",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S\\s]*$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3Region",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S\\s]*$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static S3_OUTPUT_CONFIGURATIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCMDataExports::Export.S3OutputConfigurations",
    properties: &[
        ::forma_core::schema::Property {
            name: "Compression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GZIP", "PARQUET", "ZIP"]),
        },
        ::forma_core::schema::Property {
            name: "Format",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TEXT_OR_CSV", "PARQUET"]),
        },
        ::forma_core::schema::Property {
            name: "OutputType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CUSTOM", "ATHENA", "REDSHIFT"]),
        },
        ::forma_core::schema::Property {
            name: "Overwrite",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CREATE_NEW_REPORT", "OVERWRITE_REPORT"]),
        },
    ],
    rules: &[],
};
