// @generated from AWS::RDS::DBProxyTargetGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RDS::DBProxyTargetGroup` and its property types.

/// Resource schema for AWS::RDS::DBProxyTargetGroup
///
/// CloudFormation type `AWS::RDS::DBProxyTargetGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct DbProxyTargetGroup {
    props: ::forma_core::schema::Props,
}
impl DbProxyTargetGroup {
    /// A new resource with its required properties: `DBProxyName`, `TargetGroupName`.
    #[track_caller]
    pub fn new(
        db_proxy_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_group_name: impl ::forma_core::schema::EnumArg<TargetGroupName>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, db_proxy_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, target_group_name.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ConnectionPoolConfigurationInfo`.
    #[track_caller]
    pub fn connection_pool_configuration_info(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectionPoolConfigurationInfoFormat>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DBClusterIdentifiers`.
    #[track_caller]
    pub fn db_cluster_identifiers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DBInstanceIdentifiers`.
    #[track_caller]
    pub fn db_instance_identifiers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DbProxyTargetGroup {
    type Attributes = DbProxyTargetGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::RDS::DBProxyTargetGroup"
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
/// The attributes of a `AWS::RDS::DBProxyTargetGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DbProxyTargetGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DbProxyTargetGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DbProxyTargetGroupAttributes {
    /// `Fn::GetAtt` `TargetGroupArn`.
    pub fn target_group_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TargetGroupArn")
    }
}

/// The values CloudFormation documents: `default`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetGroupName {
    /// `default`
    Default,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TargetGroupName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "default",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["default"]
    }
}
impl ::std::convert::From<TargetGroupName> for ::forma_core::Value<TargetGroupName> {
    fn from(v: TargetGroupName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TargetGroupName {}

/// The `ConnectionPoolConfigurationInfoFormat` property type of `AWS::RDS::DBProxyTargetGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionPoolConfigurationInfoFormat {
    props: ::forma_core::schema::Props,
}
impl ConnectionPoolConfigurationInfoFormat {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The number of seconds for a proxy to wait for a connection to become available in the connection pool.
    pub fn connection_borrow_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// One or more SQL statements for the proxy to run when opening each new database connection.
    pub fn init_query(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The maximum size of the connection pool for each target in a target group.
    ///
    /// Allowed: 0 to 100.
    pub fn max_connections_percent(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Controls how actively the proxy closes idle database connections in the connection pool.
    ///
    /// Allowed: 0 to 100.
    pub fn max_idle_connections_percent(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Each item in the list represents a class of SQL operations that normally cause all later statements in a session using a proxy to be pinned to the same underlying database connection.
    pub fn session_pinning_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConnectionPoolConfigurationInfoFormat {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConnectionPoolConfigurationInfoFormat>
    for ::forma_core::Value<ConnectionPoolConfigurationInfoFormat>
{
    fn from(v: ConnectionPoolConfigurationInfoFormat) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTION_POOL_CONFIGURATION_INFO_FORMAT_TYPE.properties))
    }
}

/// A key-value pair to associate with the DB proxy target group.
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
    /// Allowed: length 1 to 256.
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

/// The schema of `AWS::RDS::DBProxyTargetGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RDS::DBProxyTargetGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionPoolConfigurationInfo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTION_POOL_CONFIGURATION_INFO_FORMAT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DBClusterIdentifiers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DBInstanceIdentifiers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DBProxyName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[A-z][0-z]*"),
                min_length: Some(1),
                max_length: Some(64),
            }),
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
            name: "TargetGroupName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["default"]),
        },
    ],
    rules: &[],
    attributes: &["TargetGroupArn"],
};

static CONNECTION_POOL_CONFIGURATION_INFO_FORMAT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::RDS::DBProxyTargetGroup.ConnectionPoolConfigurationInfoFormat",
        properties: &[
            ::forma_core::schema::Property {
                name: "ConnectionBorrowTimeout",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "InitQuery",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "MaxConnectionsPercent",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(100.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "MaxIdleConnectionsPercent",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(100.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "SessionPinningFilters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RDS::DBProxyTargetGroup.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:|rds:)[\\p{L}\\p{Z}\\p{N}_. :/=+\\-@]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:|rds:)[\\p{L}\\p{Z}\\p{N}_. :/=+\\-@]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
