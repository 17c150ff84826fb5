// @generated from AWS::ElastiCache::User (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ElastiCache::User` and its property types.

/// Resource Type definition for AWS::ElastiCache::User
///
/// CloudFormation type `AWS::ElastiCache::User`.
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    props: ::forma_core::schema::Props,
}
impl User {
    /// A new resource with its required properties: `Engine`, `UserId`, `UserName`.
    #[track_caller]
    pub fn new(
        engine: impl ::forma_core::schema::EnumArg<Engine>,
        user_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, engine.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(6, user_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, user_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Access permissions string used for this user account.
    #[track_caller]
    pub fn access_string(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AuthenticationMode`.
    #[track_caller]
    pub fn authentication_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuthenticationMode>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates a password is not required for this user account.
    #[track_caller]
    pub fn no_password_required(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Passwords used for this user account.
    #[track_caller]
    pub fn passwords(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this user.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for User {
    type Attributes = UserAttributes;
    fn type_name(&self) -> &str {
        "AWS::ElastiCache::User"
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
/// The attributes of a `AWS::ElastiCache::User` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UserAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UserAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl UserAttributes {
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `redis`, `valkey`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Engine {
    /// `redis`
    Redis,
    /// `valkey`
    Valkey,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Engine {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Redis => "redis",
            Self::Valkey => "valkey",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["redis", "valkey"]
    }
}
impl ::std::convert::From<Engine> for ::forma_core::Value<Engine> {
    fn from(v: Engine) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Engine {}

/// The `AuthenticationMode` property type of `AWS::ElastiCache::User`.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthenticationMode {
    props: ::forma_core::schema::Props,
}
impl AuthenticationMode {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into().into_expr());
        Self { props }
    }
    /// Passwords used for this user account.
    pub fn passwords(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AuthenticationMode> for ::forma_core::Value<AuthenticationMode> {
    fn from(v: AuthenticationMode) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHENTICATION_MODE_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// The value for the tag.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::ElastiCache::User`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ElastiCache::User",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AuthenticationMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTHENTICATION_MODE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Engine",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["redis", "valkey"]),
        },
        ::forma_core::schema::Property {
            name: "NoPasswordRequired",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Passwords",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
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
        ::forma_core::schema::Property {
            name: "UserId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-z][a-z0-9\\\\-]*"),
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "UserName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["Status", "Arn"],
};

static AUTHENTICATION_MODE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElastiCache::User.AuthenticationMode",
    properties: &[
        ::forma_core::schema::Property {
            name: "Passwords",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElastiCache::User.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z0-9 _\\.\\/=+:\\-@]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9 _\\.\\/=+:\\-@]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
