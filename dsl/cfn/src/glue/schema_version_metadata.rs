// @generated from AWS::Glue::SchemaVersionMetadata (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Glue::SchemaVersionMetadata` and its property types.

/// This resource adds Key-Value metadata to a Schema version of Glue Schema Registry.
///
/// CloudFormation type `AWS::Glue::SchemaVersionMetadata`.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaVersionMetadata {
    props: ::forma_core::schema::Props,
}
impl SchemaVersionMetadata {
    /// A new resource with its required properties: `Key`, `SchemaVersionId`, `Value`.
    #[track_caller]
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        schema_version_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, key.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, schema_version_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for SchemaVersionMetadata {
    type Attributes = SchemaVersionMetadataAttributes;
    fn type_name(&self) -> &str {
        "AWS::Glue::SchemaVersionMetadata"
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
/// The attributes of a `AWS::Glue::SchemaVersionMetadata` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SchemaVersionMetadataAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SchemaVersionMetadataAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::Glue::SchemaVersionMetadata`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Glue::SchemaVersionMetadata",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "SchemaVersionId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
