// @generated from AWS::SSM::Document (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SSM::Document` and its property types.

/// The AWS::SSM::Document resource is an SSM document in AWS Systems Manager that defines the actions that Systems Manager performs, which can be used to set up and run commands on your instances.
///
/// CloudFormation type `AWS::SSM::Document`.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    props: ::forma_core::schema::Props,
}
impl Document {
    /// A new resource with its required properties: `Content`.
    #[track_caller]
    pub fn new(content: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, content.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A list of key and value pairs that describe attachments to a version of a document.
    #[track_caller]
    pub fn attachments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AttachmentsSource>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specify the document format for the request.
    #[track_caller]
    pub fn document_format(mut self, value: impl ::forma_core::schema::EnumArg<DocumentFormat>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of document to create.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn document_type(mut self, value: impl ::forma_core::schema::EnumArg<DocumentType>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A name for the Systems Manager document.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of SSM documents required by a document.
    #[track_caller]
    pub fn requires(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DocumentRequires>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Optional metadata that you assign to a resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specify a target type to define the kinds of resources the document can run on.
    ///
    /// Allowed: length 0 to 200.
    #[track_caller]
    pub fn target_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Update method - when set to 'Replace', the update will replace the existing document; when set to 'NewVersion', the update will create a new version.
    #[track_caller]
    pub fn update_method(mut self, value: impl ::forma_core::schema::EnumArg<UpdateMethod>) -> Self {
        self.props.set_at(8, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// An optional field specifying the version of the artifact you are creating with the document.
    #[track_caller]
    pub fn version_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Document {
    type Attributes = DocumentAttributes;
    fn type_name(&self) -> &str {
        "AWS::SSM::Document"
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
/// The attributes of a `AWS::SSM::Document` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DocumentAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DocumentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `YAML`, `JSON`, `TEXT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DocumentFormat {
    /// `YAML`
    Yaml,
    /// `JSON`
    Json,
    /// `TEXT`
    Text,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DocumentFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Yaml => "YAML",
            Self::Json => "JSON",
            Self::Text => "TEXT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["YAML", "JSON", "TEXT"]
    }
}
impl ::std::convert::From<DocumentFormat> for ::forma_core::Value<DocumentFormat> {
    fn from(v: DocumentFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DocumentFormat {}

/// The values CloudFormation documents: `ApplicationConfiguration`, `ApplicationConfigurationSchema`, `Automation`, `Automation.ChangeTemplate`, `AutoApprovalPolicy`, `ChangeCalendar`, `CloudFormation`, `Command`, `DeploymentStrategy`, `ManualApprovalPolicy`, `Package`, `Policy`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DocumentType {
    /// `ApplicationConfiguration`
    ApplicationConfiguration,
    /// `ApplicationConfigurationSchema`
    ApplicationConfigurationSchema,
    /// `Automation`
    Automation,
    /// `Automation.ChangeTemplate`
    AutomationChangeTemplate,
    /// `AutoApprovalPolicy`
    AutoApprovalPolicy,
    /// `ChangeCalendar`
    ChangeCalendar,
    /// `CloudFormation`
    CloudFormation,
    /// `Command`
    Command,
    /// `DeploymentStrategy`
    DeploymentStrategy,
    /// `ManualApprovalPolicy`
    ManualApprovalPolicy,
    /// `Package`
    Package,
    /// `Policy`
    Policy,
    /// `ProblemAnalysis`
    ProblemAnalysis,
    /// `ProblemAnalysisTemplate`
    ProblemAnalysisTemplate,
    /// `Session`
    Session,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DocumentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ApplicationConfiguration => "ApplicationConfiguration",
            Self::ApplicationConfigurationSchema => "ApplicationConfigurationSchema",
            Self::Automation => "Automation",
            Self::AutomationChangeTemplate => "Automation.ChangeTemplate",
            Self::AutoApprovalPolicy => "AutoApprovalPolicy",
            Self::ChangeCalendar => "ChangeCalendar",
            Self::CloudFormation => "CloudFormation",
            Self::Command => "Command",
            Self::DeploymentStrategy => "DeploymentStrategy",
            Self::ManualApprovalPolicy => "ManualApprovalPolicy",
            Self::Package => "Package",
            Self::Policy => "Policy",
            Self::ProblemAnalysis => "ProblemAnalysis",
            Self::ProblemAnalysisTemplate => "ProblemAnalysisTemplate",
            Self::Session => "Session",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ApplicationConfiguration",
            "ApplicationConfigurationSchema",
            "Automation",
            "Automation.ChangeTemplate",
            "AutoApprovalPolicy",
            "ChangeCalendar",
            "CloudFormation",
            "Command",
            "DeploymentStrategy",
            "ManualApprovalPolicy",
            "Package",
            "Policy",
            "ProblemAnalysis",
            "ProblemAnalysisTemplate",
            "Session",
        ]
    }
}
impl ::std::convert::From<DocumentType> for ::forma_core::Value<DocumentType> {
    fn from(v: DocumentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DocumentType {}

/// The values CloudFormation documents: `Replace`, `NewVersion`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateMethod {
    /// `Replace`
    Replace,
    /// `NewVersion`
    NewVersion,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UpdateMethod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Replace => "Replace",
            Self::NewVersion => "NewVersion",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Replace", "NewVersion"]
    }
}
impl ::std::convert::From<UpdateMethod> for ::forma_core::Value<UpdateMethod> {
    fn from(v: UpdateMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UpdateMethod {}

/// The values CloudFormation documents: `SourceUrl`, `S3FileUrl`, `AttachmentReference`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Key {
    /// `SourceUrl`
    SourceUrl,
    /// `S3FileUrl`
    S3FileUrl,
    /// `AttachmentReference`
    AttachmentReference,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Key {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SourceUrl => "SourceUrl",
            Self::S3FileUrl => "S3FileUrl",
            Self::AttachmentReference => "AttachmentReference",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SourceUrl", "S3FileUrl", "AttachmentReference"]
    }
}
impl ::std::convert::From<Key> for ::forma_core::Value<Key> {
    fn from(v: Key) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Key {}

/// The `AttachmentsSource` property type of `AWS::SSM::Document`.
#[derive(Debug, Clone, PartialEq)]
pub struct AttachmentsSource {
    props: ::forma_core::schema::Props,
}
impl AttachmentsSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The key of a key-value pair that identifies the location of an attachment to a document.
    pub fn key(mut self, value: impl ::forma_core::schema::EnumArg<Key>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The name of the document attachment file.
    ///
    /// Allowed: length 1 to 128.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The value of a key-value pair that identifies the location of an attachment to a document.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AttachmentsSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AttachmentsSource> for ::forma_core::Value<AttachmentsSource> {
    fn from(v: AttachmentsSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ATTACHMENTS_SOURCE_TYPE.properties))
    }
}

/// The `DocumentRequires` property type of `AWS::SSM::Document`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentRequires {
    props: ::forma_core::schema::Props,
}
impl DocumentRequires {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the required SSM document.
    ///
    /// Allowed: length 0 to 200.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The document version required by the current document.
    ///
    /// Allowed: length 0 to 8.
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DocumentRequires {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DocumentRequires> for ::forma_core::Value<DocumentRequires> {
    fn from(v: DocumentRequires) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_REQUIRES_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::SSM::Document`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the tag.
    ///
    /// Allowed: length 1 to 128.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The value of the tag.
    ///
    /// Allowed: length 1 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::SSM::Document`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SSM::Document",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attachments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ATTACHMENTS_SOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Content",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "DocumentFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["YAML", "JSON", "TEXT"]),
        },
        ::forma_core::schema::Property {
            name: "DocumentType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ApplicationConfiguration",
                "ApplicationConfigurationSchema",
                "Automation",
                "Automation.ChangeTemplate",
                "AutoApprovalPolicy",
                "ChangeCalendar",
                "CloudFormation",
                "Command",
                "DeploymentStrategy",
                "ManualApprovalPolicy",
                "Package",
                "Policy",
                "ProblemAnalysis",
                "ProblemAnalysisTemplate",
                "Session",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-.]{3,128}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Requires",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DOCUMENT_REQUIRES_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1000) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TargetType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\/[\\w\\.\\-\\:\\/]*$"),
                min_length: Some(0),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "UpdateMethod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Replace", "NewVersion"]),
        },
        ::forma_core::schema::Property {
            name: "VersionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-.]{1,128}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};

static ATTACHMENTS_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::Document.AttachmentsSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SourceUrl", "S3FileUrl", "AttachmentReference"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100000),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
    ],
    rules: &[],
};

static DOCUMENT_REQUIRES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::Document.DocumentRequires",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-.:/]{3,200}$"),
                min_length: None,
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("([$]LATEST|[$]DEFAULT|^[1-9][0-9]*$)"),
                min_length: None,
                max_length: Some(8),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::Document.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
