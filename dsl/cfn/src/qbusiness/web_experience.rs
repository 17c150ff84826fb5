// @generated from AWS::QBusiness::WebExperience (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QBusiness::WebExperience` and its property types.

/// Definition of AWS::QBusiness::WebExperience Resource Type
///
/// CloudFormation type `AWS::QBusiness::WebExperience`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebExperience {
    props: ::forma_core::schema::Props,
}
impl WebExperience {
    /// A new resource with its required properties: `ApplicationId`.
    #[track_caller]
    pub fn new(application_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `BrowserExtensionConfiguration`.
    #[track_caller]
    pub fn browser_extension_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BrowserExtensionConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CustomizationConfiguration`.
    #[track_caller]
    pub fn customization_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomizationConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IdentityProviderConfiguration`.
    #[track_caller]
    pub fn identity_provider_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Origins`.
    #[track_caller]
    pub fn origins(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RoleArn`.
    ///
    /// Allowed: length 0 to 1284.
    #[track_caller]
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SamplePromptsControlMode`.
    #[track_caller]
    pub fn sample_prompts_control_mode(
        mut self,
        value: impl ::forma_core::schema::EnumArg<WebExperienceSamplePromptsControlMode>,
    ) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Subtitle`.
    ///
    /// Allowed: length 0 to 500.
    #[track_caller]
    pub fn subtitle(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Title`.
    ///
    /// Allowed: length 0 to 500.
    #[track_caller]
    pub fn title(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `WelcomeMessage`.
    ///
    /// Allowed: length 0 to 300.
    #[track_caller]
    pub fn welcome_message(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for WebExperience {
    type Attributes = WebExperienceAttributes;
    fn type_name(&self) -> &str {
        "AWS::QBusiness::WebExperience"
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
/// The attributes of a `AWS::QBusiness::WebExperience` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WebExperienceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WebExperienceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WebExperienceAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `DefaultEndpoint`.
    pub fn default_endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DefaultEndpoint")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `WebExperienceArn`.
    pub fn web_experience_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WebExperienceArn")
    }
    /// `Fn::GetAtt` `WebExperienceId`.
    pub fn web_experience_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WebExperienceId")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WebExperienceSamplePromptsControlMode {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WebExperienceSamplePromptsControlMode {
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
impl ::std::convert::From<WebExperienceSamplePromptsControlMode>
    for ::forma_core::Value<WebExperienceSamplePromptsControlMode>
{
    fn from(v: WebExperienceSamplePromptsControlMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WebExperienceSamplePromptsControlMode {}

/// The values CloudFormation documents: `FIREFOX`, `CHROME`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BrowserExtension {
    /// `FIREFOX`
    Firefox,
    /// `CHROME`
    Chrome,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BrowserExtension {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Firefox => "FIREFOX",
            Self::Chrome => "CHROME",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FIREFOX", "CHROME"]
    }
}
impl ::std::convert::From<BrowserExtension> for ::forma_core::Value<BrowserExtension> {
    fn from(v: BrowserExtension) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BrowserExtension {}

/// The `BrowserExtensionConfiguration` property type of `AWS::QBusiness::WebExperience`.
#[derive(Debug, Clone, PartialEq)]
pub struct BrowserExtensionConfiguration {
    props: ::forma_core::schema::Props,
}
impl BrowserExtensionConfiguration {
    /// A new value with its required properties: `EnabledBrowserExtensions`.
    pub fn new(
        enabled_browser_extensions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BrowserExtension>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled_browser_extensions.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BrowserExtensionConfiguration> for ::forma_core::Value<BrowserExtensionConfiguration> {
    fn from(v: BrowserExtensionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BROWSER_EXTENSION_CONFIGURATION_TYPE.properties))
    }
}

/// The `CustomizationConfiguration` property type of `AWS::QBusiness::WebExperience`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomizationConfiguration {
    props: ::forma_core::schema::Props,
}
impl CustomizationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CustomCSSUrl`.
    ///
    /// Allowed: length 0 to 1284.
    pub fn custom_css_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FaviconUrl`.
    ///
    /// Allowed: length 0 to 1284.
    pub fn favicon_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `FontUrl`.
    ///
    /// Allowed: length 0 to 1284.
    pub fn font_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `LogoUrl`.
    ///
    /// Allowed: length 0 to 1284.
    pub fn logo_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CustomizationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomizationConfiguration> for ::forma_core::Value<CustomizationConfiguration> {
    fn from(v: CustomizationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOMIZATION_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::QBusiness::WebExperience`.
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

/// The schema of `AWS::QBusiness::WebExperience`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QBusiness::WebExperience",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9-]{35}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "BrowserExtensionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BROWSER_EXTENSION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CustomizationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOMIZATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IdentityProviderConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Origins",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(http:\\/\\/|https:\\/\\/)[a-zA-Z0-9-_.]+(?::[0-9]{1,5})?$"),
                    min_length: Some(1),
                    max_length: Some(64),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$",
                ),
                min_length: Some(0),
                max_length: Some(1284),
            }),
        },
        ::forma_core::schema::Property {
            name: "SamplePromptsControlMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Subtitle",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(500),
            }),
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
        ::forma_core::schema::Property {
            name: "Title",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "WelcomeMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(300),
            }),
        },
    ],
    rules: &[],
    attributes: &["CreatedAt", "DefaultEndpoint", "Status", "UpdatedAt", "WebExperienceArn", "WebExperienceId"],
};

static BROWSER_EXTENSION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::WebExperience.BrowserExtensionConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "EnabledBrowserExtensions",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Enum(&["FIREFOX", "CHROME"]),
            ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2) },
        ),
    }],
    rules: &[],
};

static CUSTOMIZATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::WebExperience.CustomizationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomCSSUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https?://[a-zA-Z0-9-_.+%/]+\\.css)?$"),
                min_length: Some(0),
                max_length: Some(1284),
            }),
        },
        ::forma_core::schema::Property {
            name: "FaviconUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https?://[a-zA-Z0-9-_.+%/]+\\.(svg|ico))?$"),
                min_length: Some(0),
                max_length: Some(1284),
            }),
        },
        ::forma_core::schema::Property {
            name: "FontUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https?://[a-zA-Z0-9-_.+%/]+\\.(ttf|woff|woff2|otf))?$"),
                min_length: Some(0),
                max_length: Some(1284),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogoUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https?://[a-zA-Z0-9-_.+%/]+\\.(svg|png))?$"),
                min_length: Some(0),
                max_length: Some(1284),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::WebExperience.Tag",
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
