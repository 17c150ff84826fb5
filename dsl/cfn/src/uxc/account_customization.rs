// @generated from AWS::UXC::AccountCustomization (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::UXC::AccountCustomization` and its property types.

/// Resource schema for managing AWS account-level UX customization settings, including account color, visible services, and visible regions.
///
/// CloudFormation type `AWS::UXC::AccountCustomization`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountCustomization {
    props: ::forma_core::schema::Props,
}
impl AccountCustomization {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The color theme assigned to the account for visual identification in the AWS Console.
    #[track_caller]
    pub fn account_color(mut self, value: impl ::forma_core::schema::EnumArg<AccountColor>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of AWS region identifiers visible to the account in the AWS Console.
    #[track_caller]
    pub fn visible_regions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of AWS service identifiers visible to the account in the AWS Console.
    #[track_caller]
    pub fn visible_services(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for AccountCustomization {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for AccountCustomization {
    type Attributes = AccountCustomizationAttributes;
    fn type_name(&self) -> &str {
        "AWS::UXC::AccountCustomization"
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
/// The attributes of a `AWS::UXC::AccountCustomization` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AccountCustomizationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AccountCustomizationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AccountCustomizationAttributes {
    /// `Fn::GetAtt` `AccountId`.
    pub fn account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccountId")
    }
}

/// The values CloudFormation documents: `none`, `pink`, `purple`, `darkBlue`, `lightBlue`, `teal`, `green`, `yellow`, `orange`, `red`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccountColor {
    /// `none`
    None,
    /// `pink`
    Pink,
    /// `purple`
    Purple,
    /// `darkBlue`
    DarkBlue,
    /// `lightBlue`
    LightBlue,
    /// `teal`
    Teal,
    /// `green`
    Green,
    /// `yellow`
    Yellow,
    /// `orange`
    Orange,
    /// `red`
    Red,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AccountColor {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::Pink => "pink",
            Self::Purple => "purple",
            Self::DarkBlue => "darkBlue",
            Self::LightBlue => "lightBlue",
            Self::Teal => "teal",
            Self::Green => "green",
            Self::Yellow => "yellow",
            Self::Orange => "orange",
            Self::Red => "red",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["none", "pink", "purple", "darkBlue", "lightBlue", "teal", "green", "yellow", "orange", "red"]
    }
}
impl ::std::convert::From<AccountColor> for ::forma_core::Value<AccountColor> {
    fn from(v: AccountColor) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AccountColor {}

/// The schema of `AWS::UXC::AccountCustomization`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::UXC::AccountCustomization",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountColor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "none",
                "pink",
                "purple",
                "darkBlue",
                "lightBlue",
                "teal",
                "green",
                "yellow",
                "orange",
                "red",
            ]),
        },
        ::forma_core::schema::Property {
            name: "VisibleRegions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-z]{2}(-[a-z]{1,10}){1,2}-[1-9]$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "VisibleServices",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(64),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(500) },
            ),
        },
    ],
    rules: &[],
    attributes: &["AccountId"],
};
