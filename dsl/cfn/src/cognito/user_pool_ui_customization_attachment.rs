// @generated from AWS::Cognito::UserPoolUICustomizationAttachment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cognito::UserPoolUICustomizationAttachment` and its property types.

/// Resource Type definition for AWS::Cognito::UserPoolUICustomizationAttachment
///
/// CloudFormation type `AWS::Cognito::UserPoolUICustomizationAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPoolUiCustomizationAttachment {
    props: ::forma_core::schema::Props,
}
impl UserPoolUiCustomizationAttachment {
    /// A new resource with its required properties: `ClientId`, `UserPoolId`.
    #[track_caller]
    pub fn new(
        client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_pool_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, client_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, user_pool_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `CSS`.
    #[track_caller]
    pub fn css(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for UserPoolUiCustomizationAttachment {
    type Attributes = UserPoolUiCustomizationAttachmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::Cognito::UserPoolUICustomizationAttachment"
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
/// The attributes of a `AWS::Cognito::UserPoolUICustomizationAttachment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UserPoolUiCustomizationAttachmentAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UserPoolUiCustomizationAttachmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::Cognito::UserPoolUICustomizationAttachment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Cognito::UserPoolUICustomizationAttachment",
    properties: &[
        ::forma_core::schema::Property {
            name: "CSS",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ClientId",
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
    ],
    rules: &[],
    attributes: &[],
};
