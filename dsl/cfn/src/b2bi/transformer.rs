// @generated from AWS::B2BI::Transformer (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::B2BI::Transformer` and its property types.

/// Definition of AWS::B2BI::Transformer Resource Type
///
/// CloudFormation type `AWS::B2BI::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct Transformer {
    props: ::forma_core::schema::Props,
}
impl Transformer {
    /// A new resource with its required properties: `Name`, `Status`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        status: impl ::forma_core::schema::EnumArg<TransformerStatus>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, status.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `EdiType`.
    #[track_caller]
    pub fn edi_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FileFormat`.
    #[track_caller]
    pub fn file_format(mut self, value: impl ::forma_core::schema::EnumArg<FileFormat>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `InputConversion`.
    #[track_caller]
    pub fn input_conversion(mut self, value: impl ::std::convert::Into<::forma_core::Value<InputConversion>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Mapping`.
    #[track_caller]
    pub fn mapping(mut self, value: impl ::std::convert::Into<::forma_core::Value<Mapping>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// This shape is deprecated: This is a legacy trait.
    ///
    /// Allowed: length 0 to 350000.
    #[track_caller]
    pub fn mapping_template(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OutputConversion`.
    #[track_caller]
    pub fn output_conversion(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OutputConversion>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// This shape is deprecated: This is a legacy trait.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn sample_document(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SampleDocuments`.
    #[track_caller]
    pub fn sample_documents(mut self, value: impl ::std::convert::Into<::forma_core::Value<SampleDocuments>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Transformer {
    type Attributes = TransformerAttributes;
    fn type_name(&self) -> &str {
        "AWS::B2BI::Transformer"
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
/// The attributes of a `AWS::B2BI::Transformer` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TransformerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TransformerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TransformerAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `ModifiedAt`.
    pub fn modified_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ModifiedAt")
    }
    /// `Fn::GetAtt` `TransformerArn`.
    pub fn transformer_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TransformerArn")
    }
    /// `Fn::GetAtt` `TransformerId`.
    pub fn transformer_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TransformerId")
    }
}

/// The values CloudFormation documents: `XML`, `JSON`, `NOT_USED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FileFormat {
    /// `XML`
    Xml,
    /// `JSON`
    Json,
    /// `NOT_USED`
    NotUsed,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FileFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Xml => "XML",
            Self::Json => "JSON",
            Self::NotUsed => "NOT_USED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["XML", "JSON", "NOT_USED"]
    }
}
impl ::std::convert::From<FileFormat> for ::forma_core::Value<FileFormat> {
    fn from(v: FileFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FileFormat {}

/// The values CloudFormation documents: `active`, `inactive`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransformerStatus {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TransformerStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["active", "inactive"]
    }
}
impl ::std::convert::From<TransformerStatus> for ::forma_core::Value<TransformerStatus> {
    fn from(v: TransformerStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TransformerStatus {}

/// The values CloudFormation documents: `X12`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FromFormat {
    /// `X12`
    X12,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FromFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::X12 => "X12",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["X12"]
    }
}
impl ::std::convert::From<FromFormat> for ::forma_core::Value<FromFormat> {
    fn from(v: FromFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FromFormat {}

/// The `InputConversion` property type of `AWS::B2BI::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct InputConversion {
    props: ::forma_core::schema::Props,
}
impl InputConversion {
    /// A new value with its required properties: `FromFormat`.
    pub fn new(from_format: impl ::forma_core::schema::EnumArg<FromFormat>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, from_format.into_enum_expr());
        Self { props }
    }
    /// `AdvancedOptions`.
    pub fn advanced_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<AdvancedOptions>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FormatOptions`.
    pub fn format_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InputConversion> for ::forma_core::Value<InputConversion> {
    fn from(v: InputConversion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_CONVERSION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `XSLT`, `JSONATA`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MappingTemplateLanguage {
    /// `XSLT`
    Xslt,
    /// `JSONATA`
    Jsonata,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MappingTemplateLanguage {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Xslt => "XSLT",
            Self::Jsonata => "JSONATA",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["XSLT", "JSONATA"]
    }
}
impl ::std::convert::From<MappingTemplateLanguage> for ::forma_core::Value<MappingTemplateLanguage> {
    fn from(v: MappingTemplateLanguage) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MappingTemplateLanguage {}

/// The `Mapping` property type of `AWS::B2BI::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct Mapping {
    props: ::forma_core::schema::Props,
}
impl Mapping {
    /// A new value with its required properties: `TemplateLanguage`.
    pub fn new(template_language: impl ::forma_core::schema::EnumArg<MappingTemplateLanguage>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, template_language.into_enum_expr());
        Self { props }
    }
    /// `Template`.
    ///
    /// Allowed: length 0 to 350000.
    pub fn template(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Mapping> for ::forma_core::Value<Mapping> {
    fn from(v: Mapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAPPING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `X12`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ToFormat {
    /// `X12`
    X12,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ToFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::X12 => "X12",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["X12"]
    }
}
impl ::std::convert::From<ToFormat> for ::forma_core::Value<ToFormat> {
    fn from(v: ToFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ToFormat {}

/// The `OutputConversion` property type of `AWS::B2BI::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputConversion {
    props: ::forma_core::schema::Props,
}
impl OutputConversion {
    /// A new value with its required properties: `ToFormat`.
    pub fn new(to_format: impl ::forma_core::schema::EnumArg<ToFormat>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, to_format.into_enum_expr());
        Self { props }
    }
    /// `AdvancedOptions`.
    pub fn advanced_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<AdvancedOptions>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FormatOptions`.
    pub fn format_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OutputConversion> for ::forma_core::Value<OutputConversion> {
    fn from(v: OutputConversion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTPUT_CONVERSION_TYPE.properties))
    }
}

/// The `SampleDocuments` property type of `AWS::B2BI::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct SampleDocuments {
    props: ::forma_core::schema::Props,
}
impl SampleDocuments {
    /// A new value with its required properties: `BucketName`, `Keys`.
    pub fn new(
        bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        keys: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SampleDocumentKeys>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_name.into().into_expr());
        props.set(1, keys.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SampleDocuments> for ::forma_core::Value<SampleDocuments> {
    fn from(v: SampleDocuments) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAMPLE_DOCUMENTS_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::B2BI::Transformer`.
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

/// The `AdvancedOptions` property type of `AWS::B2BI::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct AdvancedOptions {
    props: ::forma_core::schema::Props,
}
impl AdvancedOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `X12`.
    pub fn x12(mut self, value: impl ::std::convert::Into<::forma_core::Value<X12AdvancedOptions>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AdvancedOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AdvancedOptions> for ::forma_core::Value<AdvancedOptions> {
    fn from(v: AdvancedOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADVANCED_OPTIONS_TYPE.properties))
    }
}

/// The `SampleDocumentKeys` property type of `AWS::B2BI::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct SampleDocumentKeys {
    props: ::forma_core::schema::Props,
}
impl SampleDocumentKeys {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Input`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn input(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Output`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn output(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SampleDocumentKeys {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SampleDocumentKeys> for ::forma_core::Value<SampleDocumentKeys> {
    fn from(v: SampleDocumentKeys) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAMPLE_DOCUMENT_KEYS_TYPE.properties))
    }
}

/// The `X12AdvancedOptions` property type of `AWS::B2BI::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct X12AdvancedOptions {
    props: ::forma_core::schema::Props,
}
impl X12AdvancedOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SplitOptions`.
    pub fn split_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<X12SplitOptions>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ValidationOptions`.
    pub fn validation_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<X12ValidationOptions>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for X12AdvancedOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<X12AdvancedOptions> for ::forma_core::Value<X12AdvancedOptions> {
    fn from(v: X12AdvancedOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(X12_ADVANCED_OPTIONS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NONE`, `TRANSACTION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum X12SplitBy {
    /// `NONE`
    None,
    /// `TRANSACTION`
    Transaction,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl X12SplitBy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Transaction => "TRANSACTION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "TRANSACTION"]
    }
}
impl ::std::convert::From<X12SplitBy> for ::forma_core::Value<X12SplitBy> {
    fn from(v: X12SplitBy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for X12SplitBy {}

/// The `X12SplitOptions` property type of `AWS::B2BI::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct X12SplitOptions {
    props: ::forma_core::schema::Props,
}
impl X12SplitOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SplitBy`.
    pub fn split_by(mut self, value: impl ::forma_core::schema::EnumArg<X12SplitBy>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for X12SplitOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<X12SplitOptions> for ::forma_core::Value<X12SplitOptions> {
    fn from(v: X12SplitOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(X12_SPLIT_OPTIONS_TYPE.properties))
    }
}

/// The `X12ValidationOptions` property type of `AWS::B2BI::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct X12ValidationOptions {
    props: ::forma_core::schema::Props,
}
impl X12ValidationOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ValidationRules`.
    pub fn validation_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for X12ValidationOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<X12ValidationOptions> for ::forma_core::Value<X12ValidationOptions> {
    fn from(v: X12ValidationOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(X12_VALIDATION_OPTIONS_TYPE.properties))
    }
}

/// The schema of `AWS::B2BI::Transformer`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::B2BI::Transformer",
    properties: &[
        ::forma_core::schema::Property {
            name: "EdiType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "FileFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["XML", "JSON", "NOT_USED"]),
        },
        ::forma_core::schema::Property {
            name: "InputConversion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_CONVERSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Mapping",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MAPPING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MappingTemplate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(350000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]{1,512}$"),
                min_length: Some(1),
                max_length: Some(254),
            }),
        },
        ::forma_core::schema::Property {
            name: "OutputConversion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OUTPUT_CONVERSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SampleDocument",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "SampleDocuments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SAMPLE_DOCUMENTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["active", "inactive"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["CreatedAt", "ModifiedAt", "TransformerArn", "TransformerId"],
};

static INPUT_CONVERSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::B2BI::Transformer.InputConversion",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdvancedOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ADVANCED_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FormatOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "FromFormat",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["X12"]),
        },
    ],
    rules: &[],
};

static MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::B2BI::Transformer.Mapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "Template",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(350000),
            }),
        },
        ::forma_core::schema::Property {
            name: "TemplateLanguage",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["XSLT", "JSONATA"]),
        },
    ],
    rules: &[],
};

static OUTPUT_CONVERSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::B2BI::Transformer.OutputConversion",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdvancedOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ADVANCED_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FormatOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ToFormat",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["X12"]),
        },
    ],
    rules: &[],
};

static SAMPLE_DOCUMENTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::B2BI::Transformer.SampleDocuments",
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
            name: "Keys",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SAMPLE_DOCUMENT_KEYS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::B2BI::Transformer.Tag",
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

static ADVANCED_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::B2BI::Transformer.AdvancedOptions",
    properties: &[::forma_core::schema::Property {
        name: "X12",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&X12_ADVANCED_OPTIONS_TYPE),
    }],
    rules: &[],
};

static SAMPLE_DOCUMENT_KEYS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::B2BI::Transformer.SampleDocumentKeys",
    properties: &[
        ::forma_core::schema::Property {
            name: "Input",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Output",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static X12_ADVANCED_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::B2BI::Transformer.X12AdvancedOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "SplitOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&X12_SPLIT_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ValidationOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&X12_VALIDATION_OPTIONS_TYPE),
        },
    ],
    rules: &[],
};

static X12_SPLIT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::B2BI::Transformer.X12SplitOptions",
    properties: &[::forma_core::schema::Property {
        name: "SplitBy",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["NONE", "TRANSACTION"]),
    }],
    rules: &[],
};

static X12_VALIDATION_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::B2BI::Transformer.X12ValidationOptions",
    properties: &[::forma_core::schema::Property {
        name: "ValidationRules",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Json,
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};
