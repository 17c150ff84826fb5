// @generated from AWS::Logs::QueryDefinition (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Logs::QueryDefinition` and its property types.

/// The resource schema for AWSLogs QueryDefinition
///
/// CloudFormation type `AWS::Logs::QueryDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryDefinition {
    props: ::forma_core::schema::Props,
}
impl QueryDefinition {
    /// A new resource with its required properties: `Name`, `QueryString`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        query_string: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, query_string.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Optionally define specific log groups as part of your query definition
    #[track_caller]
    pub fn log_group_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Use this parameter to include specific query parameters as part of your query definition.
    #[track_caller]
    pub fn parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<QueryParameter>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Query language of the query string.
    #[track_caller]
    pub fn query_language(mut self, value: impl ::forma_core::schema::EnumArg<QueryLanguage>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for QueryDefinition {
    type Attributes = QueryDefinitionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Logs::QueryDefinition"
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
/// The attributes of a `AWS::Logs::QueryDefinition` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct QueryDefinitionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for QueryDefinitionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl QueryDefinitionAttributes {
    /// `Fn::GetAtt` `QueryDefinitionId`.
    pub fn query_definition_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "QueryDefinitionId")
    }
}

/// The values CloudFormation documents: `CWLI`, `SQL`, `PPL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QueryLanguage {
    /// `CWLI`
    Cwli,
    /// `SQL`
    Sql,
    /// `PPL`
    Ppl,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl QueryLanguage {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cwli => "CWLI",
            Self::Sql => "SQL",
            Self::Ppl => "PPL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CWLI", "SQL", "PPL"]
    }
}
impl ::std::convert::From<QueryLanguage> for ::forma_core::Value<QueryLanguage> {
    fn from(v: QueryLanguage) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for QueryLanguage {}

/// This structure defines a query parameter for a saved CloudWatch Logs Insights query definition.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryParameter {
    props: ::forma_core::schema::Props,
}
impl QueryParameter {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, name.into().into_expr());
        Self { props }
    }
    /// The default value to use for this query parameter if no value is supplied at execution time.
    ///
    /// Allowed: length 0 to 1024.
    pub fn default_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A description of the query parameter that explains its purpose or expected values.
    ///
    /// Allowed: length 0 to 512.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<QueryParameter> for ::forma_core::Value<QueryParameter> {
    fn from(v: QueryParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUERY_PARAMETER_TYPE.properties))
    }
}

/// The schema of `AWS::Logs::QueryDefinition`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Logs::QueryDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "LogGroupNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[\\.\\-_/#A-Za-z0-9]+"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&QUERY_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "QueryLanguage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CWLI", "SQL", "PPL"]),
        },
        ::forma_core::schema::Property {
            name: "QueryString",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(10000),
            }),
        },
    ],
    rules: &[],
    attributes: &["QueryDefinitionId"],
};

static QUERY_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::QueryDefinition.QueryParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_][a-zA-Z0-9_]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};
