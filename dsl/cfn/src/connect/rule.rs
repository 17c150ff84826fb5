// @generated from AWS::Connect::Rule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::Rule` and its property types.

/// Creates a rule for the specified CON instance.
///
/// CloudFormation type `AWS::Connect::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    props: ::forma_core::schema::Props,
}
impl Rule {
    /// A new resource with its required properties: `Actions`, `Function`, `InstanceArn`, `Name`, `PublishStatus`, `TriggerEventSource`.
    #[track_caller]
    pub fn new(
        actions: impl ::std::convert::Into<::forma_core::Value<Actions>>,
        function: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        publish_status: impl ::forma_core::schema::EnumArg<PublishStatus>,
        trigger_event_source: impl ::std::convert::Into<::forma_core::Value<RuleTriggerEventSource>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, actions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, function.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, publish_status.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(6, trigger_event_source.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The tags used to organize, track, or control access for this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Rule {
    type Attributes = RuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::Rule"
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
/// The attributes of a `AWS::Connect::Rule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RuleAttributes {
    /// `Fn::GetAtt` `RuleArn`.
    pub fn rule_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RuleArn")
    }
}

/// The values CloudFormation documents: `DRAFT`, `PUBLISHED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PublishStatus {
    /// `DRAFT`
    Draft,
    /// `PUBLISHED`
    Published,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PublishStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "DRAFT",
            Self::Published => "PUBLISHED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DRAFT", "PUBLISHED"]
    }
}
impl ::std::convert::From<PublishStatus> for ::forma_core::Value<PublishStatus> {
    fn from(v: PublishStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PublishStatus {}

/// A list of actions to be run when the rule is triggered.
#[derive(Debug, Clone, PartialEq)]
pub struct Actions {
    props: ::forma_core::schema::Props,
}
impl Actions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Information about the contact category action.
    pub fn assign_contact_category_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// This action will assign an SLA when a rule is triggered.
    pub fn assign_sla_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AssignSlaAction>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// This action will create a case when a rule is triggered.
    pub fn create_case_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CreateCaseAction>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// This action will end associated tasks when a rule is triggered.
    pub fn end_associated_tasks_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Information about the EV action.
    pub fn event_bridge_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EventBridgeAction>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// This action will send an in-app notification when a rule is triggered.
    pub fn send_in_app_notification_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SendInAppNotificationAction>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Information about the send notification action.
    pub fn send_notification_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SendNotificationAction>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// This action will submit an auto contact evaluation when a rule is triggered.
    pub fn submit_auto_evaluation_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SubmitAutoEvaluationAction>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Information about the task action.
    pub fn task_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TaskAction>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// This action will update a case when a rule is triggered.
    pub fn update_case_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<UpdateCaseAction>>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Actions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Actions> for ::forma_core::Value<Actions> {
    fn from(v: Actions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTIONS_TYPE.properties))
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

/// The values CloudFormation documents: `OnEmailAnalysisAvailable`, `OnContactEvaluationSubmit`, `OnPostCallAnalysisAvailable`, `OnRealTimeCallAnalysisAvailable`, `OnRealTimeChatAnalysisAvailable`, `OnPostChatAnalysisAvailable`, `OnZendeskTicketCreate`, `OnZendeskTicketStatusUpdate`, `OnSalesforceCaseCreate`, `OnMetricDataUpdate`, `OnCaseCreate`, `OnCaseUpdate`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventSourceName {
    /// `OnEmailAnalysisAvailable`
    OnEmailAnalysisAvailable,
    /// `OnContactEvaluationSubmit`
    OnContactEvaluationSubmit,
    /// `OnPostCallAnalysisAvailable`
    OnPostCallAnalysisAvailable,
    /// `OnRealTimeCallAnalysisAvailable`
    OnRealTimeCallAnalysisAvailable,
    /// `OnRealTimeChatAnalysisAvailable`
    OnRealTimeChatAnalysisAvailable,
    /// `OnPostChatAnalysisAvailable`
    OnPostChatAnalysisAvailable,
    /// `OnZendeskTicketCreate`
    OnZendeskTicketCreate,
    /// `OnZendeskTicketStatusUpdate`
    OnZendeskTicketStatusUpdate,
    /// `OnSalesforceCaseCreate`
    OnSalesforceCaseCreate,
    /// `OnMetricDataUpdate`
    OnMetricDataUpdate,
    /// `OnCaseCreate`
    OnCaseCreate,
    /// `OnCaseUpdate`
    OnCaseUpdate,
    /// `OnSlaBreach`
    OnSlaBreach,
    /// `OnSchedulePublish`
    OnSchedulePublish,
    /// `OnScheduleUpdate`
    OnScheduleUpdate,
    /// `OnScheduleTimeOffRequestActivity`
    OnScheduleTimeOffRequestActivity,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EventSourceName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnEmailAnalysisAvailable => "OnEmailAnalysisAvailable",
            Self::OnContactEvaluationSubmit => "OnContactEvaluationSubmit",
            Self::OnPostCallAnalysisAvailable => "OnPostCallAnalysisAvailable",
            Self::OnRealTimeCallAnalysisAvailable => "OnRealTimeCallAnalysisAvailable",
            Self::OnRealTimeChatAnalysisAvailable => "OnRealTimeChatAnalysisAvailable",
            Self::OnPostChatAnalysisAvailable => "OnPostChatAnalysisAvailable",
            Self::OnZendeskTicketCreate => "OnZendeskTicketCreate",
            Self::OnZendeskTicketStatusUpdate => "OnZendeskTicketStatusUpdate",
            Self::OnSalesforceCaseCreate => "OnSalesforceCaseCreate",
            Self::OnMetricDataUpdate => "OnMetricDataUpdate",
            Self::OnCaseCreate => "OnCaseCreate",
            Self::OnCaseUpdate => "OnCaseUpdate",
            Self::OnSlaBreach => "OnSlaBreach",
            Self::OnSchedulePublish => "OnSchedulePublish",
            Self::OnScheduleUpdate => "OnScheduleUpdate",
            Self::OnScheduleTimeOffRequestActivity => "OnScheduleTimeOffRequestActivity",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "OnEmailAnalysisAvailable",
            "OnContactEvaluationSubmit",
            "OnPostCallAnalysisAvailable",
            "OnRealTimeCallAnalysisAvailable",
            "OnRealTimeChatAnalysisAvailable",
            "OnPostChatAnalysisAvailable",
            "OnZendeskTicketCreate",
            "OnZendeskTicketStatusUpdate",
            "OnSalesforceCaseCreate",
            "OnMetricDataUpdate",
            "OnCaseCreate",
            "OnCaseUpdate",
            "OnSlaBreach",
            "OnSchedulePublish",
            "OnScheduleUpdate",
            "OnScheduleTimeOffRequestActivity",
        ]
    }
}
impl ::std::convert::From<EventSourceName> for ::forma_core::Value<EventSourceName> {
    fn from(v: EventSourceName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EventSourceName {}

/// The name of the event source.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleTriggerEventSource {
    props: ::forma_core::schema::Props,
}
impl RuleTriggerEventSource {
    /// A new value with its required properties: `EventSourceName`.
    pub fn new(event_source_name: impl ::forma_core::schema::EnumArg<EventSourceName>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, event_source_name.into_enum_expr());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the integration association.
    pub fn integration_association_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RuleTriggerEventSource> for ::forma_core::Value<RuleTriggerEventSource> {
    fn from(v: RuleTriggerEventSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_TRIGGER_EVENT_SOURCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CASES`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SlaAssignmentType {
    /// `CASES`
    Cases,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SlaAssignmentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cases => "CASES",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CASES"]
    }
}
impl ::std::convert::From<SlaAssignmentType> for ::forma_core::Value<SlaAssignmentType> {
    fn from(v: SlaAssignmentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SlaAssignmentType {}

/// The `AssignSlaAction` property type of `AWS::Connect::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct AssignSlaAction {
    props: ::forma_core::schema::Props,
}
impl AssignSlaAction {
    /// A new value with its required properties: `CaseSlaConfiguration`, `SlaAssignmentType`.
    pub fn new(
        case_sla_configuration: impl ::std::convert::Into<::forma_core::Value<AssignSlaActionCaseSlaConfiguration>>,
        sla_assignment_type: impl ::forma_core::schema::EnumArg<SlaAssignmentType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, case_sla_configuration.into().into_expr());
        props.set(1, sla_assignment_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<AssignSlaAction> for ::forma_core::Value<AssignSlaAction> {
    fn from(v: AssignSlaAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSIGN_SLA_ACTION_TYPE.properties))
    }
}

/// The `CreateCaseAction` property type of `AWS::Connect::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateCaseAction {
    props: ::forma_core::schema::Props,
}
impl CreateCaseAction {
    /// A new value with its required properties: `Fields`, `TemplateId`.
    pub fn new(
        fields: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Field>>>,
        template_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, fields.into().into_expr());
        props.set(1, template_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CreateCaseAction> for ::forma_core::Value<CreateCaseAction> {
    fn from(v: CreateCaseAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CREATE_CASE_ACTION_TYPE.properties))
    }
}

/// The EV action definition.
#[derive(Debug, Clone, PartialEq)]
pub struct EventBridgeAction {
    props: ::forma_core::schema::Props,
}
impl EventBridgeAction {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EventBridgeAction> for ::forma_core::Value<EventBridgeAction> {
    fn from(v: EventBridgeAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_BRIDGE_ACTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `HIGH`, `LOW`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Priority {
    /// `HIGH`
    High,
    /// `LOW`
    Low,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Priority {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::High => "HIGH",
            Self::Low => "LOW",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HIGH", "LOW"]
    }
}
impl ::std::convert::From<Priority> for ::forma_core::Value<Priority> {
    fn from(v: Priority) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Priority {}

/// The `SendInAppNotificationAction` property type of `AWS::Connect::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct SendInAppNotificationAction {
    props: ::forma_core::schema::Props,
}
impl SendInAppNotificationAction {
    /// A new value with its required properties: `Content`, `Recipient`.
    pub fn new(
        content: impl ::std::convert::Into<::forma_core::Value<NotificationContent>>,
        recipient: impl ::std::convert::Into<::forma_core::Value<InAppNotificationRecipientType>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, content.into().into_expr());
        props.set(3, recipient.into().into_expr());
        Self { props }
    }
    /// `Exclusion`.
    pub fn exclusion(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InAppNotificationRecipientType>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The priority of the notification.
    pub fn priority(mut self, value: impl ::forma_core::schema::EnumArg<Priority>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<SendInAppNotificationAction> for ::forma_core::Value<SendInAppNotificationAction> {
    fn from(v: SendInAppNotificationAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SEND_IN_APP_NOTIFICATION_ACTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PLAIN_TEXT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentType {
    /// `PLAIN_TEXT`
    PlainText,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PlainText => "PLAIN_TEXT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PLAIN_TEXT"]
    }
}
impl ::std::convert::From<ContentType> for ::forma_core::Value<ContentType> {
    fn from(v: ContentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContentType {}

/// The values CloudFormation documents: `EMAIL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeliveryMethod {
    /// `EMAIL`
    Email,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeliveryMethod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Email => "EMAIL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EMAIL"]
    }
}
impl ::std::convert::From<DeliveryMethod> for ::forma_core::Value<DeliveryMethod> {
    fn from(v: DeliveryMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeliveryMethod {}

/// Information about the send notification action.
#[derive(Debug, Clone, PartialEq)]
pub struct SendNotificationAction {
    props: ::forma_core::schema::Props,
}
impl SendNotificationAction {
    /// A new value with its required properties: `Content`, `ContentType`, `DeliveryMethod`, `Recipient`.
    pub fn new(
        content: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        content_type: impl ::forma_core::schema::EnumArg<ContentType>,
        delivery_method: impl ::forma_core::schema::EnumArg<DeliveryMethod>,
        recipient: impl ::std::convert::Into<::forma_core::Value<NotificationRecipientType>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, content.into().into_expr());
        props.set(1, content_type.into_enum_expr());
        props.set(2, delivery_method.into_enum_expr());
        props.set(4, recipient.into().into_expr());
        Self { props }
    }
    /// The type of notification recipient.
    pub fn exclusion(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NotificationRecipientType>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The subject of the email if the delivery method is `EMAIL`.
    ///
    /// Allowed: length 1 to 200.
    pub fn subject(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SendNotificationAction> for ::forma_core::Value<SendNotificationAction> {
    fn from(v: SendNotificationAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SEND_NOTIFICATION_ACTION_TYPE.properties))
    }
}

/// The `SubmitAutoEvaluationAction` property type of `AWS::Connect::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct SubmitAutoEvaluationAction {
    props: ::forma_core::schema::Props,
}
impl SubmitAutoEvaluationAction {
    /// A new value with its required properties: `EvaluationFormArn`.
    pub fn new(evaluation_form_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, evaluation_form_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SubmitAutoEvaluationAction> for ::forma_core::Value<SubmitAutoEvaluationAction> {
    fn from(v: SubmitAutoEvaluationAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUBMIT_AUTO_EVALUATION_ACTION_TYPE.properties))
    }
}

/// Information about the task action.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskAction {
    props: ::forma_core::schema::Props,
}
impl TaskAction {
    /// A new value with its required properties: `ContactFlowArn`, `Name`.
    pub fn new(
        contact_flow_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, contact_flow_arn.into().into_expr());
        props.set(2, name.into().into_expr());
        Self { props }
    }
    /// The description.
    ///
    /// Allowed: length 0 to 4096.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Information about the reference when the `referenceType` is `URL`.
    pub fn references(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TaskAction> for ::forma_core::Value<TaskAction> {
    fn from(v: TaskAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TASK_ACTION_TYPE.properties))
    }
}

/// The `UpdateCaseAction` property type of `AWS::Connect::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateCaseAction {
    props: ::forma_core::schema::Props,
}
impl UpdateCaseAction {
    /// A new value with its required properties: `Fields`.
    pub fn new(fields: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Field>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, fields.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<UpdateCaseAction> for ::forma_core::Value<UpdateCaseAction> {
    fn from(v: UpdateCaseAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UPDATE_CASE_ACTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CaseField`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `CaseField`
    CaseField,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CaseField => "CaseField",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CaseField"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `AssignSlaActionCaseSlaConfiguration` property type of `AWS::Connect::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct AssignSlaActionCaseSlaConfiguration {
    props: ::forma_core::schema::Props,
}
impl AssignSlaActionCaseSlaConfiguration {
    /// A new value with its required properties: `Name`, `TargetSlaMinutes`, `Type`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_sla_minutes: impl ::std::convert::Into<::forma_core::Value<f64>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        props.set(3, target_sla_minutes.into().into_expr());
        props.set(4, type_.into_enum_expr());
        Self { props }
    }
    /// The field Id for the SLA.
    ///
    /// Allowed: length 1 to 500.
    pub fn field_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The target field values for the SLA.
    pub fn target_field_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SlaTargetFieldValue>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AssignSlaActionCaseSlaConfiguration>
    for ::forma_core::Value<AssignSlaActionCaseSlaConfiguration>
{
    fn from(v: AssignSlaActionCaseSlaConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSIGN_SLA_ACTION_CASE_SLA_CONFIGURATION_TYPE.properties))
    }
}

/// The `Field` property type of `AWS::Connect::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    props: ::forma_core::schema::Props,
}
impl Field {
    /// A new value with its required properties: `Id`, `Value`.
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<FieldValue>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Field> for ::forma_core::Value<Field> {
    fn from(v: Field) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIELD_TYPE.properties))
    }
}

/// The `NotificationContent` property type of `AWS::Connect::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationContent {
    props: ::forma_core::schema::Props,
}
impl NotificationContent {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Localized notification content.
    ///
    /// Allowed: length 0 to 3000.
    pub fn de_de(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Localized notification content.
    ///
    /// Allowed: length 0 to 3000.
    pub fn en_us(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Localized notification content.
    ///
    /// Allowed: length 0 to 3000.
    pub fn es_es(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Localized notification content.
    ///
    /// Allowed: length 0 to 3000.
    pub fn fr_fr(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Localized notification content.
    ///
    /// Allowed: length 0 to 3000.
    pub fn id_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Localized notification content.
    ///
    /// Allowed: length 0 to 3000.
    pub fn it_it(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Localized notification content.
    ///
    /// Allowed: length 0 to 3000.
    pub fn ja_jp(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Localized notification content.
    ///
    /// Allowed: length 0 to 3000.
    pub fn ko_kr(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Localized notification content.
    ///
    /// Allowed: length 0 to 3000.
    pub fn pt_br(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Localized notification content.
    ///
    /// Allowed: length 0 to 3000.
    pub fn zh_cn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// Localized notification content.
    ///
    /// Allowed: length 0 to 3000.
    pub fn zh_tw(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NotificationContent {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NotificationContent> for ::forma_core::Value<NotificationContent> {
    fn from(v: NotificationContent) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOTIFICATION_CONTENT_TYPE.properties))
    }
}

/// The `InAppNotificationRecipientType` property type of `AWS::Connect::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct InAppNotificationRecipientType {
    props: ::forma_core::schema::Props,
}
impl InAppNotificationRecipientType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The list of recipients by user arns.
    pub fn user_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The collection of recipients who are identified by user tags
    pub fn user_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InAppNotificationRecipientType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InAppNotificationRecipientType> for ::forma_core::Value<InAppNotificationRecipientType> {
    fn from(v: InAppNotificationRecipientType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IN_APP_NOTIFICATION_RECIPIENT_TYPE_TYPE.properties))
    }
}

/// The type of notification recipient.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationRecipientType {
    props: ::forma_core::schema::Props,
}
impl NotificationRecipientType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) of the user account.
    pub fn user_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The tags used to organize, track, or control access for this resource.
    pub fn user_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NotificationRecipientType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NotificationRecipientType> for ::forma_core::Value<NotificationRecipientType> {
    fn from(v: NotificationRecipientType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOTIFICATION_RECIPIENT_TYPE_TYPE.properties))
    }
}

/// The `SlaTargetFieldValue` property type of `AWS::Connect::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct SlaTargetFieldValue {
    props: ::forma_core::schema::Props,
}
impl SlaTargetFieldValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `StringValue`.
    pub fn string_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SlaTargetFieldValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SlaTargetFieldValue> for ::forma_core::Value<SlaTargetFieldValue> {
    fn from(v: SlaTargetFieldValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLA_TARGET_FIELD_VALUE_TYPE.properties))
    }
}

/// Object for case field values.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldValue {
    props: ::forma_core::schema::Props,
}
impl FieldValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BooleanValue`.
    pub fn boolean_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DoubleValue`.
    pub fn double_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `EmptyValue`.
    pub fn empty_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `StringValue`.
    pub fn string_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FieldValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FieldValue> for ::forma_core::Value<FieldValue> {
    fn from(v: FieldValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIELD_VALUE_TYPE.properties))
    }
}

/// The schema of `AWS::Connect::Rule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::Rule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Function",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InstanceArn",
            required: true,
            create_only: true,
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
                pattern: Some("^[a-zA-Z0-9._-]{1,200}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PublishStatus",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DRAFT", "PUBLISHED"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TriggerEventSource",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&RULE_TRIGGER_EVENT_SOURCE_TYPE),
        },
    ],
    rules: &[],
    attributes: &["RuleArn"],
};

static ACTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Rule.Actions",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssignContactCategoryActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Json,
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "AssignSlaActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ASSIGN_SLA_ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "CreateCaseActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CREATE_CASE_ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EndAssociatedTasksActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Json,
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EventBridgeActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EVENT_BRIDGE_ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SendInAppNotificationActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SEND_IN_APP_NOTIFICATION_ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SendNotificationActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SEND_NOTIFICATION_ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubmitAutoEvaluationActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SUBMIT_AUTO_EVALUATION_ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TaskActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TASK_ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "UpdateCaseActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&UPDATE_CASE_ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Rule.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z+-=._:/]+$"),
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

static RULE_TRIGGER_EVENT_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Connect::Rule.RuleTriggerEventSource",
properties: &[
::forma_core::schema::Property { name: "EventSourceName", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["OnEmailAnalysisAvailable", "OnContactEvaluationSubmit", "OnPostCallAnalysisAvailable", "OnRealTimeCallAnalysisAvailable", "OnRealTimeChatAnalysisAvailable", "OnPostChatAnalysisAvailable", "OnZendeskTicketCreate", "OnZendeskTicketStatusUpdate", "OnSalesforceCaseCreate", "OnMetricDataUpdate", "OnCaseCreate", "OnCaseUpdate", "OnSlaBreach", "OnSchedulePublish", "OnScheduleUpdate", "OnScheduleTimeOffRequestActivity"]) },
::forma_core::schema::Property { name: "IntegrationAssociationArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^$|arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/integration-association/[-a-zA-Z0-9]*$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static ASSIGN_SLA_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Rule.AssignSlaAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "CaseSlaConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ASSIGN_SLA_ACTION_CASE_SLA_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SlaAssignmentType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CASES"]),
        },
    ],
    rules: &[],
};

static CREATE_CASE_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Rule.CreateCaseAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "Fields",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FIELD_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TemplateId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(500),
            }),
        },
    ],
    rules: &[],
};

static EVENT_BRIDGE_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Rule.EventBridgeAction",
    properties: &[::forma_core::schema::Property {
        name: "Name",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[a-zA-Z0-9._-]{1,100}$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static SEND_IN_APP_NOTIFICATION_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Rule.SendInAppNotificationAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "Content",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NOTIFICATION_CONTENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Exclusion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IN_APP_NOTIFICATION_RECIPIENT_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HIGH", "LOW"]),
        },
        ::forma_core::schema::Property {
            name: "Recipient",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IN_APP_NOTIFICATION_RECIPIENT_TYPE_TYPE),
        },
    ],
    rules: &[],
};

static SEND_NOTIFICATION_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Rule.SendNotificationAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "Content",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ContentType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PLAIN_TEXT"]),
        },
        ::forma_core::schema::Property {
            name: "DeliveryMethod",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EMAIL"]),
        },
        ::forma_core::schema::Property {
            name: "Exclusion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NOTIFICATION_RECIPIENT_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Recipient",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NOTIFICATION_RECIPIENT_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Subject",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
    ],
    rules: &[],
};

static SUBMIT_AUTO_EVALUATION_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Connect::Rule.SubmitAutoEvaluationAction",
properties: &[
::forma_core::schema::Property { name: "EvaluationFormArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^$|arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/evaluation-form/[-a-zA-Z0-9]*$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static TASK_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Connect::Rule.TaskAction",
properties: &[
::forma_core::schema::Property { name: "ContactFlowArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^$|arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/contact-flow/[-a-zA-Z0-9]*$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(4096) }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(512) }) },
::forma_core::schema::Property { name: "References", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
],
rules: &[],
};

static UPDATE_CASE_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Rule.UpdateCaseAction",
    properties: &[::forma_core::schema::Property {
        name: "Fields",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&FIELD_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
        ),
    }],
    rules: &[],
};

static ASSIGN_SLA_ACTION_CASE_SLA_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::Rule.AssignSlaActionCaseSlaConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "FieldId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(500),
                }),
            },
            ::forma_core::schema::Property {
                name: "Name",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(500),
                }),
            },
            ::forma_core::schema::Property {
                name: "TargetFieldValues",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&SLA_TARGET_FIELD_VALUE_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: Some(1) },
                ),
            },
            ::forma_core::schema::Property {
                name: "TargetSlaMinutes",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(1051200.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "Type",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["CaseField"]),
            },
        ],
        rules: &[],
    };

static FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Rule.Field",
    properties: &[
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIELD_VALUE_TYPE),
        },
    ],
    rules: &[],
};

static NOTIFICATION_CONTENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Rule.NotificationContent",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeDE",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(3000),
            }),
        },
        ::forma_core::schema::Property {
            name: "EnUS",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(3000),
            }),
        },
        ::forma_core::schema::Property {
            name: "EsES",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(3000),
            }),
        },
        ::forma_core::schema::Property {
            name: "FrFR",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(3000),
            }),
        },
        ::forma_core::schema::Property {
            name: "IdID",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(3000),
            }),
        },
        ::forma_core::schema::Property {
            name: "ItIT",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(3000),
            }),
        },
        ::forma_core::schema::Property {
            name: "JaJP",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(3000),
            }),
        },
        ::forma_core::schema::Property {
            name: "KoKR",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(3000),
            }),
        },
        ::forma_core::schema::Property {
            name: "PtBR",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(3000),
            }),
        },
        ::forma_core::schema::Property {
            name: "ZhCN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(3000),
            }),
        },
        ::forma_core::schema::Property {
            name: "ZhTW",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(3000),
            }),
        },
    ],
    rules: &[],
};

static IN_APP_NOTIFICATION_RECIPIENT_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Connect::Rule.InAppNotificationRecipientType",
properties: &[
::forma_core::schema::Property { name: "UserArns", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^$|arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/agent/[-a-zA-Z0-9]*$|^\\$\\..+$"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) }) },
::forma_core::schema::Property { name: "UserTags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
],
rules: &[],
};

static NOTIFICATION_RECIPIENT_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Connect::Rule.NotificationRecipientType",
properties: &[
::forma_core::schema::Property { name: "UserArns", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^$|arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/agent/[-a-zA-Z0-9]*$|^\\$\\..+$"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) }) },
::forma_core::schema::Property { name: "UserTags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
],
rules: &[],
};

static SLA_TARGET_FIELD_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Rule.SlaTargetFieldValue",
    properties: &[::forma_core::schema::Property {
        name: "StringValue",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static FIELD_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Rule.FieldValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "BooleanValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
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
            name: "EmptyValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "StringValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
