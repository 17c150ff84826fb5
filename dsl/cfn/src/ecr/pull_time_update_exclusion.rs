// @generated from AWS::ECR::PullTimeUpdateExclusion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ECR::PullTimeUpdateExclusion` and its property types.

/// The ARN of the IAM principal to remove from the pull time update exclusion list.
///
/// CloudFormation type `AWS::ECR::PullTimeUpdateExclusion`.
#[derive(Debug, Clone, PartialEq)]
pub struct PullTimeUpdateExclusion {
    props: ::forma_core::schema::Props,
}
impl PullTimeUpdateExclusion {
    /// A new resource with its required properties: `PrincipalArn`.
    #[track_caller]
    pub fn new(principal_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, principal_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for PullTimeUpdateExclusion {
    type Attributes = PullTimeUpdateExclusionAttributes;
    fn type_name(&self) -> &str {
        "AWS::ECR::PullTimeUpdateExclusion"
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
/// The attributes of a `AWS::ECR::PullTimeUpdateExclusion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PullTimeUpdateExclusionAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PullTimeUpdateExclusionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::ECR::PullTimeUpdateExclusion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ECR::PullTimeUpdateExclusion",
    properties: &[::forma_core::schema::Property {
        name: "PrincipalArn",
        required: true,
        create_only: true,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:aws(-[a-z]+)*:iam::[0-9]{12}:(role|user)/[\\w+=,.@-]+(/[\\w+=,.@-]+)*$"),
            min_length: Some(0),
            max_length: Some(200),
        }),
    }],
    rules: &[],
    attributes: &[],
};
