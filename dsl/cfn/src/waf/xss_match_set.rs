// @generated from AWS::WAF::XssMatchSet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WAF::XssMatchSet` and its property types.

/// Resource Type definition for AWS::WAF::XssMatchSet
///
/// CloudFormation type `AWS::WAF::XssMatchSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct XssMatchSet {
    props: ::forma_core::schema::Props,
}
impl XssMatchSet {
    /// A new resource with its required properties: `Name`, `XssMatchTuples`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        xss_match_tuples: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<XssMatchTuple>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, xss_match_tuples.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for XssMatchSet {
    type Attributes = XssMatchSetAttributes;
    fn type_name(&self) -> &str {
        "AWS::WAF::XssMatchSet"
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
/// The attributes of a `AWS::WAF::XssMatchSet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct XssMatchSetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for XssMatchSetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl XssMatchSetAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `XssMatchTuple` property type of `AWS::WAF::XssMatchSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct XssMatchTuple {
    props: ::forma_core::schema::Props,
}
impl XssMatchTuple {
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
impl ::std::convert::From<XssMatchTuple> for ::forma_core::Value<XssMatchTuple> {
    fn from(v: XssMatchTuple) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(XSS_MATCH_TUPLE_TYPE.properties))
    }
}

/// The `FieldToMatch` property type of `AWS::WAF::XssMatchSet`.
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

/// The schema of `AWS::WAF::XssMatchSet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WAF::XssMatchSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "XssMatchTuples",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&XSS_MATCH_TUPLE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static XSS_MATCH_TUPLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAF::XssMatchSet.XssMatchTuple",
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
    name: "AWS::WAF::XssMatchSet.FieldToMatch",
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
