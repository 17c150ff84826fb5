// @generated from AWS::DataSync::LocationObjectStorage (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataSync::LocationObjectStorage` and its property types.

/// Resource Type definition for AWS::DataSync::LocationObjectStorage.
///
/// CloudFormation type `AWS::DataSync::LocationObjectStorage`.
#[derive(Debug, Clone, PartialEq)]
pub struct LocationObjectStorage {
    props: ::forma_core::schema::Props,
}
impl LocationObjectStorage {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Optional.
    ///
    /// Allowed: length 1 to 200.
    #[track_caller]
    pub fn access_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the Amazon Resource Names (ARNs) of the DataSync agents that can connect with your object storage system.
    #[track_caller]
    pub fn agent_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the bucket on the self-managed object storage server.
    ///
    /// Allowed: length 3 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn bucket_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies configuration information for a DataSync-managed secret, such as an authentication token or set of credentials that DataSync uses to access a specific transfer location, and a customer-managed AWS KMS key.
    #[track_caller]
    pub fn cmk_secret_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<CmkSecretConfig>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies configuration information for a customer-managed secret, such as an authentication token or set of credentials that DataSync uses to access a specific transfer location, and an IAM role that DataSync can assume and access the customer-managed secret.
    #[track_caller]
    pub fn custom_secret_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomSecretConfig>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the identity federation configuration that DataSync uses to access your object storage location using an OpenID Connect (OIDC) token.
    #[track_caller]
    pub fn federated_identity(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ObjectStorageFederatedIdentityConfig>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Optional.
    ///
    /// Allowed: length 8 to 200.
    #[track_caller]
    pub fn secret_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// X.509 PEM content containing a certificate authority or chain to trust.
    ///
    /// Allowed: length 0 to 32768.
    #[track_caller]
    pub fn server_certificate(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the self-managed object storage server.
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn server_hostname(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The port that your self-managed server accepts inbound network traffic on.
    ///
    /// Allowed: 1 to 65536.
    #[track_caller]
    pub fn server_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The protocol that the object storage server uses to communicate.
    #[track_caller]
    pub fn server_protocol(mut self, value: impl ::forma_core::schema::EnumArg<ServerProtocol>) -> Self {
        self.props.set_at(10, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The subdirectory in the self-managed object storage server that is used to read data from.
    ///
    /// Allowed: length 0 to 4096.
    #[track_caller]
    pub fn subdirectory(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for LocationObjectStorage {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for LocationObjectStorage {
    type Attributes = LocationObjectStorageAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataSync::LocationObjectStorage"
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
/// The attributes of a `AWS::DataSync::LocationObjectStorage` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LocationObjectStorageAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LocationObjectStorageAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LocationObjectStorageAttributes {
    /// `Fn::GetAtt` `LocationArn`.
    pub fn location_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LocationArn")
    }
    /// `Fn::GetAtt` `LocationUri`.
    pub fn location_uri(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LocationUri")
    }
    /// `Fn::GetAtt` `ManagedSecretConfig`.
    pub fn managed_secret_config(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ManagedSecretConfig")
    }
    /// `Fn::GetAtt` `CmkSecretConfig.SecretArn`.
    pub fn cmk_secret_config_secret_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CmkSecretConfig.SecretArn")
    }
}

/// The values CloudFormation documents: `HTTPS`, `HTTP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ServerProtocol {
    /// `HTTPS`
    Https,
    /// `HTTP`
    Http,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ServerProtocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Https => "HTTPS",
            Self::Http => "HTTP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HTTPS", "HTTP"]
    }
}
impl ::std::convert::From<ServerProtocol> for ::forma_core::Value<ServerProtocol> {
    fn from(v: ServerProtocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ServerProtocol {}

/// Specifies configuration information for a DataSync-managed secret, such as an authentication token or set of credentials that DataSync uses to access a specific transfer location, and a customer-managed AWS KMS key.
#[derive(Debug, Clone, PartialEq)]
pub struct CmkSecretConfig {
    props: ::forma_core::schema::Props,
}
impl CmkSecretConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the ARN for the customer-managed AWS KMS key used to encrypt the secret specified for SecretArn.
    ///
    /// Allowed: length 0 to 2048.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the ARN for an AWS Secrets Manager secret, managed by DataSync.
    ///
    /// Allowed: length 0 to 2048.
    pub fn secret_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CmkSecretConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CmkSecretConfig> for ::forma_core::Value<CmkSecretConfig> {
    fn from(v: CmkSecretConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CMK_SECRET_CONFIG_TYPE.properties))
    }
}

/// Specifies configuration information for a customer-managed secret, such as an authentication token or set of credentials that DataSync uses to access a specific transfer location, and an IAM role that DataSync can assume and access the customer-managed secret.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomSecretConfig {
    props: ::forma_core::schema::Props,
}
impl CustomSecretConfig {
    /// A new value with its required properties: `SecretAccessRoleArn`, `SecretArn`.
    pub fn new(
        secret_access_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, secret_access_role_arn.into().into_expr());
        props.set(1, secret_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomSecretConfig> for ::forma_core::Value<CustomSecretConfig> {
    fn from(v: CustomSecretConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_SECRET_CONFIG_TYPE.properties))
    }
}

/// Specifies the identity federation configuration that DataSync uses to access your object storage location using an OpenID Connect (OIDC) token.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectStorageFederatedIdentityConfig {
    props: ::forma_core::schema::Props,
}
impl ObjectStorageFederatedIdentityConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the ARN of the AWS Identity and Access Management (IAM) role that DataSync assumes to mint the OIDC token used to authenticate with the identity provider.
    ///
    /// Allowed: length 0 to 2048.
    pub fn aws_iam_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the external (non-AWS) identity provider that DataSync federates with to access your object storage location.
    pub fn external_identity(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ObjectStorageExternalIdentityConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ObjectStorageFederatedIdentityConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ObjectStorageFederatedIdentityConfig>
    for ::forma_core::Value<ObjectStorageFederatedIdentityConfig>
{
    fn from(v: ObjectStorageFederatedIdentityConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OBJECT_STORAGE_FEDERATED_IDENTITY_CONFIG_TYPE.properties))
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

/// Specifies the external (non-AWS) identity provider that DataSync federates with to access your object storage location.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectStorageExternalIdentityConfig {
    props: ::forma_core::schema::Props,
}
impl ObjectStorageExternalIdentityConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the Google Cloud workload identity federation configuration that DataSync uses to obtain an access token for your Google Cloud Storage bucket.
    pub fn google_oidc(mut self, value: impl ::std::convert::Into<::forma_core::Value<GoogleOidcConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ObjectStorageExternalIdentityConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ObjectStorageExternalIdentityConfig>
    for ::forma_core::Value<ObjectStorageExternalIdentityConfig>
{
    fn from(v: ObjectStorageExternalIdentityConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OBJECT_STORAGE_EXTERNAL_IDENTITY_CONFIG_TYPE.properties))
    }
}

/// Specifies the Google Cloud workload identity federation configuration that DataSync uses to obtain an access token for your Google Cloud Storage bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct GoogleOidcConfig {
    props: ::forma_core::schema::Props,
}
impl GoogleOidcConfig {
    /// A new value with its required properties: `IdentityPoolName`, `IdentityProviderName`, `ProjectName`, `ProjectNumber`.
    pub fn new(
        identity_pool_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        identity_provider_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        project_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        project_number: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, identity_pool_name.into().into_expr());
        props.set(1, identity_provider_name.into().into_expr());
        props.set(2, project_name.into().into_expr());
        props.set(3, project_number.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GoogleOidcConfig> for ::forma_core::Value<GoogleOidcConfig> {
    fn from(v: GoogleOidcConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GOOGLE_OIDC_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::DataSync::LocationObjectStorage`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::DataSync::LocationObjectStorage",
properties: &[
::forma_core::schema::Property { name: "AccessKey", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^.+$"), min_length: Some(1), max_length: Some(200) }) },
::forma_core::schema::Property { name: "AgentArns", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):datasync:[a-z\\-0-9]+:[0-9]{12}:agent/agent-[0-9a-z]{17}$"), min_length: Some(0), max_length: Some(128) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(8) }) },
::forma_core::schema::Property { name: "BucketName", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9_\\-\\+\\./\\(\\)\\$\\p{Zs}]+$"), min_length: Some(3), max_length: Some(63) }) },
::forma_core::schema::Property { name: "CmkSecretConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&CMK_SECRET_CONFIG_TYPE) },
::forma_core::schema::Property { name: "CustomSecretConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&CUSTOM_SECRET_CONFIG_TYPE) },
::forma_core::schema::Property { name: "FederatedIdentity", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&OBJECT_STORAGE_FEDERATED_IDENTITY_CONFIG_TYPE) },
::forma_core::schema::Property { name: "SecretKey", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^.+$"), min_length: Some(8), max_length: Some(200) }) },
::forma_core::schema::Property { name: "ServerCertificate", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(32768) }) },
::forma_core::schema::Property { name: "ServerHostname", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(([a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9\\-]*[A-Za-z0-9])$"), min_length: Some(0), max_length: Some(255) }) },
::forma_core::schema::Property { name: "ServerPort", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(65536.0) }) },
::forma_core::schema::Property { name: "ServerProtocol", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["HTTPS", "HTTP"]) },
::forma_core::schema::Property { name: "Subdirectory", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9_\\-\\+\\./\\(\\)\\p{Zs}]*$"), min_length: Some(0), max_length: Some(4096) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) }) },
],
rules: &[],
attributes: &["LocationArn", "LocationUri", "ManagedSecretConfig", "CmkSecretConfig.SecretArn"],
};

static CMK_SECRET_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::DataSync::LocationObjectStorage.CmkSecretConfig",
properties: &[
::forma_core::schema::Property { name: "KmsKeyArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):kms:[a-z-0-9]+:[0-9]{12}:key/.*|)$"), min_length: Some(0), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "SecretArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$"), min_length: Some(0), max_length: Some(2048) }) },
],
rules: &[],
};

static CUSTOM_SECRET_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::DataSync::LocationObjectStorage.CustomSecretConfig",
properties: &[
::forma_core::schema::Property { name: "SecretAccessRoleArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*|)$"), min_length: Some(0), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "SecretArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$"), min_length: Some(0), max_length: Some(2048) }) },
],
rules: &[],
};

static OBJECT_STORAGE_FEDERATED_IDENTITY_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DataSync::LocationObjectStorage.ObjectStorageFederatedIdentityConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "AwsIamRole",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*|)$"),
                    min_length: None,
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "ExternalIdentity",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&OBJECT_STORAGE_EXTERNAL_IDENTITY_CONFIG_TYPE),
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::LocationObjectStorage.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s+=._:/-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s+=._:@/-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static OBJECT_STORAGE_EXTERNAL_IDENTITY_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DataSync::LocationObjectStorage.ObjectStorageExternalIdentityConfig",
        properties: &[::forma_core::schema::Property {
            name: "GoogleOidc",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GOOGLE_OIDC_CONFIG_TYPE),
        }],
        rules: &[],
    };

static GOOGLE_OIDC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::LocationObjectStorage.GoogleOidcConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "IdentityPoolName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!gcp-)[a-z][a-z0-9-]{2,30}[a-z0-9]$"),
                min_length: Some(4),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "IdentityProviderName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!gcp-)[a-z][a-z0-9-]{2,30}[a-z0-9]$"),
                min_length: Some(4),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProjectName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z][a-z0-9-]{4,28}[a-z0-9]$"),
                min_length: Some(6),
                max_length: Some(30),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProjectNumber",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]+$"),
                min_length: Some(1),
                max_length: Some(20),
            }),
        },
    ],
    rules: &[],
};
