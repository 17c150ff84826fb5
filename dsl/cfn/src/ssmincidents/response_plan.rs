// @generated from AWS::SSMIncidents::ResponsePlan (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SSMIncidents::ResponsePlan` and its property types.

/// Resource type definition for AWS::SSMIncidents::ResponsePlan
///
/// CloudFormation type `AWS::SSMIncidents::ResponsePlan`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponsePlan {
    props: ::forma_core::schema::Props,
}
impl ResponsePlan {
    /// A new resource with its required properties: `IncidentTemplate`, `Name`.
    #[track_caller]
    pub fn new(
        incident_template: impl ::std::convert::Into<::forma_core::Value<IncidentTemplate>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, incident_template.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The list of actions.
    #[track_caller]
    pub fn actions(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Action>>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The chat channel configuration.
    #[track_caller]
    pub fn chat_channel(mut self, value: impl ::std::convert::Into<::forma_core::Value<ChatChannel>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The display name of the response plan.
    ///
    /// Allowed: length 1 to 200.
    #[track_caller]
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of engagements to use.
    #[track_caller]
    pub fn engagements(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of integrations.
    #[track_caller]
    pub fn integrations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Integration>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags to apply to the response plan.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ResponsePlan {
    type Attributes = ResponsePlanAttributes;
    fn type_name(&self) -> &str {
        "AWS::SSMIncidents::ResponsePlan"
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
/// The attributes of a `AWS::SSMIncidents::ResponsePlan` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ResponsePlanAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ResponsePlanAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ResponsePlanAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The automation configuration to launch.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    props: ::forma_core::schema::Props,
}
impl Action {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The configuration to use when starting the SSM automation document.
    pub fn ssm_automation(mut self, value: impl ::std::convert::Into<::forma_core::Value<SsmAutomation>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Action {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_TYPE.properties))
    }
}

/// The chat channel configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatChannel {
    props: ::forma_core::schema::Props,
}
impl ChatChannel {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ChatbotSns`.
    pub fn chatbot_sns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ChatChannel {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ChatChannel> for ::forma_core::Value<ChatChannel> {
    fn from(v: ChatChannel) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CHAT_CHANNEL_TYPE.properties))
    }
}

/// The incident template configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct IncidentTemplate {
    props: ::forma_core::schema::Props,
}
impl IncidentTemplate {
    /// A new value with its required properties: `Impact`, `Title`.
    pub fn new(
        impact: impl ::std::convert::Into<::forma_core::Value<i64>>,
        title: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, impact.into().into_expr());
        props.set(5, title.into().into_expr());
        Self { props }
    }
    /// The deduplication string.
    ///
    /// Allowed: length 1 to 1000.
    pub fn dedupe_string(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Tags that get applied to incidents created by the StartIncident API action.
    pub fn incident_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The list of notification targets.
    pub fn notification_targets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NotificationTargetItem>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The summary string.
    ///
    /// Allowed: length 1 to 4000.
    pub fn summary(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IncidentTemplate> for ::forma_core::Value<IncidentTemplate> {
    fn from(v: IncidentTemplate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INCIDENT_TEMPLATE_TYPE.properties))
    }
}

/// The `Integration` property type of `AWS::SSMIncidents::ResponsePlan`.
#[derive(Debug, Clone, PartialEq)]
pub struct Integration {
    props: ::forma_core::schema::Props,
}
impl Integration {
    /// A new value with its required properties: `PagerDutyConfiguration`.
    pub fn new(
        pager_duty_configuration: impl ::std::convert::Into<::forma_core::Value<PagerDutyConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, pager_duty_configuration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Integration> for ::forma_core::Value<Integration> {
    fn from(v: Integration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTEGRATION_TYPE.properties))
    }
}

/// A key-value pair to tag a resource.
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

/// The values CloudFormation documents: `IMPACTED_ACCOUNT`, `RESPONSE_PLAN_OWNER_ACCOUNT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetAccount {
    /// `IMPACTED_ACCOUNT`
    ImpactedAccount,
    /// `RESPONSE_PLAN_OWNER_ACCOUNT`
    ResponsePlanOwnerAccount,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TargetAccount {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ImpactedAccount => "IMPACTED_ACCOUNT",
            Self::ResponsePlanOwnerAccount => "RESPONSE_PLAN_OWNER_ACCOUNT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IMPACTED_ACCOUNT", "RESPONSE_PLAN_OWNER_ACCOUNT"]
    }
}
impl ::std::convert::From<TargetAccount> for ::forma_core::Value<TargetAccount> {
    fn from(v: TargetAccount) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TargetAccount {}

/// The configuration to use when starting the SSM automation document.
#[derive(Debug, Clone, PartialEq)]
pub struct SsmAutomation {
    props: ::forma_core::schema::Props,
}
impl SsmAutomation {
    /// A new value with its required properties: `DocumentName`, `RoleArn`.
    pub fn new(
        document_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, document_name.into().into_expr());
        props.set(4, role_arn.into().into_expr());
        Self { props }
    }
    /// The version of the document to use when starting the SSM automation document.
    ///
    /// Allowed: length 0 to 128.
    pub fn document_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The parameters with dynamic values to set when starting the SSM automation document.
    pub fn dynamic_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DynamicSsmParameter>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The parameters to set when starting the SSM automation document.
    pub fn parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SsmParameter>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The account type to use when starting the SSM automation document.
    pub fn target_account(mut self, value: impl ::forma_core::schema::EnumArg<TargetAccount>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<SsmAutomation> for ::forma_core::Value<SsmAutomation> {
    fn from(v: SsmAutomation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SSM_AUTOMATION_TYPE.properties))
    }
}

/// A notification target.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationTargetItem {
    props: ::forma_core::schema::Props,
}
impl NotificationTargetItem {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the Chatbot SNS topic.
    ///
    /// Allowed: length 0 to 1000.
    pub fn sns_topic_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NotificationTargetItem {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NotificationTargetItem> for ::forma_core::Value<NotificationTargetItem> {
    fn from(v: NotificationTargetItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOTIFICATION_TARGET_ITEM_TYPE.properties))
    }
}

/// The pagerDuty configuration to use when starting the incident.
#[derive(Debug, Clone, PartialEq)]
pub struct PagerDutyConfiguration {
    props: ::forma_core::schema::Props,
}
impl PagerDutyConfiguration {
    /// A new value with its required properties: `Name`, `PagerDutyIncidentConfiguration`, `SecretId`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        pager_duty_incident_configuration: impl ::std::convert::Into<::forma_core::Value<PagerDutyIncidentConfiguration>>,
        secret_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, pager_duty_incident_configuration.into().into_expr());
        props.set(2, secret_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PagerDutyConfiguration> for ::forma_core::Value<PagerDutyConfiguration> {
    fn from(v: PagerDutyConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PAGER_DUTY_CONFIGURATION_TYPE.properties))
    }
}

/// A parameter with a dynamic value to set when starting the SSM automation document.
#[derive(Debug, Clone, PartialEq)]
pub struct DynamicSsmParameter {
    props: ::forma_core::schema::Props,
}
impl DynamicSsmParameter {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<DynamicSsmParameterValue>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DynamicSsmParameter> for ::forma_core::Value<DynamicSsmParameter> {
    fn from(v: DynamicSsmParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DYNAMIC_SSM_PARAMETER_TYPE.properties))
    }
}

/// A parameter to set when starting the SSM automation document.
#[derive(Debug, Clone, PartialEq)]
pub struct SsmParameter {
    props: ::forma_core::schema::Props,
}
impl SsmParameter {
    /// A new value with its required properties: `Key`, `Values`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, values.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SsmParameter> for ::forma_core::Value<SsmParameter> {
    fn from(v: SsmParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SSM_PARAMETER_TYPE.properties))
    }
}

/// The pagerDuty incident configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct PagerDutyIncidentConfiguration {
    props: ::forma_core::schema::Props,
}
impl PagerDutyIncidentConfiguration {
    /// A new value with its required properties: `ServiceId`.
    pub fn new(service_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, service_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PagerDutyIncidentConfiguration> for ::forma_core::Value<PagerDutyIncidentConfiguration> {
    fn from(v: PagerDutyIncidentConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PAGER_DUTY_INCIDENT_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `INCIDENT_RECORD_ARN`, `INVOLVED_RESOURCES`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VariableType {
    /// `INCIDENT_RECORD_ARN`
    IncidentRecordArn,
    /// `INVOLVED_RESOURCES`
    InvolvedResources,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VariableType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IncidentRecordArn => "INCIDENT_RECORD_ARN",
            Self::InvolvedResources => "INVOLVED_RESOURCES",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INCIDENT_RECORD_ARN", "INVOLVED_RESOURCES"]
    }
}
impl ::std::convert::From<VariableType> for ::forma_core::Value<VariableType> {
    fn from(v: VariableType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VariableType {}

/// Value of the dynamic parameter to set when starting the SSM automation document.
#[derive(Debug, Clone, PartialEq)]
pub struct DynamicSsmParameterValue {
    props: ::forma_core::schema::Props,
}
impl DynamicSsmParameterValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The variable types used as dynamic parameter value when starting the SSM automation document.
    pub fn variable(mut self, value: impl ::forma_core::schema::EnumArg<VariableType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for DynamicSsmParameterValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DynamicSsmParameterValue> for ::forma_core::Value<DynamicSsmParameterValue> {
    fn from(v: DynamicSsmParameterValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DYNAMIC_SSM_PARAMETER_VALUE_TYPE.properties))
    }
}

/// The schema of `AWS::SSMIncidents::ResponsePlan`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SSMIncidents::ResponsePlan",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ChatChannel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CHAT_CHANNEL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "Engagements",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:aws(-(cn|us-gov))?:ssm-contacts:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$"),
                    min_length: None,
                    max_length: Some(1000),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "IncidentTemplate",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INCIDENT_TEMPLATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Integrations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INTEGRATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]*$"),
                min_length: Some(1),
                max_length: Some(200),
            }),
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
    ],
    rules: &[],
    attributes: &["Arn"],
};

static ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMIncidents::ResponsePlan.Action",
    properties: &[::forma_core::schema::Property {
        name: "SsmAutomation",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SSM_AUTOMATION_TYPE),
    }],
    rules: &[],
};

static CHAT_CHANNEL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMIncidents::ResponsePlan.ChatChannel",
    properties: &[::forma_core::schema::Property {
        name: "ChatbotSns",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-(cn|us-gov))?:sns:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$"),
                min_length: None,
                max_length: Some(1000),
            }),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static INCIDENT_TEMPLATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMIncidents::ResponsePlan.IncidentTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "DedupeString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Impact",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(5.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "IncidentTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NotificationTargets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NOTIFICATION_TARGET_ITEM_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Summary",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Title",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(200),
            }),
        },
    ],
    rules: &[],
};

static INTEGRATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMIncidents::ResponsePlan.Integration",
    properties: &[::forma_core::schema::Property {
        name: "PagerDutyConfiguration",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&PAGER_DUTY_CONFIGURATION_TYPE),
    }],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["PagerDutyConfiguration"]])],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMIncidents::ResponsePlan.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static SSM_AUTOMATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMIncidents::ResponsePlan.SsmAutomation",
    properties: &[
        ::forma_core::schema::Property {
            name: "DocumentName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "DocumentVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "DynamicParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DYNAMIC_SSM_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SSM_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-(cn|us-gov))?:[a-z-]+:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$"),
                min_length: None,
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetAccount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IMPACTED_ACCOUNT", "RESPONSE_PLAN_OWNER_ACCOUNT"]),
        },
    ],
    rules: &[],
};

static NOTIFICATION_TARGET_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMIncidents::ResponsePlan.NotificationTargetItem",
    properties: &[::forma_core::schema::Property {
        name: "SnsTopicArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:aws(-(cn|us-gov))?:sns:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$"),
            min_length: None,
            max_length: Some(1000),
        }),
    }],
    rules: &[],
};

static PAGER_DUTY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMIncidents::ResponsePlan.PagerDutyConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "PagerDutyIncidentConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PAGER_DUTY_INCIDENT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SecretId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static DYNAMIC_SSM_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMIncidents::ResponsePlan.DynamicSsmParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DYNAMIC_SSM_PARAMETER_VALUE_TYPE),
        },
    ],
    rules: &[],
};

static SSM_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMIncidents::ResponsePlan.SsmParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(10000),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(10) },
            ),
        },
    ],
    rules: &[],
};

static PAGER_DUTY_INCIDENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SSMIncidents::ResponsePlan.PagerDutyIncidentConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "ServiceId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(200),
            }),
        }],
        rules: &[],
    };

static DYNAMIC_SSM_PARAMETER_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMIncidents::ResponsePlan.DynamicSsmParameterValue",
    properties: &[::forma_core::schema::Property {
        name: "Variable",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["INCIDENT_RECORD_ARN", "INVOLVED_RESOURCES"]),
    }],
    rules: &[],
};
