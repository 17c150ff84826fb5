// @generated from AWS::AppFlow::ConnectorProfile (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppFlow::ConnectorProfile` and its property types.

/// Resource Type definition for AWS::AppFlow::ConnectorProfile
///
/// CloudFormation type `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorProfile {
    props: ::forma_core::schema::Props,
}
impl ConnectorProfile {
    /// A new resource with its required properties: `ConnectionMode`, `ConnectorProfileName`, `ConnectorType`.
    #[track_caller]
    pub fn new(
        connection_mode: impl ::forma_core::schema::EnumArg<ConnectionMode>,
        connector_profile_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        connector_type: impl ::forma_core::schema::EnumArg<ConnectorType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, connection_mode.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(3, connector_profile_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, connector_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The label of the connector.
    ///
    /// Allowed: length 0 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn connector_label(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Connector specific configurations needed to create connector profile
    #[track_caller]
    pub fn connector_profile_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectorProfileConfig>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the AWS Key Management Service (AWS KMS) key that's used to encrypt your function's environment variables.
    ///
    /// Allowed: length 20 to 2048.
    #[track_caller]
    pub fn kms_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ConnectorProfile {
    type Attributes = ConnectorProfileAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppFlow::ConnectorProfile"
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
/// The attributes of a `AWS::AppFlow::ConnectorProfile` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConnectorProfileAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConnectorProfileAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConnectorProfileAttributes {
    /// `Fn::GetAtt` `ConnectorProfileArn`.
    pub fn connector_profile_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConnectorProfileArn")
    }
    /// `Fn::GetAtt` `CredentialsArn`.
    pub fn credentials_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CredentialsArn")
    }
}

/// The values CloudFormation documents: `Public`, `Private`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConnectionMode {
    /// `Public`
    Public,
    /// `Private`
    Private,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConnectionMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "Public",
            Self::Private => "Private",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Public", "Private"]
    }
}
impl ::std::convert::From<ConnectionMode> for ::forma_core::Value<ConnectionMode> {
    fn from(v: ConnectionMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConnectionMode {}

/// The values CloudFormation documents: `Salesforce`, `Pardot`, `Singular`, `Slack`, `Redshift`, `Marketo`, `Googleanalytics`, `Zendesk`, `Servicenow`, `SAPOData`, `Datadog`, `Trendmicro`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConnectorType {
    /// `Salesforce`
    Salesforce,
    /// `Pardot`
    Pardot,
    /// `Singular`
    Singular,
    /// `Slack`
    Slack,
    /// `Redshift`
    Redshift,
    /// `Marketo`
    Marketo,
    /// `Googleanalytics`
    Googleanalytics,
    /// `Zendesk`
    Zendesk,
    /// `Servicenow`
    Servicenow,
    /// `SAPOData`
    SapoData,
    /// `Datadog`
    Datadog,
    /// `Trendmicro`
    Trendmicro,
    /// `Snowflake`
    Snowflake,
    /// `Dynatrace`
    Dynatrace,
    /// `Infornexus`
    Infornexus,
    /// `Amplitude`
    Amplitude,
    /// `Veeva`
    Veeva,
    /// `CustomConnector`
    CustomConnector,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConnectorType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Salesforce => "Salesforce",
            Self::Pardot => "Pardot",
            Self::Singular => "Singular",
            Self::Slack => "Slack",
            Self::Redshift => "Redshift",
            Self::Marketo => "Marketo",
            Self::Googleanalytics => "Googleanalytics",
            Self::Zendesk => "Zendesk",
            Self::Servicenow => "Servicenow",
            Self::SapoData => "SAPOData",
            Self::Datadog => "Datadog",
            Self::Trendmicro => "Trendmicro",
            Self::Snowflake => "Snowflake",
            Self::Dynatrace => "Dynatrace",
            Self::Infornexus => "Infornexus",
            Self::Amplitude => "Amplitude",
            Self::Veeva => "Veeva",
            Self::CustomConnector => "CustomConnector",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "Salesforce",
            "Pardot",
            "Singular",
            "Slack",
            "Redshift",
            "Marketo",
            "Googleanalytics",
            "Zendesk",
            "Servicenow",
            "SAPOData",
            "Datadog",
            "Trendmicro",
            "Snowflake",
            "Dynatrace",
            "Infornexus",
            "Amplitude",
            "Veeva",
            "CustomConnector",
        ]
    }
}
impl ::std::convert::From<ConnectorType> for ::forma_core::Value<ConnectorType> {
    fn from(v: ConnectorType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConnectorType {}

/// Connector specific configurations needed to create connector profile
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorProfileConfig {
    props: ::forma_core::schema::Props,
}
impl ConnectorProfileConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Connector specific configuration needed to create connector profile based on Authentication mechanism
    pub fn connector_profile_credentials(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectorProfileCredentials>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Connector specific properties needed to create connector profile - currently not needed for Amplitude, Trendmicro, Googleanalytics and Singular
    pub fn connector_profile_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectorProfileProperties>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConnectorProfileConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConnectorProfileConfig> for ::forma_core::Value<ConnectorProfileConfig> {
    fn from(v: ConnectorProfileConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTOR_PROFILE_CONFIG_TYPE.properties))
    }
}

/// Connector specific configuration needed to create connector profile based on Authentication mechanism
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorProfileCredentials {
    props: ::forma_core::schema::Props,
}
impl ConnectorProfileCredentials {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Amplitude`.
    pub fn amplitude(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AmplitudeConnectorProfileCredentials>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CustomConnector`.
    pub fn custom_connector(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomConnectorProfileCredentials>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Datadog`.
    pub fn datadog(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DatadogConnectorProfileCredentials>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Dynatrace`.
    pub fn dynatrace(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DynatraceConnectorProfileCredentials>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `GoogleAnalytics`.
    pub fn google_analytics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GoogleAnalyticsConnectorProfileCredentials>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `InforNexus`.
    pub fn infor_nexus(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InforNexusConnectorProfileCredentials>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Marketo`.
    pub fn marketo(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MarketoConnectorProfileCredentials>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Pardot`.
    pub fn pardot(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PardotConnectorProfileCredentials>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Redshift`.
    pub fn redshift(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RedshiftConnectorProfileCredentials>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `SAPOData`.
    pub fn sapo_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SapoDataConnectorProfileCredentials>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `Salesforce`.
    pub fn salesforce(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SalesforceConnectorProfileCredentials>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `ServiceNow`.
    pub fn service_now(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServiceNowConnectorProfileCredentials>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `Singular`.
    pub fn singular(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SingularConnectorProfileCredentials>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `Slack`.
    pub fn slack(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SlackConnectorProfileCredentials>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `Snowflake`.
    pub fn snowflake(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SnowflakeConnectorProfileCredentials>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `Trendmicro`.
    pub fn trendmicro(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TrendmicroConnectorProfileCredentials>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `Veeva`.
    pub fn veeva(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VeevaConnectorProfileCredentials>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `Zendesk`.
    pub fn zendesk(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ZendeskConnectorProfileCredentials>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConnectorProfileCredentials {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConnectorProfileCredentials> for ::forma_core::Value<ConnectorProfileCredentials> {
    fn from(v: ConnectorProfileCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTOR_PROFILE_CREDENTIALS_TYPE.properties))
    }
}

/// Connector specific properties needed to create connector profile - currently not needed for Amplitude, Trendmicro, Googleanalytics and Singular
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorProfileProperties {
    props: ::forma_core::schema::Props,
}
impl ConnectorProfileProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CustomConnector`.
    pub fn custom_connector(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomConnectorProfileProperties>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Datadog`.
    pub fn datadog(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DatadogConnectorProfileProperties>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Dynatrace`.
    pub fn dynatrace(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DynatraceConnectorProfileProperties>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `InforNexus`.
    pub fn infor_nexus(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InforNexusConnectorProfileProperties>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Marketo`.
    pub fn marketo(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MarketoConnectorProfileProperties>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Pardot`.
    pub fn pardot(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PardotConnectorProfileProperties>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Redshift`.
    pub fn redshift(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RedshiftConnectorProfileProperties>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `SAPOData`.
    pub fn sapo_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SapoDataConnectorProfileProperties>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Salesforce`.
    pub fn salesforce(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SalesforceConnectorProfileProperties>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `ServiceNow`.
    pub fn service_now(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServiceNowConnectorProfileProperties>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `Slack`.
    pub fn slack(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SlackConnectorProfileProperties>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `Snowflake`.
    pub fn snowflake(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SnowflakeConnectorProfileProperties>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `Veeva`.
    pub fn veeva(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VeevaConnectorProfileProperties>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `Zendesk`.
    pub fn zendesk(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ZendeskConnectorProfileProperties>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConnectorProfileProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConnectorProfileProperties> for ::forma_core::Value<ConnectorProfileProperties> {
    fn from(v: ConnectorProfileProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTOR_PROFILE_PROPERTIES_TYPE.properties))
    }
}

/// The `AmplitudeConnectorProfileCredentials` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct AmplitudeConnectorProfileCredentials {
    props: ::forma_core::schema::Props,
}
impl AmplitudeConnectorProfileCredentials {
    /// A new value with its required properties: `ApiKey`, `SecretKey`.
    pub fn new(
        api_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        secret_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, api_key.into().into_expr());
        props.set(1, secret_key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AmplitudeConnectorProfileCredentials>
    for ::forma_core::Value<AmplitudeConnectorProfileCredentials>
{
    fn from(v: AmplitudeConnectorProfileCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AMPLITUDE_CONNECTOR_PROFILE_CREDENTIALS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `OAUTH2`, `APIKEY`, `BASIC`, `CUSTOM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthenticationType {
    /// `OAUTH2`
    Oauth2,
    /// `APIKEY`
    Apikey,
    /// `BASIC`
    Basic,
    /// `CUSTOM`
    Custom,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthenticationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Oauth2 => "OAUTH2",
            Self::Apikey => "APIKEY",
            Self::Basic => "BASIC",
            Self::Custom => "CUSTOM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OAUTH2", "APIKEY", "BASIC", "CUSTOM"]
    }
}
impl ::std::convert::From<AuthenticationType> for ::forma_core::Value<AuthenticationType> {
    fn from(v: AuthenticationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthenticationType {}

/// The `CustomConnectorProfileCredentials` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomConnectorProfileCredentials {
    props: ::forma_core::schema::Props,
}
impl CustomConnectorProfileCredentials {
    /// A new value with its required properties: `AuthenticationType`.
    pub fn new(authentication_type: impl ::forma_core::schema::EnumArg<AuthenticationType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, authentication_type.into_enum_expr());
        Self { props }
    }
    /// `ApiKey`.
    pub fn api_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<ApiKeyCredentials>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Basic`.
    pub fn basic(mut self, value: impl ::std::convert::Into<::forma_core::Value<BasicAuthCredentials>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Custom`.
    pub fn custom(mut self, value: impl ::std::convert::Into<::forma_core::Value<CustomAuthCredentials>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Oauth2`.
    pub fn oauth2(mut self, value: impl ::std::convert::Into<::forma_core::Value<Oauth2Credentials>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomConnectorProfileCredentials>
    for ::forma_core::Value<CustomConnectorProfileCredentials>
{
    fn from(v: CustomConnectorProfileCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_CONNECTOR_PROFILE_CREDENTIALS_TYPE.properties))
    }
}

/// The `DatadogConnectorProfileCredentials` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatadogConnectorProfileCredentials {
    props: ::forma_core::schema::Props,
}
impl DatadogConnectorProfileCredentials {
    /// A new value with its required properties: `ApiKey`, `ApplicationKey`.
    pub fn new(
        api_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        application_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, api_key.into().into_expr());
        props.set(1, application_key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DatadogConnectorProfileCredentials>
    for ::forma_core::Value<DatadogConnectorProfileCredentials>
{
    fn from(v: DatadogConnectorProfileCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATADOG_CONNECTOR_PROFILE_CREDENTIALS_TYPE.properties))
    }
}

/// The `DynatraceConnectorProfileCredentials` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct DynatraceConnectorProfileCredentials {
    props: ::forma_core::schema::Props,
}
impl DynatraceConnectorProfileCredentials {
    /// A new value with its required properties: `ApiToken`.
    pub fn new(api_token: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, api_token.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DynatraceConnectorProfileCredentials>
    for ::forma_core::Value<DynatraceConnectorProfileCredentials>
{
    fn from(v: DynatraceConnectorProfileCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DYNATRACE_CONNECTOR_PROFILE_CREDENTIALS_TYPE.properties))
    }
}

/// The `GoogleAnalyticsConnectorProfileCredentials` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct GoogleAnalyticsConnectorProfileCredentials {
    props: ::forma_core::schema::Props,
}
impl GoogleAnalyticsConnectorProfileCredentials {
    /// A new value with its required properties: `ClientId`, `ClientSecret`.
    pub fn new(
        client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        client_secret: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, client_id.into().into_expr());
        props.set(2, client_secret.into().into_expr());
        Self { props }
    }
    /// The credentials used to access protected resources.
    ///
    /// Allowed: length 0 to 4096.
    pub fn access_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The oauth needed to request security tokens from the connector endpoint.
    pub fn connector_oauth_request(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectorOauthRequest>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The credentials used to acquire new access tokens.
    ///
    /// Allowed: length 0 to 4096.
    pub fn refresh_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GoogleAnalyticsConnectorProfileCredentials>
    for ::forma_core::Value<GoogleAnalyticsConnectorProfileCredentials>
{
    fn from(v: GoogleAnalyticsConnectorProfileCredentials) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(GOOGLE_ANALYTICS_CONNECTOR_PROFILE_CREDENTIALS_TYPE.properties),
        )
    }
}

/// The `InforNexusConnectorProfileCredentials` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct InforNexusConnectorProfileCredentials {
    props: ::forma_core::schema::Props,
}
impl InforNexusConnectorProfileCredentials {
    /// A new value with its required properties: `AccessKeyId`, `Datakey`, `SecretAccessKey`, `UserId`.
    pub fn new(
        access_key_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        datakey: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        secret_access_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, access_key_id.into().into_expr());
        props.set(1, datakey.into().into_expr());
        props.set(2, secret_access_key.into().into_expr());
        props.set(3, user_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InforNexusConnectorProfileCredentials>
    for ::forma_core::Value<InforNexusConnectorProfileCredentials>
{
    fn from(v: InforNexusConnectorProfileCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFOR_NEXUS_CONNECTOR_PROFILE_CREDENTIALS_TYPE.properties))
    }
}

/// The `MarketoConnectorProfileCredentials` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct MarketoConnectorProfileCredentials {
    props: ::forma_core::schema::Props,
}
impl MarketoConnectorProfileCredentials {
    /// A new value with its required properties: `ClientId`, `ClientSecret`.
    pub fn new(
        client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        client_secret: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, client_id.into().into_expr());
        props.set(2, client_secret.into().into_expr());
        Self { props }
    }
    /// The credentials used to access protected resources.
    ///
    /// Allowed: length 0 to 4096.
    pub fn access_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The oauth needed to request security tokens from the connector endpoint.
    pub fn connector_oauth_request(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectorOauthRequest>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MarketoConnectorProfileCredentials>
    for ::forma_core::Value<MarketoConnectorProfileCredentials>
{
    fn from(v: MarketoConnectorProfileCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MARKETO_CONNECTOR_PROFILE_CREDENTIALS_TYPE.properties))
    }
}

/// The `PardotConnectorProfileCredentials` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct PardotConnectorProfileCredentials {
    props: ::forma_core::schema::Props,
}
impl PardotConnectorProfileCredentials {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The credentials used to access protected resources.
    ///
    /// Allowed: length 0 to 4096.
    pub fn access_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The client credentials to fetch access token and refresh token.
    ///
    /// Allowed: length 20 to 2048.
    pub fn client_credentials_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The oauth needed to request security tokens from the connector endpoint.
    pub fn connector_oauth_request(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectorOauthRequest>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The credentials used to acquire new access tokens.
    ///
    /// Allowed: length 0 to 4096.
    pub fn refresh_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PardotConnectorProfileCredentials {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PardotConnectorProfileCredentials>
    for ::forma_core::Value<PardotConnectorProfileCredentials>
{
    fn from(v: PardotConnectorProfileCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARDOT_CONNECTOR_PROFILE_CREDENTIALS_TYPE.properties))
    }
}

/// The `RedshiftConnectorProfileCredentials` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct RedshiftConnectorProfileCredentials {
    props: ::forma_core::schema::Props,
}
impl RedshiftConnectorProfileCredentials {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The password that corresponds to the username.
    ///
    /// Allowed: length 0 to 512.
    pub fn password(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the user.
    ///
    /// Allowed: length 0 to 512.
    pub fn username(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RedshiftConnectorProfileCredentials {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RedshiftConnectorProfileCredentials>
    for ::forma_core::Value<RedshiftConnectorProfileCredentials>
{
    fn from(v: RedshiftConnectorProfileCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REDSHIFT_CONNECTOR_PROFILE_CREDENTIALS_TYPE.properties))
    }
}

/// The `SAPODataConnectorProfileCredentials` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct SapoDataConnectorProfileCredentials {
    props: ::forma_core::schema::Props,
}
impl SapoDataConnectorProfileCredentials {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BasicAuthCredentials`.
    pub fn basic_auth_credentials(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BasicAuthCredentials>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `OAuthCredentials`.
    pub fn oauth_credentials(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SapoDataConnectorProfileCredentialsOauthCredentials>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SapoDataConnectorProfileCredentials {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SapoDataConnectorProfileCredentials>
    for ::forma_core::Value<SapoDataConnectorProfileCredentials>
{
    fn from(v: SapoDataConnectorProfileCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAPO_DATA_CONNECTOR_PROFILE_CREDENTIALS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CLIENT_CREDENTIALS`, `AUTHORIZATION_CODE`, `JWT_BEARER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Oauth2GrantType {
    /// `CLIENT_CREDENTIALS`
    ClientCredentials,
    /// `AUTHORIZATION_CODE`
    AuthorizationCode,
    /// `JWT_BEARER`
    JwtBearer,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Oauth2GrantType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ClientCredentials => "CLIENT_CREDENTIALS",
            Self::AuthorizationCode => "AUTHORIZATION_CODE",
            Self::JwtBearer => "JWT_BEARER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CLIENT_CREDENTIALS", "AUTHORIZATION_CODE", "JWT_BEARER"]
    }
}
impl ::std::convert::From<Oauth2GrantType> for ::forma_core::Value<Oauth2GrantType> {
    fn from(v: Oauth2GrantType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Oauth2GrantType {}

/// The `SalesforceConnectorProfileCredentials` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct SalesforceConnectorProfileCredentials {
    props: ::forma_core::schema::Props,
}
impl SalesforceConnectorProfileCredentials {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The credentials used to access protected resources.
    ///
    /// Allowed: length 0 to 4096.
    pub fn access_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The client credentials to fetch access token and refresh token.
    ///
    /// Allowed: length 20 to 2048.
    pub fn client_credentials_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The oauth needed to request security tokens from the connector endpoint.
    pub fn connector_oauth_request(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectorOauthRequest>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The credentials used to access your Salesforce records
    ///
    /// Allowed: length 0 to 8000.
    pub fn jwt_token(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The grant types to fetch an access token
    pub fn oauth_2_grant_type(mut self, value: impl ::forma_core::schema::EnumArg<Oauth2GrantType>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// The credentials used to acquire new access tokens.
    ///
    /// Allowed: length 0 to 4096.
    pub fn refresh_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SalesforceConnectorProfileCredentials {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SalesforceConnectorProfileCredentials>
    for ::forma_core::Value<SalesforceConnectorProfileCredentials>
{
    fn from(v: SalesforceConnectorProfileCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SALESFORCE_CONNECTOR_PROFILE_CREDENTIALS_TYPE.properties))
    }
}

/// The `ServiceNowConnectorProfileCredentials` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceNowConnectorProfileCredentials {
    props: ::forma_core::schema::Props,
}
impl ServiceNowConnectorProfileCredentials {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The OAuth 2.0 credentials required to authenticate the user.
    pub fn oauth_2_credentials(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<Oauth2Credentials>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The password that corresponds to the username.
    ///
    /// Allowed: length 0 to 512.
    pub fn password(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The name of the user.
    ///
    /// Allowed: length 0 to 512.
    pub fn username(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ServiceNowConnectorProfileCredentials {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ServiceNowConnectorProfileCredentials>
    for ::forma_core::Value<ServiceNowConnectorProfileCredentials>
{
    fn from(v: ServiceNowConnectorProfileCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_NOW_CONNECTOR_PROFILE_CREDENTIALS_TYPE.properties))
    }
}

/// The `SingularConnectorProfileCredentials` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct SingularConnectorProfileCredentials {
    props: ::forma_core::schema::Props,
}
impl SingularConnectorProfileCredentials {
    /// A new value with its required properties: `ApiKey`.
    pub fn new(api_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, api_key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SingularConnectorProfileCredentials>
    for ::forma_core::Value<SingularConnectorProfileCredentials>
{
    fn from(v: SingularConnectorProfileCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SINGULAR_CONNECTOR_PROFILE_CREDENTIALS_TYPE.properties))
    }
}

/// The `SlackConnectorProfileCredentials` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct SlackConnectorProfileCredentials {
    props: ::forma_core::schema::Props,
}
impl SlackConnectorProfileCredentials {
    /// A new value with its required properties: `ClientId`, `ClientSecret`.
    pub fn new(
        client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        client_secret: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, client_id.into().into_expr());
        props.set(2, client_secret.into().into_expr());
        Self { props }
    }
    /// The credentials used to access protected resources.
    ///
    /// Allowed: length 0 to 4096.
    pub fn access_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The oauth needed to request security tokens from the connector endpoint.
    pub fn connector_oauth_request(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectorOauthRequest>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SlackConnectorProfileCredentials> for ::forma_core::Value<SlackConnectorProfileCredentials> {
    fn from(v: SlackConnectorProfileCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLACK_CONNECTOR_PROFILE_CREDENTIALS_TYPE.properties))
    }
}

/// The `SnowflakeConnectorProfileCredentials` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct SnowflakeConnectorProfileCredentials {
    props: ::forma_core::schema::Props,
}
impl SnowflakeConnectorProfileCredentials {
    /// A new value with its required properties: `Password`, `Username`.
    pub fn new(
        password: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        username: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, password.into().into_expr());
        props.set(1, username.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SnowflakeConnectorProfileCredentials>
    for ::forma_core::Value<SnowflakeConnectorProfileCredentials>
{
    fn from(v: SnowflakeConnectorProfileCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SNOWFLAKE_CONNECTOR_PROFILE_CREDENTIALS_TYPE.properties))
    }
}

/// The `TrendmicroConnectorProfileCredentials` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendmicroConnectorProfileCredentials {
    props: ::forma_core::schema::Props,
}
impl TrendmicroConnectorProfileCredentials {
    /// A new value with its required properties: `ApiSecretKey`.
    pub fn new(api_secret_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, api_secret_key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TrendmicroConnectorProfileCredentials>
    for ::forma_core::Value<TrendmicroConnectorProfileCredentials>
{
    fn from(v: TrendmicroConnectorProfileCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRENDMICRO_CONNECTOR_PROFILE_CREDENTIALS_TYPE.properties))
    }
}

/// The `VeevaConnectorProfileCredentials` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct VeevaConnectorProfileCredentials {
    props: ::forma_core::schema::Props,
}
impl VeevaConnectorProfileCredentials {
    /// A new value with its required properties: `Password`, `Username`.
    pub fn new(
        password: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        username: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, password.into().into_expr());
        props.set(1, username.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VeevaConnectorProfileCredentials> for ::forma_core::Value<VeevaConnectorProfileCredentials> {
    fn from(v: VeevaConnectorProfileCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VEEVA_CONNECTOR_PROFILE_CREDENTIALS_TYPE.properties))
    }
}

/// The `ZendeskConnectorProfileCredentials` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct ZendeskConnectorProfileCredentials {
    props: ::forma_core::schema::Props,
}
impl ZendeskConnectorProfileCredentials {
    /// A new value with its required properties: `ClientId`, `ClientSecret`.
    pub fn new(
        client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        client_secret: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, client_id.into().into_expr());
        props.set(2, client_secret.into().into_expr());
        Self { props }
    }
    /// The credentials used to access protected resources.
    ///
    /// Allowed: length 0 to 4096.
    pub fn access_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The oauth needed to request security tokens from the connector endpoint.
    pub fn connector_oauth_request(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectorOauthRequest>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ZendeskConnectorProfileCredentials>
    for ::forma_core::Value<ZendeskConnectorProfileCredentials>
{
    fn from(v: ZendeskConnectorProfileCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ZENDESK_CONNECTOR_PROFILE_CREDENTIALS_TYPE.properties))
    }
}

/// The `CustomConnectorProfileProperties` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomConnectorProfileProperties {
    props: ::forma_core::schema::Props,
}
impl CustomConnectorProfileProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `OAuth2Properties`.
    pub fn oauth_2_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<Oauth2Properties>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A map for properties for custom connector.
    pub fn profile_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CustomConnectorProfileProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomConnectorProfileProperties> for ::forma_core::Value<CustomConnectorProfileProperties> {
    fn from(v: CustomConnectorProfileProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_CONNECTOR_PROFILE_PROPERTIES_TYPE.properties))
    }
}

/// The `DatadogConnectorProfileProperties` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatadogConnectorProfileProperties {
    props: ::forma_core::schema::Props,
}
impl DatadogConnectorProfileProperties {
    /// A new value with its required properties: `InstanceUrl`.
    pub fn new(instance_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, instance_url.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DatadogConnectorProfileProperties>
    for ::forma_core::Value<DatadogConnectorProfileProperties>
{
    fn from(v: DatadogConnectorProfileProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATADOG_CONNECTOR_PROFILE_PROPERTIES_TYPE.properties))
    }
}

/// The `DynatraceConnectorProfileProperties` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct DynatraceConnectorProfileProperties {
    props: ::forma_core::schema::Props,
}
impl DynatraceConnectorProfileProperties {
    /// A new value with its required properties: `InstanceUrl`.
    pub fn new(instance_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, instance_url.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DynatraceConnectorProfileProperties>
    for ::forma_core::Value<DynatraceConnectorProfileProperties>
{
    fn from(v: DynatraceConnectorProfileProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DYNATRACE_CONNECTOR_PROFILE_PROPERTIES_TYPE.properties))
    }
}

/// The `InforNexusConnectorProfileProperties` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct InforNexusConnectorProfileProperties {
    props: ::forma_core::schema::Props,
}
impl InforNexusConnectorProfileProperties {
    /// A new value with its required properties: `InstanceUrl`.
    pub fn new(instance_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, instance_url.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InforNexusConnectorProfileProperties>
    for ::forma_core::Value<InforNexusConnectorProfileProperties>
{
    fn from(v: InforNexusConnectorProfileProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFOR_NEXUS_CONNECTOR_PROFILE_PROPERTIES_TYPE.properties))
    }
}

/// The `MarketoConnectorProfileProperties` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct MarketoConnectorProfileProperties {
    props: ::forma_core::schema::Props,
}
impl MarketoConnectorProfileProperties {
    /// A new value with its required properties: `InstanceUrl`.
    pub fn new(instance_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, instance_url.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MarketoConnectorProfileProperties>
    for ::forma_core::Value<MarketoConnectorProfileProperties>
{
    fn from(v: MarketoConnectorProfileProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MARKETO_CONNECTOR_PROFILE_PROPERTIES_TYPE.properties))
    }
}

/// The `PardotConnectorProfileProperties` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct PardotConnectorProfileProperties {
    props: ::forma_core::schema::Props,
}
impl PardotConnectorProfileProperties {
    /// A new value with its required properties: `BusinessUnitId`.
    pub fn new(business_unit_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, business_unit_id.into().into_expr());
        Self { props }
    }
    /// The location of the Salesforce Pardot resource
    ///
    /// Allowed: length 0 to 256.
    pub fn instance_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Indicates whether the connector profile applies to a demo or production environment
    pub fn is_sandbox_environment(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PardotConnectorProfileProperties> for ::forma_core::Value<PardotConnectorProfileProperties> {
    fn from(v: PardotConnectorProfileProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARDOT_CONNECTOR_PROFILE_PROPERTIES_TYPE.properties))
    }
}

/// The `RedshiftConnectorProfileProperties` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct RedshiftConnectorProfileProperties {
    props: ::forma_core::schema::Props,
}
impl RedshiftConnectorProfileProperties {
    /// A new value with its required properties: `BucketName`, `RoleArn`.
    pub fn new(
        bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_name.into().into_expr());
        props.set(7, role_arn.into().into_expr());
        Self { props }
    }
    /// The object key for the destination bucket in which Amazon AppFlow will place the ﬁles.
    ///
    /// Allowed: length 0 to 128.
    pub fn bucket_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The unique identifier of the Amazon Redshift cluster.
    ///
    /// Allowed: length 0 to 512.
    pub fn cluster_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the IAM role that grants Amazon AppFlow access to the data through the Amazon Redshift Data API.
    ///
    /// Allowed: length 0 to 512.
    pub fn data_api_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The name of the Amazon Redshift database that will store the transferred data.
    ///
    /// Allowed: length 0 to 512.
    pub fn database_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The JDBC URL of the Amazon Redshift cluster.
    ///
    /// Allowed: length 0 to 512.
    pub fn database_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// If Amazon AppFlow will connect to Amazon Redshift Serverless or Amazon Redshift cluster.
    pub fn is_redshift_serverless(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The name of the Amazon Redshift serverless workgroup
    ///
    /// Allowed: length 0 to 512.
    pub fn workgroup_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RedshiftConnectorProfileProperties>
    for ::forma_core::Value<RedshiftConnectorProfileProperties>
{
    fn from(v: RedshiftConnectorProfileProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REDSHIFT_CONNECTOR_PROFILE_PROPERTIES_TYPE.properties))
    }
}

/// The `SAPODataConnectorProfileProperties` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct SapoDataConnectorProfileProperties {
    props: ::forma_core::schema::Props,
}
impl SapoDataConnectorProfileProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ApplicationHostUrl`.
    ///
    /// Allowed: length 0 to 256.
    pub fn application_host_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ApplicationServicePath`.
    ///
    /// Allowed: length 0 to 512.
    pub fn application_service_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ClientNumber`.
    ///
    /// Allowed: length 3 to 3.
    pub fn client_number(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// If you set this parameter to true, Amazon AppFlow bypasses the single sign-on (SSO) settings in your SAP account when it accesses your SAP OData instance.
    pub fn disable_sso(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `LogonLanguage`.
    ///
    /// Allowed: length 0 to 2.
    pub fn logon_language(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `OAuthProperties`.
    pub fn oauth_properties(mut self, value: impl ::std::convert::Into<::forma_core::Value<OauthProperties>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `PortNumber`.
    ///
    /// Allowed: 1 to 65535.
    pub fn port_number(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `PrivateLinkServiceName`.
    ///
    /// Allowed: length 0 to 512.
    pub fn private_link_service_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SapoDataConnectorProfileProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SapoDataConnectorProfileProperties>
    for ::forma_core::Value<SapoDataConnectorProfileProperties>
{
    fn from(v: SapoDataConnectorProfileProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAPO_DATA_CONNECTOR_PROFILE_PROPERTIES_TYPE.properties))
    }
}

/// The `SalesforceConnectorProfileProperties` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct SalesforceConnectorProfileProperties {
    props: ::forma_core::schema::Props,
}
impl SalesforceConnectorProfileProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The location of the Salesforce resource
    ///
    /// Allowed: length 0 to 256.
    pub fn instance_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether the connector profile applies to a sandbox or production environment
    pub fn is_sandbox_environment(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Indicates whether to make Metadata And Authorization calls over Pivate Network
    pub fn use_private_link_for_metadata_and_authorization(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SalesforceConnectorProfileProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SalesforceConnectorProfileProperties>
    for ::forma_core::Value<SalesforceConnectorProfileProperties>
{
    fn from(v: SalesforceConnectorProfileProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SALESFORCE_CONNECTOR_PROFILE_PROPERTIES_TYPE.properties))
    }
}

/// The `ServiceNowConnectorProfileProperties` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceNowConnectorProfileProperties {
    props: ::forma_core::schema::Props,
}
impl ServiceNowConnectorProfileProperties {
    /// A new value with its required properties: `InstanceUrl`.
    pub fn new(instance_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, instance_url.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ServiceNowConnectorProfileProperties>
    for ::forma_core::Value<ServiceNowConnectorProfileProperties>
{
    fn from(v: ServiceNowConnectorProfileProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_NOW_CONNECTOR_PROFILE_PROPERTIES_TYPE.properties))
    }
}

/// The `SlackConnectorProfileProperties` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct SlackConnectorProfileProperties {
    props: ::forma_core::schema::Props,
}
impl SlackConnectorProfileProperties {
    /// A new value with its required properties: `InstanceUrl`.
    pub fn new(instance_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, instance_url.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SlackConnectorProfileProperties> for ::forma_core::Value<SlackConnectorProfileProperties> {
    fn from(v: SlackConnectorProfileProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLACK_CONNECTOR_PROFILE_PROPERTIES_TYPE.properties))
    }
}

/// The `SnowflakeConnectorProfileProperties` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct SnowflakeConnectorProfileProperties {
    props: ::forma_core::schema::Props,
}
impl SnowflakeConnectorProfileProperties {
    /// A new value with its required properties: `BucketName`, `Stage`, `Warehouse`.
    pub fn new(
        bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        stage: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        warehouse: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, bucket_name.into().into_expr());
        props.set(5, stage.into().into_expr());
        props.set(6, warehouse.into().into_expr());
        Self { props }
    }
    /// The name of the account.
    ///
    /// Allowed: length 0 to 512.
    pub fn account_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The bucket prefix that refers to the Amazon S3 bucket associated with Snowﬂake.
    ///
    /// Allowed: length 0 to 128.
    pub fn bucket_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The Snowﬂake Private Link service name to be used for private data transfers.
    ///
    /// Allowed: length 0 to 512.
    pub fn private_link_service_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The region of the Snowﬂake account.
    ///
    /// Allowed: length 0 to 64.
    pub fn region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SnowflakeConnectorProfileProperties>
    for ::forma_core::Value<SnowflakeConnectorProfileProperties>
{
    fn from(v: SnowflakeConnectorProfileProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SNOWFLAKE_CONNECTOR_PROFILE_PROPERTIES_TYPE.properties))
    }
}

/// The `VeevaConnectorProfileProperties` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct VeevaConnectorProfileProperties {
    props: ::forma_core::schema::Props,
}
impl VeevaConnectorProfileProperties {
    /// A new value with its required properties: `InstanceUrl`.
    pub fn new(instance_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, instance_url.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VeevaConnectorProfileProperties> for ::forma_core::Value<VeevaConnectorProfileProperties> {
    fn from(v: VeevaConnectorProfileProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VEEVA_CONNECTOR_PROFILE_PROPERTIES_TYPE.properties))
    }
}

/// The `ZendeskConnectorProfileProperties` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct ZendeskConnectorProfileProperties {
    props: ::forma_core::schema::Props,
}
impl ZendeskConnectorProfileProperties {
    /// A new value with its required properties: `InstanceUrl`.
    pub fn new(instance_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, instance_url.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ZendeskConnectorProfileProperties>
    for ::forma_core::Value<ZendeskConnectorProfileProperties>
{
    fn from(v: ZendeskConnectorProfileProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ZENDESK_CONNECTOR_PROFILE_PROPERTIES_TYPE.properties))
    }
}

/// The `ApiKeyCredentials` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiKeyCredentials {
    props: ::forma_core::schema::Props,
}
impl ApiKeyCredentials {
    /// A new value with its required properties: `ApiKey`.
    pub fn new(api_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, api_key.into().into_expr());
        Self { props }
    }
    /// `ApiSecretKey`.
    ///
    /// Allowed: length 0 to 256.
    pub fn api_secret_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ApiKeyCredentials> for ::forma_core::Value<ApiKeyCredentials> {
    fn from(v: ApiKeyCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(API_KEY_CREDENTIALS_TYPE.properties))
    }
}

/// The `BasicAuthCredentials` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct BasicAuthCredentials {
    props: ::forma_core::schema::Props,
}
impl BasicAuthCredentials {
    /// A new value with its required properties: `Password`, `Username`.
    pub fn new(
        password: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        username: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, password.into().into_expr());
        props.set(1, username.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BasicAuthCredentials> for ::forma_core::Value<BasicAuthCredentials> {
    fn from(v: BasicAuthCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BASIC_AUTH_CREDENTIALS_TYPE.properties))
    }
}

/// The `CustomAuthCredentials` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomAuthCredentials {
    props: ::forma_core::schema::Props,
}
impl CustomAuthCredentials {
    /// A new value with its required properties: `CustomAuthenticationType`.
    pub fn new(
        custom_authentication_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, custom_authentication_type.into().into_expr());
        Self { props }
    }
    /// A map for properties for custom authentication.
    pub fn credentials_map(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomAuthCredentials> for ::forma_core::Value<CustomAuthCredentials> {
    fn from(v: CustomAuthCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_AUTH_CREDENTIALS_TYPE.properties))
    }
}

/// The `OAuth2Credentials` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct Oauth2Credentials {
    props: ::forma_core::schema::Props,
}
impl Oauth2Credentials {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AccessToken`.
    ///
    /// Allowed: length 0 to 4096.
    pub fn access_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ClientId`.
    ///
    /// Allowed: length 0 to 512.
    pub fn client_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ClientSecret`.
    ///
    /// Allowed: length 0 to 512.
    pub fn client_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `OAuthRequest`.
    pub fn oauth_request(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectorOauthRequest>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `RefreshToken`.
    ///
    /// Allowed: length 0 to 4096.
    pub fn refresh_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Oauth2Credentials {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Oauth2Credentials> for ::forma_core::Value<Oauth2Credentials> {
    fn from(v: Oauth2Credentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OAUTH2_CREDENTIALS_TYPE.properties))
    }
}

/// The `ConnectorOAuthRequest` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorOauthRequest {
    props: ::forma_core::schema::Props,
}
impl ConnectorOauthRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The code provided by the connector when it has been authenticated via the connected app.
    ///
    /// Allowed: length 0 to 4096.
    pub fn auth_code(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The URL to which the authentication server redirects the browser after authorization has been granted.
    ///
    /// Allowed: length 0 to 512.
    pub fn redirect_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConnectorOauthRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConnectorOauthRequest> for ::forma_core::Value<ConnectorOauthRequest> {
    fn from(v: ConnectorOauthRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTOR_OAUTH_REQUEST_TYPE.properties))
    }
}

/// The `SAPODataConnectorProfileCredentialsOAuthCredentials` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct SapoDataConnectorProfileCredentialsOauthCredentials {
    props: ::forma_core::schema::Props,
}
impl SapoDataConnectorProfileCredentialsOauthCredentials {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AccessToken`.
    ///
    /// Allowed: length 0 to 4096.
    pub fn access_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ClientId`.
    ///
    /// Allowed: length 0 to 512.
    pub fn client_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ClientSecret`.
    ///
    /// Allowed: length 0 to 512.
    pub fn client_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ConnectorOAuthRequest`.
    pub fn connector_oauth_request(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectorOauthRequest>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `RefreshToken`.
    ///
    /// Allowed: length 0 to 4096.
    pub fn refresh_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SapoDataConnectorProfileCredentialsOauthCredentials {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SapoDataConnectorProfileCredentialsOauthCredentials>
    for ::forma_core::Value<SapoDataConnectorProfileCredentialsOauthCredentials>
{
    fn from(v: SapoDataConnectorProfileCredentialsOauthCredentials) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(SAPO_DATA_CONNECTOR_PROFILE_CREDENTIALS_OAUTH_CREDENTIALS_TYPE.properties),
        )
    }
}

/// The `OAuth2Properties` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct Oauth2Properties {
    props: ::forma_core::schema::Props,
}
impl Oauth2Properties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `OAuth2GrantType`.
    pub fn oauth_2_grant_type(mut self, value: impl ::forma_core::schema::EnumArg<Oauth2GrantType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `TokenUrl`.
    ///
    /// Allowed: length 0 to 256.
    pub fn token_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A map for properties for custom connector Token Url.
    pub fn token_url_custom_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Oauth2Properties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Oauth2Properties> for ::forma_core::Value<Oauth2Properties> {
    fn from(v: Oauth2Properties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OAUTH2_PROPERTIES_TYPE.properties))
    }
}

/// The `OAuthProperties` property type of `AWS::AppFlow::ConnectorProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct OauthProperties {
    props: ::forma_core::schema::Props,
}
impl OauthProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AuthCodeUrl`.
    ///
    /// Allowed: length 0 to 256.
    pub fn auth_code_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `OAuthScopes`.
    pub fn oauth_scopes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TokenUrl`.
    ///
    /// Allowed: length 0 to 256.
    pub fn token_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OauthProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OauthProperties> for ::forma_core::Value<OauthProperties> {
    fn from(v: OauthProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OAUTH_PROPERTIES_TYPE.properties))
    }
}

/// The schema of `AWS::AppFlow::ConnectorProfile`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppFlow::ConnectorProfile",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Public", "Private"]),
        },
        ::forma_core::schema::Property {
            name: "ConnectorLabel",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\w!@#.-]+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ConnectorProfileConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTOR_PROFILE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConnectorProfileName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\w/!@#+=.-]+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ConnectorType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "Salesforce",
                "Pardot",
                "Singular",
                "Slack",
                "Redshift",
                "Marketo",
                "Googleanalytics",
                "Zendesk",
                "Servicenow",
                "SAPOData",
                "Datadog",
                "Trendmicro",
                "Snowflake",
                "Dynatrace",
                "Infornexus",
                "Amplitude",
                "Veeva",
                "CustomConnector",
            ]),
        },
        ::forma_core::schema::Property {
            name: "KMSArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws:kms:.*:[0-9]+:.*"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
    attributes: &["ConnectorProfileArn", "CredentialsArn"],
};

static CONNECTOR_PROFILE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::ConnectorProfile.ConnectorProfileConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectorProfileCredentials",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTOR_PROFILE_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConnectorProfileProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTOR_PROFILE_PROPERTIES_TYPE),
        },
    ],
    rules: &[],
};

static CONNECTOR_PROFILE_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::ConnectorProfile.ConnectorProfileCredentials",
    properties: &[
        ::forma_core::schema::Property {
            name: "Amplitude",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AMPLITUDE_CONNECTOR_PROFILE_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CustomConnector",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_CONNECTOR_PROFILE_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Datadog",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATADOG_CONNECTOR_PROFILE_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Dynatrace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DYNATRACE_CONNECTOR_PROFILE_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GoogleAnalytics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GOOGLE_ANALYTICS_CONNECTOR_PROFILE_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InforNexus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INFOR_NEXUS_CONNECTOR_PROFILE_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Marketo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MARKETO_CONNECTOR_PROFILE_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Pardot",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARDOT_CONNECTOR_PROFILE_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Redshift",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REDSHIFT_CONNECTOR_PROFILE_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SAPOData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SAPO_DATA_CONNECTOR_PROFILE_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Salesforce",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SALESFORCE_CONNECTOR_PROFILE_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceNow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVICE_NOW_CONNECTOR_PROFILE_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Singular",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SINGULAR_CONNECTOR_PROFILE_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Slack",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SLACK_CONNECTOR_PROFILE_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Snowflake",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SNOWFLAKE_CONNECTOR_PROFILE_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Trendmicro",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRENDMICRO_CONNECTOR_PROFILE_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Veeva",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VEEVA_CONNECTOR_PROFILE_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Zendesk",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ZENDESK_CONNECTOR_PROFILE_CREDENTIALS_TYPE),
        },
    ],
    rules: &[],
};

static CONNECTOR_PROFILE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::ConnectorProfile.ConnectorProfileProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomConnector",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_CONNECTOR_PROFILE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Datadog",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATADOG_CONNECTOR_PROFILE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Dynatrace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DYNATRACE_CONNECTOR_PROFILE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InforNexus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INFOR_NEXUS_CONNECTOR_PROFILE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Marketo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MARKETO_CONNECTOR_PROFILE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Pardot",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARDOT_CONNECTOR_PROFILE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Redshift",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REDSHIFT_CONNECTOR_PROFILE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SAPOData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SAPO_DATA_CONNECTOR_PROFILE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Salesforce",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SALESFORCE_CONNECTOR_PROFILE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceNow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVICE_NOW_CONNECTOR_PROFILE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Slack",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SLACK_CONNECTOR_PROFILE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Snowflake",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SNOWFLAKE_CONNECTOR_PROFILE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Veeva",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VEEVA_CONNECTOR_PROFILE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Zendesk",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ZENDESK_CONNECTOR_PROFILE_PROPERTIES_TYPE),
        },
    ],
    rules: &[],
};

static AMPLITUDE_CONNECTOR_PROFILE_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.AmplitudeConnectorProfileCredentials",
        properties: &[
            ::forma_core::schema::Property {
                name: "ApiKey",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "SecretKey",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(256),
                }),
            },
        ],
        rules: &[],
    };

static CUSTOM_CONNECTOR_PROFILE_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.CustomConnectorProfileCredentials",
        properties: &[
            ::forma_core::schema::Property {
                name: "ApiKey",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&API_KEY_CREDENTIALS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "AuthenticationType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["OAUTH2", "APIKEY", "BASIC", "CUSTOM"]),
            },
            ::forma_core::schema::Property {
                name: "Basic",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&BASIC_AUTH_CREDENTIALS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Custom",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CUSTOM_AUTH_CREDENTIALS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Oauth2",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&OAUTH2_CREDENTIALS_TYPE),
            },
        ],
        rules: &[],
    };

static DATADOG_CONNECTOR_PROFILE_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.DatadogConnectorProfileCredentials",
        properties: &[
            ::forma_core::schema::Property {
                name: "ApiKey",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "ApplicationKey",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
        ],
        rules: &[],
    };

static DYNATRACE_CONNECTOR_PROFILE_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.DynatraceConnectorProfileCredentials",
        properties: &[::forma_core::schema::Property {
            name: "ApiToken",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        }],
        rules: &[],
    };

static GOOGLE_ANALYTICS_CONNECTOR_PROFILE_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.GoogleAnalyticsConnectorProfileCredentials",
        properties: &[
            ::forma_core::schema::Property {
                name: "AccessToken",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(4096),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientSecret",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "ConnectorOAuthRequest",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONNECTOR_OAUTH_REQUEST_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RefreshToken",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(4096),
                }),
            },
        ],
        rules: &[],
    };

static INFOR_NEXUS_CONNECTOR_PROFILE_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.InforNexusConnectorProfileCredentials",
        properties: &[
            ::forma_core::schema::Property {
                name: "AccessKeyId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "Datakey",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "SecretAccessKey",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "UserId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
        ],
        rules: &[],
    };

static MARKETO_CONNECTOR_PROFILE_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.MarketoConnectorProfileCredentials",
        properties: &[
            ::forma_core::schema::Property {
                name: "AccessToken",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(4096),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientSecret",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "ConnectorOAuthRequest",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONNECTOR_OAUTH_REQUEST_TYPE),
            },
        ],
        rules: &[],
    };

static PARDOT_CONNECTOR_PROFILE_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.PardotConnectorProfileCredentials",
        properties: &[
            ::forma_core::schema::Property {
                name: "AccessToken",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(4096),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientCredentialsArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("arn:aws:secretsmanager:.*:[0-9]+:.*"),
                    min_length: Some(20),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "ConnectorOAuthRequest",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONNECTOR_OAUTH_REQUEST_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RefreshToken",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(4096),
                }),
            },
        ],
        rules: &[],
    };

static REDSHIFT_CONNECTOR_PROFILE_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.RedshiftConnectorProfileCredentials",
        properties: &[
            ::forma_core::schema::Property {
                name: "Password",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "Username",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
        ],
        rules: &[],
    };

static SAPO_DATA_CONNECTOR_PROFILE_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.SAPODataConnectorProfileCredentials",
        properties: &[
            ::forma_core::schema::Property {
                name: "BasicAuthCredentials",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&BASIC_AUTH_CREDENTIALS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "OAuthCredentials",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &SAPO_DATA_CONNECTOR_PROFILE_CREDENTIALS_OAUTH_CREDENTIALS_TYPE,
                ),
            },
        ],
        rules: &[],
    };

static SALESFORCE_CONNECTOR_PROFILE_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.SalesforceConnectorProfileCredentials",
        properties: &[
            ::forma_core::schema::Property {
                name: "AccessToken",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(4096),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientCredentialsArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("arn:aws:secretsmanager:.*:[0-9]+:.*"),
                    min_length: Some(20),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "ConnectorOAuthRequest",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONNECTOR_OAUTH_REQUEST_TYPE),
            },
            ::forma_core::schema::Property {
                name: "JwtToken",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[A-Za-z0-9-_=]+\\.[A-Za-z0-9-_=]+\\.[A-Za-z0-9-_.+/=]*$"),
                    min_length: Some(0),
                    max_length: Some(8000),
                }),
            },
            ::forma_core::schema::Property {
                name: "OAuth2GrantType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["CLIENT_CREDENTIALS", "AUTHORIZATION_CODE", "JWT_BEARER"]),
            },
            ::forma_core::schema::Property {
                name: "RefreshToken",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(4096),
                }),
            },
        ],
        rules: &[],
    };

static SERVICE_NOW_CONNECTOR_PROFILE_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.ServiceNowConnectorProfileCredentials",
        properties: &[
            ::forma_core::schema::Property {
                name: "OAuth2Credentials",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&OAUTH2_CREDENTIALS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Password",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "Username",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
        ],
        rules: &[],
    };

static SINGULAR_CONNECTOR_PROFILE_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.SingularConnectorProfileCredentials",
        properties: &[::forma_core::schema::Property {
            name: "ApiKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        }],
        rules: &[],
    };

static SLACK_CONNECTOR_PROFILE_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.SlackConnectorProfileCredentials",
        properties: &[
            ::forma_core::schema::Property {
                name: "AccessToken",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(4096),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientSecret",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "ConnectorOAuthRequest",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONNECTOR_OAUTH_REQUEST_TYPE),
            },
        ],
        rules: &[],
    };

static SNOWFLAKE_CONNECTOR_PROFILE_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.SnowflakeConnectorProfileCredentials",
        properties: &[
            ::forma_core::schema::Property {
                name: "Password",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "Username",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
        ],
        rules: &[],
    };

static TRENDMICRO_CONNECTOR_PROFILE_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.TrendmicroConnectorProfileCredentials",
        properties: &[::forma_core::schema::Property {
            name: "ApiSecretKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        }],
        rules: &[],
    };

static VEEVA_CONNECTOR_PROFILE_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.VeevaConnectorProfileCredentials",
        properties: &[
            ::forma_core::schema::Property {
                name: "Password",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "Username",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
        ],
        rules: &[],
    };

static ZENDESK_CONNECTOR_PROFILE_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.ZendeskConnectorProfileCredentials",
        properties: &[
            ::forma_core::schema::Property {
                name: "AccessToken",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(4096),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientSecret",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "ConnectorOAuthRequest",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONNECTOR_OAUTH_REQUEST_TYPE),
            },
        ],
        rules: &[],
    };

static CUSTOM_CONNECTOR_PROFILE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.CustomConnectorProfileProperties",
        properties: &[
            ::forma_core::schema::Property {
                name: "OAuth2Properties",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&OAUTH2_PROPERTIES_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ProfileProperties",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::StringRule {
                        pattern: Some("\\S+"),
                        min_length: Some(1),
                        max_length: Some(2048),
                    },
                )),
            },
        ],
        rules: &[],
    };

static DATADOG_CONNECTOR_PROFILE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.DatadogConnectorProfileProperties",
        properties: &[::forma_core::schema::Property {
            name: "InstanceUrl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        }],
        rules: &[],
    };

static DYNATRACE_CONNECTOR_PROFILE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.DynatraceConnectorProfileProperties",
        properties: &[::forma_core::schema::Property {
            name: "InstanceUrl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        }],
        rules: &[],
    };

static INFOR_NEXUS_CONNECTOR_PROFILE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.InforNexusConnectorProfileProperties",
        properties: &[::forma_core::schema::Property {
            name: "InstanceUrl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        }],
        rules: &[],
    };

static MARKETO_CONNECTOR_PROFILE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.MarketoConnectorProfileProperties",
        properties: &[::forma_core::schema::Property {
            name: "InstanceUrl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        }],
        rules: &[],
    };

static PARDOT_CONNECTOR_PROFILE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.PardotConnectorProfileProperties",
        properties: &[
            ::forma_core::schema::Property {
                name: "BusinessUnitId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(18),
                }),
            },
            ::forma_core::schema::Property {
                name: "InstanceUrl",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "IsSandboxEnvironment",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
        ],
        rules: &[],
    };

static REDSHIFT_CONNECTOR_PROFILE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.RedshiftConnectorProfileProperties",
        properties: &[
            ::forma_core::schema::Property {
                name: "BucketName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(3),
                    max_length: Some(63),
                }),
            },
            ::forma_core::schema::Property {
                name: "BucketPrefix",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(128),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClusterIdentifier",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "DataApiRoleArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("arn:aws:iam:.*:[0-9]+:.*"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "DatabaseName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "DatabaseUrl",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "IsRedshiftServerless",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "RoleArn",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("arn:aws:iam:.*:[0-9]+:.*"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "WorkgroupName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
        ],
        rules: &[],
    };

static SAPO_DATA_CONNECTOR_PROFILE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.SAPODataConnectorProfileProperties",
        properties: &[
            ::forma_core::schema::Property {
                name: "ApplicationHostUrl",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(https?)://[-a-zA-Z0-9+&amp;@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&amp;@#/%=~_|]"),
                    min_length: Some(0),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "ApplicationServicePath",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientNumber",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\d{3}$"),
                    min_length: Some(3),
                    max_length: Some(3),
                }),
            },
            ::forma_core::schema::Property {
                name: "DisableSSO",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "LogonLanguage",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9_]*$"),
                    min_length: Some(0),
                    max_length: Some(2),
                }),
            },
            ::forma_core::schema::Property {
                name: "OAuthProperties",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&OAUTH_PROPERTIES_TYPE),
            },
            ::forma_core::schema::Property {
                name: "PortNumber",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(65535.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "PrivateLinkServiceName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
        ],
        rules: &[],
    };

static SALESFORCE_CONNECTOR_PROFILE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.SalesforceConnectorProfileProperties",
        properties: &[
            ::forma_core::schema::Property {
                name: "InstanceUrl",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "isSandboxEnvironment",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "usePrivateLinkForMetadataAndAuthorization",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
        ],
        rules: &[],
    };

static SERVICE_NOW_CONNECTOR_PROFILE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.ServiceNowConnectorProfileProperties",
        properties: &[::forma_core::schema::Property {
            name: "InstanceUrl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        }],
        rules: &[],
    };

static SLACK_CONNECTOR_PROFILE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.SlackConnectorProfileProperties",
        properties: &[::forma_core::schema::Property {
            name: "InstanceUrl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        }],
        rules: &[],
    };

static SNOWFLAKE_CONNECTOR_PROFILE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.SnowflakeConnectorProfileProperties",
        properties: &[
            ::forma_core::schema::Property {
                name: "AccountName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "BucketName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(3),
                    max_length: Some(63),
                }),
            },
            ::forma_core::schema::Property {
                name: "BucketPrefix",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(128),
                }),
            },
            ::forma_core::schema::Property {
                name: "PrivateLinkServiceName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "Region",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(64),
                }),
            },
            ::forma_core::schema::Property {
                name: "Stage",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "Warehouse",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[\\s\\w/!@#+=.-]*"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
        ],
        rules: &[],
    };

static VEEVA_CONNECTOR_PROFILE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.VeevaConnectorProfileProperties",
        properties: &[::forma_core::schema::Property {
            name: "InstanceUrl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        }],
        rules: &[],
    };

static ZENDESK_CONNECTOR_PROFILE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.ZendeskConnectorProfileProperties",
        properties: &[::forma_core::schema::Property {
            name: "InstanceUrl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        }],
        rules: &[],
    };

static API_KEY_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::ConnectorProfile.ApiKeyCredentials",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ApiSecretKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static BASIC_AUTH_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::ConnectorProfile.BasicAuthCredentials",
    properties: &[
        ::forma_core::schema::Property {
            name: "Password",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Username",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static CUSTOM_AUTH_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::ConnectorProfile.CustomAuthCredentials",
    properties: &[
        ::forma_core::schema::Property {
            name: "CredentialsMap",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(1),
                    max_length: Some(2048),
                },
            )),
        },
        ::forma_core::schema::Property {
            name: "CustomAuthenticationType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static OAUTH2_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::ConnectorProfile.OAuth2Credentials",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessToken",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "ClientId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "ClientSecret",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "OAuthRequest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTOR_OAUTH_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RefreshToken",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(4096),
            }),
        },
    ],
    rules: &[],
};

static CONNECTOR_OAUTH_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::ConnectorProfile.ConnectorOAuthRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(0),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "RedirectUri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static SAPO_DATA_CONNECTOR_PROFILE_CREDENTIALS_OAUTH_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::ConnectorProfile.SAPODataConnectorProfileCredentialsOAuthCredentials",
        properties: &[
            ::forma_core::schema::Property {
                name: "AccessToken",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(4096),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "ClientSecret",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "ConnectorOAuthRequest",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONNECTOR_OAUTH_REQUEST_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RefreshToken",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(0),
                    max_length: Some(4096),
                }),
            },
        ],
        rules: &[],
    };

static OAUTH2_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::ConnectorProfile.OAuth2Properties",
    properties: &[
        ::forma_core::schema::Property {
            name: "OAuth2GrantType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CLIENT_CREDENTIALS", "AUTHORIZATION_CODE", "JWT_BEARER"]),
        },
        ::forma_core::schema::Property {
            name: "TokenUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https?)://[-a-zA-Z0-9+&amp;@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&amp;@#/%=~_|]"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "TokenUrlCustomProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("\\S+"),
                    min_length: Some(1),
                    max_length: Some(2048),
                },
            )),
        },
    ],
    rules: &[],
};

static OAUTH_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::ConnectorProfile.OAuthProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthCodeUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https?)://[-a-zA-Z0-9+&amp;@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&amp;@#/%=~_|]"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "OAuthScopes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[/\\w]*"),
                    min_length: Some(0),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TokenUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https?)://[-a-zA-Z0-9+&amp;@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&amp;@#/%=~_|]"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
