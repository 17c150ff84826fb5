// @generated from AWS::Connect::ContactFlowVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::ContactFlowVersion` and its property types.

/// Resource Type Definition for ContactFlowVersion
///
/// CloudFormation type `AWS::Connect::ContactFlowVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactFlowVersion {
    props: ::forma_core::schema::Props,
}
impl ContactFlowVersion {
    /// A new resource with its required properties: `ContactFlowId`.
    #[track_caller]
    pub fn new(contact_flow_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, contact_flow_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the version.
    ///
    /// Allowed: length 0 to 500.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ContactFlowVersion {
    type Attributes = ContactFlowVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::ContactFlowVersion"
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
/// The attributes of a `AWS::Connect::ContactFlowVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ContactFlowVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ContactFlowVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ContactFlowVersionAttributes {
    /// `Fn::GetAtt` `ContactFlowVersionARN`.
    pub fn contact_flow_version_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ContactFlowVersionARN")
    }
    /// `Fn::GetAtt` `Version`.
    pub fn version(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Version")
    }
    /// `Fn::GetAtt` `FlowContentSha256`.
    pub fn flow_content_sha256(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FlowContentSha256")
    }
}

/// The schema of `AWS::Connect::ContactFlowVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Connect::ContactFlowVersion",
properties: &[
::forma_core::schema::Property { name: "ContactFlowId", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]+:[0-9]{12}:instance/[-a-zA-Z0-9]+/contact-flow/[-a-zA-Z0-9]+$"), min_length: Some(1), max_length: Some(500) }) },
::forma_core::schema::Property { name: "Description", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(500) }) },
],
rules: &[],
attributes: &["ContactFlowVersionARN", "Version", "FlowContentSha256"],
};
