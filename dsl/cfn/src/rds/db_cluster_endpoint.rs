// @generated from AWS::RDS::DBClusterEndpoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RDS::DBClusterEndpoint` and its property types.

/// Resource Type definition for AWS::RDS::DBClusterEndpoint.
///
/// CloudFormation type `AWS::RDS::DBClusterEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct DbClusterEndpoint {
    props: ::forma_core::schema::Props,
}
impl DbClusterEndpoint {
    /// A new resource with its required properties: `CustomEndpointType`, `DBClusterEndpointIdentifier`, `DBClusterIdentifier`.
    #[track_caller]
    pub fn new(
        custom_endpoint_type: impl ::forma_core::schema::EnumArg<CustomEndpointType>,
        db_cluster_endpoint_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        db_cluster_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, custom_endpoint_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(1, db_cluster_endpoint_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, db_cluster_identifier.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// List of DB instance identifiers that aren't part of the custom endpoint group.
    #[track_caller]
    pub fn excluded_members(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of DB instance identifiers that are part of the custom endpoint group.
    #[track_caller]
    pub fn static_members(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags to be assigned to the DB cluster endpoint.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DbClusterEndpoint {
    type Attributes = DbClusterEndpointAttributes;
    fn type_name(&self) -> &str {
        "AWS::RDS::DBClusterEndpoint"
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
/// The attributes of a `AWS::RDS::DBClusterEndpoint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DbClusterEndpointAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DbClusterEndpointAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DbClusterEndpointAttributes {
    /// `Fn::GetAtt` `DBClusterEndpointArn`.
    pub fn db_cluster_endpoint_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DBClusterEndpointArn")
    }
    /// `Fn::GetAtt` `Endpoint`.
    pub fn endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Endpoint")
    }
    /// `Fn::GetAtt` `DBClusterEndpointResourceIdentifier`.
    pub fn db_cluster_endpoint_resource_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DBClusterEndpointResourceIdentifier")
    }
    /// `Fn::GetAtt` `EndpointType`.
    pub fn endpoint_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EndpointType")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The values CloudFormation documents: `READER`, `WRITER`, `ANY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CustomEndpointType {
    /// `READER`
    Reader,
    /// `WRITER`
    Writer,
    /// `ANY`
    Any,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CustomEndpointType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Reader => "READER",
            Self::Writer => "WRITER",
            Self::Any => "ANY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["READER", "WRITER", "ANY"]
    }
}
impl ::std::convert::From<CustomEndpointType> for ::forma_core::Value<CustomEndpointType> {
    fn from(v: CustomEndpointType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CustomEndpointType {}

/// The `Tag` property type of `AWS::RDS::DBClusterEndpoint`.
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

/// The schema of `AWS::RDS::DBClusterEndpoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RDS::DBClusterEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomEndpointType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["READER", "WRITER", "ANY"]),
        },
        ::forma_core::schema::Property {
            name: "DBClusterEndpointIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z][a-z0-9]*(-[a-z0-9]+)*$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "DBClusterIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z][a-z0-9]*(-[a-z0-9]+)*$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExcludedMembers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StaticMembers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
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
    ],
    rules: &[],
    attributes: &["DBClusterEndpointArn", "Endpoint", "DBClusterEndpointResourceIdentifier", "EndpointType", "Status"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RDS::DBClusterEndpoint.Tag",
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
