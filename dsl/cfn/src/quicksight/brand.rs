// @generated from AWS::QuickSight::Brand (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QuickSight::Brand` and its property types.

/// Definition of the AWS::QuickSight::Brand Resource Type.
///
/// CloudFormation type `AWS::QuickSight::Brand`.
#[derive(Debug, Clone, PartialEq)]
pub struct Brand {
    props: ::forma_core::schema::Props,
}
impl Brand {
    /// A new resource with its required properties: `BrandId`.
    #[track_caller]
    pub fn new(brand_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, brand_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `BrandDefinition`.
    #[track_caller]
    pub fn brand_definition(mut self, value: impl ::std::convert::Into<::forma_core::Value<BrandDefinition>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags for the brand.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Brand {
    type Attributes = BrandAttributes;
    fn type_name(&self) -> &str {
        "AWS::QuickSight::Brand"
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
/// The attributes of a `AWS::QuickSight::Brand` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BrandAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BrandAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl BrandAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `BrandStatus`.
    pub fn brand_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BrandStatus")
    }
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
    /// `Fn::GetAtt` `VersionId`.
    pub fn version_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VersionId")
    }
    /// `Fn::GetAtt` `VersionStatus`.
    pub fn version_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VersionStatus")
    }
    /// `Fn::GetAtt` `AwsAccountId`.
    pub fn aws_account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AwsAccountId")
    }
}

/// The `BrandDefinition` property type of `AWS::QuickSight::Brand`.
#[derive(Debug, Clone, PartialEq)]
pub struct BrandDefinition {
    props: ::forma_core::schema::Props,
}
impl BrandDefinition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The application theme.
    pub fn application_theme(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ApplicationTheme>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the brand.
    ///
    /// Allowed: length 1 to 512.
    pub fn brand_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The description of the brand.
    ///
    /// Allowed: length 1 to 2048.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BrandDefinition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BrandDefinition> for ::forma_core::Value<BrandDefinition> {
    fn from(v: BrandDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BRAND_DEFINITION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::QuickSight::Brand`.
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

/// The application theme.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationTheme {
    props: ::forma_core::schema::Props,
}
impl ApplicationTheme {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The color palette.
    pub fn brand_color_palette(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BrandColorPalette>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The element style.
    pub fn brand_element_style(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BrandElementStyle>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ApplicationTheme {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ApplicationTheme> for ::forma_core::Value<ApplicationTheme> {
    fn from(v: ApplicationTheme) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPLICATION_THEME_TYPE.properties))
    }
}

/// The color palette.
#[derive(Debug, Clone, PartialEq)]
pub struct BrandColorPalette {
    props: ::forma_core::schema::Props,
}
impl BrandColorPalette {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The palette colors.
    pub fn accent(mut self, value: impl ::std::convert::Into<::forma_core::Value<Palette>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The palette colors.
    pub fn danger(mut self, value: impl ::std::convert::Into<::forma_core::Value<Palette>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The palette colors.
    pub fn dimension(mut self, value: impl ::std::convert::Into<::forma_core::Value<Palette>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The palette colors.
    pub fn info(mut self, value: impl ::std::convert::Into<::forma_core::Value<Palette>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The palette colors.
    pub fn measure(mut self, value: impl ::std::convert::Into<::forma_core::Value<Palette>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The palette colors.
    pub fn primary(mut self, value: impl ::std::convert::Into<::forma_core::Value<Palette>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The palette colors.
    pub fn secondary(mut self, value: impl ::std::convert::Into<::forma_core::Value<Palette>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The palette colors.
    pub fn success(mut self, value: impl ::std::convert::Into<::forma_core::Value<Palette>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The palette colors.
    pub fn warning(mut self, value: impl ::std::convert::Into<::forma_core::Value<Palette>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BrandColorPalette {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BrandColorPalette> for ::forma_core::Value<BrandColorPalette> {
    fn from(v: BrandColorPalette) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BRAND_COLOR_PALETTE_TYPE.properties))
    }
}

/// The element style.
#[derive(Debug, Clone, PartialEq)]
pub struct BrandElementStyle {
    props: ::forma_core::schema::Props,
}
impl BrandElementStyle {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The navigation bar style.
    pub fn navbar_style(mut self, value: impl ::std::convert::Into<::forma_core::Value<NavbarStyle>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BrandElementStyle {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BrandElementStyle> for ::forma_core::Value<BrandElementStyle> {
    fn from(v: BrandElementStyle) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BRAND_ELEMENT_STYLE_TYPE.properties))
    }
}

/// The palette colors.
#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    props: ::forma_core::schema::Props,
}
impl Palette {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The background color.
    pub fn background(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The foreground color.
    pub fn foreground(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Palette {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Palette> for ::forma_core::Value<Palette> {
    fn from(v: Palette) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PALETTE_TYPE.properties))
    }
}

/// The navigation bar style.
#[derive(Debug, Clone, PartialEq)]
pub struct NavbarStyle {
    props: ::forma_core::schema::Props,
}
impl NavbarStyle {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The palette colors.
    pub fn contextual_navbar(mut self, value: impl ::std::convert::Into<::forma_core::Value<Palette>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The palette colors.
    pub fn global_navbar(mut self, value: impl ::std::convert::Into<::forma_core::Value<Palette>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NavbarStyle {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NavbarStyle> for ::forma_core::Value<NavbarStyle> {
    fn from(v: NavbarStyle) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NAVBAR_STYLE_TYPE.properties))
    }
}

/// The schema of `AWS::QuickSight::Brand`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QuickSight::Brand",
    properties: &[
        ::forma_core::schema::Property {
            name: "BrandDefinition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BRAND_DEFINITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BrandId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w\\-]+$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
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
    ],
    rules: &[],
    attributes: &["Arn", "BrandStatus", "CreatedTime", "LastUpdatedTime", "VersionId", "VersionStatus", "AwsAccountId"],
};

static BRAND_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Brand.BrandDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationTheme",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APPLICATION_THEME_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BrandName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ -ÿ]+$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ -ÿ]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Brand.Tag",
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

static APPLICATION_THEME_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Brand.ApplicationTheme",
    properties: &[
        ::forma_core::schema::Property {
            name: "BrandColorPalette",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BRAND_COLOR_PALETTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BrandElementStyle",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BRAND_ELEMENT_STYLE_TYPE),
        },
    ],
    rules: &[],
};

static BRAND_COLOR_PALETTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Brand.BrandColorPalette",
    properties: &[
        ::forma_core::schema::Property {
            name: "Accent",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PALETTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Danger",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PALETTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Dimension",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PALETTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Info",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PALETTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Measure",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PALETTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Primary",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PALETTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Secondary",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PALETTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Success",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PALETTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Warning",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PALETTE_TYPE),
        },
    ],
    rules: &[],
};

static BRAND_ELEMENT_STYLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Brand.BrandElementStyle",
    properties: &[::forma_core::schema::Property {
        name: "NavbarStyle",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&NAVBAR_STYLE_TYPE),
    }],
    rules: &[],
};

static PALETTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Brand.Palette",
    properties: &[
        ::forma_core::schema::Property {
            name: "Background",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^#[A-F0-9]{6}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Foreground",
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

static NAVBAR_STYLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Brand.NavbarStyle",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContextualNavbar",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PALETTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GlobalNavbar",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PALETTE_TYPE),
        },
    ],
    rules: &[],
};
