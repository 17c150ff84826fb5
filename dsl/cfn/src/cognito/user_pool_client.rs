// @generated from AWS::Cognito::UserPoolClient (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cognito::UserPoolClient` and its property types.

/// Resource Type definition for AWS::Cognito::UserPoolClient
///
/// CloudFormation type `AWS::Cognito::UserPoolClient`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPoolClient {
    props: ::forma_core::schema::Props,
}
impl UserPoolClient {
    /// A new resource with its required properties: `UserPoolId`.
    #[track_caller]
    pub fn new(user_pool_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(21, user_pool_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AccessTokenValidity`.
    ///
    /// Allowed: 1 to 86400.
    #[track_caller]
    pub fn access_token_validity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AllowedOAuthFlows`.
    #[track_caller]
    pub fn allowed_oauth_flows(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AllowedOauthFlows>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AllowedOAuthFlowsUserPoolClient`.
    #[track_caller]
    pub fn allowed_oauth_flows_user_pool_client(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AllowedOAuthScopes`.
    #[track_caller]
    pub fn allowed_oauth_scopes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AnalyticsConfiguration`.
    #[track_caller]
    pub fn analytics_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AnalyticsConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AuthSessionValidity`.
    ///
    /// Allowed: 3 to 15.
    #[track_caller]
    pub fn auth_session_validity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CallbackURLs`.
    #[track_caller]
    pub fn callback_ur_ls(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ClientName`.
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn client_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DefaultRedirectURI`.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn default_redirect_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EnablePropagateAdditionalUserContextData`.
    #[track_caller]
    pub fn enable_propagate_additional_user_context_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EnableTokenRevocation`.
    #[track_caller]
    pub fn enable_token_revocation(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ExplicitAuthFlows`.
    #[track_caller]
    pub fn explicit_auth_flows(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ExplicitAuthFlows>>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `GenerateSecret`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn generate_secret(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IdTokenValidity`.
    ///
    /// Allowed: 1 to 86400.
    #[track_caller]
    pub fn id_token_validity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LogoutURLs`.
    #[track_caller]
    pub fn logout_ur_ls(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PreventUserExistenceErrors`.
    #[track_caller]
    pub fn prevent_user_existence_errors(
        mut self,
        value: impl ::forma_core::schema::EnumArg<PreventUserExistenceErrors>,
    ) -> Self {
        self.props.set_at(15, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ReadAttributes`.
    #[track_caller]
    pub fn read_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RefreshTokenRotation`.
    #[track_caller]
    pub fn refresh_token_rotation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RefreshTokenRotation>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RefreshTokenValidity`.
    ///
    /// Allowed: 1 to 315360000.
    #[track_caller]
    pub fn refresh_token_validity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SupportedIdentityProviders`.
    #[track_caller]
    pub fn supported_identity_providers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TokenValidityUnits`.
    #[track_caller]
    pub fn token_validity_units(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TokenValidityUnits>>,
    ) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `WriteAttributes`.
    #[track_caller]
    pub fn write_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for UserPoolClient {
    type Attributes = UserPoolClientAttributes;
    fn type_name(&self) -> &str {
        "AWS::Cognito::UserPoolClient"
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
/// The attributes of a `AWS::Cognito::UserPoolClient` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UserPoolClientAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UserPoolClientAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl UserPoolClientAttributes {
    /// `Fn::GetAtt` `ClientSecret`.
    pub fn client_secret(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ClientSecret")
    }
    /// `Fn::GetAtt` `Name`.
    pub fn name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Name")
    }
    /// `Fn::GetAtt` `ClientId`.
    pub fn client_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ClientId")
    }
}

/// The values CloudFormation documents: `client_credentials`, `code`, `implicit`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AllowedOauthFlows {
    /// `client_credentials`
    ClientCredentials,
    /// `code`
    Code,
    /// `implicit`
    Implicit,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AllowedOauthFlows {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ClientCredentials => "client_credentials",
            Self::Code => "code",
            Self::Implicit => "implicit",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["client_credentials", "code", "implicit"]
    }
}
impl ::std::convert::From<AllowedOauthFlows> for ::forma_core::Value<AllowedOauthFlows> {
    fn from(v: AllowedOauthFlows) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AllowedOauthFlows {}

/// The values CloudFormation documents: `ADMIN_NO_SRP_AUTH`, `ALLOW_ADMIN_USER_PASSWORD_AUTH`, `ALLOW_CUSTOM_AUTH`, `ALLOW_REFRESH_TOKEN_AUTH`, `ALLOW_USER_AUTH`, `ALLOW_USER_PASSWORD_AUTH`, `ALLOW_USER_SRP_AUTH`, `CUSTOM_AUTH_FLOW_ONLY`, `USER_PASSWORD_AUTH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExplicitAuthFlows {
    /// `ADMIN_NO_SRP_AUTH`
    AdminNoSrpAuth,
    /// `ALLOW_ADMIN_USER_PASSWORD_AUTH`
    AllowAdminUserPasswordAuth,
    /// `ALLOW_CUSTOM_AUTH`
    AllowCustomAuth,
    /// `ALLOW_REFRESH_TOKEN_AUTH`
    AllowRefreshTokenAuth,
    /// `ALLOW_USER_AUTH`
    AllowUserAuth,
    /// `ALLOW_USER_PASSWORD_AUTH`
    AllowUserPasswordAuth,
    /// `ALLOW_USER_SRP_AUTH`
    AllowUserSrpAuth,
    /// `CUSTOM_AUTH_FLOW_ONLY`
    CustomAuthFlowOnly,
    /// `USER_PASSWORD_AUTH`
    UserPasswordAuth,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ExplicitAuthFlows {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AdminNoSrpAuth => "ADMIN_NO_SRP_AUTH",
            Self::AllowAdminUserPasswordAuth => "ALLOW_ADMIN_USER_PASSWORD_AUTH",
            Self::AllowCustomAuth => "ALLOW_CUSTOM_AUTH",
            Self::AllowRefreshTokenAuth => "ALLOW_REFRESH_TOKEN_AUTH",
            Self::AllowUserAuth => "ALLOW_USER_AUTH",
            Self::AllowUserPasswordAuth => "ALLOW_USER_PASSWORD_AUTH",
            Self::AllowUserSrpAuth => "ALLOW_USER_SRP_AUTH",
            Self::CustomAuthFlowOnly => "CUSTOM_AUTH_FLOW_ONLY",
            Self::UserPasswordAuth => "USER_PASSWORD_AUTH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ADMIN_NO_SRP_AUTH",
            "ALLOW_ADMIN_USER_PASSWORD_AUTH",
            "ALLOW_CUSTOM_AUTH",
            "ALLOW_REFRESH_TOKEN_AUTH",
            "ALLOW_USER_AUTH",
            "ALLOW_USER_PASSWORD_AUTH",
            "ALLOW_USER_SRP_AUTH",
            "CUSTOM_AUTH_FLOW_ONLY",
            "USER_PASSWORD_AUTH",
        ]
    }
}
impl ::std::convert::From<ExplicitAuthFlows> for ::forma_core::Value<ExplicitAuthFlows> {
    fn from(v: ExplicitAuthFlows) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ExplicitAuthFlows {}

/// The values CloudFormation documents: `ENABLED`, `LEGACY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PreventUserExistenceErrors {
    /// `ENABLED`
    Enabled,
    /// `LEGACY`
    Legacy,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PreventUserExistenceErrors {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Legacy => "LEGACY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "LEGACY"]
    }
}
impl ::std::convert::From<PreventUserExistenceErrors> for ::forma_core::Value<PreventUserExistenceErrors> {
    fn from(v: PreventUserExistenceErrors) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PreventUserExistenceErrors {}

/// The `AnalyticsConfiguration` property type of `AWS::Cognito::UserPoolClient`.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalyticsConfiguration {
    props: ::forma_core::schema::Props,
}
impl AnalyticsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ApplicationArn`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn application_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ApplicationId`.
    pub fn application_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ExternalId`.
    ///
    /// Allowed: length 0 to 131072.
    pub fn external_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `RoleArn`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `UserDataShared`.
    pub fn user_data_shared(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AnalyticsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AnalyticsConfiguration> for ::forma_core::Value<AnalyticsConfiguration> {
    fn from(v: AnalyticsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ANALYTICS_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Feature {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Feature {
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
impl ::std::convert::From<Feature> for ::forma_core::Value<Feature> {
    fn from(v: Feature) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Feature {}

/// The `RefreshTokenRotation` property type of `AWS::Cognito::UserPoolClient`.
#[derive(Debug, Clone, PartialEq)]
pub struct RefreshTokenRotation {
    props: ::forma_core::schema::Props,
}
impl RefreshTokenRotation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Feature`.
    pub fn feature(mut self, value: impl ::forma_core::schema::EnumArg<Feature>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `RetryGracePeriodSeconds`.
    ///
    /// Allowed: 0 to 60.
    pub fn retry_grace_period_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RefreshTokenRotation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RefreshTokenRotation> for ::forma_core::Value<RefreshTokenRotation> {
    fn from(v: RefreshTokenRotation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REFRESH_TOKEN_ROTATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `days`, `hours`, `minutes`, `seconds`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccessToken {
    /// `days`
    Days,
    /// `hours`
    Hours,
    /// `minutes`
    Minutes,
    /// `seconds`
    Seconds,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AccessToken {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Days => "days",
            Self::Hours => "hours",
            Self::Minutes => "minutes",
            Self::Seconds => "seconds",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["days", "hours", "minutes", "seconds"]
    }
}
impl ::std::convert::From<AccessToken> for ::forma_core::Value<AccessToken> {
    fn from(v: AccessToken) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AccessToken {}

/// The values CloudFormation documents: `days`, `hours`, `minutes`, `seconds`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IdToken {
    /// `days`
    Days,
    /// `hours`
    Hours,
    /// `minutes`
    Minutes,
    /// `seconds`
    Seconds,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IdToken {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Days => "days",
            Self::Hours => "hours",
            Self::Minutes => "minutes",
            Self::Seconds => "seconds",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["days", "hours", "minutes", "seconds"]
    }
}
impl ::std::convert::From<IdToken> for ::forma_core::Value<IdToken> {
    fn from(v: IdToken) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IdToken {}

/// The values CloudFormation documents: `days`, `hours`, `minutes`, `seconds`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RefreshToken {
    /// `days`
    Days,
    /// `hours`
    Hours,
    /// `minutes`
    Minutes,
    /// `seconds`
    Seconds,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RefreshToken {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Days => "days",
            Self::Hours => "hours",
            Self::Minutes => "minutes",
            Self::Seconds => "seconds",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["days", "hours", "minutes", "seconds"]
    }
}
impl ::std::convert::From<RefreshToken> for ::forma_core::Value<RefreshToken> {
    fn from(v: RefreshToken) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RefreshToken {}

/// The `TokenValidityUnits` property type of `AWS::Cognito::UserPoolClient`.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenValidityUnits {
    props: ::forma_core::schema::Props,
}
impl TokenValidityUnits {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AccessToken`.
    pub fn access_token(mut self, value: impl ::forma_core::schema::EnumArg<AccessToken>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `IdToken`.
    pub fn id_token(mut self, value: impl ::forma_core::schema::EnumArg<IdToken>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `RefreshToken`.
    pub fn refresh_token(mut self, value: impl ::forma_core::schema::EnumArg<RefreshToken>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for TokenValidityUnits {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TokenValidityUnits> for ::forma_core::Value<TokenValidityUnits> {
    fn from(v: TokenValidityUnits) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOKEN_VALIDITY_UNITS_TYPE.properties))
    }
}

/// The schema of `AWS::Cognito::UserPoolClient`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Cognito::UserPoolClient",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessTokenValidity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(86400.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "AllowedOAuthFlows",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["client_credentials", "code", "implicit"]),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(3) },
            ),
        },
        ::forma_core::schema::Property {
            name: "AllowedOAuthFlowsUserPoolClient",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AllowedOAuthScopes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "AnalyticsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ANALYTICS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AuthSessionValidity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(3.0),
                maximum: Some(15.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "CallbackURLs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$"),
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ClientName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w\\s+=,.@-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "DefaultRedirectURI",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "EnablePropagateAdditionalUserContextData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnableTokenRevocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ExplicitAuthFlows",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "ADMIN_NO_SRP_AUTH",
                    "ALLOW_ADMIN_USER_PASSWORD_AUTH",
                    "ALLOW_CUSTOM_AUTH",
                    "ALLOW_REFRESH_TOKEN_AUTH",
                    "ALLOW_USER_AUTH",
                    "ALLOW_USER_PASSWORD_AUTH",
                    "ALLOW_USER_SRP_AUTH",
                    "CUSTOM_AUTH_FLOW_ONLY",
                    "USER_PASSWORD_AUTH",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "GenerateSecret",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IdTokenValidity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(86400.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogoutURLs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$"),
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "PreventUserExistenceErrors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "LEGACY"]),
        },
        ::forma_core::schema::Property {
            name: "ReadAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RefreshTokenRotation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REFRESH_TOKEN_ROTATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RefreshTokenValidity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(315360000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SupportedIdentityProviders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\p{Z}]+$"),
                    min_length: Some(1),
                    max_length: Some(32),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TokenValidityUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TOKEN_VALIDITY_UNITS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UserPoolId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w-]+_[0-9a-zA-Z]+$"),
                min_length: Some(1),
                max_length: Some(55),
            }),
        },
        ::forma_core::schema::Property {
            name: "WriteAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["ClientSecret", "Name", "ClientId"],
};

static ANALYTICS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Cognito::UserPoolClient.AnalyticsConfiguration",
properties: &[
::forma_core::schema::Property { name: "ApplicationArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "ApplicationId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[0-9a-fA-F]+$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "ExternalId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(131072) }) },
::forma_core::schema::Property { name: "RoleArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "UserDataShared", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
],
rules: &[],
};

static REFRESH_TOKEN_ROTATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPoolClient.RefreshTokenRotation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Feature",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "RetryGracePeriodSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(60.0),
            }),
        },
    ],
    rules: &[],
};

static TOKEN_VALIDITY_UNITS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPoolClient.TokenValidityUnits",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessToken",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["days", "hours", "minutes", "seconds"]),
        },
        ::forma_core::schema::Property {
            name: "IdToken",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["days", "hours", "minutes", "seconds"]),
        },
        ::forma_core::schema::Property {
            name: "RefreshToken",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["days", "hours", "minutes", "seconds"]),
        },
    ],
    rules: &[],
};
