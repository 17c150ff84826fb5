// @generated from AWS::DataSync::LocationFSxONTAP (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataSync::LocationFSxONTAP` and its property types.

/// Resource Type definition for AWS::DataSync::LocationFSxONTAP.
///
/// CloudFormation type `AWS::DataSync::LocationFSxONTAP`.
#[derive(Debug, Clone, PartialEq)]
pub struct LocationFSxOntap {
    props: ::forma_core::schema::Props,
}
impl LocationFSxOntap {
    /// A new resource with its required properties: `SecurityGroupArns`, `StorageVirtualMachineArn`.
    #[track_caller]
    pub fn new(
        security_group_arns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        storage_virtual_machine_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, security_group_arns.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, storage_virtual_machine_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Configuration settings for NFS or SMB protocol.
    #[track_caller]
    pub fn protocol(mut self, value: impl ::std::convert::Into<::forma_core::Value<Protocol>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A subdirectory in the location's path.
    ///
    /// Allowed: length 0 to 4096.
    #[track_caller]
    pub fn subdirectory(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LocationFSxOntap {
    type Attributes = LocationFSxOntapAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataSync::LocationFSxONTAP"
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
/// The attributes of a `AWS::DataSync::LocationFSxONTAP` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LocationFSxOntapAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LocationFSxOntapAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LocationFSxOntapAttributes {
    /// `Fn::GetAtt` `LocationArn`.
    pub fn location_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LocationArn")
    }
    /// `Fn::GetAtt` `LocationUri`.
    pub fn location_uri(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LocationUri")
    }
    /// `Fn::GetAtt` `FsxFilesystemArn`.
    pub fn fsx_filesystem_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FsxFilesystemArn")
    }
    /// `Fn::GetAtt` `Protocol.SMB.ManagedSecretConfig`.
    pub fn protocol_smb_managed_secret_config(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Protocol.SMB.ManagedSecretConfig")
    }
    /// `Fn::GetAtt` `Protocol.SMB.CmkSecretConfig.SecretArn`.
    pub fn protocol_smb_cmk_secret_config_secret_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Protocol.SMB.CmkSecretConfig.SecretArn")
    }
}

/// Configuration settings for NFS or SMB protocol.
#[derive(Debug, Clone, PartialEq)]
pub struct Protocol {
    props: ::forma_core::schema::Props,
}
impl Protocol {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// NFS protocol configuration for FSx ONTAP file system.
    pub fn nfs(mut self, value: impl ::std::convert::Into<::forma_core::Value<Nfs>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// SMB protocol configuration for FSx ONTAP file system.
    pub fn smb(mut self, value: impl ::std::convert::Into<::forma_core::Value<Smb>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Protocol {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROTOCOL_TYPE.properties))
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

/// NFS protocol configuration for FSx ONTAP file system.
#[derive(Debug, Clone, PartialEq)]
pub struct Nfs {
    props: ::forma_core::schema::Props,
}
impl Nfs {
    /// A new value with its required properties: `MountOptions`.
    pub fn new(mount_options: impl ::std::convert::Into<::forma_core::Value<NfsMountOptions>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, mount_options.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Nfs> for ::forma_core::Value<Nfs> {
    fn from(v: Nfs) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NFS_TYPE.properties))
    }
}

/// SMB protocol configuration for FSx ONTAP file system.
#[derive(Debug, Clone, PartialEq)]
pub struct Smb {
    props: ::forma_core::schema::Props,
}
impl Smb {
    /// A new value with its required properties: `MountOptions`, `User`.
    pub fn new(
        mount_options: impl ::std::convert::Into<::forma_core::Value<SmbMountOptions>>,
        user: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, mount_options.into().into_expr());
        props.set(6, user.into().into_expr());
        Self { props }
    }
    /// Specifies configuration information for a DataSync-managed secret, such as an authentication token or set of credentials that DataSync uses to access a specific transfer location, and a customer-managed AWS KMS key.
    pub fn cmk_secret_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<CmkSecretConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies configuration information for a customer-managed secret, such as an authentication token or set of credentials that DataSync uses to access a specific transfer location, and an IAM role that DataSync can assume and access the customer-managed secret.
    pub fn custom_secret_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomSecretConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The name of the Windows domain that the SMB server belongs to.
    ///
    /// Allowed: length 0 to 253.
    pub fn domain(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies configuration information for a DataSync-managed secret, such as an authentication token or set of credentials that DataSync uses to access a specific transfer location.
    pub fn managed_secret_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManagedSecretConfig>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The password of the user who can mount the share and has the permissions to access files and folders in the SMB share.
    ///
    /// Allowed: length 0 to 104.
    pub fn password(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Smb> for ::forma_core::Value<Smb> {
    fn from(v: Smb) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SMB_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AUTOMATIC`, `NFS3`, `NFS4_0`, `NFS4_1`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Version {
    /// `AUTOMATIC`
    Automatic,
    /// `NFS3`
    Nfs3,
    /// `NFS4_0`
    Nfs40,
    /// `NFS4_1`
    Nfs41,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Version {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Automatic => "AUTOMATIC",
            Self::Nfs3 => "NFS3",
            Self::Nfs40 => "NFS4_0",
            Self::Nfs41 => "NFS4_1",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUTOMATIC", "NFS3", "NFS4_0", "NFS4_1"]
    }
}
impl ::std::convert::From<Version> for ::forma_core::Value<Version> {
    fn from(v: Version) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Version {}

/// The NFS mount options that DataSync can use to mount your NFS share.
#[derive(Debug, Clone, PartialEq)]
pub struct NfsMountOptions {
    props: ::forma_core::schema::Props,
}
impl NfsMountOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The specific NFS version that you want DataSync to use to mount your NFS share.
    pub fn version(mut self, value: impl ::forma_core::schema::EnumArg<Version>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for NfsMountOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NfsMountOptions> for ::forma_core::Value<NfsMountOptions> {
    fn from(v: NfsMountOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NFS_MOUNT_OPTIONS_TYPE.properties))
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

/// Specifies configuration information for a DataSync-managed secret, such as an authentication token or set of credentials that DataSync uses to access a specific transfer location.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedSecretConfig {
    props: ::forma_core::schema::Props,
}
impl ManagedSecretConfig {
    /// A new value with its required properties: `SecretArn`.
    pub fn new(secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, secret_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ManagedSecretConfig> for ::forma_core::Value<ManagedSecretConfig> {
    fn from(v: ManagedSecretConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANAGED_SECRET_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AUTOMATIC`, `SMB2`, `SMB3`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmbMountOptionsVersion {
    /// `AUTOMATIC`
    Automatic,
    /// `SMB2`
    Smb2,
    /// `SMB3`
    Smb3,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SmbMountOptionsVersion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Automatic => "AUTOMATIC",
            Self::Smb2 => "SMB2",
            Self::Smb3 => "SMB3",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUTOMATIC", "SMB2", "SMB3"]
    }
}
impl ::std::convert::From<SmbMountOptionsVersion> for ::forma_core::Value<SmbMountOptionsVersion> {
    fn from(v: SmbMountOptionsVersion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SmbMountOptionsVersion {}

/// The mount options used by DataSync to access the SMB server.
#[derive(Debug, Clone, PartialEq)]
pub struct SmbMountOptions {
    props: ::forma_core::schema::Props,
}
impl SmbMountOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The specific SMB version that you want DataSync to use to mount your SMB share.
    pub fn version(mut self, value: impl ::forma_core::schema::EnumArg<SmbMountOptionsVersion>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for SmbMountOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SmbMountOptions> for ::forma_core::Value<SmbMountOptions> {
    fn from(v: SmbMountOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SMB_MOUNT_OPTIONS_TYPE.properties))
    }
}

/// The schema of `AWS::DataSync::LocationFSxONTAP`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::DataSync::LocationFSxONTAP",
properties: &[
::forma_core::schema::Property { name: "Protocol", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&PROTOCOL_TYPE) },
::forma_core::schema::Property { name: "SecurityGroupArns", required: true, create_only: true, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):ec2:[a-z\\-0-9]*:[0-9]{12}:security-group/sg-[a-f0-9]+$"), min_length: Some(0), max_length: Some(128) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) }) },
::forma_core::schema::Property { name: "StorageVirtualMachineArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):fsx:[a-z\\-0-9]+:[0-9]{12}:storage-virtual-machine/fs-[0-9a-f]+/svm-[0-9a-f]{17,}$"), min_length: Some(0), max_length: Some(162) }) },
::forma_core::schema::Property { name: "Subdirectory", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9_\\-\\+\\./\\(\\)\\$\\p{Zs}]+$"), min_length: Some(0), max_length: Some(4096) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) }) },
],
rules: &[],
attributes: &["LocationArn", "LocationUri", "FsxFilesystemArn", "Protocol.SMB.ManagedSecretConfig", "Protocol.SMB.CmkSecretConfig.SecretArn"],
};

static PROTOCOL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::LocationFSxONTAP.Protocol",
    properties: &[
        ::forma_core::schema::Property {
            name: "NFS",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NFS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SMB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SMB_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::LocationFSxONTAP.Tag",
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

static NFS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::LocationFSxONTAP.NFS",
    properties: &[::forma_core::schema::Property {
        name: "MountOptions",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&NFS_MOUNT_OPTIONS_TYPE),
    }],
    rules: &[],
};

static SMB_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::LocationFSxONTAP.SMB",
    properties: &[
        ::forma_core::schema::Property {
            name: "CmkSecretConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CMK_SECRET_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CustomSecretConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_SECRET_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Domain",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([A-Za-z0-9]+[A-Za-z0-9-.]*)*[A-Za-z0-9-]*[A-Za-z0-9]$"),
                min_length: Some(0),
                max_length: Some(253),
            }),
        },
        ::forma_core::schema::Property {
            name: "ManagedSecretConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANAGED_SECRET_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MountOptions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SMB_MOUNT_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Password",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.{0,104}$"),
                min_length: None,
                max_length: Some(104),
            }),
        },
        ::forma_core::schema::Property {
            name: "User",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\x5B\\x5D\\\\/:;|=,+*?]{1,104}$"),
                min_length: None,
                max_length: Some(104),
            }),
        },
    ],
    rules: &[],
};

static NFS_MOUNT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::LocationFSxONTAP.NfsMountOptions",
    properties: &[::forma_core::schema::Property {
        name: "Version",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["AUTOMATIC", "NFS3", "NFS4_0", "NFS4_1"]),
    }],
    rules: &[],
};

static CMK_SECRET_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::DataSync::LocationFSxONTAP.CmkSecretConfig",
properties: &[
::forma_core::schema::Property { name: "KmsKeyArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):kms:[a-z-0-9]+:[0-9]{12}:key/.*|)$"), min_length: Some(0), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "SecretArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$"), min_length: Some(0), max_length: Some(2048) }) },
],
rules: &[],
};

static CUSTOM_SECRET_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::DataSync::LocationFSxONTAP.CustomSecretConfig",
properties: &[
::forma_core::schema::Property { name: "SecretAccessRoleArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*|)$"), min_length: Some(0), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "SecretArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$"), min_length: Some(0), max_length: Some(2048) }) },
],
rules: &[],
};

static MANAGED_SECRET_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::DataSync::LocationFSxONTAP.ManagedSecretConfig",
properties: &[
::forma_core::schema::Property { name: "SecretArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$"), min_length: Some(0), max_length: Some(2048) }) },
],
rules: &[],
};

static SMB_MOUNT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::LocationFSxONTAP.SmbMountOptions",
    properties: &[::forma_core::schema::Property {
        name: "Version",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["AUTOMATIC", "SMB2", "SMB3"]),
    }],
    rules: &[],
};
