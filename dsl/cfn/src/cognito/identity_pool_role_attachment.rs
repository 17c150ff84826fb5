// @generated from AWS::Cognito::IdentityPoolRoleAttachment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cognito::IdentityPoolRoleAttachment` and its property types.

/// Resource Type definition for AWS::Cognito::IdentityPoolRoleAttachment
///
/// CloudFormation type `AWS::Cognito::IdentityPoolRoleAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityPoolRoleAttachment {
    props: ::forma_core::schema::Props,
}
impl IdentityPoolRoleAttachment {
    /// A new resource with its required properties: `IdentityPoolId`.
    #[track_caller]
    pub fn new(identity_pool_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, identity_pool_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `RoleMappings`.
    #[track_caller]
    pub fn role_mappings(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Roles`.
    #[track_caller]
    pub fn roles(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IdentityPoolRoleAttachment {
    type Attributes = IdentityPoolRoleAttachmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::Cognito::IdentityPoolRoleAttachment"
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
/// The attributes of a `AWS::Cognito::IdentityPoolRoleAttachment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IdentityPoolRoleAttachmentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IdentityPoolRoleAttachmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IdentityPoolRoleAttachmentAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::Cognito::IdentityPoolRoleAttachment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Cognito::IdentityPoolRoleAttachment",
    properties: &[
        ::forma_core::schema::Property {
            name: "IdentityPoolId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Roles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
