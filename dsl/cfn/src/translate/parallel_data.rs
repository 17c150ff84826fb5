// @generated from AWS::Translate::ParallelData (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Translate::ParallelData` and its property types.

/// A parallel data resource in Amazon Translate used to customize machine translation output.
///
/// CloudFormation type `AWS::Translate::ParallelData`.
#[derive(Debug, Clone, PartialEq)]
pub struct ParallelData {
    props: ::forma_core::schema::Props,
}
impl ParallelData {
    /// A new resource with its required properties: `Name`, `ParallelDataConfig`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        parallel_data_config: impl ::std::convert::Into<::forma_core::Value<ParallelDataConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, parallel_data_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A custom description for the parallel data resource.
    ///
    /// Allowed: length 0 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The encryption key used to encrypt this object.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn encryption_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<EncryptionKey>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags associated with the parallel data resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tags>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ParallelData {
    type Attributes = ParallelDataAttributes;
    fn type_name(&self) -> &str {
        "AWS::Translate::ParallelData"
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
/// The attributes of a `AWS::Translate::ParallelData` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ParallelDataAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ParallelDataAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ParallelDataAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `SourceLanguageCode`.
    pub fn source_language_code(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SourceLanguageCode")
    }
    /// `Fn::GetAtt` `TargetLanguageCodes`.
    pub fn target_language_codes(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "TargetLanguageCodes")
    }
    /// `Fn::GetAtt` `ImportedDataSize`.
    pub fn imported_data_size(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "ImportedDataSize")
    }
    /// `Fn::GetAtt` `ImportedRecordCount`.
    pub fn imported_record_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "ImportedRecordCount")
    }
    /// `Fn::GetAtt` `FailedRecordCount`.
    pub fn failed_record_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "FailedRecordCount")
    }
    /// `Fn::GetAtt` `SkippedRecordCount`.
    pub fn skipped_record_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "SkippedRecordCount")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `LastUpdatedAt`.
    pub fn last_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedAt")
    }
}

/// The values CloudFormation documents: `KMS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `KMS`
    Kms,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Kms => "KMS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["KMS"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The encryption key used to encrypt this object.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionKey {
    props: ::forma_core::schema::Props,
}
impl EncryptionKey {
    /// A new value with its required properties: `Id`, `Type`.
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<EncryptionKey> for ::forma_core::Value<EncryptionKey> {
    fn from(v: EncryptionKey) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_KEY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TSV`, `CSV`, `TMX`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// `TSV`
    Tsv,
    /// `CSV`
    Csv,
    /// `TMX`
    Tmx,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Format {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tsv => "TSV",
            Self::Csv => "CSV",
            Self::Tmx => "TMX",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TSV", "CSV", "TMX"]
    }
}
impl ::std::convert::From<Format> for ::forma_core::Value<Format> {
    fn from(v: Format) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Format {}

/// Specifies the format and S3 location of the parallel data input file.
#[derive(Debug, Clone, PartialEq)]
pub struct ParallelDataConfig {
    props: ::forma_core::schema::Props,
}
impl ParallelDataConfig {
    /// A new value with its required properties: `Format`, `S3Uri`.
    pub fn new(
        format: impl ::forma_core::schema::EnumArg<Format>,
        s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, format.into_enum_expr());
        props.set(1, s3_uri.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ParallelDataConfig> for ::forma_core::Value<ParallelDataConfig> {
    fn from(v: ParallelDataConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARALLEL_DATA_CONFIG_TYPE.properties))
    }
}

/// The `Tags` property type of `AWS::Translate::ParallelData`.
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

/// The schema of `AWS::Translate::ParallelData`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Translate::ParallelData",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\P{M}\\p{M}]{0,256}$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "EncryptionKey",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_KEY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([A-Za-z0-9-]_?)+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ParallelDataConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARALLEL_DATA_CONFIG_TYPE),
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
    attributes: &[
        "Arn",
        "Status",
        "SourceLanguageCode",
        "TargetLanguageCodes",
        "ImportedDataSize",
        "ImportedRecordCount",
        "FailedRecordCount",
        "SkippedRecordCount",
        "CreatedAt",
        "LastUpdatedAt",
    ],
};

static ENCRYPTION_KEY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Translate::ParallelData.EncryptionKey",
properties: &[
::forma_core::schema::Property { name: "Id", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:aws((-us-gov)|(-iso)|(-iso-b)|(-cn))?:kms:)?([a-z]{2}-[a-z]+(-[a-z]+)?-\\d:)?(\\d{12}:)?(((key/)?[a-zA-Z0-9-_]+)|(alias/[a-zA-Z0-9:/_-]+))$"), min_length: Some(1), max_length: Some(400) }) },
::forma_core::schema::Property { name: "Type", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["KMS"]) },
],
rules: &[],
};

static PARALLEL_DATA_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Translate::ParallelData.ParallelDataConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Format",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TSV", "CSV", "TMX"]),
        },
        ::forma_core::schema::Property {
            name: "S3Uri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Translate::ParallelData.Tags",
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
