// @generated from AWS::Transfer::Connector (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Transfer::Connector` and its property types.

/// Resource Type definition for AWS::Transfer::Connector
///
/// CloudFormation type `AWS::Transfer::Connector`.
#[derive(Debug, Clone, PartialEq)]
pub struct Connector {
    props: ::forma_core::schema::Props,
}
impl Connector {
    /// A new resource with its required properties: `AccessRole`.
    #[track_caller]
    pub fn new(access_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, access_role.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Configuration for an AS2 connector.
    #[track_caller]
    pub fn as2_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<As2Config>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Egress configuration for the connector.
    #[track_caller]
    pub fn egress_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectorEgressConfig>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the egress type for the connector.
    #[track_caller]
    pub fn egress_type(mut self, value: impl ::forma_core::schema::EnumArg<ConnectorEgressType>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// IP address type for Connector
    #[track_caller]
    pub fn ip_address_type(mut self, value: impl ::forma_core::schema::EnumArg<IpAddressType>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the logging role for the connector.
    ///
    /// Allowed: length 20 to 2048.
    #[track_caller]
    pub fn logging_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Security policy for SFTP Connector
    ///
    /// Allowed: length 0 to 50.
    #[track_caller]
    pub fn security_policy_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for an SFTP connector.
    #[track_caller]
    pub fn sftp_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<SftpConfig>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Key-value pairs that can be used to group and search for connectors.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// URL for Connector
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Connector {
    type Attributes = ConnectorAttributes;
    fn type_name(&self) -> &str {
        "AWS::Transfer::Connector"
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
/// The attributes of a `AWS::Transfer::Connector` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConnectorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConnectorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConnectorAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ConnectorId`.
    pub fn connector_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConnectorId")
    }
    /// `Fn::GetAtt` `ServiceManagedEgressIpAddresses`.
    pub fn service_managed_egress_ip_addresses(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "ServiceManagedEgressIpAddresses")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `ErrorMessage`.
    pub fn error_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ErrorMessage")
    }
}

/// The values CloudFormation documents: `SERVICE_MANAGED`, `VPC_LATTICE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConnectorEgressType {
    /// `SERVICE_MANAGED`
    ServiceManaged,
    /// `VPC_LATTICE`
    VpcLattice,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConnectorEgressType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ServiceManaged => "SERVICE_MANAGED",
            Self::VpcLattice => "VPC_LATTICE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SERVICE_MANAGED", "VPC_LATTICE"]
    }
}
impl ::std::convert::From<ConnectorEgressType> for ::forma_core::Value<ConnectorEgressType> {
    fn from(v: ConnectorEgressType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConnectorEgressType {}

/// The values CloudFormation documents: `IPV4`, `DUALSTACK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpAddressType {
    /// `IPV4`
    Ipv4,
    /// `DUALSTACK`
    Dualstack,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IpAddressType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "IPV4",
            Self::Dualstack => "DUALSTACK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IPV4", "DUALSTACK"]
    }
}
impl ::std::convert::From<IpAddressType> for ::forma_core::Value<IpAddressType> {
    fn from(v: IpAddressType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpAddressType {}

/// The values CloudFormation documents: `ZLIB`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Compression {
    /// `ZLIB`
    Zlib,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Compression {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Zlib => "ZLIB",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ZLIB", "DISABLED"]
    }
}
impl ::std::convert::From<Compression> for ::forma_core::Value<Compression> {
    fn from(v: Compression) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Compression {}

/// The values CloudFormation documents: `AES128_CBC`, `AES192_CBC`, `AES256_CBC`, `NONE`, `DES_EDE3_CBC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionAlgorithm {
    /// `AES128_CBC`
    Aes128Cbc,
    /// `AES192_CBC`
    Aes192Cbc,
    /// `AES256_CBC`
    Aes256Cbc,
    /// `NONE`
    None,
    /// `DES_EDE3_CBC`
    DesEde3Cbc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncryptionAlgorithm {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aes128Cbc => "AES128_CBC",
            Self::Aes192Cbc => "AES192_CBC",
            Self::Aes256Cbc => "AES256_CBC",
            Self::None => "NONE",
            Self::DesEde3Cbc => "DES_EDE3_CBC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AES128_CBC", "AES192_CBC", "AES256_CBC", "NONE", "DES_EDE3_CBC"]
    }
}
impl ::std::convert::From<EncryptionAlgorithm> for ::forma_core::Value<EncryptionAlgorithm> {
    fn from(v: EncryptionAlgorithm) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncryptionAlgorithm {}

/// The values CloudFormation documents: `SYNC`, `ASYNC`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MdnResponse {
    /// `SYNC`
    Sync,
    /// `ASYNC`
    Async,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MdnResponse {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sync => "SYNC",
            Self::Async => "ASYNC",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SYNC", "ASYNC", "NONE"]
    }
}
impl ::std::convert::From<MdnResponse> for ::forma_core::Value<MdnResponse> {
    fn from(v: MdnResponse) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MdnResponse {}

/// The values CloudFormation documents: `SHA256`, `SHA384`, `SHA512`, `SHA1`, `NONE`, `DEFAULT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MdnSigningAlgorithm {
    /// `SHA256`
    Sha256,
    /// `SHA384`
    Sha384,
    /// `SHA512`
    Sha512,
    /// `SHA1`
    Sha1,
    /// `NONE`
    None,
    /// `DEFAULT`
    Default,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MdnSigningAlgorithm {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sha256 => "SHA256",
            Self::Sha384 => "SHA384",
            Self::Sha512 => "SHA512",
            Self::Sha1 => "SHA1",
            Self::None => "NONE",
            Self::Default => "DEFAULT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SHA256", "SHA384", "SHA512", "SHA1", "NONE", "DEFAULT"]
    }
}
impl ::std::convert::From<MdnSigningAlgorithm> for ::forma_core::Value<MdnSigningAlgorithm> {
    fn from(v: MdnSigningAlgorithm) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MdnSigningAlgorithm {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PreserveContentType {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PreserveContentType {
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
impl ::std::convert::From<PreserveContentType> for ::forma_core::Value<PreserveContentType> {
    fn from(v: PreserveContentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PreserveContentType {}

/// The values CloudFormation documents: `SHA256`, `SHA384`, `SHA512`, `SHA1`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SigningAlgorithm {
    /// `SHA256`
    Sha256,
    /// `SHA384`
    Sha384,
    /// `SHA512`
    Sha512,
    /// `SHA1`
    Sha1,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SigningAlgorithm {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sha256 => "SHA256",
            Self::Sha384 => "SHA384",
            Self::Sha512 => "SHA512",
            Self::Sha1 => "SHA1",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SHA256", "SHA384", "SHA512", "SHA1", "NONE"]
    }
}
impl ::std::convert::From<SigningAlgorithm> for ::forma_core::Value<SigningAlgorithm> {
    fn from(v: SigningAlgorithm) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SigningAlgorithm {}

/// Configuration for an AS2 connector.
#[derive(Debug, Clone, PartialEq)]
pub struct As2Config {
    props: ::forma_core::schema::Props,
}
impl As2Config {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration for an AS2 connector with ASYNC MDN Response
    pub fn async_mdn_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectorAsyncMdnConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// ARN or name of the secret in AWS Secrets Manager which contains the credentials for Basic authentication.
    ///
    /// Allowed: length 0 to 2048.
    pub fn basic_auth_secret_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Compression setting for this AS2 connector configuration.
    pub fn compression(mut self, value: impl ::forma_core::schema::EnumArg<Compression>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Encryption algorithm for this AS2 connector configuration.
    pub fn encryption_algorithm(mut self, value: impl ::forma_core::schema::EnumArg<EncryptionAlgorithm>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// A unique identifier for the local profile.
    ///
    /// Allowed: length 19 to 19.
    pub fn local_profile_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// MDN Response setting for this AS2 connector configuration.
    pub fn mdn_response(mut self, value: impl ::forma_core::schema::EnumArg<MdnResponse>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// MDN Signing algorithm for this AS2 connector configuration.
    pub fn mdn_signing_algorithm(mut self, value: impl ::forma_core::schema::EnumArg<MdnSigningAlgorithm>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// The message subject for this AS2 connector configuration.
    ///
    /// Allowed: length 1 to 1024.
    pub fn message_subject(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// A unique identifier for the partner profile.
    ///
    /// Allowed: length 19 to 19.
    pub fn partner_profile_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Specifies whether to use the AWS S3 object content-type as the content-type for the AS2 message.
    pub fn preserve_content_type(mut self, value: impl ::forma_core::schema::EnumArg<PreserveContentType>) -> Self {
        self.props.set(9, value.into_enum_expr());
        self
    }
    /// Signing algorithm for this AS2 connector configuration.
    pub fn signing_algorithm(mut self, value: impl ::forma_core::schema::EnumArg<SigningAlgorithm>) -> Self {
        self.props.set(10, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for As2Config {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<As2Config> for ::forma_core::Value<As2Config> {
    fn from(v: As2Config) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AS2_CONFIG_TYPE.properties))
    }
}

/// The `ConnectorEgressConfig` property type of `AWS::Transfer::Connector`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorEgressConfig {
    props: ::forma_core::schema::Props,
}
impl ConnectorEgressConfig {
    /// A new value with its required properties: `VpcLattice`.
    pub fn new(vpc_lattice: impl ::std::convert::Into<::forma_core::Value<ConnectorVpcLatticeEgressConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, vpc_lattice.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConnectorEgressConfig> for ::forma_core::Value<ConnectorEgressConfig> {
    fn from(v: ConnectorEgressConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTOR_EGRESS_CONFIG_TYPE.properties))
    }
}

/// Configuration for an SFTP connector.
#[derive(Debug, Clone, PartialEq)]
pub struct SftpConfig {
    props: ::forma_core::schema::Props,
}
impl SftpConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the number of active connections that your connector can establish with the remote server at the same time.
    ///
    /// Allowed: 1 to 5.
    pub fn max_concurrent_connections(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the order in which the connector attempts to use secret versions during authentication.
    pub fn ordered_user_secret_version_stages(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// List of public host keys, for the external server to which you are connecting.
    pub fn trusted_host_keys(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// ARN or name of the secret in AWS Secrets Manager which contains the SFTP user's private keys or passwords.
    ///
    /// Allowed: length 1 to 2048.
    pub fn user_secret_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SftpConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SftpConfig> for ::forma_core::Value<SftpConfig> {
    fn from(v: SftpConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SFTP_CONFIG_TYPE.properties))
    }
}

/// Creates a key-value pair for a specific resource.
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

/// The `ConnectorAsyncMdnConfig` property type of `AWS::Transfer::Connector`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorAsyncMdnConfig {
    props: ::forma_core::schema::Props,
}
impl ConnectorAsyncMdnConfig {
    /// A new value with its required properties: `ServerIds`, `Url`.
    pub fn new(
        server_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, server_ids.into().into_expr());
        props.set(1, url.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConnectorAsyncMdnConfig> for ::forma_core::Value<ConnectorAsyncMdnConfig> {
    fn from(v: ConnectorAsyncMdnConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTOR_ASYNC_MDN_CONFIG_TYPE.properties))
    }
}

/// The `ConnectorVpcLatticeEgressConfig` property type of `AWS::Transfer::Connector`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorVpcLatticeEgressConfig {
    props: ::forma_core::schema::Props,
}
impl ConnectorVpcLatticeEgressConfig {
    /// A new value with its required properties: `ResourceConfigurationArn`.
    pub fn new(
        resource_configuration_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, resource_configuration_arn.into().into_expr());
        Self { props }
    }
    /// Port to connect to on the target VPC Lattice resource
    ///
    /// Allowed: 1 to 65535.
    pub fn port_number(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ConnectorVpcLatticeEgressConfig> for ::forma_core::Value<ConnectorVpcLatticeEgressConfig> {
    fn from(v: ConnectorVpcLatticeEgressConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTOR_VPC_LATTICE_EGRESS_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::Transfer::Connector`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Transfer::Connector",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessRole",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:.*role/.*"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "As2Config",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AS2_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EgressConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTOR_EGRESS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EgressType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SERVICE_MANAGED", "VPC_LATTICE"]),
        },
        ::forma_core::schema::Property {
            name: "IpAddressType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IPV4", "DUALSTACK"]),
        },
        ::forma_core::schema::Property {
            name: "LoggingRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:.*role/.*"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecurityPolicyName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("TransferSFTPConnectorSecurityPolicy-[A-Za-z0-9-]+"),
                min_length: Some(0),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "SftpConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SFTP_CONFIG_TYPE),
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
        ::forma_core::schema::Property {
            name: "Url",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "ConnectorId", "ServiceManagedEgressIpAddresses", "Status", "ErrorMessage"],
};

static AS2_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::Connector.As2Config",
    properties: &[
        ::forma_core::schema::Property {
            name: "AsyncMdnConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTOR_ASYNC_MDN_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BasicAuthSecretId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Compression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ZLIB", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "EncryptionAlgorithm",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AES128_CBC",
                "AES192_CBC",
                "AES256_CBC",
                "NONE",
                "DES_EDE3_CBC",
            ]),
        },
        ::forma_core::schema::Property {
            name: "LocalProfileId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^p-([0-9a-f]{17})$"),
                min_length: Some(19),
                max_length: Some(19),
            }),
        },
        ::forma_core::schema::Property {
            name: "MdnResponse",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SYNC", "ASYNC", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "MdnSigningAlgorithm",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SHA256", "SHA384", "SHA512", "SHA1", "NONE", "DEFAULT"]),
        },
        ::forma_core::schema::Property {
            name: "MessageSubject",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0020-\\u007E\\t]+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "PartnerProfileId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^p-([0-9a-f]{17})$"),
                min_length: Some(19),
                max_length: Some(19),
            }),
        },
        ::forma_core::schema::Property {
            name: "PreserveContentType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "SigningAlgorithm",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SHA256", "SHA384", "SHA512", "SHA1", "NONE"]),
        },
    ],
    rules: &[],
};

static CONNECTOR_EGRESS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::Connector.ConnectorEgressConfig",
    properties: &[::forma_core::schema::Property {
        name: "VpcLattice",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CONNECTOR_VPC_LATTICE_EGRESS_CONFIG_TYPE),
    }],
    rules: &[],
};

static SFTP_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::Connector.SftpConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxConcurrentConnections",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(5.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "OrderedUserSecretVersionStages",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TrustedHostKeys",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "UserSecretId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::Connector.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
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

static CONNECTOR_ASYNC_MDN_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::Connector.ConnectorAsyncMdnConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ServerIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^s-([0-9a-f]{17})$"),
                    min_length: Some(19),
                    max_length: Some(19),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Url",
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

static CONNECTOR_VPC_LATTICE_EGRESS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Transfer::Connector.ConnectorVpcLatticeEgressConfig",
properties: &[
::forma_core::schema::Property { name: "PortNumber", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(65535.0) }) },
::forma_core::schema::Property { name: "ResourceConfigurationArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z0-9\\-]+:vpc-lattice:[a-zA-Z0-9\\-]+:\\d{12}:resourceconfiguration/rcfg-[0-9a-z]{17}$"), min_length: Some(1), max_length: Some(2048) }) },
],
rules: &[],
};
