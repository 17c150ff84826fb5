// @generated from AWS::WAFRegional::GeoMatchSet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WAFRegional::GeoMatchSet` and its property types.

/// Resource Type definition for AWS::WAFRegional::GeoMatchSet
///
/// CloudFormation type `AWS::WAFRegional::GeoMatchSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct GeoMatchSet {
    props: ::forma_core::schema::Props,
}
impl GeoMatchSet {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `GeoMatchConstraints`.
    #[track_caller]
    pub fn geo_match_constraints(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GeoMatchConstraint>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for GeoMatchSet {
    type Attributes = GeoMatchSetAttributes;
    fn type_name(&self) -> &str {
        "AWS::WAFRegional::GeoMatchSet"
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
/// The attributes of a `AWS::WAFRegional::GeoMatchSet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GeoMatchSetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GeoMatchSetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GeoMatchSetAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `GeoMatchConstraint` property type of `AWS::WAFRegional::GeoMatchSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct GeoMatchConstraint {
    props: ::forma_core::schema::Props,
}
impl GeoMatchConstraint {
    /// A new value with its required properties: `Type`, `Value`.
    pub fn new(
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GeoMatchConstraint> for ::forma_core::Value<GeoMatchConstraint> {
    fn from(v: GeoMatchConstraint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GEO_MATCH_CONSTRAINT_TYPE.properties))
    }
}

/// The schema of `AWS::WAFRegional::GeoMatchSet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WAFRegional::GeoMatchSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "GeoMatchConstraints",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GEO_MATCH_CONSTRAINT_TYPE),
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

static GEO_MATCH_CONSTRAINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFRegional::GeoMatchSet.GeoMatchConstraint",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
