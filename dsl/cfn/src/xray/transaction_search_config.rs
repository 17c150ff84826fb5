// @generated from AWS::XRay::TransactionSearchConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::XRay::TransactionSearchConfig` and its property types.

/// This schema provides construct and validation rules for AWS-XRay TransactionSearchConfig resource parameters.
///
/// CloudFormation type `AWS::XRay::TransactionSearchConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct TransactionSearchConfig {
    props: ::forma_core::schema::Props,
}
impl TransactionSearchConfig {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Determines the percentage of traces indexed from CloudWatch Logs to X-Ray
    ///
    /// Allowed: 0 to 100.
    #[track_caller]
    pub fn indexing_percentage(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for TransactionSearchConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for TransactionSearchConfig {
    type Attributes = TransactionSearchConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::XRay::TransactionSearchConfig"
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
/// The attributes of a `AWS::XRay::TransactionSearchConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TransactionSearchConfigAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TransactionSearchConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TransactionSearchConfigAttributes {
    /// `Fn::GetAtt` `AccountId`.
    pub fn account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccountId")
    }
}

/// The schema of `AWS::XRay::TransactionSearchConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::XRay::TransactionSearchConfig",
    properties: &[::forma_core::schema::Property {
        name: "IndexingPercentage",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
            minimum: Some(0.0),
            maximum: Some(100.0),
        }),
    }],
    rules: &[],
    attributes: &["AccountId"],
};
