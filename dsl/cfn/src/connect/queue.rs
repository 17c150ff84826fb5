// @generated from AWS::Connect::Queue (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::Queue` and its property types.

/// Resource Type definition for AWS::Connect::Queue
///
/// CloudFormation type `AWS::Connect::Queue`.
#[derive(Debug, Clone, PartialEq)]
pub struct Queue {
    props: ::forma_core::schema::Props,
}
impl Queue {
    /// A new resource with its required properties: `HoursOfOperationArn`, `InstanceArn`, `Name`.
    #[track_caller]
    pub fn new(
        hours_of_operation_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, hours_of_operation_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The email addresses that agents can use when replying to or initiating email contacts
    #[track_caller]
    pub fn additional_email_addresses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EmailAddress>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the queue.
    ///
    /// Allowed: length 1 to 250.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum number of contacts that can be in the queue before it is considered full.
    ///
    /// Allowed: at least 0.
    #[track_caller]
    pub fn max_contacts(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The outbound caller ID name, number, and outbound whisper flow.
    #[track_caller]
    pub fn outbound_caller_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OutboundCallerConfig>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The outbound email configuration for a specified queue.
    #[track_caller]
    pub fn outbound_email_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OutboundEmailConfig>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The quick connects available to agents who are working the queue.
    #[track_caller]
    pub fn quick_connect_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The status of the queue.
    #[track_caller]
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set_at(9, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Queue {
    type Attributes = QueueAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::Queue"
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
/// The attributes of a `AWS::Connect::Queue` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct QueueAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for QueueAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl QueueAttributes {
    /// `Fn::GetAtt` `QueueArn`.
    pub fn queue_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "QueueArn")
    }
    /// `Fn::GetAtt` `Type`.
    pub fn type_(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Type")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
    /// `Fn::GetAtt` `LastModifiedRegion`.
    pub fn last_modified_region(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedRegion")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// An email address configuration for the queue
#[derive(Debug, Clone, PartialEq)]
pub struct EmailAddress {
    props: ::forma_core::schema::Props,
}
impl EmailAddress {
    /// A new value with its required properties: `EmailAddressArn`.
    pub fn new(email_address_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, email_address_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EmailAddress> for ::forma_core::Value<EmailAddress> {
    fn from(v: EmailAddress) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EMAIL_ADDRESS_TYPE.properties))
    }
}

/// The outbound caller ID name, number, and outbound whisper flow.
#[derive(Debug, Clone, PartialEq)]
pub struct OutboundCallerConfig {
    props: ::forma_core::schema::Props,
}
impl OutboundCallerConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The caller ID name.
    ///
    /// Allowed: length 1 to 255.
    pub fn outbound_caller_id_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The caller ID number.
    pub fn outbound_caller_id_number_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The outbound whisper flow to be used during an outbound call.
    ///
    /// Allowed: length 1 to 500.
    pub fn outbound_flow_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OutboundCallerConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OutboundCallerConfig> for ::forma_core::Value<OutboundCallerConfig> {
    fn from(v: OutboundCallerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTBOUND_CALLER_CONFIG_TYPE.properties))
    }
}

/// The outbound email configuration for a specified queue.
#[derive(Debug, Clone, PartialEq)]
pub struct OutboundEmailConfig {
    props: ::forma_core::schema::Props,
}
impl OutboundEmailConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The email address connect resource ID.
    ///
    /// Allowed: length 1 to 500.
    pub fn outbound_email_address_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OutboundEmailConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OutboundEmailConfig> for ::forma_core::Value<OutboundEmailConfig> {
    fn from(v: OutboundEmailConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTBOUND_EMAIL_CONFIG_TYPE.properties))
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

/// The schema of `AWS::Connect::Queue`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Connect::Queue",
properties: &[
::forma_core::schema::Property { name: "AdditionalEmailAddresses", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&EMAIL_ADDRESS_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) }) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(250) }) },
::forma_core::schema::Property { name: "HoursOfOperationArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/operating-hours/[-a-zA-Z0-9]*$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "InstanceArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "MaxContacts", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: None }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(127) }) },
::forma_core::schema::Property { name: "OutboundCallerConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&OUTBOUND_CALLER_CONFIG_TYPE) },
::forma_core::schema::Property { name: "OutboundEmailConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&OUTBOUND_EMAIL_CONFIG_TYPE) },
::forma_core::schema::Property { name: "QuickConnectArns", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/transfer-destination/[-a-zA-Z0-9]*$"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: None }) },
::forma_core::schema::Property { name: "Status", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) }) },
],
rules: &[],
attributes: &["QueueArn", "Type", "LastModifiedTime", "LastModifiedRegion"],
};

static EMAIL_ADDRESS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Connect::Queue.EmailAddress",
properties: &[
::forma_core::schema::Property { name: "EmailAddressArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-f0-9]{8}-[-a-f0-9]{4}-[-a-f0-9]{4}-[-a-f0-9]{4}-[-a-f0-9]{12}/email-address/[-a-f0-9]{8}-[-a-f0-9]{4}-[-a-f0-9]{4}-[-a-f0-9]{4}-[-a-f0-9]{12}$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static OUTBOUND_CALLER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Connect::Queue.OutboundCallerConfig",
properties: &[
::forma_core::schema::Property { name: "OutboundCallerIdName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "OutboundCallerIdNumberArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:phone-number/[-a-zA-Z0-9]*$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "OutboundFlowArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/contact-flow/[-a-zA-Z0-9]*(:[a-zA-Z0-9-]+)?$"), min_length: Some(1), max_length: Some(500) }) },
],
rules: &[],
};

static OUTBOUND_EMAIL_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Queue.OutboundEmailConfig",
    properties: &[::forma_core::schema::Property {
        name: "OutboundEmailAddressId",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some(
                "^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/email-address/[-a-zA-Z0-9]*$",
            ),
            min_length: Some(1),
            max_length: Some(500),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Queue.Tag",
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
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
