// @generated from AWS::QBusiness::Application (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QBusiness::Application` and its property types.

/// Definition of AWS::QBusiness::Application Resource Type
///
/// CloudFormation type `AWS::QBusiness::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct Application {
    props: ::forma_core::schema::Props,
}
impl Application {
    /// A new resource with its required properties: `DisplayName`.
    #[track_caller]
    pub fn new(display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, display_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AttachmentsConfiguration`.
    #[track_caller]
    pub fn attachments_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AttachmentsConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AutoSubscriptionConfiguration`.
    #[track_caller]
    pub fn auto_subscription_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoSubscriptionConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ClientIdsForOIDC`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn client_ids_for_oidc(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EncryptionConfiguration`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IamIdentityProviderArn`.
    ///
    /// Allowed: length 20 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn iam_identity_provider_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IdentityCenterInstanceArn`.
    ///
    /// Allowed: length 10 to 1224.
    #[track_caller]
    pub fn identity_center_instance_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IdentityType`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn identity_type(mut self, value: impl ::forma_core::schema::EnumArg<IdentityType>) -> Self {
        self.props.set_at(8, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PersonalizationConfiguration`.
    #[track_caller]
    pub fn personalization_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PersonalizationConfiguration>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `QAppsConfiguration`.
    #[track_caller]
    pub fn q_apps_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<QAppsConfiguration>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `QuickSightConfiguration`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn quick_sight_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<QuickSightConfiguration>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RoleArn`.
    ///
    /// Allowed: length 0 to 1284.
    #[track_caller]
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Application {
    type Attributes = ApplicationAttributes;
    fn type_name(&self) -> &str {
        "AWS::QBusiness::Application"
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
/// The attributes of a `AWS::QBusiness::Application` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApplicationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApplicationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApplicationAttributes {
    /// `Fn::GetAtt` `ApplicationArn`.
    pub fn application_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ApplicationArn")
    }
    /// `Fn::GetAtt` `ApplicationId`.
    pub fn application_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ApplicationId")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `IdentityCenterApplicationArn`.
    pub fn identity_center_application_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdentityCenterApplicationArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The values CloudFormation documents: `AWS_IAM_IDP_SAML`, `AWS_IAM_IDP_OIDC`, `AWS_IAM_IDC`, `AWS_QUICKSIGHT_IDP`, `ANONYMOUS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IdentityType {
    /// `AWS_IAM_IDP_SAML`
    AwsIamIdpSaml,
    /// `AWS_IAM_IDP_OIDC`
    AwsIamIdpOidc,
    /// `AWS_IAM_IDC`
    AwsIamIdc,
    /// `AWS_QUICKSIGHT_IDP`
    AwsQuicksightIdp,
    /// `ANONYMOUS`
    Anonymous,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IdentityType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsIamIdpSaml => "AWS_IAM_IDP_SAML",
            Self::AwsIamIdpOidc => "AWS_IAM_IDP_OIDC",
            Self::AwsIamIdc => "AWS_IAM_IDC",
            Self::AwsQuicksightIdp => "AWS_QUICKSIGHT_IDP",
            Self::Anonymous => "ANONYMOUS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS_IAM_IDP_SAML", "AWS_IAM_IDP_OIDC", "AWS_IAM_IDC", "AWS_QUICKSIGHT_IDP", "ANONYMOUS"]
    }
}
impl ::std::convert::From<IdentityType> for ::forma_core::Value<IdentityType> {
    fn from(v: IdentityType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IdentityType {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttachmentsControlMode {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AttachmentsControlMode {
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
impl ::std::convert::From<AttachmentsControlMode> for ::forma_core::Value<AttachmentsControlMode> {
    fn from(v: AttachmentsControlMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AttachmentsControlMode {}

/// The `AttachmentsConfiguration` property type of `AWS::QBusiness::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct AttachmentsConfiguration {
    props: ::forma_core::schema::Props,
}
impl AttachmentsConfiguration {
    /// A new value with its required properties: `AttachmentsControlMode`.
    pub fn new(attachments_control_mode: impl ::forma_core::schema::EnumArg<AttachmentsControlMode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attachments_control_mode.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<AttachmentsConfiguration> for ::forma_core::Value<AttachmentsConfiguration> {
    fn from(v: AttachmentsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ATTACHMENTS_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutoSubscriptionStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AutoSubscriptionStatus {
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
impl ::std::convert::From<AutoSubscriptionStatus> for ::forma_core::Value<AutoSubscriptionStatus> {
    fn from(v: AutoSubscriptionStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AutoSubscriptionStatus {}

/// The values CloudFormation documents: `Q_LITE`, `Q_BUSINESS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SubscriptionType {
    /// `Q_LITE`
    QLite,
    /// `Q_BUSINESS`
    QBusiness,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SubscriptionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::QLite => "Q_LITE",
            Self::QBusiness => "Q_BUSINESS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Q_LITE", "Q_BUSINESS"]
    }
}
impl ::std::convert::From<SubscriptionType> for ::forma_core::Value<SubscriptionType> {
    fn from(v: SubscriptionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SubscriptionType {}

/// The `AutoSubscriptionConfiguration` property type of `AWS::QBusiness::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoSubscriptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl AutoSubscriptionConfiguration {
    /// A new value with its required properties: `AutoSubscribe`.
    pub fn new(auto_subscribe: impl ::forma_core::schema::EnumArg<AutoSubscriptionStatus>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, auto_subscribe.into_enum_expr());
        Self { props }
    }
    /// `DefaultSubscriptionType`.
    pub fn default_subscription_type(mut self, value: impl ::forma_core::schema::EnumArg<SubscriptionType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<AutoSubscriptionConfiguration> for ::forma_core::Value<AutoSubscriptionConfiguration> {
    fn from(v: AutoSubscriptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_SUBSCRIPTION_CONFIGURATION_TYPE.properties))
    }
}

/// The `EncryptionConfiguration` property type of `AWS::QBusiness::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl EncryptionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `KmsKeyId`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EncryptionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EncryptionConfiguration> for ::forma_core::Value<EncryptionConfiguration> {
    fn from(v: EncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PersonalizationControlMode {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PersonalizationControlMode {
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
impl ::std::convert::From<PersonalizationControlMode> for ::forma_core::Value<PersonalizationControlMode> {
    fn from(v: PersonalizationControlMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PersonalizationControlMode {}

/// The `PersonalizationConfiguration` property type of `AWS::QBusiness::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonalizationConfiguration {
    props: ::forma_core::schema::Props,
}
impl PersonalizationConfiguration {
    /// A new value with its required properties: `PersonalizationControlMode`.
    pub fn new(personalization_control_mode: impl ::forma_core::schema::EnumArg<PersonalizationControlMode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, personalization_control_mode.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<PersonalizationConfiguration> for ::forma_core::Value<PersonalizationConfiguration> {
    fn from(v: PersonalizationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PERSONALIZATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QAppsControlMode {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl QAppsControlMode {
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
impl ::std::convert::From<QAppsControlMode> for ::forma_core::Value<QAppsControlMode> {
    fn from(v: QAppsControlMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for QAppsControlMode {}

/// The `QAppsConfiguration` property type of `AWS::QBusiness::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct QAppsConfiguration {
    props: ::forma_core::schema::Props,
}
impl QAppsConfiguration {
    /// A new value with its required properties: `QAppsControlMode`.
    pub fn new(q_apps_control_mode: impl ::forma_core::schema::EnumArg<QAppsControlMode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, q_apps_control_mode.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<QAppsConfiguration> for ::forma_core::Value<QAppsConfiguration> {
    fn from(v: QAppsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(Q_APPS_CONFIGURATION_TYPE.properties))
    }
}

/// The `QuickSightConfiguration` property type of `AWS::QBusiness::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct QuickSightConfiguration {
    props: ::forma_core::schema::Props,
}
impl QuickSightConfiguration {
    /// A new value with its required properties: `ClientNamespace`.
    pub fn new(client_namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, client_namespace.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<QuickSightConfiguration> for ::forma_core::Value<QuickSightConfiguration> {
    fn from(v: QuickSightConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUICK_SIGHT_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::QBusiness::Application`.
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

/// The schema of `AWS::QBusiness::Application`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::QBusiness::Application",
properties: &[
::forma_core::schema::Property { name: "AttachmentsConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&ATTACHMENTS_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "AutoSubscriptionConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&AUTO_SUBSCRIPTION_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "ClientIdsForOIDC", required: false, create_only: true, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9_.:/()*?=-]*$"), min_length: Some(1), max_length: Some(255) }), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[\\s\\S]*$"), min_length: Some(0), max_length: Some(1000) }) },
::forma_core::schema::Property { name: "DisplayName", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_-]*$"), min_length: Some(1), max_length: Some(1000) }) },
::forma_core::schema::Property { name: "EncryptionConfiguration", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "IamIdentityProviderArn", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):iam::\\d{12}:(oidc-provider|saml-provider)/[a-zA-Z0-9_\\.\\/@\\-]+$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "IdentityCenterInstanceArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$"), min_length: Some(10), max_length: Some(1224) }) },
::forma_core::schema::Property { name: "IdentityType", required: false, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["AWS_IAM_IDP_SAML", "AWS_IAM_IDP_OIDC", "AWS_IAM_IDC", "AWS_QUICKSIGHT_IDP", "ANONYMOUS"]) },
::forma_core::schema::Property { name: "PersonalizationConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&PERSONALIZATION_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "QAppsConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&Q_APPS_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "QuickSightConfiguration", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&QUICK_SIGHT_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "RoleArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$"), min_length: Some(0), max_length: Some(1284) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) }) },
],
rules: &[],
attributes: &["ApplicationArn", "ApplicationId", "CreatedAt", "IdentityCenterApplicationArn", "Status", "UpdatedAt"],
};

static ATTACHMENTS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::Application.AttachmentsConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AttachmentsControlMode",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};

static AUTO_SUBSCRIPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::Application.AutoSubscriptionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoSubscribe",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "DefaultSubscriptionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Q_LITE", "Q_BUSINESS"]),
        },
    ],
    rules: &[],
};

static ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::Application.EncryptionConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "KmsKeyId",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static PERSONALIZATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::Application.PersonalizationConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "PersonalizationControlMode",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};

static Q_APPS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::Application.QAppsConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "QAppsControlMode",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};

static QUICK_SIGHT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::Application.QuickSightConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "ClientNamespace",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[a-zA-Z0-9._-]*$"),
            min_length: Some(1),
            max_length: Some(64),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::Application.Tag",
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
