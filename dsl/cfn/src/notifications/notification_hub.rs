// @generated from AWS::Notifications::NotificationHub (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Notifications::NotificationHub` and its property types.

/// Resource Type definition for AWS::Notifications::NotificationHub
///
/// CloudFormation type `AWS::Notifications::NotificationHub`.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationHub {
    props: ::forma_core::schema::Props,
}
impl NotificationHub {
    /// A new resource with its required properties: `Region`.
    #[track_caller]
    pub fn new(region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, region.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for NotificationHub {
    type Attributes = NotificationHubAttributes;
    fn type_name(&self) -> &str {
        "AWS::Notifications::NotificationHub"
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
/// The attributes of a `AWS::Notifications::NotificationHub` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NotificationHubAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NotificationHubAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl NotificationHubAttributes {
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `NotificationHubStatusSummary`.
    pub fn notification_hub_status_summary(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "NotificationHubStatusSummary")
    }
}

/// The schema of `AWS::Notifications::NotificationHub`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Notifications::NotificationHub",
    properties: &[::forma_core::schema::Property {
        name: "Region",
        required: true,
        create_only: true,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(2),
            max_length: Some(25),
        }),
    }],
    rules: &[],
    attributes: &["CreationTime", "NotificationHubStatusSummary"],
};
