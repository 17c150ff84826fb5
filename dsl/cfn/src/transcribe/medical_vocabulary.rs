// @generated from AWS::Transcribe::MedicalVocabulary (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Transcribe::MedicalVocabulary` and its property types.

/// Resource type definition for AWS::Transcribe::MedicalVocabulary
///
/// CloudFormation type `AWS::Transcribe::MedicalVocabulary`.
#[derive(Debug, Clone, PartialEq)]
pub struct MedicalVocabulary {
    props: ::forma_core::schema::Props,
}
impl MedicalVocabulary {
    /// A new resource with its required properties: `LanguageCode`, `VocabularyName`.
    #[track_caller]
    pub fn new(
        language_code: impl ::forma_core::schema::EnumArg<LanguageCode>,
        vocabulary_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, language_code.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(3, vocabulary_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Tags associated with the medical vocabulary.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon S3 location of the text file that contains the medical vocabulary.
    ///
    /// Allowed: length 1 to 2000.
    #[track_caller]
    pub fn vocabulary_file_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MedicalVocabulary {
    type Attributes = MedicalVocabularyAttributes;
    fn type_name(&self) -> &str {
        "AWS::Transcribe::MedicalVocabulary"
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
/// The attributes of a `AWS::Transcribe::MedicalVocabulary` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MedicalVocabularyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MedicalVocabularyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MedicalVocabularyAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `af-ZA`, `ar-AE`, `ar-SA`, `da-DK`, `de-CH`, `de-DE`, `en-AB`, `en-AU`, `en-GB`, `en-IE`, `en-IN`, `en-US`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LanguageCode {
    /// `af-ZA`
    AfZa,
    /// `ar-AE`
    ArAe,
    /// `ar-SA`
    ArSa,
    /// `da-DK`
    DaDk,
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
    /// `fa-IR`
    FaIr,
    /// `fr-CA`
    FrCa,
    /// `fr-FR`
    FrFr,
    /// `he-IL`
    HeIl,
    /// `hi-IN`
    HiIn,
    /// `id-ID`
    IdId,
    /// `it-IT`
    ItIt,
    /// `ja-JP`
    JaJp,
    /// `ko-KR`
    KoKr,
    /// `ms-MY`
    MsMy,
    /// `nl-NL`
    NlNl,
    /// `pt-BR`
    PtBr,
    /// `pt-PT`
    PtPt,
    /// `ru-RU`
    RuRu,
    /// `ta-IN`
    TaIn,
    /// `te-IN`
    TeIn,
    /// `tr-TR`
    TrTr,
    /// `zh-CN`
    ZhCn,
    /// `zh-TW`
    ZhTw,
    /// `th-TH`
    ThTh,
    /// `en-ZA`
    EnZa,
    /// `en-NZ`
    EnNz,
    /// `vi-VN`
    ViVn,
    /// `sv-SE`
    SvSe,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LanguageCode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AfZa => "af-ZA",
            Self::ArAe => "ar-AE",
            Self::ArSa => "ar-SA",
            Self::DaDk => "da-DK",
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
            Self::FaIr => "fa-IR",
            Self::FrCa => "fr-CA",
            Self::FrFr => "fr-FR",
            Self::HeIl => "he-IL",
            Self::HiIn => "hi-IN",
            Self::IdId => "id-ID",
            Self::ItIt => "it-IT",
            Self::JaJp => "ja-JP",
            Self::KoKr => "ko-KR",
            Self::MsMy => "ms-MY",
            Self::NlNl => "nl-NL",
            Self::PtBr => "pt-BR",
            Self::PtPt => "pt-PT",
            Self::RuRu => "ru-RU",
            Self::TaIn => "ta-IN",
            Self::TeIn => "te-IN",
            Self::TrTr => "tr-TR",
            Self::ZhCn => "zh-CN",
            Self::ZhTw => "zh-TW",
            Self::ThTh => "th-TH",
            Self::EnZa => "en-ZA",
            Self::EnNz => "en-NZ",
            Self::ViVn => "vi-VN",
            Self::SvSe => "sv-SE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "af-ZA", "ar-AE", "ar-SA", "da-DK", "de-CH", "de-DE", "en-AB", "en-AU", "en-GB", "en-IE", "en-IN", "en-US",
            "en-WL", "es-ES", "es-US", "fa-IR", "fr-CA", "fr-FR", "he-IL", "hi-IN", "id-ID", "it-IT", "ja-JP", "ko-KR",
            "ms-MY", "nl-NL", "pt-BR", "pt-PT", "ru-RU", "ta-IN", "te-IN", "tr-TR", "zh-CN", "zh-TW", "th-TH", "en-ZA",
            "en-NZ", "vi-VN", "sv-SE",
        ]
    }
}
impl ::std::convert::From<LanguageCode> for ::forma_core::Value<LanguageCode> {
    fn from(v: LanguageCode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LanguageCode {}

/// The `Tag` property type of `AWS::Transcribe::MedicalVocabulary`.
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

/// The schema of `AWS::Transcribe::MedicalVocabulary`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Transcribe::MedicalVocabulary",
    properties: &[
        ::forma_core::schema::Property {
            name: "LanguageCode",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "af-ZA", "ar-AE", "ar-SA", "da-DK", "de-CH", "de-DE", "en-AB", "en-AU", "en-GB", "en-IE", "en-IN",
                "en-US", "en-WL", "es-ES", "es-US", "fa-IR", "fr-CA", "fr-FR", "he-IL", "hi-IN", "id-ID", "it-IT",
                "ja-JP", "ko-KR", "ms-MY", "nl-NL", "pt-BR", "pt-PT", "ru-RU", "ta-IN", "te-IN", "tr-TR", "zh-CN",
                "zh-TW", "th-TH", "en-ZA", "en-NZ", "vi-VN", "sv-SE",
            ]),
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
            name: "VocabularyFileUri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(s3://|http(s*)://).+"),
                min_length: Some(1),
                max_length: Some(2000),
            }),
        },
        ::forma_core::schema::Property {
            name: "VocabularyName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z._-]+$"),
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transcribe::MedicalVocabulary.Tag",
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
