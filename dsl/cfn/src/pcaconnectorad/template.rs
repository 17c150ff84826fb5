// @generated from AWS::PCAConnectorAD::Template (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::PCAConnectorAD::Template` and its property types.

/// Represents a template that defines certificate configurations, both for issuance and client handling
///
/// CloudFormation type `AWS::PCAConnectorAD::Template`.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    props: ::forma_core::schema::Props,
}
impl Template {
    /// A new resource with its required properties: `ConnectorArn`, `Definition`, `Name`.
    #[track_caller]
    pub fn new(
        connector_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        definition: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, connector_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, definition.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ReenrollAllCertificateHolders`.
    #[track_caller]
    pub fn reenroll_all_certificate_holders(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Template {
    type Attributes = TemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::PCAConnectorAD::Template"
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
/// The attributes of a `AWS::PCAConnectorAD::Template` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TemplateAttributes {
    /// `Fn::GetAtt` `TemplateArn`.
    pub fn template_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TemplateArn")
    }
}

/// The schema of `AWS::PCAConnectorAD::Template`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::PCAConnectorAD::Template",
properties: &[
::forma_core::schema::Property { name: "ConnectorArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w-]+:pca-connector-ad:[\\w-]+:[0-9]+:connector\\/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$"), min_length: Some(5), max_length: Some(200) }) },
::forma_core::schema::Property { name: "Definition", required: true, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "Name", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(?!^\\s+$)((?![\\x5c'\\x2b,;<=>#\\x22])([\\x20-\\x7E]))+$"), min_length: Some(1), max_length: Some(64) }) },
::forma_core::schema::Property { name: "ReenrollAllCertificateHolders", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING)) },
],
rules: &[],
attributes: &["TemplateArn"],
};
