// @generated from AWS::EKS::IdentityProviderConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EKS::IdentityProviderConfig` and its property types.

/// An object representing an Amazon EKS IdentityProviderConfig.
///
/// CloudFormation type `AWS::EKS::IdentityProviderConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityProviderConfig {
    props: ::forma_core::schema::Props,
}
impl IdentityProviderConfig {
    /// A new resource with its required properties: `ClusterName`, `Type`.
    #[track_caller]
    pub fn new(
        cluster_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, cluster_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The name of the OIDC provider configuration.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn identity_provider_config_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An object representing an OpenID Connect (OIDC) configuration.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn oidc(mut self, value: impl ::std::convert::Into<::forma_core::Value<OidcIdentityProviderConfig>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IdentityProviderConfig {
    type Attributes = IdentityProviderConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::EKS::IdentityProviderConfig"
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
/// The attributes of a `AWS::EKS::IdentityProviderConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IdentityProviderConfigAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IdentityProviderConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IdentityProviderConfigAttributes {
    /// `Fn::GetAtt` `IdentityProviderConfigArn`.
    pub fn identity_provider_config_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdentityProviderConfigArn")
    }
}

/// The values CloudFormation documents: `oidc`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `oidc`
    Oidc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Oidc => "oidc",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["oidc"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// An object representing an OpenID Connect (OIDC) configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct OidcIdentityProviderConfig {
    props: ::forma_core::schema::Props,
}
impl OidcIdentityProviderConfig {
    /// A new value with its required properties: `ClientId`, `IssuerUrl`.
    pub fn new(
        client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        issuer_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, client_id.into().into_expr());
        props.set(3, issuer_url.into().into_expr());
        Self { props }
    }
    /// The JWT claim that the provider uses to return your groups.
    pub fn groups_claim(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The prefix that is prepended to group claims to prevent clashes with existing names (such as system: groups).
    pub fn groups_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `RequiredClaims`.
    pub fn required_claims(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RequiredClaim>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The JSON Web Token (JWT) claim to use as the username.
    pub fn username_claim(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The prefix that is prepended to username claims to prevent clashes with existing names.
    pub fn username_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OidcIdentityProviderConfig> for ::forma_core::Value<OidcIdentityProviderConfig> {
    fn from(v: OidcIdentityProviderConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OIDC_IDENTITY_PROVIDER_CONFIG_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The key value pairs that describe required claims in the identity token.
#[derive(Debug, Clone, PartialEq)]
pub struct RequiredClaim {
    props: ::forma_core::schema::Props,
}
impl RequiredClaim {
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
impl ::std::convert::From<RequiredClaim> for ::forma_core::Value<RequiredClaim> {
    fn from(v: RequiredClaim) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REQUIRED_CLAIM_TYPE.properties))
    }
}

/// The schema of `AWS::EKS::IdentityProviderConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EKS::IdentityProviderConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClusterName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IdentityProviderConfigName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Oidc",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&OIDC_IDENTITY_PROVIDER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["oidc"]),
        },
    ],
    rules: &[],
    attributes: &["IdentityProviderConfigArn"],
};

static OIDC_IDENTITY_PROVIDER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::IdentityProviderConfig.OidcIdentityProviderConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClientId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GroupsClaim",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GroupsPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IssuerUrl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RequiredClaims",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REQUIRED_CLAIM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "UsernameClaim",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UsernamePrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::IdentityProviderConfig.Tag",
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

static REQUIRED_CLAIM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::IdentityProviderConfig.RequiredClaim",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(253),
            }),
        },
    ],
    rules: &[],
};
