// @generated from AWS::Transfer::HostKey (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Transfer::HostKey` and its property types.

/// Resource type definition for AWS::Transfer::HostKey
///
/// CloudFormation type `AWS::Transfer::HostKey`.
#[derive(Debug, Clone, PartialEq)]
pub struct HostKey {
    props: ::forma_core::schema::Props,
}
impl HostKey {
    /// A new resource with its required properties: `ServerId`.
    #[track_caller]
    pub fn new(server_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, server_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The text description for this host key.
    ///
    /// Allowed: length 0 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The private key portion of an SSH key pair.
    ///
    /// Allowed: length 0 to 4096.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn host_key_body(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of a customer managed key used to encrypt the Secrets Manager secret that holds the host key.
    ///
    /// Allowed: length 20 to 1600.
    #[track_caller]
    pub fn kms_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of storage used for the host key.
    #[track_caller]
    pub fn storage_type(mut self, value: impl ::forma_core::schema::EnumArg<StorageType>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Key-value pairs that can be used to group and search for host keys.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for HostKey {
    type Attributes = HostKeyAttributes;
    fn type_name(&self) -> &str {
        "AWS::Transfer::HostKey"
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
/// The attributes of a `AWS::Transfer::HostKey` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct HostKeyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for HostKeyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl HostKeyAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `HostKeyId`.
    pub fn host_key_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "HostKeyId")
    }
    /// `Fn::GetAtt` `HostKeyFingerprint`.
    pub fn host_key_fingerprint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "HostKeyFingerprint")
    }
    /// `Fn::GetAtt` `Type`.
    pub fn type_(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Type")
    }
    /// `Fn::GetAtt` `DateImported`.
    pub fn date_imported(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DateImported")
    }
    /// `Fn::GetAtt` `SecretId`.
    pub fn secret_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SecretId")
    }
}

/// The values CloudFormation documents: `SERVICE_MANAGED`, `SECRETS_MANAGER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageType {
    /// `SERVICE_MANAGED`
    ServiceManaged,
    /// `SECRETS_MANAGER`
    SecretsManager,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StorageType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ServiceManaged => "SERVICE_MANAGED",
            Self::SecretsManager => "SECRETS_MANAGER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SERVICE_MANAGED", "SECRETS_MANAGER"]
    }
}
impl ::std::convert::From<StorageType> for ::forma_core::Value<StorageType> {
    fn from(v: StorageType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StorageType {}

/// The `Tag` property type of `AWS::Transfer::HostKey`.
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

/// The schema of `AWS::Transfer::HostKey`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Transfer::HostKey",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{Print}]*$"),
                min_length: Some(0),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "HostKeyBody",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:\\S+$"),
                min_length: Some(20),
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServerId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^s-([0-9a-f]{17})$"),
                min_length: Some(19),
                max_length: Some(19),
            }),
        },
        ::forma_core::schema::Property {
            name: "StorageType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SERVICE_MANAGED", "SECRETS_MANAGER"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "HostKeyId", "HostKeyFingerprint", "Type", "DateImported", "SecretId"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::HostKey.Tag",
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
