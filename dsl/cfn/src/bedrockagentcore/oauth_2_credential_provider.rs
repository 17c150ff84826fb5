// @generated from AWS::BedrockAgentCore::OAuth2CredentialProvider (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BedrockAgentCore::OAuth2CredentialProvider` and its property types.

/// Resource Type definition for AWS::BedrockAgentCore::OAuth2CredentialProvider
///
/// CloudFormation type `AWS::BedrockAgentCore::OAuth2CredentialProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct Oauth2CredentialProvider {
    props: ::forma_core::schema::Props,
}
impl Oauth2CredentialProvider {
    /// A new resource with its required properties: `CredentialProviderVendor`, `Name`.
    #[track_caller]
    pub fn new(
        credential_provider_vendor: impl ::forma_core::schema::EnumArg<CredentialProviderVendor>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, credential_provider_vendor.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The configuration settings for the OAuth2 provider
    #[track_caller]
    pub fn oauth2_provider_config_input(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<Oauth2ProviderConfigInput>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to assign to the OAuth2 credential provider
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Oauth2CredentialProvider {
    type Attributes = Oauth2CredentialProviderAttributes;
    fn type_name(&self) -> &str {
        "AWS::BedrockAgentCore::OAuth2CredentialProvider"
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
/// The attributes of a `AWS::BedrockAgentCore::OAuth2CredentialProvider` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct Oauth2CredentialProviderAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for Oauth2CredentialProviderAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl Oauth2CredentialProviderAttributes {
    /// `Fn::GetAtt` `CredentialProviderArn`.
    pub fn credential_provider_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CredentialProviderArn")
    }
    /// `Fn::GetAtt` `ClientSecretArn`.
    pub fn client_secret_arn(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ClientSecretArn")
    }
    /// `Fn::GetAtt` `ClientSecretJsonKey`.
    pub fn client_secret_json_key(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ClientSecretJsonKey")
    }
    /// `Fn::GetAtt` `ClientSecretSource`.
    pub fn client_secret_source(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ClientSecretSource")
    }
    /// `Fn::GetAtt` `CallbackUrl`.
    pub fn callback_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CallbackUrl")
    }
    /// `Fn::GetAtt` `Oauth2ProviderConfigOutput`.
    pub fn oauth2_provider_config_output(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Oauth2ProviderConfigOutput")
    }
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The values CloudFormation documents: `GoogleOauth2`, `GithubOauth2`, `SlackOauth2`, `SalesforceOauth2`, `MicrosoftOauth2`, `CustomOauth2`, `AtlassianOauth2`, `LinkedinOauth2`, `XOauth2`, `OktaOauth2`, `OneLoginOauth2`, `PingOneOauth2`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CredentialProviderVendor {
    /// `GoogleOauth2`
    GoogleOauth2,
    /// `GithubOauth2`
    GithubOauth2,
    /// `SlackOauth2`
    SlackOauth2,
    /// `SalesforceOauth2`
    SalesforceOauth2,
    /// `MicrosoftOauth2`
    MicrosoftOauth2,
    /// `CustomOauth2`
    CustomOauth2,
    /// `AtlassianOauth2`
    AtlassianOauth2,
    /// `LinkedinOauth2`
    LinkedinOauth2,
    /// `XOauth2`
    XOauth2,
    /// `OktaOauth2`
    OktaOauth2,
    /// `OneLoginOauth2`
    OneLoginOauth2,
    /// `PingOneOauth2`
    PingOneOauth2,
    /// `FacebookOauth2`
    FacebookOauth2,
    /// `YandexOauth2`
    YandexOauth2,
    /// `RedditOauth2`
    RedditOauth2,
    /// `ZoomOauth2`
    ZoomOauth2,
    /// `TwitchOauth2`
    TwitchOauth2,
    /// `SpotifyOauth2`
    SpotifyOauth2,
    /// `DropboxOauth2`
    DropboxOauth2,
    /// `NotionOauth2`
    NotionOauth2,
    /// `HubspotOauth2`
    HubspotOauth2,
    /// `CyberArkOauth2`
    CyberArkOauth2,
    /// `FusionAuthOauth2`
    FusionAuthOauth2,
    /// `Auth0Oauth2`
    Auth0Oauth2,
    /// `CognitoOauth2`
    CognitoOauth2,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CredentialProviderVendor {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GoogleOauth2 => "GoogleOauth2",
            Self::GithubOauth2 => "GithubOauth2",
            Self::SlackOauth2 => "SlackOauth2",
            Self::SalesforceOauth2 => "SalesforceOauth2",
            Self::MicrosoftOauth2 => "MicrosoftOauth2",
            Self::CustomOauth2 => "CustomOauth2",
            Self::AtlassianOauth2 => "AtlassianOauth2",
            Self::LinkedinOauth2 => "LinkedinOauth2",
            Self::XOauth2 => "XOauth2",
            Self::OktaOauth2 => "OktaOauth2",
            Self::OneLoginOauth2 => "OneLoginOauth2",
            Self::PingOneOauth2 => "PingOneOauth2",
            Self::FacebookOauth2 => "FacebookOauth2",
            Self::YandexOauth2 => "YandexOauth2",
            Self::RedditOauth2 => "RedditOauth2",
            Self::ZoomOauth2 => "ZoomOauth2",
            Self::TwitchOauth2 => "TwitchOauth2",
            Self::SpotifyOauth2 => "SpotifyOauth2",
            Self::DropboxOauth2 => "DropboxOauth2",
            Self::NotionOauth2 => "NotionOauth2",
            Self::HubspotOauth2 => "HubspotOauth2",
            Self::CyberArkOauth2 => "CyberArkOauth2",
            Self::FusionAuthOauth2 => "FusionAuthOauth2",
            Self::Auth0Oauth2 => "Auth0Oauth2",
            Self::CognitoOauth2 => "CognitoOauth2",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "GoogleOauth2",
            "GithubOauth2",
            "SlackOauth2",
            "SalesforceOauth2",
            "MicrosoftOauth2",
            "CustomOauth2",
            "AtlassianOauth2",
            "LinkedinOauth2",
            "XOauth2",
            "OktaOauth2",
            "OneLoginOauth2",
            "PingOneOauth2",
            "FacebookOauth2",
            "YandexOauth2",
            "RedditOauth2",
            "ZoomOauth2",
            "TwitchOauth2",
            "SpotifyOauth2",
            "DropboxOauth2",
            "NotionOauth2",
            "HubspotOauth2",
            "CyberArkOauth2",
            "FusionAuthOauth2",
            "Auth0Oauth2",
            "CognitoOauth2",
        ]
    }
}
impl ::std::convert::From<CredentialProviderVendor> for ::forma_core::Value<CredentialProviderVendor> {
    fn from(v: CredentialProviderVendor) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CredentialProviderVendor {}

/// Input configuration for an OAuth2 provider
#[derive(Debug, Clone, PartialEq)]
pub struct Oauth2ProviderConfigInput {
    props: ::forma_core::schema::Props,
}
impl Oauth2ProviderConfigInput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Input configuration for an Atlassian OAuth2 provider
    pub fn atlassian_oauth2_provider_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AtlassianOauth2ProviderConfigInput>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Input configuration for a custom OAuth2 provider
    pub fn custom_oauth2_provider_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomOauth2ProviderConfigInput>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Input configuration for a GitHub OAuth2 provider
    pub fn github_oauth2_provider_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GithubOauth2ProviderConfigInput>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Input configuration for a Google OAuth2 provider
    pub fn google_oauth2_provider_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GoogleOauth2ProviderConfigInput>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Input configuration for a supported non-custom OAuth2 provider
    pub fn included_oauth2_provider_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IncludedOauth2ProviderConfigInput>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Input configuration for a LinkedIn OAuth2 provider
    pub fn linkedin_oauth2_provider_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LinkedinOauth2ProviderConfigInput>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Input configuration for a Microsoft OAuth2 provider
    pub fn microsoft_oauth2_provider_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MicrosoftOauth2ProviderConfigInput>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Input configuration for a Salesforce OAuth2 provider
    pub fn salesforce_oauth2_provider_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SalesforceOauth2ProviderConfigInput>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Input configuration for a Slack OAuth2 provider
    pub fn slack_oauth2_provider_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SlackOauth2ProviderConfigInput>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Oauth2ProviderConfigInput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Oauth2ProviderConfigInput> for ::forma_core::Value<Oauth2ProviderConfigInput> {
    fn from(v: Oauth2ProviderConfigInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OAUTH2_PROVIDER_CONFIG_INPUT_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::BedrockAgentCore::OAuth2CredentialProvider`.
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
pub enum ClientSecretSource {
    /// `MANAGED`
    Managed,
    /// `EXTERNAL`
    External,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ClientSecretSource {
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
impl ::std::convert::From<ClientSecretSource> for ::forma_core::Value<ClientSecretSource> {
    fn from(v: ClientSecretSource) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ClientSecretSource {}

/// Input configuration for an Atlassian OAuth2 provider
#[derive(Debug, Clone, PartialEq)]
pub struct AtlassianOauth2ProviderConfigInput {
    props: ::forma_core::schema::Props,
}
impl AtlassianOauth2ProviderConfigInput {
    /// A new value with its required properties: `ClientId`.
    pub fn new(client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, client_id.into().into_expr());
        Self { props }
    }
    /// `ClientSecret`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn client_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A reference to a customer-provided secret stored in AWS Secrets Manager
    pub fn client_secret_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecretReference>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ClientSecretSource`.
    pub fn client_secret_source(mut self, value: impl ::forma_core::schema::EnumArg<ClientSecretSource>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<AtlassianOauth2ProviderConfigInput>
    for ::forma_core::Value<AtlassianOauth2ProviderConfigInput>
{
    fn from(v: AtlassianOauth2ProviderConfigInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ATLASSIAN_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CLIENT_SECRET_BASIC`, `CLIENT_SECRET_POST`, `AWS_IAM_ID_TOKEN_JWT`, `PRIVATE_KEY_JWT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ClientAuthenticationMethod {
    /// `CLIENT_SECRET_BASIC`
    ClientSecretBasic,
    /// `CLIENT_SECRET_POST`
    ClientSecretPost,
    /// `AWS_IAM_ID_TOKEN_JWT`
    AwsIamIdTokenJwt,
    /// `PRIVATE_KEY_JWT`
    PrivateKeyJwt,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ClientAuthenticationMethod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ClientSecretBasic => "CLIENT_SECRET_BASIC",
            Self::ClientSecretPost => "CLIENT_SECRET_POST",
            Self::AwsIamIdTokenJwt => "AWS_IAM_ID_TOKEN_JWT",
            Self::PrivateKeyJwt => "PRIVATE_KEY_JWT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CLIENT_SECRET_BASIC", "CLIENT_SECRET_POST", "AWS_IAM_ID_TOKEN_JWT", "PRIVATE_KEY_JWT"]
    }
}
impl ::std::convert::From<ClientAuthenticationMethod> for ::forma_core::Value<ClientAuthenticationMethod> {
    fn from(v: ClientAuthenticationMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ClientAuthenticationMethod {}

/// Input configuration for a custom OAuth2 provider
#[derive(Debug, Clone, PartialEq)]
pub struct CustomOauth2ProviderConfigInput {
    props: ::forma_core::schema::Props,
}
impl CustomOauth2ProviderConfigInput {
    /// A new value with its required properties: `OauthDiscovery`.
    pub fn new(oauth_discovery: impl ::std::convert::Into<::forma_core::Value<Oauth2Discovery>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, oauth_discovery.into().into_expr());
        Self { props }
    }
    /// The client authentication method to use when authenticating with the token endpoint
    pub fn client_authentication_method(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ClientAuthenticationMethod>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The client ID for the custom OAuth2 provider
    ///
    /// Allowed: length 1 to 256.
    pub fn client_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The client secret for the custom OAuth2 provider
    ///
    /// Allowed: length 1 to 2048.
    pub fn client_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A reference to a customer-provided secret stored in AWS Secrets Manager
    pub fn client_secret_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecretReference>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The source of the client secret
    pub fn client_secret_source(mut self, value: impl ::forma_core::schema::EnumArg<ClientSecretSource>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// Configuration for on-behalf-of token exchange
    pub fn on_behalf_of_token_exchange_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OnBehalfOfTokenExchangeConfig>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The private endpoint configuration for connecting to private resources in your VPC
    pub fn private_endpoint(mut self, value: impl ::std::convert::Into<::forma_core::Value<PrivateEndpoint>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// A list of private endpoint overrides.
    pub fn private_endpoint_overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PrivateEndpointOverride>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Configuration for private_key_jwt client authentication (RFC 7523)
    pub fn private_key_jwt_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PrivateKeyJwtConfig>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomOauth2ProviderConfigInput> for ::forma_core::Value<CustomOauth2ProviderConfigInput> {
    fn from(v: CustomOauth2ProviderConfigInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE.properties))
    }
}

/// Input configuration for a GitHub OAuth2 provider
#[derive(Debug, Clone, PartialEq)]
pub struct GithubOauth2ProviderConfigInput {
    props: ::forma_core::schema::Props,
}
impl GithubOauth2ProviderConfigInput {
    /// A new value with its required properties: `ClientId`.
    pub fn new(client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, client_id.into().into_expr());
        Self { props }
    }
    /// `ClientSecret`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn client_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A reference to a customer-provided secret stored in AWS Secrets Manager
    pub fn client_secret_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecretReference>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ClientSecretSource`.
    pub fn client_secret_source(mut self, value: impl ::forma_core::schema::EnumArg<ClientSecretSource>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<GithubOauth2ProviderConfigInput> for ::forma_core::Value<GithubOauth2ProviderConfigInput> {
    fn from(v: GithubOauth2ProviderConfigInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GITHUB_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE.properties))
    }
}

/// Input configuration for a Google OAuth2 provider
#[derive(Debug, Clone, PartialEq)]
pub struct GoogleOauth2ProviderConfigInput {
    props: ::forma_core::schema::Props,
}
impl GoogleOauth2ProviderConfigInput {
    /// A new value with its required properties: `ClientId`.
    pub fn new(client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, client_id.into().into_expr());
        Self { props }
    }
    /// `ClientSecret`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn client_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A reference to a customer-provided secret stored in AWS Secrets Manager
    pub fn client_secret_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecretReference>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ClientSecretSource`.
    pub fn client_secret_source(mut self, value: impl ::forma_core::schema::EnumArg<ClientSecretSource>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<GoogleOauth2ProviderConfigInput> for ::forma_core::Value<GoogleOauth2ProviderConfigInput> {
    fn from(v: GoogleOauth2ProviderConfigInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GOOGLE_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE.properties))
    }
}

/// Input configuration for a supported non-custom OAuth2 provider
#[derive(Debug, Clone, PartialEq)]
pub struct IncludedOauth2ProviderConfigInput {
    props: ::forma_core::schema::Props,
}
impl IncludedOauth2ProviderConfigInput {
    /// A new value with its required properties: `ClientId`.
    pub fn new(client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, client_id.into().into_expr());
        Self { props }
    }
    /// OAuth2 authorization endpoint for your isolated OAuth2 application tenant
    pub fn authorization_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ClientSecret`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn client_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A reference to a customer-provided secret stored in AWS Secrets Manager
    pub fn client_secret_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecretReference>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ClientSecretSource`.
    pub fn client_secret_source(mut self, value: impl ::forma_core::schema::EnumArg<ClientSecretSource>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// Token issuer of your isolated OAuth2 application tenant
    pub fn issuer(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// OAuth2 token endpoint for your isolated OAuth2 application tenant
    pub fn token_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IncludedOauth2ProviderConfigInput>
    for ::forma_core::Value<IncludedOauth2ProviderConfigInput>
{
    fn from(v: IncludedOauth2ProviderConfigInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INCLUDED_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE.properties))
    }
}

/// Input configuration for a LinkedIn OAuth2 provider
#[derive(Debug, Clone, PartialEq)]
pub struct LinkedinOauth2ProviderConfigInput {
    props: ::forma_core::schema::Props,
}
impl LinkedinOauth2ProviderConfigInput {
    /// A new value with its required properties: `ClientId`.
    pub fn new(client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, client_id.into().into_expr());
        Self { props }
    }
    /// `ClientSecret`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn client_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A reference to a customer-provided secret stored in AWS Secrets Manager
    pub fn client_secret_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecretReference>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ClientSecretSource`.
    pub fn client_secret_source(mut self, value: impl ::forma_core::schema::EnumArg<ClientSecretSource>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<LinkedinOauth2ProviderConfigInput>
    for ::forma_core::Value<LinkedinOauth2ProviderConfigInput>
{
    fn from(v: LinkedinOauth2ProviderConfigInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LINKEDIN_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE.properties))
    }
}

/// Input configuration for a Microsoft OAuth2 provider
#[derive(Debug, Clone, PartialEq)]
pub struct MicrosoftOauth2ProviderConfigInput {
    props: ::forma_core::schema::Props,
}
impl MicrosoftOauth2ProviderConfigInput {
    /// A new value with its required properties: `ClientId`.
    pub fn new(client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, client_id.into().into_expr());
        Self { props }
    }
    /// `ClientSecret`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn client_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A reference to a customer-provided secret stored in AWS Secrets Manager
    pub fn client_secret_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecretReference>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ClientSecretSource`.
    pub fn client_secret_source(mut self, value: impl ::forma_core::schema::EnumArg<ClientSecretSource>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// The Microsoft Entra ID tenant ID
    ///
    /// Allowed: length 1 to 2048.
    pub fn tenant_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MicrosoftOauth2ProviderConfigInput>
    for ::forma_core::Value<MicrosoftOauth2ProviderConfigInput>
{
    fn from(v: MicrosoftOauth2ProviderConfigInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MICROSOFT_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE.properties))
    }
}

/// Input configuration for a Salesforce OAuth2 provider
#[derive(Debug, Clone, PartialEq)]
pub struct SalesforceOauth2ProviderConfigInput {
    props: ::forma_core::schema::Props,
}
impl SalesforceOauth2ProviderConfigInput {
    /// A new value with its required properties: `ClientId`.
    pub fn new(client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, client_id.into().into_expr());
        Self { props }
    }
    /// `ClientSecret`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn client_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A reference to a customer-provided secret stored in AWS Secrets Manager
    pub fn client_secret_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecretReference>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ClientSecretSource`.
    pub fn client_secret_source(mut self, value: impl ::forma_core::schema::EnumArg<ClientSecretSource>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<SalesforceOauth2ProviderConfigInput>
    for ::forma_core::Value<SalesforceOauth2ProviderConfigInput>
{
    fn from(v: SalesforceOauth2ProviderConfigInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SALESFORCE_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE.properties))
    }
}

/// Input configuration for a Slack OAuth2 provider
#[derive(Debug, Clone, PartialEq)]
pub struct SlackOauth2ProviderConfigInput {
    props: ::forma_core::schema::Props,
}
impl SlackOauth2ProviderConfigInput {
    /// A new value with its required properties: `ClientId`.
    pub fn new(client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, client_id.into().into_expr());
        Self { props }
    }
    /// `ClientSecret`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn client_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A reference to a customer-provided secret stored in AWS Secrets Manager
    pub fn client_secret_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecretReference>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ClientSecretSource`.
    pub fn client_secret_source(mut self, value: impl ::forma_core::schema::EnumArg<ClientSecretSource>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<SlackOauth2ProviderConfigInput> for ::forma_core::Value<SlackOauth2ProviderConfigInput> {
    fn from(v: SlackOauth2ProviderConfigInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLACK_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE.properties))
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

/// Discovery information for an OAuth2 provider
#[derive(Debug, Clone, PartialEq)]
pub struct Oauth2Discovery {
    props: ::forma_core::schema::Props,
}
impl Oauth2Discovery {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Authorization server metadata for the OAuth2 provider
    pub fn authorization_server_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<Oauth2AuthorizationServerMetadata>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The discovery URL for the OAuth2 provider
    pub fn discovery_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Oauth2Discovery {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Oauth2Discovery> for ::forma_core::Value<Oauth2Discovery> {
    fn from(v: Oauth2Discovery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OAUTH2_DISCOVERY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TOKEN_EXCHANGE`, `JWT_AUTHORIZATION_GRANT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GrantType {
    /// `TOKEN_EXCHANGE`
    TokenExchange,
    /// `JWT_AUTHORIZATION_GRANT`
    JwtAuthorizationGrant,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GrantType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TokenExchange => "TOKEN_EXCHANGE",
            Self::JwtAuthorizationGrant => "JWT_AUTHORIZATION_GRANT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TOKEN_EXCHANGE", "JWT_AUTHORIZATION_GRANT"]
    }
}
impl ::std::convert::From<GrantType> for ::forma_core::Value<GrantType> {
    fn from(v: GrantType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GrantType {}

/// Configuration for on-behalf-of token exchange
#[derive(Debug, Clone, PartialEq)]
pub struct OnBehalfOfTokenExchangeConfig {
    props: ::forma_core::schema::Props,
}
impl OnBehalfOfTokenExchangeConfig {
    /// A new value with its required properties: `GrantType`.
    pub fn new(grant_type: impl ::forma_core::schema::EnumArg<GrantType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, grant_type.into_enum_expr());
        Self { props }
    }
    /// Configuration for RFC 8693 Token Exchange
    pub fn token_exchange_grant_type_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TokenExchangeGrantTypeConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OnBehalfOfTokenExchangeConfig> for ::forma_core::Value<OnBehalfOfTokenExchangeConfig> {
    fn from(v: OnBehalfOfTokenExchangeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ON_BEHALF_OF_TOKEN_EXCHANGE_CONFIG_TYPE.properties))
    }
}

/// The private endpoint configuration for connecting to private resources in your VPC
#[derive(Debug, Clone, PartialEq)]
pub struct PrivateEndpoint {
    props: ::forma_core::schema::Props,
}
impl PrivateEndpoint {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration for a managed VPC Lattice resource.
    pub fn managed_vpc_resource(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManagedVpcResource>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration for a self-managed VPC Lattice resource.
    pub fn self_managed_lattice_resource(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SelfManagedLatticeResource>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PrivateEndpoint {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PrivateEndpoint> for ::forma_core::Value<PrivateEndpoint> {
    fn from(v: PrivateEndpoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIVATE_ENDPOINT_TYPE.properties))
    }
}

/// A mapping of a specific domain to a private endpoint for secure connectivity through a VPC Lattice resource configuration
#[derive(Debug, Clone, PartialEq)]
pub struct PrivateEndpointOverride {
    props: ::forma_core::schema::Props,
}
impl PrivateEndpointOverride {
    /// A new value with its required properties: `Domain`, `PrivateEndpoint`.
    pub fn new(
        domain: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        private_endpoint: impl ::std::convert::Into<::forma_core::Value<PrivateEndpoint>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, domain.into().into_expr());
        props.set(1, private_endpoint.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PrivateEndpointOverride> for ::forma_core::Value<PrivateEndpointOverride> {
    fn from(v: PrivateEndpointOverride) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIVATE_ENDPOINT_OVERRIDE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `RS256`, `PS256`, `ES256`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SigningAlgorithm {
    /// `RS256`
    Rs256,
    /// `PS256`
    Ps256,
    /// `ES256`
    Es256,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SigningAlgorithm {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rs256 => "RS256",
            Self::Ps256 => "PS256",
            Self::Es256 => "ES256",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RS256", "PS256", "ES256"]
    }
}
impl ::std::convert::From<SigningAlgorithm> for ::forma_core::Value<SigningAlgorithm> {
    fn from(v: SigningAlgorithm) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SigningAlgorithm {}

/// Configuration for private_key_jwt client authentication (RFC 7523)
#[derive(Debug, Clone, PartialEq)]
pub struct PrivateKeyJwtConfig {
    props: ::forma_core::schema::Props,
}
impl PrivateKeyJwtConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A map of additional claims to include in the JWT client assertion
    pub fn additional_header_claims(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A map of additional claims to include in the JWT client assertion
    pub fn additional_payload_claims(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Contains the private key source configuration for a JWT client assertion
    pub fn private_key_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PrivateKeySource>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The algorithm used to sign the JWT client assertion
    pub fn signing_algorithm(mut self, value: impl ::forma_core::schema::EnumArg<SigningAlgorithm>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for PrivateKeyJwtConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PrivateKeyJwtConfig> for ::forma_core::Value<PrivateKeyJwtConfig> {
    fn from(v: PrivateKeyJwtConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIVATE_KEY_JWT_CONFIG_TYPE.properties))
    }
}

/// Authorization server metadata for the OAuth2 provider
#[derive(Debug, Clone, PartialEq)]
pub struct Oauth2AuthorizationServerMetadata {
    props: ::forma_core::schema::Props,
}
impl Oauth2AuthorizationServerMetadata {
    /// A new value with its required properties: `AuthorizationEndpoint`, `Issuer`, `TokenEndpoint`.
    pub fn new(
        authorization_endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        issuer: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        token_endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, authorization_endpoint.into().into_expr());
        props.set(1, issuer.into().into_expr());
        props.set(3, token_endpoint.into().into_expr());
        Self { props }
    }
    /// The supported response types
    pub fn response_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Oauth2AuthorizationServerMetadata>
    for ::forma_core::Value<Oauth2AuthorizationServerMetadata>
{
    fn from(v: Oauth2AuthorizationServerMetadata) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OAUTH2_AUTHORIZATION_SERVER_METADATA_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NONE`, `M2M`, `AWS_IAM_ID_TOKEN_JWT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ActorTokenContent {
    /// `NONE`
    None,
    /// `M2M`
    M2M,
    /// `AWS_IAM_ID_TOKEN_JWT`
    AwsIamIdTokenJwt,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ActorTokenContent {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::M2M => "M2M",
            Self::AwsIamIdTokenJwt => "AWS_IAM_ID_TOKEN_JWT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "M2M", "AWS_IAM_ID_TOKEN_JWT"]
    }
}
impl ::std::convert::From<ActorTokenContent> for ::forma_core::Value<ActorTokenContent> {
    fn from(v: ActorTokenContent) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ActorTokenContent {}

/// Configuration for RFC 8693 Token Exchange
#[derive(Debug, Clone, PartialEq)]
pub struct TokenExchangeGrantTypeConfig {
    props: ::forma_core::schema::Props,
}
impl TokenExchangeGrantTypeConfig {
    /// A new value with its required properties: `ActorTokenContent`.
    pub fn new(actor_token_content: impl ::forma_core::schema::EnumArg<ActorTokenContent>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, actor_token_content.into_enum_expr());
        Self { props }
    }
    /// The actor token scopes.
    pub fn actor_token_scopes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TokenExchangeGrantTypeConfig> for ::forma_core::Value<TokenExchangeGrantTypeConfig> {
    fn from(v: TokenExchangeGrantTypeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOKEN_EXCHANGE_GRANT_TYPE_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `IPV4`, `IPV6`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EndpointIpAddressType {
    /// `IPV4`
    Ipv4,
    /// `IPV6`
    Ipv6,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EndpointIpAddressType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "IPV4",
            Self::Ipv6 => "IPV6",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IPV4", "IPV6"]
    }
}
impl ::std::convert::From<EndpointIpAddressType> for ::forma_core::Value<EndpointIpAddressType> {
    fn from(v: EndpointIpAddressType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EndpointIpAddressType {}

/// Configuration for a managed VPC Lattice resource.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedVpcResource {
    props: ::forma_core::schema::Props,
}
impl ManagedVpcResource {
    /// A new value with its required properties: `EndpointIpAddressType`, `SubnetIds`, `VpcIdentifier`.
    pub fn new(
        endpoint_ip_address_type: impl ::forma_core::schema::EnumArg<EndpointIpAddressType>,
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        vpc_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, endpoint_ip_address_type.into_enum_expr());
        props.set(3, subnet_ids.into().into_expr());
        props.set(5, vpc_identifier.into().into_expr());
        Self { props }
    }
    /// An intermediate publicly resolvable domain used as the VPC Lattice resource configuration endpoint
    ///
    /// Allowed: length 3 to 255.
    pub fn routing_domain(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The security group IDs to associate with the VPC Lattice resource gateway
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Tags to apply to the managed VPC Lattice resource gateway
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ManagedVpcResource> for ::forma_core::Value<ManagedVpcResource> {
    fn from(v: ManagedVpcResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANAGED_VPC_RESOURCE_TYPE.properties))
    }
}

/// Configuration for a self-managed VPC Lattice resource.
#[derive(Debug, Clone, PartialEq)]
pub struct SelfManagedLatticeResource {
    props: ::forma_core::schema::Props,
}
impl SelfManagedLatticeResource {
    /// A new value with its required properties: `ResourceConfigurationIdentifier`.
    pub fn new(
        resource_configuration_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resource_configuration_identifier.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SelfManagedLatticeResource> for ::forma_core::Value<SelfManagedLatticeResource> {
    fn from(v: SelfManagedLatticeResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SELF_MANAGED_LATTICE_RESOURCE_TYPE.properties))
    }
}

/// Contains the private key source configuration for a JWT client assertion
#[derive(Debug, Clone, PartialEq)]
pub struct PrivateKeySource {
    props: ::forma_core::schema::Props,
}
impl PrivateKeySource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Contains the KMS key configuration for a JWT client assertion
    pub fn kms_key_source(mut self, value: impl ::std::convert::Into<::forma_core::Value<KmsKeySourceType>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PrivateKeySource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PrivateKeySource> for ::forma_core::Value<PrivateKeySource> {
    fn from(v: PrivateKeySource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIVATE_KEY_SOURCE_TYPE.properties))
    }
}

/// Contains the KMS key configuration for a JWT client assertion
#[derive(Debug, Clone, PartialEq)]
pub struct KmsKeySourceType {
    props: ::forma_core::schema::Props,
}
impl KmsKeySourceType {
    /// A new value with its required properties: `KmsKeyArn`.
    pub fn new(kms_key_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, kms_key_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KmsKeySourceType> for ::forma_core::Value<KmsKeySourceType> {
    fn from(v: KmsKeySourceType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KMS_KEY_SOURCE_TYPE_TYPE.properties))
    }
}

/// The schema of `AWS::BedrockAgentCore::OAuth2CredentialProvider`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BedrockAgentCore::OAuth2CredentialProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "CredentialProviderVendor",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "GoogleOauth2",
                "GithubOauth2",
                "SlackOauth2",
                "SalesforceOauth2",
                "MicrosoftOauth2",
                "CustomOauth2",
                "AtlassianOauth2",
                "LinkedinOauth2",
                "XOauth2",
                "OktaOauth2",
                "OneLoginOauth2",
                "PingOneOauth2",
                "FacebookOauth2",
                "YandexOauth2",
                "RedditOauth2",
                "ZoomOauth2",
                "TwitchOauth2",
                "SpotifyOauth2",
                "DropboxOauth2",
                "NotionOauth2",
                "HubspotOauth2",
                "CyberArkOauth2",
                "FusionAuthOauth2",
                "Auth0Oauth2",
                "CognitoOauth2",
            ]),
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
            name: "Oauth2ProviderConfigInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OAUTH2_PROVIDER_CONFIG_INPUT_TYPE),
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
    attributes: &[
        "CredentialProviderArn",
        "ClientSecretArn",
        "ClientSecretJsonKey",
        "ClientSecretSource",
        "CallbackUrl",
        "Oauth2ProviderConfigOutput",
        "CreatedTime",
        "LastUpdatedTime",
        "Status",
    ],
};

static OAUTH2_PROVIDER_CONFIG_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::OAuth2CredentialProvider.Oauth2ProviderConfigInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "AtlassianOauth2ProviderConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ATLASSIAN_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CustomOauth2ProviderConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GithubOauth2ProviderConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GITHUB_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GoogleOauth2ProviderConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GOOGLE_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IncludedOauth2ProviderConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INCLUDED_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LinkedinOauth2ProviderConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LINKEDIN_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MicrosoftOauth2ProviderConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MICROSOFT_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SalesforceOauth2ProviderConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SALESFORCE_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SlackOauth2ProviderConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SLACK_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::OAuth2CredentialProvider.Tag",
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

static ATLASSIAN_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::OAuth2CredentialProvider.AtlassianOauth2ProviderConfigInput",
        properties: &[
            ::forma_core::schema::Property {
                name: "ClientId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientSecret",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientSecretConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SECRET_REFERENCE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ClientSecretSource",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["MANAGED", "EXTERNAL"]),
            },
        ],
        rules: &[],
    };

static CUSTOM_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::OAuth2CredentialProvider.CustomOauth2ProviderConfigInput",
        properties: &[
            ::forma_core::schema::Property {
                name: "ClientAuthenticationMethod",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "CLIENT_SECRET_BASIC",
                    "CLIENT_SECRET_POST",
                    "AWS_IAM_ID_TOKEN_JWT",
                    "PRIVATE_KEY_JWT",
                ]),
            },
            ::forma_core::schema::Property {
                name: "ClientId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientSecret",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientSecretConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SECRET_REFERENCE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ClientSecretSource",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["MANAGED", "EXTERNAL"]),
            },
            ::forma_core::schema::Property {
                name: "OauthDiscovery",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&OAUTH2_DISCOVERY_TYPE),
            },
            ::forma_core::schema::Property {
                name: "OnBehalfOfTokenExchangeConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ON_BEHALF_OF_TOKEN_EXCHANGE_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "PrivateEndpoint",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PRIVATE_ENDPOINT_TYPE),
            },
            ::forma_core::schema::Property {
                name: "PrivateEndpointOverrides",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&PRIVATE_ENDPOINT_OVERRIDE_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: Some(5) },
                ),
            },
            ::forma_core::schema::Property {
                name: "PrivateKeyJwtConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PRIVATE_KEY_JWT_CONFIG_TYPE),
            },
        ],
        rules: &[],
    };

static GITHUB_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::OAuth2CredentialProvider.GithubOauth2ProviderConfigInput",
        properties: &[
            ::forma_core::schema::Property {
                name: "ClientId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientSecret",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientSecretConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SECRET_REFERENCE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ClientSecretSource",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["MANAGED", "EXTERNAL"]),
            },
        ],
        rules: &[],
    };

static GOOGLE_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::OAuth2CredentialProvider.GoogleOauth2ProviderConfigInput",
        properties: &[
            ::forma_core::schema::Property {
                name: "ClientId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientSecret",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientSecretConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SECRET_REFERENCE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ClientSecretSource",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["MANAGED", "EXTERNAL"]),
            },
        ],
        rules: &[],
    };

static INCLUDED_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::OAuth2CredentialProvider.IncludedOauth2ProviderConfigInput",
        properties: &[
            ::forma_core::schema::Property {
                name: "AuthorizationEndpoint",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "ClientId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientSecret",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientSecretConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SECRET_REFERENCE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ClientSecretSource",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["MANAGED", "EXTERNAL"]),
            },
            ::forma_core::schema::Property {
                name: "Issuer",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "TokenEndpoint",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static LINKEDIN_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::OAuth2CredentialProvider.LinkedinOauth2ProviderConfigInput",
        properties: &[
            ::forma_core::schema::Property {
                name: "ClientId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientSecret",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientSecretConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SECRET_REFERENCE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ClientSecretSource",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["MANAGED", "EXTERNAL"]),
            },
        ],
        rules: &[],
    };

static MICROSOFT_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::OAuth2CredentialProvider.MicrosoftOauth2ProviderConfigInput",
        properties: &[
            ::forma_core::schema::Property {
                name: "ClientId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientSecret",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientSecretConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SECRET_REFERENCE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ClientSecretSource",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["MANAGED", "EXTERNAL"]),
            },
            ::forma_core::schema::Property {
                name: "TenantId",
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

static SALESFORCE_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::OAuth2CredentialProvider.SalesforceOauth2ProviderConfigInput",
        properties: &[
            ::forma_core::schema::Property {
                name: "ClientId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientSecret",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientSecretConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SECRET_REFERENCE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ClientSecretSource",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["MANAGED", "EXTERNAL"]),
            },
        ],
        rules: &[],
    };

static SLACK_OAUTH2_PROVIDER_CONFIG_INPUT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::OAuth2CredentialProvider.SlackOauth2ProviderConfigInput",
        properties: &[
            ::forma_core::schema::Property {
                name: "ClientId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientSecret",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientSecretConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SECRET_REFERENCE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ClientSecretSource",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["MANAGED", "EXTERNAL"]),
            },
        ],
        rules: &[],
    };

static SECRET_REFERENCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::OAuth2CredentialProvider.SecretReference",
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

static OAUTH2_DISCOVERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::OAuth2CredentialProvider.Oauth2Discovery",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizationServerMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OAUTH2_AUTHORIZATION_SERVER_METADATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DiscoveryUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.+/\\.well-known/openid-configuration$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static ON_BEHALF_OF_TOKEN_EXCHANGE_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::OAuth2CredentialProvider.OnBehalfOfTokenExchangeConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "GrantType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["TOKEN_EXCHANGE", "JWT_AUTHORIZATION_GRANT"]),
            },
            ::forma_core::schema::Property {
                name: "TokenExchangeGrantTypeConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&TOKEN_EXCHANGE_GRANT_TYPE_CONFIG_TYPE),
            },
        ],
        rules: &[],
    };

static PRIVATE_ENDPOINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::OAuth2CredentialProvider.PrivateEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "ManagedVpcResource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANAGED_VPC_RESOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SelfManagedLatticeResource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SELF_MANAGED_LATTICE_RESOURCE_TYPE),
        },
    ],
    rules: &[],
};

static PRIVATE_ENDPOINT_OVERRIDE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::OAuth2CredentialProvider.PrivateEndpointOverride",
    properties: &[
        ::forma_core::schema::Property {
            name: "Domain",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(253),
            }),
        },
        ::forma_core::schema::Property {
            name: "PrivateEndpoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PRIVATE_ENDPOINT_TYPE),
        },
    ],
    rules: &[],
};

static PRIVATE_KEY_JWT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::OAuth2CredentialProvider.PrivateKeyJwtConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalHeaderClaims",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(2048) },
            )),
        },
        ::forma_core::schema::Property {
            name: "AdditionalPayloadClaims",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(2048) },
            )),
        },
        ::forma_core::schema::Property {
            name: "PrivateKeySource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PRIVATE_KEY_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SigningAlgorithm",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["RS256", "PS256", "ES256"]),
        },
    ],
    rules: &[],
};

static OAUTH2_AUTHORIZATION_SERVER_METADATA_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::OAuth2CredentialProvider.Oauth2AuthorizationServerMetadata",
        properties: &[
            ::forma_core::schema::Property {
                name: "AuthorizationEndpoint",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Issuer",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "ResponseTypes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "TokenEndpoint",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static TOKEN_EXCHANGE_GRANT_TYPE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::OAuth2CredentialProvider.TokenExchangeGrantTypeConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActorTokenContent",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "M2M", "AWS_IAM_ID_TOKEN_JWT"]),
        },
        ::forma_core::schema::Property {
            name: "ActorTokenScopes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static MANAGED_VPC_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::OAuth2CredentialProvider.ManagedVpcResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndpointIpAddressType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IPV4", "IPV6"]),
        },
        ::forma_core::schema::Property {
            name: "RoutingDomain",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^sg-(([0-9a-z]{8})|([0-9a-z]{17}))$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^subnet-[0-9a-zA-Z]{8,17}$"),
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
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                    min_length: Some(0),
                    max_length: Some(256),
                },
            )),
        },
        ::forma_core::schema::Property {
            name: "VpcIdentifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^vpc-(([0-9a-z]{8})|([0-9a-z]{17}))$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static SELF_MANAGED_LATTICE_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::OAuth2CredentialProvider.SelfManagedLatticeResource",
properties: &[
::forma_core::schema::Property { name: "ResourceConfigurationIdentifier", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((rcfg-[0-9a-z]{17})|(arn:[a-z0-9\\-]+:vpc-lattice:[a-zA-Z0-9\\-]+:\\d{12}:resourceconfiguration/rcfg-[0-9a-z]{17}))$"), min_length: Some(20), max_length: Some(2048) }) },
],
rules: &[],
};

static PRIVATE_KEY_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::OAuth2CredentialProvider.PrivateKeySource",
    properties: &[::forma_core::schema::Property {
        name: "KmsKeySource",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&KMS_KEY_SOURCE_TYPE_TYPE),
    }],
    rules: &[],
};

static KMS_KEY_SOURCE_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::OAuth2CredentialProvider.KmsKeySourceType",
    properties: &[::forma_core::schema::Property {
        name: "KmsKeyArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$"),
            min_length: Some(1),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};
