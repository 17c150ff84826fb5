// @generated from AWS::RDS::GlobalCluster (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RDS::GlobalCluster` and its property types.

/// Resource Type definition for AWS::RDS::GlobalCluster
///
/// CloudFormation type `AWS::RDS::GlobalCluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct GlobalCluster {
    props: ::forma_core::schema::Props,
}
impl GlobalCluster {
    /// A new resource.
    ///
    /// CloudFormation also needs exactly one of `SourceDBClusterIdentifier` or `Engine`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The deletion protection setting for the new global database.
    #[track_caller]
    pub fn deletion_protection(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the database engine to be used for this DB cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn engine(mut self, value: impl ::forma_core::schema::EnumArg<Engine>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The life cycle type of the global cluster.
    #[track_caller]
    pub fn engine_lifecycle_support(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The version number of the database engine to use.
    #[track_caller]
    pub fn engine_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The cluster identifier of the new global database cluster.
    ///
    /// Allowed: length 1 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn global_cluster_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) to use as the primary cluster of the global database.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_db_cluster_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The storage encryption setting for the new global database cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn storage_encrypted(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for GlobalCluster {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for GlobalCluster {
    type Attributes = GlobalClusterAttributes;
    fn type_name(&self) -> &str {
        "AWS::RDS::GlobalCluster"
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
/// The attributes of a `AWS::RDS::GlobalCluster` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GlobalClusterAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GlobalClusterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GlobalClusterAttributes {
    /// `Fn::GetAtt` `GlobalEndpoint`.
    pub fn global_endpoint(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "GlobalEndpoint")
    }
}

/// The values CloudFormation documents: `aurora`, `aurora-mysql`, `aurora-postgresql`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Engine {
    /// `aurora`
    Aurora,
    /// `aurora-mysql`
    AuroraMysql,
    /// `aurora-postgresql`
    AuroraPostgresql,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Engine {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aurora => "aurora",
            Self::AuroraMysql => "aurora-mysql",
            Self::AuroraPostgresql => "aurora-postgresql",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["aurora", "aurora-mysql", "aurora-postgresql"]
    }
}
impl ::std::convert::From<Engine> for ::forma_core::Value<Engine> {
    fn from(v: Engine) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Engine {}

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

/// The schema of `AWS::RDS::GlobalCluster`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RDS::GlobalCluster",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeletionProtection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Engine",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["aurora", "aurora-mysql", "aurora-postgresql"]),
        },
        ::forma_core::schema::Property {
            name: "EngineLifecycleSupport",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EngineVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GlobalClusterIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z]{1}(?:-?[a-zA-Z0-9]){0,62}$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceDBClusterIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StorageEncrypted",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
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
    rules: &[::forma_core::schema::Combination::OneOf(&[&["SourceDBClusterIdentifier"], &["Engine"]])],
    attributes: &["GlobalEndpoint"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RDS::GlobalCluster.Tag",
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
            required: false,
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
