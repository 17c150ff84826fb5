// @generated from AWS::Cognito::Terms (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cognito::Terms` and its property types.

/// Resource Type definition for AWS::Cognito::Terms
///
/// CloudFormation type `AWS::Cognito::Terms`.
#[derive(Debug, Clone, PartialEq)]
pub struct Terms {
    props: ::forma_core::schema::Props,
}
impl Terms {
    /// A new resource with its required properties: `Enforcement`, `Links`, `TermsName`, `TermsSource`, `UserPoolId`.
    #[track_caller]
    pub fn new(
        enforcement: impl ::forma_core::schema::EnumArg<TermsEnforcementType>,
        links: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        terms_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        terms_source: impl ::forma_core::schema::EnumArg<TermsSourceType>,
        user_pool_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, enforcement.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, links.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, terms_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, terms_source.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(5, user_pool_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ClientId`.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn client_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Terms {
    type Attributes = TermsAttributes;
    fn type_name(&self) -> &str {
        "AWS::Cognito::Terms"
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
/// The attributes of a `AWS::Cognito::Terms` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TermsAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TermsAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TermsAttributes {
    /// `Fn::GetAtt` `TermsId`.
    pub fn terms_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TermsId")
    }
}

/// The values CloudFormation documents: `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TermsEnforcementType {
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TermsEnforcementType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE"]
    }
}
impl ::std::convert::From<TermsEnforcementType> for ::forma_core::Value<TermsEnforcementType> {
    fn from(v: TermsEnforcementType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TermsEnforcementType {}

/// The values CloudFormation documents: `LINK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TermsSourceType {
    /// `LINK`
    Link,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TermsSourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Link => "LINK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LINK"]
    }
}
impl ::std::convert::From<TermsSourceType> for ::forma_core::Value<TermsSourceType> {
    fn from(v: TermsSourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TermsSourceType {}

/// The schema of `AWS::Cognito::Terms`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Cognito::Terms",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClientId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w+]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Enforcement",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE"]),
        },
        ::forma_core::schema::Property {
            name: "Links",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$"),
                    min_length: Some(1),
                    max_length: Some(1024),
                },
            )),
        },
        ::forma_core::schema::Property {
            name: "TermsName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(terms-of-use|privacy-policy)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TermsSource",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LINK"]),
        },
        ::forma_core::schema::Property {
            name: "UserPoolId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w-]+_[0-9a-zA-Z]+$"),
                min_length: Some(1),
                max_length: Some(55),
            }),
        },
    ],
    rules: &[],
    attributes: &["TermsId"],
};
