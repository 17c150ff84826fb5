// @generated from AWS::CE::AnomalySubscription (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CE::AnomalySubscription` and its property types.

/// AWS Cost Anomaly Detection leverages advanced Machine Learning technologies to identify anomalous spend and root causes, so you can quickly take action.
///
/// CloudFormation type `AWS::CE::AnomalySubscription`.
#[derive(Debug, Clone, PartialEq)]
pub struct AnomalySubscription {
    props: ::forma_core::schema::Props,
}
impl AnomalySubscription {
    /// A new resource with its required properties: `Frequency`, `MonitorArnList`, `Subscribers`, `SubscriptionName`.
    #[track_caller]
    pub fn new(
        frequency: impl ::forma_core::schema::EnumArg<Frequency>,
        monitor_arn_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        subscribers: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Subscriber>>>,
        subscription_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, frequency.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(1, monitor_arn_list.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, subscribers.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, subscription_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Tags to assign to subscription.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn resource_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceTag>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The dollar value that triggers a notification if the threshold is exceeded.
    ///
    /// Allowed: at least 0.
    #[track_caller]
    pub fn threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An Expression object in JSON String format used to specify the anomalies that you want to generate alerts for.
    #[track_caller]
    pub fn threshold_expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AnomalySubscription {
    type Attributes = AnomalySubscriptionAttributes;
    fn type_name(&self) -> &str {
        "AWS::CE::AnomalySubscription"
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
/// The attributes of a `AWS::CE::AnomalySubscription` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AnomalySubscriptionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AnomalySubscriptionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AnomalySubscriptionAttributes {
    /// `Fn::GetAtt` `SubscriptionArn`.
    pub fn subscription_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SubscriptionArn")
    }
    /// `Fn::GetAtt` `AccountId`.
    pub fn account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccountId")
    }
    /// `Fn::GetAtt` `Subscribers.*.Status`.
    pub fn subscribers_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Subscribers.*.Status")
    }
}

/// The values CloudFormation documents: `DAILY`, `IMMEDIATE`, `WEEKLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Frequency {
    /// `DAILY`
    Daily,
    /// `IMMEDIATE`
    Immediate,
    /// `WEEKLY`
    Weekly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Frequency {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Daily => "DAILY",
            Self::Immediate => "IMMEDIATE",
            Self::Weekly => "WEEKLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DAILY", "IMMEDIATE", "WEEKLY"]
    }
}
impl ::std::convert::From<Frequency> for ::forma_core::Value<Frequency> {
    fn from(v: Frequency) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Frequency {}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceTag {
    props: ::forma_core::schema::Props,
}
impl ResourceTag {
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
impl ::std::convert::From<ResourceTag> for ::forma_core::Value<ResourceTag> {
    fn from(v: ResourceTag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_TAG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CONFIRMED`, `DECLINED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `CONFIRMED`
    Confirmed,
    /// `DECLINED`
    Declined,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Confirmed => "CONFIRMED",
            Self::Declined => "DECLINED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CONFIRMED", "DECLINED"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The values CloudFormation documents: `EMAIL`, `SNS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `EMAIL`
    Email,
    /// `SNS`
    Sns,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Email => "EMAIL",
            Self::Sns => "SNS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EMAIL", "SNS"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `Subscriber` property type of `AWS::CE::AnomalySubscription`.
#[derive(Debug, Clone, PartialEq)]
pub struct Subscriber {
    props: ::forma_core::schema::Props,
}
impl Subscriber {
    /// A new value with its required properties: `Address`, `Type`.
    pub fn new(
        address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, address.into().into_expr());
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
    /// `Status`.
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<Subscriber> for ::forma_core::Value<Subscriber> {
    fn from(v: Subscriber) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUBSCRIBER_TYPE.properties))
    }
}

/// The schema of `AWS::CE::AnomalySubscription`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CE::AnomalySubscription",
    properties: &[
        ::forma_core::schema::Property {
            name: "Frequency",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DAILY", "IMMEDIATE", "WEEKLY"]),
        },
        ::forma_core::schema::Property {
            name: "MonitorArnList",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:aws[-a-z0-9]*:[a-z0-9]+:[-a-z0-9]*:[0-9]{12}:[-a-zA-Z0-9/:_]+$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceTags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Subscribers",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SUBSCRIBER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubscriptionName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\S\\s]*"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Threshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ThresholdExpression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["SubscriptionArn", "AccountId", "Subscribers.*.Status"],
};

static RESOURCE_TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CE::AnomalySubscription.ResourceTag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:).*$"),
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

static SUBSCRIBER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::CE::AnomalySubscription.Subscriber",
properties: &[
::forma_core::schema::Property { name: "Address", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("(^[a-zA-Z0-9.!#$%&'*+=?^_‘{|}~-]+@[a-zA-Z0-9_-]+(\\.[a-zA-Z0-9_-]+)+$)|(^arn:(aws[a-zA-Z-]*):sns:[a-zA-Z0-9-]+:[0-9]{12}:[a-zA-Z0-9_-]+(\\.fifo)?$)"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Status", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["CONFIRMED", "DECLINED"]) },
::forma_core::schema::Property { name: "Type", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["EMAIL", "SNS"]) },
],
rules: &[],
};
