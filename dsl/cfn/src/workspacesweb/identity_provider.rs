// @generated from AWS::WorkSpacesWeb::IdentityProvider (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WorkSpacesWeb::IdentityProvider` and its property types.

/// Definition of AWS::WorkSpacesWeb::IdentityProvider Resource Type
///
/// CloudFormation type `AWS::WorkSpacesWeb::IdentityProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityProvider {
    props: ::forma_core::schema::Props,
}
impl IdentityProvider {
    /// A new resource with its required properties: `IdentityProviderDetails`, `IdentityProviderName`, `IdentityProviderType`.
    #[track_caller]
    pub fn new(
        identity_provider_details: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        identity_provider_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        identity_provider_type: impl ::forma_core::schema::EnumArg<IdentityProviderType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, identity_provider_details.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, identity_provider_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, identity_provider_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `PortalArn`.
    ///
    /// Allowed: length 20 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn portal_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IdentityProvider {
    type Attributes = IdentityProviderAttributes;
    fn type_name(&self) -> &str {
        "AWS::WorkSpacesWeb::IdentityProvider"
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
/// The attributes of a `AWS::WorkSpacesWeb::IdentityProvider` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IdentityProviderAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IdentityProviderAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IdentityProviderAttributes {
    /// `Fn::GetAtt` `IdentityProviderArn`.
    pub fn identity_provider_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdentityProviderArn")
    }
}

/// The values CloudFormation documents: `SAML`, `Facebook`, `Google`, `LoginWithAmazon`, `SignInWithApple`, `OIDC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IdentityProviderType {
    /// `SAML`
    Saml,
    /// `Facebook`
    Facebook,
    /// `Google`
    Google,
    /// `LoginWithAmazon`
    LoginWithAmazon,
    /// `SignInWithApple`
    SignInWithApple,
    /// `OIDC`
    Oidc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IdentityProviderType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Saml => "SAML",
            Self::Facebook => "Facebook",
            Self::Google => "Google",
            Self::LoginWithAmazon => "LoginWithAmazon",
            Self::SignInWithApple => "SignInWithApple",
            Self::Oidc => "OIDC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SAML", "Facebook", "Google", "LoginWithAmazon", "SignInWithApple", "OIDC"]
    }
}
impl ::std::convert::From<IdentityProviderType> for ::forma_core::Value<IdentityProviderType> {
    fn from(v: IdentityProviderType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IdentityProviderType {}

/// The `Tag` property type of `AWS::WorkSpacesWeb::IdentityProvider`.
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

/// The schema of `AWS::WorkSpacesWeb::IdentityProvider`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::WorkSpacesWeb::IdentityProvider",
properties: &[
::forma_core::schema::Property { name: "IdentityProviderDetails", required: true, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[\\s\\S]*$"), min_length: Some(0), max_length: Some(131072) })) },
::forma_core::schema::Property { name: "IdentityProviderName", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[^_][\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}][^_]+$"), min_length: Some(1), max_length: Some(32) }) },
::forma_core::schema::Property { name: "IdentityProviderType", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["SAML", "Facebook", "Google", "LoginWithAmazon", "SignInWithApple", "OIDC"]) },
::forma_core::schema::Property { name: "PortalArn", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w+=\\/,.@-]+:[a-zA-Z0-9\\-]+:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:[a-zA-Z]+(\\/[a-fA-F0-9\\-]{36})+$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) }) },
],
rules: &[],
attributes: &["IdentityProviderArn"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpacesWeb::IdentityProvider.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
