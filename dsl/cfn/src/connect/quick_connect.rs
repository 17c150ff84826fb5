// @generated from AWS::Connect::QuickConnect (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::QuickConnect` and its property types.

/// Resource Type definition for AWS::Connect::QuickConnect
///
/// CloudFormation type `AWS::Connect::QuickConnect`.
#[derive(Debug, Clone, PartialEq)]
pub struct QuickConnect {
    props: ::forma_core::schema::Props,
}
impl QuickConnect {
    /// A new resource with its required properties: `InstanceArn`, `Name`, `QuickConnectConfig`.
    #[track_caller]
    pub fn new(
        instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        quick_connect_config: impl ::std::convert::Into<::forma_core::Value<QuickConnectConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, quick_connect_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the quick connect.
    ///
    /// Allowed: length 1 to 250.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// One or more tags.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for QuickConnect {
    type Attributes = QuickConnectAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::QuickConnect"
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
/// The attributes of a `AWS::Connect::QuickConnect` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct QuickConnectAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for QuickConnectAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl QuickConnectAttributes {
    /// `Fn::GetAtt` `QuickConnectArn`.
    pub fn quick_connect_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "QuickConnectArn")
    }
    /// `Fn::GetAtt` `QuickConnectType`.
    pub fn quick_connect_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "QuickConnectType")
    }
}

/// The values CloudFormation documents: `PHONE_NUMBER`, `QUEUE`, `USER`, `FLOW`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QuickConnectType {
    /// `PHONE_NUMBER`
    PhoneNumber,
    /// `QUEUE`
    Queue,
    /// `USER`
    User,
    /// `FLOW`
    Flow,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl QuickConnectType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PhoneNumber => "PHONE_NUMBER",
            Self::Queue => "QUEUE",
            Self::User => "USER",
            Self::Flow => "FLOW",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PHONE_NUMBER", "QUEUE", "USER", "FLOW"]
    }
}
impl ::std::convert::From<QuickConnectType> for ::forma_core::Value<QuickConnectType> {
    fn from(v: QuickConnectType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for QuickConnectType {}

/// Configuration settings for the quick connect.
#[derive(Debug, Clone, PartialEq)]
pub struct QuickConnectConfig {
    props: ::forma_core::schema::Props,
}
impl QuickConnectConfig {
    /// A new value with its required properties: `QuickConnectType`.
    pub fn new(quick_connect_type: impl ::forma_core::schema::EnumArg<QuickConnectType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, quick_connect_type.into_enum_expr());
        Self { props }
    }
    /// The flow configuration.
    pub fn flow_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FlowQuickConnectConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The phone configuration.
    pub fn phone_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PhoneNumberQuickConnectConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The queue configuration.
    pub fn queue_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<QueueQuickConnectConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The user configuration.
    pub fn user_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UserQuickConnectConfig>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<QuickConnectConfig> for ::forma_core::Value<QuickConnectConfig> {
    fn from(v: QuickConnectConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUICK_CONNECT_CONFIG_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The flow configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowQuickConnectConfig {
    props: ::forma_core::schema::Props,
}
impl FlowQuickConnectConfig {
    /// A new value with its required properties: `ContactFlowArn`.
    pub fn new(contact_flow_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, contact_flow_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FlowQuickConnectConfig> for ::forma_core::Value<FlowQuickConnectConfig> {
    fn from(v: FlowQuickConnectConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FLOW_QUICK_CONNECT_CONFIG_TYPE.properties))
    }
}

/// The phone configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct PhoneNumberQuickConnectConfig {
    props: ::forma_core::schema::Props,
}
impl PhoneNumberQuickConnectConfig {
    /// A new value with its required properties: `PhoneNumber`.
    pub fn new(phone_number: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, phone_number.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PhoneNumberQuickConnectConfig> for ::forma_core::Value<PhoneNumberQuickConnectConfig> {
    fn from(v: PhoneNumberQuickConnectConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PHONE_NUMBER_QUICK_CONNECT_CONFIG_TYPE.properties))
    }
}

/// The queue configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct QueueQuickConnectConfig {
    props: ::forma_core::schema::Props,
}
impl QueueQuickConnectConfig {
    /// A new value with its required properties: `ContactFlowArn`, `QueueArn`.
    pub fn new(
        contact_flow_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        queue_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, contact_flow_arn.into().into_expr());
        props.set(1, queue_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<QueueQuickConnectConfig> for ::forma_core::Value<QueueQuickConnectConfig> {
    fn from(v: QueueQuickConnectConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUEUE_QUICK_CONNECT_CONFIG_TYPE.properties))
    }
}

/// The user configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct UserQuickConnectConfig {
    props: ::forma_core::schema::Props,
}
impl UserQuickConnectConfig {
    /// A new value with its required properties: `ContactFlowArn`, `UserArn`.
    pub fn new(
        contact_flow_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, contact_flow_arn.into().into_expr());
        props.set(1, user_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<UserQuickConnectConfig> for ::forma_core::Value<UserQuickConnectConfig> {
    fn from(v: UserQuickConnectConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(USER_QUICK_CONNECT_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::Connect::QuickConnect`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::QuickConnect",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(250),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "QuickConnectConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&QUICK_CONNECT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["QuickConnectArn", "QuickConnectType"],
};

static QUICK_CONNECT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::QuickConnect.QuickConnectConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "FlowConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FLOW_QUICK_CONNECT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PhoneConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PHONE_NUMBER_QUICK_CONNECT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "QueueConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&QUEUE_QUICK_CONNECT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "QuickConnectType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PHONE_NUMBER", "QUEUE", "USER", "FLOW"]),
        },
        ::forma_core::schema::Property {
            name: "UserConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&USER_QUICK_CONNECT_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::QuickConnect.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z+-=._:/]+$"),
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
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static FLOW_QUICK_CONNECT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Connect::QuickConnect.FlowQuickConnectConfig",
properties: &[
::forma_core::schema::Property { name: "ContactFlowArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/contact-flow/[-a-zA-Z0-9]*(:[a-zA-Z0-9-]+)?$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static PHONE_NUMBER_QUICK_CONNECT_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::QuickConnect.PhoneNumberQuickConnectConfig",
        properties: &[::forma_core::schema::Property {
            name: "PhoneNumber",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\+[1-9]\\d{1,14}$"),
                min_length: None,
                max_length: None,
            }),
        }],
        rules: &[],
    };

static QUEUE_QUICK_CONNECT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Connect::QuickConnect.QueueQuickConnectConfig",
properties: &[
::forma_core::schema::Property { name: "ContactFlowArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/contact-flow/[-a-zA-Z0-9]*(:[a-zA-Z0-9-]+)?$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "QueueArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/queue/[-a-zA-Z0-9]*$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static USER_QUICK_CONNECT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Connect::QuickConnect.UserQuickConnectConfig",
properties: &[
::forma_core::schema::Property { name: "ContactFlowArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/contact-flow/[-a-zA-Z0-9]*(:[a-zA-Z0-9-]+)?$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "UserArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/agent/[-a-zA-Z0-9]*$"), min_length: None, max_length: None }) },
],
rules: &[],
};
