// @generated from AWS::EMRContainers::SecurityConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EMRContainers::SecurityConfiguration` and its property types.

/// Resource Schema of AWS::EMRContainers::SecurityConfiguration Type
///
/// CloudFormation type `AWS::EMRContainers::SecurityConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityConfiguration {
    props: ::forma_core::schema::Props,
}
impl SecurityConfiguration {
    /// A new resource with its required properties: `SecurityConfigurationData`.
    #[track_caller]
    pub fn new(
        security_configuration_data: impl ::std::convert::Into<::forma_core::Value<SecurityConfigurationData>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, security_configuration_data.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Container provider for the security configuration.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn container_provider(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContainerProvider>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the security configuration.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this security configuration.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SecurityConfiguration {
    type Attributes = SecurityConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::EMRContainers::SecurityConfiguration"
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
/// The attributes of a `AWS::EMRContainers::SecurityConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SecurityConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SecurityConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SecurityConfigurationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `EKS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `EKS`
    Eks,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Eks => "EKS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EKS"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// Container provider information.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerProvider {
    props: ::forma_core::schema::Props,
}
impl ContainerProvider {
    /// A new value with its required properties: `Id`, `Type`.
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id.into().into_expr());
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
    /// Container information.
    pub fn info(mut self, value: impl ::std::convert::Into<::forma_core::Value<ContainerInfo>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ContainerProvider> for ::forma_core::Value<ContainerProvider> {
    fn from(v: ContainerProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_PROVIDER_TYPE.properties))
    }
}

/// Security configuration data containing encryption and authorization settings.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityConfigurationData {
    props: ::forma_core::schema::Props,
}
impl SecurityConfigurationData {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Authentication configuration for the security configuration.
    pub fn authentication_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuthenticationConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Authorization configuration for the security configuration.
    pub fn authorization_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuthorizationConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Encryption configuration for the security configuration.
    pub fn encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SecurityConfigurationData {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SecurityConfigurationData> for ::forma_core::Value<SecurityConfigurationData> {
    fn from(v: SecurityConfigurationData) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SECURITY_CONFIGURATION_DATA_TYPE.properties))
    }
}

/// An arbitrary set of tags (key-value pairs) for this security configuration.
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

/// Container information.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerInfo {
    props: ::forma_core::schema::Props,
}
impl ContainerInfo {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// EKS information.
    pub fn eks_info(mut self, value: impl ::std::convert::Into<::forma_core::Value<EksInfo>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ContainerInfo {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ContainerInfo> for ::forma_core::Value<ContainerInfo> {
    fn from(v: ContainerInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_INFO_TYPE.properties))
    }
}

/// Authentication configuration for the security configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthenticationConfiguration {
    props: ::forma_core::schema::Props,
}
impl AuthenticationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// IAM configuration.
    pub fn iam_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IamConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Identity Center configuration.
    pub fn identity_center_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IdentityCenterConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AuthenticationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AuthenticationConfiguration> for ::forma_core::Value<AuthenticationConfiguration> {
    fn from(v: AuthenticationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHENTICATION_CONFIGURATION_TYPE.properties))
    }
}

/// Authorization configuration for the security configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorizationConfiguration {
    props: ::forma_core::schema::Props,
}
impl AuthorizationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Lake Formation configuration.
    pub fn lake_formation_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LakeFormationConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AuthorizationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AuthorizationConfiguration> for ::forma_core::Value<AuthorizationConfiguration> {
    fn from(v: AuthorizationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHORIZATION_CONFIGURATION_TYPE.properties))
    }
}

/// Encryption configuration for the security configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl EncryptionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// At-rest encryption configuration.
    pub fn at_rest_encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AtRestEncryptionConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// In-transit encryption configuration.
    pub fn in_transit_encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InTransitEncryptionConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EncryptionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EncryptionConfiguration> for ::forma_core::Value<EncryptionConfiguration> {
    fn from(v: EncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// EKS information.
#[derive(Debug, Clone, PartialEq)]
pub struct EksInfo {
    props: ::forma_core::schema::Props,
}
impl EksInfo {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The EKS namespace.
    pub fn namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EksInfo {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EksInfo> for ::forma_core::Value<EksInfo> {
    fn from(v: EksInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EKS_INFO_TYPE.properties))
    }
}

/// IAM configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct IamConfiguration {
    props: ::forma_core::schema::Props,
}
impl IamConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The system role ARN.
    ///
    /// Allowed: length 20 to 2048.
    pub fn system_role(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IamConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IamConfiguration> for ::forma_core::Value<IamConfiguration> {
    fn from(v: IamConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IAM_CONFIGURATION_TYPE.properties))
    }
}

/// Identity Center configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityCenterConfiguration {
    props: ::forma_core::schema::Props,
}
impl IdentityCenterConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether to enable Identity Center integration.
    pub fn enable_identity_center(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Whether Identity Center application assignment is required.
    pub fn identity_center_application_assignment_required(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The ARN of the Identity Center instance.
    ///
    /// Allowed: length 10 to 1224.
    pub fn identity_center_instance_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IdentityCenterConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IdentityCenterConfiguration> for ::forma_core::Value<IdentityCenterConfiguration> {
    fn from(v: IdentityCenterConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IDENTITY_CENTER_CONFIGURATION_TYPE.properties))
    }
}

/// Lake Formation configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct LakeFormationConfiguration {
    props: ::forma_core::schema::Props,
}
impl LakeFormationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The session tag to authorize Lake Formation access.
    ///
    /// Allowed: length 1 to 256.
    pub fn authorized_session_tag_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Whether query access control is enabled.
    pub fn query_access_control_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The ARN of the query engine role.
    ///
    /// Allowed: length 20 to 2048.
    pub fn query_engine_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Secure namespace information for Lake Formation.
    pub fn secure_namespace_info(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecureNamespaceInfo>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LakeFormationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LakeFormationConfiguration> for ::forma_core::Value<LakeFormationConfiguration> {
    fn from(v: LakeFormationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAKE_FORMATION_CONFIGURATION_TYPE.properties))
    }
}

/// At-rest encryption configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct AtRestEncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl AtRestEncryptionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Local disk encryption configuration.
    pub fn local_disk_encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LocalDiskEncryptionConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// S3 encryption configuration.
    pub fn s3_encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3EncryptionConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AtRestEncryptionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AtRestEncryptionConfiguration> for ::forma_core::Value<AtRestEncryptionConfiguration> {
    fn from(v: AtRestEncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AT_REST_ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// In-transit encryption configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct InTransitEncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl InTransitEncryptionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// TLS certificate configuration for in-transit encryption.
    pub fn tls_certificate_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TlsCertificateConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InTransitEncryptionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InTransitEncryptionConfiguration> for ::forma_core::Value<InTransitEncryptionConfiguration> {
    fn from(v: InTransitEncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IN_TRANSIT_ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// Secure namespace information for Lake Formation.
#[derive(Debug, Clone, PartialEq)]
pub struct SecureNamespaceInfo {
    props: ::forma_core::schema::Props,
}
impl SecureNamespaceInfo {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ID of the cluster.
    ///
    /// Allowed: length 1 to 100.
    pub fn cluster_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The namespace.
    ///
    /// Allowed: length 1 to 63.
    pub fn namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SecureNamespaceInfo {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SecureNamespaceInfo> for ::forma_core::Value<SecureNamespaceInfo> {
    fn from(v: SecureNamespaceInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SECURE_NAMESPACE_INFO_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AwsKms`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionKeyProviderType {
    /// `AwsKms`
    AwsKms,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncryptionKeyProviderType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsKms => "AwsKms",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AwsKms"]
    }
}
impl ::std::convert::From<EncryptionKeyProviderType> for ::forma_core::Value<EncryptionKeyProviderType> {
    fn from(v: EncryptionKeyProviderType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncryptionKeyProviderType {}

/// Local disk encryption configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalDiskEncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl LocalDiskEncryptionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The AWS KMS key ID.
    pub fn aws_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The encryption key provider type.
    pub fn encryption_key_provider_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<EncryptionKeyProviderType>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for LocalDiskEncryptionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LocalDiskEncryptionConfiguration> for ::forma_core::Value<LocalDiskEncryptionConfiguration> {
    fn from(v: LocalDiskEncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOCAL_DISK_ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SSE-S3`, `SSE-KMS`, `CSE-KMS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionOption {
    /// `SSE-S3`
    SseS3,
    /// `SSE-KMS`
    SseKms,
    /// `CSE-KMS`
    CseKms,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncryptionOption {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SseS3 => "SSE-S3",
            Self::SseKms => "SSE-KMS",
            Self::CseKms => "CSE-KMS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SSE-S3", "SSE-KMS", "CSE-KMS"]
    }
}
impl ::std::convert::From<EncryptionOption> for ::forma_core::Value<EncryptionOption> {
    fn from(v: EncryptionOption) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncryptionOption {}

/// S3 encryption configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct S3EncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3EncryptionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The S3 encryption option.
    pub fn encryption_option(mut self, value: impl ::forma_core::schema::EnumArg<EncryptionOption>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The KMS key ID for encryption.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3EncryptionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3EncryptionConfiguration> for ::forma_core::Value<S3EncryptionConfiguration> {
    fn from(v: S3EncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PEM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CertificateProviderType {
    /// `PEM`
    Pem,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CertificateProviderType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pem => "PEM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PEM"]
    }
}
impl ::std::convert::From<CertificateProviderType> for ::forma_core::Value<CertificateProviderType> {
    fn from(v: CertificateProviderType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CertificateProviderType {}

/// TLS certificate configuration for in-transit encryption.
#[derive(Debug, Clone, PartialEq)]
pub struct TlsCertificateConfiguration {
    props: ::forma_core::schema::Props,
}
impl TlsCertificateConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The certificate provider type.
    pub fn certificate_provider_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CertificateProviderType>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The ARN of the secret containing the private key.
    pub fn private_key_secret_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The ARN of the secret containing the public key.
    pub fn public_key_secret_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TlsCertificateConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TlsCertificateConfiguration> for ::forma_core::Value<TlsCertificateConfiguration> {
    fn from(v: TlsCertificateConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TLS_CERTIFICATE_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::EMRContainers::SecurityConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EMRContainers::SecurityConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerProvider",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CONTAINER_PROVIDER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\-_]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecurityConfigurationData",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SECURITY_CONFIGURATION_DATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Id"],
};

static CONTAINER_PROVIDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::SecurityConfiguration.ContainerProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z][A-Za-z0-9\\-_]*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Info",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTAINER_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EKS"]),
        },
    ],
    rules: &[],
};

static SECURITY_CONFIGURATION_DATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::SecurityConfiguration.SecurityConfigurationData",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthenticationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTHENTICATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AuthorizationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTHORIZATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EncryptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::SecurityConfiguration.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CONTAINER_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::SecurityConfiguration.ContainerInfo",
    properties: &[::forma_core::schema::Property {
        name: "EksInfo",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&EKS_INFO_TYPE),
    }],
    rules: &[],
};

static AUTHENTICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::SecurityConfiguration.AuthenticationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "IAMConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IAM_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IdentityCenterConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IDENTITY_CENTER_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static AUTHORIZATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::SecurityConfiguration.AuthorizationConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "LakeFormationConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&LAKE_FORMATION_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::SecurityConfiguration.EncryptionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AtRestEncryptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AT_REST_ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InTransitEncryptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IN_TRANSIT_ENCRYPTION_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static EKS_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::SecurityConfiguration.EksInfo",
    properties: &[::forma_core::schema::Property {
        name: "Namespace",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static IAM_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::SecurityConfiguration.IAMConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "SystemRole",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):iam::\\d{12}:role/.+$"),
            min_length: Some(20),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static IDENTITY_CENTER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::SecurityConfiguration.IdentityCenterConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnableIdentityCenter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IdentityCenterApplicationAssignmentRequired",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IdentityCenterInstanceARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$",
                ),
                min_length: Some(10),
                max_length: Some(1224),
            }),
        },
    ],
    rules: &[],
};

static LAKE_FORMATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::SecurityConfiguration.LakeFormationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizedSessionTagValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\.\\-_/#A-Za-z0-9 ]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "QueryAccessControlEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "QueryEngineRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):iam::\\d{12}:role/.+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecureNamespaceInfo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SECURE_NAMESPACE_INFO_TYPE),
        },
    ],
    rules: &[],
};

static AT_REST_ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::SecurityConfiguration.AtRestEncryptionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "LocalDiskEncryptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOCAL_DISK_ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3EncryptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_ENCRYPTION_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static IN_TRANSIT_ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EMRContainers::SecurityConfiguration.InTransitEncryptionConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "TLSCertificateConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TLS_CERTIFICATE_CONFIGURATION_TYPE),
        }],
        rules: &[],
    };

static SECURE_NAMESPACE_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::SecurityConfiguration.SecureNamespaceInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClusterId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z][A-Za-z0-9\\-_]*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
    ],
    rules: &[],
};

static LOCAL_DISK_ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EMRContainers::SecurityConfiguration.LocalDiskEncryptionConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "AwsKmsKeyId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "EncryptionKeyProviderType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["AwsKms"]),
            },
        ],
        rules: &[],
    };

static S3_ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::SecurityConfiguration.S3EncryptionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionOption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SSE-S3", "SSE-KMS", "CSE-KMS"]),
        },
        ::forma_core::schema::Property {
            name: "KMSKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TLS_CERTIFICATE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::SecurityConfiguration.TLSCertificateConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateProviderType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PEM"]),
        },
        ::forma_core::schema::Property {
            name: "PrivateKeySecretArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PublicKeySecretArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
