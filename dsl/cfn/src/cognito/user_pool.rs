// @generated from AWS::Cognito::UserPool (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cognito::UserPool` and its property types.

/// Definition of AWS::Cognito::UserPool Resource Type
///
/// CloudFormation type `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPool {
    props: ::forma_core::schema::Props,
}
impl UserPool {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AccountRecoverySetting`.
    #[track_caller]
    pub fn account_recovery_setting(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AccountRecoverySetting>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AdminCreateUserConfig`.
    #[track_caller]
    pub fn admin_create_user_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AdminCreateUserConfig>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AliasAttributes`.
    #[track_caller]
    pub fn alias_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AliasAttributes>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AutoVerifiedAttributes`.
    #[track_caller]
    pub fn auto_verified_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AutoVerifiedAttributes>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DeletionProtection`.
    #[track_caller]
    pub fn deletion_protection(mut self, value: impl ::forma_core::schema::EnumArg<DeletionProtection>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DeviceConfiguration`.
    #[track_caller]
    pub fn device_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeviceConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EmailAuthenticationMessage`.
    ///
    /// Allowed: length 6 to 20000.
    #[track_caller]
    pub fn email_authentication_message(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EmailAuthenticationSubject`.
    ///
    /// Allowed: length 1 to 140.
    #[track_caller]
    pub fn email_authentication_subject(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EmailConfiguration`.
    #[track_caller]
    pub fn email_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EmailConfiguration>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EmailVerificationMessage`.
    ///
    /// Allowed: length 6 to 20000.
    #[track_caller]
    pub fn email_verification_message(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EmailVerificationSubject`.
    ///
    /// Allowed: length 1 to 140.
    #[track_caller]
    pub fn email_verification_subject(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EnabledMfas`.
    #[track_caller]
    pub fn enabled_mfas(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IssuerConfiguration`.
    #[track_caller]
    pub fn issuer_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IssuerConfiguration>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `KeyConfiguration`.
    #[track_caller]
    pub fn key_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KeyConfiguration>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LambdaConfig`.
    #[track_caller]
    pub fn lambda_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<LambdaConfig>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MfaConfiguration`.
    #[track_caller]
    pub fn mfa_configuration(mut self, value: impl ::forma_core::schema::EnumArg<MfaConfiguration>) -> Self {
        self.props.set_at(15, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Policies`.
    #[track_caller]
    pub fn policies(mut self, value: impl ::std::convert::Into<::forma_core::Value<Policies>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Schema`.
    #[track_caller]
    pub fn schema(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SchemaAttribute>>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SmsAuthenticationMessage`.
    ///
    /// Allowed: length 6 to 140.
    #[track_caller]
    pub fn sms_authentication_message(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SmsConfiguration`.
    #[track_caller]
    pub fn sms_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SmsConfiguration>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SmsVerificationMessage`.
    ///
    /// Allowed: length 6 to 140.
    #[track_caller]
    pub fn sms_verification_message(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UserAttributeUpdateSettings`.
    #[track_caller]
    pub fn user_attribute_update_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UserAttributeUpdateSettings>>,
    ) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UserPoolAddOns`.
    #[track_caller]
    pub fn user_pool_add_ons(mut self, value: impl ::std::convert::Into<::forma_core::Value<UserPoolAddOns>>) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UserPoolName`.
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn user_pool_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(23, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UserPoolTags`.
    #[track_caller]
    pub fn user_pool_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UserPoolTier`.
    #[track_caller]
    pub fn user_pool_tier(mut self, value: impl ::forma_core::schema::EnumArg<UserPoolTier>) -> Self {
        self.props.set_at(25, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UsernameAttributes`.
    #[track_caller]
    pub fn username_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<UsernameAttributes>>>,
    ) -> Self {
        self.props.set_at(26, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UsernameConfiguration`.
    #[track_caller]
    pub fn username_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UsernameConfiguration>>,
    ) -> Self {
        self.props.set_at(27, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VerificationMessageTemplate`.
    #[track_caller]
    pub fn verification_message_template(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VerificationMessageTemplate>>,
    ) -> Self {
        self.props.set_at(28, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `WebAuthnFactorConfiguration`.
    #[track_caller]
    pub fn web_authn_factor_configuration(
        mut self,
        value: impl ::forma_core::schema::EnumArg<WebAuthnFactorConfiguration>,
    ) -> Self {
        self.props.set_at(29, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `WebAuthnRelyingPartyID`.
    ///
    /// Allowed: length 1 to 63.
    #[track_caller]
    pub fn web_authn_relying_party_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(30, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `WebAuthnUserVerification`.
    ///
    /// Allowed: length 1 to 9.
    #[track_caller]
    pub fn web_authn_user_verification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(31, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for UserPool {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for UserPool {
    type Attributes = UserPoolAttributes;
    fn type_name(&self) -> &str {
        "AWS::Cognito::UserPool"
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
/// The attributes of a `AWS::Cognito::UserPool` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UserPoolAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UserPoolAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl UserPoolAttributes {
    /// `Fn::GetAtt` `ProviderName`.
    pub fn provider_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProviderName")
    }
    /// `Fn::GetAtt` `UserPoolId`.
    pub fn user_pool_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UserPoolId")
    }
    /// `Fn::GetAtt` `ProviderURL`.
    pub fn provider_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProviderURL")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `email`, `phone_number`, `preferred_username`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AliasAttributes {
    /// `email`
    Email,
    /// `phone_number`
    PhoneNumber,
    /// `preferred_username`
    PreferredUsername,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AliasAttributes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Email => "email",
            Self::PhoneNumber => "phone_number",
            Self::PreferredUsername => "preferred_username",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["email", "phone_number", "preferred_username"]
    }
}
impl ::std::convert::From<AliasAttributes> for ::forma_core::Value<AliasAttributes> {
    fn from(v: AliasAttributes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AliasAttributes {}

/// The values CloudFormation documents: `email`, `phone_number`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutoVerifiedAttributes {
    /// `email`
    Email,
    /// `phone_number`
    PhoneNumber,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AutoVerifiedAttributes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Email => "email",
            Self::PhoneNumber => "phone_number",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["email", "phone_number"]
    }
}
impl ::std::convert::From<AutoVerifiedAttributes> for ::forma_core::Value<AutoVerifiedAttributes> {
    fn from(v: AutoVerifiedAttributes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AutoVerifiedAttributes {}

/// The values CloudFormation documents: `ACTIVE`, `INACTIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeletionProtection {
    /// `ACTIVE`
    Active,
    /// `INACTIVE`
    Inactive,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeletionProtection {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Inactive => "INACTIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ACTIVE", "INACTIVE"]
    }
}
impl ::std::convert::From<DeletionProtection> for ::forma_core::Value<DeletionProtection> {
    fn from(v: DeletionProtection) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeletionProtection {}

/// The values CloudFormation documents: `OFF`, `ON`, `OPTIONAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MfaConfiguration {
    /// `OFF`
    Off,
    /// `ON`
    On,
    /// `OPTIONAL`
    Optional,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MfaConfiguration {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Off => "OFF",
            Self::On => "ON",
            Self::Optional => "OPTIONAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OFF", "ON", "OPTIONAL"]
    }
}
impl ::std::convert::From<MfaConfiguration> for ::forma_core::Value<MfaConfiguration> {
    fn from(v: MfaConfiguration) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MfaConfiguration {}

/// The values CloudFormation documents: `LITE`, `ESSENTIALS`, `PLUS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UserPoolTier {
    /// `LITE`
    Lite,
    /// `ESSENTIALS`
    Essentials,
    /// `PLUS`
    Plus,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UserPoolTier {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Lite => "LITE",
            Self::Essentials => "ESSENTIALS",
            Self::Plus => "PLUS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LITE", "ESSENTIALS", "PLUS"]
    }
}
impl ::std::convert::From<UserPoolTier> for ::forma_core::Value<UserPoolTier> {
    fn from(v: UserPoolTier) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UserPoolTier {}

/// The values CloudFormation documents: `email`, `phone_number`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UsernameAttributes {
    /// `email`
    Email,
    /// `phone_number`
    PhoneNumber,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UsernameAttributes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Email => "email",
            Self::PhoneNumber => "phone_number",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["email", "phone_number"]
    }
}
impl ::std::convert::From<UsernameAttributes> for ::forma_core::Value<UsernameAttributes> {
    fn from(v: UsernameAttributes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UsernameAttributes {}

/// The values CloudFormation documents: `SINGLE_FACTOR`, `MULTI_FACTOR_WITH_USER_VERIFICATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WebAuthnFactorConfiguration {
    /// `SINGLE_FACTOR`
    SingleFactor,
    /// `MULTI_FACTOR_WITH_USER_VERIFICATION`
    MultiFactorWithUserVerification,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WebAuthnFactorConfiguration {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SingleFactor => "SINGLE_FACTOR",
            Self::MultiFactorWithUserVerification => "MULTI_FACTOR_WITH_USER_VERIFICATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SINGLE_FACTOR", "MULTI_FACTOR_WITH_USER_VERIFICATION"]
    }
}
impl ::std::convert::From<WebAuthnFactorConfiguration> for ::forma_core::Value<WebAuthnFactorConfiguration> {
    fn from(v: WebAuthnFactorConfiguration) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WebAuthnFactorConfiguration {}

/// The `AccountRecoverySetting` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountRecoverySetting {
    props: ::forma_core::schema::Props,
}
impl AccountRecoverySetting {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `RecoveryMechanisms`.
    pub fn recovery_mechanisms(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RecoveryOption>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AccountRecoverySetting {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AccountRecoverySetting> for ::forma_core::Value<AccountRecoverySetting> {
    fn from(v: AccountRecoverySetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCOUNT_RECOVERY_SETTING_TYPE.properties))
    }
}

/// The `AdminCreateUserConfig` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct AdminCreateUserConfig {
    props: ::forma_core::schema::Props,
}
impl AdminCreateUserConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AllowAdminCreateUserOnly`.
    pub fn allow_admin_create_user_only(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `InviteMessageTemplate`.
    pub fn invite_message_template(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InviteMessageTemplate>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `UnusedAccountValidityDays`.
    ///
    /// Allowed: 0 to 365.
    pub fn unused_account_validity_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AdminCreateUserConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AdminCreateUserConfig> for ::forma_core::Value<AdminCreateUserConfig> {
    fn from(v: AdminCreateUserConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADMIN_CREATE_USER_CONFIG_TYPE.properties))
    }
}

/// The `DeviceConfiguration` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeviceConfiguration {
    props: ::forma_core::schema::Props,
}
impl DeviceConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ChallengeRequiredOnNewDevice`.
    pub fn challenge_required_on_new_device(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DeviceOnlyRememberedOnUserPrompt`.
    pub fn device_only_remembered_on_user_prompt(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DeviceConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeviceConfiguration> for ::forma_core::Value<DeviceConfiguration> {
    fn from(v: DeviceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEVICE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `COGNITO_DEFAULT`, `DEVELOPER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EmailSendingAccount {
    /// `COGNITO_DEFAULT`
    CognitoDefault,
    /// `DEVELOPER`
    Developer,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EmailSendingAccount {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CognitoDefault => "COGNITO_DEFAULT",
            Self::Developer => "DEVELOPER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["COGNITO_DEFAULT", "DEVELOPER"]
    }
}
impl ::std::convert::From<EmailSendingAccount> for ::forma_core::Value<EmailSendingAccount> {
    fn from(v: EmailSendingAccount) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EmailSendingAccount {}

/// The `EmailConfiguration` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct EmailConfiguration {
    props: ::forma_core::schema::Props,
}
impl EmailConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ConfigurationSet`.
    ///
    /// Allowed: length 1 to 64.
    pub fn configuration_set(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EmailSendingAccount`.
    pub fn email_sending_account(mut self, value: impl ::forma_core::schema::EnumArg<EmailSendingAccount>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `From`.
    ///
    /// Allowed: length 0 to 131072.
    pub fn from(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ReplyToEmailAddress`.
    pub fn reply_to_email_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `SourceArn`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn source_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EmailConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EmailConfiguration> for ::forma_core::Value<EmailConfiguration> {
    fn from(v: EmailConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EMAIL_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ORIGINAL`, `UPDATED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `ORIGINAL`
    Original,
    /// `UPDATED`
    Updated,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Original => "ORIGINAL",
            Self::Updated => "UPDATED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ORIGINAL", "UPDATED"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `IssuerConfiguration` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct IssuerConfiguration {
    props: ::forma_core::schema::Props,
}
impl IssuerConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for IssuerConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IssuerConfiguration> for ::forma_core::Value<IssuerConfiguration> {
    fn from(v: IssuerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ISSUER_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AWS_OWNED_KEY`, `CUSTOMER_MANAGED_KEY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionKeyType {
    /// `AWS_OWNED_KEY`
    AwsOwnedKey,
    /// `CUSTOMER_MANAGED_KEY`
    CustomerManagedKey,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncryptionKeyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsOwnedKey => "AWS_OWNED_KEY",
            Self::CustomerManagedKey => "CUSTOMER_MANAGED_KEY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS_OWNED_KEY", "CUSTOMER_MANAGED_KEY"]
    }
}
impl ::std::convert::From<EncryptionKeyType> for ::forma_core::Value<EncryptionKeyType> {
    fn from(v: EncryptionKeyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncryptionKeyType {}

/// The `KeyConfiguration` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyConfiguration {
    props: ::forma_core::schema::Props,
}
impl KeyConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `KeyType`.
    pub fn key_type(mut self, value: impl ::forma_core::schema::EnumArg<EncryptionKeyType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `KmsKeyArn`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for KeyConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<KeyConfiguration> for ::forma_core::Value<KeyConfiguration> {
    fn from(v: KeyConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KEY_CONFIGURATION_TYPE.properties))
    }
}

/// The `LambdaConfig` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaConfig {
    props: ::forma_core::schema::Props,
}
impl LambdaConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CreateAuthChallenge`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn create_auth_challenge(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CustomEmailSender`.
    pub fn custom_email_sender(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomEmailSender>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CustomMessage`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn custom_message(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `CustomSMSSender`.
    pub fn custom_sms_sender(mut self, value: impl ::std::convert::Into<::forma_core::Value<CustomSmsSender>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `DefineAuthChallenge`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn define_auth_challenge(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `InboundFederation`.
    pub fn inbound_federation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InboundFederation>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `KMSKeyID`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `PostAuthentication`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn post_authentication(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `PostConfirmation`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn post_confirmation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `PreAuthentication`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn pre_authentication(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `PreSignUp`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn pre_sign_up(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `PreTokenGeneration`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn pre_token_generation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `PreTokenGenerationConfig`.
    pub fn pre_token_generation_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PreTokenGenerationConfig>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `UserMigration`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn user_migration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `VerifyAuthChallengeResponse`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn verify_auth_challenge_response(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LambdaConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LambdaConfig> for ::forma_core::Value<LambdaConfig> {
    fn from(v: LambdaConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_CONFIG_TYPE.properties))
    }
}

/// The `Policies` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct Policies {
    props: ::forma_core::schema::Props,
}
impl Policies {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PasswordPolicy`.
    pub fn password_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<PasswordPolicy>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SignInPolicy`.
    pub fn sign_in_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<SignInPolicy>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Policies {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Policies> for ::forma_core::Value<Policies> {
    fn from(v: Policies) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POLICIES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Boolean`, `DateTime`, `Number`, `String`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttributeDataType {
    /// `Boolean`
    Boolean,
    /// `DateTime`
    DateTime,
    /// `Number`
    Number,
    /// `String`
    String,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AttributeDataType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Boolean => "Boolean",
            Self::DateTime => "DateTime",
            Self::Number => "Number",
            Self::String => "String",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Boolean", "DateTime", "Number", "String"]
    }
}
impl ::std::convert::From<AttributeDataType> for ::forma_core::Value<AttributeDataType> {
    fn from(v: AttributeDataType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AttributeDataType {}

/// The `SchemaAttribute` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaAttribute {
    props: ::forma_core::schema::Props,
}
impl SchemaAttribute {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AttributeDataType`.
    pub fn attribute_data_type(mut self, value: impl ::forma_core::schema::EnumArg<AttributeDataType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `DeveloperOnlyAttribute`.
    pub fn developer_only_attribute(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Mutable`.
    pub fn mutable(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 20.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `NumberAttributeConstraints`.
    pub fn number_attribute_constraints(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NumberAttributeConstraints>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Required`.
    pub fn required(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `StringAttributeConstraints`.
    pub fn string_attribute_constraints(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StringAttributeConstraints>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SchemaAttribute {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SchemaAttribute> for ::forma_core::Value<SchemaAttribute> {
    fn from(v: SchemaAttribute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEMA_ATTRIBUTE_TYPE.properties))
    }
}

/// The `SmsConfiguration` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct SmsConfiguration {
    props: ::forma_core::schema::Props,
}
impl SmsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EumsSms`.
    pub fn eums_sms(mut self, value: impl ::std::convert::Into<::forma_core::Value<EumsSmsConfiguration>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ExternalId`.
    ///
    /// Allowed: length 0 to 131072.
    pub fn external_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SnsCallerArn`.
    ///
    /// Allowed: length 0 to 2048.
    pub fn sns_caller_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SnsRegion`.
    ///
    /// Allowed: length 5 to 32.
    pub fn sns_region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SmsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SmsConfiguration> for ::forma_core::Value<SmsConfiguration> {
    fn from(v: SmsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SMS_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `email`, `phone_number`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttributesRequireVerificationBeforeUpdate {
    /// `email`
    Email,
    /// `phone_number`
    PhoneNumber,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AttributesRequireVerificationBeforeUpdate {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Email => "email",
            Self::PhoneNumber => "phone_number",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["email", "phone_number"]
    }
}
impl ::std::convert::From<AttributesRequireVerificationBeforeUpdate>
    for ::forma_core::Value<AttributesRequireVerificationBeforeUpdate>
{
    fn from(v: AttributesRequireVerificationBeforeUpdate) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AttributesRequireVerificationBeforeUpdate {}

/// The `UserAttributeUpdateSettings` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserAttributeUpdateSettings {
    props: ::forma_core::schema::Props,
}
impl UserAttributeUpdateSettings {
    /// A new value with its required properties: `AttributesRequireVerificationBeforeUpdate`.
    pub fn new(
        attributes_require_verification_before_update: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<AttributesRequireVerificationBeforeUpdate>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attributes_require_verification_before_update.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<UserAttributeUpdateSettings> for ::forma_core::Value<UserAttributeUpdateSettings> {
    fn from(v: UserAttributeUpdateSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(USER_ATTRIBUTE_UPDATE_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AUDIT`, `ENFORCED`, `OFF`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdvancedSecurityMode {
    /// `AUDIT`
    Audit,
    /// `ENFORCED`
    Enforced,
    /// `OFF`
    Off,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AdvancedSecurityMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Audit => "AUDIT",
            Self::Enforced => "ENFORCED",
            Self::Off => "OFF",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUDIT", "ENFORCED", "OFF"]
    }
}
impl ::std::convert::From<AdvancedSecurityMode> for ::forma_core::Value<AdvancedSecurityMode> {
    fn from(v: AdvancedSecurityMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AdvancedSecurityMode {}

/// The `UserPoolAddOns` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPoolAddOns {
    props: ::forma_core::schema::Props,
}
impl UserPoolAddOns {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AdvancedSecurityAdditionalFlows`.
    pub fn advanced_security_additional_flows(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AdvancedSecurityAdditionalFlows>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AdvancedSecurityMode`.
    pub fn advanced_security_mode(mut self, value: impl ::forma_core::schema::EnumArg<AdvancedSecurityMode>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for UserPoolAddOns {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UserPoolAddOns> for ::forma_core::Value<UserPoolAddOns> {
    fn from(v: UserPoolAddOns) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(USER_POOL_ADD_ONS_TYPE.properties))
    }
}

/// The `UsernameConfiguration` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct UsernameConfiguration {
    props: ::forma_core::schema::Props,
}
impl UsernameConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CaseSensitive`.
    pub fn case_sensitive(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for UsernameConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UsernameConfiguration> for ::forma_core::Value<UsernameConfiguration> {
    fn from(v: UsernameConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(USERNAME_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CONFIRM_WITH_CODE`, `CONFIRM_WITH_LINK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DefaultEmailOption {
    /// `CONFIRM_WITH_CODE`
    ConfirmWithCode,
    /// `CONFIRM_WITH_LINK`
    ConfirmWithLink,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DefaultEmailOption {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConfirmWithCode => "CONFIRM_WITH_CODE",
            Self::ConfirmWithLink => "CONFIRM_WITH_LINK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CONFIRM_WITH_CODE", "CONFIRM_WITH_LINK"]
    }
}
impl ::std::convert::From<DefaultEmailOption> for ::forma_core::Value<DefaultEmailOption> {
    fn from(v: DefaultEmailOption) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DefaultEmailOption {}

/// The `VerificationMessageTemplate` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct VerificationMessageTemplate {
    props: ::forma_core::schema::Props,
}
impl VerificationMessageTemplate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DefaultEmailOption`.
    pub fn default_email_option(mut self, value: impl ::forma_core::schema::EnumArg<DefaultEmailOption>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `EmailMessage`.
    ///
    /// Allowed: length 6 to 20000.
    pub fn email_message(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `EmailMessageByLink`.
    ///
    /// Allowed: length 6 to 20000.
    pub fn email_message_by_link(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `EmailSubject`.
    ///
    /// Allowed: length 1 to 140.
    pub fn email_subject(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `EmailSubjectByLink`.
    ///
    /// Allowed: length 1 to 140.
    pub fn email_subject_by_link(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `SmsMessage`.
    ///
    /// Allowed: length 6 to 140.
    pub fn sms_message(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VerificationMessageTemplate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VerificationMessageTemplate> for ::forma_core::Value<VerificationMessageTemplate> {
    fn from(v: VerificationMessageTemplate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VERIFICATION_MESSAGE_TEMPLATE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `admin_only`, `verified_email`, `verified_phone_number`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Name {
    /// `admin_only`
    AdminOnly,
    /// `verified_email`
    VerifiedEmail,
    /// `verified_phone_number`
    VerifiedPhoneNumber,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Name {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AdminOnly => "admin_only",
            Self::VerifiedEmail => "verified_email",
            Self::VerifiedPhoneNumber => "verified_phone_number",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["admin_only", "verified_email", "verified_phone_number"]
    }
}
impl ::std::convert::From<Name> for ::forma_core::Value<Name> {
    fn from(v: Name) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Name {}

/// The `RecoveryOption` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecoveryOption {
    props: ::forma_core::schema::Props,
}
impl RecoveryOption {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::forma_core::schema::EnumArg<Name>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Priority`.
    ///
    /// Allowed: 1 to 2.
    pub fn priority(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RecoveryOption {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RecoveryOption> for ::forma_core::Value<RecoveryOption> {
    fn from(v: RecoveryOption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECOVERY_OPTION_TYPE.properties))
    }
}

/// The `InviteMessageTemplate` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct InviteMessageTemplate {
    props: ::forma_core::schema::Props,
}
impl InviteMessageTemplate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EmailMessage`.
    ///
    /// Allowed: length 6 to 20000.
    pub fn email_message(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EmailSubject`.
    ///
    /// Allowed: length 1 to 140.
    pub fn email_subject(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SMSMessage`.
    ///
    /// Allowed: length 6 to 140.
    pub fn sms_message(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InviteMessageTemplate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InviteMessageTemplate> for ::forma_core::Value<InviteMessageTemplate> {
    fn from(v: InviteMessageTemplate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INVITE_MESSAGE_TEMPLATE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `V1_0`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LambdaVersion {
    /// `V1_0`
    V10,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LambdaVersion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V10 => "V1_0",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["V1_0"]
    }
}
impl ::std::convert::From<LambdaVersion> for ::forma_core::Value<LambdaVersion> {
    fn from(v: LambdaVersion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LambdaVersion {}

/// The `CustomEmailSender` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomEmailSender {
    props: ::forma_core::schema::Props,
}
impl CustomEmailSender {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LambdaArn`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn lambda_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LambdaVersion`.
    pub fn lambda_version(mut self, value: impl ::forma_core::schema::EnumArg<LambdaVersion>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for CustomEmailSender {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomEmailSender> for ::forma_core::Value<CustomEmailSender> {
    fn from(v: CustomEmailSender) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_EMAIL_SENDER_TYPE.properties))
    }
}

/// The `CustomSMSSender` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomSmsSender {
    props: ::forma_core::schema::Props,
}
impl CustomSmsSender {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LambdaArn`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn lambda_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LambdaVersion`.
    pub fn lambda_version(mut self, value: impl ::forma_core::schema::EnumArg<LambdaVersion>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for CustomSmsSender {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomSmsSender> for ::forma_core::Value<CustomSmsSender> {
    fn from(v: CustomSmsSender) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_SMS_SENDER_TYPE.properties))
    }
}

/// The `InboundFederation` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct InboundFederation {
    props: ::forma_core::schema::Props,
}
impl InboundFederation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LambdaArn`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn lambda_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LambdaVersion`.
    pub fn lambda_version(mut self, value: impl ::forma_core::schema::EnumArg<LambdaVersion>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for InboundFederation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InboundFederation> for ::forma_core::Value<InboundFederation> {
    fn from(v: InboundFederation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INBOUND_FEDERATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `V1_0`, `V2_0`, `V3_0`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PreTokenGenerationConfigLambdaVersion {
    /// `V1_0`
    V10,
    /// `V2_0`
    V20,
    /// `V3_0`
    V30,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PreTokenGenerationConfigLambdaVersion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V10 => "V1_0",
            Self::V20 => "V2_0",
            Self::V30 => "V3_0",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["V1_0", "V2_0", "V3_0"]
    }
}
impl ::std::convert::From<PreTokenGenerationConfigLambdaVersion>
    for ::forma_core::Value<PreTokenGenerationConfigLambdaVersion>
{
    fn from(v: PreTokenGenerationConfigLambdaVersion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PreTokenGenerationConfigLambdaVersion {}

/// The `PreTokenGenerationConfig` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct PreTokenGenerationConfig {
    props: ::forma_core::schema::Props,
}
impl PreTokenGenerationConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LambdaArn`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn lambda_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LambdaVersion`.
    pub fn lambda_version(
        mut self,
        value: impl ::forma_core::schema::EnumArg<PreTokenGenerationConfigLambdaVersion>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for PreTokenGenerationConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PreTokenGenerationConfig> for ::forma_core::Value<PreTokenGenerationConfig> {
    fn from(v: PreTokenGenerationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRE_TOKEN_GENERATION_CONFIG_TYPE.properties))
    }
}

/// The `PasswordPolicy` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct PasswordPolicy {
    props: ::forma_core::schema::Props,
}
impl PasswordPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MinimumLength`.
    ///
    /// Allowed: 6 to 99.
    pub fn minimum_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PasswordHistorySize`.
    ///
    /// Allowed: 0 to 24.
    pub fn password_history_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `RequireLowercase`.
    pub fn require_lowercase(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `RequireNumbers`.
    pub fn require_numbers(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `RequireSymbols`.
    pub fn require_symbols(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `RequireUppercase`.
    pub fn require_uppercase(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `TemporaryPasswordValidityDays`.
    ///
    /// Allowed: 0 to 365.
    pub fn temporary_password_validity_days(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PasswordPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PasswordPolicy> for ::forma_core::Value<PasswordPolicy> {
    fn from(v: PasswordPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PASSWORD_POLICY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EMAIL_OTP`, `PASSWORD`, `SMS_OTP`, `SOFTWARE_TOKEN`, `WEB_AUTHN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AllowedFirstAuthFactors {
    /// `EMAIL_OTP`
    EmailOtp,
    /// `PASSWORD`
    Password,
    /// `SMS_OTP`
    SmsOtp,
    /// `SOFTWARE_TOKEN`
    SoftwareToken,
    /// `WEB_AUTHN`
    WebAuthn,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AllowedFirstAuthFactors {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EmailOtp => "EMAIL_OTP",
            Self::Password => "PASSWORD",
            Self::SmsOtp => "SMS_OTP",
            Self::SoftwareToken => "SOFTWARE_TOKEN",
            Self::WebAuthn => "WEB_AUTHN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EMAIL_OTP", "PASSWORD", "SMS_OTP", "SOFTWARE_TOKEN", "WEB_AUTHN"]
    }
}
impl ::std::convert::From<AllowedFirstAuthFactors> for ::forma_core::Value<AllowedFirstAuthFactors> {
    fn from(v: AllowedFirstAuthFactors) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AllowedFirstAuthFactors {}

/// The `SignInPolicy` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct SignInPolicy {
    props: ::forma_core::schema::Props,
}
impl SignInPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AllowedFirstAuthFactors`.
    pub fn allowed_first_auth_factors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AllowedFirstAuthFactors>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SignInPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SignInPolicy> for ::forma_core::Value<SignInPolicy> {
    fn from(v: SignInPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SIGN_IN_POLICY_TYPE.properties))
    }
}

/// The `NumberAttributeConstraints` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberAttributeConstraints {
    props: ::forma_core::schema::Props,
}
impl NumberAttributeConstraints {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MaxValue`.
    ///
    /// Allowed: length 0 to 131072.
    pub fn max_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MinValue`.
    ///
    /// Allowed: length 0 to 131072.
    pub fn min_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NumberAttributeConstraints {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NumberAttributeConstraints> for ::forma_core::Value<NumberAttributeConstraints> {
    fn from(v: NumberAttributeConstraints) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NUMBER_ATTRIBUTE_CONSTRAINTS_TYPE.properties))
    }
}

/// The `StringAttributeConstraints` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct StringAttributeConstraints {
    props: ::forma_core::schema::Props,
}
impl StringAttributeConstraints {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MaxLength`.
    ///
    /// Allowed: length 0 to 131072.
    pub fn max_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MinLength`.
    ///
    /// Allowed: length 0 to 131072.
    pub fn min_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StringAttributeConstraints {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StringAttributeConstraints> for ::forma_core::Value<StringAttributeConstraints> {
    fn from(v: StringAttributeConstraints) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STRING_ATTRIBUTE_CONSTRAINTS_TYPE.properties))
    }
}

/// The `EumsSmsConfiguration` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct EumsSmsConfiguration {
    props: ::forma_core::schema::Props,
}
impl EumsSmsConfiguration {
    /// A new value with its required properties: `CallerArn`.
    pub fn new(caller_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, caller_arn.into().into_expr());
        Self { props }
    }
    /// `ConfigurationSetName`.
    ///
    /// Allowed: length 0 to 131072.
    pub fn configuration_set_name(
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
    /// `InEntityId`.
    ///
    /// Allowed: length 0 to 131072.
    pub fn in_entity_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `InTemplateId`.
    ///
    /// Allowed: length 0 to 131072.
    pub fn in_template_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `OriginationIdentity`.
    ///
    /// Allowed: length 0 to 131072.
    pub fn origination_identity(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Region`.
    ///
    /// Allowed: length 5 to 32.
    pub fn region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EumsSmsConfiguration> for ::forma_core::Value<EumsSmsConfiguration> {
    fn from(v: EumsSmsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EUMS_SMS_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AUDIT`, `ENFORCED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CustomAuthMode {
    /// `AUDIT`
    Audit,
    /// `ENFORCED`
    Enforced,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CustomAuthMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Audit => "AUDIT",
            Self::Enforced => "ENFORCED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUDIT", "ENFORCED"]
    }
}
impl ::std::convert::From<CustomAuthMode> for ::forma_core::Value<CustomAuthMode> {
    fn from(v: CustomAuthMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CustomAuthMode {}

/// The `AdvancedSecurityAdditionalFlows` property type of `AWS::Cognito::UserPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct AdvancedSecurityAdditionalFlows {
    props: ::forma_core::schema::Props,
}
impl AdvancedSecurityAdditionalFlows {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CustomAuthMode`.
    pub fn custom_auth_mode(mut self, value: impl ::forma_core::schema::EnumArg<CustomAuthMode>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for AdvancedSecurityAdditionalFlows {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AdvancedSecurityAdditionalFlows> for ::forma_core::Value<AdvancedSecurityAdditionalFlows> {
    fn from(v: AdvancedSecurityAdditionalFlows) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADVANCED_SECURITY_ADDITIONAL_FLOWS_TYPE.properties))
    }
}

/// The schema of `AWS::Cognito::UserPool`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Cognito::UserPool",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountRecoverySetting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCOUNT_RECOVERY_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AdminCreateUserConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ADMIN_CREATE_USER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AliasAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["email", "phone_number", "preferred_username"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AutoVerifiedAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["email", "phone_number"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DeletionProtection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ACTIVE", "INACTIVE"]),
        },
        ::forma_core::schema::Property {
            name: "DeviceConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEVICE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EmailAuthenticationMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(6),
                max_length: Some(20000),
            }),
        },
        ::forma_core::schema::Property {
            name: "EmailAuthenticationSubject",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(140),
            }),
        },
        ::forma_core::schema::Property {
            name: "EmailConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EMAIL_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EmailVerificationMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*\\{####\\}[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*$"),
                min_length: Some(6),
                max_length: Some(20000),
            }),
        },
        ::forma_core::schema::Property {
            name: "EmailVerificationSubject",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s]+$"),
                min_length: Some(1),
                max_length: Some(140),
            }),
        },
        ::forma_core::schema::Property {
            name: "EnabledMfas",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "IssuerConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ISSUER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KeyConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KEY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LambdaConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAMBDA_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MfaConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["OFF", "ON", "OPTIONAL"]),
        },
        ::forma_core::schema::Property {
            name: "Policies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&POLICIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Schema",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SCHEMA_ATTRIBUTE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SmsAuthenticationMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\{####\\}"),
                min_length: Some(6),
                max_length: Some(140),
            }),
        },
        ::forma_core::schema::Property {
            name: "SmsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SMS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SmsVerificationMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\{####\\}"),
                min_length: Some(6),
                max_length: Some(140),
            }),
        },
        ::forma_core::schema::Property {
            name: "UserAttributeUpdateSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&USER_ATTRIBUTE_UPDATE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UserPoolAddOns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&USER_POOL_ADD_ONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UserPoolName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "UserPoolTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "UserPoolTier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LITE", "ESSENTIALS", "PLUS"]),
        },
        ::forma_core::schema::Property {
            name: "UsernameAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["email", "phone_number"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "UsernameConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&USERNAME_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VerificationMessageTemplate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VERIFICATION_MESSAGE_TEMPLATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WebAuthnFactorConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SINGLE_FACTOR", "MULTI_FACTOR_WITH_USER_VERIFICATION"]),
        },
        ::forma_core::schema::Property {
            name: "WebAuthnRelyingPartyID",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "WebAuthnUserVerification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(9),
            }),
        },
    ],
    rules: &[],
    attributes: &["ProviderName", "UserPoolId", "ProviderURL", "Arn"],
};

static ACCOUNT_RECOVERY_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPool.AccountRecoverySetting",
    properties: &[::forma_core::schema::Property {
        name: "RecoveryMechanisms",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&RECOVERY_OPTION_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
        ),
    }],
    rules: &[],
};

static ADMIN_CREATE_USER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPool.AdminCreateUserConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowAdminCreateUserOnly",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "InviteMessageTemplate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INVITE_MESSAGE_TEMPLATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UnusedAccountValidityDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(365.0),
            }),
        },
    ],
    rules: &[],
};

static DEVICE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPool.DeviceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChallengeRequiredOnNewDevice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DeviceOnlyRememberedOnUserPrompt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static EMAIL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Cognito::UserPool.EmailConfiguration",
properties: &[
::forma_core::schema::Property { name: "ConfigurationSet", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9_-]+$"), min_length: Some(1), max_length: Some(64) }) },
::forma_core::schema::Property { name: "EmailSendingAccount", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["COGNITO_DEFAULT", "DEVELOPER"]) },
::forma_core::schema::Property { name: "From", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(131072) }) },
::forma_core::schema::Property { name: "ReplyToEmailAddress", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+@[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "SourceArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$"), min_length: Some(20), max_length: Some(2048) }) },
],
rules: &[],
};

static ISSUER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPool.IssuerConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Type",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ORIGINAL", "UPDATED"]),
    }],
    rules: &[],
};

static KEY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Cognito::UserPool.KeyConfiguration",
properties: &[
::forma_core::schema::Property { name: "KeyType", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["AWS_OWNED_KEY", "CUSTOMER_MANAGED_KEY"]) },
::forma_core::schema::Property { name: "KmsKeyArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?"), min_length: Some(20), max_length: Some(2048) }) },
],
rules: &[],
};

static LAMBDA_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Cognito::UserPool.LambdaConfig",
properties: &[
::forma_core::schema::Property { name: "CreateAuthChallenge", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "CustomEmailSender", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&CUSTOM_EMAIL_SENDER_TYPE) },
::forma_core::schema::Property { name: "CustomMessage", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "CustomSMSSender", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&CUSTOM_SMS_SENDER_TYPE) },
::forma_core::schema::Property { name: "DefineAuthChallenge", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "InboundFederation", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&INBOUND_FEDERATION_TYPE) },
::forma_core::schema::Property { name: "KMSKeyID", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "PostAuthentication", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "PostConfirmation", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "PreAuthentication", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "PreSignUp", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "PreTokenGeneration", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "PreTokenGenerationConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&PRE_TOKEN_GENERATION_CONFIG_TYPE) },
::forma_core::schema::Property { name: "UserMigration", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "VerifyAuthChallengeResponse", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$"), min_length: Some(20), max_length: Some(2048) }) },
],
rules: &[],
};

static POLICIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPool.Policies",
    properties: &[
        ::forma_core::schema::Property {
            name: "PasswordPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PASSWORD_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SignInPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SIGN_IN_POLICY_TYPE),
        },
    ],
    rules: &[],
};

static SCHEMA_ATTRIBUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPool.SchemaAttribute",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributeDataType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Boolean", "DateTime", "Number", "String"]),
        },
        ::forma_core::schema::Property {
            name: "DeveloperOnlyAttribute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Mutable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$"),
                min_length: Some(1),
                max_length: Some(20),
            }),
        },
        ::forma_core::schema::Property {
            name: "NumberAttributeConstraints",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NUMBER_ATTRIBUTE_CONSTRAINTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Required",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "StringAttributeConstraints",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STRING_ATTRIBUTE_CONSTRAINTS_TYPE),
        },
    ],
    rules: &[],
};

static SMS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Cognito::UserPool.SmsConfiguration",
properties: &[
::forma_core::schema::Property { name: "EumsSms", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&EUMS_SMS_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "ExternalId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(131072) }) },
::forma_core::schema::Property { name: "SnsCallerArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?)?$"), min_length: Some(0), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "SnsRegion", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(5), max_length: Some(32) }) },
],
rules: &[],
};

static USER_ATTRIBUTE_UPDATE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPool.UserAttributeUpdateSettings",
    properties: &[::forma_core::schema::Property {
        name: "AttributesRequireVerificationBeforeUpdate",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Enum(&["email", "phone_number"]),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static USER_POOL_ADD_ONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPool.UserPoolAddOns",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdvancedSecurityAdditionalFlows",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ADVANCED_SECURITY_ADDITIONAL_FLOWS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AdvancedSecurityMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AUDIT", "ENFORCED", "OFF"]),
        },
    ],
    rules: &[],
};

static USERNAME_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPool.UsernameConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "CaseSensitive",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static VERIFICATION_MESSAGE_TEMPLATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Cognito::UserPool.VerificationMessageTemplate",
properties: &[
::forma_core::schema::Property { name: "DefaultEmailOption", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["CONFIRM_WITH_CODE", "CONFIRM_WITH_LINK"]) },
::forma_core::schema::Property { name: "EmailMessage", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*\\{####\\}[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*$"), min_length: Some(6), max_length: Some(20000) }) },
::forma_core::schema::Property { name: "EmailMessageByLink", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*\\{##[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*##\\}[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*$"), min_length: Some(6), max_length: Some(20000) }) },
::forma_core::schema::Property { name: "EmailSubject", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s]+$"), min_length: Some(1), max_length: Some(140) }) },
::forma_core::schema::Property { name: "EmailSubjectByLink", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s]+$"), min_length: Some(1), max_length: Some(140) }) },
::forma_core::schema::Property { name: "SmsMessage", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("\\{####\\}"), min_length: Some(6), max_length: Some(140) }) },
],
rules: &[],
};

static RECOVERY_OPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPool.RecoveryOption",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["admin_only", "verified_email", "verified_phone_number"]),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(2.0),
            }),
        },
    ],
    rules: &[],
};

static INVITE_MESSAGE_TEMPLATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPool.InviteMessageTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "EmailMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*$"),
                min_length: Some(6),
                max_length: Some(20000),
            }),
        },
        ::forma_core::schema::Property {
            name: "EmailSubject",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s]+$"),
                min_length: Some(1),
                max_length: Some(140),
            }),
        },
        ::forma_core::schema::Property {
            name: "SMSMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?s)"),
                min_length: Some(6),
                max_length: Some(140),
            }),
        },
    ],
    rules: &[],
};

static CUSTOM_EMAIL_SENDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Cognito::UserPool.CustomEmailSender",
properties: &[
::forma_core::schema::Property { name: "LambdaArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "LambdaVersion", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["V1_0"]) },
],
rules: &[],
};

static CUSTOM_SMS_SENDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Cognito::UserPool.CustomSMSSender",
properties: &[
::forma_core::schema::Property { name: "LambdaArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "LambdaVersion", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["V1_0"]) },
],
rules: &[],
};

static INBOUND_FEDERATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Cognito::UserPool.InboundFederation",
properties: &[
::forma_core::schema::Property { name: "LambdaArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "LambdaVersion", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["V1_0"]) },
],
rules: &[],
};

static PRE_TOKEN_GENERATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Cognito::UserPool.PreTokenGenerationConfig",
properties: &[
::forma_core::schema::Property { name: "LambdaArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "LambdaVersion", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["V1_0", "V2_0", "V3_0"]) },
],
rules: &[],
};

static PASSWORD_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPool.PasswordPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "MinimumLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(6.0),
                maximum: Some(99.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "PasswordHistorySize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(24.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "RequireLowercase",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RequireNumbers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RequireSymbols",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RequireUppercase",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "TemporaryPasswordValidityDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(365.0),
            }),
        },
    ],
    rules: &[],
};

static SIGN_IN_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPool.SignInPolicy",
    properties: &[::forma_core::schema::Property {
        name: "AllowedFirstAuthFactors",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Enum(&["EMAIL_OTP", "PASSWORD", "SMS_OTP", "SOFTWARE_TOKEN", "WEB_AUTHN"]),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
        ),
    }],
    rules: &[],
};

static NUMBER_ATTRIBUTE_CONSTRAINTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPool.NumberAttributeConstraints",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(131072),
            }),
        },
        ::forma_core::schema::Property {
            name: "MinValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(131072),
            }),
        },
    ],
    rules: &[],
};

static STRING_ATTRIBUTE_CONSTRAINTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPool.StringAttributeConstraints",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(131072),
            }),
        },
        ::forma_core::schema::Property {
            name: "MinLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(131072),
            }),
        },
    ],
    rules: &[],
};

static EUMS_SMS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Cognito::UserPool.EumsSmsConfiguration",
properties: &[
::forma_core::schema::Property { name: "CallerArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "ConfigurationSetName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(131072) }) },
::forma_core::schema::Property { name: "ExternalId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(131072) }) },
::forma_core::schema::Property { name: "InEntityId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(131072) }) },
::forma_core::schema::Property { name: "InTemplateId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(131072) }) },
::forma_core::schema::Property { name: "OriginationIdentity", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(131072) }) },
::forma_core::schema::Property { name: "Region", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(5), max_length: Some(32) }) },
],
rules: &[],
};

static ADVANCED_SECURITY_ADDITIONAL_FLOWS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Cognito::UserPool.AdvancedSecurityAdditionalFlows",
        properties: &[::forma_core::schema::Property {
            name: "CustomAuthMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AUDIT", "ENFORCED"]),
        }],
        rules: &[],
    };
