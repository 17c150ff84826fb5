// @generated from AWS::Lex::BotVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lex::BotVersion` and its property types.

/// Resource Type definition for bot versions, a numbered snapshot of your work that you can publish for use in different parts of your workflow, such as development, beta deployment, and production.
///
/// CloudFormation type `AWS::Lex::BotVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct BotVersion {
    props: ::forma_core::schema::Props,
}
impl BotVersion {
    /// A new resource with its required properties: `BotId`, `BotVersionLocaleSpecification`.
    #[track_caller]
    pub fn new(
        bot_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        bot_version_locale_specification: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<BotVersionLocaleSpecification>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, bot_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, bot_version_locale_specification.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description of the version.
    ///
    /// Allowed: length 0 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for BotVersion {
    type Attributes = BotVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lex::BotVersion"
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
/// The attributes of a `AWS::Lex::BotVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BotVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BotVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl BotVersionAttributes {
    /// `Fn::GetAtt` `BotVersion`.
    pub fn bot_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BotVersion")
    }
}

/// The `BotVersionLocaleSpecification` property type of `AWS::Lex::BotVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct BotVersionLocaleSpecification {
    props: ::forma_core::schema::Props,
}
impl BotVersionLocaleSpecification {
    /// A new value with its required properties: `BotVersionLocaleDetails`, `LocaleId`.
    pub fn new(
        bot_version_locale_details: impl ::std::convert::Into<::forma_core::Value<BotVersionLocaleDetails>>,
        locale_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bot_version_locale_details.into().into_expr());
        props.set(1, locale_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BotVersionLocaleSpecification> for ::forma_core::Value<BotVersionLocaleSpecification> {
    fn from(v: BotVersionLocaleSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BOT_VERSION_LOCALE_SPECIFICATION_TYPE.properties))
    }
}

/// The version of a bot used for a bot locale.
#[derive(Debug, Clone, PartialEq)]
pub struct BotVersionLocaleDetails {
    props: ::forma_core::schema::Props,
}
impl BotVersionLocaleDetails {
    /// A new value with its required properties: `SourceBotVersion`.
    pub fn new(source_bot_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, source_bot_version.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BotVersionLocaleDetails> for ::forma_core::Value<BotVersionLocaleDetails> {
    fn from(v: BotVersionLocaleDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BOT_VERSION_LOCALE_DETAILS_TYPE.properties))
    }
}

/// The schema of `AWS::Lex::BotVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Lex::BotVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "BotId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z]+$"),
                min_length: Some(10),
                max_length: Some(10),
            }),
        },
        ::forma_core::schema::Property {
            name: "BotVersionLocaleSpecification",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BOT_VERSION_LOCALE_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(200),
            }),
        },
    ],
    rules: &[],
    attributes: &["BotVersion"],
};

static BOT_VERSION_LOCALE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::BotVersion.BotVersionLocaleSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "BotVersionLocaleDetails",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BOT_VERSION_LOCALE_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LocaleId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static BOT_VERSION_LOCALE_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lex::BotVersion.BotVersionLocaleDetails",
    properties: &[::forma_core::schema::Property {
        name: "SourceBotVersion",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^(DRAFT|[0-9]+)$"),
            min_length: Some(1),
            max_length: Some(5),
        }),
    }],
    rules: &[],
};
