// @generated from AWS::CustomerProfiles::Integration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CustomerProfiles::Integration` and its property types.

/// The resource schema for creating an Amazon Connect Customer Profiles Integration.
///
/// CloudFormation type `AWS::CustomerProfiles::Integration`.
#[derive(Debug, Clone, PartialEq)]
pub struct Integration {
    props: ::forma_core::schema::Props,
}
impl Integration {
    /// A new resource with its required properties: `DomainName`.
    #[track_caller]
    pub fn new(domain_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, domain_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A list of unique names for active event triggers associated with the integration.
    #[track_caller]
    pub fn event_trigger_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FlowDefinition`.
    #[track_caller]
    pub fn flow_definition(mut self, value: impl ::std::convert::Into<::forma_core::Value<FlowDefinition>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the ObjectType defined for the 3rd party data in Profile Service
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn object_type_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The mapping between 3rd party event types and ObjectType names
    #[track_caller]
    pub fn object_type_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ObjectTypeMapping>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Scope of the integration, such as 'PROFILE' or 'DOMAIN'
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn scope(mut self, value: impl ::forma_core::schema::EnumArg<Scope>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags (keys and values) associated with the integration
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The URI of the S3 bucket or any other type of data source.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Integration {
    type Attributes = IntegrationAttributes;
    fn type_name(&self) -> &str {
        "AWS::CustomerProfiles::Integration"
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
/// The attributes of a `AWS::CustomerProfiles::Integration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IntegrationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IntegrationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IntegrationAttributes {
    /// `Fn::GetAtt` `LastUpdatedAt`.
    pub fn last_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedAt")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
}

/// The values CloudFormation documents: `PROFILE`, `DOMAIN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scope {
    /// `PROFILE`
    Profile,
    /// `DOMAIN`
    Domain,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Scope {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Profile => "PROFILE",
            Self::Domain => "DOMAIN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PROFILE", "DOMAIN"]
    }
}
impl ::std::convert::From<Scope> for ::forma_core::Value<Scope> {
    fn from(v: Scope) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Scope {}

/// The `FlowDefinition` property type of `AWS::CustomerProfiles::Integration`.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowDefinition {
    props: ::forma_core::schema::Props,
}
impl FlowDefinition {
    /// A new value with its required properties: `FlowName`, `KmsArn`, `SourceFlowConfig`, `Tasks`, `TriggerConfig`.
    pub fn new(
        flow_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        kms_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_flow_config: impl ::std::convert::Into<::forma_core::Value<SourceFlowConfig>>,
        tasks: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Task>>>,
        trigger_config: impl ::std::convert::Into<::forma_core::Value<TriggerConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, flow_name.into().into_expr());
        props.set(2, kms_arn.into().into_expr());
        props.set(3, source_flow_config.into().into_expr());
        props.set(4, tasks.into().into_expr());
        props.set(5, trigger_config.into().into_expr());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 2048.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FlowDefinition> for ::forma_core::Value<FlowDefinition> {
    fn from(v: FlowDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FLOW_DEFINITION_TYPE.properties))
    }
}

/// The `ObjectTypeMapping` property type of `AWS::CustomerProfiles::Integration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectTypeMapping {
    props: ::forma_core::schema::Props,
}
impl ObjectTypeMapping {
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
impl ::std::convert::From<ObjectTypeMapping> for ::forma_core::Value<ObjectTypeMapping> {
    fn from(v: ObjectTypeMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OBJECT_TYPE_MAPPING_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::CustomerProfiles::Integration`.
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

/// The values CloudFormation documents: `Salesforce`, `Marketo`, `ServiceNow`, `Zendesk`, `S3`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConnectorType {
    /// `Salesforce`
    Salesforce,
    /// `Marketo`
    Marketo,
    /// `ServiceNow`
    ServiceNow,
    /// `Zendesk`
    Zendesk,
    /// `S3`
    S3,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConnectorType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Salesforce => "Salesforce",
            Self::Marketo => "Marketo",
            Self::ServiceNow => "ServiceNow",
            Self::Zendesk => "Zendesk",
            Self::S3 => "S3",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Salesforce", "Marketo", "ServiceNow", "Zendesk", "S3"]
    }
}
impl ::std::convert::From<ConnectorType> for ::forma_core::Value<ConnectorType> {
    fn from(v: ConnectorType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConnectorType {}

/// The `SourceFlowConfig` property type of `AWS::CustomerProfiles::Integration`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceFlowConfig {
    props: ::forma_core::schema::Props,
}
impl SourceFlowConfig {
    /// A new value with its required properties: `ConnectorType`, `SourceConnectorProperties`.
    pub fn new(
        connector_type: impl ::forma_core::schema::EnumArg<ConnectorType>,
        source_connector_properties: impl ::std::convert::Into<::forma_core::Value<SourceConnectorProperties>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, connector_type.into_enum_expr());
        props.set(3, source_connector_properties.into().into_expr());
        Self { props }
    }
    /// `ConnectorProfileName`.
    ///
    /// Allowed: length 0 to 256.
    pub fn connector_profile_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `IncrementalPullConfig`.
    pub fn incremental_pull_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IncrementalPullConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SourceFlowConfig> for ::forma_core::Value<SourceFlowConfig> {
    fn from(v: SourceFlowConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_FLOW_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Arithmetic`, `Filter`, `Map`, `Mask`, `Merge`, `Truncate`, `Validate`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TaskType {
    /// `Arithmetic`
    Arithmetic,
    /// `Filter`
    Filter,
    /// `Map`
    Map,
    /// `Mask`
    Mask,
    /// `Merge`
    Merge,
    /// `Truncate`
    Truncate,
    /// `Validate`
    Validate,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TaskType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Arithmetic => "Arithmetic",
            Self::Filter => "Filter",
            Self::Map => "Map",
            Self::Mask => "Mask",
            Self::Merge => "Merge",
            Self::Truncate => "Truncate",
            Self::Validate => "Validate",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Arithmetic", "Filter", "Map", "Mask", "Merge", "Truncate", "Validate"]
    }
}
impl ::std::convert::From<TaskType> for ::forma_core::Value<TaskType> {
    fn from(v: TaskType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TaskType {}

/// The `Task` property type of `AWS::CustomerProfiles::Integration`.
#[derive(Debug, Clone, PartialEq)]
pub struct Task {
    props: ::forma_core::schema::Props,
}
impl Task {
    /// A new value with its required properties: `SourceFields`, `TaskType`.
    pub fn new(
        source_fields: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        task_type: impl ::forma_core::schema::EnumArg<TaskType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, source_fields.into().into_expr());
        props.set(4, task_type.into_enum_expr());
        Self { props }
    }
    /// `ConnectorOperator`.
    pub fn connector_operator(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectorOperator>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DestinationField`.
    ///
    /// Allowed: length 0 to 256.
    pub fn destination_field(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TaskProperties`.
    pub fn task_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TaskPropertiesMap>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Task> for ::forma_core::Value<Task> {
    fn from(v: Task) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TASK_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Scheduled`, `Event`, `OnDemand`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TriggerType {
    /// `Scheduled`
    Scheduled,
    /// `Event`
    Event,
    /// `OnDemand`
    OnDemand,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TriggerType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Scheduled => "Scheduled",
            Self::Event => "Event",
            Self::OnDemand => "OnDemand",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Scheduled", "Event", "OnDemand"]
    }
}
impl ::std::convert::From<TriggerType> for ::forma_core::Value<TriggerType> {
    fn from(v: TriggerType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TriggerType {}

/// The `TriggerConfig` property type of `AWS::CustomerProfiles::Integration`.
#[derive(Debug, Clone, PartialEq)]
pub struct TriggerConfig {
    props: ::forma_core::schema::Props,
}
impl TriggerConfig {
    /// A new value with its required properties: `TriggerType`.
    pub fn new(trigger_type: impl ::forma_core::schema::EnumArg<TriggerType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, trigger_type.into_enum_expr());
        Self { props }
    }
    /// `TriggerProperties`.
    pub fn trigger_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TriggerProperties>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TriggerConfig> for ::forma_core::Value<TriggerConfig> {
    fn from(v: TriggerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRIGGER_CONFIG_TYPE.properties))
    }
}

/// The `IncrementalPullConfig` property type of `AWS::CustomerProfiles::Integration`.
#[derive(Debug, Clone, PartialEq)]
pub struct IncrementalPullConfig {
    props: ::forma_core::schema::Props,
}
impl IncrementalPullConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DatetimeTypeFieldName`.
    ///
    /// Allowed: length 0 to 256.
    pub fn datetime_type_field_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IncrementalPullConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IncrementalPullConfig> for ::forma_core::Value<IncrementalPullConfig> {
    fn from(v: IncrementalPullConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INCREMENTAL_PULL_CONFIG_TYPE.properties))
    }
}

/// The `SourceConnectorProperties` property type of `AWS::CustomerProfiles::Integration`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceConnectorProperties {
    props: ::forma_core::schema::Props,
}
impl SourceConnectorProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Marketo`.
    pub fn marketo(mut self, value: impl ::std::convert::Into<::forma_core::Value<MarketoSourceProperties>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `S3`.
    pub fn s3(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3SourceProperties>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Salesforce`.
    pub fn salesforce(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SalesforceSourceProperties>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ServiceNow`.
    pub fn service_now(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServiceNowSourceProperties>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Zendesk`.
    pub fn zendesk(mut self, value: impl ::std::convert::Into<::forma_core::Value<ZendeskSourceProperties>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SourceConnectorProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SourceConnectorProperties> for ::forma_core::Value<SourceConnectorProperties> {
    fn from(v: SourceConnectorProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_CONNECTOR_PROPERTIES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PROJECTION`, `LESS_THAN`, `GREATER_THAN`, `BETWEEN`, `ADDITION`, `MULTIPLICATION`, `DIVISION`, `SUBTRACTION`, `MASK_ALL`, `MASK_FIRST_N`, `MASK_LAST_N`, `VALIDATE_NON_NULL`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MarketoConnectorOperator {
    /// `PROJECTION`
    Projection,
    /// `LESS_THAN`
    LessThan,
    /// `GREATER_THAN`
    GreaterThan,
    /// `BETWEEN`
    Between,
    /// `ADDITION`
    Addition,
    /// `MULTIPLICATION`
    Multiplication,
    /// `DIVISION`
    Division,
    /// `SUBTRACTION`
    Subtraction,
    /// `MASK_ALL`
    MaskAll,
    /// `MASK_FIRST_N`
    MaskFirstN,
    /// `MASK_LAST_N`
    MaskLastN,
    /// `VALIDATE_NON_NULL`
    ValidateNonNull,
    /// `VALIDATE_NON_ZERO`
    ValidateNonZero,
    /// `VALIDATE_NON_NEGATIVE`
    ValidateNonNegative,
    /// `VALIDATE_NUMERIC`
    ValidateNumeric,
    /// `NO_OP`
    NoOp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MarketoConnectorOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Projection => "PROJECTION",
            Self::LessThan => "LESS_THAN",
            Self::GreaterThan => "GREATER_THAN",
            Self::Between => "BETWEEN",
            Self::Addition => "ADDITION",
            Self::Multiplication => "MULTIPLICATION",
            Self::Division => "DIVISION",
            Self::Subtraction => "SUBTRACTION",
            Self::MaskAll => "MASK_ALL",
            Self::MaskFirstN => "MASK_FIRST_N",
            Self::MaskLastN => "MASK_LAST_N",
            Self::ValidateNonNull => "VALIDATE_NON_NULL",
            Self::ValidateNonZero => "VALIDATE_NON_ZERO",
            Self::ValidateNonNegative => "VALIDATE_NON_NEGATIVE",
            Self::ValidateNumeric => "VALIDATE_NUMERIC",
            Self::NoOp => "NO_OP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PROJECTION",
            "LESS_THAN",
            "GREATER_THAN",
            "BETWEEN",
            "ADDITION",
            "MULTIPLICATION",
            "DIVISION",
            "SUBTRACTION",
            "MASK_ALL",
            "MASK_FIRST_N",
            "MASK_LAST_N",
            "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO",
            "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC",
            "NO_OP",
        ]
    }
}
impl ::std::convert::From<MarketoConnectorOperator> for ::forma_core::Value<MarketoConnectorOperator> {
    fn from(v: MarketoConnectorOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MarketoConnectorOperator {}

/// The values CloudFormation documents: `PROJECTION`, `LESS_THAN`, `GREATER_THAN`, `BETWEEN`, `LESS_THAN_OR_EQUAL_TO`, `GREATER_THAN_OR_EQUAL_TO`, `EQUAL_TO`, `NOT_EQUAL_TO`, `ADDITION`, `MULTIPLICATION`, `DIVISION`, `SUBTRACTION`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3ConnectorOperator {
    /// `PROJECTION`
    Projection,
    /// `LESS_THAN`
    LessThan,
    /// `GREATER_THAN`
    GreaterThan,
    /// `BETWEEN`
    Between,
    /// `LESS_THAN_OR_EQUAL_TO`
    LessThanOrEqualTo,
    /// `GREATER_THAN_OR_EQUAL_TO`
    GreaterThanOrEqualTo,
    /// `EQUAL_TO`
    EqualTo,
    /// `NOT_EQUAL_TO`
    NotEqualTo,
    /// `ADDITION`
    Addition,
    /// `MULTIPLICATION`
    Multiplication,
    /// `DIVISION`
    Division,
    /// `SUBTRACTION`
    Subtraction,
    /// `MASK_ALL`
    MaskAll,
    /// `MASK_FIRST_N`
    MaskFirstN,
    /// `MASK_LAST_N`
    MaskLastN,
    /// `VALIDATE_NON_NULL`
    ValidateNonNull,
    /// `VALIDATE_NON_ZERO`
    ValidateNonZero,
    /// `VALIDATE_NON_NEGATIVE`
    ValidateNonNegative,
    /// `VALIDATE_NUMERIC`
    ValidateNumeric,
    /// `NO_OP`
    NoOp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3ConnectorOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Projection => "PROJECTION",
            Self::LessThan => "LESS_THAN",
            Self::GreaterThan => "GREATER_THAN",
            Self::Between => "BETWEEN",
            Self::LessThanOrEqualTo => "LESS_THAN_OR_EQUAL_TO",
            Self::GreaterThanOrEqualTo => "GREATER_THAN_OR_EQUAL_TO",
            Self::EqualTo => "EQUAL_TO",
            Self::NotEqualTo => "NOT_EQUAL_TO",
            Self::Addition => "ADDITION",
            Self::Multiplication => "MULTIPLICATION",
            Self::Division => "DIVISION",
            Self::Subtraction => "SUBTRACTION",
            Self::MaskAll => "MASK_ALL",
            Self::MaskFirstN => "MASK_FIRST_N",
            Self::MaskLastN => "MASK_LAST_N",
            Self::ValidateNonNull => "VALIDATE_NON_NULL",
            Self::ValidateNonZero => "VALIDATE_NON_ZERO",
            Self::ValidateNonNegative => "VALIDATE_NON_NEGATIVE",
            Self::ValidateNumeric => "VALIDATE_NUMERIC",
            Self::NoOp => "NO_OP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PROJECTION",
            "LESS_THAN",
            "GREATER_THAN",
            "BETWEEN",
            "LESS_THAN_OR_EQUAL_TO",
            "GREATER_THAN_OR_EQUAL_TO",
            "EQUAL_TO",
            "NOT_EQUAL_TO",
            "ADDITION",
            "MULTIPLICATION",
            "DIVISION",
            "SUBTRACTION",
            "MASK_ALL",
            "MASK_FIRST_N",
            "MASK_LAST_N",
            "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO",
            "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC",
            "NO_OP",
        ]
    }
}
impl ::std::convert::From<S3ConnectorOperator> for ::forma_core::Value<S3ConnectorOperator> {
    fn from(v: S3ConnectorOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3ConnectorOperator {}

/// The values CloudFormation documents: `PROJECTION`, `LESS_THAN`, `GREATER_THAN`, `CONTAINS`, `BETWEEN`, `LESS_THAN_OR_EQUAL_TO`, `GREATER_THAN_OR_EQUAL_TO`, `EQUAL_TO`, `NOT_EQUAL_TO`, `ADDITION`, `MULTIPLICATION`, `DIVISION`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SalesforceConnectorOperator {
    /// `PROJECTION`
    Projection,
    /// `LESS_THAN`
    LessThan,
    /// `GREATER_THAN`
    GreaterThan,
    /// `CONTAINS`
    Contains,
    /// `BETWEEN`
    Between,
    /// `LESS_THAN_OR_EQUAL_TO`
    LessThanOrEqualTo,
    /// `GREATER_THAN_OR_EQUAL_TO`
    GreaterThanOrEqualTo,
    /// `EQUAL_TO`
    EqualTo,
    /// `NOT_EQUAL_TO`
    NotEqualTo,
    /// `ADDITION`
    Addition,
    /// `MULTIPLICATION`
    Multiplication,
    /// `DIVISION`
    Division,
    /// `SUBTRACTION`
    Subtraction,
    /// `MASK_ALL`
    MaskAll,
    /// `MASK_FIRST_N`
    MaskFirstN,
    /// `MASK_LAST_N`
    MaskLastN,
    /// `VALIDATE_NON_NULL`
    ValidateNonNull,
    /// `VALIDATE_NON_ZERO`
    ValidateNonZero,
    /// `VALIDATE_NON_NEGATIVE`
    ValidateNonNegative,
    /// `VALIDATE_NUMERIC`
    ValidateNumeric,
    /// `NO_OP`
    NoOp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SalesforceConnectorOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Projection => "PROJECTION",
            Self::LessThan => "LESS_THAN",
            Self::GreaterThan => "GREATER_THAN",
            Self::Contains => "CONTAINS",
            Self::Between => "BETWEEN",
            Self::LessThanOrEqualTo => "LESS_THAN_OR_EQUAL_TO",
            Self::GreaterThanOrEqualTo => "GREATER_THAN_OR_EQUAL_TO",
            Self::EqualTo => "EQUAL_TO",
            Self::NotEqualTo => "NOT_EQUAL_TO",
            Self::Addition => "ADDITION",
            Self::Multiplication => "MULTIPLICATION",
            Self::Division => "DIVISION",
            Self::Subtraction => "SUBTRACTION",
            Self::MaskAll => "MASK_ALL",
            Self::MaskFirstN => "MASK_FIRST_N",
            Self::MaskLastN => "MASK_LAST_N",
            Self::ValidateNonNull => "VALIDATE_NON_NULL",
            Self::ValidateNonZero => "VALIDATE_NON_ZERO",
            Self::ValidateNonNegative => "VALIDATE_NON_NEGATIVE",
            Self::ValidateNumeric => "VALIDATE_NUMERIC",
            Self::NoOp => "NO_OP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PROJECTION",
            "LESS_THAN",
            "GREATER_THAN",
            "CONTAINS",
            "BETWEEN",
            "LESS_THAN_OR_EQUAL_TO",
            "GREATER_THAN_OR_EQUAL_TO",
            "EQUAL_TO",
            "NOT_EQUAL_TO",
            "ADDITION",
            "MULTIPLICATION",
            "DIVISION",
            "SUBTRACTION",
            "MASK_ALL",
            "MASK_FIRST_N",
            "MASK_LAST_N",
            "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO",
            "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC",
            "NO_OP",
        ]
    }
}
impl ::std::convert::From<SalesforceConnectorOperator> for ::forma_core::Value<SalesforceConnectorOperator> {
    fn from(v: SalesforceConnectorOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SalesforceConnectorOperator {}

/// The values CloudFormation documents: `PROJECTION`, `LESS_THAN`, `GREATER_THAN`, `CONTAINS`, `BETWEEN`, `LESS_THAN_OR_EQUAL_TO`, `GREATER_THAN_OR_EQUAL_TO`, `EQUAL_TO`, `NOT_EQUAL_TO`, `ADDITION`, `MULTIPLICATION`, `DIVISION`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ServiceNowConnectorOperator {
    /// `PROJECTION`
    Projection,
    /// `LESS_THAN`
    LessThan,
    /// `GREATER_THAN`
    GreaterThan,
    /// `CONTAINS`
    Contains,
    /// `BETWEEN`
    Between,
    /// `LESS_THAN_OR_EQUAL_TO`
    LessThanOrEqualTo,
    /// `GREATER_THAN_OR_EQUAL_TO`
    GreaterThanOrEqualTo,
    /// `EQUAL_TO`
    EqualTo,
    /// `NOT_EQUAL_TO`
    NotEqualTo,
    /// `ADDITION`
    Addition,
    /// `MULTIPLICATION`
    Multiplication,
    /// `DIVISION`
    Division,
    /// `SUBTRACTION`
    Subtraction,
    /// `MASK_ALL`
    MaskAll,
    /// `MASK_FIRST_N`
    MaskFirstN,
    /// `MASK_LAST_N`
    MaskLastN,
    /// `VALIDATE_NON_NULL`
    ValidateNonNull,
    /// `VALIDATE_NON_ZERO`
    ValidateNonZero,
    /// `VALIDATE_NON_NEGATIVE`
    ValidateNonNegative,
    /// `VALIDATE_NUMERIC`
    ValidateNumeric,
    /// `NO_OP`
    NoOp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ServiceNowConnectorOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Projection => "PROJECTION",
            Self::LessThan => "LESS_THAN",
            Self::GreaterThan => "GREATER_THAN",
            Self::Contains => "CONTAINS",
            Self::Between => "BETWEEN",
            Self::LessThanOrEqualTo => "LESS_THAN_OR_EQUAL_TO",
            Self::GreaterThanOrEqualTo => "GREATER_THAN_OR_EQUAL_TO",
            Self::EqualTo => "EQUAL_TO",
            Self::NotEqualTo => "NOT_EQUAL_TO",
            Self::Addition => "ADDITION",
            Self::Multiplication => "MULTIPLICATION",
            Self::Division => "DIVISION",
            Self::Subtraction => "SUBTRACTION",
            Self::MaskAll => "MASK_ALL",
            Self::MaskFirstN => "MASK_FIRST_N",
            Self::MaskLastN => "MASK_LAST_N",
            Self::ValidateNonNull => "VALIDATE_NON_NULL",
            Self::ValidateNonZero => "VALIDATE_NON_ZERO",
            Self::ValidateNonNegative => "VALIDATE_NON_NEGATIVE",
            Self::ValidateNumeric => "VALIDATE_NUMERIC",
            Self::NoOp => "NO_OP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PROJECTION",
            "LESS_THAN",
            "GREATER_THAN",
            "CONTAINS",
            "BETWEEN",
            "LESS_THAN_OR_EQUAL_TO",
            "GREATER_THAN_OR_EQUAL_TO",
            "EQUAL_TO",
            "NOT_EQUAL_TO",
            "ADDITION",
            "MULTIPLICATION",
            "DIVISION",
            "SUBTRACTION",
            "MASK_ALL",
            "MASK_FIRST_N",
            "MASK_LAST_N",
            "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO",
            "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC",
            "NO_OP",
        ]
    }
}
impl ::std::convert::From<ServiceNowConnectorOperator> for ::forma_core::Value<ServiceNowConnectorOperator> {
    fn from(v: ServiceNowConnectorOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ServiceNowConnectorOperator {}

/// The values CloudFormation documents: `PROJECTION`, `GREATER_THAN`, `ADDITION`, `MULTIPLICATION`, `DIVISION`, `SUBTRACTION`, `MASK_ALL`, `MASK_FIRST_N`, `MASK_LAST_N`, `VALIDATE_NON_NULL`, `VALIDATE_NON_ZERO`, `VALIDATE_NON_NEGATIVE`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ZendeskConnectorOperator {
    /// `PROJECTION`
    Projection,
    /// `GREATER_THAN`
    GreaterThan,
    /// `ADDITION`
    Addition,
    /// `MULTIPLICATION`
    Multiplication,
    /// `DIVISION`
    Division,
    /// `SUBTRACTION`
    Subtraction,
    /// `MASK_ALL`
    MaskAll,
    /// `MASK_FIRST_N`
    MaskFirstN,
    /// `MASK_LAST_N`
    MaskLastN,
    /// `VALIDATE_NON_NULL`
    ValidateNonNull,
    /// `VALIDATE_NON_ZERO`
    ValidateNonZero,
    /// `VALIDATE_NON_NEGATIVE`
    ValidateNonNegative,
    /// `VALIDATE_NUMERIC`
    ValidateNumeric,
    /// `NO_OP`
    NoOp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ZendeskConnectorOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Projection => "PROJECTION",
            Self::GreaterThan => "GREATER_THAN",
            Self::Addition => "ADDITION",
            Self::Multiplication => "MULTIPLICATION",
            Self::Division => "DIVISION",
            Self::Subtraction => "SUBTRACTION",
            Self::MaskAll => "MASK_ALL",
            Self::MaskFirstN => "MASK_FIRST_N",
            Self::MaskLastN => "MASK_LAST_N",
            Self::ValidateNonNull => "VALIDATE_NON_NULL",
            Self::ValidateNonZero => "VALIDATE_NON_ZERO",
            Self::ValidateNonNegative => "VALIDATE_NON_NEGATIVE",
            Self::ValidateNumeric => "VALIDATE_NUMERIC",
            Self::NoOp => "NO_OP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PROJECTION",
            "GREATER_THAN",
            "ADDITION",
            "MULTIPLICATION",
            "DIVISION",
            "SUBTRACTION",
            "MASK_ALL",
            "MASK_FIRST_N",
            "MASK_LAST_N",
            "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO",
            "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC",
            "NO_OP",
        ]
    }
}
impl ::std::convert::From<ZendeskConnectorOperator> for ::forma_core::Value<ZendeskConnectorOperator> {
    fn from(v: ZendeskConnectorOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ZendeskConnectorOperator {}

/// The `ConnectorOperator` property type of `AWS::CustomerProfiles::Integration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorOperator {
    props: ::forma_core::schema::Props,
}
impl ConnectorOperator {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Marketo`.
    pub fn marketo(mut self, value: impl ::forma_core::schema::EnumArg<MarketoConnectorOperator>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `S3`.
    pub fn s3(mut self, value: impl ::forma_core::schema::EnumArg<S3ConnectorOperator>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `Salesforce`.
    pub fn salesforce(mut self, value: impl ::forma_core::schema::EnumArg<SalesforceConnectorOperator>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `ServiceNow`.
    pub fn service_now(mut self, value: impl ::forma_core::schema::EnumArg<ServiceNowConnectorOperator>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `Zendesk`.
    pub fn zendesk(mut self, value: impl ::forma_core::schema::EnumArg<ZendeskConnectorOperator>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ConnectorOperator {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConnectorOperator> for ::forma_core::Value<ConnectorOperator> {
    fn from(v: ConnectorOperator) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTOR_OPERATOR_TYPE.properties))
    }
}

/// The values CloudFormation documents: `VALUE`, `VALUES`, `DATA_TYPE`, `UPPER_BOUND`, `LOWER_BOUND`, `SOURCE_DATA_TYPE`, `DESTINATION_DATA_TYPE`, `VALIDATION_ACTION`, `MASK_VALUE`, `MASK_LENGTH`, `TRUNCATE_LENGTH`, `MATH_OPERATION_FIELDS_ORDER`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OperatorPropertiesKeys {
    /// `VALUE`
    Value,
    /// `VALUES`
    Values,
    /// `DATA_TYPE`
    DataType,
    /// `UPPER_BOUND`
    UpperBound,
    /// `LOWER_BOUND`
    LowerBound,
    /// `SOURCE_DATA_TYPE`
    SourceDataType,
    /// `DESTINATION_DATA_TYPE`
    DestinationDataType,
    /// `VALIDATION_ACTION`
    ValidationAction,
    /// `MASK_VALUE`
    MaskValue,
    /// `MASK_LENGTH`
    MaskLength,
    /// `TRUNCATE_LENGTH`
    TruncateLength,
    /// `MATH_OPERATION_FIELDS_ORDER`
    MathOperationFieldsOrder,
    /// `CONCAT_FORMAT`
    ConcatFormat,
    /// `SUBFIELD_CATEGORY_MAP`
    SubfieldCategoryMap,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OperatorPropertiesKeys {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Value => "VALUE",
            Self::Values => "VALUES",
            Self::DataType => "DATA_TYPE",
            Self::UpperBound => "UPPER_BOUND",
            Self::LowerBound => "LOWER_BOUND",
            Self::SourceDataType => "SOURCE_DATA_TYPE",
            Self::DestinationDataType => "DESTINATION_DATA_TYPE",
            Self::ValidationAction => "VALIDATION_ACTION",
            Self::MaskValue => "MASK_VALUE",
            Self::MaskLength => "MASK_LENGTH",
            Self::TruncateLength => "TRUNCATE_LENGTH",
            Self::MathOperationFieldsOrder => "MATH_OPERATION_FIELDS_ORDER",
            Self::ConcatFormat => "CONCAT_FORMAT",
            Self::SubfieldCategoryMap => "SUBFIELD_CATEGORY_MAP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "VALUE",
            "VALUES",
            "DATA_TYPE",
            "UPPER_BOUND",
            "LOWER_BOUND",
            "SOURCE_DATA_TYPE",
            "DESTINATION_DATA_TYPE",
            "VALIDATION_ACTION",
            "MASK_VALUE",
            "MASK_LENGTH",
            "TRUNCATE_LENGTH",
            "MATH_OPERATION_FIELDS_ORDER",
            "CONCAT_FORMAT",
            "SUBFIELD_CATEGORY_MAP",
        ]
    }
}
impl ::std::convert::From<OperatorPropertiesKeys> for ::forma_core::Value<OperatorPropertiesKeys> {
    fn from(v: OperatorPropertiesKeys) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OperatorPropertiesKeys {}

/// The `TaskPropertiesMap` property type of `AWS::CustomerProfiles::Integration`.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskPropertiesMap {
    props: ::forma_core::schema::Props,
}
impl TaskPropertiesMap {
    /// A new value with its required properties: `OperatorPropertyKey`, `Property`.
    pub fn new(
        operator_property_key: impl ::forma_core::schema::EnumArg<OperatorPropertiesKeys>,
        property: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, operator_property_key.into_enum_expr());
        props.set(1, property.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TaskPropertiesMap> for ::forma_core::Value<TaskPropertiesMap> {
    fn from(v: TaskPropertiesMap) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TASK_PROPERTIES_MAP_TYPE.properties))
    }
}

/// The `TriggerProperties` property type of `AWS::CustomerProfiles::Integration`.
#[derive(Debug, Clone, PartialEq)]
pub struct TriggerProperties {
    props: ::forma_core::schema::Props,
}
impl TriggerProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Scheduled`.
    pub fn scheduled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ScheduledTriggerProperties>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TriggerProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TriggerProperties> for ::forma_core::Value<TriggerProperties> {
    fn from(v: TriggerProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRIGGER_PROPERTIES_TYPE.properties))
    }
}

/// The `MarketoSourceProperties` property type of `AWS::CustomerProfiles::Integration`.
#[derive(Debug, Clone, PartialEq)]
pub struct MarketoSourceProperties {
    props: ::forma_core::schema::Props,
}
impl MarketoSourceProperties {
    /// A new value with its required properties: `Object`.
    pub fn new(object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, object.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MarketoSourceProperties> for ::forma_core::Value<MarketoSourceProperties> {
    fn from(v: MarketoSourceProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MARKETO_SOURCE_PROPERTIES_TYPE.properties))
    }
}

/// The `S3SourceProperties` property type of `AWS::CustomerProfiles::Integration`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3SourceProperties {
    props: ::forma_core::schema::Props,
}
impl S3SourceProperties {
    /// A new value with its required properties: `BucketName`.
    pub fn new(bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_name.into().into_expr());
        Self { props }
    }
    /// `BucketPrefix`.
    ///
    /// Allowed: length 0 to 512.
    pub fn bucket_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3SourceProperties> for ::forma_core::Value<S3SourceProperties> {
    fn from(v: S3SourceProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_SOURCE_PROPERTIES_TYPE.properties))
    }
}

/// The `SalesforceSourceProperties` property type of `AWS::CustomerProfiles::Integration`.
#[derive(Debug, Clone, PartialEq)]
pub struct SalesforceSourceProperties {
    props: ::forma_core::schema::Props,
}
impl SalesforceSourceProperties {
    /// A new value with its required properties: `Object`.
    pub fn new(object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, object.into().into_expr());
        Self { props }
    }
    /// `EnableDynamicFieldUpdate`.
    pub fn enable_dynamic_field_update(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `IncludeDeletedRecords`.
    pub fn include_deleted_records(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SalesforceSourceProperties> for ::forma_core::Value<SalesforceSourceProperties> {
    fn from(v: SalesforceSourceProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SALESFORCE_SOURCE_PROPERTIES_TYPE.properties))
    }
}

/// The `ServiceNowSourceProperties` property type of `AWS::CustomerProfiles::Integration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceNowSourceProperties {
    props: ::forma_core::schema::Props,
}
impl ServiceNowSourceProperties {
    /// A new value with its required properties: `Object`.
    pub fn new(object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, object.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ServiceNowSourceProperties> for ::forma_core::Value<ServiceNowSourceProperties> {
    fn from(v: ServiceNowSourceProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_NOW_SOURCE_PROPERTIES_TYPE.properties))
    }
}

/// The `ZendeskSourceProperties` property type of `AWS::CustomerProfiles::Integration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ZendeskSourceProperties {
    props: ::forma_core::schema::Props,
}
impl ZendeskSourceProperties {
    /// A new value with its required properties: `Object`.
    pub fn new(object: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, object.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ZendeskSourceProperties> for ::forma_core::Value<ZendeskSourceProperties> {
    fn from(v: ZendeskSourceProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ZENDESK_SOURCE_PROPERTIES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Incremental`, `Complete`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataPullMode {
    /// `Incremental`
    Incremental,
    /// `Complete`
    Complete,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataPullMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Incremental => "Incremental",
            Self::Complete => "Complete",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Incremental", "Complete"]
    }
}
impl ::std::convert::From<DataPullMode> for ::forma_core::Value<DataPullMode> {
    fn from(v: DataPullMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataPullMode {}

/// The `ScheduledTriggerProperties` property type of `AWS::CustomerProfiles::Integration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduledTriggerProperties {
    props: ::forma_core::schema::Props,
}
impl ScheduledTriggerProperties {
    /// A new value with its required properties: `ScheduleExpression`.
    pub fn new(schedule_expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, schedule_expression.into().into_expr());
        Self { props }
    }
    /// `DataPullMode`.
    pub fn data_pull_mode(mut self, value: impl ::forma_core::schema::EnumArg<DataPullMode>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `FirstExecutionFrom`.
    pub fn first_execution_from(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ScheduleEndTime`.
    pub fn schedule_end_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ScheduleOffset`.
    ///
    /// Allowed: 0 to 36000.
    pub fn schedule_offset(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `ScheduleStartTime`.
    pub fn schedule_start_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Timezone`.
    ///
    /// Allowed: length 0 to 256.
    pub fn timezone(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ScheduledTriggerProperties> for ::forma_core::Value<ScheduledTriggerProperties> {
    fn from(v: ScheduledTriggerProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULED_TRIGGER_PROPERTIES_TYPE.properties))
    }
}

/// The schema of `AWS::CustomerProfiles::Integration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CustomerProfiles::Integration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DomainName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "EventTriggerNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9_-]+$"),
                    min_length: Some(1),
                    max_length: Some(64),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FlowDefinition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FLOW_DEFINITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ObjectTypeName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_][a-zA-Z_0-9-]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ObjectTypeNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&OBJECT_TYPE_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Scope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PROFILE", "DOMAIN"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Uri",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
    attributes: &["LastUpdatedAt", "CreatedAt"],
};

static FLOW_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Integration.FlowDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\w!@#\\-.?,\\s]*"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "FlowName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9][\\w!@#.-]+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws:kms:.*:[0-9]+:.*"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceFlowConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_FLOW_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tasks",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TASK_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TriggerConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRIGGER_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static OBJECT_TYPE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Integration.ObjectTypeMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_][a-zA-Z_0-9-]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Integration.Tag",
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

static SOURCE_FLOW_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Integration.SourceFlowConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectorProfileName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\w/!@#+=.-]+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ConnectorType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Salesforce", "Marketo", "ServiceNow", "Zendesk", "S3"]),
        },
        ::forma_core::schema::Property {
            name: "IncrementalPullConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INCREMENTAL_PULL_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourceConnectorProperties",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_CONNECTOR_PROPERTIES_TYPE),
        },
    ],
    rules: &[],
};

static TASK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Integration.Task",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectorOperator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTOR_OPERATOR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DestinationField",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceFields",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(".*"),
                    min_length: Some(0),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TaskProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TASK_PROPERTIES_MAP_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TaskType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "Arithmetic",
                "Filter",
                "Map",
                "Mask",
                "Merge",
                "Truncate",
                "Validate",
            ]),
        },
    ],
    rules: &[],
};

static TRIGGER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Integration.TriggerConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "TriggerProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRIGGER_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TriggerType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Scheduled", "Event", "OnDemand"]),
        },
    ],
    rules: &[],
};

static INCREMENTAL_PULL_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Integration.IncrementalPullConfig",
    properties: &[::forma_core::schema::Property {
        name: "DatetimeTypeFieldName",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(0),
            max_length: Some(256),
        }),
    }],
    rules: &[],
};

static SOURCE_CONNECTOR_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Integration.SourceConnectorProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "Marketo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MARKETO_SOURCE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_SOURCE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Salesforce",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SALESFORCE_SOURCE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceNow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVICE_NOW_SOURCE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Zendesk",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ZENDESK_SOURCE_PROPERTIES_TYPE),
        },
    ],
    rules: &[],
};

static CONNECTOR_OPERATOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Integration.ConnectorOperator",
    properties: &[
        ::forma_core::schema::Property {
            name: "Marketo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PROJECTION",
                "LESS_THAN",
                "GREATER_THAN",
                "BETWEEN",
                "ADDITION",
                "MULTIPLICATION",
                "DIVISION",
                "SUBTRACTION",
                "MASK_ALL",
                "MASK_FIRST_N",
                "MASK_LAST_N",
                "VALIDATE_NON_NULL",
                "VALIDATE_NON_ZERO",
                "VALIDATE_NON_NEGATIVE",
                "VALIDATE_NUMERIC",
                "NO_OP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "S3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PROJECTION",
                "LESS_THAN",
                "GREATER_THAN",
                "BETWEEN",
                "LESS_THAN_OR_EQUAL_TO",
                "GREATER_THAN_OR_EQUAL_TO",
                "EQUAL_TO",
                "NOT_EQUAL_TO",
                "ADDITION",
                "MULTIPLICATION",
                "DIVISION",
                "SUBTRACTION",
                "MASK_ALL",
                "MASK_FIRST_N",
                "MASK_LAST_N",
                "VALIDATE_NON_NULL",
                "VALIDATE_NON_ZERO",
                "VALIDATE_NON_NEGATIVE",
                "VALIDATE_NUMERIC",
                "NO_OP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Salesforce",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PROJECTION",
                "LESS_THAN",
                "GREATER_THAN",
                "CONTAINS",
                "BETWEEN",
                "LESS_THAN_OR_EQUAL_TO",
                "GREATER_THAN_OR_EQUAL_TO",
                "EQUAL_TO",
                "NOT_EQUAL_TO",
                "ADDITION",
                "MULTIPLICATION",
                "DIVISION",
                "SUBTRACTION",
                "MASK_ALL",
                "MASK_FIRST_N",
                "MASK_LAST_N",
                "VALIDATE_NON_NULL",
                "VALIDATE_NON_ZERO",
                "VALIDATE_NON_NEGATIVE",
                "VALIDATE_NUMERIC",
                "NO_OP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ServiceNow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PROJECTION",
                "LESS_THAN",
                "GREATER_THAN",
                "CONTAINS",
                "BETWEEN",
                "LESS_THAN_OR_EQUAL_TO",
                "GREATER_THAN_OR_EQUAL_TO",
                "EQUAL_TO",
                "NOT_EQUAL_TO",
                "ADDITION",
                "MULTIPLICATION",
                "DIVISION",
                "SUBTRACTION",
                "MASK_ALL",
                "MASK_FIRST_N",
                "MASK_LAST_N",
                "VALIDATE_NON_NULL",
                "VALIDATE_NON_ZERO",
                "VALIDATE_NON_NEGATIVE",
                "VALIDATE_NUMERIC",
                "NO_OP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Zendesk",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "PROJECTION",
                "GREATER_THAN",
                "ADDITION",
                "MULTIPLICATION",
                "DIVISION",
                "SUBTRACTION",
                "MASK_ALL",
                "MASK_FIRST_N",
                "MASK_LAST_N",
                "VALIDATE_NON_NULL",
                "VALIDATE_NON_ZERO",
                "VALIDATE_NON_NEGATIVE",
                "VALIDATE_NUMERIC",
                "NO_OP",
            ]),
        },
    ],
    rules: &[],
};

static TASK_PROPERTIES_MAP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Integration.TaskPropertiesMap",
    properties: &[
        ::forma_core::schema::Property {
            name: "OperatorPropertyKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "VALUE",
                "VALUES",
                "DATA_TYPE",
                "UPPER_BOUND",
                "LOWER_BOUND",
                "SOURCE_DATA_TYPE",
                "DESTINATION_DATA_TYPE",
                "VALIDATION_ACTION",
                "MASK_VALUE",
                "MASK_LENGTH",
                "TRUNCATE_LENGTH",
                "MATH_OPERATION_FIELDS_ORDER",
                "CONCAT_FORMAT",
                "SUBFIELD_CATEGORY_MAP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Property",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".+"),
                min_length: None,
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static TRIGGER_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Integration.TriggerProperties",
    properties: &[::forma_core::schema::Property {
        name: "Scheduled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SCHEDULED_TRIGGER_PROPERTIES_TYPE),
    }],
    rules: &[],
};

static MARKETO_SOURCE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Integration.MarketoSourceProperties",
    properties: &[::forma_core::schema::Property {
        name: "Object",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("\\S+"),
            min_length: Some(0),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static S3_SOURCE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Integration.S3SourceProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "BucketPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static SALESFORCE_SOURCE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Integration.SalesforceSourceProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnableDynamicFieldUpdate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludeDeletedRecords",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Object",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S+"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static SERVICE_NOW_SOURCE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Integration.ServiceNowSourceProperties",
    properties: &[::forma_core::schema::Property {
        name: "Object",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("\\S+"),
            min_length: Some(0),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static ZENDESK_SOURCE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Integration.ZendeskSourceProperties",
    properties: &[::forma_core::schema::Property {
        name: "Object",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("\\S+"),
            min_length: Some(0),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static SCHEDULED_TRIGGER_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Integration.ScheduledTriggerProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataPullMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Incremental", "Complete"]),
        },
        ::forma_core::schema::Property {
            name: "FirstExecutionFrom",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduleEndTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduleExpression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduleOffset",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(36000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduleStartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Timezone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
