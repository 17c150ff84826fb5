// @generated from AWS::Connect::Workspace (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::Workspace` and its property types.

/// Resource Type definition for AWS::Connect::Workspace
///
/// CloudFormation type `AWS::Connect::Workspace`.
#[derive(Debug, Clone, PartialEq)]
pub struct Workspace {
    props: ::forma_core::schema::Props,
}
impl Workspace {
    /// A new resource with its required properties: `InstanceArn`, `Name`.
    #[track_caller]
    pub fn new(
        instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The resource ARNs associated with the workspace
    #[track_caller]
    pub fn associations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the workspace
    ///
    /// Allowed: length 0 to 500.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The media items for the workspace
    #[track_caller]
    pub fn media(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MediaItem>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The pages associated with the workspace
    #[track_caller]
    pub fn pages(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<WorkspacePage>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The theme configuration for the workspace
    #[track_caller]
    pub fn theme(mut self, value: impl ::std::convert::Into<::forma_core::Value<WorkspaceTheme>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The title of the workspace
    ///
    /// Allowed: length 0 to 127.
    #[track_caller]
    pub fn title(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The visibility of the workspace.
    #[track_caller]
    pub fn visibility(mut self, value: impl ::forma_core::schema::EnumArg<Visibility>) -> Self {
        self.props.set_at(9, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Workspace {
    type Attributes = WorkspaceAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::Workspace"
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
/// The attributes of a `AWS::Connect::Workspace` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WorkspaceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WorkspaceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WorkspaceAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `ALL`, `ASSIGNED`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Visibility {
    /// `ALL`
    All,
    /// `ASSIGNED`
    Assigned,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Visibility {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Assigned => "ASSIGNED",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL", "ASSIGNED", "NONE"]
    }
}
impl ::std::convert::From<Visibility> for ::forma_core::Value<Visibility> {
    fn from(v: Visibility) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Visibility {}

/// The values CloudFormation documents: `IMAGE_LOGO_LIGHT_FAVICON`, `IMAGE_LOGO_DARK_FAVICON`, `IMAGE_LOGO_LIGHT_HORIZONTAL`, `IMAGE_LOGO_DARK_HORIZONTAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MediaType {
    /// `IMAGE_LOGO_LIGHT_FAVICON`
    ImageLogoLightFavicon,
    /// `IMAGE_LOGO_DARK_FAVICON`
    ImageLogoDarkFavicon,
    /// `IMAGE_LOGO_LIGHT_HORIZONTAL`
    ImageLogoLightHorizontal,
    /// `IMAGE_LOGO_DARK_HORIZONTAL`
    ImageLogoDarkHorizontal,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MediaType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ImageLogoLightFavicon => "IMAGE_LOGO_LIGHT_FAVICON",
            Self::ImageLogoDarkFavicon => "IMAGE_LOGO_DARK_FAVICON",
            Self::ImageLogoLightHorizontal => "IMAGE_LOGO_LIGHT_HORIZONTAL",
            Self::ImageLogoDarkHorizontal => "IMAGE_LOGO_DARK_HORIZONTAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "IMAGE_LOGO_LIGHT_FAVICON",
            "IMAGE_LOGO_DARK_FAVICON",
            "IMAGE_LOGO_LIGHT_HORIZONTAL",
            "IMAGE_LOGO_DARK_HORIZONTAL",
        ]
    }
}
impl ::std::convert::From<MediaType> for ::forma_core::Value<MediaType> {
    fn from(v: MediaType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MediaType {}

/// The `MediaItem` property type of `AWS::Connect::Workspace`.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaItem {
    props: ::forma_core::schema::Props,
}
impl MediaItem {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<MediaType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
    /// `Source`.
    ///
    /// Allowed: length 1 to 533333.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MediaItem> for ::forma_core::Value<MediaItem> {
    fn from(v: MediaItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEDIA_ITEM_TYPE.properties))
    }
}

/// The `WorkspacePage` property type of `AWS::Connect::Workspace`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkspacePage {
    props: ::forma_core::schema::Props,
}
impl WorkspacePage {
    /// A new value with its required properties: `Page`, `ResourceArn`.
    pub fn new(
        page: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, page.into().into_expr());
        props.set(2, resource_arn.into().into_expr());
        Self { props }
    }
    /// The input data for the page.
    ///
    /// Allowed: length 0 to 4096.
    pub fn input_data(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The slug for the page.
    ///
    /// Allowed: length 0 to 63.
    pub fn slug(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<WorkspacePage> for ::forma_core::Value<WorkspacePage> {
    fn from(v: WorkspacePage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKSPACE_PAGE_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The theme configuration for the Connect workspace
#[derive(Debug, Clone, PartialEq)]
pub struct WorkspaceTheme {
    props: ::forma_core::schema::Props,
}
impl WorkspaceTheme {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Dark`.
    pub fn dark(mut self, value: impl ::std::convert::Into<::forma_core::Value<WorkspaceThemeConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Light`.
    pub fn light(mut self, value: impl ::std::convert::Into<::forma_core::Value<WorkspaceThemeConfig>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WorkspaceTheme {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WorkspaceTheme> for ::forma_core::Value<WorkspaceTheme> {
    fn from(v: WorkspaceTheme) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKSPACE_THEME_TYPE.properties))
    }
}

/// The `WorkspaceThemeConfig` property type of `AWS::Connect::Workspace`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkspaceThemeConfig {
    props: ::forma_core::schema::Props,
}
impl WorkspaceThemeConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Palette`.
    pub fn palette(mut self, value: impl ::std::convert::Into<::forma_core::Value<WorkspaceThemePalette>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Typography`.
    pub fn typography(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WorkspaceThemeTypography>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WorkspaceThemeConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WorkspaceThemeConfig> for ::forma_core::Value<WorkspaceThemeConfig> {
    fn from(v: WorkspaceThemeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKSPACE_THEME_CONFIG_TYPE.properties))
    }
}

/// The `WorkspaceThemePalette` property type of `AWS::Connect::Workspace`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkspaceThemePalette {
    props: ::forma_core::schema::Props,
}
impl WorkspaceThemePalette {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Canvas`.
    pub fn canvas(mut self, value: impl ::std::convert::Into<::forma_core::Value<PaletteCanvas>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Header`.
    pub fn header(mut self, value: impl ::std::convert::Into<::forma_core::Value<PaletteHeader>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Navigation`.
    pub fn navigation(mut self, value: impl ::std::convert::Into<::forma_core::Value<PaletteNavigation>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Primary`.
    pub fn primary(mut self, value: impl ::std::convert::Into<::forma_core::Value<PalettePrimary>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WorkspaceThemePalette {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WorkspaceThemePalette> for ::forma_core::Value<WorkspaceThemePalette> {
    fn from(v: WorkspaceThemePalette) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKSPACE_THEME_PALETTE_TYPE.properties))
    }
}

/// The `WorkspaceThemeTypography` property type of `AWS::Connect::Workspace`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkspaceThemeTypography {
    props: ::forma_core::schema::Props,
}
impl WorkspaceThemeTypography {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FontFamily`.
    pub fn font_family(mut self, value: impl ::std::convert::Into<::forma_core::Value<FontFamily>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WorkspaceThemeTypography {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WorkspaceThemeTypography> for ::forma_core::Value<WorkspaceThemeTypography> {
    fn from(v: WorkspaceThemeTypography) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKSPACE_THEME_TYPOGRAPHY_TYPE.properties))
    }
}

/// The `PaletteCanvas` property type of `AWS::Connect::Workspace`.
#[derive(Debug, Clone, PartialEq)]
pub struct PaletteCanvas {
    props: ::forma_core::schema::Props,
}
impl PaletteCanvas {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ActiveBackground`.
    ///
    /// Allowed: length 1 to 127.
    pub fn active_background(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ContainerBackground`.
    ///
    /// Allowed: length 1 to 127.
    pub fn container_background(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `PageBackground`.
    ///
    /// Allowed: length 1 to 127.
    pub fn page_background(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PaletteCanvas {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PaletteCanvas> for ::forma_core::Value<PaletteCanvas> {
    fn from(v: PaletteCanvas) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PALETTE_CANVAS_TYPE.properties))
    }
}

/// The `PaletteHeader` property type of `AWS::Connect::Workspace`.
#[derive(Debug, Clone, PartialEq)]
pub struct PaletteHeader {
    props: ::forma_core::schema::Props,
}
impl PaletteHeader {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Background`.
    ///
    /// Allowed: length 1 to 127.
    pub fn background(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `InvertActionsColors`.
    pub fn invert_actions_colors(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Text`.
    ///
    /// Allowed: length 1 to 127.
    pub fn text(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `TextHover`.
    ///
    /// Allowed: length 1 to 127.
    pub fn text_hover(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PaletteHeader {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PaletteHeader> for ::forma_core::Value<PaletteHeader> {
    fn from(v: PaletteHeader) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PALETTE_HEADER_TYPE.properties))
    }
}

/// The `PaletteNavigation` property type of `AWS::Connect::Workspace`.
#[derive(Debug, Clone, PartialEq)]
pub struct PaletteNavigation {
    props: ::forma_core::schema::Props,
}
impl PaletteNavigation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Background`.
    ///
    /// Allowed: length 1 to 127.
    pub fn background(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `InvertActionsColors`.
    pub fn invert_actions_colors(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Text`.
    ///
    /// Allowed: length 1 to 127.
    pub fn text(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `TextActive`.
    ///
    /// Allowed: length 1 to 127.
    pub fn text_active(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `TextBackgroundActive`.
    ///
    /// Allowed: length 1 to 127.
    pub fn text_background_active(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `TextBackgroundHover`.
    ///
    /// Allowed: length 1 to 127.
    pub fn text_background_hover(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `TextHover`.
    ///
    /// Allowed: length 1 to 127.
    pub fn text_hover(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PaletteNavigation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PaletteNavigation> for ::forma_core::Value<PaletteNavigation> {
    fn from(v: PaletteNavigation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PALETTE_NAVIGATION_TYPE.properties))
    }
}

/// The `PalettePrimary` property type of `AWS::Connect::Workspace`.
#[derive(Debug, Clone, PartialEq)]
pub struct PalettePrimary {
    props: ::forma_core::schema::Props,
}
impl PalettePrimary {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Active`.
    ///
    /// Allowed: length 1 to 127.
    pub fn active(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ContrastText`.
    ///
    /// Allowed: length 1 to 127.
    pub fn contrast_text(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Default`.
    ///
    /// Allowed: length 1 to 127.
    pub fn default(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PalettePrimary {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PalettePrimary> for ::forma_core::Value<PalettePrimary> {
    fn from(v: PalettePrimary) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PALETTE_PRIMARY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ARIAL`, `COURIER_NEW`, `GEORGIA`, `TIMES_NEW_ROMAN`, `TREBUCHET`, `VERDANA`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WorkspaceFontFamily {
    /// `ARIAL`
    Arial,
    /// `COURIER_NEW`
    CourierNew,
    /// `GEORGIA`
    Georgia,
    /// `TIMES_NEW_ROMAN`
    TimesNewRoman,
    /// `TREBUCHET`
    Trebuchet,
    /// `VERDANA`
    Verdana,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WorkspaceFontFamily {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Arial => "ARIAL",
            Self::CourierNew => "COURIER_NEW",
            Self::Georgia => "GEORGIA",
            Self::TimesNewRoman => "TIMES_NEW_ROMAN",
            Self::Trebuchet => "TREBUCHET",
            Self::Verdana => "VERDANA",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ARIAL", "COURIER_NEW", "GEORGIA", "TIMES_NEW_ROMAN", "TREBUCHET", "VERDANA"]
    }
}
impl ::std::convert::From<WorkspaceFontFamily> for ::forma_core::Value<WorkspaceFontFamily> {
    fn from(v: WorkspaceFontFamily) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WorkspaceFontFamily {}

/// The `FontFamily` property type of `AWS::Connect::Workspace`.
#[derive(Debug, Clone, PartialEq)]
pub struct FontFamily {
    props: ::forma_core::schema::Props,
}
impl FontFamily {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Default`.
    pub fn default(mut self, value: impl ::forma_core::schema::EnumArg<WorkspaceFontFamily>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for FontFamily {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FontFamily> for ::forma_core::Value<FontFamily> {
    fn from(v: FontFamily) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FONT_FAMILY_TYPE.properties))
    }
}

/// The schema of `AWS::Connect::Workspace`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::Workspace",
    properties: &[
        ::forma_core::schema::Property {
            name: "Associations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\P{C}\r\n\t]*$"),
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Media",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MEDIA_ITEM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(4) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Pages",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&WORKSPACE_PAGE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
        ::forma_core::schema::Property {
            name: "Theme",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WORKSPACE_THEME_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Title",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\P{C}]*$"),
                min_length: Some(0),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Visibility",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL", "ASSIGNED", "NONE"]),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Id"],
};

static MEDIA_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Workspace.MediaItem",
    properties: &[
        ::forma_core::schema::Property {
            name: "Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(533333),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "IMAGE_LOGO_LIGHT_FAVICON",
                "IMAGE_LOGO_DARK_FAVICON",
                "IMAGE_LOGO_LIGHT_HORIZONTAL",
                "IMAGE_LOGO_DARK_HORIZONTAL",
            ]),
        },
    ],
    rules: &[],
};

static WORKSPACE_PAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Workspace.WorkspacePage",
    properties: &[
        ::forma_core::schema::Property {
            name: "InputData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "Page",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!\\.$)(?!\\.\\.$)[\\p{L}\\p{Z}\\p{N}\\-_.:=@'|]+$"),
                min_length: Some(1),
                max_length: Some(25),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Slug",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^$|^[\\p{L}\\p{Z}\\p{N}\\-_.:=@'|]{3,}$"),
                min_length: Some(0),
                max_length: Some(63),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Workspace.Tag",
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

static WORKSPACE_THEME_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Workspace.WorkspaceTheme",
    properties: &[
        ::forma_core::schema::Property {
            name: "Dark",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WORKSPACE_THEME_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Light",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WORKSPACE_THEME_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static WORKSPACE_THEME_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Workspace.WorkspaceThemeConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Palette",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WORKSPACE_THEME_PALETTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Typography",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WORKSPACE_THEME_TYPOGRAPHY_TYPE),
        },
    ],
    rules: &[],
};

static WORKSPACE_THEME_PALETTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Workspace.WorkspaceThemePalette",
    properties: &[
        ::forma_core::schema::Property {
            name: "Canvas",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PALETTE_CANVAS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Header",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PALETTE_HEADER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Navigation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PALETTE_NAVIGATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Primary",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PALETTE_PRIMARY_TYPE),
        },
    ],
    rules: &[],
};

static WORKSPACE_THEME_TYPOGRAPHY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Workspace.WorkspaceThemeTypography",
    properties: &[::forma_core::schema::Property {
        name: "FontFamily",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&FONT_FAMILY_TYPE),
    }],
    rules: &[],
};

static PALETTE_CANVAS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Workspace.PaletteCanvas",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActiveBackground",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "ContainerBackground",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "PageBackground",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
    ],
    rules: &[],
};

static PALETTE_HEADER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Workspace.PaletteHeader",
    properties: &[
        ::forma_core::schema::Property {
            name: "Background",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "InvertActionsColors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Text",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "TextHover",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
    ],
    rules: &[],
};

static PALETTE_NAVIGATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Workspace.PaletteNavigation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Background",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "InvertActionsColors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Text",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "TextActive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "TextBackgroundActive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "TextBackgroundHover",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "TextHover",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
    ],
    rules: &[],
};

static PALETTE_PRIMARY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Workspace.PalettePrimary",
    properties: &[
        ::forma_core::schema::Property {
            name: "Active",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "ContrastText",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Default",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
    ],
    rules: &[],
};

static FONT_FAMILY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Workspace.FontFamily",
    properties: &[::forma_core::schema::Property {
        name: "Default",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&[
            "ARIAL",
            "COURIER_NEW",
            "GEORGIA",
            "TIMES_NEW_ROMAN",
            "TREBUCHET",
            "VERDANA",
        ]),
    }],
    rules: &[],
};
