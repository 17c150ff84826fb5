// @generated from AWS::FSx::S3AccessPointAttachment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::FSx::S3AccessPointAttachment` and its property types.

/// Resource type definition for AWS::FSx::S3AccessPointAttachment
///
/// CloudFormation type `AWS::FSx::S3AccessPointAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3AccessPointAttachment {
    props: ::forma_core::schema::Props,
}
impl S3AccessPointAttachment {
    /// A new resource with its required properties: `Name`, `Type`.
    ///
    /// CloudFormation also needs exactly one of `OntapConfiguration` or `OpenZFSConfiguration`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The OntapConfiguration of the S3 access point attachment.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ontap_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3AccessPointOntapConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The OpenZFSConfiguration of the S3 access point attachment.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn open_zfs_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3AccessPointOpenZfsConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The S3 access point configuration of the S3 access point attachment.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn s3_access_point(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3AccessPoint>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for S3AccessPointAttachment {
    type Attributes = S3AccessPointAttachmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::FSx::S3AccessPointAttachment"
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
/// The attributes of a `AWS::FSx::S3AccessPointAttachment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct S3AccessPointAttachmentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for S3AccessPointAttachmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl S3AccessPointAttachmentAttributes {
    /// `Fn::GetAtt` `S3AccessPoint.ResourceARN`.
    pub fn s3_access_point_resource_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "S3AccessPoint.ResourceARN")
    }
    /// `Fn::GetAtt` `S3AccessPoint.Alias`.
    pub fn s3_access_point_alias(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "S3AccessPoint.Alias")
    }
    /// `Fn::GetAtt` `Lifecycle`.
    pub fn lifecycle(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Lifecycle")
    }
}

/// The values CloudFormation documents: `OPENZFS`, `ONTAP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `OPENZFS`
    Openzfs,
    /// `ONTAP`
    Ontap,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Openzfs => "OPENZFS",
            Self::Ontap => "ONTAP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OPENZFS", "ONTAP"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `S3AccessPointOntapConfiguration` property type of `AWS::FSx::S3AccessPointAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3AccessPointOntapConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3AccessPointOntapConfiguration {
    /// A new value with its required properties: `FileSystemIdentity`, `VolumeId`.
    pub fn new(
        file_system_identity: impl ::std::convert::Into<::forma_core::Value<OntapFileSystemIdentity>>,
        volume_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, file_system_identity.into().into_expr());
        props.set(1, volume_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3AccessPointOntapConfiguration> for ::forma_core::Value<S3AccessPointOntapConfiguration> {
    fn from(v: S3AccessPointOntapConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_ACCESS_POINT_ONTAP_CONFIGURATION_TYPE.properties))
    }
}

/// The `S3AccessPointOpenZFSConfiguration` property type of `AWS::FSx::S3AccessPointAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3AccessPointOpenZfsConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3AccessPointOpenZfsConfiguration {
    /// A new value with its required properties: `FileSystemIdentity`, `VolumeId`.
    pub fn new(
        file_system_identity: impl ::std::convert::Into<::forma_core::Value<OpenZfsFileSystemIdentity>>,
        volume_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, file_system_identity.into().into_expr());
        props.set(1, volume_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3AccessPointOpenZfsConfiguration>
    for ::forma_core::Value<S3AccessPointOpenZfsConfiguration>
{
    fn from(v: S3AccessPointOpenZfsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_ACCESS_POINT_OPEN_ZFS_CONFIGURATION_TYPE.properties))
    }
}

/// The `S3AccessPoint` property type of `AWS::FSx::S3AccessPointAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3AccessPoint {
    props: ::forma_core::schema::Props,
}
impl S3AccessPoint {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The S3 access point's alias.
    ///
    /// Allowed: length 1 to 63.
    pub fn alias(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The S3 access point's policy.
    ///
    /// Allowed: length 1 to 200000.
    pub fn policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The S3 access point's ARN.
    ///
    /// Allowed: length 8 to 1024.
    pub fn resource_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The S3 access point's virtual private cloud (VPC) configuration.
    pub fn vpc_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3AccessPointVpcConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3AccessPoint {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3AccessPoint> for ::forma_core::Value<S3AccessPoint> {
    fn from(v: S3AccessPoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_ACCESS_POINT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `UNIX`, `WINDOWS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OntapFileSystemIdentityType {
    /// `UNIX`
    Unix,
    /// `WINDOWS`
    Windows,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OntapFileSystemIdentityType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unix => "UNIX",
            Self::Windows => "WINDOWS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["UNIX", "WINDOWS"]
    }
}
impl ::std::convert::From<OntapFileSystemIdentityType> for ::forma_core::Value<OntapFileSystemIdentityType> {
    fn from(v: OntapFileSystemIdentityType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OntapFileSystemIdentityType {}

/// The `OntapFileSystemIdentity` property type of `AWS::FSx::S3AccessPointAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct OntapFileSystemIdentity {
    props: ::forma_core::schema::Props,
}
impl OntapFileSystemIdentity {
    /// A new value with its required properties: `Type`.
    ///
    /// CloudFormation also needs exactly one of `UnixUser` or `WindowsUser`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<OntapFileSystemIdentityType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into_enum_expr());
        Self { props }
    }
    /// Specifies the properties of the file system UNIX user.
    pub fn unix_user(mut self, value: impl ::std::convert::Into<::forma_core::Value<OntapUnixFileSystemUser>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies the properties of the file system Windows user.
    pub fn windows_user(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OntapWindowsFileSystemUser>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OntapFileSystemIdentity> for ::forma_core::Value<OntapFileSystemIdentity> {
    fn from(v: OntapFileSystemIdentity) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ONTAP_FILE_SYSTEM_IDENTITY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `POSIX`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OpenZfsFileSystemIdentityType {
    /// `POSIX`
    Posix,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OpenZfsFileSystemIdentityType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Posix => "POSIX",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["POSIX"]
    }
}
impl ::std::convert::From<OpenZfsFileSystemIdentityType> for ::forma_core::Value<OpenZfsFileSystemIdentityType> {
    fn from(v: OpenZfsFileSystemIdentityType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OpenZfsFileSystemIdentityType {}

/// The `OpenZFSFileSystemIdentity` property type of `AWS::FSx::S3AccessPointAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenZfsFileSystemIdentity {
    props: ::forma_core::schema::Props,
}
impl OpenZfsFileSystemIdentity {
    /// A new value with its required properties: `PosixUser`, `Type`.
    pub fn new(
        posix_user: impl ::std::convert::Into<::forma_core::Value<OpenZfsPosixFileSystemUser>>,
        type_: impl ::forma_core::schema::EnumArg<OpenZfsFileSystemIdentityType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, posix_user.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<OpenZfsFileSystemIdentity> for ::forma_core::Value<OpenZfsFileSystemIdentity> {
    fn from(v: OpenZfsFileSystemIdentity) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPEN_ZFS_FILE_SYSTEM_IDENTITY_TYPE.properties))
    }
}

/// The `S3AccessPointVpcConfiguration` property type of `AWS::FSx::S3AccessPointAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3AccessPointVpcConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3AccessPointVpcConfiguration {
    /// A new value with its required properties: `VpcId`.
    pub fn new(vpc_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, vpc_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3AccessPointVpcConfiguration> for ::forma_core::Value<S3AccessPointVpcConfiguration> {
    fn from(v: S3AccessPointVpcConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_ACCESS_POINT_VPC_CONFIGURATION_TYPE.properties))
    }
}

/// The `OntapUnixFileSystemUser` property type of `AWS::FSx::S3AccessPointAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct OntapUnixFileSystemUser {
    props: ::forma_core::schema::Props,
}
impl OntapUnixFileSystemUser {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OntapUnixFileSystemUser> for ::forma_core::Value<OntapUnixFileSystemUser> {
    fn from(v: OntapUnixFileSystemUser) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ONTAP_UNIX_FILE_SYSTEM_USER_TYPE.properties))
    }
}

/// The `OntapWindowsFileSystemUser` property type of `AWS::FSx::S3AccessPointAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct OntapWindowsFileSystemUser {
    props: ::forma_core::schema::Props,
}
impl OntapWindowsFileSystemUser {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OntapWindowsFileSystemUser> for ::forma_core::Value<OntapWindowsFileSystemUser> {
    fn from(v: OntapWindowsFileSystemUser) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ONTAP_WINDOWS_FILE_SYSTEM_USER_TYPE.properties))
    }
}

/// The `OpenZFSPosixFileSystemUser` property type of `AWS::FSx::S3AccessPointAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenZfsPosixFileSystemUser {
    props: ::forma_core::schema::Props,
}
impl OpenZfsPosixFileSystemUser {
    /// A new value with its required properties: `Gid`, `Uid`.
    pub fn new(
        gid: impl ::std::convert::Into<::forma_core::Value<f64>>,
        uid: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, gid.into().into_expr());
        props.set(2, uid.into().into_expr());
        Self { props }
    }
    /// The list of secondary GIDs for the file system user.
    pub fn secondary_gids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FileSystemGid>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OpenZfsPosixFileSystemUser> for ::forma_core::Value<OpenZfsPosixFileSystemUser> {
    fn from(v: OpenZfsPosixFileSystemUser) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPEN_ZFS_POSIX_FILE_SYSTEM_USER_TYPE.properties))
    }
}

/// The `FileSystemGID` property type of `AWS::FSx::S3AccessPointAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct FileSystemGid {
    props: ::forma_core::schema::Props,
}
impl FileSystemGid {
    /// A new value with its required properties: `Gid`.
    pub fn new(gid: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, gid.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FileSystemGid> for ::forma_core::Value<FileSystemGid> {
    fn from(v: FileSystemGid) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILE_SYSTEM_GID_TYPE.properties))
    }
}

/// The schema of `AWS::FSx::S3AccessPointAttachment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::FSx::S3AccessPointAttachment",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?=[a-z0-9])[a-z0-9-]{1,48}[a-z0-9]$"),
                min_length: Some(3),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "OntapConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&S3_ACCESS_POINT_ONTAP_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OpenZFSConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&S3_ACCESS_POINT_OPEN_ZFS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3AccessPoint",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&S3_ACCESS_POINT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["OPENZFS", "ONTAP"]),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["OntapConfiguration"], &["OpenZFSConfiguration"]])],
    attributes: &["S3AccessPoint.ResourceARN", "S3AccessPoint.Alias", "Lifecycle"],
};

static S3_ACCESS_POINT_ONTAP_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::FSx::S3AccessPointAttachment.S3AccessPointOntapConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "FileSystemIdentity",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ONTAP_FILE_SYSTEM_IDENTITY_TYPE),
            },
            ::forma_core::schema::Property {
                name: "VolumeId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(fsvol-[0-9a-f]{17,})$"),
                    min_length: Some(23),
                    max_length: Some(23),
                }),
            },
        ],
        rules: &[],
    };

static S3_ACCESS_POINT_OPEN_ZFS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::FSx::S3AccessPointAttachment.S3AccessPointOpenZFSConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "FileSystemIdentity",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&OPEN_ZFS_FILE_SYSTEM_IDENTITY_TYPE),
            },
            ::forma_core::schema::Property {
                name: "VolumeId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(fsvol-[0-9a-f]{17,})$"),
                    min_length: Some(23),
                    max_length: Some(23),
                }),
            },
        ],
        rules: &[],
    };

static S3_ACCESS_POINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::S3AccessPointAttachment.S3AccessPoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alias",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-z\\\\-]{1,63}"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "Policy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ResourceARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[^:]{1,63}:[^:]{0,63}:[^:]{0,63}:(?:|\\d{12}):[^/].{0,1023}$"),
                min_length: Some(8),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "VpcConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_ACCESS_POINT_VPC_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static ONTAP_FILE_SYSTEM_IDENTITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::S3AccessPointAttachment.OntapFileSystemIdentity",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["UNIX", "WINDOWS"]),
        },
        ::forma_core::schema::Property {
            name: "UnixUser",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ONTAP_UNIX_FILE_SYSTEM_USER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WindowsUser",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ONTAP_WINDOWS_FILE_SYSTEM_USER_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["UnixUser"], &["WindowsUser"]])],
};

static OPEN_ZFS_FILE_SYSTEM_IDENTITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::S3AccessPointAttachment.OpenZFSFileSystemIdentity",
    properties: &[
        ::forma_core::schema::Property {
            name: "PosixUser",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OPEN_ZFS_POSIX_FILE_SYSTEM_USER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["POSIX"]),
        },
    ],
    rules: &[],
};

static S3_ACCESS_POINT_VPC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::FSx::S3AccessPointAttachment.S3AccessPointVpcConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "VpcId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(vpc-[0-9a-f]{8,})$"),
                min_length: Some(12),
                max_length: Some(21),
            }),
        }],
        rules: &[],
    };

static ONTAP_UNIX_FILE_SYSTEM_USER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::S3AccessPointAttachment.OntapUnixFileSystemUser",
    properties: &[::forma_core::schema::Property {
        name: "Name",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,256}$"),
            min_length: Some(1),
            max_length: Some(256),
        }),
    }],
    rules: &[],
};

static ONTAP_WINDOWS_FILE_SYSTEM_USER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::S3AccessPointAttachment.OntapWindowsFileSystemUser",
    properties: &[::forma_core::schema::Property {
        name: "Name",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,256}$"),
            min_length: Some(1),
            max_length: Some(256),
        }),
    }],
    rules: &[],
};

static OPEN_ZFS_POSIX_FILE_SYSTEM_USER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::S3AccessPointAttachment.OpenZFSPosixFileSystemUser",
    properties: &[
        ::forma_core::schema::Property {
            name: "Gid",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(4294967295.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecondaryGids",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FILE_SYSTEM_GID_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(15) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Uid",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(4294967295.0),
            }),
        },
    ],
    rules: &[],
};

static FILE_SYSTEM_GID_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::S3AccessPointAttachment.FileSystemGID",
    properties: &[::forma_core::schema::Property {
        name: "Gid",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
            minimum: Some(0.0),
            maximum: Some(4294967295.0),
        }),
    }],
    rules: &[],
};
