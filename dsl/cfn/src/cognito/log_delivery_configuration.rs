// @generated from AWS::Cognito::LogDeliveryConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cognito::LogDeliveryConfiguration` and its property types.

/// Resource Type definition for AWS::Cognito::LogDeliveryConfiguration
///
/// CloudFormation type `AWS::Cognito::LogDeliveryConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogDeliveryConfiguration {
    props: ::forma_core::schema::Props,
}
impl LogDeliveryConfiguration {
    /// A new resource with its required properties: `UserPoolId`.
    #[track_caller]
    pub fn new(user_pool_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, user_pool_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `LogConfigurations`.
    #[track_caller]
    pub fn log_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LogConfiguration>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LogDeliveryConfiguration {
    type Attributes = LogDeliveryConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Cognito::LogDeliveryConfiguration"
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
/// The attributes of a `AWS::Cognito::LogDeliveryConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LogDeliveryConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LogDeliveryConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LogDeliveryConfigurationAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `LogConfiguration` property type of `AWS::Cognito::LogDeliveryConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogConfiguration {
    props: ::forma_core::schema::Props,
}
impl LogConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CloudWatchLogsConfiguration`.
    pub fn cloud_watch_logs_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLogsConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EventSource`.
    pub fn event_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `FirehoseConfiguration`.
    pub fn firehose_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FirehoseConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `LogLevel`.
    pub fn log_level(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `S3Configuration`.
    pub fn s3_configuration(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Configuration>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LogConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LogConfiguration> for ::forma_core::Value<LogConfiguration> {
    fn from(v: LogConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_CONFIGURATION_TYPE.properties))
    }
}

/// The `CloudWatchLogsConfiguration` property type of `AWS::Cognito::LogDeliveryConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchLogsConfiguration {
    props: ::forma_core::schema::Props,
}
impl CloudWatchLogsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LogGroupArn`.
    pub fn log_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CloudWatchLogsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CloudWatchLogsConfiguration> for ::forma_core::Value<CloudWatchLogsConfiguration> {
    fn from(v: CloudWatchLogsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_LOGS_CONFIGURATION_TYPE.properties))
    }
}

/// The `FirehoseConfiguration` property type of `AWS::Cognito::LogDeliveryConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct FirehoseConfiguration {
    props: ::forma_core::schema::Props,
}
impl FirehoseConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `StreamArn`.
    pub fn stream_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FirehoseConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FirehoseConfiguration> for ::forma_core::Value<FirehoseConfiguration> {
    fn from(v: FirehoseConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIREHOSE_CONFIGURATION_TYPE.properties))
    }
}

/// The `S3Configuration` property type of `AWS::Cognito::LogDeliveryConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Configuration {
    props: ::forma_core::schema::Props,
}
impl S3Configuration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BucketArn`.
    pub fn bucket_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3Configuration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3Configuration> for ::forma_core::Value<S3Configuration> {
    fn from(v: S3Configuration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::Cognito::LogDeliveryConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Cognito::LogDeliveryConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "LogConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LOG_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "UserPoolId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static LOG_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::LogDeliveryConfiguration.LogConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchLogsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EventSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FirehoseConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIREHOSE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LogLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3Configuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static CLOUD_WATCH_LOGS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::LogDeliveryConfiguration.CloudWatchLogsConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "LogGroupArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static FIREHOSE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::LogDeliveryConfiguration.FirehoseConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "StreamArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static S3_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::LogDeliveryConfiguration.S3Configuration",
    properties: &[::forma_core::schema::Property {
        name: "BucketArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
