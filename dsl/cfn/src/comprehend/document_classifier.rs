// @generated from AWS::Comprehend::DocumentClassifier (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Comprehend::DocumentClassifier` and its property types.

/// Document Classifier enables training document classifier models.
///
/// CloudFormation type `AWS::Comprehend::DocumentClassifier`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentClassifier {
    props: ::forma_core::schema::Props,
}
impl DocumentClassifier {
    /// A new resource with its required properties: `DataAccessRoleArn`, `DocumentClassifierName`, `InputDataConfig`, `LanguageCode`.
    #[track_caller]
    pub fn new(
        data_access_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        document_classifier_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        input_data_config: impl ::std::convert::Into<::forma_core::Value<DocumentClassifierInputDataConfig>>,
        language_code: impl ::forma_core::schema::EnumArg<LanguageCode>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, data_access_role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, document_classifier_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, input_data_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, language_code.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Mode`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn mode(mut self, value: impl ::forma_core::schema::EnumArg<Mode>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ModelKmsKeyId`.
    ///
    /// Allowed: length 1 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn model_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ModelPolicy`.
    ///
    /// Allowed: length 1 to 20000.
    #[track_caller]
    pub fn model_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OutputDataConfig`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn output_data_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DocumentClassifierOutputDataConfig>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VersionName`.
    ///
    /// Allowed: length 1 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn version_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VolumeKmsKeyId`.
    ///
    /// Allowed: length 1 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn volume_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VpcConfig`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConfig>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DocumentClassifier {
    type Attributes = DocumentClassifierAttributes;
    fn type_name(&self) -> &str {
        "AWS::Comprehend::DocumentClassifier"
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
/// The attributes of a `AWS::Comprehend::DocumentClassifier` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DocumentClassifierAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DocumentClassifierAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DocumentClassifierAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `en`, `es`, `fr`, `it`, `de`, `pt`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LanguageCode {
    /// `en`
    En,
    /// `es`
    Es,
    /// `fr`
    Fr,
    /// `it`
    It,
    /// `de`
    De,
    /// `pt`
    Pt,
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
            Self::It => "it",
            Self::De => "de",
            Self::Pt => "pt",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["en", "es", "fr", "it", "de", "pt"]
    }
}
impl ::std::convert::From<LanguageCode> for ::forma_core::Value<LanguageCode> {
    fn from(v: LanguageCode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LanguageCode {}

/// The values CloudFormation documents: `MULTI_CLASS`, `MULTI_LABEL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mode {
    /// `MULTI_CLASS`
    MultiClass,
    /// `MULTI_LABEL`
    MultiLabel,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Mode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MultiClass => "MULTI_CLASS",
            Self::MultiLabel => "MULTI_LABEL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MULTI_CLASS", "MULTI_LABEL"]
    }
}
impl ::std::convert::From<Mode> for ::forma_core::Value<Mode> {
    fn from(v: Mode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Mode {}

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

/// The `DocumentClassifierInputDataConfig` property type of `AWS::Comprehend::DocumentClassifier`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentClassifierInputDataConfig {
    props: ::forma_core::schema::Props,
}
impl DocumentClassifierInputDataConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AugmentedManifests`.
    pub fn augmented_manifests(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AugmentedManifestsListItem>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DataFormat`.
    pub fn data_format(mut self, value: impl ::forma_core::schema::EnumArg<DataFormat>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `DocumentReaderConfig`.
    pub fn document_reader_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DocumentReaderConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DocumentType`.
    pub fn document_type(mut self, value: impl ::forma_core::schema::EnumArg<DocumentType>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `Documents`.
    pub fn documents(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DocumentClassifierDocuments>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `LabelDelimiter`.
    ///
    /// Allowed: length 1 to 1.
    pub fn label_delimiter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `S3Uri`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn s3_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `TestS3Uri`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn test_s3_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DocumentClassifierInputDataConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DocumentClassifierInputDataConfig>
    for ::forma_core::Value<DocumentClassifierInputDataConfig>
{
    fn from(v: DocumentClassifierInputDataConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_CLASSIFIER_INPUT_DATA_CONFIG_TYPE.properties))
    }
}

/// The `DocumentClassifierOutputDataConfig` property type of `AWS::Comprehend::DocumentClassifier`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentClassifierOutputDataConfig {
    props: ::forma_core::schema::Props,
}
impl DocumentClassifierOutputDataConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `KmsKeyId`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `S3Uri`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn s3_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DocumentClassifierOutputDataConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DocumentClassifierOutputDataConfig>
    for ::forma_core::Value<DocumentClassifierOutputDataConfig>
{
    fn from(v: DocumentClassifierOutputDataConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_CLASSIFIER_OUTPUT_DATA_CONFIG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Comprehend::DocumentClassifier`.
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

/// The `VpcConfig` property type of `AWS::Comprehend::DocumentClassifier`.
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

/// The `AugmentedManifestsListItem` property type of `AWS::Comprehend::DocumentClassifier`.
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
        props.set(0, attribute_names.into().into_expr());
        props.set(1, s3_uri.into().into_expr());
        Self { props }
    }
    /// `Split`.
    pub fn split(mut self, value: impl ::forma_core::schema::EnumArg<Split>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<AugmentedManifestsListItem> for ::forma_core::Value<AugmentedManifestsListItem> {
    fn from(v: AugmentedManifestsListItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUGMENTED_MANIFESTS_LIST_ITEM_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TEXTRACT_DETECT_DOCUMENT_TEXT`, `TEXTRACT_ANALYZE_DOCUMENT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DocumentReadAction {
    /// `TEXTRACT_DETECT_DOCUMENT_TEXT`
    TextractDetectDocumentText,
    /// `TEXTRACT_ANALYZE_DOCUMENT`
    TextractAnalyzeDocument,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DocumentReadAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TextractDetectDocumentText => "TEXTRACT_DETECT_DOCUMENT_TEXT",
            Self::TextractAnalyzeDocument => "TEXTRACT_ANALYZE_DOCUMENT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TEXTRACT_DETECT_DOCUMENT_TEXT", "TEXTRACT_ANALYZE_DOCUMENT"]
    }
}
impl ::std::convert::From<DocumentReadAction> for ::forma_core::Value<DocumentReadAction> {
    fn from(v: DocumentReadAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DocumentReadAction {}

/// The values CloudFormation documents: `SERVICE_DEFAULT`, `FORCE_DOCUMENT_READ_ACTION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DocumentReadMode {
    /// `SERVICE_DEFAULT`
    ServiceDefault,
    /// `FORCE_DOCUMENT_READ_ACTION`
    ForceDocumentReadAction,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DocumentReadMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ServiceDefault => "SERVICE_DEFAULT",
            Self::ForceDocumentReadAction => "FORCE_DOCUMENT_READ_ACTION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SERVICE_DEFAULT", "FORCE_DOCUMENT_READ_ACTION"]
    }
}
impl ::std::convert::From<DocumentReadMode> for ::forma_core::Value<DocumentReadMode> {
    fn from(v: DocumentReadMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DocumentReadMode {}

/// The values CloudFormation documents: `TABLES`, `FORMS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FeatureTypes {
    /// `TABLES`
    Tables,
    /// `FORMS`
    Forms,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FeatureTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tables => "TABLES",
            Self::Forms => "FORMS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TABLES", "FORMS"]
    }
}
impl ::std::convert::From<FeatureTypes> for ::forma_core::Value<FeatureTypes> {
    fn from(v: FeatureTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FeatureTypes {}

/// The `DocumentReaderConfig` property type of `AWS::Comprehend::DocumentClassifier`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentReaderConfig {
    props: ::forma_core::schema::Props,
}
impl DocumentReaderConfig {
    /// A new value with its required properties: `DocumentReadAction`.
    pub fn new(document_read_action: impl ::forma_core::schema::EnumArg<DocumentReadAction>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, document_read_action.into_enum_expr());
        Self { props }
    }
    /// `DocumentReadMode`.
    pub fn document_read_mode(mut self, value: impl ::forma_core::schema::EnumArg<DocumentReadMode>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `FeatureTypes`.
    pub fn feature_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FeatureTypes>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DocumentReaderConfig> for ::forma_core::Value<DocumentReaderConfig> {
    fn from(v: DocumentReaderConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_READER_CONFIG_TYPE.properties))
    }
}

/// The `DocumentClassifierDocuments` property type of `AWS::Comprehend::DocumentClassifier`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentClassifierDocuments {
    props: ::forma_core::schema::Props,
}
impl DocumentClassifierDocuments {
    /// A new value with its required properties: `S3Uri`.
    pub fn new(s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_uri.into().into_expr());
        Self { props }
    }
    /// `TestS3Uri`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn test_s3_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DocumentClassifierDocuments> for ::forma_core::Value<DocumentClassifierDocuments> {
    fn from(v: DocumentClassifierDocuments) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_CLASSIFIER_DOCUMENTS_TYPE.properties))
    }
}

/// The schema of `AWS::Comprehend::DocumentClassifier`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Comprehend::DocumentClassifier",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataAccessRoleArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws(-[^:]+)?:iam::[0-9]{12}:role/.+"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "DocumentClassifierName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "InputDataConfig",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&DOCUMENT_CLASSIFIER_INPUT_DATA_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LanguageCode",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["en", "es", "fr", "it", "de", "pt"]),
        },
        ::forma_core::schema::Property {
            name: "Mode",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["MULTI_CLASS", "MULTI_LABEL"]),
        },
        ::forma_core::schema::Property {
            name: "ModelKmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\p{ASCII}+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ModelPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
                min_length: Some(1),
                max_length: Some(20000),
            }),
        },
        ::forma_core::schema::Property {
            name: "OutputDataConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&DOCUMENT_CLASSIFIER_OUTPUT_DATA_CONFIG_TYPE),
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
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "VolumeKmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\p{ASCII}+$"),
                min_length: Some(1),
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

static DOCUMENT_CLASSIFIER_INPUT_DATA_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Comprehend::DocumentClassifier.DocumentClassifierInputDataConfig",
        properties: &[
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
                name: "DocumentReaderConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DOCUMENT_READER_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "DocumentType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["PLAIN_TEXT_DOCUMENT", "SEMI_STRUCTURED_DOCUMENT"]),
            },
            ::forma_core::schema::Property {
                name: "Documents",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DOCUMENT_CLASSIFIER_DOCUMENTS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "LabelDelimiter",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[ ~!@#$%^*\\-_+=|\\\\:;\\t>?/]$"),
                    min_length: Some(1),
                    max_length: Some(1),
                }),
            },
            ::forma_core::schema::Property {
                name: "S3Uri",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?"),
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
            },
            ::forma_core::schema::Property {
                name: "TestS3Uri",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?"),
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
            },
        ],
        rules: &[],
    };

static DOCUMENT_CLASSIFIER_OUTPUT_DATA_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Comprehend::DocumentClassifier.DocumentClassifierOutputDataConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "KmsKeyId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\p{ASCII}+$"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "S3Uri",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?"),
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Comprehend::DocumentClassifier.Tag",
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
    name: "AWS::Comprehend::DocumentClassifier.VpcConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[-0-9a-zA-Z]+"),
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
                    pattern: Some("[-0-9a-zA-Z]+"),
                    min_length: Some(1),
                    max_length: Some(32),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(16) },
            ),
        },
    ],
    rules: &[],
};

static AUGMENTED_MANIFESTS_LIST_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Comprehend::DocumentClassifier.AugmentedManifestsListItem",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributeNames",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*"),
                    min_length: Some(1),
                    max_length: Some(63),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(63) },
            ),
        },
        ::forma_core::schema::Property {
            name: "S3Uri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?"),
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

static DOCUMENT_READER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Comprehend::DocumentClassifier.DocumentReaderConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "DocumentReadAction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TEXTRACT_DETECT_DOCUMENT_TEXT", "TEXTRACT_ANALYZE_DOCUMENT"]),
        },
        ::forma_core::schema::Property {
            name: "DocumentReadMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SERVICE_DEFAULT", "FORCE_DOCUMENT_READ_ACTION"]),
        },
        ::forma_core::schema::Property {
            name: "FeatureTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["TABLES", "FORMS"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
            ),
        },
    ],
    rules: &[],
};

static DOCUMENT_CLASSIFIER_DOCUMENTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Comprehend::DocumentClassifier.DocumentClassifierDocuments",
    properties: &[
        ::forma_core::schema::Property {
            name: "S3Uri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "TestS3Uri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};
