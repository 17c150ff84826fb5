// @generated from AWS::FSx::DataRepositoryAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::FSx::DataRepositoryAssociation` and its property types.

/// Resource Type definition for AWS::FSx::DataRepositoryAssociation
///
/// CloudFormation type `AWS::FSx::DataRepositoryAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataRepositoryAssociation {
    props: ::forma_core::schema::Props,
}
impl DataRepositoryAssociation {
    /// A new resource with its required properties: `DataRepositoryPath`, `FileSystemId`, `FileSystemPath`.
    #[track_caller]
    pub fn new(
        data_repository_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        file_system_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        file_system_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, data_repository_path.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, file_system_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, file_system_path.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A boolean flag indicating whether an import data repository task to import metadata should run after the data repository association is created.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn batch_import_meta_data_on_create(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// For files imported from a data repository, this value determines the stripe count and maximum amount of data per file (in MiB) stored on a single physical disk.
    ///
    /// Allowed: 1 to 512000.
    #[track_caller]
    pub fn imported_file_chunk_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration for an Amazon S3 data repository linked to an Amazon FSx Lustre file system with a data repository association.
    #[track_caller]
    pub fn s3(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of Tag values, with a maximum of 50 elements.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DataRepositoryAssociation {
    type Attributes = DataRepositoryAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::FSx::DataRepositoryAssociation"
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
/// The attributes of a `AWS::FSx::DataRepositoryAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataRepositoryAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataRepositoryAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataRepositoryAssociationAttributes {
    /// `Fn::GetAtt` `AssociationId`.
    pub fn association_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssociationId")
    }
    /// `Fn::GetAtt` `ResourceARN`.
    pub fn resource_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceARN")
    }
}

/// The configuration for an Amazon S3 data repository linked to an Amazon FSx Lustre file system with a data repository association.
#[derive(Debug, Clone, PartialEq)]
pub struct S3 {
    props: ::forma_core::schema::Props,
}
impl S3 {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the type of updated objects (new, changed, deleted) that will be automatically exported from your file system to the linked S3 bucket.
    pub fn auto_export_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoExportPolicy>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the type of updated objects (new, changed, deleted) that will be automatically imported from the linked S3 bucket to your file system.
    pub fn auto_import_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoImportPolicy>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3 {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3> for ::forma_core::Value<S3> {
    fn from(v: S3) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_TYPE.properties))
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

/// The values CloudFormation documents: `NEW`, `CHANGED`, `DELETED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventType {
    /// `NEW`
    New,
    /// `CHANGED`
    Changed,
    /// `DELETED`
    Deleted,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EventType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::New => "NEW",
            Self::Changed => "CHANGED",
            Self::Deleted => "DELETED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NEW", "CHANGED", "DELETED"]
    }
}
impl ::std::convert::From<EventType> for ::forma_core::Value<EventType> {
    fn from(v: EventType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EventType {}

/// Specifies the type of updated objects (new, changed, deleted) that will be automatically exported from your file system to the linked S3 bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoExportPolicy {
    props: ::forma_core::schema::Props,
}
impl AutoExportPolicy {
    /// A new value with its required properties: `Events`.
    pub fn new(events: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EventType>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, events.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AutoExportPolicy> for ::forma_core::Value<AutoExportPolicy> {
    fn from(v: AutoExportPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_EXPORT_POLICY_TYPE.properties))
    }
}

/// Specifies the type of updated objects (new, changed, deleted) that will be automatically imported from the linked S3 bucket to your file system.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoImportPolicy {
    props: ::forma_core::schema::Props,
}
impl AutoImportPolicy {
    /// A new value with its required properties: `Events`.
    pub fn new(events: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EventType>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, events.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AutoImportPolicy> for ::forma_core::Value<AutoImportPolicy> {
    fn from(v: AutoImportPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_IMPORT_POLICY_TYPE.properties))
    }
}

/// The schema of `AWS::FSx::DataRepositoryAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::FSx::DataRepositoryAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "BatchImportMetaDataOnCreate",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DataRepositoryPath",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{3,4357}$"),
                min_length: Some(3),
                max_length: Some(4357),
            }),
        },
        ::forma_core::schema::Property {
            name: "FileSystemId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(fs-[0-9a-f]{8,})$"),
                min_length: Some(11),
                max_length: Some(21),
            }),
        },
        ::forma_core::schema::Property {
            name: "FileSystemPath",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,4096}$"),
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "ImportedFileChunkSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(512000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_TYPE),
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
    attributes: &["AssociationId", "ResourceARN"],
};

static S3_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::DataRepositoryAssociation.S3",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoExportPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_EXPORT_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AutoImportPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_IMPORT_POLICY_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::DataRepositoryAssociation.Tag",
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

static AUTO_EXPORT_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::DataRepositoryAssociation.AutoExportPolicy",
    properties: &[::forma_core::schema::Property {
        name: "Events",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Enum(&["NEW", "CHANGED", "DELETED"]),
            ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(3) },
        ),
    }],
    rules: &[],
};

static AUTO_IMPORT_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::DataRepositoryAssociation.AutoImportPolicy",
    properties: &[::forma_core::schema::Property {
        name: "Events",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Enum(&["NEW", "CHANGED", "DELETED"]),
            ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(3) },
        ),
    }],
    rules: &[],
};
