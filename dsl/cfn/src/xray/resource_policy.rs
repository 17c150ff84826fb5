// @generated from AWS::XRay::ResourcePolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::XRay::ResourcePolicy` and its property types.

/// This schema provides construct and validation rules for AWS-XRay Resource Policy resource parameters.
///
/// CloudFormation type `AWS::XRay::ResourcePolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourcePolicy {
    props: ::forma_core::schema::Props,
}
impl ResourcePolicy {
    /// A new resource with its required properties: `PolicyDocument`, `PolicyName`.
    #[track_caller]
    pub fn new(
        policy_document: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        policy_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, policy_document.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, policy_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A flag to indicate whether to bypass the resource policy lockout safety check
    #[track_caller]
    pub fn bypass_policy_lockout_check(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ResourcePolicy {
    type Attributes = ResourcePolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::XRay::ResourcePolicy"
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
/// The attributes of a `AWS::XRay::ResourcePolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ResourcePolicyAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ResourcePolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::XRay::ResourcePolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::XRay::ResourcePolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "BypassPolicyLockoutCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PolicyDocument",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(5120),
            }),
        },
        ::forma_core::schema::Property {
            name: "PolicyName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\w+=,.@-]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
