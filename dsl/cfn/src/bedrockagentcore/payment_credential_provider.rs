// @generated from AWS::BedrockAgentCore::PaymentCredentialProvider (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BedrockAgentCore::PaymentCredentialProvider` and its property types.

/// Resource Type definition for AWS::BedrockAgentCore::PaymentCredentialProvider
///
/// CloudFormation type `AWS::BedrockAgentCore::PaymentCredentialProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentCredentialProvider {
    props: ::forma_core::schema::Props,
}
impl PaymentCredentialProvider {
    /// A new resource with its required properties: `CredentialProviderVendor`, `Name`.
    #[track_caller]
    pub fn new(
        credential_provider_vendor: impl ::forma_core::schema::EnumArg<PaymentCredentialProviderVendorType>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, credential_provider_vendor.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Provider configuration input containing secrets for creation/update
    #[track_caller]
    pub fn provider_configuration_input(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PaymentProviderConfigurationInput>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags for the payment credential provider
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PaymentCredentialProvider {
    type Attributes = PaymentCredentialProviderAttributes;
    fn type_name(&self) -> &str {
        "AWS::BedrockAgentCore::PaymentCredentialProvider"
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
/// The attributes of a `AWS::BedrockAgentCore::PaymentCredentialProvider` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PaymentCredentialProviderAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PaymentCredentialProviderAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PaymentCredentialProviderAttributes {
    /// `Fn::GetAtt` `CredentialProviderArn`.
    pub fn credential_provider_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CredentialProviderArn")
    }
    /// `Fn::GetAtt` `ProviderConfigurationOutput`.
    pub fn provider_configuration_output(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ProviderConfigurationOutput")
    }
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
}

/// The values CloudFormation documents: `CoinbaseCDP`, `StripePrivy`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PaymentCredentialProviderVendorType {
    /// `CoinbaseCDP`
    CoinbaseCdp,
    /// `StripePrivy`
    StripePrivy,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PaymentCredentialProviderVendorType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CoinbaseCdp => "CoinbaseCDP",
            Self::StripePrivy => "StripePrivy",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CoinbaseCDP", "StripePrivy"]
    }
}
impl ::std::convert::From<PaymentCredentialProviderVendorType>
    for ::forma_core::Value<PaymentCredentialProviderVendorType>
{
    fn from(v: PaymentCredentialProviderVendorType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PaymentCredentialProviderVendorType {}

/// Provider configuration input containing secrets for creation/update
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentProviderConfigurationInput {
    props: ::forma_core::schema::Props,
}
impl PaymentProviderConfigurationInput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Coinbase CDP configuration with API credentials
    pub fn coinbase_cdp_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CoinbaseCdpConfigurationInput>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Stripe Privy configuration with credentials
    pub fn stripe_privy_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StripePrivyConfigurationInput>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PaymentProviderConfigurationInput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PaymentProviderConfigurationInput>
    for ::forma_core::Value<PaymentProviderConfigurationInput>
{
    fn from(v: PaymentProviderConfigurationInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PAYMENT_PROVIDER_CONFIGURATION_INPUT_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::BedrockAgentCore::PaymentCredentialProvider`.
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

/// The values CloudFormation documents: `MANAGED`, `EXTERNAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SecretSourceType {
    /// `MANAGED`
    Managed,
    /// `EXTERNAL`
    External,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SecretSourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Managed => "MANAGED",
            Self::External => "EXTERNAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MANAGED", "EXTERNAL"]
    }
}
impl ::std::convert::From<SecretSourceType> for ::forma_core::Value<SecretSourceType> {
    fn from(v: SecretSourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SecretSourceType {}

/// Coinbase CDP configuration with API credentials
#[derive(Debug, Clone, PartialEq)]
pub struct CoinbaseCdpConfigurationInput {
    props: ::forma_core::schema::Props,
}
impl CoinbaseCdpConfigurationInput {
    /// A new value with its required properties: `ApiKeyId`.
    pub fn new(api_key_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, api_key_id.into().into_expr());
        Self { props }
    }
    /// The Coinbase CDP API key secret
    ///
    /// Allowed: length 1 to 2048.
    pub fn api_key_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A reference to a customer-provided secret stored in AWS Secrets Manager
    pub fn api_key_secret_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecretReference>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The source of the secret.
    pub fn api_key_secret_source(mut self, value: impl ::forma_core::schema::EnumArg<SecretSourceType>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// The Coinbase CDP wallet secret
    ///
    /// Allowed: length 1 to 2048.
    pub fn wallet_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A reference to a customer-provided secret stored in AWS Secrets Manager
    pub fn wallet_secret_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecretReference>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The source of the secret.
    pub fn wallet_secret_source(mut self, value: impl ::forma_core::schema::EnumArg<SecretSourceType>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<CoinbaseCdpConfigurationInput> for ::forma_core::Value<CoinbaseCdpConfigurationInput> {
    fn from(v: CoinbaseCdpConfigurationInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COINBASE_CDP_CONFIGURATION_INPUT_TYPE.properties))
    }
}

/// Stripe Privy configuration with credentials
#[derive(Debug, Clone, PartialEq)]
pub struct StripePrivyConfigurationInput {
    props: ::forma_core::schema::Props,
}
impl StripePrivyConfigurationInput {
    /// A new value with its required properties: `AppId`, `AuthorizationId`.
    pub fn new(
        app_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        authorization_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, app_id.into().into_expr());
        props.set(4, authorization_id.into().into_expr());
        Self { props }
    }
    /// The app secret provided by Privy
    ///
    /// Allowed: length 1 to 2048.
    pub fn app_secret(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A reference to a customer-provided secret stored in AWS Secrets Manager
    pub fn app_secret_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<SecretReference>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The source of the secret.
    pub fn app_secret_source(mut self, value: impl ::forma_core::schema::EnumArg<SecretSourceType>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// The authorization private key for the Stripe Privy integration
    ///
    /// Allowed: length 1 to 4096.
    pub fn authorization_private_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// A reference to a customer-provided secret stored in AWS Secrets Manager
    pub fn authorization_private_key_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecretReference>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The source of the secret.
    pub fn authorization_private_key_source(
        mut self,
        value: impl ::forma_core::schema::EnumArg<SecretSourceType>,
    ) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<StripePrivyConfigurationInput> for ::forma_core::Value<StripePrivyConfigurationInput> {
    fn from(v: StripePrivyConfigurationInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STRIPE_PRIVY_CONFIGURATION_INPUT_TYPE.properties))
    }
}

/// A reference to a customer-provided secret stored in AWS Secrets Manager
#[derive(Debug, Clone, PartialEq)]
pub struct SecretReference {
    props: ::forma_core::schema::Props,
}
impl SecretReference {
    /// A new value with its required properties: `JsonKey`, `SecretId`.
    pub fn new(
        json_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        secret_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, json_key.into().into_expr());
        props.set(1, secret_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SecretReference> for ::forma_core::Value<SecretReference> {
    fn from(v: SecretReference) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SECRET_REFERENCE_TYPE.properties))
    }
}

/// The schema of `AWS::BedrockAgentCore::PaymentCredentialProvider`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BedrockAgentCore::PaymentCredentialProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "CredentialProviderVendor",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["CoinbaseCDP", "StripePrivy"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\-_]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProviderConfigurationInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PAYMENT_PROVIDER_CONFIGURATION_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["CredentialProviderArn", "ProviderConfigurationOutput", "CreatedTime", "LastUpdatedTime"],
};

static PAYMENT_PROVIDER_CONFIGURATION_INPUT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::PaymentCredentialProvider.PaymentProviderConfigurationInput",
        properties: &[
            ::forma_core::schema::Property {
                name: "CoinbaseCdpConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&COINBASE_CDP_CONFIGURATION_INPUT_TYPE),
            },
            ::forma_core::schema::Property {
                name: "StripePrivyConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&STRIPE_PRIVY_CONFIGURATION_INPUT_TYPE),
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::PaymentCredentialProvider.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static COINBASE_CDP_CONFIGURATION_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::PaymentCredentialProvider.CoinbaseCdpConfigurationInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiKeyId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "ApiKeySecret",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ApiKeySecretConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SECRET_REFERENCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ApiKeySecretSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MANAGED", "EXTERNAL"]),
        },
        ::forma_core::schema::Property {
            name: "WalletSecret",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "WalletSecretConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SECRET_REFERENCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WalletSecretSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MANAGED", "EXTERNAL"]),
        },
    ],
    rules: &[],
};

static STRIPE_PRIVY_CONFIGURATION_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::PaymentCredentialProvider.StripePrivyConfigurationInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "AppSecret",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "AppSecretConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SECRET_REFERENCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AppSecretSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MANAGED", "EXTERNAL"]),
        },
        ::forma_core::schema::Property {
            name: "AuthorizationId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "AuthorizationPrivateKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "AuthorizationPrivateKeyConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SECRET_REFERENCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AuthorizationPrivateKeySource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MANAGED", "EXTERNAL"]),
        },
    ],
    rules: &[],
};

static SECRET_REFERENCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::PaymentCredentialProvider.SecretReference",
    properties: &[
        ::forma_core::schema::Property {
            name: "JsonKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecretId",
            required: true,
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
