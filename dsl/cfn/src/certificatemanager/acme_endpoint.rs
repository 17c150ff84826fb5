// @generated from AWS::CertificateManager::AcmeEndpoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CertificateManager::AcmeEndpoint` and its property types.

/// Resource Type definition for AWS::CertificateManager::AcmeEndpoint
///
/// CloudFormation type `AWS::CertificateManager::AcmeEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct AcmeEndpoint {
    props: ::forma_core::schema::Props,
}
impl AcmeEndpoint {
    /// A new resource with its required properties: `AuthorizationBehavior`, `CertificateAuthority`.
    #[track_caller]
    pub fn new(
        authorization_behavior: impl ::forma_core::schema::EnumArg<AuthorizationBehavior>,
        certificate_authority: impl ::std::convert::Into<::forma_core::Value<CertificateAuthority>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, authorization_behavior.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(1, certificate_authority.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Tags applied to certificates issued via this endpoint.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn certificate_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether contact information is required for the ACME endpoint.
    #[track_caller]
    pub fn contact(mut self, value: impl ::forma_core::schema::EnumArg<Contact>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags associated with the ACME endpoint.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tags>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AcmeEndpoint {
    type Attributes = AcmeEndpointAttributes;
    fn type_name(&self) -> &str {
        "AWS::CertificateManager::AcmeEndpoint"
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
/// The attributes of a `AWS::CertificateManager::AcmeEndpoint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AcmeEndpointAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AcmeEndpointAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AcmeEndpointAttributes {
    /// `Fn::GetAtt` `AcmeEndpointArn`.
    pub fn acme_endpoint_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AcmeEndpointArn")
    }
    /// `Fn::GetAtt` `EndpointUrl`.
    pub fn endpoint_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EndpointUrl")
    }
}

/// The values CloudFormation documents: `PRE_APPROVED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthorizationBehavior {
    /// `PRE_APPROVED`
    PreApproved,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthorizationBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PreApproved => "PRE_APPROVED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PRE_APPROVED"]
    }
}
impl ::std::convert::From<AuthorizationBehavior> for ::forma_core::Value<AuthorizationBehavior> {
    fn from(v: AuthorizationBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthorizationBehavior {}

/// The values CloudFormation documents: `NOT_REQUIRED`, `REQUIRED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Contact {
    /// `NOT_REQUIRED`
    NotRequired,
    /// `REQUIRED`
    Required,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Contact {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotRequired => "NOT_REQUIRED",
            Self::Required => "REQUIRED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NOT_REQUIRED", "REQUIRED"]
    }
}
impl ::std::convert::From<Contact> for ::forma_core::Value<Contact> {
    fn from(v: Contact) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Contact {}

/// The certificate authority configuration for the ACME endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct CertificateAuthority {
    props: ::forma_core::schema::Props,
}
impl CertificateAuthority {
    /// A new value with its required properties: `PublicCertificateAuthority`.
    pub fn new(
        public_certificate_authority: impl ::std::convert::Into<::forma_core::Value<PublicCertificateAuthority>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, public_certificate_authority.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CertificateAuthority> for ::forma_core::Value<CertificateAuthority> {
    fn from(v: CertificateAuthority) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CERTIFICATE_AUTHORITY_TYPE.properties))
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

/// The `Tags` property type of `AWS::CertificateManager::AcmeEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tags {
    props: ::forma_core::schema::Props,
}
impl Tags {
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
impl ::std::convert::From<Tags> for ::forma_core::Value<Tags> {
    fn from(v: Tags) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAGS_TYPE.properties))
    }
}

/// Configuration for the public certificate authority.
#[derive(Debug, Clone, PartialEq)]
pub struct PublicCertificateAuthority {
    props: ::forma_core::schema::Props,
}
impl PublicCertificateAuthority {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The allowed key algorithms for certificates issued via this endpoint.
    pub fn allowed_key_algorithms(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PublicCertificateAuthority {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PublicCertificateAuthority> for ::forma_core::Value<PublicCertificateAuthority> {
    fn from(v: PublicCertificateAuthority) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PUBLIC_CERTIFICATE_AUTHORITY_TYPE.properties))
    }
}

/// The schema of `AWS::CertificateManager::AcmeEndpoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CertificateManager::AcmeEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizationBehavior",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["PRE_APPROVED"]),
        },
        ::forma_core::schema::Property {
            name: "CertificateAuthority",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CERTIFICATE_AUTHORITY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CertificateTags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Contact",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NOT_REQUIRED", "REQUIRED"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAGS_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["AcmeEndpointArn", "EndpointUrl"],
};

static CERTIFICATE_AUTHORITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CertificateManager::AcmeEndpoint.CertificateAuthority",
    properties: &[::forma_core::schema::Property {
        name: "PublicCertificateAuthority",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&PUBLIC_CERTIFICATE_AUTHORITY_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CertificateManager::AcmeEndpoint.Tag",
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

static TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CertificateManager::AcmeEndpoint.Tags",
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

static PUBLIC_CERTIFICATE_AUTHORITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CertificateManager::AcmeEndpoint.PublicCertificateAuthority",
    properties: &[::forma_core::schema::Property {
        name: "AllowedKeyAlgorithms",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};
