// @generated from AWS::Route53::QueryLoggingConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Route53::QueryLoggingConfig` and its property types.

/// Resource Type definition for AWS::Route53::QueryLoggingConfig.
///
/// CloudFormation type `AWS::Route53::QueryLoggingConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryLoggingConfig {
    props: ::forma_core::schema::Props,
}
impl QueryLoggingConfig {
    /// A new resource with its required properties: `CloudWatchLogsLogGroupArn`, `HostedZoneId`.
    #[track_caller]
    pub fn new(
        cloud_watch_logs_log_group_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        hosted_zone_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, cloud_watch_logs_log_group_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, hosted_zone_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for QueryLoggingConfig {
    type Attributes = QueryLoggingConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::Route53::QueryLoggingConfig"
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
/// The attributes of a `AWS::Route53::QueryLoggingConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct QueryLoggingConfigAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for QueryLoggingConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl QueryLoggingConfigAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::Route53::QueryLoggingConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Route53::QueryLoggingConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchLogsLogGroupArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HostedZoneId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(32),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Id"],
};
