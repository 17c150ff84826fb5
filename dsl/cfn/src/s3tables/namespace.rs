// @generated from AWS::S3Tables::Namespace (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::S3Tables::Namespace` and its property types.

/// Resource Type definition for AWS::S3Tables::Namespace
///
/// CloudFormation type `AWS::S3Tables::Namespace`.
#[derive(Debug, Clone, PartialEq)]
pub struct Namespace {
    props: ::forma_core::schema::Props,
}
impl Namespace {
    /// A new resource with its required properties: `Namespace`, `TableBucketARN`.
    #[track_caller]
    pub fn new(
        namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_bucket_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, namespace.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, table_bucket_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for Namespace {
    type Attributes = NamespaceAttributes;
    fn type_name(&self) -> &str {
        "AWS::S3Tables::Namespace"
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
/// The attributes of a `AWS::S3Tables::Namespace` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NamespaceAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NamespaceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::S3Tables::Namespace`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::S3Tables::Namespace",
    properties: &[
        ::forma_core::schema::Property {
            name: "Namespace",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "TableBucketARN",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(arn:aws[-a-z0-9]*:[a-z0-9]+:[-a-z0-9]*:[0-9]{12}:bucket/[a-z0-9_-]{3,63})$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
