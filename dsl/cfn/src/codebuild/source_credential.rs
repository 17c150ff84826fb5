// @generated from AWS::CodeBuild::SourceCredential (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CodeBuild::SourceCredential` and its property types.

/// Resource Type definition for AWS::CodeBuild::SourceCredential
///
/// CloudFormation type `AWS::CodeBuild::SourceCredential`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceCredential {
    props: ::forma_core::schema::Props,
}
impl SourceCredential {
    /// A new resource with its required properties: `AuthType`, `ServerType`, `Token`.
    #[track_caller]
    pub fn new(
        auth_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        server_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        token: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, auth_type.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, server_type.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, token.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The Bitbucket username when the authType is BASIC_AUTH.
    #[track_caller]
    pub fn username(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SourceCredential {
    type Attributes = SourceCredentialAttributes;
    fn type_name(&self) -> &str {
        "AWS::CodeBuild::SourceCredential"
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
/// The attributes of a `AWS::CodeBuild::SourceCredential` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SourceCredentialAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SourceCredentialAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SourceCredentialAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The schema of `AWS::CodeBuild::SourceCredential`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CodeBuild::SourceCredential",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServerType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Token",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Username",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};
