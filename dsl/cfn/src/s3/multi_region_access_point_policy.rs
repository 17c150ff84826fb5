// @generated from AWS::S3::MultiRegionAccessPointPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::S3::MultiRegionAccessPointPolicy` and its property types.

/// The policy to be attached to a Multi Region Access Point
///
/// CloudFormation type `AWS::S3::MultiRegionAccessPointPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiRegionAccessPointPolicy {
    props: ::forma_core::schema::Props,
}
impl MultiRegionAccessPointPolicy {
    /// A new resource with its required properties: `MrapName`, `Policy`.
    #[track_caller]
    pub fn new(
        mrap_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        policy: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, mrap_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, policy.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for MultiRegionAccessPointPolicy {
    type Attributes = MultiRegionAccessPointPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::S3::MultiRegionAccessPointPolicy"
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
/// The attributes of a `AWS::S3::MultiRegionAccessPointPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MultiRegionAccessPointPolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MultiRegionAccessPointPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MultiRegionAccessPointPolicyAttributes {
    /// `Fn::GetAtt` `PolicyStatus`.
    pub fn policy_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "PolicyStatus")
    }
    /// `Fn::GetAtt` `PolicyStatus.IsPublic`.
    pub fn policy_status_is_public(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PolicyStatus.IsPublic")
    }
}

/// The schema of `AWS::S3::MultiRegionAccessPointPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::S3::MultiRegionAccessPointPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "MrapName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9][-a-z0-9]{1,48}[a-z0-9]$"),
                min_length: Some(3),
                max_length: Some(50),
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
    attributes: &["PolicyStatus", "PolicyStatus.IsPublic"],
};
