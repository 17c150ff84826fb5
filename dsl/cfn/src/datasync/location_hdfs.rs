// @generated from AWS::DataSync::LocationHDFS (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataSync::LocationHDFS` and its property types.

/// Resource Type definition for AWS::DataSync::LocationHDFS.
///
/// CloudFormation type `AWS::DataSync::LocationHDFS`.
#[derive(Debug, Clone, PartialEq)]
pub struct LocationHdfs {
    props: ::forma_core::schema::Props,
}
impl LocationHdfs {
    /// A new resource with its required properties: `AgentArns`, `AuthenticationType`, `NameNodes`.
    #[track_caller]
    pub fn new(
        agent_arns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        authentication_type: impl ::forma_core::schema::EnumArg<AuthenticationType>,
        name_nodes: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NameNode>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, agent_arns.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, authentication_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(9, name_nodes.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Size of chunks (blocks) in bytes that the data is divided into when stored in the HDFS cluster.
    ///
    /// Allowed: 1048576 to 1073741824.
    #[track_caller]
    pub fn block_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
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
    /// The Base64 string representation of the Keytab file.
    ///
    /// Allowed: length 0 to 87384.
    #[track_caller]
    pub fn kerberos_keytab(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The string representation of the Krb5Conf file, or the presigned URL to access the Krb5.conf file within an S3 bucket.
    ///
    /// Allowed: length 0 to 174764.
    #[track_caller]
    pub fn kerberos_krb5_conf(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The unique identity, or principal, to which Kerberos can assign tickets.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn kerberos_principal(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier for the Key Management Server where the encryption keys that encrypt data inside HDFS clusters are stored.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn kms_key_provider_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration information for RPC Protection and Data Transfer Protection.
    #[track_caller]
    pub fn qop_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<QopConfiguration>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Number of copies of each block that exists inside the HDFS cluster.
    ///
    /// Allowed: 1 to 512.
    #[track_caller]
    pub fn replication_factor(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The user name that has read and write permissions on the specified HDFS cluster.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn simple_user(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The subdirectory in HDFS that is used to read data from the HDFS source location or write data to the HDFS destination.
    ///
    /// Allowed: length 0 to 4096.
    #[track_caller]
    pub fn subdirectory(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LocationHdfs {
    type Attributes = LocationHdfsAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataSync::LocationHDFS"
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
/// The attributes of a `AWS::DataSync::LocationHDFS` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LocationHdfsAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LocationHdfsAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LocationHdfsAttributes {
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

/// The values CloudFormation documents: `SIMPLE`, `KERBEROS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthenticationType {
    /// `SIMPLE`
    Simple,
    /// `KERBEROS`
    Kerberos,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthenticationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Simple => "SIMPLE",
            Self::Kerberos => "KERBEROS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SIMPLE", "KERBEROS"]
    }
}
impl ::std::convert::From<AuthenticationType> for ::forma_core::Value<AuthenticationType> {
    fn from(v: AuthenticationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthenticationType {}

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

/// HDFS Name Node IP and port information.
#[derive(Debug, Clone, PartialEq)]
pub struct NameNode {
    props: ::forma_core::schema::Props,
}
impl NameNode {
    /// A new value with its required properties: `Hostname`, `Port`.
    pub fn new(
        hostname: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, hostname.into().into_expr());
        props.set(1, port.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<NameNode> for ::forma_core::Value<NameNode> {
    fn from(v: NameNode) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NAME_NODE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AUTHENTICATION`, `INTEGRITY`, `PRIVACY`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataTransferProtection {
    /// `AUTHENTICATION`
    Authentication,
    /// `INTEGRITY`
    Integrity,
    /// `PRIVACY`
    Privacy,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataTransferProtection {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Authentication => "AUTHENTICATION",
            Self::Integrity => "INTEGRITY",
            Self::Privacy => "PRIVACY",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUTHENTICATION", "INTEGRITY", "PRIVACY", "DISABLED"]
    }
}
impl ::std::convert::From<DataTransferProtection> for ::forma_core::Value<DataTransferProtection> {
    fn from(v: DataTransferProtection) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataTransferProtection {}

/// The values CloudFormation documents: `AUTHENTICATION`, `INTEGRITY`, `PRIVACY`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RpcProtection {
    /// `AUTHENTICATION`
    Authentication,
    /// `INTEGRITY`
    Integrity,
    /// `PRIVACY`
    Privacy,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RpcProtection {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Authentication => "AUTHENTICATION",
            Self::Integrity => "INTEGRITY",
            Self::Privacy => "PRIVACY",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUTHENTICATION", "INTEGRITY", "PRIVACY", "DISABLED"]
    }
}
impl ::std::convert::From<RpcProtection> for ::forma_core::Value<RpcProtection> {
    fn from(v: RpcProtection) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RpcProtection {}

/// Configuration information for RPC Protection and Data Transfer Protection.
#[derive(Debug, Clone, PartialEq)]
pub struct QopConfiguration {
    props: ::forma_core::schema::Props,
}
impl QopConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration for Data Transfer Protection.
    pub fn data_transfer_protection(
        mut self,
        value: impl ::forma_core::schema::EnumArg<DataTransferProtection>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Configuration for RPC Protection.
    pub fn rpc_protection(mut self, value: impl ::forma_core::schema::EnumArg<RpcProtection>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for QopConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<QopConfiguration> for ::forma_core::Value<QopConfiguration> {
    fn from(v: QopConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QOP_CONFIGURATION_TYPE.properties))
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

/// The schema of `AWS::DataSync::LocationHDFS`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::DataSync::LocationHDFS",
properties: &[
::forma_core::schema::Property { name: "AgentArns", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):datasync:[a-z\\-0-9]+:[0-9]{12}:agent/agent-[0-9a-z]{17}$"), min_length: Some(0), max_length: Some(128) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(8) }) },
::forma_core::schema::Property { name: "AuthenticationType", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["SIMPLE", "KERBEROS"]) },
::forma_core::schema::Property { name: "BlockSize", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1048576.0), maximum: Some(1073741824.0) }) },
::forma_core::schema::Property { name: "CmkSecretConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&CMK_SECRET_CONFIG_TYPE) },
::forma_core::schema::Property { name: "CustomSecretConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&CUSTOM_SECRET_CONFIG_TYPE) },
::forma_core::schema::Property { name: "KerberosKeytab", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(87384) }) },
::forma_core::schema::Property { name: "KerberosKrb5Conf", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(174764) }) },
::forma_core::schema::Property { name: "KerberosPrincipal", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^.+$"), min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "KmsKeyProviderUri", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^kms:\\/\\/http[s]?@(([a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9\\-]*[A-Za-z0-9])(;(([a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9\\-]*[A-Za-z0-9]))*:[0-9]{1,5}\\/kms$"), min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "NameNodes", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&NAME_NODE_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: None }) },
::forma_core::schema::Property { name: "QopConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&QOP_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "ReplicationFactor", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(512.0) }) },
::forma_core::schema::Property { name: "SimpleUser", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[_.A-Za-z0-9][-_.A-Za-z0-9]*$"), min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "Subdirectory", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9_\\-\\+\\./\\(\\)\\$\\p{Zs}]+$"), min_length: Some(0), max_length: Some(4096) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) }) },
],
rules: &[],
attributes: &["LocationArn", "LocationUri", "ManagedSecretConfig", "CmkSecretConfig.SecretArn"],
};

static CMK_SECRET_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::DataSync::LocationHDFS.CmkSecretConfig",
properties: &[
::forma_core::schema::Property { name: "KmsKeyArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):kms:[a-z-0-9]+:[0-9]{12}:key/.*|)$"), min_length: Some(0), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "SecretArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$"), min_length: Some(0), max_length: Some(2048) }) },
],
rules: &[],
};

static CUSTOM_SECRET_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::DataSync::LocationHDFS.CustomSecretConfig",
properties: &[
::forma_core::schema::Property { name: "SecretAccessRoleArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*|)$"), min_length: Some(0), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "SecretArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$"), min_length: Some(0), max_length: Some(2048) }) },
],
rules: &[],
};

static NAME_NODE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::LocationHDFS.NameNode",
    properties: &[
        ::forma_core::schema::Property {
            name: "Hostname",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(([a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9\\-]*[A-Za-z0-9])$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65536.0),
            }),
        },
    ],
    rules: &[],
};

static QOP_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::LocationHDFS.QopConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataTransferProtection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AUTHENTICATION", "INTEGRITY", "PRIVACY", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "RpcProtection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AUTHENTICATION", "INTEGRITY", "PRIVACY", "DISABLED"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::LocationHDFS.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s+=._:/-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s+=._:@/-]+$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
