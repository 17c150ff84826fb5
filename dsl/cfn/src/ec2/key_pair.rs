// @generated from AWS::EC2::KeyPair (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::KeyPair` and its property types.

/// Specifies a key pair for use with an EC2long instance as follows: + To import an existing key pair, include the `PublicKeyMaterial` property.
///
/// CloudFormation type `AWS::EC2::KeyPair`.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyPair {
    props: ::forma_core::schema::Props,
}
impl KeyPair {
    /// A new resource with its required properties: `KeyName`.
    #[track_caller]
    pub fn new(key_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, key_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The format of the key pair.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn key_format(mut self, value: impl ::forma_core::schema::EnumArg<KeyFormat>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of key pair.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn key_type(mut self, value: impl ::forma_core::schema::EnumArg<KeyType>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The public key material.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn public_key_material(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags to apply to the key pair.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for KeyPair {
    type Attributes = KeyPairAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::KeyPair"
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
/// The attributes of a `AWS::EC2::KeyPair` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct KeyPairAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for KeyPairAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl KeyPairAttributes {
    /// `Fn::GetAtt` `KeyPairId`.
    pub fn key_pair_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "KeyPairId")
    }
    /// `Fn::GetAtt` `KeyFingerprint`.
    pub fn key_fingerprint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "KeyFingerprint")
    }
}

/// The values CloudFormation documents: `pem`, `ppk`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyFormat {
    /// `pem`
    Pem,
    /// `ppk`
    Ppk,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KeyFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pem => "pem",
            Self::Ppk => "ppk",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["pem", "ppk"]
    }
}
impl ::std::convert::From<KeyFormat> for ::forma_core::Value<KeyFormat> {
    fn from(v: KeyFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KeyFormat {}

/// The values CloudFormation documents: `rsa`, `ed25519`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyType {
    /// `rsa`
    Rsa,
    /// `ed25519`
    Ed25519,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KeyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rsa => "rsa",
            Self::Ed25519 => "ed25519",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["rsa", "ed25519"]
    }
}
impl ::std::convert::From<KeyType> for ::forma_core::Value<KeyType> {
    fn from(v: KeyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KeyType {}

/// Specifies a tag.
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

/// The schema of `AWS::EC2::KeyPair`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::KeyPair",
    properties: &[
        ::forma_core::schema::Property {
            name: "KeyFormat",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["pem", "ppk"]),
        },
        ::forma_core::schema::Property {
            name: "KeyName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KeyType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["rsa", "ed25519"]),
        },
        ::forma_core::schema::Property {
            name: "PublicKeyMaterial",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["KeyPairId", "KeyFingerprint"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::KeyPair.Tag",
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
