// @generated from AWS::OpenSearchServerless::CollectionIndex (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::OpenSearchServerless::CollectionIndex` and its property types.

/// Resource Type definition for AWS::OpenSearchServerless::CollectionIndex
///
/// CloudFormation type `AWS::OpenSearchServerless::CollectionIndex`.
#[derive(Debug, Clone, PartialEq)]
pub struct CollectionIndex {
    props: ::forma_core::schema::Props,
}
impl CollectionIndex {
    /// A new resource with its required properties: `Id`, `IndexName`.
    #[track_caller]
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        index_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, index_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The Mappings for the collection index
    ///
    /// Allowed: length 1 to 2480.
    #[track_caller]
    pub fn index_schema(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CollectionIndex {
    type Attributes = CollectionIndexAttributes;
    fn type_name(&self) -> &str {
        "AWS::OpenSearchServerless::CollectionIndex"
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
/// The attributes of a `AWS::OpenSearchServerless::CollectionIndex` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CollectionIndexAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CollectionIndexAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::OpenSearchServerless::CollectionIndex`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::OpenSearchServerless::CollectionIndex",
    properties: &[
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9]{3,40}$"),
                min_length: Some(3),
                max_length: Some(40),
            }),
        },
        ::forma_core::schema::Property {
            name: "IndexName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?![_-])[a-z][a-z0-9_-]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "IndexSchema",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+"),
                min_length: Some(1),
                max_length: Some(2480),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
