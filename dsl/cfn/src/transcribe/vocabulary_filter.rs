// @generated from AWS::Transcribe::VocabularyFilter (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Transcribe::VocabularyFilter` and its property types.

/// Creates a custom vocabulary filter that you can use to mask, delete, or flag specific words from your transcript.
///
/// CloudFormation type `AWS::Transcribe::VocabularyFilter`.
#[derive(Debug, Clone, PartialEq)]
pub struct VocabularyFilter {
    props: ::forma_core::schema::Props,
}
impl VocabularyFilter {
    /// A new resource with its required properties: `LanguageCode`, `VocabularyFilterName`.
    #[track_caller]
    pub fn new(
        language_code: impl ::forma_core::schema::EnumArg<LanguageCode>,
        vocabulary_filter_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, language_code.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(4, vocabulary_filter_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of an IAM role that has permissions to access the Amazon S3 bucket that contains your input files.
    ///
    /// Allowed: length 20 to 2048.
    #[track_caller]
    pub fn data_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags associated with the vocabulary filter.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon S3 location of the text file that contains your custom vocabulary filter terms.
    ///
    /// Allowed: length 1 to 2000.
    #[track_caller]
    pub fn vocabulary_filter_file_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Use this parameter if you want to create your custom vocabulary filter by including all desired terms, as comma-separated values, within your request.
    #[track_caller]
    pub fn words(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for VocabularyFilter {
    type Attributes = VocabularyFilterAttributes;
    fn type_name(&self) -> &str {
        "AWS::Transcribe::VocabularyFilter"
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
/// The attributes of a `AWS::Transcribe::VocabularyFilter` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VocabularyFilterAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VocabularyFilterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VocabularyFilterAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `ab-GE`, `af-ZA`, `am-ET`, `ar-AE`, `ar-SA`, `ast-ES`, `az-AZ`, `ba-RU`, `be-BY`, `bg-BG`, `bn-IN`, `bs-BA`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LanguageCode {
    /// `ab-GE`
    AbGe,
    /// `af-ZA`
    AfZa,
    /// `am-ET`
    AmEt,
    /// `ar-AE`
    ArAe,
    /// `ar-SA`
    ArSa,
    /// `ast-ES`
    AstEs,
    /// `az-AZ`
    AzAz,
    /// `ba-RU`
    BaRu,
    /// `be-BY`
    BeBy,
    /// `bg-BG`
    BgBg,
    /// `bn-IN`
    BnIn,
    /// `bs-BA`
    BsBa,
    /// `ca-ES`
    CaEs,
    /// `ckb-IQ`
    CkbIq,
    /// `ckb-IR`
    CkbIr,
    /// `cs-CZ`
    CsCz,
    /// `cy-GB`
    CyGb,
    /// `cy-WL`
    CyWl,
    /// `da-DK`
    DaDk,
    /// `de-CH`
    DeCh,
    /// `de-DE`
    DeDe,
    /// `el-GR`
    ElGr,
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
    /// `en-NZ`
    EnNz,
    /// `en-US`
    EnUs,
    /// `en-WL`
    EnWl,
    /// `en-ZA`
    EnZa,
    /// `es-ES`
    EsEs,
    /// `es-MX`
    EsMx,
    /// `es-US`
    EsUs,
    /// `et-EE`
    EtEe,
    /// `et-ET`
    EtEt,
    /// `eu-ES`
    EuEs,
    /// `fa-AF`
    FaAf,
    /// `fa-IR`
    FaIr,
    /// `fi-FI`
    FiFi,
    /// `fr-CA`
    FrCa,
    /// `fr-FR`
    FrFr,
    /// `ga-IE`
    GaIe,
    /// `gd-GB`
    GdGb,
    /// `gl-ES`
    GlEs,
    /// `gu-IN`
    GuIn,
    /// `ha-NG`
    HaNg,
    /// `he-IL`
    HeIl,
    /// `hi-IN`
    HiIn,
    /// `hr-HR`
    HrHr,
    /// `ht-HT`
    HtHt,
    /// `hu-HU`
    HuHu,
    /// `hy-AM`
    HyAm,
    /// `id-ID`
    IdId,
    /// `is-IS`
    IsIs,
    /// `it-IT`
    ItIt,
    /// `ja-JP`
    JaJp,
    /// `jv-ID`
    JvId,
    /// `ka-GE`
    KaGe,
    /// `kab-DZ`
    KabDz,
    /// `kk-KZ`
    KkKz,
    /// `km-KH`
    KmKh,
    /// `kn-IN`
    KnIn,
    /// `ko-KR`
    KoKr,
    /// `ky-KG`
    KyKg,
    /// `lg-IN`
    LgIn,
    /// `lt-LT`
    LtLt,
    /// `lv-LV`
    LvLv,
    /// `mhr-RU`
    MhrRu,
    /// `mi-NZ`
    MiNz,
    /// `mk-MK`
    MkMk,
    /// `ml-IN`
    MlIn,
    /// `mn-MN`
    MnMn,
    /// `mr-IN`
    MrIn,
    /// `ms-MY`
    MsMy,
    /// `mt-MT`
    MtMt,
    /// `my-MM`
    MyMm,
    /// `ne-NP`
    NeNp,
    /// `nl-NL`
    NlNl,
    /// `no-NO`
    NoNo,
    /// `or-IN`
    OrIn,
    /// `pa-IN`
    PaIn,
    /// `pl-PL`
    PlPl,
    /// `ps-AF`
    PsAf,
    /// `pt-BR`
    PtBr,
    /// `pt-PT`
    PtPt,
    /// `ro-RO`
    RoRo,
    /// `ru-RU`
    RuRu,
    /// `rw-RW`
    RwRw,
    /// `si-LK`
    SiLk,
    /// `sk-SK`
    SkSk,
    /// `sl-SI`
    SlSi,
    /// `so-SO`
    SoSo,
    /// `sq-AL`
    SqAl,
    /// `sr-RS`
    SrRs,
    /// `su-ID`
    SuId,
    /// `sv-SE`
    SvSe,
    /// `sw-BI`
    SwBi,
    /// `sw-KE`
    SwKe,
    /// `sw-RW`
    SwRw,
    /// `sw-TZ`
    SwTz,
    /// `sw-UG`
    SwUg,
    /// `ta-IN`
    TaIn,
    /// `te-IN`
    TeIn,
    /// `th-TH`
    ThTh,
    /// `tl-PH`
    TlPh,
    /// `tr-TR`
    TrTr,
    /// `tt-RU`
    TtRu,
    /// `ug-CN`
    UgCn,
    /// `uk-UA`
    UkUa,
    /// `uz-UZ`
    UzUz,
    /// `vi-VN`
    ViVn,
    /// `wo-SN`
    WoSn,
    /// `zh-CN`
    ZhCn,
    /// `zh-HK`
    ZhHk,
    /// `zh-TW`
    ZhTw,
    /// `zu-ZA`
    ZuZa,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LanguageCode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AbGe => "ab-GE",
            Self::AfZa => "af-ZA",
            Self::AmEt => "am-ET",
            Self::ArAe => "ar-AE",
            Self::ArSa => "ar-SA",
            Self::AstEs => "ast-ES",
            Self::AzAz => "az-AZ",
            Self::BaRu => "ba-RU",
            Self::BeBy => "be-BY",
            Self::BgBg => "bg-BG",
            Self::BnIn => "bn-IN",
            Self::BsBa => "bs-BA",
            Self::CaEs => "ca-ES",
            Self::CkbIq => "ckb-IQ",
            Self::CkbIr => "ckb-IR",
            Self::CsCz => "cs-CZ",
            Self::CyGb => "cy-GB",
            Self::CyWl => "cy-WL",
            Self::DaDk => "da-DK",
            Self::DeCh => "de-CH",
            Self::DeDe => "de-DE",
            Self::ElGr => "el-GR",
            Self::EnAb => "en-AB",
            Self::EnAu => "en-AU",
            Self::EnGb => "en-GB",
            Self::EnIe => "en-IE",
            Self::EnIn => "en-IN",
            Self::EnNz => "en-NZ",
            Self::EnUs => "en-US",
            Self::EnWl => "en-WL",
            Self::EnZa => "en-ZA",
            Self::EsEs => "es-ES",
            Self::EsMx => "es-MX",
            Self::EsUs => "es-US",
            Self::EtEe => "et-EE",
            Self::EtEt => "et-ET",
            Self::EuEs => "eu-ES",
            Self::FaAf => "fa-AF",
            Self::FaIr => "fa-IR",
            Self::FiFi => "fi-FI",
            Self::FrCa => "fr-CA",
            Self::FrFr => "fr-FR",
            Self::GaIe => "ga-IE",
            Self::GdGb => "gd-GB",
            Self::GlEs => "gl-ES",
            Self::GuIn => "gu-IN",
            Self::HaNg => "ha-NG",
            Self::HeIl => "he-IL",
            Self::HiIn => "hi-IN",
            Self::HrHr => "hr-HR",
            Self::HtHt => "ht-HT",
            Self::HuHu => "hu-HU",
            Self::HyAm => "hy-AM",
            Self::IdId => "id-ID",
            Self::IsIs => "is-IS",
            Self::ItIt => "it-IT",
            Self::JaJp => "ja-JP",
            Self::JvId => "jv-ID",
            Self::KaGe => "ka-GE",
            Self::KabDz => "kab-DZ",
            Self::KkKz => "kk-KZ",
            Self::KmKh => "km-KH",
            Self::KnIn => "kn-IN",
            Self::KoKr => "ko-KR",
            Self::KyKg => "ky-KG",
            Self::LgIn => "lg-IN",
            Self::LtLt => "lt-LT",
            Self::LvLv => "lv-LV",
            Self::MhrRu => "mhr-RU",
            Self::MiNz => "mi-NZ",
            Self::MkMk => "mk-MK",
            Self::MlIn => "ml-IN",
            Self::MnMn => "mn-MN",
            Self::MrIn => "mr-IN",
            Self::MsMy => "ms-MY",
            Self::MtMt => "mt-MT",
            Self::MyMm => "my-MM",
            Self::NeNp => "ne-NP",
            Self::NlNl => "nl-NL",
            Self::NoNo => "no-NO",
            Self::OrIn => "or-IN",
            Self::PaIn => "pa-IN",
            Self::PlPl => "pl-PL",
            Self::PsAf => "ps-AF",
            Self::PtBr => "pt-BR",
            Self::PtPt => "pt-PT",
            Self::RoRo => "ro-RO",
            Self::RuRu => "ru-RU",
            Self::RwRw => "rw-RW",
            Self::SiLk => "si-LK",
            Self::SkSk => "sk-SK",
            Self::SlSi => "sl-SI",
            Self::SoSo => "so-SO",
            Self::SqAl => "sq-AL",
            Self::SrRs => "sr-RS",
            Self::SuId => "su-ID",
            Self::SvSe => "sv-SE",
            Self::SwBi => "sw-BI",
            Self::SwKe => "sw-KE",
            Self::SwRw => "sw-RW",
            Self::SwTz => "sw-TZ",
            Self::SwUg => "sw-UG",
            Self::TaIn => "ta-IN",
            Self::TeIn => "te-IN",
            Self::ThTh => "th-TH",
            Self::TlPh => "tl-PH",
            Self::TrTr => "tr-TR",
            Self::TtRu => "tt-RU",
            Self::UgCn => "ug-CN",
            Self::UkUa => "uk-UA",
            Self::UzUz => "uz-UZ",
            Self::ViVn => "vi-VN",
            Self::WoSn => "wo-SN",
            Self::ZhCn => "zh-CN",
            Self::ZhHk => "zh-HK",
            Self::ZhTw => "zh-TW",
            Self::ZuZa => "zu-ZA",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ab-GE", "af-ZA", "am-ET", "ar-AE", "ar-SA", "ast-ES", "az-AZ", "ba-RU", "be-BY", "bg-BG", "bn-IN",
            "bs-BA", "ca-ES", "ckb-IQ", "ckb-IR", "cs-CZ", "cy-GB", "cy-WL", "da-DK", "de-CH", "de-DE", "el-GR",
            "en-AB", "en-AU", "en-GB", "en-IE", "en-IN", "en-NZ", "en-US", "en-WL", "en-ZA", "es-ES", "es-MX", "es-US",
            "et-EE", "et-ET", "eu-ES", "fa-AF", "fa-IR", "fi-FI", "fr-CA", "fr-FR", "ga-IE", "gd-GB", "gl-ES", "gu-IN",
            "ha-NG", "he-IL", "hi-IN", "hr-HR", "ht-HT", "hu-HU", "hy-AM", "id-ID", "is-IS", "it-IT", "ja-JP", "jv-ID",
            "ka-GE", "kab-DZ", "kk-KZ", "km-KH", "kn-IN", "ko-KR", "ky-KG", "lg-IN", "lt-LT", "lv-LV", "mhr-RU",
            "mi-NZ", "mk-MK", "ml-IN", "mn-MN", "mr-IN", "ms-MY", "mt-MT", "my-MM", "ne-NP", "nl-NL", "no-NO", "or-IN",
            "pa-IN", "pl-PL", "ps-AF", "pt-BR", "pt-PT", "ro-RO", "ru-RU", "rw-RW", "si-LK", "sk-SK", "sl-SI", "so-SO",
            "sq-AL", "sr-RS", "su-ID", "sv-SE", "sw-BI", "sw-KE", "sw-RW", "sw-TZ", "sw-UG", "ta-IN", "te-IN", "th-TH",
            "tl-PH", "tr-TR", "tt-RU", "ug-CN", "uk-UA", "uz-UZ", "vi-VN", "wo-SN", "zh-CN", "zh-HK", "zh-TW", "zu-ZA",
        ]
    }
}
impl ::std::convert::From<LanguageCode> for ::forma_core::Value<LanguageCode> {
    fn from(v: LanguageCode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LanguageCode {}

/// The `Tag` property type of `AWS::Transcribe::VocabularyFilter`.
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

/// The schema of `AWS::Transcribe::VocabularyFilter`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Transcribe::VocabularyFilter",
properties: &[
::forma_core::schema::Property { name: "DataAccessRoleArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):iam::[0-9]{0,63}:role/[A-Za-z0-9:_/+=,@.-]{0,1024}$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "LanguageCode", required: true, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["ab-GE", "af-ZA", "am-ET", "ar-AE", "ar-SA", "ast-ES", "az-AZ", "ba-RU", "be-BY", "bg-BG", "bn-IN", "bs-BA", "ca-ES", "ckb-IQ", "ckb-IR", "cs-CZ", "cy-GB", "cy-WL", "da-DK", "de-CH", "de-DE", "el-GR", "en-AB", "en-AU", "en-GB", "en-IE", "en-IN", "en-NZ", "en-US", "en-WL", "en-ZA", "es-ES", "es-MX", "es-US", "et-EE", "et-ET", "eu-ES", "fa-AF", "fa-IR", "fi-FI", "fr-CA", "fr-FR", "ga-IE", "gd-GB", "gl-ES", "gu-IN", "ha-NG", "he-IL", "hi-IN", "hr-HR", "ht-HT", "hu-HU", "hy-AM", "id-ID", "is-IS", "it-IT", "ja-JP", "jv-ID", "ka-GE", "kab-DZ", "kk-KZ", "km-KH", "kn-IN", "ko-KR", "ky-KG", "lg-IN", "lt-LT", "lv-LV", "mhr-RU", "mi-NZ", "mk-MK", "ml-IN", "mn-MN", "mr-IN", "ms-MY", "mt-MT", "my-MM", "ne-NP", "nl-NL", "no-NO", "or-IN", "pa-IN", "pl-PL", "ps-AF", "pt-BR", "pt-PT", "ro-RO", "ru-RU", "rw-RW", "si-LK", "sk-SK", "sl-SI", "so-SO", "sq-AL", "sr-RS", "su-ID", "sv-SE", "sw-BI", "sw-KE", "sw-RW", "sw-TZ", "sw-UG", "ta-IN", "te-IN", "th-TH", "tl-PH", "tr-TR", "tt-RU", "ug-CN", "uk-UA", "uz-UZ", "vi-VN", "wo-SN", "zh-CN", "zh-HK", "zh-TW", "zu-ZA"]) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) }) },
::forma_core::schema::Property { name: "VocabularyFilterFileUri", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(s3://|http(s*)://).+$"), min_length: Some(1), max_length: Some(2000) }) },
::forma_core::schema::Property { name: "VocabularyFilterName", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[0-9a-zA-Z._-]+$"), min_length: Some(1), max_length: Some(200) }) },
::forma_core::schema::Property { name: "Words", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(256) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: None }) },
],
rules: &[],
attributes: &["Arn"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transcribe::VocabularyFilter.Tag",
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
