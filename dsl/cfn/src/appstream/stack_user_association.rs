// @generated from AWS::AppStream::StackUserAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppStream::StackUserAssociation` and its property types.

/// Resource Type definition for AWS::AppStream::StackUserAssociation
///
/// CloudFormation type `AWS::AppStream::StackUserAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct StackUserAssociation {
    props: ::forma_core::schema::Props,
}
impl StackUserAssociation {
    /// A new resource with its required properties: `AuthenticationType`, `StackName`, `UserName`.
    #[track_caller]
    pub fn new(
        authentication_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        stack_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, authentication_type.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, stack_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, user_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Specifies whether a welcome email is sent to a user after the user is created in the user pool.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn send_email_notification(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for StackUserAssociation {
    type Attributes = StackUserAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppStream::StackUserAssociation"
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
/// The attributes of a `AWS::AppStream::StackUserAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StackUserAssociationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StackUserAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::AppStream::StackUserAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppStream::StackUserAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthenticationType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SendEmailNotification",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "StackName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};
