// @generated from AWS::CloudTrail::Trail (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudTrail::Trail` and its property types.

/// Creates a trail that specifies the settings for delivery of log data to an Amazon S3 bucket.
///
/// CloudFormation type `AWS::CloudTrail::Trail`.
#[derive(Debug, Clone, PartialEq)]
pub struct Trail {
    props: ::forma_core::schema::Props,
}
impl Trail {
    /// A new resource with its required properties: `IsLogging`, `S3BucketName`.
    #[track_caller]
    pub fn new(
        is_logging: impl ::std::convert::Into<::forma_core::Value<bool>>,
        s3_bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(8, is_logging.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(12, s3_bucket_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The advanced event selectors that were used to select events for the data store.
    #[track_caller]
    pub fn advanced_event_selectors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AdvancedEventSelector>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the aggregation configuration to aggregate CloudTrail Events.
    #[track_caller]
    pub fn aggregation_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AggregationConfiguration>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies a log group name using an Amazon Resource Name (ARN), a unique identifier that represents the log group to which CloudTrail logs will be delivered.
    #[track_caller]
    pub fn cloud_watch_logs_log_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the role for the CloudWatch Logs endpoint to assume to write to a user's log group.
    #[track_caller]
    pub fn cloud_watch_logs_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether log file validation is enabled.
    #[track_caller]
    pub fn enable_log_file_validation(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Use event selectors to further specify the management and data event settings for your trail.
    #[track_caller]
    pub fn event_selectors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EventSelector>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether the trail is publishing events from global services such as IAM to the log files.
    #[track_caller]
    pub fn include_global_service_events(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Lets you enable Insights event logging by specifying the Insights selectors that you want to enable on an existing trail.
    #[track_caller]
    pub fn insight_selectors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InsightSelector>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether the trail applies only to the current region or to all regions.
    #[track_caller]
    pub fn is_multi_region_trail(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether the trail is created for all accounts in an organization in AWS Organizations, or only for the current AWS account.
    #[track_caller]
    pub fn is_organization_trail(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the KMS key ID to use to encrypt the logs delivered by CloudTrail.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the Amazon S3 key prefix that comes after the name of the bucket you have designated for log file delivery.
    ///
    /// Allowed: length 0 to 200.
    #[track_caller]
    pub fn s3_key_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the name of the Amazon SNS topic defined for notification of log file delivery.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn sns_topic_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TrailName`.
    ///
    /// Allowed: length 3 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn trail_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Trail {
    type Attributes = TrailAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudTrail::Trail"
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
/// The attributes of a `AWS::CloudTrail::Trail` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TrailAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TrailAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TrailAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `SnsTopicArn`.
    pub fn sns_topic_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SnsTopicArn")
    }
}

/// Advanced event selectors let you create fine-grained selectors for the following AWS CloudTrail event record fields.
#[derive(Debug, Clone, PartialEq)]
pub struct AdvancedEventSelector {
    props: ::forma_core::schema::Props,
}
impl AdvancedEventSelector {
    /// A new value with its required properties: `FieldSelectors`.
    pub fn new(
        field_selectors: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AdvancedFieldSelector>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, field_selectors.into().into_expr());
        Self { props }
    }
    /// An optional, descriptive name for an advanced event selector, such as "Log data events for only two S3 buckets".
    ///
    /// Allowed: length 1 to 1000.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AdvancedEventSelector> for ::forma_core::Value<AdvancedEventSelector> {
    fn from(v: AdvancedEventSelector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADVANCED_EVENT_SELECTOR_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Data`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventCategory {
    /// `Data`
    Data,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EventCategory {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Data => "Data",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Data"]
    }
}
impl ::std::convert::From<EventCategory> for ::forma_core::Value<EventCategory> {
    fn from(v: EventCategory) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EventCategory {}

/// The values CloudFormation documents: `API_ACTIVITY`, `RESOURCE_ACCESS`, `USER_ACTIONS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Template {
    /// `API_ACTIVITY`
    ApiActivity,
    /// `RESOURCE_ACCESS`
    ResourceAccess,
    /// `USER_ACTIONS`
    UserActions,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Template {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ApiActivity => "API_ACTIVITY",
            Self::ResourceAccess => "RESOURCE_ACCESS",
            Self::UserActions => "USER_ACTIONS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["API_ACTIVITY", "RESOURCE_ACCESS", "USER_ACTIONS"]
    }
}
impl ::std::convert::From<Template> for ::forma_core::Value<Template> {
    fn from(v: Template) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Template {}

/// Configure to add aggregation rules to aggregate CloudTrail Events.
#[derive(Debug, Clone, PartialEq)]
pub struct AggregationConfiguration {
    props: ::forma_core::schema::Props,
}
impl AggregationConfiguration {
    /// A new value with its required properties: `EventCategory`, `Templates`.
    pub fn new(
        event_category: impl ::forma_core::schema::EnumArg<EventCategory>,
        templates: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Template>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, event_category.into_enum_expr());
        props.set(1, templates.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AggregationConfiguration> for ::forma_core::Value<AggregationConfiguration> {
    fn from(v: AggregationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AGGREGATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `All`, `ReadOnly`, `WriteOnly`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReadWriteType {
    /// `All`
    All,
    /// `ReadOnly`
    ReadOnly,
    /// `WriteOnly`
    WriteOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ReadWriteType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "All",
            Self::ReadOnly => "ReadOnly",
            Self::WriteOnly => "WriteOnly",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["All", "ReadOnly", "WriteOnly"]
    }
}
impl ::std::convert::From<ReadWriteType> for ::forma_core::Value<ReadWriteType> {
    fn from(v: ReadWriteType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ReadWriteType {}

/// The type of email sending events to publish to the event destination.
#[derive(Debug, Clone, PartialEq)]
pub struct EventSelector {
    props: ::forma_core::schema::Props,
}
impl EventSelector {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DataResources`.
    pub fn data_resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataResource>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An optional list of service event sources from which you do not want management events to be logged on your trail.
    pub fn exclude_management_event_sources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specify if you want your event selector to include management events for your trail.
    pub fn include_management_events(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specify if you want your trail to log read-only events, write-only events, or all.
    pub fn read_write_type(mut self, value: impl ::forma_core::schema::EnumArg<ReadWriteType>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for EventSelector {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EventSelector> for ::forma_core::Value<EventSelector> {
    fn from(v: EventSelector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_SELECTOR_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Management`, `Data`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceEventCategory {
    /// `Management`
    Management,
    /// `Data`
    Data,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SourceEventCategory {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Management => "Management",
            Self::Data => "Data",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Management", "Data"]
    }
}
impl ::std::convert::From<SourceEventCategory> for ::forma_core::Value<SourceEventCategory> {
    fn from(v: SourceEventCategory) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SourceEventCategory {}

/// The values CloudFormation documents: `ApiCallRateInsight`, `ApiErrorRateInsight`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InsightType {
    /// `ApiCallRateInsight`
    ApiCallRateInsight,
    /// `ApiErrorRateInsight`
    ApiErrorRateInsight,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InsightType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ApiCallRateInsight => "ApiCallRateInsight",
            Self::ApiErrorRateInsight => "ApiErrorRateInsight",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ApiCallRateInsight", "ApiErrorRateInsight"]
    }
}
impl ::std::convert::From<InsightType> for ::forma_core::Value<InsightType> {
    fn from(v: InsightType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InsightType {}

/// A string that contains insight types that are logged on a trail.
#[derive(Debug, Clone, PartialEq)]
pub struct InsightSelector {
    props: ::forma_core::schema::Props,
}
impl InsightSelector {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The categories of events for which to log insights.
    pub fn event_categories(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SourceEventCategory>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The type of insight to log on a trail.
    pub fn insight_type(mut self, value: impl ::forma_core::schema::EnumArg<InsightType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for InsightSelector {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InsightSelector> for ::forma_core::Value<InsightSelector> {
    fn from(v: InsightSelector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSIGHT_SELECTOR_TYPE.properties))
    }
}

/// An arbitrary set of tags (key-value pairs) for this trail.
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

/// A single selector statement in an advanced event selector.
#[derive(Debug, Clone, PartialEq)]
pub struct AdvancedFieldSelector {
    props: ::forma_core::schema::Props,
}
impl AdvancedFieldSelector {
    /// A new value with its required properties: `Field`.
    pub fn new(field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, field.into().into_expr());
        Self { props }
    }
    /// An operator that includes events that match the last few characters of the event record field specified as the value of Field.
    pub fn ends_with(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An operator that includes events that match the exact value of the event record field specified as the value of Field.
    pub fn equals(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// An operator that excludes events that match the last few characters of the event record field specified as the value of Field.
    pub fn not_ends_with(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// An operator that excludes events that match the exact value of the event record field specified as the value of Field.
    pub fn not_equals(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// An operator that excludes events that match the first few characters of the event record field specified as the value of Field.
    pub fn not_starts_with(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// An operator that includes events that match the first few characters of the event record field specified as the value of Field.
    pub fn starts_with(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AdvancedFieldSelector> for ::forma_core::Value<AdvancedFieldSelector> {
    fn from(v: AdvancedFieldSelector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADVANCED_FIELD_SELECTOR_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AWS::Lambda::Function`, `AWS::S3::Object`, `AWS::DynamoDB::Table`, `AWS::S3Outposts::Object`, `AWS::ManagedBlockchain::Node`, `AWS::S3ObjectLambda::AccessPoint`, `AWS::EC2::Snapshot`, `AWS::S3::AccessPoint`, `AWS::DynamoDB::Stream`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `AWS::Lambda::Function`
    AwsLambdaFunction,
    /// `AWS::S3::Object`
    AwsS3Object,
    /// `AWS::DynamoDB::Table`
    AwsDynamodbTable,
    /// `AWS::S3Outposts::Object`
    AwsS3OutpostsObject,
    /// `AWS::ManagedBlockchain::Node`
    AwsManagedBlockchainNode,
    /// `AWS::S3ObjectLambda::AccessPoint`
    AwsS3ObjectLambdaAccessPoint,
    /// `AWS::EC2::Snapshot`
    AwsEc2Snapshot,
    /// `AWS::S3::AccessPoint`
    AwsS3AccessPoint,
    /// `AWS::DynamoDB::Stream`
    AwsDynamodbStream,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsLambdaFunction => "AWS::Lambda::Function",
            Self::AwsS3Object => "AWS::S3::Object",
            Self::AwsDynamodbTable => "AWS::DynamoDB::Table",
            Self::AwsS3OutpostsObject => "AWS::S3Outposts::Object",
            Self::AwsManagedBlockchainNode => "AWS::ManagedBlockchain::Node",
            Self::AwsS3ObjectLambdaAccessPoint => "AWS::S3ObjectLambda::AccessPoint",
            Self::AwsEc2Snapshot => "AWS::EC2::Snapshot",
            Self::AwsS3AccessPoint => "AWS::S3::AccessPoint",
            Self::AwsDynamodbStream => "AWS::DynamoDB::Stream",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AWS::Lambda::Function",
            "AWS::S3::Object",
            "AWS::DynamoDB::Table",
            "AWS::S3Outposts::Object",
            "AWS::ManagedBlockchain::Node",
            "AWS::S3ObjectLambda::AccessPoint",
            "AWS::EC2::Snapshot",
            "AWS::S3::AccessPoint",
            "AWS::DynamoDB::Stream",
        ]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// CloudTrail supports data event logging for Amazon S3 objects and AWS Lambda functions.
#[derive(Debug, Clone, PartialEq)]
pub struct DataResource {
    props: ::forma_core::schema::Props,
}
impl DataResource {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into_enum_expr());
        Self { props }
    }
    /// An array of Amazon Resource Name (ARN) strings or partial ARN strings for the specified objects.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataResource> for ::forma_core::Value<DataResource> {
    fn from(v: DataResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_RESOURCE_TYPE.properties))
    }
}

/// The schema of `AWS::CloudTrail::Trail`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudTrail::Trail",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdvancedEventSelectors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ADVANCED_EVENT_SELECTOR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AggregationConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AGGREGATION_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "CloudWatchLogsLogGroupArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CloudWatchLogsRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EnableLogFileValidation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EventSelectors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EVENT_SELECTOR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "IncludeGlobalServiceEvents",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "InsightSelectors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INSIGHT_SELECTOR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "IsLogging",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IsMultiRegionTrail",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IsOrganizationTrail",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "KMSKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3BucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3KeyPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "SnsTopicName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(256),
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
        ::forma_core::schema::Property {
            name: "TrailName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(^[a-zA-Z0-9]$)|(^[a-zA-Z0-9]([a-zA-Z0-9\\._-])*[a-zA-Z0-9]$)"),
                min_length: Some(3),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "SnsTopicArn"],
};

static ADVANCED_EVENT_SELECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudTrail::Trail.AdvancedEventSelector",
    properties: &[
        ::forma_core::schema::Property {
            name: "FieldSelectors",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ADVANCED_FIELD_SELECTOR_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
    ],
    rules: &[],
};

static AGGREGATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudTrail::Trail.AggregationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EventCategory",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Data"]),
        },
        ::forma_core::schema::Property {
            name: "Templates",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["API_ACTIVITY", "RESOURCE_ACCESS", "USER_ACTIONS"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};

static EVENT_SELECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudTrail::Trail.EventSelector",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataResources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_RESOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ExcludeManagementEventSources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "IncludeManagementEvents",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ReadWriteType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["All", "ReadOnly", "WriteOnly"]),
        },
    ],
    rules: &[],
};

static INSIGHT_SELECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudTrail::Trail.InsightSelector",
    properties: &[
        ::forma_core::schema::Property {
            name: "EventCategories",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["Management", "Data"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "InsightType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ApiCallRateInsight", "ApiErrorRateInsight"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudTrail::Trail.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ADVANCED_FIELD_SELECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudTrail::Trail.AdvancedFieldSelector",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndsWith",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("(.+)"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Equals",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("(.+)"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Field",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("([\\w|\\d|\\.|_]+)"),
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "NotEndsWith",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("(.+)"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NotEquals",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("(.+)"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NotStartsWith",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("(.+)"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StartsWith",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("(.+)"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static DATA_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudTrail::Trail.DataResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AWS::Lambda::Function",
                "AWS::S3::Object",
                "AWS::DynamoDB::Table",
                "AWS::S3Outposts::Object",
                "AWS::ManagedBlockchain::Node",
                "AWS::S3ObjectLambda::AccessPoint",
                "AWS::EC2::Snapshot",
                "AWS::S3::AccessPoint",
                "AWS::DynamoDB::Stream",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};
