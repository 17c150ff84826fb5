// @generated from AWS::S3Files::FileSystemPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::S3Files::FileSystemPolicy` and its property types.

/// Resource Type definition for AWS::S3Files::FileSystemPolicy
///
/// CloudFormation type `AWS::S3Files::FileSystemPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct FileSystemPolicy {
    props: ::forma_core::schema::Props,
}
impl FileSystemPolicy {
    /// A new resource with its required properties: `FileSystemId`, `Policy`.
    #[track_caller]
    pub fn new(
        file_system_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        policy: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, file_system_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, policy.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for FileSystemPolicy {
    type Attributes = FileSystemPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::S3Files::FileSystemPolicy"
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
/// The attributes of a `AWS::S3Files::FileSystemPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FileSystemPolicyAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FileSystemPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::S3Files::FileSystemPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::S3Files::FileSystemPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "FileSystemId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^(arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}|fs-[0-9a-f]{17,40})$",
                ),
                min_length: None,
                max_length: Some(128),
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
    attributes: &[],
};
