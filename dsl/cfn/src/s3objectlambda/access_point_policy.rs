// @generated from AWS::S3ObjectLambda::AccessPointPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::S3ObjectLambda::AccessPointPolicy` and its property types.

/// AWS::S3ObjectLambda::AccessPointPolicy resource is an Amazon S3ObjectLambda policy type that you can use to control permissions for your S3ObjectLambda
///
/// CloudFormation type `AWS::S3ObjectLambda::AccessPointPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessPointPolicy {
    props: ::forma_core::schema::Props,
}
impl AccessPointPolicy {
    /// A new resource with its required properties: `ObjectLambdaAccessPoint`, `PolicyDocument`.
    #[track_caller]
    pub fn new(
        object_lambda_access_point: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        policy_document: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, object_lambda_access_point.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, policy_document.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for AccessPointPolicy {
    type Attributes = AccessPointPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::S3ObjectLambda::AccessPointPolicy"
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
/// The attributes of a `AWS::S3ObjectLambda::AccessPointPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AccessPointPolicyAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AccessPointPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::S3ObjectLambda::AccessPointPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::S3ObjectLambda::AccessPointPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "ObjectLambdaAccessPoint",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$"),
                min_length: Some(3),
                max_length: Some(45),
            }),
        },
        ::forma_core::schema::Property {
            name: "PolicyDocument",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &[],
};
