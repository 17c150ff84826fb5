// @generated from AWS::S3Tables::TablePolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::S3Tables::TablePolicy` and its property types.

/// Resource Type definition for AWS::S3Tables::TablePolicy
///
/// CloudFormation type `AWS::S3Tables::TablePolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct TablePolicy {
    props: ::forma_core::schema::Props,
}
impl TablePolicy {
    /// A new resource with its required properties: `ResourcePolicy`, `TableARN`.
    #[track_caller]
    pub fn new(
        resource_policy: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        table_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, resource_policy.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, table_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for TablePolicy {
    type Attributes = TablePolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::S3Tables::TablePolicy"
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
/// The attributes of a `AWS::S3Tables::TablePolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TablePolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TablePolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TablePolicyAttributes {
    /// `Fn::GetAtt` `TableBucketARN`.
    pub fn table_bucket_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TableBucketARN")
    }
    /// `Fn::GetAtt` `Namespace`.
    pub fn namespace(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Namespace")
    }
    /// `Fn::GetAtt` `TableName`.
    pub fn table_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TableName")
    }
}

/// The schema of `AWS::S3Tables::TablePolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::S3Tables::TablePolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourcePolicy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "TableARN",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["TableBucketARN", "Namespace", "TableName"],
};
