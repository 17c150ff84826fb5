// @generated from AWS::AppFabric::IngestionDestination (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppFabric::IngestionDestination` and its property types.

/// Creates an ingestion destination, which specifies how an application's ingested data is processed by Amazon Web Services AppFabric and where it's delivered.
///
/// CloudFormation type `AWS::AppFabric::IngestionDestination`.
#[derive(Debug, Clone, PartialEq)]
pub struct IngestionDestination {
    props: ::forma_core::schema::Props,
}
impl IngestionDestination {
    /// A new resource with its required properties: `AppBundleArn`, `DestinationConfiguration`, `IngestionArn`, `ProcessingConfiguration`.
    #[track_caller]
    pub fn new(
        app_bundle_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        destination_configuration: impl ::std::convert::Into<::forma_core::Value<DestinationConfiguration>>,
        ingestion_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        processing_configuration: impl ::std::convert::Into<::forma_core::Value<ProcessingConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, app_bundle_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, destination_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, ingestion_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, processing_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A map of the key-value pairs of the tag or tags to assign to the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IngestionDestination {
    type Attributes = IngestionDestinationAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppFabric::IngestionDestination"
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
/// The attributes of a `AWS::AppFabric::IngestionDestination` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IngestionDestinationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IngestionDestinationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IngestionDestinationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// Contains information about the destination of ingested data.
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl DestinationConfiguration {
    /// A new value with its required properties: `AuditLog`.
    pub fn new(audit_log: impl ::std::convert::Into<::forma_core::Value<AuditLogDestinationConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, audit_log.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DestinationConfiguration> for ::forma_core::Value<DestinationConfiguration> {
    fn from(v: DestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// Contains information about how ingested data is processed.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessingConfiguration {
    props: ::forma_core::schema::Props,
}
impl ProcessingConfiguration {
    /// A new value with its required properties: `AuditLog`.
    pub fn new(audit_log: impl ::std::convert::Into<::forma_core::Value<AuditLogProcessingConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, audit_log.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProcessingConfiguration> for ::forma_core::Value<ProcessingConfiguration> {
    fn from(v: ProcessingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSING_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::AppFabric::IngestionDestination`.
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

/// Contains information about an audit log destination configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditLogDestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl AuditLogDestinationConfiguration {
    /// A new value with its required properties: `Destination`.
    pub fn new(destination: impl ::std::convert::Into<::forma_core::Value<Destination>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AuditLogDestinationConfiguration> for ::forma_core::Value<AuditLogDestinationConfiguration> {
    fn from(v: AuditLogDestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIT_LOG_DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `json`, `parquet`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// `json`
    Json,
    /// `parquet`
    Parquet,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Format {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "json",
            Self::Parquet => "parquet",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["json", "parquet"]
    }
}
impl ::std::convert::From<Format> for ::forma_core::Value<Format> {
    fn from(v: Format) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Format {}

/// The values CloudFormation documents: `ocsf`, `raw`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Schema {
    /// `ocsf`
    Ocsf,
    /// `raw`
    Raw,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Schema {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ocsf => "ocsf",
            Self::Raw => "raw",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ocsf", "raw"]
    }
}
impl ::std::convert::From<Schema> for ::forma_core::Value<Schema> {
    fn from(v: Schema) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Schema {}

/// Contains information about an audit log processing configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditLogProcessingConfiguration {
    props: ::forma_core::schema::Props,
}
impl AuditLogProcessingConfiguration {
    /// A new value with its required properties: `Format`, `Schema`.
    pub fn new(
        format: impl ::forma_core::schema::EnumArg<Format>,
        schema: impl ::forma_core::schema::EnumArg<Schema>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, format.into_enum_expr());
        props.set(1, schema.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<AuditLogProcessingConfiguration> for ::forma_core::Value<AuditLogProcessingConfiguration> {
    fn from(v: AuditLogProcessingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIT_LOG_PROCESSING_CONFIGURATION_TYPE.properties))
    }
}

/// Contains information about an audit log destination.
#[derive(Debug, Clone, PartialEq)]
pub struct Destination {
    props: ::forma_core::schema::Props,
}
impl Destination {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `S3Bucket` or `FirehoseStream`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Contains information about an Amazon Kinesis Data Firehose delivery stream.
    pub fn firehose_stream(mut self, value: impl ::std::convert::Into<::forma_core::Value<FirehoseStream>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Contains information about an Amazon S3 bucket.
    pub fn s3_bucket(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Bucket>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Destination {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Destination> for ::forma_core::Value<Destination> {
    fn from(v: Destination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_TYPE.properties))
    }
}

/// Contains information about an Amazon Kinesis Data Firehose delivery stream.
#[derive(Debug, Clone, PartialEq)]
pub struct FirehoseStream {
    props: ::forma_core::schema::Props,
}
impl FirehoseStream {
    /// A new value with its required properties: `StreamName`.
    pub fn new(stream_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, stream_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FirehoseStream> for ::forma_core::Value<FirehoseStream> {
    fn from(v: FirehoseStream) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIREHOSE_STREAM_TYPE.properties))
    }
}

/// Contains information about an Amazon S3 bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Bucket {
    props: ::forma_core::schema::Props,
}
impl S3Bucket {
    /// A new value with its required properties: `BucketName`.
    pub fn new(bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_name.into().into_expr());
        Self { props }
    }
    /// The object key to use.
    ///
    /// Allowed: length 1 to 120.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3Bucket> for ::forma_core::Value<S3Bucket> {
    fn from(v: S3Bucket) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_BUCKET_TYPE.properties))
    }
}

/// The schema of `AWS::AppFabric::IngestionDestination`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppFabric::IngestionDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppBundleArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.+$"),
                min_length: Some(1),
                max_length: Some(1011),
            }),
        },
        ::forma_core::schema::Property {
            name: "DestinationConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DESTINATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IngestionArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.+$"),
                min_length: Some(1),
                max_length: Some(1011),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProcessingConfiguration",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&PROCESSING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Status", "CreatedAt", "UpdatedAt"],
};

static DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFabric::IngestionDestination.DestinationConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AuditLog",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&AUDIT_LOG_DESTINATION_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static PROCESSING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFabric::IngestionDestination.ProcessingConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AuditLog",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&AUDIT_LOG_PROCESSING_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFabric::IngestionDestination.Tag",
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

static AUDIT_LOG_DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFabric::IngestionDestination.AuditLogDestinationConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "Destination",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DESTINATION_TYPE),
        }],
        rules: &[],
    };

static AUDIT_LOG_PROCESSING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFabric::IngestionDestination.AuditLogProcessingConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Format",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["json", "parquet"]),
            },
            ::forma_core::schema::Property {
                name: "Schema",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["ocsf", "raw"]),
            },
        ],
        rules: &[],
    };

static DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFabric::IngestionDestination.Destination",
    properties: &[
        ::forma_core::schema::Property {
            name: "FirehoseStream",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIREHOSE_STREAM_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3Bucket",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_BUCKET_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["S3Bucket"], &["FirehoseStream"]])],
};

static FIREHOSE_STREAM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFabric::IngestionDestination.FirehoseStream",
    properties: &[::forma_core::schema::Property {
        name: "StreamName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(3),
            max_length: Some(64),
        }),
    }],
    rules: &[],
};

static S3_BUCKET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFabric::IngestionDestination.S3Bucket",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(120),
            }),
        },
    ],
    rules: &[],
};
