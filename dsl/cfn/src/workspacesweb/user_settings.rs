// @generated from AWS::WorkSpacesWeb::UserSettings (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WorkSpacesWeb::UserSettings` and its property types.

/// Definition of AWS::WorkSpacesWeb::UserSettings Resource Type
///
/// CloudFormation type `AWS::WorkSpacesWeb::UserSettings`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserSettings {
    props: ::forma_core::schema::Props,
}
impl UserSettings {
    /// A new resource with its required properties: `CopyAllowed`, `DownloadAllowed`, `PasteAllowed`, `PrintAllowed`, `UploadAllowed`.
    #[track_caller]
    pub fn new(
        copy_allowed: impl ::forma_core::schema::EnumArg<EnabledType>,
        download_allowed: impl ::forma_core::schema::EnumArg<EnabledType>,
        paste_allowed: impl ::forma_core::schema::EnumArg<EnabledType>,
        print_allowed: impl ::forma_core::schema::EnumArg<EnabledType>,
        upload_allowed: impl ::forma_core::schema::EnumArg<EnabledType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, copy_allowed.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(7, download_allowed.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(9, paste_allowed.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(10, print_allowed.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(13, upload_allowed.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AdditionalEncryptionContext`.
    #[track_caller]
    pub fn additional_encryption_context(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BrandingConfiguration`.
    #[track_caller]
    pub fn branding_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BrandingConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CookieSynchronizationConfiguration`.
    #[track_caller]
    pub fn cookie_synchronization_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CookieSynchronizationConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CustomerManagedKey`.
    ///
    /// Allowed: length 20 to 2048.
    #[track_caller]
    pub fn customer_managed_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DeepLinkAllowed`.
    #[track_caller]
    pub fn deep_link_allowed(mut self, value: impl ::forma_core::schema::EnumArg<EnabledType>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DisconnectTimeoutInMinutes`.
    ///
    /// Allowed: 1 to 600.
    #[track_caller]
    pub fn disconnect_timeout_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IdleDisconnectTimeoutInMinutes`.
    ///
    /// Allowed: 0 to 60.
    #[track_caller]
    pub fn idle_disconnect_timeout_in_minutes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ToolbarConfiguration`.
    #[track_caller]
    pub fn toolbar_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ToolbarConfiguration>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `WebAuthnAllowed`.
    #[track_caller]
    pub fn web_authn_allowed(mut self, value: impl ::forma_core::schema::EnumArg<EnabledType>) -> Self {
        self.props.set_at(14, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for UserSettings {
    type Attributes = UserSettingsAttributes;
    fn type_name(&self) -> &str {
        "AWS::WorkSpacesWeb::UserSettings"
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
/// The attributes of a `AWS::WorkSpacesWeb::UserSettings` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UserSettingsAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UserSettingsAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl UserSettingsAttributes {
    /// `Fn::GetAtt` `AssociatedPortalArns`.
    pub fn associated_portal_arns(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "AssociatedPortalArns")
    }
    /// `Fn::GetAtt` `UserSettingsArn`.
    pub fn user_settings_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UserSettingsArn")
    }
    /// `Fn::GetAtt` `BrandingConfiguration.LogoMetadata`.
    pub fn branding_configuration_logo_metadata(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "BrandingConfiguration.LogoMetadata")
    }
    /// `Fn::GetAtt` `BrandingConfiguration.FaviconMetadata`.
    pub fn branding_configuration_favicon_metadata(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "BrandingConfiguration.FaviconMetadata")
    }
    /// `Fn::GetAtt` `BrandingConfiguration.WallpaperMetadata`.
    pub fn branding_configuration_wallpaper_metadata(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "BrandingConfiguration.WallpaperMetadata")
    }
}

/// The values CloudFormation documents: `Disabled`, `Enabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnabledType {
    /// `Disabled`
    Disabled,
    /// `Enabled`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EnabledType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "Disabled",
            Self::Enabled => "Enabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Disabled", "Enabled"]
    }
}
impl ::std::convert::From<EnabledType> for ::forma_core::Value<EnabledType> {
    fn from(v: EnabledType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EnabledType {}

/// The values CloudFormation documents: `Light`, `Dark`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ColorTheme {
    /// `Light`
    Light,
    /// `Dark`
    Dark,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ColorTheme {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Light => "Light",
            Self::Dark => "Dark",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Light", "Dark"]
    }
}
impl ::std::convert::From<ColorTheme> for ::forma_core::Value<ColorTheme> {
    fn from(v: ColorTheme) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ColorTheme {}

/// The `BrandingConfiguration` property type of `AWS::WorkSpacesWeb::UserSettings`.
#[derive(Debug, Clone, PartialEq)]
pub struct BrandingConfiguration {
    props: ::forma_core::schema::Props,
}
impl BrandingConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ColorTheme`.
    pub fn color_theme(mut self, value: impl ::forma_core::schema::EnumArg<ColorTheme>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Favicon`.
    pub fn favicon(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `FaviconMetadata`.
    pub fn favicon_metadata(mut self, value: impl ::std::convert::Into<::forma_core::Value<ImageMetadata>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `LocalizedStrings`.
    pub fn localized_strings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Logo`.
    pub fn logo(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `LogoMetadata`.
    pub fn logo_metadata(mut self, value: impl ::std::convert::Into<::forma_core::Value<ImageMetadata>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `TermsOfService`.
    ///
    /// Allowed: length 0 to 153600.
    pub fn terms_of_service(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Wallpaper`.
    pub fn wallpaper(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `WallpaperMetadata`.
    pub fn wallpaper_metadata(mut self, value: impl ::std::convert::Into<::forma_core::Value<ImageMetadata>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BrandingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BrandingConfiguration> for ::forma_core::Value<BrandingConfiguration> {
    fn from(v: BrandingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BRANDING_CONFIGURATION_TYPE.properties))
    }
}

/// The `CookieSynchronizationConfiguration` property type of `AWS::WorkSpacesWeb::UserSettings`.
#[derive(Debug, Clone, PartialEq)]
pub struct CookieSynchronizationConfiguration {
    props: ::forma_core::schema::Props,
}
impl CookieSynchronizationConfiguration {
    /// A new value with its required properties: `Allowlist`.
    pub fn new(
        allowlist: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CookieSpecification>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, allowlist.into().into_expr());
        Self { props }
    }
    /// `Blocklist`.
    pub fn blocklist(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CookieSpecification>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CookieSynchronizationConfiguration>
    for ::forma_core::Value<CookieSynchronizationConfiguration>
{
    fn from(v: CookieSynchronizationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COOKIE_SYNCHRONIZATION_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::WorkSpacesWeb::UserSettings`.
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

/// The values CloudFormation documents: `Windows`, `DualMonitor`, `FullScreen`, `Webcam`, `Microphone`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ToolbarItem {
    /// `Windows`
    Windows,
    /// `DualMonitor`
    DualMonitor,
    /// `FullScreen`
    FullScreen,
    /// `Webcam`
    Webcam,
    /// `Microphone`
    Microphone,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ToolbarItem {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Windows => "Windows",
            Self::DualMonitor => "DualMonitor",
            Self::FullScreen => "FullScreen",
            Self::Webcam => "Webcam",
            Self::Microphone => "Microphone",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Windows", "DualMonitor", "FullScreen", "Webcam", "Microphone"]
    }
}
impl ::std::convert::From<ToolbarItem> for ::forma_core::Value<ToolbarItem> {
    fn from(v: ToolbarItem) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ToolbarItem {}

/// The values CloudFormation documents: `size4096X2160`, `size3840X2160`, `size3440X1440`, `size2560X1440`, `size1920X1080`, `size1280X720`, `size1024X768`, `size800X600`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MaxDisplayResolution {
    /// `size4096X2160`
    Size4096X2160,
    /// `size3840X2160`
    Size3840X2160,
    /// `size3440X1440`
    Size3440X1440,
    /// `size2560X1440`
    Size2560X1440,
    /// `size1920X1080`
    Size1920X1080,
    /// `size1280X720`
    Size1280X720,
    /// `size1024X768`
    Size1024X768,
    /// `size800X600`
    Size800X600,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MaxDisplayResolution {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Size4096X2160 => "size4096X2160",
            Self::Size3840X2160 => "size3840X2160",
            Self::Size3440X1440 => "size3440X1440",
            Self::Size2560X1440 => "size2560X1440",
            Self::Size1920X1080 => "size1920X1080",
            Self::Size1280X720 => "size1280X720",
            Self::Size1024X768 => "size1024X768",
            Self::Size800X600 => "size800X600",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "size4096X2160",
            "size3840X2160",
            "size3440X1440",
            "size2560X1440",
            "size1920X1080",
            "size1280X720",
            "size1024X768",
            "size800X600",
        ]
    }
}
impl ::std::convert::From<MaxDisplayResolution> for ::forma_core::Value<MaxDisplayResolution> {
    fn from(v: MaxDisplayResolution) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MaxDisplayResolution {}

/// The values CloudFormation documents: `Floating`, `Docked`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ToolbarType {
    /// `Floating`
    Floating,
    /// `Docked`
    Docked,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ToolbarType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Floating => "Floating",
            Self::Docked => "Docked",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Floating", "Docked"]
    }
}
impl ::std::convert::From<ToolbarType> for ::forma_core::Value<ToolbarType> {
    fn from(v: ToolbarType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ToolbarType {}

/// The values CloudFormation documents: `Dark`, `Light`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VisualMode {
    /// `Dark`
    Dark,
    /// `Light`
    Light,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VisualMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dark => "Dark",
            Self::Light => "Light",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Dark", "Light"]
    }
}
impl ::std::convert::From<VisualMode> for ::forma_core::Value<VisualMode> {
    fn from(v: VisualMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VisualMode {}

/// The `ToolbarConfiguration` property type of `AWS::WorkSpacesWeb::UserSettings`.
#[derive(Debug, Clone, PartialEq)]
pub struct ToolbarConfiguration {
    props: ::forma_core::schema::Props,
}
impl ToolbarConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `HiddenToolbarItems`.
    pub fn hidden_toolbar_items(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ToolbarItem>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaxDisplayResolution`.
    pub fn max_display_resolution(mut self, value: impl ::forma_core::schema::EnumArg<MaxDisplayResolution>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `ToolbarType`.
    pub fn toolbar_type(mut self, value: impl ::forma_core::schema::EnumArg<ToolbarType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `VisualMode`.
    pub fn visual_mode(mut self, value: impl ::forma_core::schema::EnumArg<VisualMode>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ToolbarConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ToolbarConfiguration> for ::forma_core::Value<ToolbarConfiguration> {
    fn from(v: ToolbarConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOOLBAR_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `image/png`, `image/jpeg`, `image/x-icon`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MimeType {
    /// `image/png`
    ImagePng,
    /// `image/jpeg`
    ImageJpeg,
    /// `image/x-icon`
    ImageXIcon,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MimeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ImagePng => "image/png",
            Self::ImageJpeg => "image/jpeg",
            Self::ImageXIcon => "image/x-icon",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["image/png", "image/jpeg", "image/x-icon"]
    }
}
impl ::std::convert::From<MimeType> for ::forma_core::Value<MimeType> {
    fn from(v: MimeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MimeType {}

/// The `ImageMetadata` property type of `AWS::WorkSpacesWeb::UserSettings`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageMetadata {
    props: ::forma_core::schema::Props,
}
impl ImageMetadata {
    /// A new value with its required properties: `FileExtension`, `LastUploadTimestamp`, `MimeType`.
    pub fn new(
        file_extension: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        last_upload_timestamp: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        mime_type: impl ::forma_core::schema::EnumArg<MimeType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, file_extension.into().into_expr());
        props.set(1, last_upload_timestamp.into().into_expr());
        props.set(2, mime_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ImageMetadata> for ::forma_core::Value<ImageMetadata> {
    fn from(v: ImageMetadata) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_METADATA_TYPE.properties))
    }
}

/// The `LocalizedBrandingStrings` property type of `AWS::WorkSpacesWeb::UserSettings`.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalizedBrandingStrings {
    props: ::forma_core::schema::Props,
}
impl LocalizedBrandingStrings {
    /// A new value with its required properties: `BrowserTabTitle`, `WelcomeText`.
    pub fn new(
        browser_tab_title: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        welcome_text: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, browser_tab_title.into().into_expr());
        props.set(7, welcome_text.into().into_expr());
        Self { props }
    }
    /// `ContactButtonText`.
    pub fn contact_button_text(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ContactLink`.
    pub fn contact_link(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `LoadingText`.
    pub fn loading_text(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `LoginButtonText`.
    pub fn login_button_text(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `LoginDescription`.
    pub fn login_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `LoginTitle`.
    pub fn login_title(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LocalizedBrandingStrings> for ::forma_core::Value<LocalizedBrandingStrings> {
    fn from(v: LocalizedBrandingStrings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOCALIZED_BRANDING_STRINGS_TYPE.properties))
    }
}

/// The `CookieSpecification` property type of `AWS::WorkSpacesWeb::UserSettings`.
#[derive(Debug, Clone, PartialEq)]
pub struct CookieSpecification {
    props: ::forma_core::schema::Props,
}
impl CookieSpecification {
    /// A new value with its required properties: `Domain`.
    pub fn new(domain: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, domain.into().into_expr());
        Self { props }
    }
    /// `Name`.
    ///
    /// Allowed: length 0 to 4096.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Path`.
    ///
    /// Allowed: length 0 to 2000.
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CookieSpecification> for ::forma_core::Value<CookieSpecification> {
    fn from(v: CookieSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COOKIE_SPECIFICATION_TYPE.properties))
    }
}

/// The schema of `AWS::WorkSpacesWeb::UserSettings`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WorkSpacesWeb::UserSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalEncryptionContext",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("^[\\s\\S]*$"),
                    min_length: Some(0),
                    max_length: Some(131072),
                },
            )),
        },
        ::forma_core::schema::Property {
            name: "BrandingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BRANDING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CookieSynchronizationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COOKIE_SYNCHRONIZATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CopyAllowed",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Disabled", "Enabled"]),
        },
        ::forma_core::schema::Property {
            name: "CustomerManagedKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[\\w+=\\/,.@-]+:kms:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:key\\/[a-zA-Z0-9-]+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "DeepLinkAllowed",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Disabled", "Enabled"]),
        },
        ::forma_core::schema::Property {
            name: "DisconnectTimeoutInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "DownloadAllowed",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Disabled", "Enabled"]),
        },
        ::forma_core::schema::Property {
            name: "IdleDisconnectTimeoutInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(60.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "PasteAllowed",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Disabled", "Enabled"]),
        },
        ::forma_core::schema::Property {
            name: "PrintAllowed",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Disabled", "Enabled"]),
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
            name: "ToolbarConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TOOLBAR_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UploadAllowed",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Disabled", "Enabled"]),
        },
        ::forma_core::schema::Property {
            name: "WebAuthnAllowed",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Disabled", "Enabled"]),
        },
    ],
    rules: &[],
    attributes: &[
        "AssociatedPortalArns",
        "UserSettingsArn",
        "BrandingConfiguration.LogoMetadata",
        "BrandingConfiguration.FaviconMetadata",
        "BrandingConfiguration.WallpaperMetadata",
    ],
};

static BRANDING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpacesWeb::UserSettings.BrandingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColorTheme",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Light", "Dark"]),
        },
        ::forma_core::schema::Property {
            name: "Favicon",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(^s3://[a-z0-9][a-z0-9\\.\\-]{1,61}[a-z0-9]/.+$)|(^(?=(.{4})*$)[A-Za-z0-9+/]*={0,2}$)"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FaviconMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IMAGE_METADATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LocalizedStrings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(
                &LOCALIZED_BRANDING_STRINGS_TYPE,
            )),
        },
        ::forma_core::schema::Property {
            name: "Logo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(^s3://[a-z0-9][a-z0-9\\.\\-]{1,61}[a-z0-9]/.+$)|(^(?=(.{4})*$)[A-Za-z0-9+/]*={0,2}$)"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LogoMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IMAGE_METADATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TermsOfService",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(153600),
            }),
        },
        ::forma_core::schema::Property {
            name: "Wallpaper",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(^s3://[a-z0-9][a-z0-9\\.\\-]{1,61}[a-z0-9]/.+$)|(^(?=(.{4})*$)[A-Za-z0-9+/]*={0,2}$)"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "WallpaperMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IMAGE_METADATA_TYPE),
        },
    ],
    rules: &[],
};

static COOKIE_SYNCHRONIZATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::WorkSpacesWeb::UserSettings.CookieSynchronizationConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Allowlist",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&COOKIE_SPECIFICATION_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
                ),
            },
            ::forma_core::schema::Property {
                name: "Blocklist",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&COOKIE_SPECIFICATION_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
                ),
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpacesWeb::UserSettings.Tag",
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

static TOOLBAR_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpacesWeb::UserSettings.ToolbarConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "HiddenToolbarItems",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["Windows", "DualMonitor", "FullScreen", "Webcam", "Microphone"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MaxDisplayResolution",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "size4096X2160",
                "size3840X2160",
                "size3440X1440",
                "size2560X1440",
                "size1920X1080",
                "size1280X720",
                "size1024X768",
                "size800X600",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ToolbarType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Floating", "Docked"]),
        },
        ::forma_core::schema::Property {
            name: "VisualMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Dark", "Light"]),
        },
    ],
    rules: &[],
};

static IMAGE_METADATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpacesWeb::UserSettings.ImageMetadata",
    properties: &[
        ::forma_core::schema::Property {
            name: "FileExtension",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(131072),
            }),
        },
        ::forma_core::schema::Property {
            name: "LastUploadTimestamp",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MimeType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["image/png", "image/jpeg", "image/x-icon"]),
        },
    ],
    rules: &[],
};

static LOCALIZED_BRANDING_STRINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpacesWeb::UserSettings.LocalizedBrandingStrings",
    properties: &[
        ::forma_core::schema::Property {
            name: "BrowserTabTitle",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^<>&'`~\\\\]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ContactButtonText",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^<>&'`~\\\\]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ContactLink",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https?://|mailto:).*"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LoadingText",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^<>&'`~\\\\]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LoginButtonText",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^<>&'`~\\\\]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LoginDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^<>&'`~\\\\]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LoginTitle",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^<>&'`~\\\\]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "WelcomeText",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^<>&'`~\\\\]*$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static COOKIE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpacesWeb::UserSettings.CookieSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "Domain",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(\\.?)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$"),
                min_length: Some(0),
                max_length: Some(253),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^/(\\S)*$"),
                min_length: Some(0),
                max_length: Some(2000),
            }),
        },
    ],
    rules: &[],
};
