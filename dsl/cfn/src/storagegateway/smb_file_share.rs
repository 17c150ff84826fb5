// @generated from AWS::StorageGateway::SMBFileShare (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::StorageGateway::SMBFileShare` and its property types.

/// Resource Type definition for AWS::StorageGateway::SMBFileShare.
///
/// CloudFormation type `AWS::StorageGateway::SMBFileShare`.
#[derive(Debug, Clone, PartialEq)]
pub struct SmbFileShare {
    props: ::forma_core::schema::Props,
}
impl SmbFileShare {
    /// A new resource with its required properties: `GatewayARN`, `LocationARN`, `Role`.
    #[track_caller]
    pub fn new(
        gateway_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        location_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(10, gateway_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(15, location_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(21, role.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Whether clients see only the files and folders they may access.
    #[track_caller]
    pub fn access_based_enumeration(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Users and groups granted administrative privileges on the SMB share.
    #[track_caller]
    pub fn admin_user_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the CloudWatch log group that receives the share's audit logs.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn audit_destination_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The authentication the SMB share uses.
    ///
    /// Allowed: length 5 to 15.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn authentication(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Region of the S3 bucket, required when the bucket is reached through a VPC endpoint.
    ///
    /// Allowed: length 1 to 25.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn bucket_region(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Refresh cache information for the file share.
    #[track_caller]
    pub fn cache_attributes(mut self, value: impl ::std::convert::Into<::forma_core::Value<CacheAttributes>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether the SMB share is case sensitive or defers to the client.
    #[track_caller]
    pub fn case_sensitivity(mut self, value: impl ::forma_core::schema::EnumArg<CaseSensitivity>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The S3 storage class for new objects.
    ///
    /// Allowed: length 5 to 50.
    #[track_caller]
    pub fn default_storage_class(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The server-side encryption the gateway applies to objects it writes.
    #[track_caller]
    pub fn encryption_type(mut self, value: impl ::forma_core::schema::EnumArg<EncryptionType>) -> Self {
        self.props.set_at(8, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the file share, which defaults to the bucket name when omitted.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn file_share_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether the gateway infers the MIME type of uploaded objects from their extension.
    #[track_caller]
    pub fn guess_mime_type_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Users and groups denied access to the SMB share.
    #[track_caller]
    pub fn invalid_user_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Deprecated by the service in favour of EncryptionType; true selects KMS encryption.
    #[track_caller]
    pub fn kms_encrypted(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The KMS key used for encryption, when EncryptionType selects KMS.
    ///
    /// Allowed: length 7 to 2048.
    #[track_caller]
    pub fn kms_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The upload-notification settling period, as a JSON document.
    ///
    /// Allowed: length 2 to 100.
    #[track_caller]
    pub fn notification_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The canned S3 ACL applied to objects the gateway writes.
    #[track_caller]
    pub fn object_acl(mut self, value: impl ::forma_core::schema::EnumArg<ObjectAcl>) -> Self {
        self.props.set_at(17, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether the SMB share grants opportunistic locks.
    #[track_caller]
    pub fn oplocks_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether clients may write to the share.
    #[track_caller]
    pub fn read_only(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether the bucket is a Requester Pays bucket.
    #[track_caller]
    pub fn requester_pays(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether the SMB share uses Windows ACLs rather than POSIX permissions.
    #[track_caller]
    pub fn smbacl_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags assigned to the file share.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(23, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The DNS name of the S3 VPC endpoint the gateway uses to reach the bucket.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_endpoint_dns_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Users and groups permitted to access the SMB share.
    #[track_caller]
    pub fn valid_user_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(25, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SmbFileShare {
    type Attributes = SmbFileShareAttributes;
    fn type_name(&self) -> &str {
        "AWS::StorageGateway::SMBFileShare"
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
/// The attributes of a `AWS::StorageGateway::SMBFileShare` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SmbFileShareAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SmbFileShareAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SmbFileShareAttributes {
    /// `Fn::GetAtt` `FileShareARN`.
    pub fn file_share_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FileShareARN")
    }
    /// `Fn::GetAtt` `FileShareId`.
    pub fn file_share_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FileShareId")
    }
    /// `Fn::GetAtt` `FileShareStatus`.
    pub fn file_share_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FileShareStatus")
    }
    /// `Fn::GetAtt` `Path`.
    pub fn path_(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Path")
    }
}

/// The values CloudFormation documents: `ClientSpecified`, `CaseSensitive`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CaseSensitivity {
    /// `ClientSpecified`
    ClientSpecified,
    /// `CaseSensitive`
    CaseSensitive,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CaseSensitivity {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ClientSpecified => "ClientSpecified",
            Self::CaseSensitive => "CaseSensitive",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ClientSpecified", "CaseSensitive"]
    }
}
impl ::std::convert::From<CaseSensitivity> for ::forma_core::Value<CaseSensitivity> {
    fn from(v: CaseSensitivity) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CaseSensitivity {}

/// The values CloudFormation documents: `SseS3`, `SseKms`, `DsseKms`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionType {
    /// `SseS3`
    SseS3,
    /// `SseKms`
    SseKms,
    /// `DsseKms`
    DsseKms,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncryptionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SseS3 => "SseS3",
            Self::SseKms => "SseKms",
            Self::DsseKms => "DsseKms",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SseS3", "SseKms", "DsseKms"]
    }
}
impl ::std::convert::From<EncryptionType> for ::forma_core::Value<EncryptionType> {
    fn from(v: EncryptionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncryptionType {}

/// The values CloudFormation documents: `private`, `public-read`, `public-read-write`, `authenticated-read`, `bucket-owner-read`, `bucket-owner-full-control`, `aws-exec-read`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ObjectAcl {
    /// `private`
    Private,
    /// `public-read`
    PublicRead,
    /// `public-read-write`
    PublicReadWrite,
    /// `authenticated-read`
    AuthenticatedRead,
    /// `bucket-owner-read`
    BucketOwnerRead,
    /// `bucket-owner-full-control`
    BucketOwnerFullControl,
    /// `aws-exec-read`
    AwsExecRead,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ObjectAcl {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Private => "private",
            Self::PublicRead => "public-read",
            Self::PublicReadWrite => "public-read-write",
            Self::AuthenticatedRead => "authenticated-read",
            Self::BucketOwnerRead => "bucket-owner-read",
            Self::BucketOwnerFullControl => "bucket-owner-full-control",
            Self::AwsExecRead => "aws-exec-read",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "private",
            "public-read",
            "public-read-write",
            "authenticated-read",
            "bucket-owner-read",
            "bucket-owner-full-control",
            "aws-exec-read",
        ]
    }
}
impl ::std::convert::From<ObjectAcl> for ::forma_core::Value<ObjectAcl> {
    fn from(v: ObjectAcl) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ObjectAcl {}

/// Refresh cache information for the file share.
#[derive(Debug, Clone, PartialEq)]
pub struct CacheAttributes {
    props: ::forma_core::schema::Props,
}
impl CacheAttributes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// How long the directory contents cached by the gateway are considered valid.
    pub fn cache_stale_timeout_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CacheAttributes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CacheAttributes> for ::forma_core::Value<CacheAttributes> {
    fn from(v: CacheAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CACHE_ATTRIBUTES_TYPE.properties))
    }
}

/// A key-value pair assigned to the file share.
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

/// The schema of `AWS::StorageGateway::SMBFileShare`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::StorageGateway::SMBFileShare",
properties: &[
::forma_core::schema::Property { name: "AccessBasedEnumeration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "AdminUserList", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(64) }), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) }) },
::forma_core::schema::Property { name: "AuditDestinationARN", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^$|^arn:[a-z0-9-]+:logs:[a-z0-9-]+:[0-9]{12}:log-group:.+$"), min_length: Some(0), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "Authentication", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(5), max_length: Some(15) }) },
::forma_core::schema::Property { name: "BucketRegion", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(25) }) },
::forma_core::schema::Property { name: "CacheAttributes", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&CACHE_ATTRIBUTES_TYPE) },
::forma_core::schema::Property { name: "CaseSensitivity", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["ClientSpecified", "CaseSensitive"]) },
::forma_core::schema::Property { name: "DefaultStorageClass", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(5), max_length: Some(50) }) },
::forma_core::schema::Property { name: "EncryptionType", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["SseS3", "SseKms", "DsseKms"]) },
::forma_core::schema::Property { name: "FileShareName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "GatewayARN", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z0-9-]+:storagegateway:[a-z0-9-]+:[0-9]{12}:gateway/.+$"), min_length: Some(50), max_length: Some(500) }) },
::forma_core::schema::Property { name: "GuessMIMETypeEnabled", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "InvalidUserList", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(64) }), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) }) },
::forma_core::schema::Property { name: "KMSEncrypted", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "KMSKey", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(^arn:(aws(|-cn|-us-gov|-iso[A-Za-z0-9_-]*|-eusc)):kms:([a-zA-Z0-9-]+):([0-9]+):(key|alias)/(\\S+)$)|(^alias/(\\S+)$)$"), min_length: Some(7), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "LocationARN", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:[a-z0-9-]+:s3:[a-z0-9-]*:[0-9]*:.+|[0-9a-zA-Z][0-9a-zA-Z.\\-]{1,61}-s3alias)$"), min_length: Some(16), max_length: Some(1400) }) },
::forma_core::schema::Property { name: "NotificationPolicy", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^\\{[\\w\\s:\\{\\}\\[\\]\\\"]*}$"), min_length: Some(2), max_length: Some(100) }) },
::forma_core::schema::Property { name: "ObjectACL", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["private", "public-read", "public-read-write", "authenticated-read", "bucket-owner-read", "bucket-owner-full-control", "aws-exec-read"]) },
::forma_core::schema::Property { name: "OplocksEnabled", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "ReadOnly", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "RequesterPays", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "Role", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws(|-cn|-us-gov|-iso[A-Za-z0-9_-]*|-eusc)):iam::([0-9]+):role/(\\S+)$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "SMBACLEnabled", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "VPCEndpointDNSName", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(([a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9\\-]*[A-Za-z0-9])$"), min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "ValidUserList", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(64) }), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) }) },
],
rules: &[],
attributes: &["FileShareARN", "FileShareId", "FileShareStatus", "Path"],
};

static CACHE_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::StorageGateway::SMBFileShare.CacheAttributes",
    properties: &[::forma_core::schema::Property {
        name: "CacheStaleTimeoutInSeconds",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::StorageGateway::SMBFileShare.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
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
