// @generated from AWS::IoTSiteWise::Workspace (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTSiteWise::Workspace` and its property types.

/// Represents an AWS IoT SiteWise workspace that provides logical isolation for tasks and pipelines.
///
/// CloudFormation type `AWS::IoTSiteWise::Workspace`.
#[derive(Debug, Clone, PartialEq)]
pub struct Workspace {
    props: ::forma_core::schema::Props,
}
impl Workspace {
    /// A new resource with its required properties: `EncryptionConfiguration`, `WorkspaceName`.
    #[track_caller]
    pub fn new(
        encryption_configuration: impl ::std::convert::Into<::forma_core::Value<EncryptionConfiguration>>,
        workspace_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, encryption_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, workspace_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ARN of the AWS KMS key used for KMS_BASED_ENCRYPTION.
    ///
    /// Allowed: length 1 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the workspace.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn workspace_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Workspace {
    type Attributes = WorkspaceAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTSiteWise::Workspace"
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
/// The attributes of a `AWS::IoTSiteWise::Workspace` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WorkspaceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WorkspaceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WorkspaceAttributes {
    /// `Fn::GetAtt` `WorkspaceArn`.
    pub fn workspace_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WorkspaceArn")
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

/// The values CloudFormation documents: `SITEWISE_DEFAULT_ENCRYPTION`, `KMS_BASED_ENCRYPTION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionType {
    /// `SITEWISE_DEFAULT_ENCRYPTION`
    SitewiseDefaultEncryption,
    /// `KMS_BASED_ENCRYPTION`
    KmsBasedEncryption,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncryptionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SitewiseDefaultEncryption => "SITEWISE_DEFAULT_ENCRYPTION",
            Self::KmsBasedEncryption => "KMS_BASED_ENCRYPTION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SITEWISE_DEFAULT_ENCRYPTION", "KMS_BASED_ENCRYPTION"]
    }
}
impl ::std::convert::From<EncryptionType> for ::forma_core::Value<EncryptionType> {
    fn from(v: EncryptionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncryptionType {}

/// The encryption configuration for the workspace.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl EncryptionConfiguration {
    /// A new value with its required properties: `EncryptionType`.
    pub fn new(encryption_type: impl ::forma_core::schema::EnumArg<EncryptionType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, encryption_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<EncryptionConfiguration> for ::forma_core::Value<EncryptionConfiguration> {
    fn from(v: EncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONFIGURATION_TYPE.properties))
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

/// The schema of `AWS::IoTSiteWise::Workspace`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTSiteWise::Workspace",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionConfiguration",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-zA-Z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/.+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "WorkspaceDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000-\\u001F\\u007F]+$"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "WorkspaceName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
    attributes: &["WorkspaceArn", "Status", "CreatedAt", "UpdatedAt"],
};

static ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Workspace.EncryptionConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "EncryptionType",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["SITEWISE_DEFAULT_ENCRYPTION", "KMS_BASED_ENCRYPTION"]),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Workspace.Tag",
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
