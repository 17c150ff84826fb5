// @generated from AWS::Transfer::User (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Transfer::User` and its property types.

/// Definition of AWS::Transfer::User Resource Type
///
/// CloudFormation type `AWS::Transfer::User`.
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    props: ::forma_core::schema::Props,
}
impl User {
    /// A new resource with its required properties: `Role`, `ServerId`, `UserName`.
    #[track_caller]
    pub fn new(
        role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        server_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, role.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, server_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, user_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `HomeDirectory`.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn home_directory(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `HomeDirectoryMappings`.
    #[track_caller]
    pub fn home_directory_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HomeDirectoryMapEntry>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `HomeDirectoryType`.
    #[track_caller]
    pub fn home_directory_type(mut self, value: impl ::forma_core::schema::EnumArg<HomeDirectoryType>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Policy`.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PosixProfile`.
    #[track_caller]
    pub fn posix_profile(mut self, value: impl ::std::convert::Into<::forma_core::Value<PosixProfile>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// This represents the SSH User Public Keys for CloudFormation resource
    #[track_caller]
    pub fn ssh_public_keys(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for User {
    type Attributes = UserAttributes;
    fn type_name(&self) -> &str {
        "AWS::Transfer::User"
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
/// The attributes of a `AWS::Transfer::User` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `PATH`, `LOGICAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HomeDirectoryType {
    /// `PATH`
    Path,
    /// `LOGICAL`
    Logical,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HomeDirectoryType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Path => "PATH",
            Self::Logical => "LOGICAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PATH", "LOGICAL"]
    }
}
impl ::std::convert::From<HomeDirectoryType> for ::forma_core::Value<HomeDirectoryType> {
    fn from(v: HomeDirectoryType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HomeDirectoryType {}

/// The values CloudFormation documents: `FILE`, `DIRECTORY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MapType {
    /// `FILE`
    File,
    /// `DIRECTORY`
    Directory,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MapType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "FILE",
            Self::Directory => "DIRECTORY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FILE", "DIRECTORY"]
    }
}
impl ::std::convert::From<MapType> for ::forma_core::Value<MapType> {
    fn from(v: MapType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MapType {}

/// The `HomeDirectoryMapEntry` property type of `AWS::Transfer::User`.
#[derive(Debug, Clone, PartialEq)]
pub struct HomeDirectoryMapEntry {
    props: ::forma_core::schema::Props,
}
impl HomeDirectoryMapEntry {
    /// A new value with its required properties: `Entry`, `Target`.
    pub fn new(
        entry: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, entry.into().into_expr());
        props.set(1, target.into().into_expr());
        Self { props }
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<MapType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<HomeDirectoryMapEntry> for ::forma_core::Value<HomeDirectoryMapEntry> {
    fn from(v: HomeDirectoryMapEntry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOME_DIRECTORY_MAP_ENTRY_TYPE.properties))
    }
}

/// The `PosixProfile` property type of `AWS::Transfer::User`.
#[derive(Debug, Clone, PartialEq)]
pub struct PosixProfile {
    props: ::forma_core::schema::Props,
}
impl PosixProfile {
    /// A new value with its required properties: `Gid`, `Uid`.
    pub fn new(
        gid: impl ::std::convert::Into<::forma_core::Value<f64>>,
        uid: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, gid.into().into_expr());
        props.set(2, uid.into().into_expr());
        Self { props }
    }
    /// `SecondaryGids`.
    pub fn secondary_gids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<f64>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PosixProfile> for ::forma_core::Value<PosixProfile> {
    fn from(v: PosixProfile) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POSIX_PROFILE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Transfer::User`.
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

/// The schema of `AWS::Transfer::User`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Transfer::User",
properties: &[
::forma_core::schema::Property { name: "HomeDirectory", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(|/.*)$"), min_length: Some(0), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "HomeDirectoryMappings", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&HOME_DIRECTORY_MAP_ENTRY_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50000) }) },
::forma_core::schema::Property { name: "HomeDirectoryType", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["PATH", "LOGICAL"]) },
::forma_core::schema::Property { name: "Policy", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "PosixProfile", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&POSIX_PROFILE_TYPE) },
::forma_core::schema::Property { name: "Role", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:.*role/\\S+$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "ServerId", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^s-([0-9a-f]{17})$"), min_length: Some(19), max_length: Some(19) }) },
::forma_core::schema::Property { name: "SshPublicKeys", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^\\s*(ssh|ecdsa)-[a-z0-9-]+[ \\t]+(([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{1,3})?(={0,3})?)(\\s*|[ \\t]+[\\S \\t]*\\s*)$"), min_length: Some(0), max_length: Some(2048) }), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) }) },
::forma_core::schema::Property { name: "UserName", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[\\w][\\w@.-]{2,99}$"), min_length: Some(3), max_length: Some(100) }) },
],
rules: &[],
attributes: &["Arn"],
};

static HOME_DIRECTORY_MAP_ENTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::User.HomeDirectoryMapEntry",
    properties: &[
        ::forma_core::schema::Property {
            name: "Entry",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^/.*$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Target",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^/.*$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FILE", "DIRECTORY"]),
        },
    ],
    rules: &[],
};

static POSIX_PROFILE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::User.PosixProfile",
    properties: &[
        ::forma_core::schema::Property {
            name: "Gid",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(4294967295.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecondaryGids",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(4294967295.0),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(16) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Uid",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(4294967295.0),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::User.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
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
