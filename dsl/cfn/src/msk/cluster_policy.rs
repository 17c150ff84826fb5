// @generated from AWS::MSK::ClusterPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MSK::ClusterPolicy` and its property types.

/// Resource Type definition for AWS::MSK::ClusterPolicy
///
/// CloudFormation type `AWS::MSK::ClusterPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterPolicy {
    props: ::forma_core::schema::Props,
}
impl ClusterPolicy {
    /// A new resource with its required properties: `ClusterArn`, `Policy`.
    #[track_caller]
    pub fn new(
        cluster_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        policy: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, cluster_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, policy.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ClusterPolicy {
    type Attributes = ClusterPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::MSK::ClusterPolicy"
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
/// The attributes of a `AWS::MSK::ClusterPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ClusterPolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ClusterPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ClusterPolicyAttributes {
    /// `Fn::GetAtt` `CurrentVersion`.
    pub fn current_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CurrentVersion")
    }
}

/// The schema of `AWS::MSK::ClusterPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MSK::ClusterPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClusterArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[\\w-]+:kafka:[\\w-]+:\\d+:cluster.*\\Z"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Policy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &["CurrentVersion"],
};
