// @generated from AWS::SNS::TopicInlinePolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SNS::TopicInlinePolicy` and its property types.

/// Schema for AWS::SNS::TopicInlinePolicy
///
/// CloudFormation type `AWS::SNS::TopicInlinePolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicInlinePolicy {
    props: ::forma_core::schema::Props,
}
impl TopicInlinePolicy {
    /// A new resource with its required properties: `PolicyDocument`, `TopicArn`.
    #[track_caller]
    pub fn new(
        policy_document: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        topic_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, policy_document.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, topic_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for TopicInlinePolicy {
    type Attributes = TopicInlinePolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::SNS::TopicInlinePolicy"
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
/// The attributes of a `AWS::SNS::TopicInlinePolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TopicInlinePolicyAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TopicInlinePolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::SNS::TopicInlinePolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SNS::TopicInlinePolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "PolicyDocument",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "TopicArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};
