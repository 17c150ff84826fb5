// @generated from AWS::FSx::StorageVirtualMachine (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::FSx::StorageVirtualMachine` and its property types.

/// Resource Type definition for AWS::FSx::StorageVirtualMachine
///
/// CloudFormation type `AWS::FSx::StorageVirtualMachine`.
#[derive(Debug, Clone, PartialEq)]
pub struct StorageVirtualMachine {
    props: ::forma_core::schema::Props,
}
impl StorageVirtualMachine {
    /// A new resource with its required properties: `FileSystemId`, `Name`.
    #[track_caller]
    pub fn new(
        file_system_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, file_system_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Describes the Microsoft Active Directory configuration to which the SVM is joined, if applicable.
    #[track_caller]
    pub fn active_directory_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ActiveDirectoryConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The security style of the root volume of the SVM.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn root_volume_security_style(
        mut self,
        value: impl ::forma_core::schema::EnumArg<RootVolumeSecurityStyle>,
    ) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the password to use when logging on to the SVM using a secure shell (SSH) connection to the SVM's management endpoint.
    ///
    /// Allowed: length 8 to 50.
    #[track_caller]
    pub fn svm_admin_password(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of Tag values, with a maximum of 50 elements.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for StorageVirtualMachine {
    type Attributes = StorageVirtualMachineAttributes;
    fn type_name(&self) -> &str {
        "AWS::FSx::StorageVirtualMachine"
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
/// The attributes of a `AWS::FSx::StorageVirtualMachine` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StorageVirtualMachineAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StorageVirtualMachineAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl StorageVirtualMachineAttributes {
    /// `Fn::GetAtt` `StorageVirtualMachineId`.
    pub fn storage_virtual_machine_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StorageVirtualMachineId")
    }
    /// `Fn::GetAtt` `ResourceARN`.
    pub fn resource_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceARN")
    }
    /// `Fn::GetAtt` `UUID`.
    pub fn uuid(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UUID")
    }
}

/// The values CloudFormation documents: `MIXED`, `NTFS`, `UNIX`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RootVolumeSecurityStyle {
    /// `MIXED`
    Mixed,
    /// `NTFS`
    Ntfs,
    /// `UNIX`
    Unix,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RootVolumeSecurityStyle {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mixed => "MIXED",
            Self::Ntfs => "NTFS",
            Self::Unix => "UNIX",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MIXED", "NTFS", "UNIX"]
    }
}
impl ::std::convert::From<RootVolumeSecurityStyle> for ::forma_core::Value<RootVolumeSecurityStyle> {
    fn from(v: RootVolumeSecurityStyle) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RootVolumeSecurityStyle {}

/// Describes the self-managed Microsoft Active Directory to which you want to join the SVM.
#[derive(Debug, Clone, PartialEq)]
pub struct ActiveDirectoryConfiguration {
    props: ::forma_core::schema::Props,
}
impl ActiveDirectoryConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The NetBIOS name of the Active Directory computer object that will be created for your SVM.
    ///
    /// Allowed: length 1 to 15.
    pub fn net_bios_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The configuration that Amazon FSx uses to join the ONTAP storage virtual machine (SVM) to your self-managed (including on-premises) Microsoft Active Directory directory.
    pub fn self_managed_active_directory_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SelfManagedActiveDirectoryConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ActiveDirectoryConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ActiveDirectoryConfiguration> for ::forma_core::Value<ActiveDirectoryConfiguration> {
    fn from(v: ActiveDirectoryConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTIVE_DIRECTORY_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::FSx::StorageVirtualMachine`.
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

/// The `SelfManagedActiveDirectoryConfiguration` property type of `AWS::FSx::StorageVirtualMachine`.
#[derive(Debug, Clone, PartialEq)]
pub struct SelfManagedActiveDirectoryConfiguration {
    props: ::forma_core::schema::Props,
}
impl SelfManagedActiveDirectoryConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of IP addresses of DNS servers or domain controllers in the self-managed AD directory.
    pub fn dns_ips(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the AWS Secrets Manager secret containing the self-managed Active Directory domain join service account credentials.
    ///
    /// Allowed: length 64 to 1024.
    pub fn domain_join_service_account_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The fully qualified domain name of the self-managed AD directory, such as corp.example.com.
    ///
    /// Allowed: length 1 to 255.
    pub fn domain_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The name of the domain group whose members are granted administrative privileges for the file system.
    ///
    /// Allowed: length 1 to 256.
    pub fn file_system_administrators_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The fully qualified distinguished name of the organizational unit within your self-managed AD directory.
    ///
    /// Allowed: length 1 to 2000.
    pub fn organizational_unit_distinguished_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The password for the service account on your self-managed AD domain that Amazon FSx will use to join to your AD domain.
    ///
    /// Allowed: length 1 to 256.
    pub fn password(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The user name for the service account on your self-managed AD domain that Amazon FSx will use to join to your AD domain.
    ///
    /// Allowed: length 1 to 256.
    pub fn user_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SelfManagedActiveDirectoryConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SelfManagedActiveDirectoryConfiguration>
    for ::forma_core::Value<SelfManagedActiveDirectoryConfiguration>
{
    fn from(v: SelfManagedActiveDirectoryConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SELF_MANAGED_ACTIVE_DIRECTORY_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::FSx::StorageVirtualMachine`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::FSx::StorageVirtualMachine",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActiveDirectoryConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACTIVE_DIRECTORY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FileSystemId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(fs-[0-9a-f]{8,})$"),
                min_length: Some(11),
                max_length: Some(21),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,47}$"),
                min_length: Some(1),
                max_length: Some(47),
            }),
        },
        ::forma_core::schema::Property {
            name: "RootVolumeSecurityStyle",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["MIXED", "NTFS", "UNIX"]),
        },
        ::forma_core::schema::Property {
            name: "SvmAdminPassword",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{8,50}$"),
                min_length: Some(8),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["StorageVirtualMachineId", "ResourceARN", "UUID"],
};

static ACTIVE_DIRECTORY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::StorageVirtualMachine.ActiveDirectoryConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "NetBiosName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,255}$"),
                min_length: Some(1),
                max_length: Some(15),
            }),
        },
        ::forma_core::schema::Property {
            name: "SelfManagedActiveDirectoryConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SELF_MANAGED_ACTIVE_DIRECTORY_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::StorageVirtualMachine.Tag",
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
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static SELF_MANAGED_ACTIVE_DIRECTORY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::FSx::StorageVirtualMachine.SelfManagedActiveDirectoryConfiguration",
properties: &[
::forma_core::schema::Property { name: "DnsIps", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(^((([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]))$|^(([0-9a-fA-F]{1,4}:){7,7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:)|fe80:(:[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}|::(ffff(:0{1,4}){0,1}:){0,1}((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])|([0-9a-fA-F]{1,4}:){1,4}:((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9]))$)$"), min_length: Some(1), max_length: Some(45) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(3) }) },
::forma_core::schema::Property { name: "DomainJoinServiceAccountSecret", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[^:]{1,63}:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[a-zA-Z0-9/_+=.@-]+-[a-zA-Z0-9]{6}$"), min_length: Some(64), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "DomainName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,255}$"), min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "FileSystemAdministratorsGroup", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,256}$"), min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "OrganizationalUnitDistinguishedName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,2000}$"), min_length: Some(1), max_length: Some(2000) }) },
::forma_core::schema::Property { name: "Password", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^.{1,256}$"), min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "UserName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,256}$"), min_length: Some(1), max_length: Some(256) }) },
],
rules: &[],
};
