// @generated from AWS::Translate::Terminology (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Translate::Terminology` and its property types.

/// A custom terminology resource for Amazon Translate that enables customized translations.
///
/// CloudFormation type `AWS::Translate::Terminology`.
#[derive(Debug, Clone, PartialEq)]
pub struct Terminology {
    props: ::forma_core::schema::Props,
}
impl Terminology {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the custom terminology.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The encryption key for the custom terminology.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn encryption_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<EncryptionKey>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The merge strategy for the custom terminology.
    #[track_caller]
    pub fn merge_strategy(mut self, value: impl ::forma_core::schema::EnumArg<MergeStrategy>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags associated with the terminology.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tags>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The terminology data for the custom terminology being imported.
    #[track_caller]
    pub fn terminology_data(mut self, value: impl ::std::convert::Into<::forma_core::Value<TerminologyData>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Terminology {
    type Attributes = TerminologyAttributes;
    fn type_name(&self) -> &str {
        "AWS::Translate::Terminology"
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
/// The attributes of a `AWS::Translate::Terminology` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TerminologyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TerminologyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TerminologyAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `SourceLanguageCode`.
    pub fn source_language_code(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SourceLanguageCode")
    }
    /// `Fn::GetAtt` `TargetLanguageCodes`.
    pub fn target_language_codes(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "TargetLanguageCodes")
    }
    /// `Fn::GetAtt` `SizeBytes`.
    pub fn size_bytes(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "SizeBytes")
    }
    /// `Fn::GetAtt` `TermCount`.
    pub fn term_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "TermCount")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `LastUpdatedAt`.
    pub fn last_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedAt")
    }
    /// `Fn::GetAtt` `Directionality`.
    pub fn directionality(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Directionality")
    }
    /// `Fn::GetAtt` `Format`.
    pub fn format(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Format")
    }
}

/// The values CloudFormation documents: `OVERWRITE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MergeStrategy {
    /// `OVERWRITE`
    Overwrite,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MergeStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Overwrite => "OVERWRITE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OVERWRITE"]
    }
}
impl ::std::convert::From<MergeStrategy> for ::forma_core::Value<MergeStrategy> {
    fn from(v: MergeStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MergeStrategy {}

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

/// The encryption key for the custom terminology.
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

/// The `Tags` property type of `AWS::Translate::Terminology`.
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

/// The values CloudFormation documents: `UNI`, `MULTI`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Directionality {
    /// `UNI`
    Uni,
    /// `MULTI`
    Multi,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Directionality {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Uni => "UNI",
            Self::Multi => "MULTI",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["UNI", "MULTI"]
    }
}
impl ::std::convert::From<Directionality> for ::forma_core::Value<Directionality> {
    fn from(v: Directionality) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Directionality {}

/// The values CloudFormation documents: `CSV`, `TMX`, `TSV`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// `CSV`
    Csv,
    /// `TMX`
    Tmx,
    /// `TSV`
    Tsv,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Format {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Csv => "CSV",
            Self::Tmx => "TMX",
            Self::Tsv => "TSV",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CSV", "TMX", "TSV"]
    }
}
impl ::std::convert::From<Format> for ::forma_core::Value<Format> {
    fn from(v: Format) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Format {}

/// The terminology data for the custom terminology being imported.
#[derive(Debug, Clone, PartialEq)]
pub struct TerminologyData {
    props: ::forma_core::schema::Props,
}
impl TerminologyData {
    /// A new value with its required properties: `File`, `Format`.
    pub fn new(
        file: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        format: impl ::forma_core::schema::EnumArg<Format>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, file.into().into_expr());
        props.set(2, format.into_enum_expr());
        Self { props }
    }
    /// The directionality of the terminology resource.
    pub fn directionality(mut self, value: impl ::forma_core::schema::EnumArg<Directionality>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<TerminologyData> for ::forma_core::Value<TerminologyData> {
    fn from(v: TerminologyData) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TERMINOLOGY_DATA_TYPE.properties))
    }
}

/// The schema of `AWS::Translate::Terminology`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Translate::Terminology",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
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
            name: "MergeStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["OVERWRITE"]),
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
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAGS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TerminologyData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TERMINOLOGY_DATA_TYPE),
        },
    ],
    rules: &[],
    attributes: &[
        "Arn",
        "SourceLanguageCode",
        "TargetLanguageCodes",
        "SizeBytes",
        "TermCount",
        "CreatedAt",
        "LastUpdatedAt",
        "Directionality",
        "Format",
    ],
};

static ENCRYPTION_KEY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Translate::Terminology.EncryptionKey",
properties: &[
::forma_core::schema::Property { name: "Id", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:aws((-us-gov)|(-iso)|(-iso-b)|(-cn))?:kms:)?([a-z]{2}-[a-z]+(-[a-z]+)?-\\d:)?(\\d{12}:)?(((key/)?[a-zA-Z0-9-_]+)|(alias/[a-zA-Z0-9:/_-]+))$"), min_length: Some(1), max_length: Some(400) }) },
::forma_core::schema::Property { name: "Type", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["KMS"]) },
],
rules: &[],
};

static TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Translate::Terminology.Tags",
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

static TERMINOLOGY_DATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Translate::Terminology.TerminologyData",
    properties: &[
        ::forma_core::schema::Property {
            name: "Directionality",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["UNI", "MULTI"]),
        },
        ::forma_core::schema::Property {
            name: "File",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Format",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CSV", "TMX", "TSV"]),
        },
    ],
    rules: &[],
};
