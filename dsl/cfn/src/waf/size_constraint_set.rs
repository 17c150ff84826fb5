// @generated from AWS::WAF::SizeConstraintSet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WAF::SizeConstraintSet` and its property types.

/// Resource Type definition for AWS::WAF::SizeConstraintSet
///
/// CloudFormation type `AWS::WAF::SizeConstraintSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct SizeConstraintSet {
    props: ::forma_core::schema::Props,
}
impl SizeConstraintSet {
    /// A new resource with its required properties: `Name`, `SizeConstraints`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        size_constraints: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SizeConstraint>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, size_constraints.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for SizeConstraintSet {
    type Attributes = SizeConstraintSetAttributes;
    fn type_name(&self) -> &str {
        "AWS::WAF::SizeConstraintSet"
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
/// The attributes of a `AWS::WAF::SizeConstraintSet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SizeConstraintSetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SizeConstraintSetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SizeConstraintSetAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `SizeConstraint` property type of `AWS::WAF::SizeConstraintSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct SizeConstraint {
    props: ::forma_core::schema::Props,
}
impl SizeConstraint {
    /// A new value with its required properties: `ComparisonOperator`, `FieldToMatch`, `Size`, `TextTransformation`.
    pub fn new(
        comparison_operator: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        field_to_match: impl ::std::convert::Into<::forma_core::Value<FieldToMatch>>,
        size: impl ::std::convert::Into<::forma_core::Value<i64>>,
        text_transformation: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, comparison_operator.into().into_expr());
        props.set(1, field_to_match.into().into_expr());
        props.set(2, size.into().into_expr());
        props.set(3, text_transformation.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SizeConstraint> for ::forma_core::Value<SizeConstraint> {
    fn from(v: SizeConstraint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SIZE_CONSTRAINT_TYPE.properties))
    }
}

/// The `FieldToMatch` property type of `AWS::WAF::SizeConstraintSet`.
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

/// The schema of `AWS::WAF::SizeConstraintSet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WAF::SizeConstraintSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SizeConstraints",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SIZE_CONSTRAINT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static SIZE_CONSTRAINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAF::SizeConstraintSet.SizeConstraint",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComparisonOperator",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FieldToMatch",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIELD_TO_MATCH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Size",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
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
    name: "AWS::WAF::SizeConstraintSet.FieldToMatch",
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
