// @generated from AWS::KMS::Key (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::KMS::Key` and its property types.

/// The `AWS::KMS::Key` resource specifies an [KMS key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#kms_keys) in KMSlong.
///
/// CloudFormation type `AWS::KMS::Key`.
#[derive(Debug, Clone, PartialEq)]
pub struct Key {
    props: ::forma_core::schema::Props,
}
impl Key {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Skips ("bypasses") the key policy lockout safety check.
    #[track_caller]
    pub fn bypass_policy_lockout_safety_check(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the KMS key.
    ///
    /// Allowed: length 0 to 8192.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Enables automatic rotation of the key material for the specified KMS key.
    #[track_caller]
    pub fn enable_key_rotation(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether the KMS key is enabled.
    #[track_caller]
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The key policy to attach to the KMS key.
    #[track_caller]
    pub fn key_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the type of KMS key to create.
    #[track_caller]
    pub fn key_spec(mut self, value: impl ::forma_core::schema::EnumArg<KeySpec>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Determines the [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#cryptographic-operations) for which you can use the KMS key.
    #[track_caller]
    pub fn key_usage(mut self, value: impl ::forma_core::schema::EnumArg<KeyUsage>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Creates a multi-Region primary key that you can replicate in other AWS-Regions.
    #[track_caller]
    pub fn multi_region(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The source of the key material for the KMS key.
    #[track_caller]
    pub fn origin(mut self, value: impl ::forma_core::schema::EnumArg<Origin>) -> Self {
        self.props.set_at(8, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the number of days in the waiting period before KMS deletes a KMS key that has been removed from a CloudFormation stack.
    ///
    /// Allowed: 7 to 30.
    #[track_caller]
    pub fn pending_window_in_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies a custom period of time between each rotation date.
    ///
    /// Allowed: 90 to 2560.
    #[track_caller]
    pub fn rotation_period_in_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Assigns one or more tags to the replica key.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Key {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Key {
    type Attributes = KeyAttributes;
    fn type_name(&self) -> &str {
        "AWS::KMS::Key"
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
/// The attributes of a `AWS::KMS::Key` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `KeyId`.
    pub fn key_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "KeyId")
    }
}

/// The values CloudFormation documents: `SYMMETRIC_DEFAULT`, `RSA_2048`, `RSA_3072`, `RSA_4096`, `ECC_NIST_P256`, `ECC_NIST_P384`, `ECC_NIST_P521`, `ECC_SECG_P256K1`, `HMAC_224`, `HMAC_256`, `HMAC_384`, `HMAC_512`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeySpec {
    /// `SYMMETRIC_DEFAULT`
    SymmetricDefault,
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
    /// `ECC_SECG_P256K1`
    EccSecgP256K1,
    /// `HMAC_224`
    Hmac224,
    /// `HMAC_256`
    Hmac256,
    /// `HMAC_384`
    Hmac384,
    /// `HMAC_512`
    Hmac512,
    /// `SM2`
    Sm2,
    /// `ML_DSA_44`
    MlDsa44,
    /// `ML_DSA_65`
    MlDsa65,
    /// `ML_DSA_87`
    MlDsa87,
    /// `ECC_NIST_EDWARDS25519`
    EccNistEdwards25519,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KeySpec {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SymmetricDefault => "SYMMETRIC_DEFAULT",
            Self::Rsa2048 => "RSA_2048",
            Self::Rsa3072 => "RSA_3072",
            Self::Rsa4096 => "RSA_4096",
            Self::EccNistP256 => "ECC_NIST_P256",
            Self::EccNistP384 => "ECC_NIST_P384",
            Self::EccNistP521 => "ECC_NIST_P521",
            Self::EccSecgP256K1 => "ECC_SECG_P256K1",
            Self::Hmac224 => "HMAC_224",
            Self::Hmac256 => "HMAC_256",
            Self::Hmac384 => "HMAC_384",
            Self::Hmac512 => "HMAC_512",
            Self::Sm2 => "SM2",
            Self::MlDsa44 => "ML_DSA_44",
            Self::MlDsa65 => "ML_DSA_65",
            Self::MlDsa87 => "ML_DSA_87",
            Self::EccNistEdwards25519 => "ECC_NIST_EDWARDS25519",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "SYMMETRIC_DEFAULT",
            "RSA_2048",
            "RSA_3072",
            "RSA_4096",
            "ECC_NIST_P256",
            "ECC_NIST_P384",
            "ECC_NIST_P521",
            "ECC_SECG_P256K1",
            "HMAC_224",
            "HMAC_256",
            "HMAC_384",
            "HMAC_512",
            "SM2",
            "ML_DSA_44",
            "ML_DSA_65",
            "ML_DSA_87",
            "ECC_NIST_EDWARDS25519",
        ]
    }
}
impl ::std::convert::From<KeySpec> for ::forma_core::Value<KeySpec> {
    fn from(v: KeySpec) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KeySpec {}

/// The values CloudFormation documents: `ENCRYPT_DECRYPT`, `SIGN_VERIFY`, `GENERATE_VERIFY_MAC`, `KEY_AGREEMENT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyUsage {
    /// `ENCRYPT_DECRYPT`
    EncryptDecrypt,
    /// `SIGN_VERIFY`
    SignVerify,
    /// `GENERATE_VERIFY_MAC`
    GenerateVerifyMac,
    /// `KEY_AGREEMENT`
    KeyAgreement,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KeyUsage {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EncryptDecrypt => "ENCRYPT_DECRYPT",
            Self::SignVerify => "SIGN_VERIFY",
            Self::GenerateVerifyMac => "GENERATE_VERIFY_MAC",
            Self::KeyAgreement => "KEY_AGREEMENT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENCRYPT_DECRYPT", "SIGN_VERIFY", "GENERATE_VERIFY_MAC", "KEY_AGREEMENT"]
    }
}
impl ::std::convert::From<KeyUsage> for ::forma_core::Value<KeyUsage> {
    fn from(v: KeyUsage) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KeyUsage {}

/// The values CloudFormation documents: `AWS_KMS`, `EXTERNAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Origin {
    /// `AWS_KMS`
    AwsKms,
    /// `EXTERNAL`
    External,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Origin {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsKms => "AWS_KMS",
            Self::External => "EXTERNAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS_KMS", "EXTERNAL"]
    }
}
impl ::std::convert::From<Origin> for ::forma_core::Value<Origin> {
    fn from(v: Origin) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Origin {}

/// A key-value pair.
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

/// The schema of `AWS::KMS::Key`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::KMS::Key",
    properties: &[
        ::forma_core::schema::Property {
            name: "BypassPolicyLockoutSafetyCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(8192),
            }),
        },
        ::forma_core::schema::Property {
            name: "EnableKeyRotation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "KeyPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "KeySpec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SYMMETRIC_DEFAULT",
                "RSA_2048",
                "RSA_3072",
                "RSA_4096",
                "ECC_NIST_P256",
                "ECC_NIST_P384",
                "ECC_NIST_P521",
                "ECC_SECG_P256K1",
                "HMAC_224",
                "HMAC_256",
                "HMAC_384",
                "HMAC_512",
                "SM2",
                "ML_DSA_44",
                "ML_DSA_65",
                "ML_DSA_87",
                "ECC_NIST_EDWARDS25519",
            ]),
        },
        ::forma_core::schema::Property {
            name: "KeyUsage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ENCRYPT_DECRYPT",
                "SIGN_VERIFY",
                "GENERATE_VERIFY_MAC",
                "KEY_AGREEMENT",
            ]),
        },
        ::forma_core::schema::Property {
            name: "MultiRegion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Origin",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AWS_KMS", "EXTERNAL"]),
        },
        ::forma_core::schema::Property {
            name: "PendingWindowInDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(7.0),
                maximum: Some(30.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "RotationPeriodInDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(90.0),
                maximum: Some(2560.0),
            }),
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
    attributes: &["Arn", "KeyId"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KMS::Key.Tag",
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
