// @generated from AWS::WAFRegional::ByteMatchSet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WAFRegional::ByteMatchSet` and its property types.

/// Resource Type definition for AWS::WAFRegional::ByteMatchSet
///
/// CloudFormation type `AWS::WAFRegional::ByteMatchSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ByteMatchSet {
    props: ::forma_core::schema::Props,
}
impl ByteMatchSet {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ByteMatchTuples`.
    #[track_caller]
    pub fn byte_match_tuples(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ByteMatchTuple>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ByteMatchSet {
    type Attributes = ByteMatchSetAttributes;
    fn type_name(&self) -> &str {
        "AWS::WAFRegional::ByteMatchSet"
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
/// The attributes of a `AWS::WAFRegional::ByteMatchSet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ByteMatchSetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ByteMatchSetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ByteMatchSetAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `ByteMatchTuple` property type of `AWS::WAFRegional::ByteMatchSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ByteMatchTuple {
    props: ::forma_core::schema::Props,
}
impl ByteMatchTuple {
    /// A new value with its required properties: `FieldToMatch`, `PositionalConstraint`, `TextTransformation`.
    pub fn new(
        field_to_match: impl ::std::convert::Into<::forma_core::Value<FieldToMatch>>,
        positional_constraint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        text_transformation: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, field_to_match.into().into_expr());
        props.set(1, positional_constraint.into().into_expr());
        props.set(4, text_transformation.into().into_expr());
        Self { props }
    }
    /// `TargetString`.
    pub fn target_string(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `TargetStringBase64`.
    pub fn target_string_base64(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ByteMatchTuple> for ::forma_core::Value<ByteMatchTuple> {
    fn from(v: ByteMatchTuple) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BYTE_MATCH_TUPLE_TYPE.properties))
    }
}

/// The `FieldToMatch` property type of `AWS::WAFRegional::ByteMatchSet`.
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

/// The schema of `AWS::WAFRegional::ByteMatchSet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WAFRegional::ByteMatchSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "ByteMatchTuples",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BYTE_MATCH_TUPLE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static BYTE_MATCH_TUPLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFRegional::ByteMatchSet.ByteMatchTuple",
    properties: &[
        ::forma_core::schema::Property {
            name: "FieldToMatch",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIELD_TO_MATCH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PositionalConstraint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetStringBase64",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
    name: "AWS::WAFRegional::ByteMatchSet.FieldToMatch",
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
