// @generated from AWS::ACMPCA::Certificate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ACMPCA::Certificate` and its property types.

/// The `AWS::ACMPCA::Certificate` resource is used to issue a certificate using your private certificate authority.
///
/// CloudFormation type `AWS::ACMPCA::Certificate`.
#[derive(Debug, Clone, PartialEq)]
pub struct Certificate {
    props: ::forma_core::schema::Props,
}
impl Certificate {
    /// A new resource with its required properties: `CertificateAuthorityArn`, `CertificateSigningRequest`, `SigningAlgorithm`, `Validity`.
    #[track_caller]
    pub fn new(
        certificate_authority_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        certificate_signing_request: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        signing_algorithm: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        validity: impl ::std::convert::Into<::forma_core::Value<Validity>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, certificate_authority_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, certificate_signing_request.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, signing_algorithm.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, validity.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Specifies X.509 certificate information to be included in the issued certificate.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn api_passthrough(mut self, value: impl ::std::convert::Into<::forma_core::Value<ApiPassthrough>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies a custom configuration template to use when issuing a certificate.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn template_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information describing the start of the validity period of the certificate.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn validity_not_before(mut self, value: impl ::std::convert::Into<::forma_core::Value<Validity>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Certificate {
    type Attributes = CertificateAttributes;
    fn type_name(&self) -> &str {
        "AWS::ACMPCA::Certificate"
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
/// The attributes of a `AWS::ACMPCA::Certificate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CertificateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CertificateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CertificateAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Certificate`.
    pub fn certificate(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Certificate")
    }
}

/// Contains X.509 certificate information to be placed in an issued certificate.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiPassthrough {
    props: ::forma_core::schema::Props,
}
impl ApiPassthrough {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies X.509 extension information for a certificate.
    pub fn extensions(mut self, value: impl ::std::convert::Into<::forma_core::Value<Extensions>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Contains information about the certificate subject.
    pub fn subject(mut self, value: impl ::std::convert::Into<::forma_core::Value<Subject>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ApiPassthrough {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ApiPassthrough> for ::forma_core::Value<ApiPassthrough> {
    fn from(v: ApiPassthrough) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(API_PASSTHROUGH_TYPE.properties))
    }
}

/// Length of time for which the certificate issued by your private certificate authority (CA), or by the private CA itself, is valid in days, months, or years.
#[derive(Debug, Clone, PartialEq)]
pub struct Validity {
    props: ::forma_core::schema::Props,
}
impl Validity {
    /// A new value with its required properties: `Type`, `Value`.
    pub fn new(
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Validity> for ::forma_core::Value<Validity> {
    fn from(v: Validity) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VALIDITY_TYPE.properties))
    }
}

/// Contains X.509 extension information for a certificate.
#[derive(Debug, Clone, PartialEq)]
pub struct Extensions {
    props: ::forma_core::schema::Props,
}
impl Extensions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Contains a sequence of one or more policy information terms, each of which consists of an object identifier (OID) and optional qualifiers.
    pub fn certificate_policies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PolicyInformation>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Contains a sequence of one or more X.509 extensions, each of which consists of an object identifier (OID), a base64-encoded value, and the critical flag.
    pub fn custom_extensions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomExtension>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies additional purposes for which the certified public key may be used other than basic purposes indicated in the `KeyUsage` extension.
    pub fn extended_key_usage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ExtendedKeyUsage>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Defines one or more purposes for which the key contained in the certificate can be used.
    pub fn key_usage(mut self, value: impl ::std::convert::Into<::forma_core::Value<KeyUsage>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The subject alternative name extension allows identities to be bound to the subject of the certificate.
    pub fn subject_alternative_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GeneralName>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Extensions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Extensions> for ::forma_core::Value<Extensions> {
    fn from(v: Extensions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXTENSIONS_TYPE.properties))
    }
}

/// Contains information about the certificate subject.
#[derive(Debug, Clone, PartialEq)]
pub struct Subject {
    props: ::forma_core::schema::Props,
}
impl Subject {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// For CA and end-entity certificates in a private PKI, the common name (CN) can be any string within the length limit.
    pub fn common_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Two-digit code that specifies the country in which the certificate subject located.
    pub fn country(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Contains a sequence of one or more X.500 relative distinguished names (RDNs), each of which consists of an object identifier (OID) and a value.
    pub fn custom_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomAttribute>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Disambiguating information for the certificate subject.
    pub fn distinguished_name_qualifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Typically a qualifier appended to the name of an individual.
    pub fn generation_qualifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// First name.
    pub fn given_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Concatenation that typically contains the first letter of the *GivenName*, the first letter of the middle name if one exists, and the first letter of the *Surname*.
    pub fn initials(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The locality (such as a city or town) in which the certificate subject is located.
    pub fn locality(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Legal name of the organization with which the certificate subject is affiliated.
    pub fn organization(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// A subdivision or unit of the organization (such as sales or finance) with which the certificate subject is affiliated.
    pub fn organizational_unit(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// Typically a shortened version of a longer *GivenName*.
    pub fn pseudonym(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// The certificate serial number.
    pub fn serial_number(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// State in which the subject of the certificate is located.
    pub fn state(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// Family name.
    pub fn surname(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// A title such as Mr.
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

/// Defines the X.509 `CertificatePolicies` extension.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyInformation {
    props: ::forma_core::schema::Props,
}
impl PolicyInformation {
    /// A new value with its required properties: `CertPolicyId`.
    pub fn new(cert_policy_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cert_policy_id.into().into_expr());
        Self { props }
    }
    /// Modifies the given `CertPolicyId` with a qualifier.
    pub fn policy_qualifiers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PolicyQualifierInfo>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PolicyInformation> for ::forma_core::Value<PolicyInformation> {
    fn from(v: PolicyInformation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POLICY_INFORMATION_TYPE.properties))
    }
}

/// Specifies the X.509 extension information for a certificate.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomExtension {
    props: ::forma_core::schema::Props,
}
impl CustomExtension {
    /// A new value with its required properties: `ObjectIdentifier`, `Value`.
    pub fn new(
        object_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, object_identifier.into().into_expr());
        props.set(2, value.into().into_expr());
        Self { props }
    }
    /// Specifies the critical flag of the X.509 extension.
    pub fn critical(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomExtension> for ::forma_core::Value<CustomExtension> {
    fn from(v: CustomExtension) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_EXTENSION_TYPE.properties))
    }
}

/// Specifies additional purposes for which the certified public key may be used other than basic purposes indicated in the `KeyUsage` extension.
#[derive(Debug, Clone, PartialEq)]
pub struct ExtendedKeyUsage {
    props: ::forma_core::schema::Props,
}
impl ExtendedKeyUsage {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies a custom `ExtendedKeyUsage` with an object identifier (OID).
    pub fn extended_key_usage_object_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies a standard `ExtendedKeyUsage` as defined as in [RFC 5280](https://docs.aws.amazon.com/https://datatracker.ietf.org/doc/html/rfc5280#section-4.2.1.12).
    pub fn extended_key_usage_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ExtendedKeyUsage {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ExtendedKeyUsage> for ::forma_core::Value<ExtendedKeyUsage> {
    fn from(v: ExtendedKeyUsage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXTENDED_KEY_USAGE_TYPE.properties))
    }
}

/// Defines one or more purposes for which the key contained in the certificate can be used.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyUsage {
    props: ::forma_core::schema::Props,
}
impl KeyUsage {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Key can be used to sign CRLs.
    pub fn crl_sign(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Key can be used to decipher data.
    pub fn data_encipherment(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Key can be used only to decipher data.
    pub fn decipher_only(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Key can be used for digital signing.
    pub fn digital_signature(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Key can be used only to encipher data.
    pub fn encipher_only(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Key can be used in a key-agreement protocol.
    pub fn key_agreement(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Key can be used to sign certificates.
    pub fn key_cert_sign(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Key can be used to encipher data.
    pub fn key_encipherment(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Key can be used for non-repudiation.
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

/// Describes an ASN.1 X.400 `GeneralName` as defined in [RFC 5280](https://docs.aws.amazon.com/https://datatracker.ietf.org/doc/html/rfc5280).
#[derive(Debug, Clone, PartialEq)]
pub struct GeneralName {
    props: ::forma_core::schema::Props,
}
impl GeneralName {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Contains information about the certificate subject.
    pub fn directory_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<Subject>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Represents `GeneralName` as a DNS name.
    pub fn dns_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Represents `GeneralName` as an `EdiPartyName` object.
    pub fn edi_party_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<EdiPartyName>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Represents `GeneralName` as an IPv4 or IPv6 address.
    pub fn ip_address(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Represents `GeneralName` using an `OtherName` object.
    pub fn other_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<OtherName>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Represents `GeneralName` as an object identifier (OID).
    pub fn registered_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Represents `GeneralName` as an [RFC 822](https://docs.aws.amazon.com/https://datatracker.ietf.org/doc/html/rfc822) email address.
    pub fn rfc822_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Represents `GeneralName` as a URI.
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

/// Defines the X.500 relative distinguished name (RDN).
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

/// Modifies the `CertPolicyId` of a `PolicyInformation` object with a qualifier.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyQualifierInfo {
    props: ::forma_core::schema::Props,
}
impl PolicyQualifierInfo {
    /// A new value with its required properties: `PolicyQualifierId`, `Qualifier`.
    pub fn new(
        policy_qualifier_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        qualifier: impl ::std::convert::Into<::forma_core::Value<Qualifier>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, policy_qualifier_id.into().into_expr());
        props.set(1, qualifier.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PolicyQualifierInfo> for ::forma_core::Value<PolicyQualifierInfo> {
    fn from(v: PolicyQualifierInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POLICY_QUALIFIER_INFO_TYPE.properties))
    }
}

/// Describes an Electronic Data Interchange (EDI) entity as described in as defined in [Subject Alternative Name](https://docs.aws.amazon.com/https://datatracker.ietf.org/doc/html/rfc5280) in RFC 5280.
#[derive(Debug, Clone, PartialEq)]
pub struct EdiPartyName {
    props: ::forma_core::schema::Props,
}
impl EdiPartyName {
    /// A new value with its required properties: `NameAssigner`, `PartyName`.
    pub fn new(
        name_assigner: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        party_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name_assigner.into().into_expr());
        props.set(1, party_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EdiPartyName> for ::forma_core::Value<EdiPartyName> {
    fn from(v: EdiPartyName) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EDI_PARTY_NAME_TYPE.properties))
    }
}

/// Defines a custom ASN.1 X.400 `GeneralName` using an object identifier (OID) and value.
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

/// Defines a `PolicyInformation` qualifier.
#[derive(Debug, Clone, PartialEq)]
pub struct Qualifier {
    props: ::forma_core::schema::Props,
}
impl Qualifier {
    /// A new value with its required properties: `CpsUri`.
    pub fn new(cps_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cps_uri.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Qualifier> for ::forma_core::Value<Qualifier> {
    fn from(v: Qualifier) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUALIFIER_TYPE.properties))
    }
}

/// The schema of `AWS::ACMPCA::Certificate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ACMPCA::Certificate",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiPassthrough",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&API_PASSTHROUGH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CertificateAuthorityArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CertificateSigningRequest",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SigningAlgorithm",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TemplateArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Validity",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&VALIDITY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ValidityNotBefore",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&VALIDITY_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Certificate"],
};

static API_PASSTHROUGH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::Certificate.ApiPassthrough",
    properties: &[
        ::forma_core::schema::Property {
            name: "Extensions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXTENSIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Subject",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SUBJECT_TYPE),
        },
    ],
    rules: &[],
};

static VALIDITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::Certificate.Validity",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static EXTENSIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::Certificate.Extensions",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificatePolicies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&POLICY_INFORMATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CustomExtensions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CUSTOM_EXTENSION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ExtendedKeyUsage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EXTENDED_KEY_USAGE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "KeyUsage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KEY_USAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SubjectAlternativeNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GENERAL_NAME_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static SUBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::Certificate.Subject",
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

static POLICY_INFORMATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::Certificate.PolicyInformation",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertPolicyId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PolicyQualifiers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&POLICY_QUALIFIER_INFO_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static CUSTOM_EXTENSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::Certificate.CustomExtension",
    properties: &[
        ::forma_core::schema::Property {
            name: "Critical",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
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

static EXTENDED_KEY_USAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::Certificate.ExtendedKeyUsage",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExtendedKeyUsageObjectIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ExtendedKeyUsageType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static KEY_USAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::Certificate.KeyUsage",
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

static GENERAL_NAME_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::Certificate.GeneralName",
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

static CUSTOM_ATTRIBUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::Certificate.CustomAttribute",
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

static POLICY_QUALIFIER_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::Certificate.PolicyQualifierInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "PolicyQualifierId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Qualifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&QUALIFIER_TYPE),
        },
    ],
    rules: &[],
};

static EDI_PARTY_NAME_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::Certificate.EdiPartyName",
    properties: &[
        ::forma_core::schema::Property {
            name: "NameAssigner",
            required: true,
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
    name: "AWS::ACMPCA::Certificate.OtherName",
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

static QUALIFIER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ACMPCA::Certificate.Qualifier",
    properties: &[::forma_core::schema::Property {
        name: "CpsUri",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
