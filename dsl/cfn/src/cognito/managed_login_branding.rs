// @generated from AWS::Cognito::ManagedLoginBranding (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cognito::ManagedLoginBranding` and its property types.

/// Resource Type definition for AWS::Cognito::ManagedLoginBranding
///
/// CloudFormation type `AWS::Cognito::ManagedLoginBranding`.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedLoginBranding {
    props: ::forma_core::schema::Props,
}
impl ManagedLoginBranding {
    /// A new resource with its required properties: `UserPoolId`.
    #[track_caller]
    pub fn new(user_pool_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, user_pool_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Assets`.
    #[track_caller]
    pub fn assets(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AssetType>>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ClientId`.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn client_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ReturnMergedResources`.
    #[track_caller]
    pub fn return_merged_resources(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Settings`.
    #[track_caller]
    pub fn settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UseCognitoProvidedValues`.
    #[track_caller]
    pub fn use_cognito_provided_values(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ManagedLoginBranding {
    type Attributes = ManagedLoginBrandingAttributes;
    fn type_name(&self) -> &str {
        "AWS::Cognito::ManagedLoginBranding"
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
/// The attributes of a `AWS::Cognito::ManagedLoginBranding` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ManagedLoginBrandingAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ManagedLoginBrandingAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ManagedLoginBrandingAttributes {
    /// `Fn::GetAtt` `ManagedLoginBrandingId`.
    pub fn managed_login_branding_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ManagedLoginBrandingId")
    }
}

/// The values CloudFormation documents: `FAVICON_ICO`, `FAVICON_SVG`, `EMAIL_GRAPHIC`, `SMS_GRAPHIC`, `AUTH_APP_GRAPHIC`, `PASSWORD_GRAPHIC`, `PASSKEY_GRAPHIC`, `PAGE_HEADER_LOGO`, `PAGE_HEADER_BACKGROUND`, `PAGE_FOOTER_LOGO`, `PAGE_FOOTER_BACKGROUND`, `PAGE_BACKGROUND`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CategoryType {
    /// `FAVICON_ICO`
    FaviconIco,
    /// `FAVICON_SVG`
    FaviconSvg,
    /// `EMAIL_GRAPHIC`
    EmailGraphic,
    /// `SMS_GRAPHIC`
    SmsGraphic,
    /// `AUTH_APP_GRAPHIC`
    AuthAppGraphic,
    /// `PASSWORD_GRAPHIC`
    PasswordGraphic,
    /// `PASSKEY_GRAPHIC`
    PasskeyGraphic,
    /// `PAGE_HEADER_LOGO`
    PageHeaderLogo,
    /// `PAGE_HEADER_BACKGROUND`
    PageHeaderBackground,
    /// `PAGE_FOOTER_LOGO`
    PageFooterLogo,
    /// `PAGE_FOOTER_BACKGROUND`
    PageFooterBackground,
    /// `PAGE_BACKGROUND`
    PageBackground,
    /// `FORM_BACKGROUND`
    FormBackground,
    /// `FORM_LOGO`
    FormLogo,
    /// `IDP_BUTTON_ICON`
    IdpButtonIcon,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CategoryType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FaviconIco => "FAVICON_ICO",
            Self::FaviconSvg => "FAVICON_SVG",
            Self::EmailGraphic => "EMAIL_GRAPHIC",
            Self::SmsGraphic => "SMS_GRAPHIC",
            Self::AuthAppGraphic => "AUTH_APP_GRAPHIC",
            Self::PasswordGraphic => "PASSWORD_GRAPHIC",
            Self::PasskeyGraphic => "PASSKEY_GRAPHIC",
            Self::PageHeaderLogo => "PAGE_HEADER_LOGO",
            Self::PageHeaderBackground => "PAGE_HEADER_BACKGROUND",
            Self::PageFooterLogo => "PAGE_FOOTER_LOGO",
            Self::PageFooterBackground => "PAGE_FOOTER_BACKGROUND",
            Self::PageBackground => "PAGE_BACKGROUND",
            Self::FormBackground => "FORM_BACKGROUND",
            Self::FormLogo => "FORM_LOGO",
            Self::IdpButtonIcon => "IDP_BUTTON_ICON",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "FAVICON_ICO",
            "FAVICON_SVG",
            "EMAIL_GRAPHIC",
            "SMS_GRAPHIC",
            "AUTH_APP_GRAPHIC",
            "PASSWORD_GRAPHIC",
            "PASSKEY_GRAPHIC",
            "PAGE_HEADER_LOGO",
            "PAGE_HEADER_BACKGROUND",
            "PAGE_FOOTER_LOGO",
            "PAGE_FOOTER_BACKGROUND",
            "PAGE_BACKGROUND",
            "FORM_BACKGROUND",
            "FORM_LOGO",
            "IDP_BUTTON_ICON",
        ]
    }
}
impl ::std::convert::From<CategoryType> for ::forma_core::Value<CategoryType> {
    fn from(v: CategoryType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CategoryType {}

/// The values CloudFormation documents: `LIGHT`, `DARK`, `DYNAMIC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ColorModeType {
    /// `LIGHT`
    Light,
    /// `DARK`
    Dark,
    /// `DYNAMIC`
    Dynamic,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ColorModeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Light => "LIGHT",
            Self::Dark => "DARK",
            Self::Dynamic => "DYNAMIC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LIGHT", "DARK", "DYNAMIC"]
    }
}
impl ::std::convert::From<ColorModeType> for ::forma_core::Value<ColorModeType> {
    fn from(v: ColorModeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ColorModeType {}

/// The values CloudFormation documents: `ICO`, `JPEG`, `PNG`, `SVG`, `WEBP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExtensionType {
    /// `ICO`
    Ico,
    /// `JPEG`
    Jpeg,
    /// `PNG`
    Png,
    /// `SVG`
    Svg,
    /// `WEBP`
    Webp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ExtensionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ico => "ICO",
            Self::Jpeg => "JPEG",
            Self::Png => "PNG",
            Self::Svg => "SVG",
            Self::Webp => "WEBP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ICO", "JPEG", "PNG", "SVG", "WEBP"]
    }
}
impl ::std::convert::From<ExtensionType> for ::forma_core::Value<ExtensionType> {
    fn from(v: ExtensionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ExtensionType {}

/// The `AssetType` property type of `AWS::Cognito::ManagedLoginBranding`.
#[derive(Debug, Clone, PartialEq)]
pub struct AssetType {
    props: ::forma_core::schema::Props,
}
impl AssetType {
    /// A new value with its required properties: `Category`, `ColorMode`, `Extension`.
    pub fn new(
        category: impl ::forma_core::schema::EnumArg<CategoryType>,
        color_mode: impl ::forma_core::schema::EnumArg<ColorModeType>,
        extension: impl ::forma_core::schema::EnumArg<ExtensionType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, category.into_enum_expr());
        props.set(2, color_mode.into_enum_expr());
        props.set(3, extension.into_enum_expr());
        Self { props }
    }
    /// `Bytes`.
    ///
    /// Allowed: length 0 to 1000000.
    pub fn bytes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ResourceId`.
    ///
    /// Allowed: length 1 to 40.
    pub fn resource_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AssetType> for ::forma_core::Value<AssetType> {
    fn from(v: AssetType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSET_TYPE_TYPE.properties))
    }
}

/// The schema of `AWS::Cognito::ManagedLoginBranding`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Cognito::ManagedLoginBranding",
    properties: &[
        ::forma_core::schema::Property {
            name: "Assets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ASSET_TYPE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(40) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ClientId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w+]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ReturnMergedResources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "UseCognitoProvidedValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
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
    ],
    rules: &[],
    attributes: &["ManagedLoginBrandingId"],
};

static ASSET_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::ManagedLoginBranding.AssetType",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bytes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1000000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Category",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "FAVICON_ICO",
                "FAVICON_SVG",
                "EMAIL_GRAPHIC",
                "SMS_GRAPHIC",
                "AUTH_APP_GRAPHIC",
                "PASSWORD_GRAPHIC",
                "PASSKEY_GRAPHIC",
                "PAGE_HEADER_LOGO",
                "PAGE_HEADER_BACKGROUND",
                "PAGE_FOOTER_LOGO",
                "PAGE_FOOTER_BACKGROUND",
                "PAGE_BACKGROUND",
                "FORM_BACKGROUND",
                "FORM_LOGO",
                "IDP_BUTTON_ICON",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ColorMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LIGHT", "DARK", "DYNAMIC"]),
        },
        ::forma_core::schema::Property {
            name: "Extension",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ICO", "JPEG", "PNG", "SVG", "WEBP"]),
        },
        ::forma_core::schema::Property {
            name: "ResourceId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w\\- ]+$"),
                min_length: Some(1),
                max_length: Some(40),
            }),
        },
    ],
    rules: &[],
};
