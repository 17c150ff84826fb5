// @generated from AWS::S3Files::FileSystem (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::S3Files::FileSystem` and its property types.

/// Resource Type definition for AWS::S3Files::FileSystem
///
/// CloudFormation type `AWS::S3Files::FileSystem`.
#[derive(Debug, Clone, PartialEq)]
pub struct FileSystem {
    props: ::forma_core::schema::Props,
}
impl FileSystem {
    /// A new resource with its required properties: `Bucket`, `RoleArn`.
    #[track_caller]
    pub fn new(
        bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, bucket.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AcceptBucketWarning`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn accept_bucket_warning(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ClientToken`.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn client_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `KmsKeyId`.
    ///
    /// Allowed: length 0 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Prefix`.
    ///
    /// Allowed: length 0 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SynchronizationConfiguration`.
    #[track_caller]
    pub fn synchronization_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SynchronizationConfiguration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for FileSystem {
    type Attributes = FileSystemAttributes;
    fn type_name(&self) -> &str {
        "AWS::S3Files::FileSystem"
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
/// The attributes of a `AWS::S3Files::FileSystem` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FileSystemAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FileSystemAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FileSystemAttributes {
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `FileSystemArn`.
    pub fn file_system_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FileSystemArn")
    }
    /// `Fn::GetAtt` `FileSystemId`.
    pub fn file_system_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FileSystemId")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time_(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StatusMessage`.
    pub fn status_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusMessage")
    }
    /// `Fn::GetAtt` `OwnerId`.
    pub fn owner_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OwnerId")
    }
    /// `Fn::GetAtt` `SynchronizationConfiguration.LatestVersionNumber`.
    pub fn synchronization_configuration_latest_version_number(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "SynchronizationConfiguration.LatestVersionNumber")
    }
}

/// The `SynchronizationConfiguration` property type of `AWS::S3Files::FileSystem`.
#[derive(Debug, Clone, PartialEq)]
pub struct SynchronizationConfiguration {
    props: ::forma_core::schema::Props,
}
impl SynchronizationConfiguration {
    /// A new value with its required properties: `ExpirationDataRules`, `ImportDataRules`.
    pub fn new(
        expiration_data_rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ExpirationDataRule>>>,
        import_data_rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ImportDataRule>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, expiration_data_rules.into().into_expr());
        props.set(1, import_data_rules.into().into_expr());
        Self { props }
    }
    /// `LatestVersionNumber`.
    pub fn latest_version_number(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SynchronizationConfiguration> for ::forma_core::Value<SynchronizationConfiguration> {
    fn from(v: SynchronizationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SYNCHRONIZATION_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::S3Files::FileSystem`.
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

/// The `ExpirationDataRule` property type of `AWS::S3Files::FileSystem`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpirationDataRule {
    props: ::forma_core::schema::Props,
}
impl ExpirationDataRule {
    /// A new value with its required properties: `DaysAfterLastAccess`.
    pub fn new(days_after_last_access: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, days_after_last_access.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ExpirationDataRule> for ::forma_core::Value<ExpirationDataRule> {
    fn from(v: ExpirationDataRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPIRATION_DATA_RULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ON_DIRECTORY_FIRST_ACCESS`, `ON_FILE_ACCESS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Trigger {
    /// `ON_DIRECTORY_FIRST_ACCESS`
    OnDirectoryFirstAccess,
    /// `ON_FILE_ACCESS`
    OnFileAccess,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Trigger {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnDirectoryFirstAccess => "ON_DIRECTORY_FIRST_ACCESS",
            Self::OnFileAccess => "ON_FILE_ACCESS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ON_DIRECTORY_FIRST_ACCESS", "ON_FILE_ACCESS"]
    }
}
impl ::std::convert::From<Trigger> for ::forma_core::Value<Trigger> {
    fn from(v: Trigger) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Trigger {}

/// The `ImportDataRule` property type of `AWS::S3Files::FileSystem`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportDataRule {
    props: ::forma_core::schema::Props,
}
impl ImportDataRule {
    /// A new value with its required properties: `Prefix`, `SizeLessThan`, `Trigger`.
    pub fn new(
        prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        size_less_than: impl ::std::convert::Into<::forma_core::Value<i64>>,
        trigger: impl ::forma_core::schema::EnumArg<Trigger>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, prefix.into().into_expr());
        props.set(1, size_less_than.into().into_expr());
        props.set(2, trigger.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ImportDataRule> for ::forma_core::Value<ImportDataRule> {
    fn from(v: ImportDataRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMPORT_DATA_RULE_TYPE.properties))
    }
}

/// The schema of `AWS::S3Files::FileSystem`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::S3Files::FileSystem",
properties: &[
::forma_core::schema::Property { name: "AcceptBucketWarning", required: false, create_only: true, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "Bucket", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:aws[a-zA-Z0-9-]*:s3:::.+)$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "ClientToken", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(.+)$"), min_length: Some(1), max_length: Some(64) }) },
::forma_core::schema::Property { name: "KmsKeyId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32}|alias/[a-zA-Z0-9/_-]+|(arn:aws[-a-z]*:kms:[a-z0-9-]+:\\d{12}:((key/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})|(key/mrk-[0-9a-f]{32})|(alias/[a-zA-Z0-9/_-]+))))$"), min_length: None, max_length: Some(2048) }) },
::forma_core::schema::Property { name: "Prefix", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(|.*/)$"), min_length: None, max_length: Some(1024) }) },
::forma_core::schema::Property { name: "RoleArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"), min_length: None, max_length: Some(2048) }) },
::forma_core::schema::Property { name: "SynchronizationConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&SYNCHRONIZATION_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) }) },
],
rules: &[],
attributes: &["CreationTime", "FileSystemArn", "FileSystemId", "CreationTime", "Status", "StatusMessage", "OwnerId", "SynchronizationConfiguration.LatestVersionNumber"],
};

static SYNCHRONIZATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Files::FileSystem.SynchronizationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExpirationDataRules",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EXPIRATION_DATA_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ImportDataRules",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IMPORT_DATA_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LatestVersionNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Files::FileSystem.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+)$"),
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
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static EXPIRATION_DATA_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Files::FileSystem.ExpirationDataRule",
    properties: &[::forma_core::schema::Property {
        name: "DaysAfterLastAccess",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: Some(365.0),
        }),
    }],
    rules: &[],
};

static IMPORT_DATA_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Files::FileSystem.ImportDataRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Prefix",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(|.*/)$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "SizeLessThan",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(52673613135872.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Trigger",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ON_DIRECTORY_FIRST_ACCESS", "ON_FILE_ACCESS"]),
        },
    ],
    rules: &[],
};
