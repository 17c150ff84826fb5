// @generated from AWS::Athena::PreparedStatement (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Athena::PreparedStatement` and its property types.

/// Resource schema for AWS::Athena::PreparedStatement
///
/// CloudFormation type `AWS::Athena::PreparedStatement`.
#[derive(Debug, Clone, PartialEq)]
pub struct PreparedStatement {
    props: ::forma_core::schema::Props,
}
impl PreparedStatement {
    /// A new resource with its required properties: `QueryStatement`, `StatementName`, `WorkGroup`.
    #[track_caller]
    pub fn new(
        query_statement: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        statement_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        work_group: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, query_statement.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, statement_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, work_group.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the prepared statement.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PreparedStatement {
    type Attributes = PreparedStatementAttributes;
    fn type_name(&self) -> &str {
        "AWS::Athena::PreparedStatement"
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
/// The attributes of a `AWS::Athena::PreparedStatement` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PreparedStatementAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PreparedStatementAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::Athena::PreparedStatement`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Athena::PreparedStatement",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "QueryStatement",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(262144),
            }),
        },
        ::forma_core::schema::Property {
            name: "StatementName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_][a-zA-Z0-9_@:]{1,256}$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "WorkGroup",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9._-]{1,128}$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
