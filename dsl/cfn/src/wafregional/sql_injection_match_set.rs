// @generated from AWS::WAFRegional::SqlInjectionMatchSet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WAFRegional::SqlInjectionMatchSet` and its property types.

/// Resource Type definition for AWS::WAFRegional::SqlInjectionMatchSet
///
/// CloudFormation type `AWS::WAFRegional::SqlInjectionMatchSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct SqlInjectionMatchSet {
    props: ::forma_core::schema::Props,
}
impl SqlInjectionMatchSet {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `SqlInjectionMatchTuples`.
    #[track_caller]
    pub fn sql_injection_match_tuples(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SqlInjectionMatchTuple>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SqlInjectionMatchSet {
    type Attributes = SqlInjectionMatchSetAttributes;
    fn type_name(&self) -> &str {
        "AWS::WAFRegional::SqlInjectionMatchSet"
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
/// The attributes of a `AWS::WAFRegional::SqlInjectionMatchSet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SqlInjectionMatchSetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SqlInjectionMatchSetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SqlInjectionMatchSetAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `SqlInjectionMatchTuple` property type of `AWS::WAFRegional::SqlInjectionMatchSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct SqlInjectionMatchTuple {
    props: ::forma_core::schema::Props,
}
impl SqlInjectionMatchTuple {
    /// A new value with its required properties: `FieldToMatch`, `TextTransformation`.
    pub fn new(
        field_to_match: impl ::std::convert::Into<::forma_core::Value<FieldToMatch>>,
        text_transformation: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, field_to_match.into().into_expr());
        props.set(1, text_transformation.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SqlInjectionMatchTuple> for ::forma_core::Value<SqlInjectionMatchTuple> {
    fn from(v: SqlInjectionMatchTuple) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SQL_INJECTION_MATCH_TUPLE_TYPE.properties))
    }
}

/// The `FieldToMatch` property type of `AWS::WAFRegional::SqlInjectionMatchSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldToMatch {
    props: ::forma_core::schema::Props,
}
impl FieldToMatch {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into().into_expr());
        Self { props }
    }
    /// `Data`.
    pub fn data(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FieldToMatch> for ::forma_core::Value<FieldToMatch> {
    fn from(v: FieldToMatch) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIELD_TO_MATCH_TYPE.properties))
    }
}

/// The schema of `AWS::WAFRegional::SqlInjectionMatchSet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WAFRegional::SqlInjectionMatchSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SqlInjectionMatchTuples",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SQL_INJECTION_MATCH_TUPLE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static SQL_INJECTION_MATCH_TUPLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFRegional::SqlInjectionMatchSet.SqlInjectionMatchTuple",
    properties: &[
        ::forma_core::schema::Property {
            name: "FieldToMatch",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIELD_TO_MATCH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TextTransformation",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static FIELD_TO_MATCH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFRegional::SqlInjectionMatchSet.FieldToMatch",
    properties: &[
        ::forma_core::schema::Property {
            name: "Data",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
