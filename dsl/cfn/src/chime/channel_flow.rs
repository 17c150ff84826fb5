// @generated from AWS::Chime::ChannelFlow (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Chime::ChannelFlow` and its property types.

/// Creates a channel flow in the Amazon Chime SDK Messaging service.
///
/// CloudFormation type `AWS::Chime::ChannelFlow`.
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelFlow {
    props: ::forma_core::schema::Props,
}
impl ChannelFlow {
    /// A new resource with its required properties: `AppInstanceArn`, `Name`, `Processors`.
    #[track_caller]
    pub fn new(
        app_instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        processors: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Processor>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, app_instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, processors.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The tags for the channel flow.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ChannelFlow {
    type Attributes = ChannelFlowAttributes;
    fn type_name(&self) -> &str {
        "AWS::Chime::ChannelFlow"
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
/// The attributes of a `AWS::Chime::ChannelFlow` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ChannelFlowAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ChannelFlowAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ChannelFlowAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `AppInstanceId`.
    pub fn app_instance_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AppInstanceId")
    }
    /// `Fn::GetAtt` `ChannelFlowId`.
    pub fn channel_flow_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ChannelFlowId")
    }
    /// `Fn::GetAtt` `CreatedTimestamp`.
    pub fn created_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTimestamp")
    }
    /// `Fn::GetAtt` `LastUpdatedTimestamp`.
    pub fn last_updated_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTimestamp")
    }
}

/// The values CloudFormation documents: `CONTINUE`, `ABORT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FallbackAction {
    /// `CONTINUE`
    Continue,
    /// `ABORT`
    Abort,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FallbackAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Continue => "CONTINUE",
            Self::Abort => "ABORT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CONTINUE", "ABORT"]
    }
}
impl ::std::convert::From<FallbackAction> for ::forma_core::Value<FallbackAction> {
    fn from(v: FallbackAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FallbackAction {}

/// Information about a processor in a channel flow.
#[derive(Debug, Clone, PartialEq)]
pub struct Processor {
    props: ::forma_core::schema::Props,
}
impl Processor {
    /// A new value with its required properties: `Configuration`, `ExecutionOrder`, `FallbackAction`, `Name`.
    pub fn new(
        configuration: impl ::std::convert::Into<::forma_core::Value<ProcessorConfiguration>>,
        execution_order: impl ::std::convert::Into<::forma_core::Value<i64>>,
        fallback_action: impl ::forma_core::schema::EnumArg<FallbackAction>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, configuration.into().into_expr());
        props.set(1, execution_order.into().into_expr());
        props.set(2, fallback_action.into_enum_expr());
        props.set(3, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Processor> for ::forma_core::Value<Processor> {
    fn from(v: Processor) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSOR_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Chime::ChannelFlow`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// A processor's metadata.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessorConfiguration {
    props: ::forma_core::schema::Props,
}
impl ProcessorConfiguration {
    /// A new value with its required properties: `Lambda`.
    pub fn new(lambda: impl ::std::convert::Into<::forma_core::Value<LambdaConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, lambda.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProcessorConfiguration> for ::forma_core::Value<ProcessorConfiguration> {
    fn from(v: ProcessorConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSOR_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ASYNC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvocationType {
    /// `ASYNC`
    Async,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InvocationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Async => "ASYNC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ASYNC"]
    }
}
impl ::std::convert::From<InvocationType> for ::forma_core::Value<InvocationType> {
    fn from(v: InvocationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InvocationType {}

/// Stores metadata about a Lambda processor.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaConfiguration {
    props: ::forma_core::schema::Props,
}
impl LambdaConfiguration {
    /// A new value with its required properties: `InvocationType`, `ResourceArn`.
    pub fn new(
        invocation_type: impl ::forma_core::schema::EnumArg<InvocationType>,
        resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, invocation_type.into_enum_expr());
        props.set(1, resource_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LambdaConfiguration> for ::forma_core::Value<LambdaConfiguration> {
    fn from(v: LambdaConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::Chime::ChannelFlow`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Chime::ChannelFlow",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppInstanceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$",
                ),
                min_length: Some(5),
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Processors",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PROCESSOR_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(3) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "AppInstanceId", "ChannelFlowId", "CreatedTimestamp", "LastUpdatedTimestamp"],
};

static PROCESSOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chime::ChannelFlow.Processor",
    properties: &[
        ::forma_core::schema::Property {
            name: "Configuration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROCESSOR_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExecutionOrder",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(3.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "FallbackAction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CONTINUE", "ABORT"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chime::ChannelFlow.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static PROCESSOR_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chime::ChannelFlow.ProcessorConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Lambda",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&LAMBDA_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static LAMBDA_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Chime::ChannelFlow.LambdaConfiguration",
properties: &[
::forma_core::schema::Property { name: "InvocationType", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["ASYNC"]) },
::forma_core::schema::Property { name: "ResourceArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws:lambda:[a-z]{2}-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9\\-_\\.]+(:(\\$LATEST|[a-zA-Z0-9\\-_]+))?$"), min_length: Some(15), max_length: Some(2048) }) },
],
rules: &[],
};
