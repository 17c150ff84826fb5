// @generated from AWS::Glue::DataCatalogEncryptionSettings (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Glue::DataCatalogEncryptionSettings` and its property types.

/// Resource Type definition for AWS::Glue::DataCatalogEncryptionSettings
///
/// CloudFormation type `AWS::Glue::DataCatalogEncryptionSettings`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataCatalogEncryptionSettings {
    props: ::forma_core::schema::Props,
}
impl DataCatalogEncryptionSettings {
    /// A new resource with its required properties: `CatalogId`, `DataCatalogEncryptionSettings`.
    #[track_caller]
    pub fn new(
        catalog_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        data_catalog_encryption_settings: impl ::std::convert::Into<
            ::forma_core::Value<DataCatalogEncryptionSettingsProperty>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, catalog_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, data_catalog_encryption_settings.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for DataCatalogEncryptionSettings {
    type Attributes = DataCatalogEncryptionSettingsAttributes;
    fn type_name(&self) -> &str {
        "AWS::Glue::DataCatalogEncryptionSettings"
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
/// The attributes of a `AWS::Glue::DataCatalogEncryptionSettings` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataCatalogEncryptionSettingsAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataCatalogEncryptionSettingsAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// Contains configuration information for maintaining Data Catalog security.
#[derive(Debug, Clone, PartialEq)]
pub struct DataCatalogEncryptionSettingsProperty {
    props: ::forma_core::schema::Props,
}
impl DataCatalogEncryptionSettingsProperty {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// When connection password protection is enabled, the Data Catalog uses a customer-provided key to encrypt the password as part of CreateConnection or UpdateConnection and store it in the ENCRYPTED_PASSWORD field in the connection properties.
    pub fn connection_password_encryption(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectionPasswordEncryption>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the encryption-at-rest configuration for the Data Catalog.
    pub fn encryption_at_rest(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionAtRest>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataCatalogEncryptionSettingsProperty {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataCatalogEncryptionSettingsProperty>
    for ::forma_core::Value<DataCatalogEncryptionSettingsProperty>
{
    fn from(v: DataCatalogEncryptionSettingsProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_CATALOG_ENCRYPTION_SETTINGS_PROPERTY_TYPE.properties))
    }
}

/// When connection password protection is enabled, the Data Catalog uses a customer-provided key to encrypt the password as part of CreateConnection or UpdateConnection and store it in the ENCRYPTED_PASSWORD field in the connection properties.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionPasswordEncryption {
    props: ::forma_core::schema::Props,
}
impl ConnectionPasswordEncryption {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An AWS KMS key that is used to encrypt the connection password.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// When the ReturnConnectionPasswordEncrypted flag is set to 'true', passwords remain encrypted in the responses of GetConnection and GetConnections.
    pub fn return_connection_password_encrypted(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConnectionPasswordEncryption {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConnectionPasswordEncryption> for ::forma_core::Value<ConnectionPasswordEncryption> {
    fn from(v: ConnectionPasswordEncryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTION_PASSWORD_ENCRYPTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DISABLED`, `SSE-KMS`, `SSE-KMS-WITH-SERVICE-ROLE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CatalogEncryptionMode {
    /// `DISABLED`
    Disabled,
    /// `SSE-KMS`
    SseKms,
    /// `SSE-KMS-WITH-SERVICE-ROLE`
    SseKmsWithServiceRole,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CatalogEncryptionMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::SseKms => "SSE-KMS",
            Self::SseKmsWithServiceRole => "SSE-KMS-WITH-SERVICE-ROLE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "SSE-KMS", "SSE-KMS-WITH-SERVICE-ROLE"]
    }
}
impl ::std::convert::From<CatalogEncryptionMode> for ::forma_core::Value<CatalogEncryptionMode> {
    fn from(v: CatalogEncryptionMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CatalogEncryptionMode {}

/// Specifies the encryption-at-rest configuration for the Data Catalog.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionAtRest {
    props: ::forma_core::schema::Props,
}
impl EncryptionAtRest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The encryption-at-rest mode for encrypting Data Catalog data.
    pub fn catalog_encryption_mode(mut self, value: impl ::forma_core::schema::EnumArg<CatalogEncryptionMode>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The role that AWS Glue assumes to encrypt and decrypt the Data Catalog objects on the caller's behalf.
    pub fn catalog_encryption_service_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The ID of the AWS KMS key to use for encryption at rest.
    ///
    /// Allowed: length 1 to 255.
    pub fn sse_aws_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EncryptionAtRest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EncryptionAtRest> for ::forma_core::Value<EncryptionAtRest> {
    fn from(v: EncryptionAtRest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_AT_REST_TYPE.properties))
    }
}

/// The schema of `AWS::Glue::DataCatalogEncryptionSettings`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Glue::DataCatalogEncryptionSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "DataCatalogEncryptionSettings",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_CATALOG_ENCRYPTION_SETTINGS_PROPERTY_TYPE),
        },
    ],
    rules: &[],
    attributes: &[],
};

static DATA_CATALOG_ENCRYPTION_SETTINGS_PROPERTY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Glue::DataCatalogEncryptionSettings.DataCatalogEncryptionSettings",
        properties: &[
            ::forma_core::schema::Property {
                name: "ConnectionPasswordEncryption",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONNECTION_PASSWORD_ENCRYPTION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "EncryptionAtRest",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_AT_REST_TYPE),
            },
        ],
        rules: &[],
    };

static CONNECTION_PASSWORD_ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::DataCatalogEncryptionSettings.ConnectionPasswordEncryption",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReturnConnectionPasswordEncrypted",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static ENCRYPTION_AT_REST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::DataCatalogEncryptionSettings.EncryptionAtRest",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogEncryptionMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "SSE-KMS", "SSE-KMS-WITH-SERVICE-ROLE"]),
        },
        ::forma_core::schema::Property {
            name: "CatalogEncryptionServiceRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-(cn|us-gov|iso(-[bef])?))?:iam::[0-9]{12}:role/.+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SseAwsKmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};
