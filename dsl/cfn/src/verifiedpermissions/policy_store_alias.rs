// @generated from AWS::VerifiedPermissions::PolicyStoreAlias (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::VerifiedPermissions::PolicyStoreAlias` and its property types.

/// Definition of AWS::VerifiedPermissions::PolicyStoreAlias Resource Type
///
/// CloudFormation type `AWS::VerifiedPermissions::PolicyStoreAlias`.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyStoreAlias {
    props: ::forma_core::schema::Props,
}
impl PolicyStoreAlias {
    /// A new resource with its required properties: `AliasName`, `PolicyStoreId`.
    #[track_caller]
    pub fn new(
        alias_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        policy_store_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, alias_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, policy_store_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for PolicyStoreAlias {
    type Attributes = PolicyStoreAliasAttributes;
    fn type_name(&self) -> &str {
        "AWS::VerifiedPermissions::PolicyStoreAlias"
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
/// The attributes of a `AWS::VerifiedPermissions::PolicyStoreAlias` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PolicyStoreAliasAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PolicyStoreAliasAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::VerifiedPermissions::PolicyStoreAlias`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::VerifiedPermissions::PolicyStoreAlias",
    properties: &[
        ::forma_core::schema::Property {
            name: "AliasName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_/]*$"),
                min_length: Some(1),
                max_length: Some(150),
            }),
        },
        ::forma_core::schema::Property {
            name: "PolicyStoreId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]*$"),
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
