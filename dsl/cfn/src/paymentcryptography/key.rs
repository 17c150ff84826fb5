// @generated from AWS::PaymentCryptography::Key (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::PaymentCryptography::Key` and its property types.

/// Definition of AWS::PaymentCryptography::Key Resource Type
///
/// CloudFormation type `AWS::PaymentCryptography::Key`.
#[derive(Debug, Clone, PartialEq)]
pub struct Key {
    props: ::forma_core::schema::Props,
}
impl Key {
    /// A new resource with its required properties: `Exportable`, `KeyAttributes`.
    #[track_caller]
    pub fn new(
        exportable: impl ::std::convert::Into<::forma_core::Value<bool>>,
        key_attributes: impl ::std::convert::Into<::forma_core::Value<KeyAttributes2>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, exportable.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, key_attributes.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `DeriveKeyUsage`.
    #[track_caller]
    pub fn derive_key_usage(mut self, value: impl ::forma_core::schema::EnumArg<DeriveKeyUsage>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Enabled`.
    #[track_caller]
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `KeyCheckValueAlgorithm`.
    #[track_caller]
    pub fn key_check_value_algorithm(
        mut self,
        value: impl ::forma_core::schema::EnumArg<KeyCheckValueAlgorithm>,
    ) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The resource-based policy attached to the key, in JSON format.
    ///
    /// Allowed: length 1 to 20480.
    #[track_caller]
    pub fn policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ReplicationRegions`.
    #[track_caller]
    pub fn replication_regions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Key {
    type Attributes = KeyAttributes;
    fn type_name(&self) -> &str {
        "AWS::PaymentCryptography::Key"
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
/// The attributes of a `AWS::PaymentCryptography::Key` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct KeyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for KeyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl KeyAttributes {
    /// `Fn::GetAtt` `KeyIdentifier`.
    pub fn key_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "KeyIdentifier")
    }
    /// `Fn::GetAtt` `KeyOrigin`.
    pub fn key_origin(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "KeyOrigin")
    }
    /// `Fn::GetAtt` `KeyState`.
    pub fn key_state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "KeyState")
    }
    /// `Fn::GetAtt` `ReplicationStatus`.
    pub fn replication_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ReplicationStatus")
    }
}

/// The values CloudFormation documents: `TR31_B0_BASE_DERIVATION_KEY`, `TR31_C0_CARD_VERIFICATION_KEY`, `TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY`, `TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS`, `TR31_E1_EMV_MKEY_CONFIDENTIALITY`, `TR31_E2_EMV_MKEY_INTEGRITY`, `TR31_E4_EMV_MKEY_DYNAMIC_NUMBERS`, `TR31_E5_EMV_MKEY_CARD_PERSONALIZATION`, `TR31_E6_EMV_MKEY_OTHER`, `TR31_K0_KEY_ENCRYPTION_KEY`, `TR31_K1_KEY_BLOCK_PROTECTION_KEY`, `TR31_M3_ISO_9797_3_MAC_KEY`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeriveKeyUsage {
    /// `TR31_B0_BASE_DERIVATION_KEY`
    Tr31B0BaseDerivationKey,
    /// `TR31_C0_CARD_VERIFICATION_KEY`
    Tr31C0CardVerificationKey,
    /// `TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY`
    Tr31D0SymmetricDataEncryptionKey,
    /// `TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS`
    Tr31E0EmvMkeyAppCryptograms,
    /// `TR31_E1_EMV_MKEY_CONFIDENTIALITY`
    Tr31E1EmvMkeyConfidentiality,
    /// `TR31_E2_EMV_MKEY_INTEGRITY`
    Tr31E2EmvMkeyIntegrity,
    /// `TR31_E4_EMV_MKEY_DYNAMIC_NUMBERS`
    Tr31E4EmvMkeyDynamicNumbers,
    /// `TR31_E5_EMV_MKEY_CARD_PERSONALIZATION`
    Tr31E5EmvMkeyCardPersonalization,
    /// `TR31_E6_EMV_MKEY_OTHER`
    Tr31E6EmvMkeyOther,
    /// `TR31_K0_KEY_ENCRYPTION_KEY`
    Tr31K0KeyEncryptionKey,
    /// `TR31_K1_KEY_BLOCK_PROTECTION_KEY`
    Tr31K1KeyBlockProtectionKey,
    /// `TR31_M3_ISO_9797_3_MAC_KEY`
    Tr31M3Iso97973MacKey,
    /// `TR31_M1_ISO_9797_1_MAC_KEY`
    Tr31M1Iso97971MacKey,
    /// `TR31_M6_ISO_9797_5_CMAC_KEY`
    Tr31M6Iso97975CmacKey,
    /// `TR31_M7_HMAC_KEY`
    Tr31M7HmacKey,
    /// `TR31_P0_PIN_ENCRYPTION_KEY`
    Tr31P0PinEncryptionKey,
    /// `TR31_P1_PIN_GENERATION_KEY`
    Tr31P1PinGenerationKey,
    /// `TR31_V1_IBM3624_PIN_VERIFICATION_KEY`
    Tr31V1Ibm3624PinVerificationKey,
    /// `TR31_V2_VISA_PIN_VERIFICATION_KEY`
    Tr31V2VisaPinVerificationKey,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeriveKeyUsage {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tr31B0BaseDerivationKey => "TR31_B0_BASE_DERIVATION_KEY",
            Self::Tr31C0CardVerificationKey => "TR31_C0_CARD_VERIFICATION_KEY",
            Self::Tr31D0SymmetricDataEncryptionKey => "TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY",
            Self::Tr31E0EmvMkeyAppCryptograms => "TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS",
            Self::Tr31E1EmvMkeyConfidentiality => "TR31_E1_EMV_MKEY_CONFIDENTIALITY",
            Self::Tr31E2EmvMkeyIntegrity => "TR31_E2_EMV_MKEY_INTEGRITY",
            Self::Tr31E4EmvMkeyDynamicNumbers => "TR31_E4_EMV_MKEY_DYNAMIC_NUMBERS",
            Self::Tr31E5EmvMkeyCardPersonalization => "TR31_E5_EMV_MKEY_CARD_PERSONALIZATION",
            Self::Tr31E6EmvMkeyOther => "TR31_E6_EMV_MKEY_OTHER",
            Self::Tr31K0KeyEncryptionKey => "TR31_K0_KEY_ENCRYPTION_KEY",
            Self::Tr31K1KeyBlockProtectionKey => "TR31_K1_KEY_BLOCK_PROTECTION_KEY",
            Self::Tr31M3Iso97973MacKey => "TR31_M3_ISO_9797_3_MAC_KEY",
            Self::Tr31M1Iso97971MacKey => "TR31_M1_ISO_9797_1_MAC_KEY",
            Self::Tr31M6Iso97975CmacKey => "TR31_M6_ISO_9797_5_CMAC_KEY",
            Self::Tr31M7HmacKey => "TR31_M7_HMAC_KEY",
            Self::Tr31P0PinEncryptionKey => "TR31_P0_PIN_ENCRYPTION_KEY",
            Self::Tr31P1PinGenerationKey => "TR31_P1_PIN_GENERATION_KEY",
            Self::Tr31V1Ibm3624PinVerificationKey => "TR31_V1_IBM3624_PIN_VERIFICATION_KEY",
            Self::Tr31V2VisaPinVerificationKey => "TR31_V2_VISA_PIN_VERIFICATION_KEY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "TR31_B0_BASE_DERIVATION_KEY",
            "TR31_C0_CARD_VERIFICATION_KEY",
            "TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY",
            "TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS",
            "TR31_E1_EMV_MKEY_CONFIDENTIALITY",
            "TR31_E2_EMV_MKEY_INTEGRITY",
            "TR31_E4_EMV_MKEY_DYNAMIC_NUMBERS",
            "TR31_E5_EMV_MKEY_CARD_PERSONALIZATION",
            "TR31_E6_EMV_MKEY_OTHER",
            "TR31_K0_KEY_ENCRYPTION_KEY",
            "TR31_K1_KEY_BLOCK_PROTECTION_KEY",
            "TR31_M3_ISO_9797_3_MAC_KEY",
            "TR31_M1_ISO_9797_1_MAC_KEY",
            "TR31_M6_ISO_9797_5_CMAC_KEY",
            "TR31_M7_HMAC_KEY",
            "TR31_P0_PIN_ENCRYPTION_KEY",
            "TR31_P1_PIN_GENERATION_KEY",
            "TR31_V1_IBM3624_PIN_VERIFICATION_KEY",
            "TR31_V2_VISA_PIN_VERIFICATION_KEY",
        ]
    }
}
impl ::std::convert::From<DeriveKeyUsage> for ::forma_core::Value<DeriveKeyUsage> {
    fn from(v: DeriveKeyUsage) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeriveKeyUsage {}

/// The values CloudFormation documents: `CMAC`, `ANSI_X9_24`, `HMAC`, `SHA_1`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyCheckValueAlgorithm {
    /// `CMAC`
    Cmac,
    /// `ANSI_X9_24`
    AnsiX924,
    /// `HMAC`
    Hmac,
    /// `SHA_1`
    Sha1,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KeyCheckValueAlgorithm {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cmac => "CMAC",
            Self::AnsiX924 => "ANSI_X9_24",
            Self::Hmac => "HMAC",
            Self::Sha1 => "SHA_1",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CMAC", "ANSI_X9_24", "HMAC", "SHA_1"]
    }
}
impl ::std::convert::From<KeyCheckValueAlgorithm> for ::forma_core::Value<KeyCheckValueAlgorithm> {
    fn from(v: KeyCheckValueAlgorithm) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KeyCheckValueAlgorithm {}

/// The values CloudFormation documents: `TDES_2KEY`, `TDES_3KEY`, `AES_128`, `AES_192`, `AES_256`, `HMAC_SHA256`, `HMAC_SHA384`, `HMAC_SHA512`, `HMAC_SHA224`, `RSA_2048`, `RSA_3072`, `RSA_4096`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyAlgorithm {
    /// `TDES_2KEY`
    Tdes2Key,
    /// `TDES_3KEY`
    Tdes3Key,
    /// `AES_128`
    Aes128,
    /// `AES_192`
    Aes192,
    /// `AES_256`
    Aes256,
    /// `HMAC_SHA256`
    HmacSha256,
    /// `HMAC_SHA384`
    HmacSha384,
    /// `HMAC_SHA512`
    HmacSha512,
    /// `HMAC_SHA224`
    HmacSha224,
    /// `RSA_2048`
    Rsa2048,
    /// `RSA_3072`
    Rsa3072,
    /// `RSA_4096`
    Rsa4096,
    /// `ECC_NIST_P256`
    EccNistP256,
    /// `ECC_NIST_P384`
    EccNistP384,
    /// `ECC_NIST_P521`
    EccNistP521,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KeyAlgorithm {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tdes2Key => "TDES_2KEY",
            Self::Tdes3Key => "TDES_3KEY",
            Self::Aes128 => "AES_128",
            Self::Aes192 => "AES_192",
            Self::Aes256 => "AES_256",
            Self::HmacSha256 => "HMAC_SHA256",
            Self::HmacSha384 => "HMAC_SHA384",
            Self::HmacSha512 => "HMAC_SHA512",
            Self::HmacSha224 => "HMAC_SHA224",
            Self::Rsa2048 => "RSA_2048",
            Self::Rsa3072 => "RSA_3072",
            Self::Rsa4096 => "RSA_4096",
            Self::EccNistP256 => "ECC_NIST_P256",
            Self::EccNistP384 => "ECC_NIST_P384",
            Self::EccNistP521 => "ECC_NIST_P521",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "TDES_2KEY",
            "TDES_3KEY",
            "AES_128",
            "AES_192",
            "AES_256",
            "HMAC_SHA256",
            "HMAC_SHA384",
            "HMAC_SHA512",
            "HMAC_SHA224",
            "RSA_2048",
            "RSA_3072",
            "RSA_4096",
            "ECC_NIST_P256",
            "ECC_NIST_P384",
            "ECC_NIST_P521",
        ]
    }
}
impl ::std::convert::From<KeyAlgorithm> for ::forma_core::Value<KeyAlgorithm> {
    fn from(v: KeyAlgorithm) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KeyAlgorithm {}

/// The values CloudFormation documents: `SYMMETRIC_KEY`, `ASYMMETRIC_KEY_PAIR`, `PRIVATE_KEY`, `PUBLIC_KEY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyClass {
    /// `SYMMETRIC_KEY`
    SymmetricKey,
    /// `ASYMMETRIC_KEY_PAIR`
    AsymmetricKeyPair,
    /// `PRIVATE_KEY`
    PrivateKey,
    /// `PUBLIC_KEY`
    PublicKey,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KeyClass {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SymmetricKey => "SYMMETRIC_KEY",
            Self::AsymmetricKeyPair => "ASYMMETRIC_KEY_PAIR",
            Self::PrivateKey => "PRIVATE_KEY",
            Self::PublicKey => "PUBLIC_KEY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SYMMETRIC_KEY", "ASYMMETRIC_KEY_PAIR", "PRIVATE_KEY", "PUBLIC_KEY"]
    }
}
impl ::std::convert::From<KeyClass> for ::forma_core::Value<KeyClass> {
    fn from(v: KeyClass) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KeyClass {}

/// The values CloudFormation documents: `TR31_B0_BASE_DERIVATION_KEY`, `TR31_C0_CARD_VERIFICATION_KEY`, `TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY`, `TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION`, `TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS`, `TR31_E1_EMV_MKEY_CONFIDENTIALITY`, `TR31_E2_EMV_MKEY_INTEGRITY`, `TR31_E4_EMV_MKEY_DYNAMIC_NUMBERS`, `TR31_E5_EMV_MKEY_CARD_PERSONALIZATION`, `TR31_E6_EMV_MKEY_OTHER`, `TR31_K0_KEY_ENCRYPTION_KEY`, `TR31_K1_KEY_BLOCK_PROTECTION_KEY`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyUsage {
    /// `TR31_B0_BASE_DERIVATION_KEY`
    Tr31B0BaseDerivationKey,
    /// `TR31_C0_CARD_VERIFICATION_KEY`
    Tr31C0CardVerificationKey,
    /// `TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY`
    Tr31D0SymmetricDataEncryptionKey,
    /// `TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION`
    Tr31D1AsymmetricKeyForDataEncryption,
    /// `TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS`
    Tr31E0EmvMkeyAppCryptograms,
    /// `TR31_E1_EMV_MKEY_CONFIDENTIALITY`
    Tr31E1EmvMkeyConfidentiality,
    /// `TR31_E2_EMV_MKEY_INTEGRITY`
    Tr31E2EmvMkeyIntegrity,
    /// `TR31_E4_EMV_MKEY_DYNAMIC_NUMBERS`
    Tr31E4EmvMkeyDynamicNumbers,
    /// `TR31_E5_EMV_MKEY_CARD_PERSONALIZATION`
    Tr31E5EmvMkeyCardPersonalization,
    /// `TR31_E6_EMV_MKEY_OTHER`
    Tr31E6EmvMkeyOther,
    /// `TR31_K0_KEY_ENCRYPTION_KEY`
    Tr31K0KeyEncryptionKey,
    /// `TR31_K1_KEY_BLOCK_PROTECTION_KEY`
    Tr31K1KeyBlockProtectionKey,
    /// `TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT`
    Tr31K3AsymmetricKeyForKeyAgreement,
    /// `TR31_M0_ISO_16609_MAC_KEY`
    Tr31M0Iso16609MacKey,
    /// `TR31_M3_ISO_9797_3_MAC_KEY`
    Tr31M3Iso97973MacKey,
    /// `TR31_M1_ISO_9797_1_MAC_KEY`
    Tr31M1Iso97971MacKey,
    /// `TR31_M6_ISO_9797_5_CMAC_KEY`
    Tr31M6Iso97975CmacKey,
    /// `TR31_M7_HMAC_KEY`
    Tr31M7HmacKey,
    /// `TR31_P0_PIN_ENCRYPTION_KEY`
    Tr31P0PinEncryptionKey,
    /// `TR31_P1_PIN_GENERATION_KEY`
    Tr31P1PinGenerationKey,
    /// `TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE`
    Tr31S0AsymmetricKeyForDigitalSignature,
    /// `TR31_V1_IBM3624_PIN_VERIFICATION_KEY`
    Tr31V1Ibm3624PinVerificationKey,
    /// `TR31_V2_VISA_PIN_VERIFICATION_KEY`
    Tr31V2VisaPinVerificationKey,
    /// `TR31_K2_TR34_ASYMMETRIC_KEY`
    Tr31K2Tr34AsymmetricKey,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KeyUsage {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tr31B0BaseDerivationKey => "TR31_B0_BASE_DERIVATION_KEY",
            Self::Tr31C0CardVerificationKey => "TR31_C0_CARD_VERIFICATION_KEY",
            Self::Tr31D0SymmetricDataEncryptionKey => "TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY",
            Self::Tr31D1AsymmetricKeyForDataEncryption => "TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION",
            Self::Tr31E0EmvMkeyAppCryptograms => "TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS",
            Self::Tr31E1EmvMkeyConfidentiality => "TR31_E1_EMV_MKEY_CONFIDENTIALITY",
            Self::Tr31E2EmvMkeyIntegrity => "TR31_E2_EMV_MKEY_INTEGRITY",
            Self::Tr31E4EmvMkeyDynamicNumbers => "TR31_E4_EMV_MKEY_DYNAMIC_NUMBERS",
            Self::Tr31E5EmvMkeyCardPersonalization => "TR31_E5_EMV_MKEY_CARD_PERSONALIZATION",
            Self::Tr31E6EmvMkeyOther => "TR31_E6_EMV_MKEY_OTHER",
            Self::Tr31K0KeyEncryptionKey => "TR31_K0_KEY_ENCRYPTION_KEY",
            Self::Tr31K1KeyBlockProtectionKey => "TR31_K1_KEY_BLOCK_PROTECTION_KEY",
            Self::Tr31K3AsymmetricKeyForKeyAgreement => "TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT",
            Self::Tr31M0Iso16609MacKey => "TR31_M0_ISO_16609_MAC_KEY",
            Self::Tr31M3Iso97973MacKey => "TR31_M3_ISO_9797_3_MAC_KEY",
            Self::Tr31M1Iso97971MacKey => "TR31_M1_ISO_9797_1_MAC_KEY",
            Self::Tr31M6Iso97975CmacKey => "TR31_M6_ISO_9797_5_CMAC_KEY",
            Self::Tr31M7HmacKey => "TR31_M7_HMAC_KEY",
            Self::Tr31P0PinEncryptionKey => "TR31_P0_PIN_ENCRYPTION_KEY",
            Self::Tr31P1PinGenerationKey => "TR31_P1_PIN_GENERATION_KEY",
            Self::Tr31S0AsymmetricKeyForDigitalSignature => "TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE",
            Self::Tr31V1Ibm3624PinVerificationKey => "TR31_V1_IBM3624_PIN_VERIFICATION_KEY",
            Self::Tr31V2VisaPinVerificationKey => "TR31_V2_VISA_PIN_VERIFICATION_KEY",
            Self::Tr31K2Tr34AsymmetricKey => "TR31_K2_TR34_ASYMMETRIC_KEY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "TR31_B0_BASE_DERIVATION_KEY",
            "TR31_C0_CARD_VERIFICATION_KEY",
            "TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY",
            "TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION",
            "TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS",
            "TR31_E1_EMV_MKEY_CONFIDENTIALITY",
            "TR31_E2_EMV_MKEY_INTEGRITY",
            "TR31_E4_EMV_MKEY_DYNAMIC_NUMBERS",
            "TR31_E5_EMV_MKEY_CARD_PERSONALIZATION",
            "TR31_E6_EMV_MKEY_OTHER",
            "TR31_K0_KEY_ENCRYPTION_KEY",
            "TR31_K1_KEY_BLOCK_PROTECTION_KEY",
            "TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT",
            "TR31_M0_ISO_16609_MAC_KEY",
            "TR31_M3_ISO_9797_3_MAC_KEY",
            "TR31_M1_ISO_9797_1_MAC_KEY",
            "TR31_M6_ISO_9797_5_CMAC_KEY",
            "TR31_M7_HMAC_KEY",
            "TR31_P0_PIN_ENCRYPTION_KEY",
            "TR31_P1_PIN_GENERATION_KEY",
            "TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE",
            "TR31_V1_IBM3624_PIN_VERIFICATION_KEY",
            "TR31_V2_VISA_PIN_VERIFICATION_KEY",
            "TR31_K2_TR34_ASYMMETRIC_KEY",
        ]
    }
}
impl ::std::convert::From<KeyUsage> for ::forma_core::Value<KeyUsage> {
    fn from(v: KeyUsage) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KeyUsage {}

/// The `KeyAttributes` property type of `AWS::PaymentCryptography::Key`.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyAttributes2 {
    props: ::forma_core::schema::Props,
}
impl KeyAttributes2 {
    /// A new value with its required properties: `KeyAlgorithm`, `KeyClass`, `KeyModesOfUse`, `KeyUsage`.
    pub fn new(
        key_algorithm: impl ::forma_core::schema::EnumArg<KeyAlgorithm>,
        key_class: impl ::forma_core::schema::EnumArg<KeyClass>,
        key_modes_of_use: impl ::std::convert::Into<::forma_core::Value<KeyModesOfUse>>,
        key_usage: impl ::forma_core::schema::EnumArg<KeyUsage>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key_algorithm.into_enum_expr());
        props.set(1, key_class.into_enum_expr());
        props.set(2, key_modes_of_use.into().into_expr());
        props.set(3, key_usage.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<KeyAttributes2> for ::forma_core::Value<KeyAttributes2> {
    fn from(v: KeyAttributes2) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KEY_ATTRIBUTES2_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::PaymentCryptography::Key`.
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

/// The `KeyModesOfUse` property type of `AWS::PaymentCryptography::Key`.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyModesOfUse {
    props: ::forma_core::schema::Props,
}
impl KeyModesOfUse {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Decrypt`.
    pub fn decrypt(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DeriveKey`.
    pub fn derive_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Encrypt`.
    pub fn encrypt(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Generate`.
    pub fn generate(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `NoRestrictions`.
    pub fn no_restrictions(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Sign`.
    pub fn sign(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Unwrap`.
    pub fn unwrap(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Verify`.
    pub fn verify(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Wrap`.
    pub fn wrap(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for KeyModesOfUse {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<KeyModesOfUse> for ::forma_core::Value<KeyModesOfUse> {
    fn from(v: KeyModesOfUse) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KEY_MODES_OF_USE_TYPE.properties))
    }
}

/// The schema of `AWS::PaymentCryptography::Key`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::PaymentCryptography::Key",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeriveKeyUsage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "TR31_B0_BASE_DERIVATION_KEY",
                "TR31_C0_CARD_VERIFICATION_KEY",
                "TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY",
                "TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS",
                "TR31_E1_EMV_MKEY_CONFIDENTIALITY",
                "TR31_E2_EMV_MKEY_INTEGRITY",
                "TR31_E4_EMV_MKEY_DYNAMIC_NUMBERS",
                "TR31_E5_EMV_MKEY_CARD_PERSONALIZATION",
                "TR31_E6_EMV_MKEY_OTHER",
                "TR31_K0_KEY_ENCRYPTION_KEY",
                "TR31_K1_KEY_BLOCK_PROTECTION_KEY",
                "TR31_M3_ISO_9797_3_MAC_KEY",
                "TR31_M1_ISO_9797_1_MAC_KEY",
                "TR31_M6_ISO_9797_5_CMAC_KEY",
                "TR31_M7_HMAC_KEY",
                "TR31_P0_PIN_ENCRYPTION_KEY",
                "TR31_P1_PIN_GENERATION_KEY",
                "TR31_V1_IBM3624_PIN_VERIFICATION_KEY",
                "TR31_V2_VISA_PIN_VERIFICATION_KEY",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Exportable",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "KeyAttributes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KEY_ATTRIBUTES2_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KeyCheckValueAlgorithm",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CMAC", "ANSI_X9_24", "HMAC", "SHA_1"]),
        },
        ::forma_core::schema::Property {
            name: "Policy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+$"),
                min_length: Some(1),
                max_length: Some(20480),
            }),
        },
        ::forma_core::schema::Property {
            name: "ReplicationRegions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-z]{2}-[a-z]{1,16}-[0-9]+$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["KeyIdentifier", "KeyOrigin", "KeyState", "ReplicationStatus"],
};

static KEY_ATTRIBUTES2_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PaymentCryptography::Key.KeyAttributes",
    properties: &[
        ::forma_core::schema::Property {
            name: "KeyAlgorithm",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "TDES_2KEY",
                "TDES_3KEY",
                "AES_128",
                "AES_192",
                "AES_256",
                "HMAC_SHA256",
                "HMAC_SHA384",
                "HMAC_SHA512",
                "HMAC_SHA224",
                "RSA_2048",
                "RSA_3072",
                "RSA_4096",
                "ECC_NIST_P256",
                "ECC_NIST_P384",
                "ECC_NIST_P521",
            ]),
        },
        ::forma_core::schema::Property {
            name: "KeyClass",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SYMMETRIC_KEY",
                "ASYMMETRIC_KEY_PAIR",
                "PRIVATE_KEY",
                "PUBLIC_KEY",
            ]),
        },
        ::forma_core::schema::Property {
            name: "KeyModesOfUse",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KEY_MODES_OF_USE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KeyUsage",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "TR31_B0_BASE_DERIVATION_KEY",
                "TR31_C0_CARD_VERIFICATION_KEY",
                "TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY",
                "TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION",
                "TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS",
                "TR31_E1_EMV_MKEY_CONFIDENTIALITY",
                "TR31_E2_EMV_MKEY_INTEGRITY",
                "TR31_E4_EMV_MKEY_DYNAMIC_NUMBERS",
                "TR31_E5_EMV_MKEY_CARD_PERSONALIZATION",
                "TR31_E6_EMV_MKEY_OTHER",
                "TR31_K0_KEY_ENCRYPTION_KEY",
                "TR31_K1_KEY_BLOCK_PROTECTION_KEY",
                "TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT",
                "TR31_M0_ISO_16609_MAC_KEY",
                "TR31_M3_ISO_9797_3_MAC_KEY",
                "TR31_M1_ISO_9797_1_MAC_KEY",
                "TR31_M6_ISO_9797_5_CMAC_KEY",
                "TR31_M7_HMAC_KEY",
                "TR31_P0_PIN_ENCRYPTION_KEY",
                "TR31_P1_PIN_GENERATION_KEY",
                "TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE",
                "TR31_V1_IBM3624_PIN_VERIFICATION_KEY",
                "TR31_V2_VISA_PIN_VERIFICATION_KEY",
                "TR31_K2_TR34_ASYMMETRIC_KEY",
            ]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PaymentCryptography::Key.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static KEY_MODES_OF_USE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PaymentCryptography::Key.KeyModesOfUse",
    properties: &[
        ::forma_core::schema::Property {
            name: "Decrypt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DeriveKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Encrypt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Generate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NoRestrictions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Sign",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Unwrap",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Verify",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Wrap",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};
