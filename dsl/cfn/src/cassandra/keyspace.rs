// @generated from AWS::Cassandra::Keyspace (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cassandra::Keyspace` and its property types.

/// Resource schema for AWS::Cassandra::Keyspace
///
/// CloudFormation type `AWS::Cassandra::Keyspace`.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyspace {
    props: ::forma_core::schema::Props,
}
impl Keyspace {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether client-side timestamps are enabled (true) or disabled (false) for all tables in the keyspace.
    #[track_caller]
    pub fn client_side_timestamps_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Name for Cassandra keyspace
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn keyspace_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ReplicationSpecification`.
    #[track_caller]
    pub fn replication_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReplicationSpecification>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Keyspace {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Keyspace {
    type Attributes = KeyspaceAttributes;
    fn type_name(&self) -> &str {
        "AWS::Cassandra::Keyspace"
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
/// The attributes of a `AWS::Cassandra::Keyspace` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct KeyspaceAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for KeyspaceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `SINGLE_REGION`, `MULTI_REGION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReplicationStrategy {
    /// `SINGLE_REGION`
    SingleRegion,
    /// `MULTI_REGION`
    MultiRegion,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ReplicationStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SingleRegion => "SINGLE_REGION",
            Self::MultiRegion => "MULTI_REGION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SINGLE_REGION", "MULTI_REGION"]
    }
}
impl ::std::convert::From<ReplicationStrategy> for ::forma_core::Value<ReplicationStrategy> {
    fn from(v: ReplicationStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ReplicationStrategy {}

/// The `ReplicationSpecification` property type of `AWS::Cassandra::Keyspace`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationSpecification {
    props: ::forma_core::schema::Props,
}
impl ReplicationSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `RegionList`.
    pub fn region_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ReplicationStrategy`.
    pub fn replication_strategy(mut self, value: impl ::forma_core::schema::EnumArg<ReplicationStrategy>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ReplicationSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReplicationSpecification> for ::forma_core::Value<ReplicationSpecification> {
    fn from(v: ReplicationSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICATION_SPECIFICATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Cassandra::Keyspace`.
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

/// The schema of `AWS::Cassandra::Keyspace`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Cassandra::Keyspace",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClientSideTimestampsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "KeyspaceName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_]{1,47}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ReplicationSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPLICATION_SPECIFICATION_TYPE),
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
    attributes: &[],
};

static REPLICATION_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cassandra::Keyspace.ReplicationSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "RegionList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-z]{2,}-[a-z]+-[0-9]+$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(2), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ReplicationStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SINGLE_REGION", "MULTI_REGION"]),
        },
    ],
    rules: &[::forma_core::schema::Combination::Requires("RegionList", &["ReplicationStrategy"])],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cassandra::Keyspace.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
