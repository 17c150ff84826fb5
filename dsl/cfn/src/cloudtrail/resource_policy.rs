// @generated from AWS::CloudTrail::ResourcePolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudTrail::ResourcePolicy` and its property types.

/// Resource Type definition for AWS::CloudTrail::ResourcePolicy
///
/// CloudFormation type `AWS::CloudTrail::ResourcePolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourcePolicy {
    props: ::forma_core::schema::Props,
}
impl ResourcePolicy {
    /// A new resource with its required properties: `ResourceArn`, `ResourcePolicy`.
    #[track_caller]
    pub fn new(
        resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_policy: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, resource_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, resource_policy.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ResourcePolicy {
    type Attributes = ResourcePolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudTrail::ResourcePolicy"
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
/// The attributes of a `AWS::CloudTrail::ResourcePolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ResourcePolicyAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ResourcePolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::CloudTrail::ResourcePolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudTrail::ResourcePolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9._/\\-:]+$"),
                min_length: Some(3),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourcePolicy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &[],
};
