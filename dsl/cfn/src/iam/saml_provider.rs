// @generated from AWS::IAM::SAMLProvider (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IAM::SAMLProvider` and its property types.

/// Resource Type definition for AWS::IAM::SAMLProvider
///
/// CloudFormation type `AWS::IAM::SAMLProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct SamlProvider {
    props: ::forma_core::schema::Props,
}
impl SamlProvider {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The private key from your external identity provider
    ///
    /// Allowed: length 1 to 16384.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn add_private_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The encryption setting for the SAML provider
    #[track_caller]
    pub fn assertion_encryption_mode(
        mut self,
        value: impl ::forma_core::schema::EnumArg<AssertionEncryptionMode>,
    ) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PrivateKeyList`.
    #[track_caller]
    pub fn private_key_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SamlPrivateKey>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Key ID of the private key to remove
    ///
    /// Allowed: length 22 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn remove_private_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SamlMetadataDocument`.
    ///
    /// Allowed: length 1000 to 10000000.
    #[track_caller]
    pub fn saml_metadata_document(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for SamlProvider {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for SamlProvider {
    type Attributes = SamlProviderAttributes;
    fn type_name(&self) -> &str {
        "AWS::IAM::SAMLProvider"
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
/// The attributes of a `AWS::IAM::SAMLProvider` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SamlProviderAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SamlProviderAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SamlProviderAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `SamlProviderUUID`.
    pub fn saml_provider_uuid(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SamlProviderUUID")
    }
}

/// The values CloudFormation documents: `Allowed`, `Required`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssertionEncryptionMode {
    /// `Allowed`
    Allowed,
    /// `Required`
    Required,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AssertionEncryptionMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allowed => "Allowed",
            Self::Required => "Required",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Allowed", "Required"]
    }
}
impl ::std::convert::From<AssertionEncryptionMode> for ::forma_core::Value<AssertionEncryptionMode> {
    fn from(v: AssertionEncryptionMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AssertionEncryptionMode {}

/// The private key metadata for the SAML provider
#[derive(Debug, Clone, PartialEq)]
pub struct SamlPrivateKey {
    props: ::forma_core::schema::Props,
}
impl SamlPrivateKey {
    /// A new value with its required properties: `KeyId`, `Timestamp`.
    pub fn new(
        key_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        timestamp: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key_id.into().into_expr());
        props.set(1, timestamp.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SamlPrivateKey> for ::forma_core::Value<SamlPrivateKey> {
    fn from(v: SamlPrivateKey) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAML_PRIVATE_KEY_TYPE.properties))
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

/// The schema of `AWS::IAM::SAMLProvider`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IAM::SAMLProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "AddPrivateKey",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
                min_length: Some(1),
                max_length: Some(16384),
            }),
        },
        ::forma_core::schema::Property {
            name: "AssertionEncryptionMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Allowed", "Required"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\w._-]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "PrivateKeyList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SAML_PRIVATE_KEY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RemovePrivateKey",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[A-Z0-9]+"),
                min_length: Some(22),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "SamlMetadataDocument",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1000),
                max_length: Some(10000000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "SamlProviderUUID"],
};

static SAML_PRIVATE_KEY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IAM::SAMLProvider.SAMLPrivateKey",
    properties: &[
        ::forma_core::schema::Property {
            name: "KeyId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[A-Z0-9]+"),
                min_length: Some(22),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Timestamp",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IAM::SAMLProvider.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
