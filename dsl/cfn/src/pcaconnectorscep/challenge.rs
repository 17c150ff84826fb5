// @generated from AWS::PCAConnectorSCEP::Challenge (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::PCAConnectorSCEP::Challenge` and its property types.

/// Represents a SCEP Challenge that is used for certificate enrollment
///
/// CloudFormation type `AWS::PCAConnectorSCEP::Challenge`.
#[derive(Debug, Clone, PartialEq)]
pub struct Challenge {
    props: ::forma_core::schema::Props,
}
impl Challenge {
    /// A new resource with its required properties: `ConnectorArn`.
    #[track_caller]
    pub fn new(connector_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, connector_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Challenge {
    type Attributes = ChallengeAttributes;
    fn type_name(&self) -> &str {
        "AWS::PCAConnectorSCEP::Challenge"
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
/// The attributes of a `AWS::PCAConnectorSCEP::Challenge` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ChallengeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ChallengeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ChallengeAttributes {
    /// `Fn::GetAtt` `ChallengeArn`.
    pub fn challenge_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ChallengeArn")
    }
}

/// The schema of `AWS::PCAConnectorSCEP::Challenge`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::PCAConnectorSCEP::Challenge",
properties: &[
::forma_core::schema::Property { name: "ConnectorArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[a-z]+)*:pca-connector-scep:[a-z]+(-[a-z]+)+-[1-9]\\d*:\\d{12}:connector\\/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$"), min_length: Some(5), max_length: Some(200) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING)) },
],
rules: &[],
attributes: &["ChallengeArn"],
};
