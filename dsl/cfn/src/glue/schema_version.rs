// @generated from AWS::Glue::SchemaVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Glue::SchemaVersion` and its property types.

/// This resource represents an individual schema version of a schema defined in Glue Schema Registry.
///
/// CloudFormation type `AWS::Glue::SchemaVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaVersion {
    props: ::forma_core::schema::Props,
}
impl SchemaVersion {
    /// A new resource with its required properties: `Schema`, `SchemaDefinition`.
    #[track_caller]
    pub fn new(
        schema: impl ::std::convert::Into<::forma_core::Value<Schema>>,
        schema_definition: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, schema.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, schema_definition.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for SchemaVersion {
    type Attributes = SchemaVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Glue::SchemaVersion"
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
/// The attributes of a `AWS::Glue::SchemaVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SchemaVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SchemaVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SchemaVersionAttributes {
    /// `Fn::GetAtt` `VersionId`.
    pub fn version_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VersionId")
    }
}

/// Identifier for the schema where the schema version will be created.
#[derive(Debug, Clone, PartialEq)]
pub struct Schema {
    props: ::forma_core::schema::Props,
}
impl Schema {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Name of the registry to identify where the Schema is located.
    ///
    /// Allowed: length 1 to 255.
    pub fn registry_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Amazon Resource Name for the Schema.
    pub fn schema_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Name of the schema.
    ///
    /// Allowed: length 1 to 255.
    pub fn schema_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Schema {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Schema> for ::forma_core::Value<Schema> {
    fn from(v: Schema) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEMA_TYPE.properties))
    }
}

/// The schema of `AWS::Glue::SchemaVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Glue::SchemaVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "Schema",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SCHEMA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SchemaDefinition",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(1),
                max_length: Some(170000),
            }),
        },
    ],
    rules: &[],
    attributes: &["VersionId"],
};

static SCHEMA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::SchemaVersion.Schema",
    properties: &[
        ::forma_core::schema::Property {
            name: "RegistryName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "SchemaArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:(aws|aws-us-gov|aws-cn):glue:.*"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SchemaName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};
