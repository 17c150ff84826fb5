// @generated from AWS::Cognito::UserPoolUserToGroupAttachment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cognito::UserPoolUserToGroupAttachment` and its property types.

/// Resource Type definition for AWS::Cognito::UserPoolUserToGroupAttachment
///
/// CloudFormation type `AWS::Cognito::UserPoolUserToGroupAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPoolUserToGroupAttachment {
    props: ::forma_core::schema::Props,
}
impl UserPoolUserToGroupAttachment {
    /// A new resource with its required properties: `GroupName`, `UserPoolId`, `Username`.
    #[track_caller]
    pub fn new(
        group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_pool_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        username: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, group_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, user_pool_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, username.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for UserPoolUserToGroupAttachment {
    type Attributes = UserPoolUserToGroupAttachmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::Cognito::UserPoolUserToGroupAttachment"
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
/// The attributes of a `AWS::Cognito::UserPoolUserToGroupAttachment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UserPoolUserToGroupAttachmentAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UserPoolUserToGroupAttachmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::Cognito::UserPoolUserToGroupAttachment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Cognito::UserPoolUserToGroupAttachment",
    properties: &[
        ::forma_core::schema::Property {
            name: "GroupName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserPoolId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Username",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};
