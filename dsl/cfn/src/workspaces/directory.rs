// @generated from AWS::WorkSpaces::Directory (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WorkSpaces::Directory` and its property types.

/// Resource Type definition for AWS::WorkSpaces::Directory
///
/// CloudFormation type `AWS::WorkSpaces::Directory`.
#[derive(Debug, Clone, PartialEq)]
pub struct Directory {
    props: ::forma_core::schema::Props,
}
impl Directory {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Information about the Active Directory config.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn active_directory_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ActiveDirectoryConfig>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Describes the properties of the certificate-based authentication you want to use with your WorkSpaces.
    #[track_caller]
    pub fn certificate_based_auth_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CertificateBasedAuthProperties>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether self-service capabilities are enabled or disabled.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn enable_self_service(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Endpoint encryption mode that allows you to configure the specified directory between Standard TLS and FIPS 140-2 validated mode.
    #[track_caller]
    pub fn endpoint_encryption_mode(
        mut self,
        value: impl ::forma_core::schema::EnumArg<EndpointEncryptionMode>,
    ) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the identity center instance.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn idc_instance_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifiers of the IP access control groups associated with the directory.
    #[track_caller]
    pub fn ip_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the configurations of the Microsoft Entra.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn microsoft_entra_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MicrosoftEntraConfig>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Describes the enablement status, user access URL, and relay state parameter name that are used for configuring federation with an SAML 2.0 identity provider.
    #[track_caller]
    pub fn saml_properties(mut self, value: impl ::std::convert::Into<::forma_core::Value<SamlProperties>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Describes the self-service permissions for a directory.
    #[track_caller]
    pub fn selfservice_permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SelfservicePermissions>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Describes the streaming properties.
    #[track_caller]
    pub fn streaming_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StreamingProperties>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifiers of the subnets for your virtual private cloud (VPC).
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags associated with the directory.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether your WorkSpace directory is dedicated or shared.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tenancy(mut self, value: impl ::forma_core::schema::EnumArg<Tenancy>) -> Self {
        self.props.set_at(12, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of identity management the user is using.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn user_identity_type(mut self, value: impl ::forma_core::schema::EnumArg<UserIdentityType>) -> Self {
        self.props.set_at(13, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The device types and operating systems that can be used to access a WorkSpace.
    #[track_caller]
    pub fn workspace_access_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WorkspaceAccessProperties>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The default values that are used to create WorkSpaces.
    #[track_caller]
    pub fn workspace_creation_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DefaultWorkspaceCreationProperties>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Description of the directory to register.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn workspace_directory_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the directory to register.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn workspace_directory_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the directory's WorkSpace type is personal or pools.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn workspace_type(mut self, value: impl ::forma_core::schema::EnumArg<WorkspaceType>) -> Self {
        self.props.set_at(18, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Directory {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Directory {
    type Attributes = DirectoryAttributes;
    fn type_name(&self) -> &str {
        "AWS::WorkSpaces::Directory"
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
/// The attributes of a `AWS::WorkSpaces::Directory` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DirectoryAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DirectoryAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DirectoryAttributes {
    /// `Fn::GetAtt` `DirectoryId`.
    pub fn directory_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DirectoryId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `Alias`.
    pub fn alias(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Alias")
    }
    /// `Fn::GetAtt` `DirectoryName`.
    pub fn directory_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DirectoryName")
    }
    /// `Fn::GetAtt` `DirectoryType`.
    pub fn directory_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DirectoryType")
    }
    /// `Fn::GetAtt` `DnsIpAddresses`.
    pub fn dns_ip_addresses(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "DnsIpAddresses")
    }
    /// `Fn::GetAtt` `DnsIpv6Addresses`.
    pub fn dns_ipv6_addresses(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "DnsIpv6Addresses")
    }
    /// `Fn::GetAtt` `CustomerUserName`.
    pub fn customer_user_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CustomerUserName")
    }
    /// `Fn::GetAtt` `IamRoleId`.
    pub fn iam_role_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IamRoleId")
    }
    /// `Fn::GetAtt` `RegistrationCode`.
    pub fn registration_code(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RegistrationCode")
    }
    /// `Fn::GetAtt` `WorkspaceSecurityGroupId`.
    pub fn workspace_security_group_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WorkspaceSecurityGroupId")
    }
    /// `Fn::GetAtt` `IDCConfig`.
    pub fn idc_config(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "IDCConfig")
    }
}

/// The values CloudFormation documents: `STANDARD_TLS`, `FIPS_VALIDATED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EndpointEncryptionMode {
    /// `STANDARD_TLS`
    StandardTls,
    /// `FIPS_VALIDATED`
    FipsValidated,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EndpointEncryptionMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::StandardTls => "STANDARD_TLS",
            Self::FipsValidated => "FIPS_VALIDATED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STANDARD_TLS", "FIPS_VALIDATED"]
    }
}
impl ::std::convert::From<EndpointEncryptionMode> for ::forma_core::Value<EndpointEncryptionMode> {
    fn from(v: EndpointEncryptionMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EndpointEncryptionMode {}

/// The values CloudFormation documents: `DEDICATED`, `SHARED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Tenancy {
    /// `DEDICATED`
    Dedicated,
    /// `SHARED`
    Shared,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Tenancy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dedicated => "DEDICATED",
            Self::Shared => "SHARED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEDICATED", "SHARED"]
    }
}
impl ::std::convert::From<Tenancy> for ::forma_core::Value<Tenancy> {
    fn from(v: Tenancy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Tenancy {}

/// The values CloudFormation documents: `CUSTOMER_MANAGED`, `AWS_DIRECTORY_SERVICE`, `AWS_IAM_IDENTITY_CENTER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UserIdentityType {
    /// `CUSTOMER_MANAGED`
    CustomerManaged,
    /// `AWS_DIRECTORY_SERVICE`
    AwsDirectoryService,
    /// `AWS_IAM_IDENTITY_CENTER`
    AwsIamIdentityCenter,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UserIdentityType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CustomerManaged => "CUSTOMER_MANAGED",
            Self::AwsDirectoryService => "AWS_DIRECTORY_SERVICE",
            Self::AwsIamIdentityCenter => "AWS_IAM_IDENTITY_CENTER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CUSTOMER_MANAGED", "AWS_DIRECTORY_SERVICE", "AWS_IAM_IDENTITY_CENTER"]
    }
}
impl ::std::convert::From<UserIdentityType> for ::forma_core::Value<UserIdentityType> {
    fn from(v: UserIdentityType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UserIdentityType {}

/// The values CloudFormation documents: `PERSONAL`, `POOLS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WorkspaceType {
    /// `PERSONAL`
    Personal,
    /// `POOLS`
    Pools,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WorkspaceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Personal => "PERSONAL",
            Self::Pools => "POOLS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PERSONAL", "POOLS"]
    }
}
impl ::std::convert::From<WorkspaceType> for ::forma_core::Value<WorkspaceType> {
    fn from(v: WorkspaceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WorkspaceType {}

/// Information about the Active Directory config.
#[derive(Debug, Clone, PartialEq)]
pub struct ActiveDirectoryConfig {
    props: ::forma_core::schema::Props,
}
impl ActiveDirectoryConfig {
    /// A new value with its required properties: `DomainName`, `ServiceAccountSecretArn`.
    pub fn new(
        domain_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        service_account_secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, domain_name.into().into_expr());
        props.set(1, service_account_secret_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ActiveDirectoryConfig> for ::forma_core::Value<ActiveDirectoryConfig> {
    fn from(v: ActiveDirectoryConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTIVE_DIRECTORY_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "ENABLED"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// Describes the properties of the certificate-based authentication you want to use with your WorkSpaces.
#[derive(Debug, Clone, PartialEq)]
pub struct CertificateBasedAuthProperties {
    props: ::forma_core::schema::Props,
}
impl CertificateBasedAuthProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) of the Amazon Web Services Certificate Manager Private CA resource.
    ///
    /// Allowed: length 5 to 200.
    pub fn certificate_authority_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The status of the certificate-based authentication properties.
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for CertificateBasedAuthProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CertificateBasedAuthProperties> for ::forma_core::Value<CertificateBasedAuthProperties> {
    fn from(v: CertificateBasedAuthProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CERTIFICATE_BASED_AUTH_PROPERTIES_TYPE.properties))
    }
}

/// Specifies the configurations of the Microsoft Entra.
#[derive(Debug, Clone, PartialEq)]
pub struct MicrosoftEntraConfig {
    props: ::forma_core::schema::Props,
}
impl MicrosoftEntraConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) of the application config.
    pub fn application_config_secret_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The identifier of the tenant.
    pub fn tenant_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MicrosoftEntraConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MicrosoftEntraConfig> for ::forma_core::Value<MicrosoftEntraConfig> {
    fn from(v: MicrosoftEntraConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MICROSOFT_ENTRA_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`, `ENABLED_WITH_DIRECTORY_LOGIN_FALLBACK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SamlPropertiesStatus {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// `ENABLED_WITH_DIRECTORY_LOGIN_FALLBACK`
    EnabledWithDirectoryLoginFallback,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SamlPropertiesStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::EnabledWithDirectoryLoginFallback => "ENABLED_WITH_DIRECTORY_LOGIN_FALLBACK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "ENABLED", "ENABLED_WITH_DIRECTORY_LOGIN_FALLBACK"]
    }
}
impl ::std::convert::From<SamlPropertiesStatus> for ::forma_core::Value<SamlPropertiesStatus> {
    fn from(v: SamlPropertiesStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SamlPropertiesStatus {}

/// Describes the enablement status, user access URL, and relay state parameter name that are used for configuring federation with an SAML 2.0 identity provider.
#[derive(Debug, Clone, PartialEq)]
pub struct SamlProperties {
    props: ::forma_core::schema::Props,
}
impl SamlProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The relay state parameter name supported by the SAML 2.0 identity provider (IdP).
    ///
    /// Allowed: length 1 to any.
    pub fn relay_state_parameter_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates the status of SAML 2.0 authentication.
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<SamlPropertiesStatus>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The SAML 2.0 identity provider (IdP) user access URL.
    ///
    /// Allowed: length 8 to 200.
    pub fn user_access_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SamlProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SamlProperties> for ::forma_core::Value<SamlProperties> {
    fn from(v: SamlProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAML_PROPERTIES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChangeComputeType {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ChangeComputeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<ChangeComputeType> for ::forma_core::Value<ChangeComputeType> {
    fn from(v: ChangeComputeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ChangeComputeType {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IncreaseVolumeSize {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IncreaseVolumeSize {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<IncreaseVolumeSize> for ::forma_core::Value<IncreaseVolumeSize> {
    fn from(v: IncreaseVolumeSize) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IncreaseVolumeSize {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RebuildWorkspace {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RebuildWorkspace {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<RebuildWorkspace> for ::forma_core::Value<RebuildWorkspace> {
    fn from(v: RebuildWorkspace) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RebuildWorkspace {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RestartWorkspace {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RestartWorkspace {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<RestartWorkspace> for ::forma_core::Value<RestartWorkspace> {
    fn from(v: RestartWorkspace) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RestartWorkspace {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SwitchRunningMode {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SwitchRunningMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<SwitchRunningMode> for ::forma_core::Value<SwitchRunningMode> {
    fn from(v: SwitchRunningMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SwitchRunningMode {}

/// Describes the self-service permissions for a directory.
#[derive(Debug, Clone, PartialEq)]
pub struct SelfservicePermissions {
    props: ::forma_core::schema::Props,
}
impl SelfservicePermissions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether users can change the compute type (bundle) for their WorkSpace.
    pub fn change_compute_type(mut self, value: impl ::forma_core::schema::EnumArg<ChangeComputeType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Specifies whether users can increase the volume size of the drives on their WorkSpace.
    pub fn increase_volume_size(mut self, value: impl ::forma_core::schema::EnumArg<IncreaseVolumeSize>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Specifies whether users can rebuild the operating system of a WorkSpace to its original state.
    pub fn rebuild_workspace(mut self, value: impl ::forma_core::schema::EnumArg<RebuildWorkspace>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Specifies whether users can restart their WorkSpace.
    pub fn restart_workspace(mut self, value: impl ::forma_core::schema::EnumArg<RestartWorkspace>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// Specifies whether users can switch the running mode of their WorkSpace.
    pub fn switch_running_mode(mut self, value: impl ::forma_core::schema::EnumArg<SwitchRunningMode>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for SelfservicePermissions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SelfservicePermissions> for ::forma_core::Value<SelfservicePermissions> {
    fn from(v: SelfservicePermissions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SELFSERVICE_PERMISSIONS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TCP`, `UDP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StreamingExperiencePreferredProtocol {
    /// `TCP`
    Tcp,
    /// `UDP`
    Udp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StreamingExperiencePreferredProtocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tcp => "TCP",
            Self::Udp => "UDP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TCP", "UDP"]
    }
}
impl ::std::convert::From<StreamingExperiencePreferredProtocol>
    for ::forma_core::Value<StreamingExperiencePreferredProtocol>
{
    fn from(v: StreamingExperiencePreferredProtocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StreamingExperiencePreferredProtocol {}

/// Describes the streaming properties.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamingProperties {
    props: ::forma_core::schema::Props,
}
impl StreamingProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Describes the Global Accelerator for directory.
    pub fn global_accelerator(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GlobalAcceleratorForDirectory>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates the storage connector used.
    pub fn storage_connectors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StorageConnector>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Indicates the type of preferred protocol for the streaming experience.
    pub fn streaming_experience_preferred_protocol(
        mut self,
        value: impl ::forma_core::schema::EnumArg<StreamingExperiencePreferredProtocol>,
    ) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Indicates the permission settings associated with the user.
    pub fn user_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<UserSetting>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StreamingProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StreamingProperties> for ::forma_core::Value<StreamingProperties> {
    fn from(v: StreamingProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STREAMING_PROPERTIES_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::WorkSpaces::Directory`.
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

/// The values CloudFormation documents: `ALLOW`, `DENY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeviceTypeAndroid {
    /// `ALLOW`
    Allow,
    /// `DENY`
    Deny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeviceTypeAndroid {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Deny => "DENY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW", "DENY"]
    }
}
impl ::std::convert::From<DeviceTypeAndroid> for ::forma_core::Value<DeviceTypeAndroid> {
    fn from(v: DeviceTypeAndroid) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeviceTypeAndroid {}

/// The values CloudFormation documents: `ALLOW`, `DENY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeviceTypeChromeOs {
    /// `ALLOW`
    Allow,
    /// `DENY`
    Deny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeviceTypeChromeOs {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Deny => "DENY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW", "DENY"]
    }
}
impl ::std::convert::From<DeviceTypeChromeOs> for ::forma_core::Value<DeviceTypeChromeOs> {
    fn from(v: DeviceTypeChromeOs) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeviceTypeChromeOs {}

/// The values CloudFormation documents: `ALLOW`, `DENY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeviceTypeIos {
    /// `ALLOW`
    Allow,
    /// `DENY`
    Deny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeviceTypeIos {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Deny => "DENY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW", "DENY"]
    }
}
impl ::std::convert::From<DeviceTypeIos> for ::forma_core::Value<DeviceTypeIos> {
    fn from(v: DeviceTypeIos) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeviceTypeIos {}

/// The values CloudFormation documents: `ALLOW`, `DENY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeviceTypeLinux {
    /// `ALLOW`
    Allow,
    /// `DENY`
    Deny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeviceTypeLinux {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Deny => "DENY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW", "DENY"]
    }
}
impl ::std::convert::From<DeviceTypeLinux> for ::forma_core::Value<DeviceTypeLinux> {
    fn from(v: DeviceTypeLinux) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeviceTypeLinux {}

/// The values CloudFormation documents: `ALLOW`, `DENY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeviceTypeOsx {
    /// `ALLOW`
    Allow,
    /// `DENY`
    Deny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeviceTypeOsx {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Deny => "DENY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW", "DENY"]
    }
}
impl ::std::convert::From<DeviceTypeOsx> for ::forma_core::Value<DeviceTypeOsx> {
    fn from(v: DeviceTypeOsx) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeviceTypeOsx {}

/// The values CloudFormation documents: `ALLOW`, `DENY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeviceTypeWeb {
    /// `ALLOW`
    Allow,
    /// `DENY`
    Deny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeviceTypeWeb {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Deny => "DENY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW", "DENY"]
    }
}
impl ::std::convert::From<DeviceTypeWeb> for ::forma_core::Value<DeviceTypeWeb> {
    fn from(v: DeviceTypeWeb) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeviceTypeWeb {}

/// The values CloudFormation documents: `ALLOW`, `DENY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeviceTypeWindows {
    /// `ALLOW`
    Allow,
    /// `DENY`
    Deny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeviceTypeWindows {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Deny => "DENY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW", "DENY"]
    }
}
impl ::std::convert::From<DeviceTypeWindows> for ::forma_core::Value<DeviceTypeWindows> {
    fn from(v: DeviceTypeWindows) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeviceTypeWindows {}

/// The values CloudFormation documents: `ALLOW`, `DENY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeviceTypeWorkSpacesThinClient {
    /// `ALLOW`
    Allow,
    /// `DENY`
    Deny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeviceTypeWorkSpacesThinClient {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Deny => "DENY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW", "DENY"]
    }
}
impl ::std::convert::From<DeviceTypeWorkSpacesThinClient> for ::forma_core::Value<DeviceTypeWorkSpacesThinClient> {
    fn from(v: DeviceTypeWorkSpacesThinClient) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeviceTypeWorkSpacesThinClient {}

/// The values CloudFormation documents: `ALLOW`, `DENY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeviceTypeZeroClient {
    /// `ALLOW`
    Allow,
    /// `DENY`
    Deny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeviceTypeZeroClient {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Deny => "DENY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW", "DENY"]
    }
}
impl ::std::convert::From<DeviceTypeZeroClient> for ::forma_core::Value<DeviceTypeZeroClient> {
    fn from(v: DeviceTypeZeroClient) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeviceTypeZeroClient {}

/// The device types and operating systems that can be used to access a WorkSpace.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkspaceAccessProperties {
    props: ::forma_core::schema::Props,
}
impl WorkspaceAccessProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Describes the access endpoint configuration for a WorkSpace.
    pub fn access_endpoint_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AccessEndpointConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether users can use Android and Android-compatible Chrome OS devices to access their WorkSpaces.
    pub fn device_type_android(mut self, value: impl ::forma_core::schema::EnumArg<DeviceTypeAndroid>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Indicates whether users can use Chromebooks to access their WorkSpaces.
    pub fn device_type_chrome_os(mut self, value: impl ::forma_core::schema::EnumArg<DeviceTypeChromeOs>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Indicates whether users can use iOS devices to access their WorkSpaces.
    pub fn device_type_ios(mut self, value: impl ::forma_core::schema::EnumArg<DeviceTypeIos>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// Indicates whether users can use Linux clients to access their WorkSpaces.
    pub fn device_type_linux(mut self, value: impl ::forma_core::schema::EnumArg<DeviceTypeLinux>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// Indicates whether users can use macOS clients to access their WorkSpaces.
    pub fn device_type_osx(mut self, value: impl ::forma_core::schema::EnumArg<DeviceTypeOsx>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// Indicates whether users can access their WorkSpaces through a web browser.
    pub fn device_type_web(mut self, value: impl ::forma_core::schema::EnumArg<DeviceTypeWeb>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// Indicates whether users can use Windows clients to access their WorkSpaces.
    pub fn device_type_windows(mut self, value: impl ::forma_core::schema::EnumArg<DeviceTypeWindows>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// Indicates whether users can access their WorkSpaces through a WorkSpaces Thin Client.
    pub fn device_type_work_spaces_thin_client(
        mut self,
        value: impl ::forma_core::schema::EnumArg<DeviceTypeWorkSpacesThinClient>,
    ) -> Self {
        self.props.set(8, value.into_enum_expr());
        self
    }
    /// Indicates whether users can use zero client devices to access their WorkSpaces.
    pub fn device_type_zero_client(mut self, value: impl ::forma_core::schema::EnumArg<DeviceTypeZeroClient>) -> Self {
        self.props.set(9, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for WorkspaceAccessProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WorkspaceAccessProperties> for ::forma_core::Value<WorkspaceAccessProperties> {
    fn from(v: WorkspaceAccessProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKSPACE_ACCESS_PROPERTIES_TYPE.properties))
    }
}

/// The default values that are used to create WorkSpaces.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultWorkspaceCreationProperties {
    props: ::forma_core::schema::Props,
}
impl DefaultWorkspaceCreationProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The identifier of the default security group to apply to WorkSpaces when they are created.
    ///
    /// Allowed: length 11 to 20.
    pub fn custom_security_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The organizational unit (OU) in the directory for the WorkSpace machine accounts.
    pub fn default_ou(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies whether to automatically assign an Elastic public IP address to WorkSpaces in this directory by default.
    pub fn enable_internet_access(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies whether maintenance mode is enabled for WorkSpaces.
    pub fn enable_maintenance_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Indicates the IAM role ARN of the instance.
    pub fn instance_iam_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Specifies whether WorkSpace users are local administrators on their WorkSpaces.
    pub fn user_enabled_as_local_administrator(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DefaultWorkspaceCreationProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DefaultWorkspaceCreationProperties>
    for ::forma_core::Value<DefaultWorkspaceCreationProperties>
{
    fn from(v: DefaultWorkspaceCreationProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEFAULT_WORKSPACE_CREATION_PROPERTIES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED_AUTO`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mode {
    /// `ENABLED_AUTO`
    EnabledAuto,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Mode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EnabledAuto => "ENABLED_AUTO",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED_AUTO", "DISABLED"]
    }
}
impl ::std::convert::From<Mode> for ::forma_core::Value<Mode> {
    fn from(v: Mode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Mode {}

/// The values CloudFormation documents: `TCP`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PreferredProtocol {
    /// `TCP`
    Tcp,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PreferredProtocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tcp => "TCP",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TCP", "NONE"]
    }
}
impl ::std::convert::From<PreferredProtocol> for ::forma_core::Value<PreferredProtocol> {
    fn from(v: PreferredProtocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PreferredProtocol {}

/// Describes the Global Accelerator for directory.
#[derive(Debug, Clone, PartialEq)]
pub struct GlobalAcceleratorForDirectory {
    props: ::forma_core::schema::Props,
}
impl GlobalAcceleratorForDirectory {
    /// A new value with its required properties: `Mode`.
    pub fn new(mode: impl ::forma_core::schema::EnumArg<Mode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, mode.into_enum_expr());
        Self { props }
    }
    /// Indicates the preferred protocol for Global Accelerator.
    pub fn preferred_protocol(mut self, value: impl ::forma_core::schema::EnumArg<PreferredProtocol>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<GlobalAcceleratorForDirectory> for ::forma_core::Value<GlobalAcceleratorForDirectory> {
    fn from(v: GlobalAcceleratorForDirectory) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GLOBAL_ACCELERATOR_FOR_DIRECTORY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `HOME_FOLDER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConnectorType {
    /// `HOME_FOLDER`
    HomeFolder,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConnectorType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::HomeFolder => "HOME_FOLDER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HOME_FOLDER"]
    }
}
impl ::std::convert::From<ConnectorType> for ::forma_core::Value<ConnectorType> {
    fn from(v: ConnectorType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConnectorType {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageConnectorStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StorageConnectorStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<StorageConnectorStatus> for ::forma_core::Value<StorageConnectorStatus> {
    fn from(v: StorageConnectorStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StorageConnectorStatus {}

/// Describes the storage connector.
#[derive(Debug, Clone, PartialEq)]
pub struct StorageConnector {
    props: ::forma_core::schema::Props,
}
impl StorageConnector {
    /// A new value with its required properties: `ConnectorType`, `Status`.
    pub fn new(
        connector_type: impl ::forma_core::schema::EnumArg<ConnectorType>,
        status: impl ::forma_core::schema::EnumArg<StorageConnectorStatus>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, connector_type.into_enum_expr());
        props.set(1, status.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<StorageConnector> for ::forma_core::Value<StorageConnector> {
    fn from(v: StorageConnector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STORAGE_CONNECTOR_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CLIPBOARD_COPY_FROM_LOCAL_DEVICE`, `CLIPBOARD_COPY_TO_LOCAL_DEVICE`, `PRINTING_TO_LOCAL_DEVICE`, `SMART_CARD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Action {
    /// `CLIPBOARD_COPY_FROM_LOCAL_DEVICE`
    ClipboardCopyFromLocalDevice,
    /// `CLIPBOARD_COPY_TO_LOCAL_DEVICE`
    ClipboardCopyToLocalDevice,
    /// `PRINTING_TO_LOCAL_DEVICE`
    PrintingToLocalDevice,
    /// `SMART_CARD`
    SmartCard,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Action {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ClipboardCopyFromLocalDevice => "CLIPBOARD_COPY_FROM_LOCAL_DEVICE",
            Self::ClipboardCopyToLocalDevice => "CLIPBOARD_COPY_TO_LOCAL_DEVICE",
            Self::PrintingToLocalDevice => "PRINTING_TO_LOCAL_DEVICE",
            Self::SmartCard => "SMART_CARD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "CLIPBOARD_COPY_FROM_LOCAL_DEVICE",
            "CLIPBOARD_COPY_TO_LOCAL_DEVICE",
            "PRINTING_TO_LOCAL_DEVICE",
            "SMART_CARD",
        ]
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Action {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Permission {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Permission {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<Permission> for ::forma_core::Value<Permission> {
    fn from(v: Permission) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Permission {}

/// Information about the user's permission settings.
#[derive(Debug, Clone, PartialEq)]
pub struct UserSetting {
    props: ::forma_core::schema::Props,
}
impl UserSetting {
    /// A new value with its required properties: `Action`, `Permission`.
    pub fn new(
        action: impl ::forma_core::schema::EnumArg<Action>,
        permission: impl ::forma_core::schema::EnumArg<Permission>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into_enum_expr());
        props.set(2, permission.into_enum_expr());
        Self { props }
    }
    /// Indicates the maximum character length for the specified user setting.
    ///
    /// Allowed: at least 0.
    pub fn maximum_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<UserSetting> for ::forma_core::Value<UserSetting> {
    fn from(v: UserSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(USER_SETTING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PCOIP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InternetFallbackProtocols {
    /// `PCOIP`
    Pcoip,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InternetFallbackProtocols {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pcoip => "PCOIP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PCOIP"]
    }
}
impl ::std::convert::From<InternetFallbackProtocols> for ::forma_core::Value<InternetFallbackProtocols> {
    fn from(v: InternetFallbackProtocols) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InternetFallbackProtocols {}

/// Describes the access endpoint configuration for a WorkSpace.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessEndpointConfig {
    props: ::forma_core::schema::Props,
}
impl AccessEndpointConfig {
    /// A new value with its required properties: `AccessEndpoints`.
    pub fn new(
        access_endpoints: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AccessEndpoint>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, access_endpoints.into().into_expr());
        Self { props }
    }
    /// Indicates a list of protocols that fallback to using the public Internet when streaming over a VPC endpoint is not available.
    pub fn internet_fallback_protocols(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InternetFallbackProtocols>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AccessEndpointConfig> for ::forma_core::Value<AccessEndpointConfig> {
    fn from(v: AccessEndpointConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_ENDPOINT_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `STREAMING_WSP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccessEndpointType {
    /// `STREAMING_WSP`
    StreamingWsp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AccessEndpointType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::StreamingWsp => "STREAMING_WSP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STREAMING_WSP"]
    }
}
impl ::std::convert::From<AccessEndpointType> for ::forma_core::Value<AccessEndpointType> {
    fn from(v: AccessEndpointType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AccessEndpointType {}

/// Describes the access type and endpoint for a WorkSpace.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessEndpoint {
    props: ::forma_core::schema::Props,
}
impl AccessEndpoint {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates the type of access endpoint.
    pub fn access_endpoint_type(mut self, value: impl ::forma_core::schema::EnumArg<AccessEndpointType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Indicates the VPC endpoint to use for access.
    pub fn vpc_endpoint_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AccessEndpoint {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AccessEndpoint> for ::forma_core::Value<AccessEndpoint> {
    fn from(v: AccessEndpoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_ENDPOINT_TYPE.properties))
    }
}

/// The schema of `AWS::WorkSpaces::Directory`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::WorkSpaces::Directory",
properties: &[
::forma_core::schema::Property { name: "ActiveDirectoryConfig", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&ACTIVE_DIRECTORY_CONFIG_TYPE) },
::forma_core::schema::Property { name: "CertificateBasedAuthProperties", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&CERTIFICATE_BASED_AUTH_PROPERTIES_TYPE) },
::forma_core::schema::Property { name: "EnableSelfService", required: false, create_only: true, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "EndpointEncryptionMode", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["STANDARD_TLS", "FIPS_VALIDATED"]) },
::forma_core::schema::Property { name: "IdcInstanceArn", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[a-z-]{0,7}:[A-Za-z0-9][A-za-z0-9_/.-]{0,62}:[A-za-z0-9_/.-]{0,63}:[A-za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.\\\\-]{0,1023}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "IpGroupIds", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^wsipg-[0-9a-z]{8,63}$"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "MicrosoftEntraConfig", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&MICROSOFT_ENTRA_CONFIG_TYPE) },
::forma_core::schema::Property { name: "SamlProperties", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&SAML_PROPERTIES_TYPE) },
::forma_core::schema::Property { name: "SelfservicePermissions", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&SELFSERVICE_PERMISSIONS_TYPE) },
::forma_core::schema::Property { name: "StreamingProperties", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&STREAMING_PROPERTIES_TYPE) },
::forma_core::schema::Property { name: "SubnetIds", required: false, create_only: true, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(subnet-([0-9a-f]{8}|[0-9a-f]{17}))$"), min_length: Some(15), max_length: Some(24) }), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "Tenancy", required: false, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["DEDICATED", "SHARED"]) },
::forma_core::schema::Property { name: "UserIdentityType", required: false, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["CUSTOMER_MANAGED", "AWS_DIRECTORY_SERVICE", "AWS_IAM_IDENTITY_CENTER"]) },
::forma_core::schema::Property { name: "WorkspaceAccessProperties", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&WORKSPACE_ACCESS_PROPERTIES_TYPE) },
::forma_core::schema::Property { name: "WorkspaceCreationProperties", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&DEFAULT_WORKSPACE_CREATION_PROPERTIES_TYPE) },
::forma_core::schema::Property { name: "WorkspaceDirectoryDescription", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([a-zA-Z0-9_])[\\\\a-zA-Z0-9_@#%*+=:?./!\\s-]{1,255}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "WorkspaceDirectoryName", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_.\\s-]{1,64}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "WorkspaceType", required: false, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["PERSONAL", "POOLS"]) },
],
rules: &[],
attributes: &["DirectoryId", "Arn", "State", "Alias", "DirectoryName", "DirectoryType", "DnsIpAddresses", "DnsIpv6Addresses", "CustomerUserName", "IamRoleId", "RegistrationCode", "WorkspaceSecurityGroupId", "IDCConfig"],
};

static ACTIVE_DIRECTORY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::WorkSpaces::Directory.ActiveDirectoryConfig",
properties: &[
::forma_core::schema::Property { name: "DomainName", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([a-zA-Z0-9]+[.-])+([a-zA-Z0-9])+$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "ServiceAccountSecretArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[a-z-]{0,7}:secretsmanager:[A-za-z0-9_/.-]{0,63}:[A-za-z0-9_/.-]{0,63}:secret:[A-Za-z0-9][A-za-z0-9_/.-]{8,519}$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static CERTIFICATE_BASED_AUTH_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::WorkSpaces::Directory.CertificateBasedAuthProperties",
        properties: &[
            ::forma_core::schema::Property {
                name: "CertificateAuthorityArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(
                        "^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:[\\w+=/,.@-]*:[0-9]*:[\\w+=,.@-]+(/[\\w+=,.@-]+)*$",
                    ),
                    min_length: Some(5),
                    max_length: Some(200),
                }),
            },
            ::forma_core::schema::Property {
                name: "Status",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
            },
        ],
        rules: &[],
    };

static MICROSOFT_ENTRA_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::WorkSpaces::Directory.MicrosoftEntraConfig",
properties: &[
::forma_core::schema::Property { name: "ApplicationConfigSecretArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[a-z-]{0,7}:secretsmanager:[A-za-z0-9_/.-]{0,63}:[A-za-z0-9_/.-]{0,63}:secret:[A-Za-z0-9][A-za-z0-9_/.-]{8,519}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "TenantId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9-]{1,100}$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static SAML_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpaces::Directory.SamlProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "RelayStateParameterName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED", "ENABLED_WITH_DIRECTORY_LOGIN_FALLBACK"]),
        },
        ::forma_core::schema::Property {
            name: "UserAccessUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(http|https)\\://\\S+$"),
                min_length: Some(8),
                max_length: Some(200),
            }),
        },
    ],
    rules: &[],
};

static SELFSERVICE_PERMISSIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpaces::Directory.SelfservicePermissions",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChangeComputeType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "IncreaseVolumeSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "RebuildWorkspace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "RestartWorkspace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "SwitchRunningMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
    ],
    rules: &[],
};

static STREAMING_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpaces::Directory.StreamingProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "GlobalAccelerator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GLOBAL_ACCELERATOR_FOR_DIRECTORY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StorageConnectors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STORAGE_CONNECTOR_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StreamingExperiencePreferredProtocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TCP", "UDP"]),
        },
        ::forma_core::schema::Property {
            name: "UserSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&USER_SETTING_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpaces::Directory.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static WORKSPACE_ACCESS_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpaces::Directory.WorkspaceAccessProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessEndpointConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCESS_ENDPOINT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeviceTypeAndroid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW", "DENY"]),
        },
        ::forma_core::schema::Property {
            name: "DeviceTypeChromeOs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW", "DENY"]),
        },
        ::forma_core::schema::Property {
            name: "DeviceTypeIos",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW", "DENY"]),
        },
        ::forma_core::schema::Property {
            name: "DeviceTypeLinux",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW", "DENY"]),
        },
        ::forma_core::schema::Property {
            name: "DeviceTypeOsx",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW", "DENY"]),
        },
        ::forma_core::schema::Property {
            name: "DeviceTypeWeb",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW", "DENY"]),
        },
        ::forma_core::schema::Property {
            name: "DeviceTypeWindows",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW", "DENY"]),
        },
        ::forma_core::schema::Property {
            name: "DeviceTypeWorkSpacesThinClient",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW", "DENY"]),
        },
        ::forma_core::schema::Property {
            name: "DeviceTypeZeroClient",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW", "DENY"]),
        },
    ],
    rules: &[],
};

static DEFAULT_WORKSPACE_CREATION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::WorkSpaces::Directory.DefaultWorkspaceCreationProperties",
properties: &[
::forma_core::schema::Property { name: "CustomSecurityGroupId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(sg-([0-9a-f]{8}|[0-9a-f]{17}))$"), min_length: Some(11), max_length: Some(20) }) },
::forma_core::schema::Property { name: "DefaultOu", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "EnableInternetAccess", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "EnableMaintenanceMode", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "InstanceIamRoleArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[a-z-]{0,7}:[A-Za-z0-9][A-za-z0-9_/.-]{0,62}:[A-za-z0-9_/.-]{0,63}:[A-za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.\\\\-]{0,1023}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "UserEnabledAsLocalAdministrator", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
],
rules: &[],
};

static GLOBAL_ACCELERATOR_FOR_DIRECTORY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpaces::Directory.GlobalAcceleratorForDirectory",
    properties: &[
        ::forma_core::schema::Property {
            name: "Mode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED_AUTO", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "PreferredProtocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TCP", "NONE"]),
        },
    ],
    rules: &[],
};

static STORAGE_CONNECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpaces::Directory.StorageConnector",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectorType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HOME_FOLDER"]),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
    ],
    rules: &[],
};

static USER_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpaces::Directory.UserSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "CLIPBOARD_COPY_FROM_LOCAL_DEVICE",
                "CLIPBOARD_COPY_TO_LOCAL_DEVICE",
                "PRINTING_TO_LOCAL_DEVICE",
                "SMART_CARD",
            ]),
        },
        ::forma_core::schema::Property {
            name: "MaximumLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Permission",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
    ],
    rules: &[],
};

static ACCESS_ENDPOINT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpaces::Directory.AccessEndpointConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessEndpoints",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACCESS_ENDPOINT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "InternetFallbackProtocols",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["PCOIP"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static ACCESS_ENDPOINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpaces::Directory.AccessEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessEndpointType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STREAMING_WSP"]),
        },
        ::forma_core::schema::Property {
            name: "VpcEndpointId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\_\\-]{1,1000}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};
