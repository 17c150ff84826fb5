// @generated from AWS::Cognito::UserPoolIdentityProvider (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cognito::UserPoolIdentityProvider` and its property types.

/// Resource Type definition for AWS::Cognito::UserPoolIdentityProvider
///
/// CloudFormation type `AWS::Cognito::UserPoolIdentityProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPoolIdentityProvider {
    props: ::forma_core::schema::Props,
}
impl UserPoolIdentityProvider {
    /// A new resource with its required properties: `ProviderDetails`, `ProviderName`, `ProviderType`, `UserPoolId`.
    #[track_caller]
    pub fn new(
        provider_details: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        provider_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        provider_type: impl ::forma_core::schema::EnumArg<ProviderType>,
        user_pool_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, provider_details.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, provider_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, provider_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(5, user_pool_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AttributeMapping`.
    #[track_caller]
    pub fn attribute_mapping(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IdpIdentifiers`.
    #[track_caller]
    pub fn idp_identifiers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for UserPoolIdentityProvider {
    type Attributes = UserPoolIdentityProviderAttributes;
    fn type_name(&self) -> &str {
        "AWS::Cognito::UserPoolIdentityProvider"
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
/// The attributes of a `AWS::Cognito::UserPoolIdentityProvider` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UserPoolIdentityProviderAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UserPoolIdentityProviderAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `Facebook`, `Google`, `LoginWithAmazon`, `OIDC`, `SAML`, `SignInWithApple`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProviderType {
    /// `Facebook`
    Facebook,
    /// `Google`
    Google,
    /// `LoginWithAmazon`
    LoginWithAmazon,
    /// `OIDC`
    Oidc,
    /// `SAML`
    Saml,
    /// `SignInWithApple`
    SignInWithApple,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProviderType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Facebook => "Facebook",
            Self::Google => "Google",
            Self::LoginWithAmazon => "LoginWithAmazon",
            Self::Oidc => "OIDC",
            Self::Saml => "SAML",
            Self::SignInWithApple => "SignInWithApple",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Facebook", "Google", "LoginWithAmazon", "OIDC", "SAML", "SignInWithApple"]
    }
}
impl ::std::convert::From<ProviderType> for ::forma_core::Value<ProviderType> {
    fn from(v: ProviderType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProviderType {}

/// The schema of `AWS::Cognito::UserPoolIdentityProvider`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Cognito::UserPoolIdentityProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributeMapping",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "IdpIdentifiers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\w\\s+=.@-]+$"),
                    min_length: Some(1),
                    max_length: Some(40),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProviderDetails",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "ProviderName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^_\\p{Z}][\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}][^_\\p{Z}]+$"),
                min_length: Some(1),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProviderType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "Facebook",
                "Google",
                "LoginWithAmazon",
                "OIDC",
                "SAML",
                "SignInWithApple",
            ]),
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
    attributes: &[],
};
