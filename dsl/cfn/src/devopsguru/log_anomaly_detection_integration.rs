// @generated from AWS::DevOpsGuru::LogAnomalyDetectionIntegration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DevOpsGuru::LogAnomalyDetectionIntegration` and its property types.

/// This resource schema represents the LogAnomalyDetectionIntegration resource in the Amazon DevOps Guru.
///
/// CloudFormation type `AWS::DevOpsGuru::LogAnomalyDetectionIntegration`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogAnomalyDetectionIntegration {
    props: ::forma_core::schema::Props,
}
impl LogAnomalyDetectionIntegration {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
}
impl ::std::default::Default for LogAnomalyDetectionIntegration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for LogAnomalyDetectionIntegration {
    type Attributes = LogAnomalyDetectionIntegrationAttributes;
    fn type_name(&self) -> &str {
        "AWS::DevOpsGuru::LogAnomalyDetectionIntegration"
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
/// The attributes of a `AWS::DevOpsGuru::LogAnomalyDetectionIntegration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LogAnomalyDetectionIntegrationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LogAnomalyDetectionIntegrationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LogAnomalyDetectionIntegrationAttributes {
    /// `Fn::GetAtt` `AccountId`.
    pub fn account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccountId")
    }
}

/// The schema of `AWS::DevOpsGuru::LogAnomalyDetectionIntegration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DevOpsGuru::LogAnomalyDetectionIntegration",
    properties: &[],
    rules: &[],
    attributes: &["AccountId"],
};
