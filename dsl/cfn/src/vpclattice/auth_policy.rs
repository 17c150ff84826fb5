// @generated from AWS::VpcLattice::AuthPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::VpcLattice::AuthPolicy` and its property types.

/// Creates or updates the auth policy.
///
/// CloudFormation type `AWS::VpcLattice::AuthPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthPolicy {
    props: ::forma_core::schema::Props,
}
impl AuthPolicy {
    /// A new resource with its required properties: `Policy`, `ResourceIdentifier`.
    #[track_caller]
    pub fn new(
        policy: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        resource_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, policy.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, resource_identifier.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for AuthPolicy {
    type Attributes = AuthPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::VpcLattice::AuthPolicy"
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
/// The attributes of a `AWS::VpcLattice::AuthPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AuthPolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AuthPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AuthPolicyAttributes {
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
}

/// The schema of `AWS::VpcLattice::AuthPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::VpcLattice::AuthPolicy",
properties: &[
::forma_core::schema::Property { name: "Policy", required: true, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "ResourceIdentifier", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((((sn)|(svc))-[0-9a-z]{17})|(arn(:[a-z0-9]+([.-][a-z0-9]+)*){2}(:([a-z0-9]+([.-][a-z0-9]+)*)?){2}:((servicenetwork/sn)|(service/svc))-[0-9a-z]{17}))$"), min_length: Some(17), max_length: Some(200) }) },
],
rules: &[],
attributes: &["State"],
};
