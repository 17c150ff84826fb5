// @generated from AWS::SecurityLake::SubscriberNotification (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SecurityLake::SubscriberNotification` and its property types.

/// Resource Type definition for AWS::SecurityLake::SubscriberNotification
///
/// CloudFormation type `AWS::SecurityLake::SubscriberNotification`.
#[derive(Debug, Clone, PartialEq)]
pub struct SubscriberNotification {
    props: ::forma_core::schema::Props,
}
impl SubscriberNotification {
    /// A new resource with its required properties: `NotificationConfiguration`, `SubscriberArn`.
    #[track_caller]
    pub fn new(
        notification_configuration: impl ::std::convert::Into<::forma_core::Value<NotificationConfiguration>>,
        subscriber_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, notification_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, subscriber_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for SubscriberNotification {
    type Attributes = SubscriberNotificationAttributes;
    fn type_name(&self) -> &str {
        "AWS::SecurityLake::SubscriberNotification"
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
/// The attributes of a `AWS::SecurityLake::SubscriberNotification` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SubscriberNotificationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SubscriberNotificationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SubscriberNotificationAttributes {
    /// `Fn::GetAtt` `SubscriberEndpoint`.
    pub fn subscriber_endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SubscriberEndpoint")
    }
}

/// The `NotificationConfiguration` property type of `AWS::SecurityLake::SubscriberNotification`.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationConfiguration {
    props: ::forma_core::schema::Props,
}
impl NotificationConfiguration {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `HttpsNotificationConfiguration` or `SqsNotificationConfiguration`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The configuration for HTTPS subscriber notification.
    pub fn https_notification_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HttpsNotificationConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SqsNotificationConfiguration`.
    pub fn sqs_notification_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NotificationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NotificationConfiguration> for ::forma_core::Value<NotificationConfiguration> {
    fn from(v: NotificationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOTIFICATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `POST`, `PUT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HttpMethod {
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HttpMethod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Post => "POST",
            Self::Put => "PUT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["POST", "PUT"]
    }
}
impl ::std::convert::From<HttpMethod> for ::forma_core::Value<HttpMethod> {
    fn from(v: HttpMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HttpMethod {}

/// The configuration for HTTPS subscriber notification.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpsNotificationConfiguration {
    props: ::forma_core::schema::Props,
}
impl HttpsNotificationConfiguration {
    /// A new value with its required properties: `Endpoint`, `TargetRoleArn`.
    pub fn new(
        endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, endpoint.into().into_expr());
        props.set(4, target_role_arn.into().into_expr());
        Self { props }
    }
    /// The key name for the notification subscription.
    pub fn authorization_api_key_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The key value for the notification subscription.
    pub fn authorization_api_key_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The HTTPS method used for the notification subscription.
    pub fn http_method(mut self, value: impl ::forma_core::schema::EnumArg<HttpMethod>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<HttpsNotificationConfiguration> for ::forma_core::Value<HttpsNotificationConfiguration> {
    fn from(v: HttpsNotificationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTPS_NOTIFICATION_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::SecurityLake::SubscriberNotification`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SecurityLake::SubscriberNotification",
    properties: &[
        ::forma_core::schema::Property {
            name: "NotificationConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NOTIFICATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SubscriberArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["SubscriberEndpoint"],
};

static NOTIFICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityLake::SubscriberNotification.NotificationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "HttpsNotificationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTPS_NOTIFICATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SqsNotificationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["HttpsNotificationConfiguration"],
        &["SqsNotificationConfiguration"],
    ])],
};

static HTTPS_NOTIFICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityLake::SubscriberNotification.HttpsNotificationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizationApiKeyName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AuthorizationApiKeyValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Endpoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^https?://.+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "HttpMethod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["POST", "PUT"]),
        },
        ::forma_core::schema::Property {
            name: "TargetRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};
