// @generated from AWS::Wisdom::MessageTemplateVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Wisdom::MessageTemplateVersion` and its property types.

/// A version for the specified customer-managed message template within the specified knowledge base.
///
/// CloudFormation type `AWS::Wisdom::MessageTemplateVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageTemplateVersion {
    props: ::forma_core::schema::Props,
}
impl MessageTemplateVersion {
    /// A new resource with its required properties: `MessageTemplateArn`.
    #[track_caller]
    pub fn new(message_template_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, message_template_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The content SHA256 of the message template.
    ///
    /// Allowed: length 1 to 64.
    #[track_caller]
    pub fn message_template_content_sha256(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MessageTemplateVersion {
    type Attributes = MessageTemplateVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Wisdom::MessageTemplateVersion"
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
/// The attributes of a `AWS::Wisdom::MessageTemplateVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MessageTemplateVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MessageTemplateVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MessageTemplateVersionAttributes {
    /// `Fn::GetAtt` `MessageTemplateVersionNumber`.
    pub fn message_template_version_number(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "MessageTemplateVersionNumber")
    }
    /// `Fn::GetAtt` `MessageTemplateVersionArn`.
    pub fn message_template_version_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MessageTemplateVersionArn")
    }
}

/// The schema of `AWS::Wisdom::MessageTemplateVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Wisdom::MessageTemplateVersion",
properties: &[
::forma_core::schema::Property { name: "MessageTemplateArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z-]*?:wisdom:[a-z0-9-]*?:[0-9]{12}:[a-z-]*?/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?:/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})?$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "MessageTemplateContentSha256", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(64) }) },
],
rules: &[],
attributes: &["MessageTemplateVersionNumber", "MessageTemplateVersionArn"],
};
