// @generated from AWS::IAM::UserPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IAM::UserPolicy` and its property types.

/// Adds or updates an inline policy document that is embedded in the specified IAM user.
///
/// CloudFormation type `AWS::IAM::UserPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPolicy {
    props: ::forma_core::schema::Props,
}
impl UserPolicy {
    /// A new resource with its required properties: `PolicyName`, `UserName`.
    #[track_caller]
    pub fn new(
        policy_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, policy_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, user_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `PolicyDocument`.
    ///
    /// Allowed: length 1 to 131072.
    #[track_caller]
    pub fn policy_document(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for UserPolicy {
    type Attributes = UserPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::IAM::UserPolicy"
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
/// The attributes of a `AWS::IAM::UserPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UserPolicyAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UserPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::IAM::UserPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IAM::UserPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "PolicyDocument",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "PolicyName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w+=,.@-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "UserName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w+=,.@-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
