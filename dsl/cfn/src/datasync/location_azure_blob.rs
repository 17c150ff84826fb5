// @generated from AWS::DataSync::LocationAzureBlob (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataSync::LocationAzureBlob` and its property types.

/// Resource Type definition for AWS::DataSync::LocationAzureBlob.
///
/// CloudFormation type `AWS::DataSync::LocationAzureBlob`.
#[derive(Debug, Clone, PartialEq)]
pub struct LocationAzureBlob {
    props: ::forma_core::schema::Props,
}
impl LocationAzureBlob {
    /// A new resource with its required properties: `AzureBlobAuthenticationType`.
    #[track_caller]
    pub fn new(
        azure_blob_authentication_type: impl ::forma_core::schema::EnumArg<AzureBlobAuthenticationType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, azure_blob_authentication_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Specifies the Amazon Resource Name (ARN) of the DataSync agent that can connect with your Azure Blob Storage container.
    #[track_caller]
    pub fn agent_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies an access tier for the objects you're transferring into your Azure Blob Storage container.
    #[track_caller]
    pub fn azure_access_tier(mut self, value: impl ::forma_core::schema::EnumArg<AzureAccessTier>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The URL of the Azure Blob container that was described.
    ///
    /// Allowed: length 0 to 325.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn azure_blob_container_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the shared access signature (SAS) that DataSync uses to access your Azure Blob Storage container.
    #[track_caller]
    pub fn azure_blob_sas_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AzureBlobSasConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies a blob type for the objects you're transferring into your Azure Blob Storage container.
    #[track_caller]
    pub fn azure_blob_type(mut self, value: impl ::forma_core::schema::EnumArg<AzureBlobType>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies configuration information for a DataSync-managed secret, such as an authentication token or set of credentials that DataSync uses to access a specific transfer location, and a customer-managed AWS KMS key.
    #[track_caller]
    pub fn cmk_secret_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<CmkSecretConfig>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies configuration information for a customer-managed secret, such as an authentication token or set of credentials that DataSync uses to access a specific transfer location, and an IAM role that DataSync can assume and access the customer-managed secret.
    #[track_caller]
    pub fn custom_secret_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomSecretConfig>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the identity federation configuration that DataSync uses to access your Azure Blob Storage container using an OpenID Connect (OIDC) token.
    #[track_caller]
    pub fn federated_identity(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AzureFederatedIdentityConfig>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The subdirectory in the Azure Blob Container that is used to read data from the Azure Blob Source Location.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn subdirectory(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LocationAzureBlob {
    type Attributes = LocationAzureBlobAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataSync::LocationAzureBlob"
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
/// The attributes of a `AWS::DataSync::LocationAzureBlob` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LocationAzureBlobAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LocationAzureBlobAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LocationAzureBlobAttributes {
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

/// The values CloudFormation documents: `HOT`, `COOL`, `ARCHIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AzureAccessTier {
    /// `HOT`
    Hot,
    /// `COOL`
    Cool,
    /// `ARCHIVE`
    Archive,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AzureAccessTier {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hot => "HOT",
            Self::Cool => "COOL",
            Self::Archive => "ARCHIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HOT", "COOL", "ARCHIVE"]
    }
}
impl ::std::convert::From<AzureAccessTier> for ::forma_core::Value<AzureAccessTier> {
    fn from(v: AzureAccessTier) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AzureAccessTier {}

/// The values CloudFormation documents: `SAS`, `NONE`, `OIDC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AzureBlobAuthenticationType {
    /// `SAS`
    Sas,
    /// `NONE`
    None,
    /// `OIDC`
    Oidc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AzureBlobAuthenticationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sas => "SAS",
            Self::None => "NONE",
            Self::Oidc => "OIDC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SAS", "NONE", "OIDC"]
    }
}
impl ::std::convert::From<AzureBlobAuthenticationType> for ::forma_core::Value<AzureBlobAuthenticationType> {
    fn from(v: AzureBlobAuthenticationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AzureBlobAuthenticationType {}

/// The values CloudFormation documents: `BLOCK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AzureBlobType {
    /// `BLOCK`
    Block,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AzureBlobType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Block => "BLOCK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BLOCK"]
    }
}
impl ::std::convert::From<AzureBlobType> for ::forma_core::Value<AzureBlobType> {
    fn from(v: AzureBlobType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AzureBlobType {}

/// Specifies the shared access signature (SAS) that DataSync uses to access your Azure Blob Storage container.
#[derive(Debug, Clone, PartialEq)]
pub struct AzureBlobSasConfiguration {
    props: ::forma_core::schema::Props,
}
impl AzureBlobSasConfiguration {
    /// A new value with its required properties: `AzureBlobSasToken`.
    pub fn new(azure_blob_sas_token: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, azure_blob_sas_token.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AzureBlobSasConfiguration> for ::forma_core::Value<AzureBlobSasConfiguration> {
    fn from(v: AzureBlobSasConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AZURE_BLOB_SAS_CONFIGURATION_TYPE.properties))
    }
}

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

/// Specifies the identity federation configuration that DataSync uses to access your Azure Blob Storage container using an OpenID Connect (OIDC) token.
#[derive(Debug, Clone, PartialEq)]
pub struct AzureFederatedIdentityConfig {
    props: ::forma_core::schema::Props,
}
impl AzureFederatedIdentityConfig {
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
    /// Specifies the Microsoft Entra (Azure AD) identity that DataSync federates with to obtain an access token for your Azure Blob Storage container.
    pub fn azure_oidc(mut self, value: impl ::std::convert::Into<::forma_core::Value<AzureOidcConfig>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AzureFederatedIdentityConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AzureFederatedIdentityConfig> for ::forma_core::Value<AzureFederatedIdentityConfig> {
    fn from(v: AzureFederatedIdentityConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AZURE_FEDERATED_IDENTITY_CONFIG_TYPE.properties))
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

/// Specifies the Microsoft Entra (Azure AD) identity that DataSync federates with to obtain an access token for your Azure Blob Storage container.
#[derive(Debug, Clone, PartialEq)]
pub struct AzureOidcConfig {
    props: ::forma_core::schema::Props,
}
impl AzureOidcConfig {
    /// A new value with its required properties: `ClientId`, `TenantId`.
    pub fn new(
        client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        tenant_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, client_id.into().into_expr());
        props.set(1, tenant_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AzureOidcConfig> for ::forma_core::Value<AzureOidcConfig> {
    fn from(v: AzureOidcConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AZURE_OIDC_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::DataSync::LocationAzureBlob`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::DataSync::LocationAzureBlob",
properties: &[
::forma_core::schema::Property { name: "AgentArns", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):datasync:[a-z\\-0-9]+:[0-9]{12}:agent/agent-[0-9a-z]{17}$"), min_length: Some(0), max_length: Some(128) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(8) }) },
::forma_core::schema::Property { name: "AzureAccessTier", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["HOT", "COOL", "ARCHIVE"]) },
::forma_core::schema::Property { name: "AzureBlobAuthenticationType", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["SAS", "NONE", "OIDC"]) },
::forma_core::schema::Property { name: "AzureBlobContainerUrl", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^https://[A-Za-z0-9]((.|-+)?[A-Za-z0-9]){0,252}/[a-z0-9](-?[a-z0-9]){2,62}$"), min_length: None, max_length: Some(325) }) },
::forma_core::schema::Property { name: "AzureBlobSasConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&AZURE_BLOB_SAS_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "AzureBlobType", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["BLOCK"]) },
::forma_core::schema::Property { name: "CmkSecretConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&CMK_SECRET_CONFIG_TYPE) },
::forma_core::schema::Property { name: "CustomSecretConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&CUSTOM_SECRET_CONFIG_TYPE) },
::forma_core::schema::Property { name: "FederatedIdentity", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&AZURE_FEDERATED_IDENTITY_CONFIG_TYPE) },
::forma_core::schema::Property { name: "Subdirectory", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}\\p{C}]*$"), min_length: Some(0), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) }) },
],
rules: &[],
attributes: &["LocationArn", "LocationUri", "ManagedSecretConfig", "CmkSecretConfig.SecretArn"],
};

static AZURE_BLOB_SAS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::LocationAzureBlob.AzureBlobSasConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AzureBlobSasToken",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("(^.+$)"),
            min_length: Some(1),
            max_length: Some(255),
        }),
    }],
    rules: &[],
};

static CMK_SECRET_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::DataSync::LocationAzureBlob.CmkSecretConfig",
properties: &[
::forma_core::schema::Property { name: "KmsKeyArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):kms:[a-z-0-9]+:[0-9]{12}:key/.*|)$"), min_length: Some(0), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "SecretArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$"), min_length: Some(0), max_length: Some(2048) }) },
],
rules: &[],
};

static CUSTOM_SECRET_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::DataSync::LocationAzureBlob.CustomSecretConfig",
properties: &[
::forma_core::schema::Property { name: "SecretAccessRoleArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*|)$"), min_length: Some(0), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "SecretArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$"), min_length: Some(0), max_length: Some(2048) }) },
],
rules: &[],
};

static AZURE_FEDERATED_IDENTITY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::LocationAzureBlob.AzureFederatedIdentityConfig",
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
            name: "AzureOidc",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AZURE_OIDC_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::LocationAzureBlob.Tag",
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

static AZURE_OIDC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::LocationAzureBlob.AzureOidcConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClientId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "TenantId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
    ],
    rules: &[],
};
