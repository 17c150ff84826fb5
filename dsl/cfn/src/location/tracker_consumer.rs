// @generated from AWS::Location::TrackerConsumer (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Location::TrackerConsumer` and its property types.

/// Definition of AWS::Location::TrackerConsumer Resource Type
///
/// CloudFormation type `AWS::Location::TrackerConsumer`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrackerConsumer {
    props: ::forma_core::schema::Props,
}
impl TrackerConsumer {
    /// A new resource with its required properties: `ConsumerArn`, `TrackerName`.
    #[track_caller]
    pub fn new(
        consumer_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        tracker_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, consumer_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, tracker_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for TrackerConsumer {
    type Attributes = TrackerConsumerAttributes;
    fn type_name(&self) -> &str {
        "AWS::Location::TrackerConsumer"
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
/// The attributes of a `AWS::Location::TrackerConsumer` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TrackerConsumerAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TrackerConsumerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::Location::TrackerConsumer`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Location::TrackerConsumer",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConsumerArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn(:[a-z0-9]+([.-][a-z0-9]+)*){2}(:([a-z0-9]+([.-][a-z0-9]+)*)?){2}:([^/].*)?$"),
                min_length: None,
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "TrackerName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[-._\\w]+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
