// @generated from AWS::Glue::SecurityConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Glue::SecurityConfiguration` and its property types.

/// Resource Type definition for AWS::Glue::SecurityConfiguration
///
/// CloudFormation type `AWS::Glue::SecurityConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityConfiguration {
    props: ::forma_core::schema::Props,
}
impl SecurityConfiguration {
    /// A new resource with its required properties: `EncryptionConfiguration`, `Name`.
    #[track_caller]
    pub fn new(
        encryption_configuration: impl ::std::convert::Into<::forma_core::Value<EncryptionConfiguration>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, encryption_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for SecurityConfiguration {
    type Attributes = SecurityConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Glue::SecurityConfiguration"
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
/// The attributes of a `AWS::Glue::SecurityConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SecurityConfigurationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SecurityConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The encryption configuration for the security configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl EncryptionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The encryption configuration for Amazon CloudWatch.
    pub fn cloud_watch_encryption(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchEncryption>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The encryption configuration for job bookmarks.
    pub fn job_bookmarks_encryption(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<JobBookmarksEncryption>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The encryption configuration for Amazon Simple Storage Service (Amazon S3) data.
    pub fn s3_encryptions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<S3Encryption>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EncryptionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EncryptionConfiguration> for ::forma_core::Value<EncryptionConfiguration> {
    fn from(v: EncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DISABLED`, `SSE-KMS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CloudWatchEncryptionMode {
    /// `DISABLED`
    Disabled,
    /// `SSE-KMS`
    SseKms,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CloudWatchEncryptionMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::SseKms => "SSE-KMS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "SSE-KMS"]
    }
}
impl ::std::convert::From<CloudWatchEncryptionMode> for ::forma_core::Value<CloudWatchEncryptionMode> {
    fn from(v: CloudWatchEncryptionMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CloudWatchEncryptionMode {}

/// The encryption configuration for Amazon CloudWatch.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchEncryption {
    props: ::forma_core::schema::Props,
}
impl CloudWatchEncryption {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CloudWatchEncryptionMode`.
    pub fn cloud_watch_encryption_mode(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CloudWatchEncryptionMode>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `KmsKeyArn`.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CloudWatchEncryption {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CloudWatchEncryption> for ::forma_core::Value<CloudWatchEncryption> {
    fn from(v: CloudWatchEncryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_ENCRYPTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CSE-KMS`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JobBookmarksEncryptionMode {
    /// `CSE-KMS`
    CseKms,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl JobBookmarksEncryptionMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CseKms => "CSE-KMS",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CSE-KMS", "DISABLED"]
    }
}
impl ::std::convert::From<JobBookmarksEncryptionMode> for ::forma_core::Value<JobBookmarksEncryptionMode> {
    fn from(v: JobBookmarksEncryptionMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for JobBookmarksEncryptionMode {}

/// The encryption configuration for job bookmarks.
#[derive(Debug, Clone, PartialEq)]
pub struct JobBookmarksEncryption {
    props: ::forma_core::schema::Props,
}
impl JobBookmarksEncryption {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `JobBookmarksEncryptionMode`.
    pub fn job_bookmarks_encryption_mode(
        mut self,
        value: impl ::forma_core::schema::EnumArg<JobBookmarksEncryptionMode>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `KmsKeyArn`.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for JobBookmarksEncryption {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<JobBookmarksEncryption> for ::forma_core::Value<JobBookmarksEncryption> {
    fn from(v: JobBookmarksEncryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JOB_BOOKMARKS_ENCRYPTION_TYPE.properties))
    }
}

/// Specifies how Amazon Simple Storage Service (Amazon S3) data should be encrypted.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Encryption {
    props: ::forma_core::schema::Props,
}
impl S3Encryption {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `KmsKeyArn`.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `S3EncryptionMode`.
    pub fn s3_encryption_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3Encryption {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3Encryption> for ::forma_core::Value<S3Encryption> {
    fn from(v: S3Encryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_ENCRYPTION_TYPE.properties))
    }
}

/// The schema of `AWS::Glue::SecurityConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Glue::SecurityConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};

static ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::SecurityConfiguration.EncryptionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchEncryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_ENCRYPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JobBookmarksEncryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JOB_BOOKMARKS_ENCRYPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3Encryptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&S3_ENCRYPTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static CLOUD_WATCH_ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::SecurityConfiguration.CloudWatchEncryption",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchEncryptionMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "SSE-KMS"]),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^$|arn:aws[a-z0-9-]*:kms:"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static JOB_BOOKMARKS_ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::SecurityConfiguration.JobBookmarksEncryption",
    properties: &[
        ::forma_core::schema::Property {
            name: "JobBookmarksEncryptionMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CSE-KMS", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^$|arn:aws[a-z0-9-]*:kms:"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static S3_ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::SecurityConfiguration.S3Encryption",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3EncryptionMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
