// @generated from AWS::DevOpsGuru::NotificationChannel (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DevOpsGuru::NotificationChannel` and its property types.

/// This resource schema represents the NotificationChannel resource in the Amazon DevOps Guru.
///
/// CloudFormation type `AWS::DevOpsGuru::NotificationChannel`.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationChannel {
    props: ::forma_core::schema::Props,
}
impl NotificationChannel {
    /// A new resource with its required properties: `Config`.
    #[track_caller]
    pub fn new(config: impl ::std::convert::Into<::forma_core::Value<NotificationChannelConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for NotificationChannel {
    type Attributes = NotificationChannelAttributes;
    fn type_name(&self) -> &str {
        "AWS::DevOpsGuru::NotificationChannel"
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
/// The attributes of a `AWS::DevOpsGuru::NotificationChannel` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NotificationChannelAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NotificationChannelAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl NotificationChannelAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// Information about notification channels you have configured with DevOps Guru.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationChannelConfig {
    props: ::forma_core::schema::Props,
}
impl NotificationChannelConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Information about filters of a notification channel configured in DevOpsGuru to filter for insights.
    pub fn filters(mut self, value: impl ::std::convert::Into<::forma_core::Value<NotificationFilterConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Information about a notification channel configured in DevOps Guru to send notifications when insights are created.
    pub fn sns(mut self, value: impl ::std::convert::Into<::forma_core::Value<SnsChannelConfig>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NotificationChannelConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NotificationChannelConfig> for ::forma_core::Value<NotificationChannelConfig> {
    fn from(v: NotificationChannelConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOTIFICATION_CHANNEL_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NEW_INSIGHT`, `CLOSED_INSIGHT`, `NEW_ASSOCIATION`, `SEVERITY_UPGRADED`, `NEW_RECOMMENDATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NotificationMessageType {
    /// `NEW_INSIGHT`
    NewInsight,
    /// `CLOSED_INSIGHT`
    ClosedInsight,
    /// `NEW_ASSOCIATION`
    NewAssociation,
    /// `SEVERITY_UPGRADED`
    SeverityUpgraded,
    /// `NEW_RECOMMENDATION`
    NewRecommendation,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NotificationMessageType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NewInsight => "NEW_INSIGHT",
            Self::ClosedInsight => "CLOSED_INSIGHT",
            Self::NewAssociation => "NEW_ASSOCIATION",
            Self::SeverityUpgraded => "SEVERITY_UPGRADED",
            Self::NewRecommendation => "NEW_RECOMMENDATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NEW_INSIGHT", "CLOSED_INSIGHT", "NEW_ASSOCIATION", "SEVERITY_UPGRADED", "NEW_RECOMMENDATION"]
    }
}
impl ::std::convert::From<NotificationMessageType> for ::forma_core::Value<NotificationMessageType> {
    fn from(v: NotificationMessageType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NotificationMessageType {}

/// The values CloudFormation documents: `LOW`, `MEDIUM`, `HIGH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InsightSeverity {
    /// `LOW`
    Low,
    /// `MEDIUM`
    Medium,
    /// `HIGH`
    High,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InsightSeverity {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "LOW",
            Self::Medium => "MEDIUM",
            Self::High => "HIGH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LOW", "MEDIUM", "HIGH"]
    }
}
impl ::std::convert::From<InsightSeverity> for ::forma_core::Value<InsightSeverity> {
    fn from(v: InsightSeverity) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InsightSeverity {}

/// Information about filters of a notification channel configured in DevOpsGuru to filter for insights.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationFilterConfig {
    props: ::forma_core::schema::Props,
}
impl NotificationFilterConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// DevOps Guru message types to filter for
    pub fn message_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NotificationMessageType>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// DevOps Guru insight severities to filter for
    pub fn severities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InsightSeverity>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NotificationFilterConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NotificationFilterConfig> for ::forma_core::Value<NotificationFilterConfig> {
    fn from(v: NotificationFilterConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOTIFICATION_FILTER_CONFIG_TYPE.properties))
    }
}

/// Information about a notification channel configured in DevOps Guru to send notifications when insights are created.
#[derive(Debug, Clone, PartialEq)]
pub struct SnsChannelConfig {
    props: ::forma_core::schema::Props,
}
impl SnsChannelConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `TopicArn`.
    ///
    /// Allowed: length 36 to 1024.
    pub fn topic_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SnsChannelConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SnsChannelConfig> for ::forma_core::Value<SnsChannelConfig> {
    fn from(v: SnsChannelConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SNS_CHANNEL_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::DevOpsGuru::NotificationChannel`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DevOpsGuru::NotificationChannel",
    properties: &[::forma_core::schema::Property {
        name: "Config",
        required: true,
        create_only: true,
        shape: ::forma_core::schema::Shape::Object(&NOTIFICATION_CHANNEL_CONFIG_TYPE),
    }],
    rules: &[],
    attributes: &["Id"],
};

static NOTIFICATION_CHANNEL_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DevOpsGuru::NotificationChannel.NotificationChannelConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Filters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NOTIFICATION_FILTER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Sns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SNS_CHANNEL_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static NOTIFICATION_FILTER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DevOpsGuru::NotificationChannel.NotificationFilterConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "MessageTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "NEW_INSIGHT",
                    "CLOSED_INSIGHT",
                    "NEW_ASSOCIATION",
                    "SEVERITY_UPGRADED",
                    "NEW_RECOMMENDATION",
                ]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Severities",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["LOW", "MEDIUM", "HIGH"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(3) },
            ),
        },
    ],
    rules: &[],
};

static SNS_CHANNEL_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DevOpsGuru::NotificationChannel.SnsChannelConfig",
    properties: &[::forma_core::schema::Property {
        name: "TopicArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:aws[a-z0-9-]*:sns:[a-z0-9-]+:\\d{12}:[^:]+$"),
            min_length: Some(36),
            max_length: Some(1024),
        }),
    }],
    rules: &[],
};
