// @generated from AWS::Pinpoint::InAppTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Pinpoint::InAppTemplate` and its property types.

/// Resource Type definition for AWS::Pinpoint::InAppTemplate
///
/// CloudFormation type `AWS::Pinpoint::InAppTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct InAppTemplate {
    props: ::forma_core::schema::Props,
}
impl InAppTemplate {
    /// A new resource with its required properties: `TemplateName`.
    #[track_caller]
    pub fn new(template_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, template_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Content`.
    #[track_caller]
    pub fn content(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InAppMessageContent>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CustomConfig`.
    #[track_caller]
    pub fn custom_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Layout`.
    #[track_caller]
    pub fn layout(mut self, value: impl ::forma_core::schema::EnumArg<Layout>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TemplateDescription`.
    #[track_caller]
    pub fn template_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for InAppTemplate {
    type Attributes = InAppTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::Pinpoint::InAppTemplate"
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
/// The attributes of a `AWS::Pinpoint::InAppTemplate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct InAppTemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for InAppTemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl InAppTemplateAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `BOTTOM_BANNER`, `TOP_BANNER`, `OVERLAYS`, `MOBILE_FEED`, `MIDDLE_BANNER`, `CAROUSEL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Layout {
    /// `BOTTOM_BANNER`
    BottomBanner,
    /// `TOP_BANNER`
    TopBanner,
    /// `OVERLAYS`
    Overlays,
    /// `MOBILE_FEED`
    MobileFeed,
    /// `MIDDLE_BANNER`
    MiddleBanner,
    /// `CAROUSEL`
    Carousel,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Layout {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BottomBanner => "BOTTOM_BANNER",
            Self::TopBanner => "TOP_BANNER",
            Self::Overlays => "OVERLAYS",
            Self::MobileFeed => "MOBILE_FEED",
            Self::MiddleBanner => "MIDDLE_BANNER",
            Self::Carousel => "CAROUSEL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BOTTOM_BANNER", "TOP_BANNER", "OVERLAYS", "MOBILE_FEED", "MIDDLE_BANNER", "CAROUSEL"]
    }
}
impl ::std::convert::From<Layout> for ::forma_core::Value<Layout> {
    fn from(v: Layout) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Layout {}

/// The `InAppMessageContent` property type of `AWS::Pinpoint::InAppTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct InAppMessageContent {
    props: ::forma_core::schema::Props,
}
impl InAppMessageContent {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BackgroundColor`.
    pub fn background_color(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BodyConfig`.
    pub fn body_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<BodyConfig>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `HeaderConfig`.
    pub fn header_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<HeaderConfig>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ImageUrl`.
    pub fn image_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `PrimaryBtn`.
    pub fn primary_btn(mut self, value: impl ::std::convert::Into<::forma_core::Value<ButtonConfig>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `SecondaryBtn`.
    pub fn secondary_btn(mut self, value: impl ::std::convert::Into<::forma_core::Value<ButtonConfig>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InAppMessageContent {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InAppMessageContent> for ::forma_core::Value<InAppMessageContent> {
    fn from(v: InAppMessageContent) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IN_APP_MESSAGE_CONTENT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LEFT`, `CENTER`, `RIGHT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Alignment {
    /// `LEFT`
    Left,
    /// `CENTER`
    Center,
    /// `RIGHT`
    Right,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Alignment {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Left => "LEFT",
            Self::Center => "CENTER",
            Self::Right => "RIGHT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LEFT", "CENTER", "RIGHT"]
    }
}
impl ::std::convert::From<Alignment> for ::forma_core::Value<Alignment> {
    fn from(v: Alignment) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Alignment {}

/// The `BodyConfig` property type of `AWS::Pinpoint::InAppTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct BodyConfig {
    props: ::forma_core::schema::Props,
}
impl BodyConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Alignment`.
    pub fn alignment(mut self, value: impl ::forma_core::schema::EnumArg<Alignment>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Body`.
    pub fn body(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TextColor`.
    pub fn text_color(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BodyConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BodyConfig> for ::forma_core::Value<BodyConfig> {
    fn from(v: BodyConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BODY_CONFIG_TYPE.properties))
    }
}

/// The `HeaderConfig` property type of `AWS::Pinpoint::InAppTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct HeaderConfig {
    props: ::forma_core::schema::Props,
}
impl HeaderConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Alignment`.
    pub fn alignment(mut self, value: impl ::forma_core::schema::EnumArg<Alignment>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Header`.
    pub fn header(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TextColor`.
    pub fn text_color(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HeaderConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HeaderConfig> for ::forma_core::Value<HeaderConfig> {
    fn from(v: HeaderConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEADER_CONFIG_TYPE.properties))
    }
}

/// The `ButtonConfig` property type of `AWS::Pinpoint::InAppTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct ButtonConfig {
    props: ::forma_core::schema::Props,
}
impl ButtonConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Android`.
    pub fn android(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OverrideButtonConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DefaultConfig`.
    pub fn default_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DefaultButtonConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `IOS`.
    pub fn ios(mut self, value: impl ::std::convert::Into<::forma_core::Value<OverrideButtonConfiguration>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Web`.
    pub fn web(mut self, value: impl ::std::convert::Into<::forma_core::Value<OverrideButtonConfiguration>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ButtonConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ButtonConfig> for ::forma_core::Value<ButtonConfig> {
    fn from(v: ButtonConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BUTTON_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LINK`, `DEEP_LINK`, `CLOSE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ButtonAction {
    /// `LINK`
    Link,
    /// `DEEP_LINK`
    DeepLink,
    /// `CLOSE`
    Close,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ButtonAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Link => "LINK",
            Self::DeepLink => "DEEP_LINK",
            Self::Close => "CLOSE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LINK", "DEEP_LINK", "CLOSE"]
    }
}
impl ::std::convert::From<ButtonAction> for ::forma_core::Value<ButtonAction> {
    fn from(v: ButtonAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ButtonAction {}

/// The `OverrideButtonConfiguration` property type of `AWS::Pinpoint::InAppTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct OverrideButtonConfiguration {
    props: ::forma_core::schema::Props,
}
impl OverrideButtonConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ButtonAction`.
    pub fn button_action(mut self, value: impl ::forma_core::schema::EnumArg<ButtonAction>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Link`.
    pub fn link(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OverrideButtonConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OverrideButtonConfiguration> for ::forma_core::Value<OverrideButtonConfiguration> {
    fn from(v: OverrideButtonConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OVERRIDE_BUTTON_CONFIGURATION_TYPE.properties))
    }
}

/// The `DefaultButtonConfiguration` property type of `AWS::Pinpoint::InAppTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultButtonConfiguration {
    props: ::forma_core::schema::Props,
}
impl DefaultButtonConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BackgroundColor`.
    pub fn background_color(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BorderRadius`.
    pub fn border_radius(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ButtonAction`.
    pub fn button_action(mut self, value: impl ::forma_core::schema::EnumArg<ButtonAction>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `Link`.
    pub fn link(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Text`.
    pub fn text(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `TextColor`.
    pub fn text_color(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DefaultButtonConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DefaultButtonConfiguration> for ::forma_core::Value<DefaultButtonConfiguration> {
    fn from(v: DefaultButtonConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEFAULT_BUTTON_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::Pinpoint::InAppTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Pinpoint::InAppTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "Content",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IN_APP_MESSAGE_CONTENT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CustomConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Layout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "BOTTOM_BANNER",
                "TOP_BANNER",
                "OVERLAYS",
                "MOBILE_FEED",
                "MIDDLE_BANNER",
                "CAROUSEL",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "TemplateDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TemplateName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static IN_APP_MESSAGE_CONTENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::InAppTemplate.InAppMessageContent",
    properties: &[
        ::forma_core::schema::Property {
            name: "BackgroundColor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BodyConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BODY_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HeaderConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HEADER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ImageUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PrimaryBtn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BUTTON_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SecondaryBtn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BUTTON_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static BODY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::InAppTemplate.BodyConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alignment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LEFT", "CENTER", "RIGHT"]),
        },
        ::forma_core::schema::Property {
            name: "Body",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TextColor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static HEADER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::InAppTemplate.HeaderConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alignment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LEFT", "CENTER", "RIGHT"]),
        },
        ::forma_core::schema::Property {
            name: "Header",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TextColor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static BUTTON_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::InAppTemplate.ButtonConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Android",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OVERRIDE_BUTTON_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DefaultConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEFAULT_BUTTON_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IOS",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OVERRIDE_BUTTON_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Web",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OVERRIDE_BUTTON_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static OVERRIDE_BUTTON_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::InAppTemplate.OverrideButtonConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ButtonAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LINK", "DEEP_LINK", "CLOSE"]),
        },
        ::forma_core::schema::Property {
            name: "Link",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DEFAULT_BUTTON_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::InAppTemplate.DefaultButtonConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BackgroundColor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BorderRadius",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ButtonAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LINK", "DEEP_LINK", "CLOSE"]),
        },
        ::forma_core::schema::Property {
            name: "Link",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Text",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TextColor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
