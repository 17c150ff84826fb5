// @generated from AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption` and its property types.

/// Resource Type definition for AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption
///
/// CloudFormation type `AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationCloudWatchLoggingOption {
    props: ::forma_core::schema::Props,
}
impl ApplicationCloudWatchLoggingOption {
    /// A new resource with its required properties: `ApplicationName`, `CloudWatchLoggingOption`.
    #[track_caller]
    pub fn new(
        application_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        cloud_watch_logging_option: impl ::std::convert::Into<::forma_core::Value<CloudWatchLoggingOption>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, cloud_watch_logging_option.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ApplicationCloudWatchLoggingOption {
    type Attributes = ApplicationCloudWatchLoggingOptionAttributes;
    fn type_name(&self) -> &str {
        "AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption"
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
/// The attributes of a `AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApplicationCloudWatchLoggingOptionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApplicationCloudWatchLoggingOptionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApplicationCloudWatchLoggingOptionAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `CloudWatchLoggingOption` property type of `AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchLoggingOption {
    props: ::forma_core::schema::Props,
}
impl CloudWatchLoggingOption {
    /// A new value with its required properties: `LogStreamARN`.
    pub fn new(log_stream_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, log_stream_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CloudWatchLoggingOption> for ::forma_core::Value<CloudWatchLoggingOption> {
    fn from(v: CloudWatchLoggingOption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_LOGGING_OPTION_TYPE.properties))
    }
}

/// The schema of `AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CloudWatchLoggingOption",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGGING_OPTION_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static CLOUD_WATCH_LOGGING_OPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption.CloudWatchLoggingOption",
    properties: &[::forma_core::schema::Property {
        name: "LogStreamARN",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
