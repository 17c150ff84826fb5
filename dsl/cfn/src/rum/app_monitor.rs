// @generated from AWS::RUM::AppMonitor (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RUM::AppMonitor` and its property types.

/// Resource Type definition for AWS::RUM::AppMonitor
///
/// CloudFormation type `AWS::RUM::AppMonitor`.
#[derive(Debug, Clone, PartialEq)]
pub struct AppMonitor {
    props: ::forma_core::schema::Props,
}
impl AppMonitor {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// AppMonitor configuration
    #[track_caller]
    pub fn app_monitor_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AppMonitorConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// AppMonitor custom events configuration
    #[track_caller]
    pub fn custom_events(mut self, value: impl ::std::convert::Into<::forma_core::Value<CustomEvents>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Data collected by RUM is kept by RUM for 30 days and then deleted.
    #[track_caller]
    pub fn cw_log_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A structure that contains the configuration for how an app monitor can deobfuscate stack traces.
    #[track_caller]
    pub fn deobfuscation_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeobfuscationConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The top-level internet domain name for which your application has administrative authority.
    ///
    /// Allowed: length 1 to 253.
    #[track_caller]
    pub fn domain(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The top-level internet domain names for which your application has administrative authority.
    #[track_caller]
    pub fn domain_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Platform`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn platform(mut self, value: impl ::forma_core::schema::EnumArg<Platform>) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A structure that defines resource policy attached to your app monitor.
    #[track_caller]
    pub fn resource_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<ResourcePolicy>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Assigns one or more tags (key-value pairs) to the app monitor.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AppMonitor {
    type Attributes = AppMonitorAttributes;
    fn type_name(&self) -> &str {
        "AWS::RUM::AppMonitor"
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
/// The attributes of a `AWS::RUM::AppMonitor` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AppMonitorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AppMonitorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AppMonitorAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `Web`, `Android`, `iOS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Platform {
    /// `Web`
    Web,
    /// `Android`
    Android,
    /// `iOS`
    Ios,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Platform {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Web => "Web",
            Self::Android => "Android",
            Self::Ios => "iOS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Web", "Android", "iOS"]
    }
}
impl ::std::convert::From<Platform> for ::forma_core::Value<Platform> {
    fn from(v: Platform) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Platform {}

/// The values CloudFormation documents: `errors`, `performance`, `http`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Telemetry {
    /// `errors`
    Errors,
    /// `performance`
    Performance,
    /// `http`
    Http,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Telemetry {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Errors => "errors",
            Self::Performance => "performance",
            Self::Http => "http",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["errors", "performance", "http"]
    }
}
impl ::std::convert::From<Telemetry> for ::forma_core::Value<Telemetry> {
    fn from(v: Telemetry) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Telemetry {}

/// AppMonitor configuration
#[derive(Debug, Clone, PartialEq)]
pub struct AppMonitorConfiguration {
    props: ::forma_core::schema::Props,
}
impl AppMonitorConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// If you set this to true, the RUM web client sets two cookies, a session cookie and a user cookie.
    pub fn allow_cookies(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// If you set this to true, RUM enables xray tracing for the user sessions that RUM samples.
    pub fn enable_x_ray(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A list of URLs in your website or application to exclude from RUM data collection.
    pub fn excluded_pages(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A list of pages in the RUM console that are to be displayed with a favorite icon.
    pub fn favorite_pages(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The ARN of the guest IAM role that is attached to the identity pool that is used to authorize the sending of data to RUM.
    pub fn guest_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The ID of the identity pool that is used to authorize the sending of data to RUM.
    ///
    /// Allowed: length 1 to 55.
    pub fn identity_pool_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// If this app monitor is to collect data from only certain pages in your application, this structure lists those pages.
    pub fn included_pages(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// An array of structures which define the destinations and the metrics that you want to send.
    pub fn metric_destinations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricDestination>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Specifies the percentage of user sessions to use for RUM data collection.
    ///
    /// Allowed: 0 to 1.
    pub fn session_sample_rate(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// An array that lists the types of telemetry data that this app monitor is to collect.
    pub fn telemetries(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Telemetry>>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AppMonitorConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AppMonitorConfiguration> for ::forma_core::Value<AppMonitorConfiguration> {
    fn from(v: AppMonitorConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APP_MONITOR_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CustomEventsStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CustomEventsStatus {
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
impl ::std::convert::From<CustomEventsStatus> for ::forma_core::Value<CustomEventsStatus> {
    fn from(v: CustomEventsStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CustomEventsStatus {}

/// AppMonitor custom events configuration
#[derive(Debug, Clone, PartialEq)]
pub struct CustomEvents {
    props: ::forma_core::schema::Props,
}
impl CustomEvents {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether AppMonitor accepts custom events.
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<CustomEventsStatus>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for CustomEvents {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomEvents> for ::forma_core::Value<CustomEvents> {
    fn from(v: CustomEvents) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_EVENTS_TYPE.properties))
    }
}

/// A structure that contains the configuration for how an app monitor can deobfuscate stack traces.
#[derive(Debug, Clone, PartialEq)]
pub struct DeobfuscationConfiguration {
    props: ::forma_core::schema::Props,
}
impl DeobfuscationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A structure that contains the configuration for how an app monitor can unminify JavaScript error stack traces using source maps.
    pub fn java_script_source_maps(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeobfuscationConfigurationJavaScriptSourceMaps>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DeobfuscationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeobfuscationConfiguration> for ::forma_core::Value<DeobfuscationConfiguration> {
    fn from(v: DeobfuscationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEOBFUSCATION_CONFIGURATION_TYPE.properties))
    }
}

/// A structure that defines resource policy attached to your app monitor.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourcePolicy {
    props: ::forma_core::schema::Props,
}
impl ResourcePolicy {
    /// A new value with its required properties: `PolicyDocument`.
    pub fn new(policy_document: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, policy_document.into().into_expr());
        Self { props }
    }
    /// A string value that you can use to conditionally update your policy.
    ///
    /// Allowed: length 1 to 255.
    pub fn policy_revision_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ResourcePolicy> for ::forma_core::Value<ResourcePolicy> {
    fn from(v: ResourcePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_POLICY_TYPE.properties))
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

/// The values CloudFormation documents: `CloudWatch`, `Evidently`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Destination {
    /// `CloudWatch`
    CloudWatch,
    /// `Evidently`
    Evidently,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Destination {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CloudWatch => "CloudWatch",
            Self::Evidently => "Evidently",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CloudWatch", "Evidently"]
    }
}
impl ::std::convert::From<Destination> for ::forma_core::Value<Destination> {
    fn from(v: Destination) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Destination {}

/// An structure which defines the destination and the metrics that you want to send.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricDestination {
    props: ::forma_core::schema::Props,
}
impl MetricDestination {
    /// A new value with its required properties: `Destination`.
    pub fn new(destination: impl ::forma_core::schema::EnumArg<Destination>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination.into_enum_expr());
        Self { props }
    }
    /// Evidently has been discontinued and therefore this is no longer an acceptable field.
    pub fn destination_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Evidently has been discontinued and therefore this is no longer an acceptable field.
    pub fn iam_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// An array of structures which define the metrics that you want to send.
    pub fn metric_definitions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricDefinition>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MetricDestination> for ::forma_core::Value<MetricDestination> {
    fn from(v: MetricDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_DESTINATION_TYPE.properties))
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

/// A structure that contains the configuration for how an app monitor can unminify JavaScript error stack traces using source maps.
#[derive(Debug, Clone, PartialEq)]
pub struct DeobfuscationConfigurationJavaScriptSourceMaps {
    props: ::forma_core::schema::Props,
}
impl DeobfuscationConfigurationJavaScriptSourceMaps {
    /// A new value with its required properties: `Status`.
    pub fn new(status: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, status.into_enum_expr());
        Self { props }
    }
    /// The S3Uri of the bucket or folder that stores the source map files.
    ///
    /// Allowed: length 1 to 1024.
    pub fn s3_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DeobfuscationConfigurationJavaScriptSourceMaps>
    for ::forma_core::Value<DeobfuscationConfigurationJavaScriptSourceMaps>
{
    fn from(v: DeobfuscationConfigurationJavaScriptSourceMaps) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(DEOBFUSCATION_CONFIGURATION_JAVA_SCRIPT_SOURCE_MAPS_TYPE.properties),
        )
    }
}

/// A single metric definition
#[derive(Debug, Clone, PartialEq)]
pub struct MetricDefinition {
    props: ::forma_core::schema::Props,
}
impl MetricDefinition {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, name.into().into_expr());
        Self { props }
    }
    /// Use this field only if you are sending the metric to CloudWatch.
    pub fn dimension_keys(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The pattern that defines the metric, specified as a JSON object.
    ///
    /// Allowed: length 1 to 4000.
    pub fn event_pattern(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The namespace used by CloudWatch Metrics for the metric that is defined in this structure
    ///
    /// Allowed: length 1 to 237.
    pub fn namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The CloudWatch metric unit to use for this metric.
    ///
    /// Allowed: length 1 to 256.
    pub fn unit_label(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The field within the event object that the metric value is sourced from.
    ///
    /// Allowed: length 1 to 256.
    pub fn value_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MetricDefinition> for ::forma_core::Value<MetricDefinition> {
    fn from(v: MetricDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_DEFINITION_TYPE.properties))
    }
}

/// The schema of `AWS::RUM::AppMonitor`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::RUM::AppMonitor",
properties: &[
::forma_core::schema::Property { name: "AppMonitorConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&APP_MONITOR_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "CustomEvents", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&CUSTOM_EVENTS_TYPE) },
::forma_core::schema::Property { name: "CwLogEnabled", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "DeobfuscationConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&DEOBFUSCATION_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "Domain", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(localhost)$|^((25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\\.){3}(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)$|(?=^[a-zA-Z0-9\\.\\*-]{4,253}$)(?!.*\\.-)(?!.*-\\.)(?!.*\\.\\.)(?!.*[^\\.]{64,})^(\\*\\.)?(?![-\\.\\*])[^\\*]{1,}\\.(\\*|(?!.*--)(?=.*[a-zA-Z])[^\\*]{1,}[^\\*-])$"), min_length: Some(1), max_length: Some(253) }) },
::forma_core::schema::Property { name: "DomainList", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(localhost)$|^((25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\\.){3}(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)$|(?=^[a-zA-Z0-9\\.\\*-]{4,253}$)(?!.*\\.-)(?!.*-\\.)(?!.*\\.\\.)(?!.*[^\\.]{64,})^(\\*\\.)?(?![-\\.\\*])[^\\*]{1,}\\.(\\*|(?!.*--)(?=.*[a-zA-Z])[^\\*]{1,}[^\\*-])$"), min_length: Some(1), max_length: Some(253) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[\\.\\-_/#A-Za-z0-9]+"), min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "Platform", required: false, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["Web", "Android", "iOS"]) },
::forma_core::schema::Property { name: "ResourcePolicy", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&RESOURCE_POLICY_TYPE) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
],
rules: &[],
attributes: &["Id"],
};

static APP_MONITOR_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::RUM::AppMonitor.AppMonitorConfiguration",
properties: &[
::forma_core::schema::Property { name: "AllowCookies", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "EnableXRay", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "ExcludedPages", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("https?:\\/\\/(www\\.)?[-a-zA-Z0-9@:%._\\+~#=]{1,256}\\.[a-zA-Z0-9()]{1,6}\\b([-a-zA-Z0-9()@:%_\\+.~#?&//=]*)"), min_length: Some(1), max_length: Some(1260) }), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) }) },
::forma_core::schema::Property { name: "FavoritePages", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) }) },
::forma_core::schema::Property { name: "GuestRoleArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("arn:[^:]*:[^:]*:[^:]*:[^:]*:.*"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "IdentityPoolId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[\\w-]+:[0-9a-f-]+"), min_length: Some(1), max_length: Some(55) }) },
::forma_core::schema::Property { name: "IncludedPages", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("https?:\\/\\/(www\\.)?[-a-zA-Z0-9@:%._\\+~#=]{1,256}\\.[a-zA-Z0-9()]{1,6}\\b([-a-zA-Z0-9()@:%_\\+.~#?&//=]*)"), min_length: Some(1), max_length: Some(1260) }), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) }) },
::forma_core::schema::Property { name: "MetricDestinations", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&METRIC_DESTINATION_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(20) }) },
::forma_core::schema::Property { name: "SessionSampleRate", required: false, create_only: false, shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: Some(1.0) }) },
::forma_core::schema::Property { name: "Telemetries", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Enum(&["errors", "performance", "http"]), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
],
rules: &[],
};

static CUSTOM_EVENTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RUM::AppMonitor.CustomEvents",
    properties: &[::forma_core::schema::Property {
        name: "Status",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};

static DEOBFUSCATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RUM::AppMonitor.DeobfuscationConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "JavaScriptSourceMaps",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&DEOBFUSCATION_CONFIGURATION_JAVA_SCRIPT_SOURCE_MAPS_TYPE),
    }],
    rules: &[],
};

static RESOURCE_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RUM::AppMonitor.ResourcePolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "PolicyDocument",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PolicyRevisionId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RUM::AppMonitor.Tag",
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

static METRIC_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RUM::AppMonitor.MetricDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CloudWatch", "Evidently"]),
        },
        ::forma_core::schema::Property {
            name: "DestinationArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:[^:]*:[^:]*:[^:]*:[^:]*:.*"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IamRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:[^:]*:[^:]*:[^:]*:[^:]*:.*"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricDefinitions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2000) },
            ),
        },
    ],
    rules: &[],
};

static DEOBFUSCATION_CONFIGURATION_JAVA_SCRIPT_SOURCE_MAPS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::RUM::AppMonitor.DeobfuscationConfigurationJavaScriptSourceMaps",
        properties: &[
            ::forma_core::schema::Property {
                name: "S3Uri",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(
                        "^s3://[a-z0-9][-.a-z0-9]{1,62}(?:/[-!_*'().a-z0-9A-Z]+(?:/[-!_*'().a-z0-9A-Z]+)*)?/?$",
                    ),
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
            },
            ::forma_core::schema::Property {
                name: "Status",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
            },
        ],
        rules: &[],
    };

static METRIC_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RUM::AppMonitor.MetricDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "DimensionKeys",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some(".*[^\\s].*"),
                    min_length: Some(1),
                    max_length: Some(255),
                },
            )),
        },
        ::forma_core::schema::Property {
            name: "EventPattern",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9-._/#:]+$"),
                min_length: Some(1),
                max_length: Some(237),
            }),
        },
        ::forma_core::schema::Property {
            name: "UnitLabel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ValueKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
