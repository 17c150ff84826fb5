// @generated from AWS::ACMPCA::CertificateAuthority (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ACMPCA::CertificateAuthority` and its property types.

/// Private certificate authority.
///
/// CloudFormation type `AWS::ACMPCA::CertificateAuthority`.
#[derive(Debug, Clone, PartialEq)]
pub struct CertificateAuthority {
    props: ::forma_core::schema::Props,
}
impl CertificateAuthority {
    /// A new resource with its required properties: `KeyAlgorithm`, `SigningAlgorithm`, `Subject`, `Type`.
    #[track_caller]
    pub fn new(
        key_algorithm: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        signing_algorithm: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        subject: impl ::std::convert::Into<::forma_core::Value<Subject>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, key_algorithm.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, signing_algorithm.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, subject.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, type_.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Structure that contains CSR pass through extension information used by the CreateCertificateAuthority action.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn csr_extensions(mut self, value: impl ::std::convert::Into<::forma_core::Value<CsrExtensions>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// KeyStorageSecurityStadard defines a cryptographic key management compliance standard used for handling CA keys.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn key_storage_security_standard(
        mut self,
        value: impl ::forma_core::schema::EnumArg<KeyStorageSecurityStandard>,
    ) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Certificate revocation information used by the CreateCertificateAuthority and UpdateCertificateAuthority actions.
    #[track_caller]
    pub fn revocation_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RevocationConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Usage mode of the ceritificate authority.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn usage_mode(mut self, value: impl ::forma_core::schema::EnumArg<UsageMode>) -> Self {
        self.props.set_at(8, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CertificateAuthority {
    type Attributes = CertificateAuthorityAttributes;
    fn type_name(&self) -> &str {
        "AWS::ACMPCA::CertificateAuthority"
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
/// The attributes of a `AWS::ACMPCA::CertificateAuthority` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CertificateAuthorityAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CertificateAuthorityAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CertificateAuthorityAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CertificateSigningRequest`.
    pub fn certificate_signing_request(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CertificateSigningRequest")
    }
}

/// The values CloudFormation documents: `CCPC_LEVEL_1_OR_HIGHER`, `FIPS_140_2_LEVEL_2_OR_HIGHER`, `FIPS_140_2_LEVEL_3_OR_HIGHER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyStorageSecurityStandard {
    /// `CCPC_LEVEL_1_OR_HIGHER`
    CcpcLevel1OrHigher,
    /// `FIPS_140_2_LEVEL_2_OR_HIGHER`
    Fips1402Level2OrHigher,
    /// `FIPS_140_2_LEVEL_3_OR_HIGHER`
    Fips1402Level3OrHigher,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KeyStorageSecurityStandard {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CcpcLevel1OrHigher => "CCPC_LEVEL_1_OR_HIGHER",
            Self::Fips1402Level2OrHigher => "FIPS_140_2_LEVEL_2_OR_HIGHER",
            Self::Fips1402Level3OrHigher => "FIPS_140_2_LEVEL_3_OR_HIGHER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CCPC_LEVEL_1_OR_HIGHER", "FIPS_140_2_LEVEL_2_OR_HIGHER", "FIPS_140_2_LEVEL_3_OR_HIGHER"]
    }
}
impl ::std::convert::From<KeyStorageSecurityStandard> for ::forma_core::Value<KeyStorageSecurityStandard> {
    fn from(v: KeyStorageSecurityStandard) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KeyStorageSecurityStandard {}

/// The values CloudFormation documents: `GENERAL_PURPOSE`, `SHORT_LIVED_CERTIFICATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UsageMode {
    /// `GENERAL_PURPOSE`
    GeneralPurpose,
    /// `SHORT_LIVED_CERTIFICATE`
    ShortLivedCertificate,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UsageMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GeneralPurpose => "GENERAL_PURPOSE",
            Self::ShortLivedCertificate => "SHORT_LIVED_CERTIFICATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GENERAL_PURPOSE", "SHORT_LIVED_CERTIFICATE"]
    }
}
impl ::std::convert::From<UsageMode> for ::forma_core::Value<UsageMode> {
    fn from(v: UsageMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UsageMode {}

/// Structure that contains CSR pass though extensions information.
#[derive(Debug, Clone, PartialEq)]
pub struct CsrExtensions {
    props: ::forma_core::schema::Props,
}
impl CsrExtensions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Structure that contains X.509 KeyUsage information.
    pub fn key_usage(mut self, value: impl ::std::convert::Into<::forma_core::Value<KeyUsage>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Array of X.509 AccessDescription.
    pub fn subject_information_access(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AccessDescription>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CsrExtensions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CsrExtensions> for ::forma_core::Value<CsrExtensions> {
    fn from(v: CsrExtensions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CSR_EXTENSIONS_TYPE.properties))
    }
}

/// Certificate Authority revocation information.
#[derive(Debug, Clone, PartialEq)]
pub struct RevocationConfiguration {
    props: ::forma_core::schema::Props,
}
impl RevocationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Your certificate authority can create and maintain a certificate revocation list (CRL).
    pub fn crl_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CrlConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Helps to configure online certificate status protocol (OCSP) responder for your certificate authority
    pub fn ocsp_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OcspConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RevocationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RevocationConfiguration> for ::forma_core::Value<RevocationConfiguration> {
    fn from(v: RevocationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REVOCATION_CONFIGURATION_TYPE.properties))
    }
}

/// Structure that contains X.500 distinguished name information for your CA.
#[derive(Debug, Clone, PartialEq)]
pub struct Subject {
    props: ::forma_core::schema::Props,
}
impl Subject {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CommonName`.
    pub fn common_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Country`.
    pub fn country(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Array of X.500 attribute type and value.
    pub fn custom_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomAttribute>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DistinguishedNameQualifier`.
    pub fn distinguished_name_qualifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `GenerationQualifier`.
    pub fn generation_qualifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `GivenName`.
    pub fn given_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Initials`.
    pub fn initials(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Locality`.
    pub fn locality(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Organization`.
    pub fn organization(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `OrganizationalUnit`.
    pub fn organizational_unit(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `Pseudonym`.
    pub fn pseudonym(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `SerialNumber`.
    pub fn serial_number(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `State`.
    pub fn state(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `Surname`.
    pub fn surname(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `Title`.
    pub fn title(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Subject {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Subject> for ::forma_core::Value<Subject> {
    fn from(v: Subject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUBJECT_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::ACMPCA::CertificateAuthority`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// `Value`.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// Structure that contains X.509 KeyUsage information.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyUsage {
    props: ::forma_core::schema::Props,
}
impl KeyUsage {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CRLSign`.
    pub fn crl_sign(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DataEncipherment`.
    pub fn data_encipherment(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DecipherOnly`.
    pub fn decipher_only(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DigitalSignature`.
    pub fn digital_signature(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `EncipherOnly`.
    pub fn encipher_only(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `KeyAgreement`.
    pub fn key_agreement(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `KeyCertSign`.
    pub fn key_cert_sign(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `KeyEncipherment`.
    pub fn key_encipherment(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `NonRepudiation`.
    pub fn non_repudiation(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for KeyUsage {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<KeyUsage> for ::forma_core::Value<KeyUsage> {
    fn from(v: KeyUsage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KEY_USAGE_TYPE.properties))
    }
}

/// Structure that contains X.509 AccessDescription information.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessDescription {
    props: ::forma_core::schema::Props,
}
impl AccessDescription {
    /// A new value with its required properties: `AccessLocation`, `AccessMethod`.
    pub fn new(
        access_location: impl ::std::convert::Into<::forma_core::Value<GeneralName>>,
        access_method: impl ::std::convert::Into<::forma_core::Value<AccessMethod>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, access_location.into().into_expr());
        props.set(1, access_method.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AccessDescription> for ::forma_core::Value<AccessDescription> {
    fn from(v: AccessDescription) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_DESCRIPTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `COMPLETE`, `PARTITIONED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CrlType {
    /// `COMPLETE`
    Complete,
    /// `PARTITIONED`
    Partitioned,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CrlType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Complete => "COMPLETE",
            Self::Partitioned => "PARTITIONED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["COMPLETE", "PARTITIONED"]
    }
}
impl ::std::convert::From<CrlType> for ::forma_core::Value<CrlType> {
    fn from(v: CrlType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CrlType {}

/// The values CloudFormation documents: `BUCKET_OWNER_FULL_CONTROL`, `PUBLIC_READ`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3ObjectAcl {
    /// `BUCKET_OWNER_FULL_CONTROL`
    BucketOwnerFullControl,
    /// `PUBLIC_READ`
    PublicRead,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3ObjectAcl {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BucketOwnerFullControl => "BUCKET_OWNER_FULL_CONTROL",
            Self::PublicRead => "PUBLIC_READ",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BUCKET_OWNER_FULL_CONTROL", "PUBLIC_READ"]
    }
}
impl ::std::convert::From<S3ObjectAcl> for ::forma_core::Value<S3ObjectAcl> {
    fn from(v: S3ObjectAcl) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3ObjectAcl {}

/// Your certificate authority can create and maintain a certificate revocation list (CRL).
#[derive(Debug, Clone, PartialEq)]
pub struct CrlConfiguration {
    props: ::forma_core::schema::Props,
}
impl CrlConfiguration {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, enabled.into().into_expr());
        Self { props }
    }
    /// Configures the default behavior of the CRL Distribution Point extension for certificates issued by your certificate authority
    pub fn crl_distribution_point_extension_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CrlDistributionPointExtensionConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CrlType`.
    pub fn crl_type(mut self, value: impl ::forma_core::schema::EnumArg<CrlType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `CustomCname`.
    ///
    /// Allowed: length 0 to 253.
    pub fn custom_cname(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `CustomPath`.
    ///
    /// Allowed: length 0 to 253.
    pub fn custom_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ExpirationInDays`.
    ///
    /// Allowed: 1 to 5000.
    pub fn expiration_in_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `S3BucketName`.
    ///
    /// Allowed: length 3 to 255.
    pub fn s3_bucket_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `S3ObjectAcl`.
    pub fn s3_object_acl(mut self, value: impl ::forma_core::schema::EnumArg<S3ObjectAcl>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<CrlConfiguration> for ::forma_core::Value<CrlConfiguration> {
    fn from(v: CrlConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CRL_CONFIGURATION_TYPE.properties))
    }
}

/// Helps to configure online certificate status protocol (OCSP) responder for your certificate authority
#[derive(Debug, Clone, PartialEq)]
pub struct OcspConfiguration {
    props: ::forma_core::schema::Props,
}
impl OcspConfiguration {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
    /// `OcspCustomCname`.
    ///
    /// Allowed: length 0 to 253.
    pub fn ocsp_custom_cname(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OcspConfiguration> for ::forma_core::Value<OcspConfiguration> {
    fn from(v: OcspConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OCSP_CONFIGURATION_TYPE.properties))
    }
}

/// Structure that contains X.500 attribute type and value.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomAttribute {
    props: ::forma_core::schema::Props,
}
impl CustomAttribute {
    /// A new value with its required properties: `ObjectIdentifier`, `Value`.
    pub fn new(
        object_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, object_identifier.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomAttribute> for ::forma_core::Value<CustomAttribute> {
    fn from(v: CustomAttribute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_ATTRIBUTE_TYPE.properties))
    }
}

/// Structure that contains X.509 GeneralName information.
#[derive(Debug, Clone, PartialEq)]
pub struct GeneralName {
    props: ::forma_core::schema::Props,
}
impl GeneralName {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Structure that contains X.500 distinguished name information for your CA.
    pub fn directory_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<Subject>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// String that contains X.509 DnsName information.
    pub fn dns_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Structure that contains X.509 EdiPartyName information.
    pub fn edi_party_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<EdiPartyName>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// String that contains X.509 IpAddress information.
    pub fn ip_address(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Structure that contains X.509 OtherName information.
    pub fn other_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<OtherName>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// String that contains X.509 ObjectIdentifier information.
    pub fn registered_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// String that contains X.509 Rfc822Name information.
    pub fn rfc822_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// String that contains X.509 UniformResourceIdentifier information.
    pub fn uniform_resource_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GeneralName {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GeneralName> for ::forma_core::Value<GeneralName> {
    fn from(v: GeneralName) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GENERAL_NAME_TYPE.properties))
    }
}

/// Structure that contains X.509 AccessMethod information.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessMethod {
    props: ::forma_core::schema::Props,
}
impl AccessMethod {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Pre-defined enum string for X.509 AccessMethod ObjectIdentifiers.
    pub fn access_method_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// String that contains X.509 ObjectIdentifier information.
    pub fn custom_object_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AccessMethod {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AccessMethod> for ::forma_core::Value<AccessMethod> {
    fn from(v: AccessMethod) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_METHOD_TYPE.properties))
    }
}

/// Configures the default behavior of the CRL Distribution Point extension for certificates issued by your certificate authority
#[derive(Debug, Clone, PartialEq)]
pub struct CrlDistributionPointExtensionConfiguration {
    props: ::forma_core::schema::Props,
}
impl CrlDistributionPointExtensionConfiguration {
    /// A new value with its required properties: `OmitExtension`.
    pub fn new(omit_extension: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, omit_extension.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CrlDistributionPointExtensionConfiguration>
    for ::forma_core::Value<CrlDistributionPointExtensionConfiguration>
{
    fn from(v: CrlDistributionPointExtensionConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(CRL_DISTRIBUTION_POINT_EXTENSION_CONFIGURATION_TYPE.properties),
        )
    }
}

/// Structure that contains X.509 EdiPartyName information.
#[derive(Debug, Clone, PartialEq)]
pub struct EdiPartyName {
    props: ::forma_core::schema::Props,
}
impl EdiPartyName {
    /// A new value with its required properties: `PartyName`.
    pub fn new(party_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, party_name.into().into_expr());
        Self { props }
    }
    /// `NameAssigner`.
    pub fn name_assigner(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EdiPartyName> for ::forma_core::Value<EdiPartyName> {
    fn from(v: EdiPartyName) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EDI_PARTY_NAME_TYPE.properties))
    }
}

/// Structure that contains X.509 OtherName information.
#[derive(Debug, Clone, PartialEq)]
pub struct OtherName {
    props: ::forma_core::schema::Props,
}
impl OtherName {
    /// A new value with its required properties: `TypeId`, `Value`.
    pub fn new(
        type_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_id.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OtherName> for ::forma_core::Value<OtherName> {
    fn from(v: OtherName) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OTHER_NAME_TYPE.properties))
    }
}

/// The schema of `AWS::ACMPCA::CertificateAuthority`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ACMPCA::CertificateAuthority",
    properties: &[
        ::forma_core::schema::Property {
            name: "CsrExtensions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CSR_EXTENSIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KeyAlgorithm",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KeyStorageSecurityStandard",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "CCPC_LEVEL_1_OR_HIGHER",
                "FIPS_140_2_LEVEL_2_OR_HIGHER",
                "FIPS_140_2_LEVEL_3_OR_HIGHER",
            ]),
        },
        ::forma_core::schema::Property {
            name: "RevocationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REVOCATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SigningAlgorithm",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Subject",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SUBJECT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UsageMode",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["GENERAL_PURPOSE", "SHORT_LIVED_CERTIFICATE"]),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CertificateSigningRequest"],
};

static CSR_EXTENSIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::CertificateAuthority.CsrExtensions",
    properties: &[
        ::forma_core::schema::Property {
            name: "KeyUsage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KEY_USAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SubjectInformationAccess",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACCESS_DESCRIPTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static REVOCATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::CertificateAuthority.RevocationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CrlConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CRL_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OcspConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OCSP_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static SUBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::CertificateAuthority.Subject",
    properties: &[
        ::forma_core::schema::Property {
            name: "CommonName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Country",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CustomAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CUSTOM_ATTRIBUTE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DistinguishedNameQualifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GenerationQualifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GivenName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Initials",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Locality",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Organization",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OrganizationalUnit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Pseudonym",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SerialNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Surname",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Title",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::CertificateAuthority.Tag",
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
            required: false,
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

static KEY_USAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::CertificateAuthority.KeyUsage",
    properties: &[
        ::forma_core::schema::Property {
            name: "CRLSign",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DataEncipherment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DecipherOnly",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DigitalSignature",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EncipherOnly",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "KeyAgreement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "KeyCertSign",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "KeyEncipherment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NonRepudiation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static ACCESS_DESCRIPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::CertificateAuthority.AccessDescription",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessLocation",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GENERAL_NAME_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AccessMethod",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCESS_METHOD_TYPE),
        },
    ],
    rules: &[],
};

static CRL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::CertificateAuthority.CrlConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CrlDistributionPointExtensionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CRL_DISTRIBUTION_POINT_EXTENSION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CrlType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["COMPLETE", "PARTITIONED"]),
        },
        ::forma_core::schema::Property {
            name: "CustomCname",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[-a-zA-Z0-9;/?:@&=+$,%_.!~*()']*$"),
                min_length: Some(0),
                max_length: Some(253),
            }),
        },
        ::forma_core::schema::Property {
            name: "CustomPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(/|[-a-zA-Z0-9;?:@&=+$,%_.!~*()']+(/[-a-zA-Z0-9;?:@&=+$,%_.!~*()']+)*)$"),
                min_length: Some(0),
                max_length: Some(253),
            }),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ExpirationInDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(5000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3BucketName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[-a-zA-Z0-9._/]+$"),
                min_length: Some(3),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3ObjectAcl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BUCKET_OWNER_FULL_CONTROL", "PUBLIC_READ"]),
        },
    ],
    rules: &[],
};

static OCSP_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::CertificateAuthority.OcspConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "OcspCustomCname",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[-a-zA-Z0-9;/?:@&=+$,%_.!~*()']*$"),
                min_length: Some(0),
                max_length: Some(253),
            }),
        },
    ],
    rules: &[],
};

static CUSTOM_ATTRIBUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::CertificateAuthority.CustomAttribute",
    properties: &[
        ::forma_core::schema::Property {
            name: "ObjectIdentifier",
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

static GENERAL_NAME_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::CertificateAuthority.GeneralName",
    properties: &[
        ::forma_core::schema::Property {
            name: "DirectoryName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SUBJECT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DnsName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EdiPartyName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EDI_PARTY_NAME_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IpAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OtherName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OTHER_NAME_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RegisteredId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Rfc822Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UniformResourceIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ACCESS_METHOD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::CertificateAuthority.AccessMethod",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessMethodType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CustomObjectIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CRL_DISTRIBUTION_POINT_EXTENSION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ACMPCA::CertificateAuthority.CrlDistributionPointExtensionConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "OmitExtension",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        }],
        rules: &[],
    };

static EDI_PARTY_NAME_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::CertificateAuthority.EdiPartyName",
    properties: &[
        ::forma_core::schema::Property {
            name: "NameAssigner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PartyName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static OTHER_NAME_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::CertificateAuthority.OtherName",
    properties: &[
        ::forma_core::schema::Property {
            name: "TypeId",
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
