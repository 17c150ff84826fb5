// @generated from AWS::FMS::NotificationChannel (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::FMS::NotificationChannel` and its property types.

/// Designates the IAM role and Amazon Simple Notification Service (SNS) topic that AWS Firewall Manager uses to record SNS logs.
///
/// CloudFormation type `AWS::FMS::NotificationChannel`.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationChannel {
    props: ::forma_core::schema::Props,
}
impl NotificationChannel {
    /// A new resource with its required properties: `SnsRoleName`, `SnsTopicArn`.
    #[track_caller]
    pub fn new(
        sns_role_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sns_topic_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, sns_role_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, sns_topic_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for NotificationChannel {
    type Attributes = NotificationChannelAttributes;
    fn type_name(&self) -> &str {
        "AWS::FMS::NotificationChannel"
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
/// The attributes of a `AWS::FMS::NotificationChannel` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NotificationChannelAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NotificationChannelAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::FMS::NotificationChannel`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::FMS::NotificationChannel",
    properties: &[
        ::forma_core::schema::Property {
            name: "SnsRoleName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([^\\s]+)$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "SnsTopicArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([^\\s]+)$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
