// @generated from AWS::Cassandra::Type (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cassandra::Type` and its property types.

/// Resource schema for AWS::Cassandra::Type
///
/// CloudFormation type `AWS::Cassandra::Type`.
#[derive(Debug, Clone, PartialEq)]
pub struct Type {
    props: ::forma_core::schema::Props,
}
impl Type {
    /// A new resource with its required properties: `Fields`, `KeyspaceName`, `TypeName`.
    #[track_caller]
    pub fn new(
        fields: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Field>>>,
        keyspace_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, fields.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, keyspace_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, type_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for Type {
    type Attributes = TypeAttributes;
    fn type_name(&self) -> &str {
        "AWS::Cassandra::Type"
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
/// The attributes of a `AWS::Cassandra::Type` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TypeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TypeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TypeAttributes {
    /// `Fn::GetAtt` `DirectReferringTables`.
    pub fn direct_referring_tables(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "DirectReferringTables")
    }
    /// `Fn::GetAtt` `DirectParentTypes`.
    pub fn direct_parent_types(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "DirectParentTypes")
    }
    /// `Fn::GetAtt` `MaxNestingDepth`.
    pub fn max_nesting_depth(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "MaxNestingDepth")
    }
    /// `Fn::GetAtt` `LastModifiedTimestamp`.
    pub fn last_modified_timestamp(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTimestamp")
    }
    /// `Fn::GetAtt` `KeyspaceArn`.
    pub fn keyspace_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "KeyspaceArn")
    }
}

/// The `Field` property type of `AWS::Cassandra::Type`.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    props: ::forma_core::schema::Props,
}
impl Field {
    /// A new value with its required properties: `FieldName`, `FieldType`.
    pub fn new(
        field_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        field_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, field_name.into().into_expr());
        props.set(1, field_type.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Field> for ::forma_core::Value<Field> {
    fn from(v: Field) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIELD_TYPE.properties))
    }
}

/// The schema of `AWS::Cassandra::Type`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Cassandra::Type",
    properties: &[
        ::forma_core::schema::Property {
            name: "Fields",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FIELD_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "KeyspaceName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TypeName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[
        "DirectReferringTables",
        "DirectParentTypes",
        "MaxNestingDepth",
        "LastModifiedTimestamp",
        "KeyspaceArn",
    ],
};

static FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cassandra::Type.Field",
    properties: &[
        ::forma_core::schema::Property {
            name: "FieldName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FieldType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
