// @generated from AWS::ElementalInference::Dictionary (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ElementalInference::Dictionary` and its property types.

/// Represents a custom dictionary for improving transcription accuracy
///
/// CloudFormation type `AWS::ElementalInference::Dictionary`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dictionary {
    props: ::forma_core::schema::Props,
}
impl Dictionary {
    /// A new resource with its required properties: `Language`, `Name`.
    #[track_caller]
    pub fn new(
        language: impl ::forma_core::schema::EnumArg<DictionaryLanguage>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, language.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Entries`.
    ///
    /// Allowed: length 0 to 40960.
    #[track_caller]
    pub fn entries(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Dictionary {
    type Attributes = DictionaryAttributes;
    fn type_name(&self) -> &str {
        "AWS::ElementalInference::Dictionary"
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
/// The attributes of a `AWS::ElementalInference::Dictionary` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DictionaryAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DictionaryAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DictionaryAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `eng`, `fra`, `ita`, `deu`, `spa`, `por`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DictionaryLanguage {
    /// `eng`
    Eng,
    /// `fra`
    Fra,
    /// `ita`
    Ita,
    /// `deu`
    Deu,
    /// `spa`
    Spa,
    /// `por`
    Por,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DictionaryLanguage {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Eng => "eng",
            Self::Fra => "fra",
            Self::Ita => "ita",
            Self::Deu => "deu",
            Self::Spa => "spa",
            Self::Por => "por",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["eng", "fra", "ita", "deu", "spa", "por"]
    }
}
impl ::std::convert::From<DictionaryLanguage> for ::forma_core::Value<DictionaryLanguage> {
    fn from(v: DictionaryLanguage) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DictionaryLanguage {}

/// The schema of `AWS::ElementalInference::Dictionary`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ElementalInference::Dictionary",
    properties: &[
        ::forma_core::schema::Property {
            name: "Entries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(40960),
            }),
        },
        ::forma_core::schema::Property {
            name: "Language",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["eng", "fra", "ita", "deu", "spa", "por"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]([a-zA-Z0-9-_]{0,126}[a-zA-Z0-9])?$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(256) },
            )),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Id"],
};
