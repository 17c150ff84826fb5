// @generated from AWS::Redshift::EventSubscription (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Redshift::EventSubscription` and its property types.

/// The `AWS::Redshift::EventSubscription` resource creates an Amazon Redshift Event Subscription.
///
/// CloudFormation type `AWS::Redshift::EventSubscription`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventSubscription {
    props: ::forma_core::schema::Props,
}
impl EventSubscription {
    /// A new resource with its required properties: `SubscriptionName`.
    #[track_caller]
    pub fn new(subscription_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, subscription_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A boolean value; set to true to activate the subscription, and set to false to create the subscription but not activate it.
    #[track_caller]
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the Amazon Redshift event categories to be published by the event notification subscription.
    #[track_caller]
    pub fn event_categories(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EventCategories>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the Amazon Redshift event severity to be published by the event notification subscription.
    ///
    /// Allowed: length 0 to 2147483647.
    #[track_caller]
    pub fn severity(mut self, value: impl ::forma_core::schema::EnumArg<Severity>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the Amazon SNS topic used to transmit the event notifications.
    ///
    /// Allowed: length 0 to 2147483647.
    #[track_caller]
    pub fn sns_topic_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of one or more identifiers of Amazon Redshift source objects.
    #[track_caller]
    pub fn source_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of source that will be generating the events.
    ///
    /// Allowed: length 0 to 2147483647.
    #[track_caller]
    pub fn source_type(mut self, value: impl ::forma_core::schema::EnumArg<SourceType>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for EventSubscription {
    type Attributes = EventSubscriptionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Redshift::EventSubscription"
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
/// The attributes of a `AWS::Redshift::EventSubscription` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EventSubscriptionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EventSubscriptionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EventSubscriptionAttributes {
    /// `Fn::GetAtt` `CustomerAwsId`.
    pub fn customer_aws_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CustomerAwsId")
    }
    /// `Fn::GetAtt` `CustSubscriptionId`.
    pub fn cust_subscription_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CustSubscriptionId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `SubscriptionCreationTime`.
    pub fn subscription_creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SubscriptionCreationTime")
    }
    /// `Fn::GetAtt` `SourceIdsList`.
    pub fn source_ids_list(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "SourceIdsList")
    }
    /// `Fn::GetAtt` `EventCategoriesList`.
    pub fn event_categories_list(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "EventCategoriesList")
    }
}

/// The values CloudFormation documents: `configuration`, `management`, `monitoring`, `security`, `pending`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventCategories {
    /// `configuration`
    Configuration,
    /// `management`
    Management,
    /// `monitoring`
    Monitoring,
    /// `security`
    Security,
    /// `pending`
    Pending,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EventCategories {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Configuration => "configuration",
            Self::Management => "management",
            Self::Monitoring => "monitoring",
            Self::Security => "security",
            Self::Pending => "pending",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["configuration", "management", "monitoring", "security", "pending"]
    }
}
impl ::std::convert::From<EventCategories> for ::forma_core::Value<EventCategories> {
    fn from(v: EventCategories) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EventCategories {}

/// The values CloudFormation documents: `ERROR`, `INFO`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Severity {
    /// `ERROR`
    Error,
    /// `INFO`
    Info,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Severity {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Error => "ERROR",
            Self::Info => "INFO",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ERROR", "INFO"]
    }
}
impl ::std::convert::From<Severity> for ::forma_core::Value<Severity> {
    fn from(v: Severity) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Severity {}

/// The values CloudFormation documents: `cluster`, `cluster-parameter-group`, `cluster-security-group`, `cluster-snapshot`, `scheduled-action`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceType {
    /// `cluster`
    Cluster,
    /// `cluster-parameter-group`
    ClusterParameterGroup,
    /// `cluster-security-group`
    ClusterSecurityGroup,
    /// `cluster-snapshot`
    ClusterSnapshot,
    /// `scheduled-action`
    ScheduledAction,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cluster => "cluster",
            Self::ClusterParameterGroup => "cluster-parameter-group",
            Self::ClusterSecurityGroup => "cluster-security-group",
            Self::ClusterSnapshot => "cluster-snapshot",
            Self::ScheduledAction => "scheduled-action",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["cluster", "cluster-parameter-group", "cluster-security-group", "cluster-snapshot", "scheduled-action"]
    }
}
impl ::std::convert::From<SourceType> for ::forma_core::Value<SourceType> {
    fn from(v: SourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SourceType {}

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

/// The schema of `AWS::Redshift::EventSubscription`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Redshift::EventSubscription",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EventCategories",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "configuration",
                    "management",
                    "monitoring",
                    "security",
                    "pending",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Severity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ERROR", "INFO"]),
        },
        ::forma_core::schema::Property {
            name: "SnsTopicArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2147483647),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(2147483647),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "cluster",
                "cluster-parameter-group",
                "cluster-security-group",
                "cluster-snapshot",
                "scheduled-action",
            ]),
        },
        ::forma_core::schema::Property {
            name: "SubscriptionName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?=^[a-zA-Z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$).{1,255}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "CustomerAwsId",
        "CustSubscriptionId",
        "Status",
        "SubscriptionCreationTime",
        "SourceIdsList",
        "EventCategoriesList",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Redshift::EventSubscription.Tag",
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
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
