// @generated from AWS::S3Vectors::VectorBucketPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::S3Vectors::VectorBucketPolicy` and its property types.

/// Resource Type definition for AWS::S3Vectors::VectorBucketPolicy
///
/// CloudFormation type `AWS::S3Vectors::VectorBucketPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct VectorBucketPolicy {
    props: ::forma_core::schema::Props,
}
impl VectorBucketPolicy {
    /// A new resource with its required properties: `Policy`.
    ///
    /// CloudFormation also needs at least one of `VectorBucketName` or `VectorBucketArn`.
    #[track_caller]
    pub fn new(policy: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, policy.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the vector bucket.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vector_bucket_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the vector bucket
    ///
    /// Allowed: length 3 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vector_bucket_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for VectorBucketPolicy {
    type Attributes = VectorBucketPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::S3Vectors::VectorBucketPolicy"
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
/// The attributes of a `AWS::S3Vectors::VectorBucketPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VectorBucketPolicyAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VectorBucketPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::S3Vectors::VectorBucketPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::S3Vectors::VectorBucketPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Policy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "VectorBucketArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:aws[-a-z0-9]*:s3vectors:[a-z0-9-]+:[0-9]{12}:bucket/[a-z0-9][a-z0-9-.]{1,61}[a-z0-9]$",
                ),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VectorBucketName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
    ],
    rules: &[::forma_core::schema::Combination::AnyOf(&[&["VectorBucketName"], &["VectorBucketArn"]])],
    attributes: &[],
};
