// @generated from AWS::Connect::Vocabulary (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::Vocabulary` and its property types.

/// Resource type definition for AWS::Connect::Vocabulary
///
/// CloudFormation type `AWS::Connect::Vocabulary`.
#[derive(Debug, Clone, PartialEq)]
pub struct Vocabulary {
    props: ::forma_core::schema::Props,
}
impl Vocabulary {
    /// A new resource with its required properties: `Content`, `InstanceId`, `LanguageCode`, `VocabularyName`.
    #[track_caller]
    pub fn new(
        content: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        language_code: impl ::forma_core::schema::EnumArg<LanguageCode>,
        vocabulary_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, content.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, instance_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, language_code.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(4, vocabulary_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The tags used to organize, track, or control access for this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Vocabulary {
    type Attributes = VocabularyAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::Vocabulary"
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
/// The attributes of a `AWS::Connect::Vocabulary` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VocabularyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VocabularyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VocabularyAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `VocabularyId`.
    pub fn vocabulary_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VocabularyId")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
}

/// The values CloudFormation documents: `ar-AE`, `de-CH`, `de-DE`, `en-AB`, `en-AU`, `en-GB`, `en-IE`, `en-IN`, `en-US`, `en-WL`, `es-ES`, `es-US`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LanguageCode {
    /// `ar-AE`
    ArAe,
    /// `de-CH`
    DeCh,
    /// `de-DE`
    DeDe,
    /// `en-AB`
    EnAb,
    /// `en-AU`
    EnAu,
    /// `en-GB`
    EnGb,
    /// `en-IE`
    EnIe,
    /// `en-IN`
    EnIn,
    /// `en-US`
    EnUs,
    /// `en-WL`
    EnWl,
    /// `es-ES`
    EsEs,
    /// `es-US`
    EsUs,
    /// `fr-CA`
    FrCa,
    /// `fr-FR`
    FrFr,
    /// `hi-IN`
    HiIn,
    /// `it-IT`
    ItIt,
    /// `ja-JP`
    JaJp,
    /// `ko-KR`
    KoKr,
    /// `pt-BR`
    PtBr,
    /// `pt-PT`
    PtPt,
    /// `zh-CN`
    ZhCn,
    /// `en-NZ`
    EnNz,
    /// `en-ZA`
    EnZa,
    /// `ca-ES`
    CaEs,
    /// `da-DK`
    DaDk,
    /// `fi-FI`
    FiFi,
    /// `id-ID`
    IdId,
    /// `ms-MY`
    MsMy,
    /// `nl-NL`
    NlNl,
    /// `no-NO`
    NoNo,
    /// `pl-PL`
    PlPl,
    /// `sv-SE`
    SvSe,
    /// `tl-PH`
    TlPh,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LanguageCode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ArAe => "ar-AE",
            Self::DeCh => "de-CH",
            Self::DeDe => "de-DE",
            Self::EnAb => "en-AB",
            Self::EnAu => "en-AU",
            Self::EnGb => "en-GB",
            Self::EnIe => "en-IE",
            Self::EnIn => "en-IN",
            Self::EnUs => "en-US",
            Self::EnWl => "en-WL",
            Self::EsEs => "es-ES",
            Self::EsUs => "es-US",
            Self::FrCa => "fr-CA",
            Self::FrFr => "fr-FR",
            Self::HiIn => "hi-IN",
            Self::ItIt => "it-IT",
            Self::JaJp => "ja-JP",
            Self::KoKr => "ko-KR",
            Self::PtBr => "pt-BR",
            Self::PtPt => "pt-PT",
            Self::ZhCn => "zh-CN",
            Self::EnNz => "en-NZ",
            Self::EnZa => "en-ZA",
            Self::CaEs => "ca-ES",
            Self::DaDk => "da-DK",
            Self::FiFi => "fi-FI",
            Self::IdId => "id-ID",
            Self::MsMy => "ms-MY",
            Self::NlNl => "nl-NL",
            Self::NoNo => "no-NO",
            Self::PlPl => "pl-PL",
            Self::SvSe => "sv-SE",
            Self::TlPh => "tl-PH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ar-AE", "de-CH", "de-DE", "en-AB", "en-AU", "en-GB", "en-IE", "en-IN", "en-US", "en-WL", "es-ES", "es-US",
            "fr-CA", "fr-FR", "hi-IN", "it-IT", "ja-JP", "ko-KR", "pt-BR", "pt-PT", "zh-CN", "en-NZ", "en-ZA", "ca-ES",
            "da-DK", "fi-FI", "id-ID", "ms-MY", "nl-NL", "no-NO", "pl-PL", "sv-SE", "tl-PH",
        ]
    }
}
impl ::std::convert::From<LanguageCode> for ::forma_core::Value<LanguageCode> {
    fn from(v: LanguageCode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LanguageCode {}

/// The `Tag` property type of `AWS::Connect::Vocabulary`.
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

/// The schema of `AWS::Connect::Vocabulary`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::Vocabulary",
    properties: &[
        ::forma_core::schema::Property {
            name: "Content",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(60000),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "LanguageCode",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ar-AE", "de-CH", "de-DE", "en-AB", "en-AU", "en-GB", "en-IE", "en-IN", "en-US", "en-WL", "es-ES",
                "es-US", "fr-CA", "fr-FR", "hi-IN", "it-IT", "ja-JP", "ko-KR", "pt-BR", "pt-PT", "zh-CN", "en-NZ",
                "en-ZA", "ca-ES", "da-DK", "fi-FI", "id-ID", "ms-MY", "nl-NL", "no-NO", "pl-PL", "sv-SE", "tl-PH",
            ]),
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
            name: "VocabularyName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z._-]+$"),
                min_length: Some(1),
                max_length: Some(140),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "VocabularyId", "State", "LastModifiedTime"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Vocabulary.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"),
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
