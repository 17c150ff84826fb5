// @generated from AWS::BedrockAgentCore::PaymentConnector (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BedrockAgentCore::PaymentConnector` and its property types.

/// Resource Type definition for AWS::BedrockAgentCore::PaymentConnector
///
/// CloudFormation type `AWS::BedrockAgentCore::PaymentConnector`.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentConnector {
    props: ::forma_core::schema::Props,
}
impl PaymentConnector {
    /// A new resource with its required properties: `ConnectorName`, `ConnectorType`, `PaymentManagerId`.
    #[track_caller]
    pub fn new(
        connector_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        connector_type: impl ::forma_core::schema::EnumArg<PaymentConnectorType>,
        payment_manager_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, connector_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, connector_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(4, payment_manager_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The credential provider configurations for the connector.
    #[track_caller]
    pub fn credential_provider_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CredentialsProviderConfiguration>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the payment connector
    ///
    /// Allowed: length 1 to 4096.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The provision mode for creating the connector.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn provision_mode(mut self, value: impl ::forma_core::schema::EnumArg<PaymentConnectorProvisionMode>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PaymentConnector {
    type Attributes = PaymentConnectorAttributes;
    fn type_name(&self) -> &str {
        "AWS::BedrockAgentCore::PaymentConnector"
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
/// The attributes of a `AWS::BedrockAgentCore::PaymentConnector` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PaymentConnectorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PaymentConnectorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PaymentConnectorAttributes {
    /// `Fn::GetAtt` `PaymentConnectorId`.
    pub fn payment_connector_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PaymentConnectorId")
    }
    /// `Fn::GetAtt` `PaymentConnectorArn`.
    pub fn payment_connector_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PaymentConnectorArn")
    }
    /// `Fn::GetAtt` `ConnectorStatus`.
    pub fn connector_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConnectorStatus")
    }
    /// `Fn::GetAtt` `ConnectorCreatedAt`.
    pub fn connector_created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConnectorCreatedAt")
    }
    /// `Fn::GetAtt` `ConnectorLastUpdatedAt`.
    pub fn connector_last_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConnectorLastUpdatedAt")
    }
    /// `Fn::GetAtt` `AuthorizationUrl`.
    pub fn authorization_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AuthorizationUrl")
    }
}

/// The values CloudFormation documents: `CoinbaseCDP`, `StripePrivy`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PaymentConnectorType {
    /// `CoinbaseCDP`
    CoinbaseCdp,
    /// `StripePrivy`
    StripePrivy,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PaymentConnectorType {
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
impl ::std::convert::From<PaymentConnectorType> for ::forma_core::Value<PaymentConnectorType> {
    fn from(v: PaymentConnectorType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PaymentConnectorType {}

/// The values CloudFormation documents: `MANUAL`, `QUICK_CREATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PaymentConnectorProvisionMode {
    /// `MANUAL`
    Manual,
    /// `QUICK_CREATE`
    QuickCreate,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PaymentConnectorProvisionMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Manual => "MANUAL",
            Self::QuickCreate => "QUICK_CREATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MANUAL", "QUICK_CREATE"]
    }
}
impl ::std::convert::From<PaymentConnectorProvisionMode> for ::forma_core::Value<PaymentConnectorProvisionMode> {
    fn from(v: PaymentConnectorProvisionMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PaymentConnectorProvisionMode {}

/// The `CredentialsProviderConfiguration` property type of `AWS::BedrockAgentCore::PaymentConnector`.
#[derive(Debug, Clone, PartialEq)]
pub struct CredentialsProviderConfiguration {
    props: ::forma_core::schema::Props,
}
impl CredentialsProviderConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CoinbaseCDP`.
    pub fn coinbase_cdp(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PaymentCredentialProviderConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `StripePrivy`.
    pub fn stripe_privy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PaymentCredentialProviderConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CredentialsProviderConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CredentialsProviderConfiguration> for ::forma_core::Value<CredentialsProviderConfiguration> {
    fn from(v: CredentialsProviderConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CREDENTIALS_PROVIDER_CONFIGURATION_TYPE.properties))
    }
}

/// The `PaymentCredentialProviderConfiguration` property type of `AWS::BedrockAgentCore::PaymentConnector`.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentCredentialProviderConfiguration {
    props: ::forma_core::schema::Props,
}
impl PaymentCredentialProviderConfiguration {
    /// A new value with its required properties: `CredentialProviderArn`.
    pub fn new(credential_provider_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, credential_provider_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PaymentCredentialProviderConfiguration>
    for ::forma_core::Value<PaymentCredentialProviderConfiguration>
{
    fn from(v: PaymentCredentialProviderConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PAYMENT_CREDENTIAL_PROVIDER_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::BedrockAgentCore::PaymentConnector`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BedrockAgentCore::PaymentConnector",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectorName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ConnectorType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["CoinbaseCDP", "StripePrivy"]),
        },
        ::forma_core::schema::Property {
            name: "CredentialProviderConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CREDENTIALS_PROVIDER_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s]+$"),
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "PaymentManagerId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-z][-]?){1,100}-[0-9a-z]{10}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ProvisionMode",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["MANUAL", "QUICK_CREATE"]),
        },
    ],
    rules: &[],
    attributes: &[
        "PaymentConnectorId",
        "PaymentConnectorArn",
        "ConnectorStatus",
        "ConnectorCreatedAt",
        "ConnectorLastUpdatedAt",
        "AuthorizationUrl",
    ],
};

static CREDENTIALS_PROVIDER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::PaymentConnector.CredentialsProviderConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "CoinbaseCDP",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PAYMENT_CREDENTIAL_PROVIDER_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "StripePrivy",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PAYMENT_CREDENTIAL_PROVIDER_CONFIGURATION_TYPE),
            },
        ],
        rules: &[],
    };

static PAYMENT_CREDENTIAL_PROVIDER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::PaymentConnector.PaymentCredentialProviderConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "CredentialProviderArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };
