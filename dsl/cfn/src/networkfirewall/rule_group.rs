// @generated from AWS::NetworkFirewall::RuleGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NetworkFirewall::RuleGroup` and its property types.

/// Resource type definition for AWS::NetworkFirewall::RuleGroup
///
/// CloudFormation type `AWS::NetworkFirewall::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleGroup {
    props: ::forma_core::schema::Props,
}
impl RuleGroup {
    /// A new resource with its required properties: `Capacity`, `RuleGroupName`, `Type`.
    #[track_caller]
    pub fn new(
        capacity: impl ::std::convert::Into<::forma_core::Value<i64>>,
        rule_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, capacity.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, rule_group_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 1 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RuleGroup`.
    #[track_caller]
    pub fn rule_group(mut self, value: impl ::std::convert::Into<::forma_core::Value<RuleGroupProperty>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SummaryConfiguration`.
    #[track_caller]
    pub fn summary_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SummaryConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RuleGroup {
    type Attributes = RuleGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::NetworkFirewall::RuleGroup"
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
/// The attributes of a `AWS::NetworkFirewall::RuleGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RuleGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RuleGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RuleGroupAttributes {
    /// `Fn::GetAtt` `RuleGroupArn`.
    pub fn rule_group_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RuleGroupArn")
    }
    /// `Fn::GetAtt` `RuleGroupId`.
    pub fn rule_group_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RuleGroupId")
    }
}

/// The values CloudFormation documents: `STATELESS`, `STATEFUL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `STATELESS`
    Stateless,
    /// `STATEFUL`
    Stateful,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stateless => "STATELESS",
            Self::Stateful => "STATEFUL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STATELESS", "STATEFUL"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `RuleGroup` property type of `AWS::NetworkFirewall::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleGroupProperty {
    props: ::forma_core::schema::Props,
}
impl RuleGroupProperty {
    /// A new value with its required properties: `RulesSource`.
    pub fn new(rules_source: impl ::std::convert::Into<::forma_core::Value<RulesSource>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, rules_source.into().into_expr());
        Self { props }
    }
    /// `ReferenceSets`.
    pub fn reference_sets(mut self, value: impl ::std::convert::Into<::forma_core::Value<ReferenceSets>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `RuleVariables`.
    pub fn rule_variables(mut self, value: impl ::std::convert::Into<::forma_core::Value<RuleVariables>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `StatefulRuleOptions`.
    pub fn stateful_rule_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StatefulRuleOptions>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RuleGroupProperty> for ::forma_core::Value<RuleGroupProperty> {
    fn from(v: RuleGroupProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_GROUP_PROPERTY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SID`, `MSG`, `METADATA`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SummaryRuleOption {
    /// `SID`
    Sid,
    /// `MSG`
    Msg,
    /// `METADATA`
    Metadata,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SummaryRuleOption {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sid => "SID",
            Self::Msg => "MSG",
            Self::Metadata => "METADATA",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SID", "MSG", "METADATA"]
    }
}
impl ::std::convert::From<SummaryRuleOption> for ::forma_core::Value<SummaryRuleOption> {
    fn from(v: SummaryRuleOption) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SummaryRuleOption {}

/// The `SummaryConfiguration` property type of `AWS::NetworkFirewall::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryConfiguration {
    props: ::forma_core::schema::Props,
}
impl SummaryConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `RuleOptions`.
    pub fn rule_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SummaryRuleOption>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SummaryConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SummaryConfiguration> for ::forma_core::Value<SummaryConfiguration> {
    fn from(v: SummaryConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUMMARY_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::NetworkFirewall::RuleGroup`.
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

/// The `ReferenceSets` property type of `AWS::NetworkFirewall::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferenceSets {
    props: ::forma_core::schema::Props,
}
impl ReferenceSets {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IPSetReferences`.
    pub fn ip_set_references(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ReferenceSets {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReferenceSets> for ::forma_core::Value<ReferenceSets> {
    fn from(v: ReferenceSets) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REFERENCE_SETS_TYPE.properties))
    }
}

/// The `RuleVariables` property type of `AWS::NetworkFirewall::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleVariables {
    props: ::forma_core::schema::Props,
}
impl RuleVariables {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IPSets`.
    pub fn ip_sets(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PortSets`.
    pub fn port_sets(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RuleVariables {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RuleVariables> for ::forma_core::Value<RuleVariables> {
    fn from(v: RuleVariables) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_VARIABLES_TYPE.properties))
    }
}

/// The `RulesSource` property type of `AWS::NetworkFirewall::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct RulesSource {
    props: ::forma_core::schema::Props,
}
impl RulesSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `RulesSourceList`.
    pub fn rules_source_list(mut self, value: impl ::std::convert::Into<::forma_core::Value<RulesSourceList>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `RulesString`.
    ///
    /// Allowed: length 0 to 1000000.
    pub fn rules_string(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `StatefulRules`.
    pub fn stateful_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StatefulRule>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `StatelessRulesAndCustomActions`.
    pub fn stateless_rules_and_custom_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StatelessRulesAndCustomActions>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RulesSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RulesSource> for ::forma_core::Value<RulesSource> {
    fn from(v: RulesSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULES_SOURCE_TYPE.properties))
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

/// The `StatefulRuleOptions` property type of `AWS::NetworkFirewall::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct StatefulRuleOptions {
    props: ::forma_core::schema::Props,
}
impl StatefulRuleOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `RuleOrder`.
    pub fn rule_order(mut self, value: impl ::forma_core::schema::EnumArg<RuleOrder>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for StatefulRuleOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StatefulRuleOptions> for ::forma_core::Value<StatefulRuleOptions> {
    fn from(v: StatefulRuleOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STATEFUL_RULE_OPTIONS_TYPE.properties))
    }
}

/// The `IPSetReference` property type of `AWS::NetworkFirewall::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct IpSetReference {
    props: ::forma_core::schema::Props,
}
impl IpSetReference {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A resource ARN.
    ///
    /// Allowed: length 1 to 256.
    pub fn reference_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IpSetReference {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IpSetReference> for ::forma_core::Value<IpSetReference> {
    fn from(v: IpSetReference) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IP_SET_REFERENCE_TYPE.properties))
    }
}

/// The `IPSet` property type of `AWS::NetworkFirewall::RuleGroup`.
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

/// The `PortSet` property type of `AWS::NetworkFirewall::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct PortSet {
    props: ::forma_core::schema::Props,
}
impl PortSet {
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
impl ::std::default::Default for PortSet {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PortSet> for ::forma_core::Value<PortSet> {
    fn from(v: PortSet) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PORT_SET_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALLOWLIST`, `DENYLIST`, `ALERTLIST`, `REJECTLIST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GeneratedRulesType {
    /// `ALLOWLIST`
    Allowlist,
    /// `DENYLIST`
    Denylist,
    /// `ALERTLIST`
    Alertlist,
    /// `REJECTLIST`
    Rejectlist,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GeneratedRulesType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allowlist => "ALLOWLIST",
            Self::Denylist => "DENYLIST",
            Self::Alertlist => "ALERTLIST",
            Self::Rejectlist => "REJECTLIST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOWLIST", "DENYLIST", "ALERTLIST", "REJECTLIST"]
    }
}
impl ::std::convert::From<GeneratedRulesType> for ::forma_core::Value<GeneratedRulesType> {
    fn from(v: GeneratedRulesType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GeneratedRulesType {}

/// The values CloudFormation documents: `TLS_SNI`, `HTTP_HOST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetType {
    /// `TLS_SNI`
    TlsSni,
    /// `HTTP_HOST`
    HttpHost,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TargetType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TlsSni => "TLS_SNI",
            Self::HttpHost => "HTTP_HOST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TLS_SNI", "HTTP_HOST"]
    }
}
impl ::std::convert::From<TargetType> for ::forma_core::Value<TargetType> {
    fn from(v: TargetType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TargetType {}

/// The `RulesSourceList` property type of `AWS::NetworkFirewall::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct RulesSourceList {
    props: ::forma_core::schema::Props,
}
impl RulesSourceList {
    /// A new value with its required properties: `GeneratedRulesType`, `TargetTypes`, `Targets`.
    pub fn new(
        generated_rules_type: impl ::forma_core::schema::EnumArg<GeneratedRulesType>,
        target_types: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TargetType>>>,
        targets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, generated_rules_type.into_enum_expr());
        props.set(1, target_types.into().into_expr());
        props.set(2, targets.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RulesSourceList> for ::forma_core::Value<RulesSourceList> {
    fn from(v: RulesSourceList) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULES_SOURCE_LIST_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PASS`, `DROP`, `ALERT`, `REJECT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Action {
    /// `PASS`
    Pass,
    /// `DROP`
    Drop,
    /// `ALERT`
    Alert,
    /// `REJECT`
    Reject,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Action {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pass => "PASS",
            Self::Drop => "DROP",
            Self::Alert => "ALERT",
            Self::Reject => "REJECT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PASS", "DROP", "ALERT", "REJECT"]
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Action {}

/// The `StatefulRule` property type of `AWS::NetworkFirewall::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct StatefulRule {
    props: ::forma_core::schema::Props,
}
impl StatefulRule {
    /// A new value with its required properties: `Action`, `Header`, `RuleOptions`.
    pub fn new(
        action: impl ::forma_core::schema::EnumArg<Action>,
        header: impl ::std::convert::Into<::forma_core::Value<Header>>,
        rule_options: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RuleOption>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into_enum_expr());
        props.set(1, header.into().into_expr());
        props.set(2, rule_options.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<StatefulRule> for ::forma_core::Value<StatefulRule> {
    fn from(v: StatefulRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STATEFUL_RULE_TYPE.properties))
    }
}

/// The `StatelessRulesAndCustomActions` property type of `AWS::NetworkFirewall::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct StatelessRulesAndCustomActions {
    props: ::forma_core::schema::Props,
}
impl StatelessRulesAndCustomActions {
    /// A new value with its required properties: `StatelessRules`.
    pub fn new(
        stateless_rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StatelessRule>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, stateless_rules.into().into_expr());
        Self { props }
    }
    /// `CustomActions`.
    pub fn custom_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomAction>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StatelessRulesAndCustomActions> for ::forma_core::Value<StatelessRulesAndCustomActions> {
    fn from(v: StatelessRulesAndCustomActions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STATELESS_RULES_AND_CUSTOM_ACTIONS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `FORWARD`, `ANY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Direction {
    /// `FORWARD`
    Forward,
    /// `ANY`
    Any,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Direction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Forward => "FORWARD",
            Self::Any => "ANY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FORWARD", "ANY"]
    }
}
impl ::std::convert::From<Direction> for ::forma_core::Value<Direction> {
    fn from(v: Direction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Direction {}

/// The values CloudFormation documents: `IP`, `TCP`, `UDP`, `ICMP`, `HTTP`, `FTP`, `TLS`, `SMB`, `DNS`, `DCERPC`, `SSH`, `SMTP`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `IP`
    Ip,
    /// `TCP`
    Tcp,
    /// `UDP`
    Udp,
    /// `ICMP`
    Icmp,
    /// `HTTP`
    Http,
    /// `FTP`
    Ftp,
    /// `TLS`
    Tls,
    /// `SMB`
    Smb,
    /// `DNS`
    Dns,
    /// `DCERPC`
    Dcerpc,
    /// `SSH`
    Ssh,
    /// `SMTP`
    Smtp,
    /// `IMAP`
    Imap,
    /// `MSN`
    Msn,
    /// `KRB5`
    Krb5,
    /// `IKEV2`
    Ikev2,
    /// `TFTP`
    Tftp,
    /// `NTP`
    Ntp,
    /// `DHCP`
    Dhcp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Protocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ip => "IP",
            Self::Tcp => "TCP",
            Self::Udp => "UDP",
            Self::Icmp => "ICMP",
            Self::Http => "HTTP",
            Self::Ftp => "FTP",
            Self::Tls => "TLS",
            Self::Smb => "SMB",
            Self::Dns => "DNS",
            Self::Dcerpc => "DCERPC",
            Self::Ssh => "SSH",
            Self::Smtp => "SMTP",
            Self::Imap => "IMAP",
            Self::Msn => "MSN",
            Self::Krb5 => "KRB5",
            Self::Ikev2 => "IKEV2",
            Self::Tftp => "TFTP",
            Self::Ntp => "NTP",
            Self::Dhcp => "DHCP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "IP", "TCP", "UDP", "ICMP", "HTTP", "FTP", "TLS", "SMB", "DNS", "DCERPC", "SSH", "SMTP", "IMAP", "MSN",
            "KRB5", "IKEV2", "TFTP", "NTP", "DHCP",
        ]
    }
}
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Protocol {}

/// The `Header` property type of `AWS::NetworkFirewall::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    props: ::forma_core::schema::Props,
}
impl Header {
    /// A new value with its required properties: `Destination`, `DestinationPort`, `Direction`, `Protocol`, `Source`, `SourcePort`.
    pub fn new(
        destination: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        destination_port: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        direction: impl ::forma_core::schema::EnumArg<Direction>,
        protocol: impl ::forma_core::schema::EnumArg<Protocol>,
        source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_port: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination.into().into_expr());
        props.set(1, destination_port.into().into_expr());
        props.set(2, direction.into_enum_expr());
        props.set(3, protocol.into_enum_expr());
        props.set(4, source.into().into_expr());
        props.set(5, source_port.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Header> for ::forma_core::Value<Header> {
    fn from(v: Header) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEADER_TYPE.properties))
    }
}

/// The `RuleOption` property type of `AWS::NetworkFirewall::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleOption {
    props: ::forma_core::schema::Props,
}
impl RuleOption {
    /// A new value with its required properties: `Keyword`.
    pub fn new(keyword: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, keyword.into().into_expr());
        Self { props }
    }
    /// `Settings`.
    pub fn settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RuleOption> for ::forma_core::Value<RuleOption> {
    fn from(v: RuleOption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_OPTION_TYPE.properties))
    }
}

/// The `CustomAction` property type of `AWS::NetworkFirewall::RuleGroup`.
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

/// The `StatelessRule` property type of `AWS::NetworkFirewall::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct StatelessRule {
    props: ::forma_core::schema::Props,
}
impl StatelessRule {
    /// A new value with its required properties: `Priority`, `RuleDefinition`.
    pub fn new(
        priority: impl ::std::convert::Into<::forma_core::Value<i64>>,
        rule_definition: impl ::std::convert::Into<::forma_core::Value<RuleDefinition>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, priority.into().into_expr());
        props.set(1, rule_definition.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<StatelessRule> for ::forma_core::Value<StatelessRule> {
    fn from(v: StatelessRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STATELESS_RULE_TYPE.properties))
    }
}

/// The `ActionDefinition` property type of `AWS::NetworkFirewall::RuleGroup`.
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

/// The `RuleDefinition` property type of `AWS::NetworkFirewall::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleDefinition {
    props: ::forma_core::schema::Props,
}
impl RuleDefinition {
    /// A new value with its required properties: `Actions`, `MatchAttributes`.
    pub fn new(
        actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        match_attributes: impl ::std::convert::Into<::forma_core::Value<MatchAttributes>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, actions.into().into_expr());
        props.set(1, match_attributes.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RuleDefinition> for ::forma_core::Value<RuleDefinition> {
    fn from(v: RuleDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_DEFINITION_TYPE.properties))
    }
}

/// The `PublishMetricAction` property type of `AWS::NetworkFirewall::RuleGroup`.
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

/// The `MatchAttributes` property type of `AWS::NetworkFirewall::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchAttributes {
    props: ::forma_core::schema::Props,
}
impl MatchAttributes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DestinationPorts`.
    pub fn destination_ports(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PortRange>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Destinations`.
    pub fn destinations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Address>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Protocols`.
    pub fn protocols(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SourcePorts`.
    pub fn source_ports(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PortRange>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Sources`.
    pub fn sources(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Address>>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `TCPFlags`.
    pub fn tcp_flags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TcpFlagField>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MatchAttributes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MatchAttributes> for ::forma_core::Value<MatchAttributes> {
    fn from(v: MatchAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MATCH_ATTRIBUTES_TYPE.properties))
    }
}

/// The `Dimension` property type of `AWS::NetworkFirewall::RuleGroup`.
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

/// The `PortRange` property type of `AWS::NetworkFirewall::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct PortRange {
    props: ::forma_core::schema::Props,
}
impl PortRange {
    /// A new value with its required properties: `FromPort`, `ToPort`.
    pub fn new(
        from_port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        to_port: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, from_port.into().into_expr());
        props.set(1, to_port.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PortRange> for ::forma_core::Value<PortRange> {
    fn from(v: PortRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PORT_RANGE_TYPE.properties))
    }
}

/// The `Address` property type of `AWS::NetworkFirewall::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct Address {
    props: ::forma_core::schema::Props,
}
impl Address {
    /// A new value with its required properties: `AddressDefinition`.
    pub fn new(address_definition: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, address_definition.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Address> for ::forma_core::Value<Address> {
    fn from(v: Address) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADDRESS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `FIN`, `SYN`, `RST`, `PSH`, `ACK`, `URG`, `ECE`, `CWR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TcpFlag {
    /// `FIN`
    Fin,
    /// `SYN`
    Syn,
    /// `RST`
    Rst,
    /// `PSH`
    Psh,
    /// `ACK`
    Ack,
    /// `URG`
    Urg,
    /// `ECE`
    Ece,
    /// `CWR`
    Cwr,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TcpFlag {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Fin => "FIN",
            Self::Syn => "SYN",
            Self::Rst => "RST",
            Self::Psh => "PSH",
            Self::Ack => "ACK",
            Self::Urg => "URG",
            Self::Ece => "ECE",
            Self::Cwr => "CWR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"]
    }
}
impl ::std::convert::From<TcpFlag> for ::forma_core::Value<TcpFlag> {
    fn from(v: TcpFlag) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TcpFlag {}

/// The `TCPFlagField` property type of `AWS::NetworkFirewall::RuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct TcpFlagField {
    props: ::forma_core::schema::Props,
}
impl TcpFlagField {
    /// A new value with its required properties: `Flags`.
    pub fn new(flags: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TcpFlag>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, flags.into().into_expr());
        Self { props }
    }
    /// `Masks`.
    pub fn masks(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TcpFlag>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TcpFlagField> for ::forma_core::Value<TcpFlagField> {
    fn from(v: TcpFlagField) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TCP_FLAG_FIELD_TYPE.properties))
    }
}

/// The schema of `AWS::NetworkFirewall::RuleGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::NetworkFirewall::RuleGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "Capacity",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
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
            name: "RuleGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RULE_GROUP_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RuleGroupName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "SummaryConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SUMMARY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["STATELESS", "STATEFUL"]),
        },
    ],
    rules: &[],
    attributes: &["RuleGroupArn", "RuleGroupId"],
};

static RULE_GROUP_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.RuleGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "ReferenceSets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REFERENCE_SETS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RuleVariables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RULE_VARIABLES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RulesSource",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RULES_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StatefulRuleOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STATEFUL_RULE_OPTIONS_TYPE),
        },
    ],
    rules: &[],
};

static SUMMARY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.SummaryConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "RuleOptions",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Enum(&["SID", "MSG", "METADATA"]),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.Tag",
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

static REFERENCE_SETS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.ReferenceSets",
    properties: &[::forma_core::schema::Property {
        name: "IPSetReferences",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&IP_SET_REFERENCE_TYPE)),
    }],
    rules: &[],
};

static RULE_VARIABLES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.RuleVariables",
    properties: &[
        ::forma_core::schema::Property {
            name: "IPSets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&IP_SET_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "PortSets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&PORT_SET_TYPE)),
        },
    ],
    rules: &[],
};

static RULES_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.RulesSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "RulesSourceList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RULES_SOURCE_LIST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RulesString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1000000),
            }),
        },
        ::forma_core::schema::Property {
            name: "StatefulRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STATEFUL_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StatelessRulesAndCustomActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STATELESS_RULES_AND_CUSTOM_ACTIONS_TYPE),
        },
    ],
    rules: &[],
};

static STATEFUL_RULE_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.StatefulRuleOptions",
    properties: &[::forma_core::schema::Property {
        name: "RuleOrder",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["DEFAULT_ACTION_ORDER", "STRICT_ORDER"]),
    }],
    rules: &[],
};

static IP_SET_REFERENCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.IPSetReference",
    properties: &[::forma_core::schema::Property {
        name: "ReferenceArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^(arn:aws.*)$"),
            min_length: Some(1),
            max_length: Some(256),
        }),
    }],
    rules: &[],
};

static IP_SET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.IPSet",
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

static PORT_SET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.PortSet",
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

static RULES_SOURCE_LIST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.RulesSourceList",
    properties: &[
        ::forma_core::schema::Property {
            name: "GeneratedRulesType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOWLIST", "DENYLIST", "ALERTLIST", "REJECTLIST"]),
        },
        ::forma_core::schema::Property {
            name: "TargetTypes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["TLS_SNI", "HTTP_HOST"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Targets",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static STATEFUL_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.StatefulRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PASS", "DROP", "ALERT", "REJECT"]),
        },
        ::forma_core::schema::Property {
            name: "Header",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HEADER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RuleOptions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RULE_OPTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static STATELESS_RULES_AND_CUSTOM_ACTIONS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::NetworkFirewall::RuleGroup.StatelessRulesAndCustomActions",
        properties: &[
            ::forma_core::schema::Property {
                name: "CustomActions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&CUSTOM_ACTION_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "StatelessRules",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&STATELESS_RULE_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static HEADER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.Header",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "DestinationPort",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Direction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FORWARD", "ANY"]),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "IP", "TCP", "UDP", "ICMP", "HTTP", "FTP", "TLS", "SMB", "DNS", "DCERPC", "SSH", "SMTP", "IMAP", "MSN",
                "KRB5", "IKEV2", "TFTP", "NTP", "DHCP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourcePort",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static RULE_OPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.RuleOption",
    properties: &[
        ::forma_core::schema::Property {
            name: "Keyword",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^.*$"),
                    min_length: Some(1),
                    max_length: Some(8192),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static CUSTOM_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.CustomAction",
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

static STATELESS_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.StatelessRule",
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
            name: "RuleDefinition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RULE_DEFINITION_TYPE),
        },
    ],
    rules: &[],
};

static ACTION_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.ActionDefinition",
    properties: &[::forma_core::schema::Property {
        name: "PublishMetricAction",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&PUBLISH_METRIC_ACTION_TYPE),
    }],
    rules: &[],
};

static RULE_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.RuleDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MatchAttributes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MATCH_ATTRIBUTES_TYPE),
        },
    ],
    rules: &[],
};

static PUBLISH_METRIC_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.PublishMetricAction",
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

static MATCH_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.MatchAttributes",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationPorts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PORT_RANGE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Destinations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ADDRESS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Protocols",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(255.0),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourcePorts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PORT_RANGE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Sources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ADDRESS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TCPFlags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TCP_FLAG_FIELD_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static DIMENSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.Dimension",
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

static PORT_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.PortRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "FromPort",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ToPort",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
    ],
    rules: &[],
};

static ADDRESS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.Address",
    properties: &[::forma_core::schema::Property {
        name: "AddressDefinition",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^([a-fA-F\\d:\\.]+/\\d{1,3})$"),
            min_length: Some(1),
            max_length: Some(255),
        }),
    }],
    rules: &[],
};

static TCP_FLAG_FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::RuleGroup.TCPFlagField",
    properties: &[
        ::forma_core::schema::Property {
            name: "Flags",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Masks",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};
