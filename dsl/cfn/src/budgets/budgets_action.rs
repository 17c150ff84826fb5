// @generated from AWS::Budgets::BudgetsAction (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Budgets::BudgetsAction` and its property types.

/// An example resource schema demonstrating some basic constructs and validation rules.
///
/// CloudFormation type `AWS::Budgets::BudgetsAction`.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetsAction {
    props: ::forma_core::schema::Props,
}
impl BudgetsAction {
    /// A new resource with its required properties: `ActionThreshold`, `ActionType`, `BudgetName`, `Definition`, `ExecutionRoleArn`, `NotificationType`, `Subscribers`.
    #[track_caller]
    pub fn new(
        action_threshold: impl ::std::convert::Into<::forma_core::Value<ActionThreshold>>,
        action_type: impl ::forma_core::schema::EnumArg<ActionType>,
        budget_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        definition: impl ::std::convert::Into<::forma_core::Value<Definition>>,
        execution_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        notification_type: impl ::forma_core::schema::EnumArg<NotificationType>,
        subscribers: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Subscriber>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, action_threshold.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, action_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(3, budget_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, definition.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, execution_role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, notification_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(8, subscribers.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ApprovalModel`.
    #[track_caller]
    pub fn approval_model(mut self, value: impl ::forma_core::schema::EnumArg<ApprovalModel>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResourceTags`.
    #[track_caller]
    pub fn resource_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceTag>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for BudgetsAction {
    type Attributes = BudgetsActionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Budgets::BudgetsAction"
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
/// The attributes of a `AWS::Budgets::BudgetsAction` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BudgetsActionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BudgetsActionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl BudgetsActionAttributes {
    /// `Fn::GetAtt` `ActionId`.
    pub fn action_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ActionId")
    }
}

/// The values CloudFormation documents: `APPLY_IAM_POLICY`, `APPLY_SCP_POLICY`, `RUN_SSM_DOCUMENTS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ActionType {
    /// `APPLY_IAM_POLICY`
    ApplyIamPolicy,
    /// `APPLY_SCP_POLICY`
    ApplyScpPolicy,
    /// `RUN_SSM_DOCUMENTS`
    RunSsmDocuments,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ActionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ApplyIamPolicy => "APPLY_IAM_POLICY",
            Self::ApplyScpPolicy => "APPLY_SCP_POLICY",
            Self::RunSsmDocuments => "RUN_SSM_DOCUMENTS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["APPLY_IAM_POLICY", "APPLY_SCP_POLICY", "RUN_SSM_DOCUMENTS"]
    }
}
impl ::std::convert::From<ActionType> for ::forma_core::Value<ActionType> {
    fn from(v: ActionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ActionType {}

/// The values CloudFormation documents: `AUTOMATIC`, `MANUAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApprovalModel {
    /// `AUTOMATIC`
    Automatic,
    /// `MANUAL`
    Manual,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApprovalModel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Automatic => "AUTOMATIC",
            Self::Manual => "MANUAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUTOMATIC", "MANUAL"]
    }
}
impl ::std::convert::From<ApprovalModel> for ::forma_core::Value<ApprovalModel> {
    fn from(v: ApprovalModel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApprovalModel {}

/// The values CloudFormation documents: `ACTUAL`, `FORECASTED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NotificationType {
    /// `ACTUAL`
    Actual,
    /// `FORECASTED`
    Forecasted,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NotificationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Actual => "ACTUAL",
            Self::Forecasted => "FORECASTED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ACTUAL", "FORECASTED"]
    }
}
impl ::std::convert::From<NotificationType> for ::forma_core::Value<NotificationType> {
    fn from(v: NotificationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NotificationType {}

/// The values CloudFormation documents: `PERCENTAGE`, `ABSOLUTE_VALUE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `PERCENTAGE`
    Percentage,
    /// `ABSOLUTE_VALUE`
    AbsoluteValue,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Percentage => "PERCENTAGE",
            Self::AbsoluteValue => "ABSOLUTE_VALUE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PERCENTAGE", "ABSOLUTE_VALUE"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `ActionThreshold` property type of `AWS::Budgets::BudgetsAction`.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionThreshold {
    props: ::forma_core::schema::Props,
}
impl ActionThreshold {
    /// A new value with its required properties: `Type`, `Value`.
    pub fn new(
        type_: impl ::forma_core::schema::EnumArg<Type>,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ActionThreshold> for ::forma_core::Value<ActionThreshold> {
    fn from(v: ActionThreshold) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_THRESHOLD_TYPE.properties))
    }
}

/// The `Definition` property type of `AWS::Budgets::BudgetsAction`.
#[derive(Debug, Clone, PartialEq)]
pub struct Definition {
    props: ::forma_core::schema::Props,
}
impl Definition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IamActionDefinition`.
    pub fn iam_action_definition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IamActionDefinition>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ScpActionDefinition`.
    pub fn scp_action_definition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ScpActionDefinition>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SsmActionDefinition`.
    pub fn ssm_action_definition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SsmActionDefinition>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Definition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Definition> for ::forma_core::Value<Definition> {
    fn from(v: Definition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEFINITION_TYPE.properties))
    }
}

/// The `ResourceTag` property type of `AWS::Budgets::BudgetsAction`.
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

/// The values CloudFormation documents: `SNS`, `EMAIL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SubscriberType {
    /// `SNS`
    Sns,
    /// `EMAIL`
    Email,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SubscriberType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sns => "SNS",
            Self::Email => "EMAIL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SNS", "EMAIL"]
    }
}
impl ::std::convert::From<SubscriberType> for ::forma_core::Value<SubscriberType> {
    fn from(v: SubscriberType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SubscriberType {}

/// The `Subscriber` property type of `AWS::Budgets::BudgetsAction`.
#[derive(Debug, Clone, PartialEq)]
pub struct Subscriber {
    props: ::forma_core::schema::Props,
}
impl Subscriber {
    /// A new value with its required properties: `Address`, `Type`.
    pub fn new(
        address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<SubscriberType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, address.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<Subscriber> for ::forma_core::Value<Subscriber> {
    fn from(v: Subscriber) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUBSCRIBER_TYPE.properties))
    }
}

/// The `IamActionDefinition` property type of `AWS::Budgets::BudgetsAction`.
#[derive(Debug, Clone, PartialEq)]
pub struct IamActionDefinition {
    props: ::forma_core::schema::Props,
}
impl IamActionDefinition {
    /// A new value with its required properties: `PolicyArn`.
    pub fn new(policy_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, policy_arn.into().into_expr());
        Self { props }
    }
    /// `Groups`.
    pub fn groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Roles`.
    pub fn roles(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Users`.
    pub fn users(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IamActionDefinition> for ::forma_core::Value<IamActionDefinition> {
    fn from(v: IamActionDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IAM_ACTION_DEFINITION_TYPE.properties))
    }
}

/// The `ScpActionDefinition` property type of `AWS::Budgets::BudgetsAction`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScpActionDefinition {
    props: ::forma_core::schema::Props,
}
impl ScpActionDefinition {
    /// A new value with its required properties: `PolicyId`, `TargetIds`.
    pub fn new(
        policy_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, policy_id.into().into_expr());
        props.set(1, target_ids.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ScpActionDefinition> for ::forma_core::Value<ScpActionDefinition> {
    fn from(v: ScpActionDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCP_ACTION_DEFINITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `STOP_EC2_INSTANCES`, `STOP_RDS_INSTANCES`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Subtype {
    /// `STOP_EC2_INSTANCES`
    StopEc2Instances,
    /// `STOP_RDS_INSTANCES`
    StopRdsInstances,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Subtype {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::StopEc2Instances => "STOP_EC2_INSTANCES",
            Self::StopRdsInstances => "STOP_RDS_INSTANCES",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STOP_EC2_INSTANCES", "STOP_RDS_INSTANCES"]
    }
}
impl ::std::convert::From<Subtype> for ::forma_core::Value<Subtype> {
    fn from(v: Subtype) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Subtype {}

/// The `SsmActionDefinition` property type of `AWS::Budgets::BudgetsAction`.
#[derive(Debug, Clone, PartialEq)]
pub struct SsmActionDefinition {
    props: ::forma_core::schema::Props,
}
impl SsmActionDefinition {
    /// A new value with its required properties: `InstanceIds`, `Region`, `Subtype`.
    pub fn new(
        instance_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        subtype: impl ::forma_core::schema::EnumArg<Subtype>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, instance_ids.into().into_expr());
        props.set(1, region.into().into_expr());
        props.set(2, subtype.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<SsmActionDefinition> for ::forma_core::Value<SsmActionDefinition> {
    fn from(v: SsmActionDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SSM_ACTION_DEFINITION_TYPE.properties))
    }
}

/// The schema of `AWS::Budgets::BudgetsAction`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Budgets::BudgetsAction",
properties: &[
::forma_core::schema::Property { name: "ActionThreshold", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&ACTION_THRESHOLD_TYPE) },
::forma_core::schema::Property { name: "ActionType", required: true, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["APPLY_IAM_POLICY", "APPLY_SCP_POLICY", "RUN_SSM_DOCUMENTS"]) },
::forma_core::schema::Property { name: "ApprovalModel", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["AUTOMATIC", "MANUAL"]) },
::forma_core::schema::Property { name: "BudgetName", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(?![^:\\\\]*/action/|(?i).*<script>.*</script>.*)[^:\\\\]+$"), min_length: Some(1), max_length: Some(100) }) },
::forma_core::schema::Property { name: "Definition", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&DEFINITION_TYPE) },
::forma_core::schema::Property { name: "ExecutionRoleArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-eusc|-cn|-us-gov|-iso|-iso-[a-z]{1})?:iam::\\d{12}:role(\\u002F[\\u0021-\\u007F]+\\u002F|\\u002F)[\\w+=,.@-]+$"), min_length: Some(32), max_length: Some(618) }) },
::forma_core::schema::Property { name: "NotificationType", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["ACTUAL", "FORECASTED"]) },
::forma_core::schema::Property { name: "ResourceTags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&RESOURCE_TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) }) },
::forma_core::schema::Property { name: "Subscribers", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&SUBSCRIBER_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(11) }) },
],
rules: &[],
attributes: &["ActionId"],
};

static ACTION_THRESHOLD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Budgets::BudgetsAction.ActionThreshold",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PERCENTAGE", "ABSOLUTE_VALUE"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Budgets::BudgetsAction.Definition",
    properties: &[
        ::forma_core::schema::Property {
            name: "IamActionDefinition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IAM_ACTION_DEFINITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ScpActionDefinition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCP_ACTION_DEFINITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SsmActionDefinition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SSM_ACTION_DEFINITION_TYPE),
        },
    ],
    rules: &[],
};

static RESOURCE_TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Budgets::BudgetsAction.ResourceTag",
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

static SUBSCRIBER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Budgets::BudgetsAction.Subscriber",
    properties: &[
        ::forma_core::schema::Property {
            name: "Address",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(.*[\\n\\r\\t\\f\\ ]?)*$"),
                min_length: Some(1),
                max_length: Some(2147483647),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SNS", "EMAIL"]),
        },
    ],
    rules: &[],
};

static IAM_ACTION_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Budgets::BudgetsAction.IamActionDefinition",
properties: &[
::forma_core::schema::Property { name: "Groups", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([\\u0021-\\u007F]+\\u002F)?[\\w+=,.@-]+$"), min_length: Some(1), max_length: Some(640) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) }) },
::forma_core::schema::Property { name: "PolicyArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-eusc|-cn|-us-gov|-iso|-iso-[a-z]{1})?:iam::(\\d{12}|aws):policy(\\u002F[\\u0021-\\u007F]+\\u002F|\\u002F)[\\w+=,.@-]+$"), min_length: Some(25), max_length: Some(684) }) },
::forma_core::schema::Property { name: "Roles", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([\\u0021-\\u007F]+\\u002F)?[\\w+=,.@-]+$"), min_length: Some(1), max_length: Some(576) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) }) },
::forma_core::schema::Property { name: "Users", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([\\u0021-\\u007F]+\\u002F)?[\\w+=,.@-]+$"), min_length: Some(1), max_length: Some(576) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) }) },
],
rules: &[],
};

static SCP_ACTION_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Budgets::BudgetsAction.ScpActionDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "PolicyId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^p-[0-9a-zA-Z_]{8,128}$"),
                min_length: Some(10),
                max_length: Some(130),
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$)|(\\d{12})$"),
                    min_length: Some(12),
                    max_length: Some(68),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
    ],
    rules: &[],
};

static SSM_ACTION_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Budgets::BudgetsAction.SsmActionDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstanceIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^i-(\\w{8}|\\w{17})$|^[a-zA-Z]([\\w-]{0,61}\\w)?$"),
                    min_length: Some(1),
                    max_length: Some(63),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Region",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\w{2,4}-\\w+(-\\w+)?-\\d$"),
                min_length: Some(9),
                max_length: Some(20),
            }),
        },
        ::forma_core::schema::Property {
            name: "Subtype",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STOP_EC2_INSTANCES", "STOP_RDS_INSTANCES"]),
        },
    ],
    rules: &[],
};
