// @generated from AWS::Comprehend::EntityRecognizer (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Comprehend::EntityRecognizer` and its property types.

/// An Amazon Comprehend custom entity recognizer: a trained model that identifies custom entity types in text, created via an asynchronous training job.
///
/// CloudFormation type `AWS::Comprehend::EntityRecognizer`.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityRecognizer {
    props: ::forma_core::schema::Props,
}
impl EntityRecognizer {
    /// A new resource with its required properties: `DataAccessRoleArn`, `InputDataConfig`, `LanguageCode`, `RecognizerName`.
    #[track_caller]
    pub fn new(
        data_access_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        input_data_config: impl ::std::convert::Into<::forma_core::Value<EntityRecognizerInputDataConfig>>,
        language_code: impl ::forma_core::schema::EnumArg<LanguageCode>,
        recognizer_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, data_access_role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, input_data_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, language_code.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(5, recognizer_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// ID for the AWS KMS key that Amazon Comprehend uses to encrypt trained custom models.
    ///
    /// Allowed: length 0 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn model_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The JSON resource-based policy to attach to your custom entity recognizer model.
    ///
    /// Allowed: length 1 to 20000.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn model_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to associate with the entity recognizer.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The version name given to the entity recognizer.
    ///
    /// Allowed: length 0 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn version_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// ID for the AWS KMS key that Amazon Comprehend uses to encrypt data on the storage volume attached to the ML compute instance(s).
    ///
    /// Allowed: length 0 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn volume_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration parameters for an optional private VPC containing the resources you are using for your custom entity recognizer.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConfig>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for EntityRecognizer {
    type Attributes = EntityRecognizerAttributes;
    fn type_name(&self) -> &str {
        "AWS::Comprehend::EntityRecognizer"
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
/// The attributes of a `AWS::Comprehend::EntityRecognizer` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EntityRecognizerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EntityRecognizerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EntityRecognizerAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `en`, `es`, `fr`, `de`, `it`, `pt`, `ar`, `hi`, `ja`, `ko`, `zh`, `zh-TW`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LanguageCode {
    /// `en`
    En,
    /// `es`
    Es,
    /// `fr`
    Fr,
    /// `de`
    De,
    /// `it`
    It,
    /// `pt`
    Pt,
    /// `ar`
    Ar,
    /// `hi`
    Hi,
    /// `ja`
    Ja,
    /// `ko`
    Ko,
    /// `zh`
    Zh,
    /// `zh-TW`
    ZhTw,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LanguageCode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::En => "en",
            Self::Es => "es",
            Self::Fr => "fr",
            Self::De => "de",
            Self::It => "it",
            Self::Pt => "pt",
            Self::Ar => "ar",
            Self::Hi => "hi",
            Self::Ja => "ja",
            Self::Ko => "ko",
            Self::Zh => "zh",
            Self::ZhTw => "zh-TW",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["en", "es", "fr", "de", "it", "pt", "ar", "hi", "ja", "ko", "zh", "zh-TW"]
    }
}
impl ::std::convert::From<LanguageCode> for ::forma_core::Value<LanguageCode> {
    fn from(v: LanguageCode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LanguageCode {}

/// The values CloudFormation documents: `COMPREHEND_CSV`, `AUGMENTED_MANIFEST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataFormat {
    /// `COMPREHEND_CSV`
    ComprehendCsv,
    /// `AUGMENTED_MANIFEST`
    AugmentedManifest,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ComprehendCsv => "COMPREHEND_CSV",
            Self::AugmentedManifest => "AUGMENTED_MANIFEST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["COMPREHEND_CSV", "AUGMENTED_MANIFEST"]
    }
}
impl ::std::convert::From<DataFormat> for ::forma_core::Value<DataFormat> {
    fn from(v: DataFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataFormat {}

/// Specifies the format and location of the input data for an entity recognizer.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityRecognizerInputDataConfig {
    props: ::forma_core::schema::Props,
}
impl EntityRecognizerInputDataConfig {
    /// A new value with its required properties: `EntityTypes`.
    pub fn new(
        entity_types: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EntityTypesListItem>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, entity_types.into().into_expr());
        Self { props }
    }
    /// The S3 location of the CSV file that annotates your training documents.
    pub fn annotations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EntityRecognizerAnnotations>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of augmented manifest files that provide training data for a custom model.
    pub fn augmented_manifests(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AugmentedManifestsListItem>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The format of your training data.
    pub fn data_format(mut self, value: impl ::forma_core::schema::EnumArg<DataFormat>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// The S3 location of the folder that contains the training documents.
    pub fn documents(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EntityRecognizerDocuments>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The S3 location of the CSV file that has the entity list.
    pub fn entity_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EntityRecognizerEntityList>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EntityRecognizerInputDataConfig> for ::forma_core::Value<EntityRecognizerInputDataConfig> {
    fn from(v: EntityRecognizerInputDataConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENTITY_RECOGNIZER_INPUT_DATA_CONFIG_TYPE.properties))
    }
}

/// A key-value pair that adds metadata to a resource.
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

/// Configuration parameters for an optional private Virtual Private Cloud (VPC) containing the resources you are using for the job.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConfig {
    props: ::forma_core::schema::Props,
}
impl VpcConfig {
    /// A new value with its required properties: `SecurityGroupIds`, `Subnets`.
    pub fn new(
        security_group_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        subnets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, security_group_ids.into().into_expr());
        props.set(1, subnets.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VpcConfig> for ::forma_core::Value<VpcConfig> {
    fn from(v: VpcConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONFIG_TYPE.properties))
    }
}

/// Describes the annotations associated with an entity recognizer.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityRecognizerAnnotations {
    props: ::forma_core::schema::Props,
}
impl EntityRecognizerAnnotations {
    /// A new value with its required properties: `S3Uri`.
    pub fn new(s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_uri.into().into_expr());
        Self { props }
    }
    /// Specifies the Amazon S3 location where the test annotations are located.
    ///
    /// Allowed: length 0 to 1024.
    pub fn test_s3_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EntityRecognizerAnnotations> for ::forma_core::Value<EntityRecognizerAnnotations> {
    fn from(v: EntityRecognizerAnnotations) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENTITY_RECOGNIZER_ANNOTATIONS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PLAIN_TEXT_DOCUMENT`, `SEMI_STRUCTURED_DOCUMENT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DocumentType {
    /// `PLAIN_TEXT_DOCUMENT`
    PlainTextDocument,
    /// `SEMI_STRUCTURED_DOCUMENT`
    SemiStructuredDocument,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DocumentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PlainTextDocument => "PLAIN_TEXT_DOCUMENT",
            Self::SemiStructuredDocument => "SEMI_STRUCTURED_DOCUMENT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PLAIN_TEXT_DOCUMENT", "SEMI_STRUCTURED_DOCUMENT"]
    }
}
impl ::std::convert::From<DocumentType> for ::forma_core::Value<DocumentType> {
    fn from(v: DocumentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DocumentType {}

/// The values CloudFormation documents: `TRAIN`, `TEST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Split {
    /// `TRAIN`
    Train,
    /// `TEST`
    Test,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Split {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Train => "TRAIN",
            Self::Test => "TEST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TRAIN", "TEST"]
    }
}
impl ::std::convert::From<Split> for ::forma_core::Value<Split> {
    fn from(v: Split) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Split {}

/// An augmented manifest file that provides training data for your custom model.
#[derive(Debug, Clone, PartialEq)]
pub struct AugmentedManifestsListItem {
    props: ::forma_core::schema::Props,
}
impl AugmentedManifestsListItem {
    /// A new value with its required properties: `AttributeNames`, `S3Uri`.
    pub fn new(
        attribute_names: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, attribute_names.into().into_expr());
        props.set(3, s3_uri.into().into_expr());
        Self { props }
    }
    /// The S3 prefix to the annotation files that are referred in the augmented manifest file.
    ///
    /// Allowed: length 0 to 1024.
    pub fn annotation_data_s3_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The type of augmented manifest.
    pub fn document_type(mut self, value: impl ::forma_core::schema::EnumArg<DocumentType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// The S3 prefix to the source files (PDFs) that are referred to in the augmented manifest file.
    ///
    /// Allowed: length 0 to 1024.
    pub fn source_documents_s3_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The purpose of the data you've provided in the augmented manifest.
    pub fn split(mut self, value: impl ::forma_core::schema::EnumArg<Split>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<AugmentedManifestsListItem> for ::forma_core::Value<AugmentedManifestsListItem> {
    fn from(v: AugmentedManifestsListItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUGMENTED_MANIFESTS_LIST_ITEM_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ONE_DOC_PER_FILE`, `ONE_DOC_PER_LINE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InputFormat {
    /// `ONE_DOC_PER_FILE`
    OneDocPerFile,
    /// `ONE_DOC_PER_LINE`
    OneDocPerLine,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InputFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OneDocPerFile => "ONE_DOC_PER_FILE",
            Self::OneDocPerLine => "ONE_DOC_PER_LINE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ONE_DOC_PER_FILE", "ONE_DOC_PER_LINE"]
    }
}
impl ::std::convert::From<InputFormat> for ::forma_core::Value<InputFormat> {
    fn from(v: InputFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InputFormat {}

/// Describes the training documents submitted with an entity recognizer.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityRecognizerDocuments {
    props: ::forma_core::schema::Props,
}
impl EntityRecognizerDocuments {
    /// A new value with its required properties: `S3Uri`.
    pub fn new(s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, s3_uri.into().into_expr());
        Self { props }
    }
    /// Specifies how the text in an input file should be processed.
    pub fn input_format(mut self, value: impl ::forma_core::schema::EnumArg<InputFormat>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Specifies the Amazon S3 location where the test documents are located.
    ///
    /// Allowed: length 0 to 1024.
    pub fn test_s3_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EntityRecognizerDocuments> for ::forma_core::Value<EntityRecognizerDocuments> {
    fn from(v: EntityRecognizerDocuments) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENTITY_RECOGNIZER_DOCUMENTS_TYPE.properties))
    }
}

/// Describes the entity list submitted with an entity recognizer.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityRecognizerEntityList {
    props: ::forma_core::schema::Props,
}
impl EntityRecognizerEntityList {
    /// A new value with its required properties: `S3Uri`.
    pub fn new(s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_uri.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EntityRecognizerEntityList> for ::forma_core::Value<EntityRecognizerEntityList> {
    fn from(v: EntityRecognizerEntityList) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENTITY_RECOGNIZER_ENTITY_LIST_TYPE.properties))
    }
}

/// An entity type within a labeled training dataset that Amazon Comprehend uses to train a custom entity recognizer.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityTypesListItem {
    props: ::forma_core::schema::Props,
}
impl EntityTypesListItem {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EntityTypesListItem> for ::forma_core::Value<EntityTypesListItem> {
    fn from(v: EntityTypesListItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENTITY_TYPES_LIST_ITEM_TYPE.properties))
    }
}

/// The schema of `AWS::Comprehend::EntityRecognizer`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Comprehend::EntityRecognizer",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataAccessRoleArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[^:]+)?:iam::[0-9]{12}:role/.+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "InputDataConfig",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ENTITY_RECOGNIZER_INPUT_DATA_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LanguageCode",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "en", "es", "fr", "de", "it", "pt", "ar", "hi", "ja", "ko", "zh", "zh-TW",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ModelKmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\p{ASCII}+$"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ModelPolicy",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+$"),
                min_length: Some(1),
                max_length: Some(20000),
            }),
        },
        ::forma_core::schema::Property {
            name: "RecognizerName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                min_length: Some(0),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VersionName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                min_length: Some(0),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "VolumeKmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\p{ASCII}+$"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "VpcConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&VPC_CONFIG_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static ENTITY_RECOGNIZER_INPUT_DATA_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Comprehend::EntityRecognizer.EntityRecognizerInputDataConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "Annotations",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ENTITY_RECOGNIZER_ANNOTATIONS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "AugmentedManifests",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&AUGMENTED_MANIFESTS_LIST_ITEM_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "DataFormat",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["COMPREHEND_CSV", "AUGMENTED_MANIFEST"]),
            },
            ::forma_core::schema::Property {
                name: "Documents",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ENTITY_RECOGNIZER_DOCUMENTS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "EntityList",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ENTITY_RECOGNIZER_ENTITY_LIST_TYPE),
            },
            ::forma_core::schema::Property {
                name: "EntityTypes",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&ENTITY_TYPES_LIST_ITEM_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Comprehend::EntityRecognizer.Tag",
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

static VPC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Comprehend::EntityRecognizer.VpcConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[-0-9a-zA-Z]+$"),
                    min_length: Some(1),
                    max_length: Some(32),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Subnets",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[-0-9a-zA-Z]+$"),
                    min_length: Some(1),
                    max_length: Some(32),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(16) },
            ),
        },
    ],
    rules: &[],
};

static ENTITY_RECOGNIZER_ANNOTATIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Comprehend::EntityRecognizer.EntityRecognizerAnnotations",
    properties: &[
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
        ::forma_core::schema::Property {
            name: "TestS3Uri",
            required: false,
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

static AUGMENTED_MANIFESTS_LIST_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Comprehend::EntityRecognizer.AugmentedManifestsListItem",
    properties: &[
        ::forma_core::schema::Property {
            name: "AnnotationDataS3Uri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "AttributeNames",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                    min_length: Some(1),
                    max_length: Some(63),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DocumentType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PLAIN_TEXT_DOCUMENT", "SEMI_STRUCTURED_DOCUMENT"]),
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
        ::forma_core::schema::Property {
            name: "SourceDocumentsS3Uri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Split",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TRAIN", "TEST"]),
        },
    ],
    rules: &[],
};

static ENTITY_RECOGNIZER_DOCUMENTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Comprehend::EntityRecognizer.EntityRecognizerDocuments",
    properties: &[
        ::forma_core::schema::Property {
            name: "InputFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ONE_DOC_PER_FILE", "ONE_DOC_PER_LINE"]),
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
        ::forma_core::schema::Property {
            name: "TestS3Uri",
            required: false,
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

static ENTITY_RECOGNIZER_ENTITY_LIST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Comprehend::EntityRecognizer.EntityRecognizerEntityList",
    properties: &[::forma_core::schema::Property {
        name: "S3Uri",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?$"),
            min_length: Some(0),
            max_length: Some(1024),
        }),
    }],
    rules: &[],
};

static ENTITY_TYPES_LIST_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Comprehend::EntityRecognizer.EntityTypesListItem",
    properties: &[::forma_core::schema::Property {
        name: "Type",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^(?![^\\n\\r\\t,]*\\\\n|\\\\r|\\\\t)[^\\n\\r\\t,]+$"),
            min_length: Some(0),
            max_length: Some(64),
        }),
    }],
    rules: &[],
};
