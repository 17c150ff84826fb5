// @generated from AWS::Cognito::IdentityPoolPrincipalTag (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cognito::IdentityPoolPrincipalTag` and its property types.

/// Resource Type definition for AWS::Cognito::IdentityPoolPrincipalTag
///
/// CloudFormation type `AWS::Cognito::IdentityPoolPrincipalTag`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityPoolPrincipalTag {
    props: ::forma_core::schema::Props,
}
impl IdentityPoolPrincipalTag {
    /// A new resource with its required properties: `IdentityPoolId`, `IdentityProviderName`.
    #[track_caller]
    pub fn new(
        identity_pool_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        identity_provider_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, identity_pool_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, identity_provider_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `PrincipalTags`.
    #[track_caller]
    pub fn principal_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UseDefaults`.
    #[track_caller]
    pub fn use_defaults(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IdentityPoolPrincipalTag {
    type Attributes = IdentityPoolPrincipalTagAttributes;
    fn type_name(&self) -> &str {
        "AWS::Cognito::IdentityPoolPrincipalTag"
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
/// The attributes of a `AWS::Cognito::IdentityPoolPrincipalTag` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IdentityPoolPrincipalTagAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IdentityPoolPrincipalTagAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::Cognito::IdentityPoolPrincipalTag`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Cognito::IdentityPoolPrincipalTag",
    properties: &[
        ::forma_core::schema::Property {
            name: "IdentityPoolId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IdentityProviderName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PrincipalTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "UseDefaults",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
    attributes: &[],
};
