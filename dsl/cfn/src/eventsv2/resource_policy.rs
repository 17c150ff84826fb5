// @generated from AWS::EventsV2::ResourcePolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EventsV2::ResourcePolicy` and its property types.

/// Resource type definition for AWS::EventsV2::ResourcePolicy, the resource policy of an Amazon EventBridge event bus.
///
/// CloudFormation type `AWS::EventsV2::ResourcePolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourcePolicy {
    props: ::forma_core::schema::Props,
}
impl ResourcePolicy {
    /// A new resource with its required properties: `EventBusArn`, `PolicyDocument`.
    #[track_caller]
    pub fn new(
        event_bus_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        policy_document: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, event_bus_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, policy_document.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ResourcePolicy {
    type Attributes = ResourcePolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::EventsV2::ResourcePolicy"
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
/// The attributes of a `AWS::EventsV2::ResourcePolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ResourcePolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ResourcePolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ResourcePolicyAttributes {
    /// `Fn::GetAtt` `RevisionId`.
    pub fn revision_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RevisionId")
    }
}

/// The schema of `AWS::EventsV2::ResourcePolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::EventsV2::ResourcePolicy",
properties: &[
::forma_core::schema::Property { name: "EventBusArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[a-z0-9]+)*:events:[a-z][a-z0-9]*(-[a-z0-9]+)*:([0-9]{12}):event-busv2\\/[A-Za-z0-9][\\.\\-_A-Za-z0-9]{0,255}\\/[a-z0-9]{25}$"), min_length: Some(1), max_length: Some(1011) }) },
::forma_core::schema::Property { name: "PolicyDocument", required: true, create_only: false, shape: ::forma_core::schema::Shape::Json },
],
rules: &[],
attributes: &["RevisionId"],
};
