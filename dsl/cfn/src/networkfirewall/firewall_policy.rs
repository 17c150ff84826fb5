// @generated from AWS::NetworkFirewall::FirewallPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NetworkFirewall::FirewallPolicy` and its property types.

/// Resource type definition for AWS::NetworkFirewall::FirewallPolicy
///
/// CloudFormation type `AWS::NetworkFirewall::FirewallPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct FirewallPolicy {
    props: ::forma_core::schema::Props,
}
impl FirewallPolicy {
    /// A new resource with its required properties: `FirewallPolicy`, `FirewallPolicyName`.
    #[track_caller]
    pub fn new(
        firewall_policy: impl ::std::convert::Into<::forma_core::Value<FirewallPolicyProperty>>,
        firewall_policy_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, firewall_policy.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, firewall_policy_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 1 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for FirewallPolicy {
    type Attributes = FirewallPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::NetworkFirewall::FirewallPolicy"
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
/// The attributes of a `AWS::NetworkFirewall::FirewallPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FirewallPolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FirewallPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FirewallPolicyAttributes {
    /// `Fn::GetAtt` `FirewallPolicyArn`.
    pub fn firewall_policy_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FirewallPolicyArn")
    }
    /// `Fn::GetAtt` `FirewallPolicyId`.
    pub fn firewall_policy_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FirewallPolicyId")
    }
}

/// The `FirewallPolicy` property type of `AWS::NetworkFirewall::FirewallPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct FirewallPolicyProperty {
    props: ::forma_core::schema::Props,
}
impl FirewallPolicyProperty {
    /// A new value with its required properties: `StatelessDefaultActions`, `StatelessFragmentDefaultActions`.
    pub fn new(
        stateless_default_actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        stateless_fragment_default_actions: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<::std::string::String>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(6, stateless_default_actions.into().into_expr());
        props.set(7, stateless_fragment_default_actions.into().into_expr());
        Self { props }
    }
    /// `EnableTLSSessionHolding`.
    pub fn enable_tls_session_holding(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PolicyVariables`.
    pub fn policy_variables(mut self, value: impl ::std::convert::Into<::forma_core::Value<PolicyVariables>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `StatefulDefaultActions`.
    pub fn stateful_default_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `StatefulEngineOptions`.
    pub fn stateful_engine_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StatefulEngineOptions>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `StatefulRuleGroupReferences`.
    pub fn stateful_rule_group_references(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StatefulRuleGroupReference>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `StatelessCustomActions`.
    pub fn stateless_custom_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomAction>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `StatelessRuleGroupReferences`.
    pub fn stateless_rule_group_references(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StatelessRuleGroupReference>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// A resource ARN.
    ///
    /// Allowed: length 1 to 256.
    pub fn tls_inspection_configuration_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FirewallPolicyProperty> for ::forma_core::Value<FirewallPolicyProperty> {
    fn from(v: FirewallPolicyProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIREWALL_POLICY_PROPERTY_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::NetworkFirewall::FirewallPolicy`.
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

/// The `PolicyVariables` property type of `AWS::NetworkFirewall::FirewallPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyVariables {
    props: ::forma_core::schema::Props,
}
impl PolicyVariables {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `RuleVariables`.
    pub fn rule_variables(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PolicyVariables {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PolicyVariables> for ::forma_core::Value<PolicyVariables> {
    fn from(v: PolicyVariables) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POLICY_VARIABLES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DEFAULT_ACTION_ORDER`, `STRICT_ORDER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RuleOrder {
    /// `DEFAULT_ACTION_ORDER`
    DefaultActionOrder,
    /// `STRICT_ORDER`
    StrictOrder,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RuleOrder {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DefaultActionOrder => "DEFAULT_ACTION_ORDER",
            Self::StrictOrder => "STRICT_ORDER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEFAULT_ACTION_ORDER", "STRICT_ORDER"]
    }
}
impl ::std::convert::From<RuleOrder> for ::forma_core::Value<RuleOrder> {
    fn from(v: RuleOrder) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RuleOrder {}

/// The values CloudFormation documents: `DROP`, `CONTINUE`, `REJECT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StreamExceptionPolicy {
    /// `DROP`
    Drop,
    /// `CONTINUE`
    Continue,
    /// `REJECT`
    Reject,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StreamExceptionPolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Drop => "DROP",
            Self::Continue => "CONTINUE",
            Self::Reject => "REJECT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DROP", "CONTINUE", "REJECT"]
    }
}
impl ::std::convert::From<StreamExceptionPolicy> for ::forma_core::Value<StreamExceptionPolicy> {
    fn from(v: StreamExceptionPolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StreamExceptionPolicy {}

/// The `StatefulEngineOptions` property type of `AWS::NetworkFirewall::FirewallPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct StatefulEngineOptions {
    props: ::forma_core::schema::Props,
}
impl StatefulEngineOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FlowTimeouts`.
    pub fn flow_timeouts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StatefulEngineOptionsFlowTimeouts>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `RuleOrder`.
    pub fn rule_order(mut self, value: impl ::forma_core::schema::EnumArg<RuleOrder>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `StreamExceptionPolicy`.
    pub fn stream_exception_policy(mut self, value: impl ::forma_core::schema::EnumArg<StreamExceptionPolicy>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for StatefulEngineOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StatefulEngineOptions> for ::forma_core::Value<StatefulEngineOptions> {
    fn from(v: StatefulEngineOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STATEFUL_ENGINE_OPTIONS_TYPE.properties))
    }
}

/// The `StatefulRuleGroupReference` property type of `AWS::NetworkFirewall::FirewallPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct StatefulRuleGroupReference {
    props: ::forma_core::schema::Props,
}
impl StatefulRuleGroupReference {
    /// A new value with its required properties: `ResourceArn`.
    pub fn new(resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, resource_arn.into().into_expr());
        Self { props }
    }
    /// `DeepThreatInspection`.
    pub fn deep_threat_inspection(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Override`.
    pub fn override_(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StatefulRuleGroupOverride>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Priority`.
    ///
    /// Allowed: 1 to 65535.
    pub fn priority(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StatefulRuleGroupReference> for ::forma_core::Value<StatefulRuleGroupReference> {
    fn from(v: StatefulRuleGroupReference) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STATEFUL_RULE_GROUP_REFERENCE_TYPE.properties))
    }
}

/// The `CustomAction` property type of `AWS::NetworkFirewall::FirewallPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomAction {
    props: ::forma_core::schema::Props,
}
impl CustomAction {
    /// A new value with its required properties: `ActionDefinition`, `ActionName`.
    pub fn new(
        action_definition: impl ::std::convert::Into<::forma_core::Value<ActionDefinition>>,
        action_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action_definition.into().into_expr());
        props.set(1, action_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomAction> for ::forma_core::Value<CustomAction> {
    fn from(v: CustomAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_ACTION_TYPE.properties))
    }
}

/// The `StatelessRuleGroupReference` property type of `AWS::NetworkFirewall::FirewallPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct StatelessRuleGroupReference {
    props: ::forma_core::schema::Props,
}
impl StatelessRuleGroupReference {
    /// A new value with its required properties: `Priority`, `ResourceArn`.
    pub fn new(
        priority: impl ::std::convert::Into<::forma_core::Value<i64>>,
        resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, priority.into().into_expr());
        props.set(1, resource_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<StatelessRuleGroupReference> for ::forma_core::Value<StatelessRuleGroupReference> {
    fn from(v: StatelessRuleGroupReference) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STATELESS_RULE_GROUP_REFERENCE_TYPE.properties))
    }
}

/// The `IPSet` property type of `AWS::NetworkFirewall::FirewallPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct IpSet {
    props: ::forma_core::schema::Props,
}
impl IpSet {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Definition`.
    pub fn definition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IpSet {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IpSet> for ::forma_core::Value<IpSet> {
    fn from(v: IpSet) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IP_SET_TYPE.properties))
    }
}

/// The `StatefulEngineOptionsFlowTimeouts` property type of `AWS::NetworkFirewall::FirewallPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct StatefulEngineOptionsFlowTimeouts {
    props: ::forma_core::schema::Props,
}
impl StatefulEngineOptionsFlowTimeouts {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `TcpIdleTimeoutSeconds`.
    ///
    /// Allowed: 60 to 6000.
    pub fn tcp_idle_timeout_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StatefulEngineOptionsFlowTimeouts {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StatefulEngineOptionsFlowTimeouts>
    for ::forma_core::Value<StatefulEngineOptionsFlowTimeouts>
{
    fn from(v: StatefulEngineOptionsFlowTimeouts) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STATEFUL_ENGINE_OPTIONS_FLOW_TIMEOUTS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DROP_TO_ALERT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OverrideAction {
    /// `DROP_TO_ALERT`
    DropToAlert,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OverrideAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DropToAlert => "DROP_TO_ALERT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DROP_TO_ALERT"]
    }
}
impl ::std::convert::From<OverrideAction> for ::forma_core::Value<OverrideAction> {
    fn from(v: OverrideAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OverrideAction {}

/// The `StatefulRuleGroupOverride` property type of `AWS::NetworkFirewall::FirewallPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct StatefulRuleGroupOverride {
    props: ::forma_core::schema::Props,
}
impl StatefulRuleGroupOverride {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Action`.
    pub fn action(mut self, value: impl ::forma_core::schema::EnumArg<OverrideAction>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for StatefulRuleGroupOverride {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StatefulRuleGroupOverride> for ::forma_core::Value<StatefulRuleGroupOverride> {
    fn from(v: StatefulRuleGroupOverride) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STATEFUL_RULE_GROUP_OVERRIDE_TYPE.properties))
    }
}

/// The `ActionDefinition` property type of `AWS::NetworkFirewall::FirewallPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionDefinition {
    props: ::forma_core::schema::Props,
}
impl ActionDefinition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PublishMetricAction`.
    pub fn publish_metric_action(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PublishMetricAction>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ActionDefinition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ActionDefinition> for ::forma_core::Value<ActionDefinition> {
    fn from(v: ActionDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_DEFINITION_TYPE.properties))
    }
}

/// The `PublishMetricAction` property type of `AWS::NetworkFirewall::FirewallPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct PublishMetricAction {
    props: ::forma_core::schema::Props,
}
impl PublishMetricAction {
    /// A new value with its required properties: `Dimensions`.
    pub fn new(dimensions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Dimension>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dimensions.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PublishMetricAction> for ::forma_core::Value<PublishMetricAction> {
    fn from(v: PublishMetricAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PUBLISH_METRIC_ACTION_TYPE.properties))
    }
}

/// The `Dimension` property type of `AWS::NetworkFirewall::FirewallPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dimension {
    props: ::forma_core::schema::Props,
}
impl Dimension {
    /// A new value with its required properties: `Value`.
    pub fn new(value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Dimension> for ::forma_core::Value<Dimension> {
    fn from(v: Dimension) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DIMENSION_TYPE.properties))
    }
}

/// The schema of `AWS::NetworkFirewall::FirewallPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::NetworkFirewall::FirewallPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "FirewallPolicy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIREWALL_POLICY_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FirewallPolicyName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["FirewallPolicyArn", "FirewallPolicyId"],
};

static FIREWALL_POLICY_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::FirewallPolicy.FirewallPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnableTLSSessionHolding",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PolicyVariables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&POLICY_VARIABLES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StatefulDefaultActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StatefulEngineOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STATEFUL_ENGINE_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StatefulRuleGroupReferences",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STATEFUL_RULE_GROUP_REFERENCE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StatelessCustomActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CUSTOM_ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StatelessDefaultActions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StatelessFragmentDefaultActions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StatelessRuleGroupReferences",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STATELESS_RULE_GROUP_REFERENCE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TLSInspectionConfigurationArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(arn:aws.*)$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::FirewallPolicy.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static POLICY_VARIABLES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::FirewallPolicy.PolicyVariables",
    properties: &[::forma_core::schema::Property {
        name: "RuleVariables",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&IP_SET_TYPE)),
    }],
    rules: &[],
};

static STATEFUL_ENGINE_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::FirewallPolicy.StatefulEngineOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "FlowTimeouts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STATEFUL_ENGINE_OPTIONS_FLOW_TIMEOUTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RuleOrder",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DEFAULT_ACTION_ORDER", "STRICT_ORDER"]),
        },
        ::forma_core::schema::Property {
            name: "StreamExceptionPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DROP", "CONTINUE", "REJECT"]),
        },
    ],
    rules: &[],
};

static STATEFUL_RULE_GROUP_REFERENCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::FirewallPolicy.StatefulRuleGroupReference",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeepThreatInspection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Override",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STATEFUL_RULE_GROUP_OVERRIDE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(arn:aws.*)$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static CUSTOM_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::FirewallPolicy.CustomAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActionDefinition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACTION_DEFINITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ActionName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static STATELESS_RULE_GROUP_REFERENCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::FirewallPolicy.StatelessRuleGroupReference",
    properties: &[
        ::forma_core::schema::Property {
            name: "Priority",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(arn:aws.*)$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static IP_SET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::FirewallPolicy.IPSet",
    properties: &[::forma_core::schema::Property {
        name: "Definition",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: Some(1),
                max_length: None,
            }),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static STATEFUL_ENGINE_OPTIONS_FLOW_TIMEOUTS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::NetworkFirewall::FirewallPolicy.StatefulEngineOptionsFlowTimeouts",
        properties: &[::forma_core::schema::Property {
            name: "TcpIdleTimeoutSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(6000.0),
            }),
        }],
        rules: &[],
    };

static STATEFUL_RULE_GROUP_OVERRIDE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::FirewallPolicy.StatefulRuleGroupOverride",
    properties: &[::forma_core::schema::Property {
        name: "Action",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["DROP_TO_ALERT"]),
    }],
    rules: &[],
};

static ACTION_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::FirewallPolicy.ActionDefinition",
    properties: &[::forma_core::schema::Property {
        name: "PublishMetricAction",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&PUBLISH_METRIC_ACTION_TYPE),
    }],
    rules: &[],
};

static PUBLISH_METRIC_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::FirewallPolicy.PublishMetricAction",
    properties: &[::forma_core::schema::Property {
        name: "Dimensions",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&DIMENSION_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
        ),
    }],
    rules: &[],
};

static DIMENSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::FirewallPolicy.Dimension",
    properties: &[::forma_core::schema::Property {
        name: "Value",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[a-zA-Z0-9-_ ]+$"),
            min_length: Some(1),
            max_length: Some(128),
        }),
    }],
    rules: &[],
};
