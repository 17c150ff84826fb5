// @generated from AWS::Lambda::EventInvokeConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lambda::EventInvokeConfig` and its property types.

/// The AWS::Lambda::EventInvokeConfig resource configures options for asynchronous invocation on a version or an alias.
///
/// CloudFormation type `AWS::Lambda::EventInvokeConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventInvokeConfig {
    props: ::forma_core::schema::Props,
}
impl EventInvokeConfig {
    /// A new resource with its required properties: `FunctionName`, `Qualifier`.
    #[track_caller]
    pub fn new(
        function_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        qualifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, function_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, qualifier.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A destination for events after they have been sent to a function for processing.
    #[track_caller]
    pub fn destination_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DestinationConfig>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum age of a request that Lambda sends to a function for processing.
    ///
    /// Allowed: 60 to 21600.
    #[track_caller]
    pub fn maximum_event_age_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum number of times to retry when the function returns an error.
    ///
    /// Allowed: 0 to 2.
    #[track_caller]
    pub fn maximum_retry_attempts(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for EventInvokeConfig {
    type Attributes = EventInvokeConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lambda::EventInvokeConfig"
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
/// The attributes of a `AWS::Lambda::EventInvokeConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EventInvokeConfigAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EventInvokeConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// A destination for events after they have been sent to a function for processing.
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationConfig {
    props: ::forma_core::schema::Props,
}
impl DestinationConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The destination configuration for failed invocations.
    pub fn on_failure(mut self, value: impl ::std::convert::Into<::forma_core::Value<OnFailure>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The destination configuration for successful invocations.
    pub fn on_success(mut self, value: impl ::std::convert::Into<::forma_core::Value<OnSuccess>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DestinationConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DestinationConfig> for ::forma_core::Value<DestinationConfig> {
    fn from(v: DestinationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_CONFIG_TYPE.properties))
    }
}

/// The destination configuration for failed invocations.
#[derive(Debug, Clone, PartialEq)]
pub struct OnFailure {
    props: ::forma_core::schema::Props,
}
impl OnFailure {
    /// A new value with its required properties: `Destination`.
    pub fn new(destination: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OnFailure> for ::forma_core::Value<OnFailure> {
    fn from(v: OnFailure) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ON_FAILURE_TYPE.properties))
    }
}

/// The destination configuration for successful invocations.
#[derive(Debug, Clone, PartialEq)]
pub struct OnSuccess {
    props: ::forma_core::schema::Props,
}
impl OnSuccess {
    /// A new value with its required properties: `Destination`.
    pub fn new(destination: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OnSuccess> for ::forma_core::Value<OnSuccess> {
    fn from(v: OnSuccess) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ON_SUCCESS_TYPE.properties))
    }
}

/// The schema of `AWS::Lambda::EventInvokeConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Lambda::EventInvokeConfig",
properties: &[
::forma_core::schema::Property { name: "DestinationConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&DESTINATION_CONFIG_TYPE) },
::forma_core::schema::Property { name: "FunctionName", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]+(-[a-z]+)+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "MaximumEventAgeInSeconds", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(60.0), maximum: Some(21600.0) }) },
::forma_core::schema::Property { name: "MaximumRetryAttempts", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: Some(2.0) }) },
::forma_core::schema::Property { name: "Qualifier", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9$_-]{1,129}$"), min_length: None, max_length: None }) },
],
rules: &[],
attributes: &[],
};

static DESTINATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::EventInvokeConfig.DestinationConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "OnFailure",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ON_FAILURE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OnSuccess",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ON_SUCCESS_TYPE),
        },
    ],
    rules: &[],
};

static ON_FAILURE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::EventInvokeConfig.OnFailure",
    properties: &[::forma_core::schema::Property {
        name: "Destination",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^$|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:([a-z]+(-[a-z]+)+-\\d{1})?:(\\d{12})?:(.*)"),
            min_length: Some(0),
            max_length: Some(350),
        }),
    }],
    rules: &[],
};

static ON_SUCCESS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::EventInvokeConfig.OnSuccess",
    properties: &[::forma_core::schema::Property {
        name: "Destination",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^$|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:([a-z]+(-[a-z]+)+-\\d{1})?:(\\d{12})?:(.*)"),
            min_length: Some(0),
            max_length: Some(350),
        }),
    }],
    rules: &[],
};
