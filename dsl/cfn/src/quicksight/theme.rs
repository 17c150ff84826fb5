// @generated from AWS::QuickSight::Theme (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QuickSight::Theme` and its property types.

/// Definition of the AWS::QuickSight::Theme Resource Type.
///
/// CloudFormation type `AWS::QuickSight::Theme`.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    props: ::forma_core::schema::Props,
}
impl Theme {
    /// A new resource with its required properties: `AwsAccountId`, `BaseThemeId`, `Configuration`, `Name`, `ThemeId`.
    #[track_caller]
    pub fn new(
        aws_account_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        base_theme_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        configuration: impl ::std::convert::Into<::forma_core::Value<ThemeConfiguration>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        theme_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, aws_account_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, base_theme_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, theme_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Permissions`.
    #[track_caller]
    pub fn permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourcePermission>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VersionDescription`.
    ///
    /// Allowed: length 1 to 512.
    #[track_caller]
    pub fn version_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Theme {
    type Attributes = ThemeAttributes;
    fn type_name(&self) -> &str {
        "AWS::QuickSight::Theme"
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
/// The attributes of a `AWS::QuickSight::Theme` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ThemeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ThemeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ThemeAttributes {
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
    /// `Fn::GetAtt` `Version`.
    pub fn version(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Version")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Type`.
    pub fn type_(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Type")
    }
}

/// <p>The theme configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeConfiguration {
    props: ::forma_core::schema::Props,
}
impl ThemeConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>The theme colors that are used for data colors in charts.
    pub fn data_color_palette(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataColorPalette>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>The theme display options for sheets.
    pub fn sheet(mut self, value: impl ::std::convert::Into<::forma_core::Value<SheetStyle>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Typography`.
    pub fn typography(mut self, value: impl ::std::convert::Into<::forma_core::Value<Typography>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// <p>The theme colors that apply to UI and to charts, excluding data colors.
    pub fn ui_color_palette(mut self, value: impl ::std::convert::Into<::forma_core::Value<UiColorPalette>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ThemeConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ThemeConfiguration> for ::forma_core::Value<ThemeConfiguration> {
    fn from(v: ThemeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(THEME_CONFIGURATION_TYPE.properties))
    }
}

/// <p>Permission for the resource.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct ResourcePermission {
    props: ::forma_core::schema::Props,
}
impl ResourcePermission {
    /// A new value with its required properties: `Actions`, `Principal`.
    pub fn new(
        actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        principal: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, actions.into().into_expr());
        props.set(1, principal.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ResourcePermission> for ::forma_core::Value<ResourcePermission> {
    fn from(v: ResourcePermission) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_PERMISSION_TYPE.properties))
    }
}

/// <p>The key or keys of the key-value pairs for the resource tag or tags assigned to the resource.</p>
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

/// <p>The theme colors that are used for data colors in charts.
#[derive(Debug, Clone, PartialEq)]
pub struct DataColorPalette {
    props: ::forma_core::schema::Props,
}
impl DataColorPalette {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>The hexadecimal codes for the colors.</p>
    pub fn colors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>The hexadecimal code of a color that applies to charts where a lack of data is highlighted.</p>
    pub fn empty_fill_color(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>The minimum and maximum hexadecimal codes that describe a color gradient.
    pub fn min_max_gradient(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataColorPalette {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataColorPalette> for ::forma_core::Value<DataColorPalette> {
    fn from(v: DataColorPalette) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_COLOR_PALETTE_TYPE.properties))
    }
}

/// <p>The theme display options for sheets.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetStyle {
    props: ::forma_core::schema::Props,
}
impl SheetStyle {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Background`.
    pub fn background(mut self, value: impl ::std::convert::Into<::forma_core::Value<SheetBackgroundStyle>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>Display options related to tiles on a sheet.</p>
    pub fn tile(mut self, value: impl ::std::convert::Into<::forma_core::Value<TileStyle>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>The display options for the layout of tiles on a sheet.</p>
    pub fn tile_layout(mut self, value: impl ::std::convert::Into<::forma_core::Value<TileLayoutStyle>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SheetStyle {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SheetStyle> for ::forma_core::Value<SheetStyle> {
    fn from(v: SheetStyle) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SHEET_STYLE_TYPE.properties))
    }
}

/// The `Typography` property type of `AWS::QuickSight::Theme`.
#[derive(Debug, Clone, PartialEq)]
pub struct Typography {
    props: ::forma_core::schema::Props,
}
impl Typography {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AxisLabelFontConfiguration`.
    pub fn axis_label_font_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FontConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AxisTitleFontConfiguration`.
    pub fn axis_title_font_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FontConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DataLabelFontConfiguration`.
    pub fn data_label_font_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FontConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `FontFamilies`.
    pub fn font_families(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Font>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `LegendTitleFontConfiguration`.
    pub fn legend_title_font_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FontConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `LegendValueFontConfiguration`.
    pub fn legend_value_font_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FontConfiguration>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `VisualSubtitleFontConfiguration`.
    pub fn visual_subtitle_font_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VisualSubtitleFontConfiguration>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `VisualTitleFontConfiguration`.
    pub fn visual_title_font_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VisualTitleFontConfiguration>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Typography {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Typography> for ::forma_core::Value<Typography> {
    fn from(v: Typography) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TYPOGRAPHY_TYPE.properties))
    }
}

/// <p>The theme colors that apply to UI and to charts, excluding data colors.
#[derive(Debug, Clone, PartialEq)]
pub struct UiColorPalette {
    props: ::forma_core::schema::Props,
}
impl UiColorPalette {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>This color is that applies to selected states and buttons.</p>
    pub fn accent(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>The foreground color that applies to any text or other elements that appear over the accent color.</p>
    pub fn accent_foreground(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>The color that applies to error messages.</p>
    pub fn danger(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// <p>The foreground color that applies to any text or other elements that appear over the error color.</p>
    pub fn danger_foreground(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// <p>The color that applies to the names of fields that are identified as dimensions.</p>
    pub fn dimension(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// <p>The foreground color that applies to any text or other elements that appear over the dimension color.</p>
    pub fn dimension_foreground(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// <p>The color that applies to the names of fields that are identified as measures.</p>
    pub fn measure(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// <p>The foreground color that applies to any text or other elements that appear over the measure color.</p>
    pub fn measure_foreground(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// <p>The background color that applies to visuals and other high emphasis UI.</p>
    pub fn primary_background(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// <p>The color of text and other foreground elements that appear over the primary background regions, such as grid lines, borders, table banding, icons, and so on.</p>
    pub fn primary_foreground(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// <p>The background color that applies to the sheet background and sheet controls.</p>
    pub fn secondary_background(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// <p>The foreground color that applies to any sheet title, sheet control text, or UI that appears over the secondary background.</p>
    pub fn secondary_foreground(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// <p>The color that applies to success messages, for example the check mark for a successful download.</p>
    pub fn success(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// <p>The foreground color that applies to any text or other elements that appear over the success color.</p>
    pub fn success_foreground(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// <p>This color that applies to warning and informational messages.</p>
    pub fn warning(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// <p>The foreground color that applies to any text or other elements that appear over the warning color.</p>
    pub fn warning_foreground(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for UiColorPalette {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UiColorPalette> for ::forma_core::Value<UiColorPalette> {
    fn from(v: UiColorPalette) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UI_COLOR_PALETTE_TYPE.properties))
    }
}

/// The `SheetBackgroundStyle` property type of `AWS::QuickSight::Theme`.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetBackgroundStyle {
    props: ::forma_core::schema::Props,
}
impl SheetBackgroundStyle {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// String to encapsulate the most generic way Color can be formatted (words, hexStrings etc)
    pub fn color(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Gradient`.
    pub fn gradient(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SheetBackgroundStyle {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SheetBackgroundStyle> for ::forma_core::Value<SheetBackgroundStyle> {
    fn from(v: SheetBackgroundStyle) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SHEET_BACKGROUND_STYLE_TYPE.properties))
    }
}

/// <p>Display options related to tiles on a sheet.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct TileStyle {
    props: ::forma_core::schema::Props,
}
impl TileStyle {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// String to encapsulate the most generic way Color can be formatted (words, hexStrings etc)
    pub fn background_color(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>The display options for tile borders for visuals.</p>
    pub fn border(mut self, value: impl ::std::convert::Into<::forma_core::Value<BorderStyle>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `BorderRadius`.
    ///
    /// Allowed: length 0 to 50.
    pub fn border_radius(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Padding`.
    ///
    /// Allowed: length 0 to 200.
    pub fn padding(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TileStyle {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TileStyle> for ::forma_core::Value<TileStyle> {
    fn from(v: TileStyle) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TILE_STYLE_TYPE.properties))
    }
}

/// <p>The display options for the layout of tiles on a sheet.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct TileLayoutStyle {
    props: ::forma_core::schema::Props,
}
impl TileLayoutStyle {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>The display options for gutter spacing between tiles on a sheet.</p>
    pub fn gutter(mut self, value: impl ::std::convert::Into<::forma_core::Value<GutterStyle>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>The display options for margins around the outside edge of sheets.</p>
    pub fn margin(mut self, value: impl ::std::convert::Into<::forma_core::Value<MarginStyle>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TileLayoutStyle {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TileLayoutStyle> for ::forma_core::Value<TileLayoutStyle> {
    fn from(v: TileLayoutStyle) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TILE_LAYOUT_STYLE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `UNDERLINE`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FontDecoration {
    /// `UNDERLINE`
    Underline,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FontDecoration {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Underline => "UNDERLINE",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["UNDERLINE", "NONE"]
    }
}
impl ::std::convert::From<FontDecoration> for ::forma_core::Value<FontDecoration> {
    fn from(v: FontDecoration) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FontDecoration {}

/// The values CloudFormation documents: `NORMAL`, `ITALIC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FontStyle {
    /// `NORMAL`
    Normal,
    /// `ITALIC`
    Italic,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FontStyle {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "NORMAL",
            Self::Italic => "ITALIC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NORMAL", "ITALIC"]
    }
}
impl ::std::convert::From<FontStyle> for ::forma_core::Value<FontStyle> {
    fn from(v: FontStyle) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FontStyle {}

/// The `FontConfiguration` property type of `AWS::QuickSight::Theme`.
#[derive(Debug, Clone, PartialEq)]
pub struct FontConfiguration {
    props: ::forma_core::schema::Props,
}
impl FontConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FontColor`.
    pub fn font_color(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FontDecoration`.
    pub fn font_decoration(mut self, value: impl ::forma_core::schema::EnumArg<FontDecoration>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// <p>The font family that you want to use.</p>
    ///
    /// Allowed: length 0 to 256.
    pub fn font_family(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `FontSize`.
    pub fn font_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<FontSize>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `FontStyle`.
    pub fn font_style(mut self, value: impl ::forma_core::schema::EnumArg<FontStyle>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// `FontWeight`.
    pub fn font_weight(mut self, value: impl ::std::convert::Into<::forma_core::Value<FontWeight>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FontConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FontConfiguration> for ::forma_core::Value<FontConfiguration> {
    fn from(v: FontConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FONT_CONFIGURATION_TYPE.properties))
    }
}

/// The `Font` property type of `AWS::QuickSight::Theme`.
#[derive(Debug, Clone, PartialEq)]
pub struct Font {
    props: ::forma_core::schema::Props,
}
impl Font {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FontFamily`.
    ///
    /// Allowed: length 0 to 256.
    pub fn font_family(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Font {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Font> for ::forma_core::Value<Font> {
    fn from(v: Font) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FONT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LEFT`, `CENTER`, `RIGHT`, `AUTO`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HorizontalTextAlignment {
    /// `LEFT`
    Left,
    /// `CENTER`
    Center,
    /// `RIGHT`
    Right,
    /// `AUTO`
    Auto,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HorizontalTextAlignment {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Left => "LEFT",
            Self::Center => "CENTER",
            Self::Right => "RIGHT",
            Self::Auto => "AUTO",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LEFT", "CENTER", "RIGHT", "AUTO"]
    }
}
impl ::std::convert::From<HorizontalTextAlignment> for ::forma_core::Value<HorizontalTextAlignment> {
    fn from(v: HorizontalTextAlignment) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HorizontalTextAlignment {}

/// The values CloudFormation documents: `CAPITALIZE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextTransform {
    /// `CAPITALIZE`
    Capitalize,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TextTransform {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Capitalize => "CAPITALIZE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CAPITALIZE"]
    }
}
impl ::std::convert::From<TextTransform> for ::forma_core::Value<TextTransform> {
    fn from(v: TextTransform) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TextTransform {}

/// The `VisualSubtitleFontConfiguration` property type of `AWS::QuickSight::Theme`.
#[derive(Debug, Clone, PartialEq)]
pub struct VisualSubtitleFontConfiguration {
    props: ::forma_core::schema::Props,
}
impl VisualSubtitleFontConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FontConfiguration`.
    pub fn font_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FontConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TextAlignment`.
    pub fn text_alignment(mut self, value: impl ::forma_core::schema::EnumArg<HorizontalTextAlignment>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `TextTransform`.
    pub fn text_transform(mut self, value: impl ::forma_core::schema::EnumArg<TextTransform>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for VisualSubtitleFontConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VisualSubtitleFontConfiguration> for ::forma_core::Value<VisualSubtitleFontConfiguration> {
    fn from(v: VisualSubtitleFontConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VISUAL_SUBTITLE_FONT_CONFIGURATION_TYPE.properties))
    }
}

/// The `VisualTitleFontConfiguration` property type of `AWS::QuickSight::Theme`.
#[derive(Debug, Clone, PartialEq)]
pub struct VisualTitleFontConfiguration {
    props: ::forma_core::schema::Props,
}
impl VisualTitleFontConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FontConfiguration`.
    pub fn font_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FontConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TextAlignment`.
    pub fn text_alignment(mut self, value: impl ::forma_core::schema::EnumArg<HorizontalTextAlignment>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `TextTransform`.
    pub fn text_transform(mut self, value: impl ::forma_core::schema::EnumArg<TextTransform>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for VisualTitleFontConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VisualTitleFontConfiguration> for ::forma_core::Value<VisualTitleFontConfiguration> {
    fn from(v: VisualTitleFontConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VISUAL_TITLE_FONT_CONFIGURATION_TYPE.properties))
    }
}

/// <p>The display options for tile borders for visuals.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct BorderStyle {
    props: ::forma_core::schema::Props,
}
impl BorderStyle {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// String to encapsulate the most generic way Color can be formatted (words, hexStrings etc)
    pub fn color(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>The option to enable display of borders for visuals.</p>
    pub fn show(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// String to encapsulate the most generic way Width can be formatted with whatever units (px, em etc)
    ///
    /// Allowed: length 0 to 50.
    pub fn width(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BorderStyle {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BorderStyle> for ::forma_core::Value<BorderStyle> {
    fn from(v: BorderStyle) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BORDER_STYLE_TYPE.properties))
    }
}

/// <p>The display options for gutter spacing between tiles on a sheet.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct GutterStyle {
    props: ::forma_core::schema::Props,
}
impl GutterStyle {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>This Boolean value controls whether to display a gutter space between sheet tiles.
    pub fn show(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GutterStyle {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GutterStyle> for ::forma_core::Value<GutterStyle> {
    fn from(v: GutterStyle) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GUTTER_STYLE_TYPE.properties))
    }
}

/// <p>The display options for margins around the outside edge of sheets.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct MarginStyle {
    props: ::forma_core::schema::Props,
}
impl MarginStyle {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>This Boolean value controls whether to display sheet margins.</p>
    pub fn show(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MarginStyle {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MarginStyle> for ::forma_core::Value<MarginStyle> {
    fn from(v: MarginStyle) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MARGIN_STYLE_TYPE.properties))
    }
}

/// The `FontSize` property type of `AWS::QuickSight::Theme`.
#[derive(Debug, Clone, PartialEq)]
pub struct FontSize {
    props: ::forma_core::schema::Props,
}
impl FontSize {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>The font size that you want to use in px.</p>
    pub fn absolute(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FontSize {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FontSize> for ::forma_core::Value<FontSize> {
    fn from(v: FontSize) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FONT_SIZE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NORMAL`, `BOLD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FontWeightName {
    /// `NORMAL`
    Normal,
    /// `BOLD`
    Bold,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FontWeightName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "NORMAL",
            Self::Bold => "BOLD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NORMAL", "BOLD"]
    }
}
impl ::std::convert::From<FontWeightName> for ::forma_core::Value<FontWeightName> {
    fn from(v: FontWeightName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FontWeightName {}

/// The `FontWeight` property type of `AWS::QuickSight::Theme`.
#[derive(Debug, Clone, PartialEq)]
pub struct FontWeight {
    props: ::forma_core::schema::Props,
}
impl FontWeight {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::forma_core::schema::EnumArg<FontWeightName>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for FontWeight {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FontWeight> for ::forma_core::Value<FontWeight> {
    fn from(v: FontWeight) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FONT_WEIGHT_TYPE.properties))
    }
}

/// The schema of `AWS::QuickSight::Theme`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QuickSight::Theme",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsAccountId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "BaseThemeId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w\\-]+$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Configuration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&THEME_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Permissions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_PERMISSION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(64) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ThemeId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w\\-]+$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "VersionDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
    attributes: &["CreatedTime", "Version", "LastUpdatedTime", "Arn", "Type"],
};

static THEME_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Theme.ThemeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataColorPalette",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_COLOR_PALETTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Sheet",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SHEET_STYLE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Typography",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TYPOGRAPHY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UIColorPalette",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UI_COLOR_PALETTE_TYPE),
        },
    ],
    rules: &[],
};

static RESOURCE_PERMISSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Theme.ResourcePermission",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(30) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Principal",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Theme.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static DATA_COLOR_PALETTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Theme.DataColorPalette",
    properties: &[
        ::forma_core::schema::Property {
            name: "Colors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^#[A-F0-9]{6}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EmptyFillColor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^#[A-F0-9]{6}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinMaxGradient",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^#[A-F0-9]{6}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
    ],
    rules: &[],
};

static SHEET_STYLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Theme.SheetStyle",
    properties: &[
        ::forma_core::schema::Property {
            name: "Background",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SHEET_BACKGROUND_STYLE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TILE_STYLE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TileLayout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TILE_LAYOUT_STYLE_TYPE),
        },
    ],
    rules: &[],
};

static TYPOGRAPHY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Theme.Typography",
    properties: &[
        ::forma_core::schema::Property {
            name: "AxisLabelFontConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FONT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AxisTitleFontConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FONT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DataLabelFontConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FONT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FontFamilies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FONT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LegendTitleFontConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FONT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LegendValueFontConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FONT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VisualSubtitleFontConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VISUAL_SUBTITLE_FONT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VisualTitleFontConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VISUAL_TITLE_FONT_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static UI_COLOR_PALETTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Theme.UIColorPalette",
    properties: &[
        ::forma_core::schema::Property {
            name: "Accent",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^#[A-F0-9]{6}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AccentForeground",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^#[A-F0-9]{6}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Danger",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^#[A-F0-9]{6}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DangerForeground",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^#[A-F0-9]{6}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Dimension",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^#[A-F0-9]{6}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DimensionForeground",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^#[A-F0-9]{6}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Measure",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^#[A-F0-9]{6}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MeasureForeground",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^#[A-F0-9]{6}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PrimaryBackground",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^#[A-F0-9]{6}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PrimaryForeground",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^#[A-F0-9]{6}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SecondaryBackground",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^#[A-F0-9]{6}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SecondaryForeground",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^#[A-F0-9]{6}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Success",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^#[A-F0-9]{6}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SuccessForeground",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^#[A-F0-9]{6}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Warning",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^#[A-F0-9]{6}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "WarningForeground",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^#[A-F0-9]{6}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static SHEET_BACKGROUND_STYLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Theme.SheetBackgroundStyle",
    properties: &[
        ::forma_core::schema::Property {
            name: "Color",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Gradient",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TILE_STYLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Theme.TileStyle",
    properties: &[
        ::forma_core::schema::Property {
            name: "BackgroundColor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Border",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BORDER_STYLE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BorderRadius",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "Padding",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(200),
            }),
        },
    ],
    rules: &[],
};

static TILE_LAYOUT_STYLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Theme.TileLayoutStyle",
    properties: &[
        ::forma_core::schema::Property {
            name: "Gutter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GUTTER_STYLE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Margin",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MARGIN_STYLE_TYPE),
        },
    ],
    rules: &[],
};

static FONT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Theme.FontConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "FontColor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^#[A-F0-9]{6}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FontDecoration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["UNDERLINE", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "FontFamily",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "FontSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FONT_SIZE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FontStyle",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NORMAL", "ITALIC"]),
        },
        ::forma_core::schema::Property {
            name: "FontWeight",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FONT_WEIGHT_TYPE),
        },
    ],
    rules: &[],
};

static FONT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Theme.Font",
    properties: &[::forma_core::schema::Property {
        name: "FontFamily",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(0),
            max_length: Some(256),
        }),
    }],
    rules: &[],
};

static VISUAL_SUBTITLE_FONT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QuickSight::Theme.VisualSubtitleFontConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "FontConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&FONT_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "TextAlignment",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["LEFT", "CENTER", "RIGHT", "AUTO"]),
            },
            ::forma_core::schema::Property {
                name: "TextTransform",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["CAPITALIZE"]),
            },
        ],
        rules: &[],
    };

static VISUAL_TITLE_FONT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Theme.VisualTitleFontConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "FontConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FONT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TextAlignment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LEFT", "CENTER", "RIGHT", "AUTO"]),
        },
        ::forma_core::schema::Property {
            name: "TextTransform",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CAPITALIZE"]),
        },
    ],
    rules: &[],
};

static BORDER_STYLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Theme.BorderStyle",
    properties: &[
        ::forma_core::schema::Property {
            name: "Color",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Show",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Width",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(50),
            }),
        },
    ],
    rules: &[],
};

static GUTTER_STYLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Theme.GutterStyle",
    properties: &[::forma_core::schema::Property {
        name: "Show",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static MARGIN_STYLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Theme.MarginStyle",
    properties: &[::forma_core::schema::Property {
        name: "Show",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static FONT_SIZE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Theme.FontSize",
    properties: &[::forma_core::schema::Property {
        name: "Absolute",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static FONT_WEIGHT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Theme.FontWeight",
    properties: &[::forma_core::schema::Property {
        name: "Name",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["NORMAL", "BOLD"]),
    }],
    rules: &[],
};
