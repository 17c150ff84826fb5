// @generated from AWS::Polly::Lexicon (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Polly::Lexicon` and its property types.

/// Resource Type definition for AWS::Polly::Lexicon.
///
/// CloudFormation type `AWS::Polly::Lexicon`.
#[derive(Debug, Clone, PartialEq)]
pub struct Lexicon {
    props: ::forma_core::schema::Props,
}
impl Lexicon {
    /// A new resource with its required properties: `Content`, `Name`.
    #[track_caller]
    pub fn new(
        content: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, content.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for Lexicon {
    type Attributes = LexiconAttributes;
    fn type_name(&self) -> &str {
        "AWS::Polly::Lexicon"
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
/// The attributes of a `AWS::Polly::Lexicon` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LexiconAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LexiconAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LexiconAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Alphabet`.
    pub fn alphabet(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Alphabet")
    }
    /// `Fn::GetAtt` `LanguageCode`.
    pub fn language_code(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LanguageCode")
    }
    /// `Fn::GetAtt` `LastModified`.
    pub fn last_modified(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModified")
    }
    /// `Fn::GetAtt` `LexemesCount`.
    pub fn lexemes_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "LexemesCount")
    }
    /// `Fn::GetAtt` `Size`.
    pub fn size(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Size")
    }
}

/// The schema of `AWS::Polly::Lexicon`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Polly::Lexicon",
    properties: &[
        ::forma_core::schema::Property {
            name: "Content",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z]{1,20}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Alphabet", "LanguageCode", "LastModified", "LexemesCount", "Size"],
};
