// @generated from AWS::WorkSpacesWeb::Portal (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WorkSpacesWeb::Portal` and its property types.

/// Definition of AWS::WorkSpacesWeb::Portal Resource Type
///
/// CloudFormation type `AWS::WorkSpacesWeb::Portal`.
#[derive(Debug, Clone, PartialEq)]
pub struct Portal {
    props: ::forma_core::schema::Props,
}
impl Portal {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AdditionalEncryptionContext`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn additional_encryption_context(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AuthenticationType`.
    #[track_caller]
    pub fn authentication_type(mut self, value: impl ::forma_core::schema::EnumArg<AuthenticationType>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BrowserSettingsArn`.
    ///
    /// Allowed: length 20 to 2048.
    #[track_caller]
    pub fn browser_settings_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CustomerManagedKey`.
    ///
    /// Allowed: length 20 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn customer_managed_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DataProtectionSettingsArn`.
    ///
    /// Allowed: length 20 to 2048.
    #[track_caller]
    pub fn data_protection_settings_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DisplayName`.
    ///
    /// Allowed: length 1 to 64.
    #[track_caller]
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `InstanceType`.
    #[track_caller]
    pub fn instance_type(mut self, value: impl ::forma_core::schema::EnumArg<InstanceType>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IpAccessSettingsArn`.
    ///
    /// Allowed: length 20 to 2048.
    #[track_caller]
    pub fn ip_access_settings_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MaxConcurrentSessions`.
    ///
    /// Allowed: 1 to 5000.
    #[track_caller]
    pub fn max_concurrent_sessions(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `NetworkSettingsArn`.
    ///
    /// Allowed: length 20 to 2048.
    #[track_caller]
    pub fn network_settings_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PortalCustomDomain`.
    ///
    /// Allowed: length 0 to 128.
    #[track_caller]
    pub fn portal_custom_domain(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SessionLoggerArn`.
    ///
    /// Allowed: length 20 to 2048.
    #[track_caller]
    pub fn session_logger_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TrustStoreArn`.
    ///
    /// Allowed: length 20 to 2048.
    #[track_caller]
    pub fn trust_store_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UserAccessLoggingSettingsArn`.
    ///
    /// Allowed: length 20 to 2048.
    #[track_caller]
    pub fn user_access_logging_settings_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UserSettingsArn`.
    ///
    /// Allowed: length 20 to 2048.
    #[track_caller]
    pub fn user_settings_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Portal {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Portal {
    type Attributes = PortalAttributes;
    fn type_name(&self) -> &str {
        "AWS::WorkSpacesWeb::Portal"
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
/// The attributes of a `AWS::WorkSpacesWeb::Portal` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PortalAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PortalAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PortalAttributes {
    /// `Fn::GetAtt` `BrowserType`.
    pub fn browser_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BrowserType")
    }
    /// `Fn::GetAtt` `CreationDate`.
    pub fn creation_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationDate")
    }
    /// `Fn::GetAtt` `PortalArn`.
    pub fn portal_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PortalArn")
    }
    /// `Fn::GetAtt` `PortalEndpoint`.
    pub fn portal_endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PortalEndpoint")
    }
    /// `Fn::GetAtt` `PortalStatus`.
    pub fn portal_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PortalStatus")
    }
    /// `Fn::GetAtt` `RendererType`.
    pub fn renderer_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RendererType")
    }
    /// `Fn::GetAtt` `ServiceProviderSamlMetadata`.
    pub fn service_provider_saml_metadata(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ServiceProviderSamlMetadata")
    }
    /// `Fn::GetAtt` `StatusReason`.
    pub fn status_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusReason")
    }
}

/// The values CloudFormation documents: `Standard`, `IAM_Identity_Center`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthenticationType {
    /// `Standard`
    Standard,
    /// `IAM_Identity_Center`
    IamIdentityCenter,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthenticationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "Standard",
            Self::IamIdentityCenter => "IAM_Identity_Center",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Standard", "IAM_Identity_Center"]
    }
}
impl ::std::convert::From<AuthenticationType> for ::forma_core::Value<AuthenticationType> {
    fn from(v: AuthenticationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthenticationType {}

/// The values CloudFormation documents: `standard.regular`, `standard.large`, `standard.xlarge`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceType {
    /// `standard.regular`
    StandardRegular,
    /// `standard.large`
    StandardLarge,
    /// `standard.xlarge`
    StandardXlarge,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InstanceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::StandardRegular => "standard.regular",
            Self::StandardLarge => "standard.large",
            Self::StandardXlarge => "standard.xlarge",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["standard.regular", "standard.large", "standard.xlarge"]
    }
}
impl ::std::convert::From<InstanceType> for ::forma_core::Value<InstanceType> {
    fn from(v: InstanceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InstanceType {}

/// The `Tag` property type of `AWS::WorkSpacesWeb::Portal`.
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

/// The schema of `AWS::WorkSpacesWeb::Portal`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::WorkSpacesWeb::Portal",
properties: &[
::forma_core::schema::Property { name: "AdditionalEncryptionContext", required: false, create_only: true, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[\\s\\S]*$"), min_length: Some(0), max_length: Some(131072) })) },
::forma_core::schema::Property { name: "AuthenticationType", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["Standard", "IAM_Identity_Center"]) },
::forma_core::schema::Property { name: "BrowserSettingsArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=\\/,.@-]+:[a-zA-Z0-9\\-]+:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(\\/[a-fA-F0-9\\-]{36})+$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "CustomerManagedKey", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=\\/,.@-]+:kms:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:key\\/[a-zA-Z0-9-]+$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "DataProtectionSettingsArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=\\/,.@-]+:[a-zA-Z0-9\\-]+:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(\\/[a-fA-F0-9\\-]{36})+$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "DisplayName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^.+$"), min_length: Some(1), max_length: Some(64) }) },
::forma_core::schema::Property { name: "InstanceType", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["standard.regular", "standard.large", "standard.xlarge"]) },
::forma_core::schema::Property { name: "IpAccessSettingsArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=\\/,.@-]+:[a-zA-Z0-9\\-]+:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(\\/[a-fA-F0-9\\-]{36})+$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "MaxConcurrentSessions", required: false, create_only: false, shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(5000.0) }) },
::forma_core::schema::Property { name: "NetworkSettingsArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=\\/,.@-]+:[a-zA-Z0-9\\-]+:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(\\/[a-fA-F0-9\\-]{36})+$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "PortalCustomDomain", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9]?((?!-)([A-Za-z0-9-]*[A-Za-z0-9])\\.)+[a-zA-Z0-9]+$"), min_length: Some(0), max_length: Some(128) }) },
::forma_core::schema::Property { name: "SessionLoggerArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=\\/,.@-]+:[a-zA-Z0-9\\-]+:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(\\/[a-fA-F0-9\\-]{36})+$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) }) },
::forma_core::schema::Property { name: "TrustStoreArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=\\/,.@-]+:[a-zA-Z0-9\\-]+:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(\\/[a-fA-F0-9\\-]{36})+$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "UserAccessLoggingSettingsArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=\\/,.@-]+:[a-zA-Z0-9\\-]+:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(\\/[a-fA-F0-9\\-]{36})+$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "UserSettingsArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=\\/,.@-]+:[a-zA-Z0-9\\-]+:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(\\/[a-fA-F0-9\\-]{36})+$"), min_length: Some(20), max_length: Some(2048) }) },
],
rules: &[],
attributes: &["BrowserType", "CreationDate", "PortalArn", "PortalEndpoint", "PortalStatus", "RendererType", "ServiceProviderSamlMetadata", "StatusReason"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpacesWeb::Portal.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
