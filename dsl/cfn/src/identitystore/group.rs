// @generated from AWS::IdentityStore::Group (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IdentityStore::Group` and its property types.

/// Resource Type definition for AWS::IdentityStore::Group
///
/// CloudFormation type `AWS::IdentityStore::Group`.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    props: ::forma_core::schema::Props,
}
impl Group {
    /// A new resource with its required properties: `DisplayName`, `IdentityStoreId`.
    #[track_caller]
    pub fn new(
        display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        identity_store_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, display_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, identity_store_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A string containing the description of the group.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Group {
    type Attributes = GroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::IdentityStore::Group"
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
/// The attributes of a `AWS::IdentityStore::Group` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GroupAttributes {
    /// `Fn::GetAtt` `GroupId`.
    pub fn group_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GroupId")
    }
}

/// The schema of `AWS::IdentityStore::Group`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IdentityStore::Group",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r  　]+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r  ]+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "IdentityStoreId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^d-[0-9a-f]{10}$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
                min_length: Some(1),
                max_length: Some(36),
            }),
        },
    ],
    rules: &[],
    attributes: &["GroupId"],
};
