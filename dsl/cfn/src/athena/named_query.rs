// @generated from AWS::Athena::NamedQuery (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Athena::NamedQuery` and its property types.

/// Resource schema for AWS::Athena::NamedQuery
///
/// CloudFormation type `AWS::Athena::NamedQuery`.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedQuery {
    props: ::forma_core::schema::Props,
}
impl NamedQuery {
    /// A new resource with its required properties: `Database`, `QueryString`.
    #[track_caller]
    pub fn new(
        database: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        query_string: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, database.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, query_string.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The query description.
    ///
    /// Allowed: length 1 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The query name.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the workgroup that contains the named query.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn work_group(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for NamedQuery {
    type Attributes = NamedQueryAttributes;
    fn type_name(&self) -> &str {
        "AWS::Athena::NamedQuery"
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
/// The attributes of a `AWS::Athena::NamedQuery` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NamedQueryAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NamedQueryAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl NamedQueryAttributes {
    /// `Fn::GetAtt` `NamedQueryId`.
    pub fn named_query_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NamedQueryId")
    }
}

/// The schema of `AWS::Athena::NamedQuery`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Athena::NamedQuery",
    properties: &[
        ::forma_core::schema::Property {
            name: "Database",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "QueryString",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(262144),
            }),
        },
        ::forma_core::schema::Property {
            name: "WorkGroup",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9._-]{1,128}$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
    attributes: &["NamedQueryId"],
};
