// @generated from AWS::IoTAnalytics::Dataset (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTAnalytics::Dataset` and its property types.

/// Resource Type definition for AWS::IoTAnalytics::Dataset
///
/// CloudFormation type `AWS::IoTAnalytics::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    props: ::forma_core::schema::Props,
}
impl Dataset {
    /// A new resource with its required properties: `Actions`.
    #[track_caller]
    pub fn new(actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Action>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, actions.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ContentDeliveryRules`.
    #[track_caller]
    pub fn content_delivery_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DatasetContentDeliveryRule>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DatasetName`.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn dataset_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LateDataRules`.
    #[track_caller]
    pub fn late_data_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LateDataRule>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RetentionPeriod`.
    #[track_caller]
    pub fn retention_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<RetentionPeriod>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Triggers`.
    #[track_caller]
    pub fn triggers(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Trigger>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VersioningConfiguration`.
    #[track_caller]
    pub fn versioning_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VersioningConfiguration>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Dataset {
    type Attributes = DatasetAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTAnalytics::Dataset"
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
/// The attributes of a `AWS::IoTAnalytics::Dataset` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DatasetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DatasetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DatasetAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `Action` property type of `AWS::IoTAnalytics::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    props: ::forma_core::schema::Props,
}
impl Action {
    /// A new value with its required properties: `ActionName`.
    pub fn new(action_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action_name.into().into_expr());
        Self { props }
    }
    /// `ContainerAction`.
    pub fn container_action(mut self, value: impl ::std::convert::Into<::forma_core::Value<ContainerAction>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `QueryAction`.
    pub fn query_action(mut self, value: impl ::std::convert::Into<::forma_core::Value<QueryAction>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_TYPE.properties))
    }
}

/// The `DatasetContentDeliveryRule` property type of `AWS::IoTAnalytics::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetContentDeliveryRule {
    props: ::forma_core::schema::Props,
}
impl DatasetContentDeliveryRule {
    /// A new value with its required properties: `Destination`.
    pub fn new(
        destination: impl ::std::convert::Into<::forma_core::Value<DatasetContentDeliveryRuleDestination>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination.into().into_expr());
        Self { props }
    }
    /// `EntryName`.
    pub fn entry_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DatasetContentDeliveryRule> for ::forma_core::Value<DatasetContentDeliveryRule> {
    fn from(v: DatasetContentDeliveryRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATASET_CONTENT_DELIVERY_RULE_TYPE.properties))
    }
}

/// The `LateDataRule` property type of `AWS::IoTAnalytics::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct LateDataRule {
    props: ::forma_core::schema::Props,
}
impl LateDataRule {
    /// A new value with its required properties: `RuleConfiguration`.
    pub fn new(rule_configuration: impl ::std::convert::Into<::forma_core::Value<LateDataRuleConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, rule_configuration.into().into_expr());
        Self { props }
    }
    /// `RuleName`.
    ///
    /// Allowed: length 1 to 128.
    pub fn rule_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LateDataRule> for ::forma_core::Value<LateDataRule> {
    fn from(v: LateDataRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LATE_DATA_RULE_TYPE.properties))
    }
}

/// The `RetentionPeriod` property type of `AWS::IoTAnalytics::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct RetentionPeriod {
    props: ::forma_core::schema::Props,
}
impl RetentionPeriod {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `NumberOfDays`.
    ///
    /// Allowed: 1 to 2147483647.
    pub fn number_of_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Unlimited`.
    pub fn unlimited(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RetentionPeriod {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RetentionPeriod> for ::forma_core::Value<RetentionPeriod> {
    fn from(v: RetentionPeriod) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RETENTION_PERIOD_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::IoTAnalytics::Dataset`.
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

/// The `Trigger` property type of `AWS::IoTAnalytics::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct Trigger {
    props: ::forma_core::schema::Props,
}
impl Trigger {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Schedule`.
    pub fn schedule(mut self, value: impl ::std::convert::Into<::forma_core::Value<Schedule>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TriggeringDataset`.
    pub fn triggering_dataset(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TriggeringDataset>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Trigger {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Trigger> for ::forma_core::Value<Trigger> {
    fn from(v: Trigger) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRIGGER_TYPE.properties))
    }
}

/// The `VersioningConfiguration` property type of `AWS::IoTAnalytics::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct VersioningConfiguration {
    props: ::forma_core::schema::Props,
}
impl VersioningConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MaxVersions`.
    ///
    /// Allowed: 1 to 1000.
    pub fn max_versions(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Unlimited`.
    pub fn unlimited(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VersioningConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VersioningConfiguration> for ::forma_core::Value<VersioningConfiguration> {
    fn from(v: VersioningConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VERSIONING_CONFIGURATION_TYPE.properties))
    }
}

/// The `ContainerAction` property type of `AWS::IoTAnalytics::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerAction {
    props: ::forma_core::schema::Props,
}
impl ContainerAction {
    /// A new value with its required properties: `ExecutionRoleArn`, `Image`, `ResourceConfiguration`.
    pub fn new(
        execution_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        image: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_configuration: impl ::std::convert::Into<::forma_core::Value<ResourceConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, execution_role_arn.into().into_expr());
        props.set(1, image.into().into_expr());
        props.set(2, resource_configuration.into().into_expr());
        Self { props }
    }
    /// `Variables`.
    pub fn variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Variable>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ContainerAction> for ::forma_core::Value<ContainerAction> {
    fn from(v: ContainerAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_ACTION_TYPE.properties))
    }
}

/// The `QueryAction` property type of `AWS::IoTAnalytics::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryAction {
    props: ::forma_core::schema::Props,
}
impl QueryAction {
    /// A new value with its required properties: `SqlQuery`.
    pub fn new(sql_query: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, sql_query.into().into_expr());
        Self { props }
    }
    /// `Filters`.
    pub fn filters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Filter>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<QueryAction> for ::forma_core::Value<QueryAction> {
    fn from(v: QueryAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUERY_ACTION_TYPE.properties))
    }
}

/// The `DatasetContentDeliveryRuleDestination` property type of `AWS::IoTAnalytics::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetContentDeliveryRuleDestination {
    props: ::forma_core::schema::Props,
}
impl DatasetContentDeliveryRuleDestination {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IotEventsDestinationConfiguration`.
    pub fn iot_events_destination_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IotEventsDestinationConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `S3DestinationConfiguration`.
    pub fn s3_destination_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3DestinationConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DatasetContentDeliveryRuleDestination {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DatasetContentDeliveryRuleDestination>
    for ::forma_core::Value<DatasetContentDeliveryRuleDestination>
{
    fn from(v: DatasetContentDeliveryRuleDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATASET_CONTENT_DELIVERY_RULE_DESTINATION_TYPE.properties))
    }
}

/// The `LateDataRuleConfiguration` property type of `AWS::IoTAnalytics::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct LateDataRuleConfiguration {
    props: ::forma_core::schema::Props,
}
impl LateDataRuleConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DeltaTimeSessionWindowConfiguration`.
    pub fn delta_time_session_window_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeltaTimeSessionWindowConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LateDataRuleConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LateDataRuleConfiguration> for ::forma_core::Value<LateDataRuleConfiguration> {
    fn from(v: LateDataRuleConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LATE_DATA_RULE_CONFIGURATION_TYPE.properties))
    }
}

/// The `Schedule` property type of `AWS::IoTAnalytics::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    props: ::forma_core::schema::Props,
}
impl Schedule {
    /// A new value with its required properties: `ScheduleExpression`.
    pub fn new(schedule_expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, schedule_expression.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Schedule> for ::forma_core::Value<Schedule> {
    fn from(v: Schedule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULE_TYPE.properties))
    }
}

/// The `TriggeringDataset` property type of `AWS::IoTAnalytics::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct TriggeringDataset {
    props: ::forma_core::schema::Props,
}
impl TriggeringDataset {
    /// A new value with its required properties: `DatasetName`.
    pub fn new(dataset_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dataset_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TriggeringDataset> for ::forma_core::Value<TriggeringDataset> {
    fn from(v: TriggeringDataset) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRIGGERING_DATASET_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ACU_1`, `ACU_2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComputeType {
    /// `ACU_1`
    Acu1,
    /// `ACU_2`
    Acu2,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ComputeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Acu1 => "ACU_1",
            Self::Acu2 => "ACU_2",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ACU_1", "ACU_2"]
    }
}
impl ::std::convert::From<ComputeType> for ::forma_core::Value<ComputeType> {
    fn from(v: ComputeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ComputeType {}

/// The `ResourceConfiguration` property type of `AWS::IoTAnalytics::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl ResourceConfiguration {
    /// A new value with its required properties: `ComputeType`, `VolumeSizeInGB`.
    pub fn new(
        compute_type: impl ::forma_core::schema::EnumArg<ComputeType>,
        volume_size_in_gb: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, compute_type.into_enum_expr());
        props.set(1, volume_size_in_gb.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ResourceConfiguration> for ::forma_core::Value<ResourceConfiguration> {
    fn from(v: ResourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// The `Variable` property type of `AWS::IoTAnalytics::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct Variable {
    props: ::forma_core::schema::Props,
}
impl Variable {
    /// A new value with its required properties: `VariableName`.
    pub fn new(variable_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, variable_name.into().into_expr());
        Self { props }
    }
    /// `DatasetContentVersionValue`.
    pub fn dataset_content_version_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DatasetContentVersionValue>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DoubleValue`.
    pub fn double_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `OutputFileUriValue`.
    pub fn output_file_uri_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OutputFileUriValue>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `StringValue`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn string_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Variable> for ::forma_core::Value<Variable> {
    fn from(v: Variable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VARIABLE_TYPE.properties))
    }
}

/// The `Filter` property type of `AWS::IoTAnalytics::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    props: ::forma_core::schema::Props,
}
impl Filter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DeltaTime`.
    pub fn delta_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<DeltaTime>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Filter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Filter> for ::forma_core::Value<Filter> {
    fn from(v: Filter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_TYPE.properties))
    }
}

/// The `IotEventsDestinationConfiguration` property type of `AWS::IoTAnalytics::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct IotEventsDestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl IotEventsDestinationConfiguration {
    /// A new value with its required properties: `InputName`, `RoleArn`.
    pub fn new(
        input_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, input_name.into().into_expr());
        props.set(1, role_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IotEventsDestinationConfiguration>
    for ::forma_core::Value<IotEventsDestinationConfiguration>
{
    fn from(v: IotEventsDestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IOT_EVENTS_DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// The `S3DestinationConfiguration` property type of `AWS::IoTAnalytics::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3DestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3DestinationConfiguration {
    /// A new value with its required properties: `Bucket`, `Key`, `RoleArn`.
    pub fn new(
        bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        props.set(2, key.into().into_expr());
        props.set(3, role_arn.into().into_expr());
        Self { props }
    }
    /// `GlueConfiguration`.
    pub fn glue_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GlueConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3DestinationConfiguration> for ::forma_core::Value<S3DestinationConfiguration> {
    fn from(v: S3DestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// The `DeltaTimeSessionWindowConfiguration` property type of `AWS::IoTAnalytics::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeltaTimeSessionWindowConfiguration {
    props: ::forma_core::schema::Props,
}
impl DeltaTimeSessionWindowConfiguration {
    /// A new value with its required properties: `TimeoutInMinutes`.
    pub fn new(timeout_in_minutes: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, timeout_in_minutes.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DeltaTimeSessionWindowConfiguration>
    for ::forma_core::Value<DeltaTimeSessionWindowConfiguration>
{
    fn from(v: DeltaTimeSessionWindowConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DELTA_TIME_SESSION_WINDOW_CONFIGURATION_TYPE.properties))
    }
}

/// The `DatasetContentVersionValue` property type of `AWS::IoTAnalytics::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetContentVersionValue {
    props: ::forma_core::schema::Props,
}
impl DatasetContentVersionValue {
    /// A new value with its required properties: `DatasetName`.
    pub fn new(dataset_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dataset_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DatasetContentVersionValue> for ::forma_core::Value<DatasetContentVersionValue> {
    fn from(v: DatasetContentVersionValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATASET_CONTENT_VERSION_VALUE_TYPE.properties))
    }
}

/// The `OutputFileUriValue` property type of `AWS::IoTAnalytics::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputFileUriValue {
    props: ::forma_core::schema::Props,
}
impl OutputFileUriValue {
    /// A new value with its required properties: `FileName`.
    pub fn new(file_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, file_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OutputFileUriValue> for ::forma_core::Value<OutputFileUriValue> {
    fn from(v: OutputFileUriValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTPUT_FILE_URI_VALUE_TYPE.properties))
    }
}

/// The `DeltaTime` property type of `AWS::IoTAnalytics::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeltaTime {
    props: ::forma_core::schema::Props,
}
impl DeltaTime {
    /// A new value with its required properties: `OffsetSeconds`, `TimeExpression`.
    pub fn new(
        offset_seconds: impl ::std::convert::Into<::forma_core::Value<i64>>,
        time_expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, offset_seconds.into().into_expr());
        props.set(1, time_expression.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DeltaTime> for ::forma_core::Value<DeltaTime> {
    fn from(v: DeltaTime) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DELTA_TIME_TYPE.properties))
    }
}

/// The `GlueConfiguration` property type of `AWS::IoTAnalytics::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct GlueConfiguration {
    props: ::forma_core::schema::Props,
}
impl GlueConfiguration {
    /// A new value with its required properties: `DatabaseName`, `TableName`.
    pub fn new(
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, database_name.into().into_expr());
        props.set(1, table_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GlueConfiguration> for ::forma_core::Value<GlueConfiguration> {
    fn from(v: GlueConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GLUE_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::IoTAnalytics::Dataset`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTAnalytics::Dataset",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ContentDeliveryRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATASET_CONTENT_DELIVERY_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DatasetName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(^(?!_{2}))(^[a-zA-Z0-9_]+$)"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "LateDataRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LATE_DATA_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RetentionPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RETENTION_PERIOD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Triggers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TRIGGER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "VersioningConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VERSIONING_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Dataset.Action",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActionName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ContainerAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTAINER_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "QueryAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&QUERY_ACTION_TYPE),
        },
    ],
    rules: &[],
};

static DATASET_CONTENT_DELIVERY_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Dataset.DatasetContentDeliveryRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATASET_CONTENT_DELIVERY_RULE_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EntryName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LATE_DATA_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Dataset.LateDataRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "RuleConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LATE_DATA_RULE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RuleName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static RETENTION_PERIOD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Dataset.RetentionPeriod",
    properties: &[
        ::forma_core::schema::Property {
            name: "NumberOfDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(2147483647.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Unlimited",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Dataset.Tag",
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

static TRIGGER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Dataset.Trigger",
    properties: &[
        ::forma_core::schema::Property {
            name: "Schedule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEDULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TriggeringDataset",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRIGGERING_DATASET_TYPE),
        },
    ],
    rules: &[],
};

static VERSIONING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Dataset.VersioningConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxVersions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Unlimited",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static CONTAINER_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Dataset.ContainerAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExecutionRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Image",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Variables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VARIABLE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};

static QUERY_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Dataset.QueryAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "Filters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SqlQuery",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DATASET_CONTENT_DELIVERY_RULE_DESTINATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoTAnalytics::Dataset.DatasetContentDeliveryRuleDestination",
        properties: &[
            ::forma_core::schema::Property {
                name: "IotEventsDestinationConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&IOT_EVENTS_DESTINATION_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "S3DestinationConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&S3_DESTINATION_CONFIGURATION_TYPE),
            },
        ],
        rules: &[],
    };

static LATE_DATA_RULE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Dataset.LateDataRuleConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "DeltaTimeSessionWindowConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&DELTA_TIME_SESSION_WINDOW_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static SCHEDULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Dataset.Schedule",
    properties: &[::forma_core::schema::Property {
        name: "ScheduleExpression",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static TRIGGERING_DATASET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Dataset.TriggeringDataset",
    properties: &[::forma_core::schema::Property {
        name: "DatasetName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("(^(?!_{2}))(^[a-zA-Z0-9_]+$)"),
            min_length: Some(1),
            max_length: Some(128),
        }),
    }],
    rules: &[],
};

static RESOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Dataset.ResourceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComputeType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ACU_1", "ACU_2"]),
        },
        ::forma_core::schema::Property {
            name: "VolumeSizeInGB",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(50.0),
            }),
        },
    ],
    rules: &[],
};

static VARIABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Dataset.Variable",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatasetContentVersionValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATASET_CONTENT_VERSION_VALUE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DoubleValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "OutputFileUriValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OUTPUT_FILE_URI_VALUE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StringValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "VariableName",
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

static FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Dataset.Filter",
    properties: &[::forma_core::schema::Property {
        name: "DeltaTime",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&DELTA_TIME_TYPE),
    }],
    rules: &[],
};

static IOT_EVENTS_DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoTAnalytics::Dataset.IotEventsDestinationConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "InputName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z][a-zA-Z0-9_]*$"),
                    min_length: Some(1),
                    max_length: Some(128),
                }),
            },
            ::forma_core::schema::Property {
                name: "RoleArn",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(20),
                    max_length: Some(2048),
                }),
            },
        ],
        rules: &[],
    };

static S3_DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Dataset.S3DestinationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9.\\-_]*$"),
                min_length: Some(3),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "GlueConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GLUE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9!_.*'()/{}:-]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static DELTA_TIME_SESSION_WINDOW_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoTAnalytics::Dataset.DeltaTimeSessionWindowConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "TimeoutInMinutes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(60.0),
            }),
        }],
        rules: &[],
    };

static DATASET_CONTENT_VERSION_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Dataset.DatasetContentVersionValue",
    properties: &[::forma_core::schema::Property {
        name: "DatasetName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("(^(?!_{2}))(^[a-zA-Z0-9_]+$)"),
            min_length: Some(1),
            max_length: Some(128),
        }),
    }],
    rules: &[],
};

static OUTPUT_FILE_URI_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Dataset.OutputFileUriValue",
    properties: &[::forma_core::schema::Property {
        name: "FileName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[\\w\\.-]{1,255}$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static DELTA_TIME_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Dataset.DeltaTime",
    properties: &[
        ::forma_core::schema::Property {
            name: "OffsetSeconds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TimeExpression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static GLUE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Dataset.GlueConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(150),
            }),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(150),
            }),
        },
    ],
    rules: &[],
};
