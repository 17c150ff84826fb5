// @generated from AWS::CloudFront::MonitoringSubscription (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFront::MonitoringSubscription` and its property types.

/// A monitoring subscription.
///
/// CloudFormation type `AWS::CloudFront::MonitoringSubscription`.
#[derive(Debug, Clone, PartialEq)]
pub struct MonitoringSubscription {
    props: ::forma_core::schema::Props,
}
impl MonitoringSubscription {
    /// A new resource with its required properties: `DistributionId`, `MonitoringSubscription`.
    #[track_caller]
    pub fn new(
        distribution_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        monitoring_subscription: impl ::std::convert::Into<::forma_core::Value<MonitoringSubscriptionProperty>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, distribution_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, monitoring_subscription.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for MonitoringSubscription {
    type Attributes = MonitoringSubscriptionAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFront::MonitoringSubscription"
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
/// The attributes of a `AWS::CloudFront::MonitoringSubscription` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MonitoringSubscriptionAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MonitoringSubscriptionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// A monitoring subscription.
#[derive(Debug, Clone, PartialEq)]
pub struct MonitoringSubscriptionProperty {
    props: ::forma_core::schema::Props,
}
impl MonitoringSubscriptionProperty {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A subscription configuration for additional CloudWatch metrics.
    pub fn realtime_metrics_subscription_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RealtimeMetricsSubscriptionConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MonitoringSubscriptionProperty {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MonitoringSubscriptionProperty> for ::forma_core::Value<MonitoringSubscriptionProperty> {
    fn from(v: MonitoringSubscriptionProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MONITORING_SUBSCRIPTION_PROPERTY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Enabled`, `Disabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RealtimeMetricsSubscriptionStatus {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RealtimeMetricsSubscriptionStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "Enabled",
            Self::Disabled => "Disabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Enabled", "Disabled"]
    }
}
impl ::std::convert::From<RealtimeMetricsSubscriptionStatus>
    for ::forma_core::Value<RealtimeMetricsSubscriptionStatus>
{
    fn from(v: RealtimeMetricsSubscriptionStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RealtimeMetricsSubscriptionStatus {}

/// A subscription configuration for additional CloudWatch metrics.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeMetricsSubscriptionConfig {
    props: ::forma_core::schema::Props,
}
impl RealtimeMetricsSubscriptionConfig {
    /// A new value with its required properties: `RealtimeMetricsSubscriptionStatus`.
    pub fn new(
        realtime_metrics_subscription_status: impl ::forma_core::schema::EnumArg<RealtimeMetricsSubscriptionStatus>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, realtime_metrics_subscription_status.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<RealtimeMetricsSubscriptionConfig>
    for ::forma_core::Value<RealtimeMetricsSubscriptionConfig>
{
    fn from(v: RealtimeMetricsSubscriptionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REALTIME_METRICS_SUBSCRIPTION_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::CloudFront::MonitoringSubscription`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFront::MonitoringSubscription",
    properties: &[
        ::forma_core::schema::Property {
            name: "DistributionId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MonitoringSubscription",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MONITORING_SUBSCRIPTION_PROPERTY_TYPE),
        },
    ],
    rules: &[],
    attributes: &[],
};

static MONITORING_SUBSCRIPTION_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::MonitoringSubscription.MonitoringSubscription",
    properties: &[::forma_core::schema::Property {
        name: "RealtimeMetricsSubscriptionConfig",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&REALTIME_METRICS_SUBSCRIPTION_CONFIG_TYPE),
    }],
    rules: &[],
};

static REALTIME_METRICS_SUBSCRIPTION_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CloudFront::MonitoringSubscription.RealtimeMetricsSubscriptionConfig",
        properties: &[::forma_core::schema::Property {
            name: "RealtimeMetricsSubscriptionStatus",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Enabled", "Disabled"]),
        }],
        rules: &[],
    };
