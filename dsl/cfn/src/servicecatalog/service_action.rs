// @generated from AWS::ServiceCatalog::ServiceAction (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ServiceCatalog::ServiceAction` and its property types.

/// Resource Schema for AWS::ServiceCatalog::ServiceAction
///
/// CloudFormation type `AWS::ServiceCatalog::ServiceAction`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceAction {
    props: ::forma_core::schema::Props,
}
impl ServiceAction {
    /// A new resource with its required properties: `Definition`, `DefinitionType`, `Name`.
    #[track_caller]
    pub fn new(
        definition: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DefinitionParameter>>>,
        definition_type: impl ::forma_core::schema::EnumArg<DefinitionType>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, definition.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, definition_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AcceptLanguage`.
    ///
    /// Allowed: length 0 to 100.
    #[track_caller]
    pub fn accept_language(mut self, value: impl ::forma_core::schema::EnumArg<AcceptLanguage>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ServiceAction {
    type Attributes = ServiceActionAttributes;
    fn type_name(&self) -> &str {
        "AWS::ServiceCatalog::ServiceAction"
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
/// The attributes of a `AWS::ServiceCatalog::ServiceAction` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ServiceActionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ServiceActionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ServiceActionAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `en`, `jp`, `zh`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcceptLanguage {
    /// `en`
    En,
    /// `jp`
    Jp,
    /// `zh`
    Zh,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AcceptLanguage {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::En => "en",
            Self::Jp => "jp",
            Self::Zh => "zh",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["en", "jp", "zh"]
    }
}
impl ::std::convert::From<AcceptLanguage> for ::forma_core::Value<AcceptLanguage> {
    fn from(v: AcceptLanguage) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AcceptLanguage {}

/// The values CloudFormation documents: `SSM_AUTOMATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DefinitionType {
    /// `SSM_AUTOMATION`
    SsmAutomation,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DefinitionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SsmAutomation => "SSM_AUTOMATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SSM_AUTOMATION"]
    }
}
impl ::std::convert::From<DefinitionType> for ::forma_core::Value<DefinitionType> {
    fn from(v: DefinitionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DefinitionType {}

/// The `DefinitionParameter` property type of `AWS::ServiceCatalog::ServiceAction`.
#[derive(Debug, Clone, PartialEq)]
pub struct DefinitionParameter {
    props: ::forma_core::schema::Props,
}
impl DefinitionParameter {
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
impl ::std::convert::From<DefinitionParameter> for ::forma_core::Value<DefinitionParameter> {
    fn from(v: DefinitionParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEFINITION_PARAMETER_TYPE.properties))
    }
}

/// The schema of `AWS::ServiceCatalog::ServiceAction`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ServiceCatalog::ServiceAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "AcceptLanguage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["en", "jp", "zh"]),
        },
        ::forma_core::schema::Property {
            name: "Definition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DEFINITION_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DefinitionType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SSM_AUTOMATION"]),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-.]*$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static DEFINITION_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ServiceCatalog::ServiceAction.DefinitionParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(4096),
            }),
        },
    ],
    rules: &[],
};
