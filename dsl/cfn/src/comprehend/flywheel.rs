// @generated from AWS::Comprehend::Flywheel (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Comprehend::Flywheel` and its property types.

/// The AWS::Comprehend::Flywheel resource creates an Amazon Comprehend Flywheel that enables customer to train their model.
///
/// CloudFormation type `AWS::Comprehend::Flywheel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Flywheel {
    props: ::forma_core::schema::Props,
}
impl Flywheel {
    /// A new resource with its required properties: `DataAccessRoleArn`, `DataLakeS3Uri`, `FlywheelName`.
    #[track_caller]
    pub fn new(
        data_access_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        data_lake_s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        flywheel_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, data_access_role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, data_lake_s3_uri.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, flywheel_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ActiveModelArn`.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn active_model_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DataSecurityConfig`.
    #[track_caller]
    pub fn data_security_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSecurityConfig>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ModelType`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn model_type(mut self, value: impl ::forma_core::schema::EnumArg<ModelType>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TaskConfig`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn task_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<TaskConfig>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Flywheel {
    type Attributes = FlywheelAttributes;
    fn type_name(&self) -> &str {
        "AWS::Comprehend::Flywheel"
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
/// The attributes of a `AWS::Comprehend::Flywheel` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FlywheelAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FlywheelAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FlywheelAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `DOCUMENT_CLASSIFIER`, `ENTITY_RECOGNIZER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModelType {
    /// `DOCUMENT_CLASSIFIER`
    DocumentClassifier,
    /// `ENTITY_RECOGNIZER`
    EntityRecognizer,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ModelType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DocumentClassifier => "DOCUMENT_CLASSIFIER",
            Self::EntityRecognizer => "ENTITY_RECOGNIZER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DOCUMENT_CLASSIFIER", "ENTITY_RECOGNIZER"]
    }
}
impl ::std::convert::From<ModelType> for ::forma_core::Value<ModelType> {
    fn from(v: ModelType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ModelType {}

/// The `DataSecurityConfig` property type of `AWS::Comprehend::Flywheel`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSecurityConfig {
    props: ::forma_core::schema::Props,
}
impl DataSecurityConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DataLakeKmsKeyId`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn data_lake_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ModelKmsKeyId`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn model_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `VolumeKmsKeyId`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn volume_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `VpcConfig`.
    pub fn vpc_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConfig>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataSecurityConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataSecurityConfig> for ::forma_core::Value<DataSecurityConfig> {
    fn from(v: DataSecurityConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SECURITY_CONFIG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Comprehend::Flywheel`.
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

/// The `TaskConfig` property type of `AWS::Comprehend::Flywheel`.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskConfig {
    props: ::forma_core::schema::Props,
}
impl TaskConfig {
    /// A new value with its required properties: `LanguageCode`.
    pub fn new(language_code: impl ::forma_core::schema::EnumArg<LanguageCode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, language_code.into_enum_expr());
        Self { props }
    }
    /// `DocumentClassificationConfig`.
    pub fn document_classification_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DocumentClassificationConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EntityRecognitionConfig`.
    pub fn entity_recognition_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EntityRecognitionConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TaskConfig> for ::forma_core::Value<TaskConfig> {
    fn from(v: TaskConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TASK_CONFIG_TYPE.properties))
    }
}

/// The `VpcConfig` property type of `AWS::Comprehend::Flywheel`.
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

/// The `DocumentClassificationConfig` property type of `AWS::Comprehend::Flywheel`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentClassificationConfig {
    props: ::forma_core::schema::Props,
}
impl DocumentClassificationConfig {
    /// A new value with its required properties: `Mode`.
    pub fn new(mode: impl ::forma_core::schema::EnumArg<Mode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, mode.into_enum_expr());
        Self { props }
    }
    /// `Labels`.
    pub fn labels(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DocumentClassificationConfig> for ::forma_core::Value<DocumentClassificationConfig> {
    fn from(v: DocumentClassificationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_CLASSIFICATION_CONFIG_TYPE.properties))
    }
}

/// The `EntityRecognitionConfig` property type of `AWS::Comprehend::Flywheel`.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityRecognitionConfig {
    props: ::forma_core::schema::Props,
}
impl EntityRecognitionConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EntityTypes`.
    pub fn entity_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EntityTypesListItem>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EntityRecognitionConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EntityRecognitionConfig> for ::forma_core::Value<EntityRecognitionConfig> {
    fn from(v: EntityRecognitionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENTITY_RECOGNITION_CONFIG_TYPE.properties))
    }
}

/// The `EntityTypesListItem` property type of `AWS::Comprehend::Flywheel`.
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

/// The schema of `AWS::Comprehend::Flywheel`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Comprehend::Flywheel",
properties: &[
::forma_core::schema::Property { name: "ActiveModelArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("arn:aws(-[^:]+)?:comprehend:[a-zA-Z0-9-]*:[0-9]{12}:(document-classifier|entity-recognizer)/[a-zA-Z0-9](-*[a-zA-Z0-9])*(/version/[a-zA-Z0-9](-*[a-zA-Z0-9])*)?"), min_length: Some(0), max_length: Some(256) }) },
::forma_core::schema::Property { name: "DataAccessRoleArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("arn:aws(-[^:]+)?:iam::[0-9]{12}:role/.+"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "DataLakeS3Uri", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?"), min_length: Some(0), max_length: Some(512) }) },
::forma_core::schema::Property { name: "DataSecurityConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&DATA_SECURITY_CONFIG_TYPE) },
::forma_core::schema::Property { name: "FlywheelName", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"), min_length: Some(1), max_length: Some(63) }) },
::forma_core::schema::Property { name: "ModelType", required: false, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["DOCUMENT_CLASSIFIER", "ENTITY_RECOGNIZER"]) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "TaskConfig", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&TASK_CONFIG_TYPE) },
],
rules: &[],
attributes: &["Arn"],
};

static DATA_SECURITY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Comprehend::Flywheel.DataSecurityConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataLakeKmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\p{ASCII}+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ModelKmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\p{ASCII}+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "VolumeKmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\p{ASCII}+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "VpcConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Comprehend::Flywheel.Tag",
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

static TASK_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Comprehend::Flywheel.TaskConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "DocumentClassificationConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOCUMENT_CLASSIFICATION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EntityRecognitionConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENTITY_RECOGNITION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LanguageCode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["en", "es", "fr", "it", "de", "pt"]),
        },
    ],
    rules: &[],
};

static VPC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Comprehend::Flywheel.VpcConfig",
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

static DOCUMENT_CLASSIFICATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Comprehend::Flywheel.DocumentClassificationConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Labels",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\P{C}*$"),
                    min_length: Some(0),
                    max_length: Some(5000),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1000) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Mode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MULTI_CLASS", "MULTI_LABEL"]),
        },
    ],
    rules: &[],
};

static ENTITY_RECOGNITION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Comprehend::Flywheel.EntityRecognitionConfig",
    properties: &[::forma_core::schema::Property {
        name: "EntityTypes",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&ENTITY_TYPES_LIST_ITEM_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(25) },
        ),
    }],
    rules: &[],
};

static ENTITY_TYPES_LIST_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Comprehend::Flywheel.EntityTypesListItem",
    properties: &[::forma_core::schema::Property {
        name: "Type",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^(?![^\\n\\r\\t,]*\\\\n|\\\\r|\\\\t)[^\\n\\r\\t,]+$"),
            min_length: Some(1),
            max_length: Some(64),
        }),
    }],
    rules: &[],
};
