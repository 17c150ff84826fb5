// @generated from AWS::ECR::RegistryPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ECR::RegistryPolicy` and its property types.

/// The `AWS::ECR::RegistryPolicy` resource creates or updates the permissions policy for a private registry.
///
/// CloudFormation type `AWS::ECR::RegistryPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct RegistryPolicy {
    props: ::forma_core::schema::Props,
}
impl RegistryPolicy {
    /// A new resource with its required properties: `PolicyText`.
    #[track_caller]
    pub fn new(policy_text: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, policy_text.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for RegistryPolicy {
    type Attributes = RegistryPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::ECR::RegistryPolicy"
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
/// The attributes of a `AWS::ECR::RegistryPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RegistryPolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RegistryPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RegistryPolicyAttributes {
    /// `Fn::GetAtt` `RegistryId`.
    pub fn registry_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RegistryId")
    }
}

/// The schema of `AWS::ECR::RegistryPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ECR::RegistryPolicy",
    properties: &[::forma_core::schema::Property {
        name: "PolicyText",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Json,
    }],
    rules: &[],
    attributes: &["RegistryId"],
};
