// @generated from AWS::FMS::Policy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::FMS::Policy` and its property types.

/// Creates an AWS Firewall Manager policy.
///
/// CloudFormation type `AWS::FMS::Policy`.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    props: ::forma_core::schema::Props,
}
impl Policy {
    /// A new resource with its required properties: `ExcludeResourceTags`, `PolicyName`, `RemediationEnabled`, `SecurityServicePolicyData`.
    #[track_caller]
    pub fn new(
        exclude_resource_tags: impl ::std::convert::Into<::forma_core::Value<bool>>,
        policy_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        remediation_enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
        security_service_policy_data: impl ::std::convert::Into<::forma_core::Value<SecurityServicePolicyData>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, exclude_resource_tags.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, policy_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, remediation_enabled.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(13, security_service_policy_data.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `DeleteAllPolicyResources`.
    #[track_caller]
    pub fn delete_all_policy_resources(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An FMS includeMap or excludeMap.
    #[track_caller]
    pub fn exclude_map(mut self, value: impl ::std::convert::Into<::forma_core::Value<IeMap>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An FMS includeMap or excludeMap.
    #[track_caller]
    pub fn include_map(mut self, value: impl ::std::convert::Into<::forma_core::Value<IeMap>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PolicyDescription`.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn policy_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResourceSetIds`.
    #[track_caller]
    pub fn resource_set_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResourceTagLogicalOperator`.
    #[track_caller]
    pub fn resource_tag_logical_operator(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ResourceTagLogicalOperator>,
    ) -> Self {
        self.props.set_at(8, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResourceTags`.
    #[track_caller]
    pub fn resource_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceTag>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An AWS resource type
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn resource_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResourceTypeList`.
    #[track_caller]
    pub fn resource_type_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResourcesCleanUp`.
    #[track_caller]
    pub fn resources_clean_up(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PolicyTag>>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Policy {
    type Attributes = PolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::FMS::Policy"
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
/// The attributes of a `AWS::FMS::Policy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PolicyAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `AND`, `OR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceTagLogicalOperator {
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceTagLogicalOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::And => "AND",
            Self::Or => "OR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AND", "OR"]
    }
}
impl ::std::convert::From<ResourceTagLogicalOperator> for ::forma_core::Value<ResourceTagLogicalOperator> {
    fn from(v: ResourceTagLogicalOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceTagLogicalOperator {}

/// An FMS includeMap or excludeMap.
#[derive(Debug, Clone, PartialEq)]
pub struct IeMap {
    props: ::forma_core::schema::Props,
}
impl IeMap {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ACCOUNT`.
    pub fn account(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ORGUNIT`.
    pub fn orgunit(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IeMap {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IeMap> for ::forma_core::Value<IeMap> {
    fn from(v: IeMap) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IE_MAP_TYPE.properties))
    }
}

/// A resource tag.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceTag {
    props: ::forma_core::schema::Props,
}
impl ResourceTag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// `Value`.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ResourceTag> for ::forma_core::Value<ResourceTag> {
    fn from(v: ResourceTag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_TAG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `WAF`, `WAFV2`, `SHIELD_ADVANCED`, `SECURITY_GROUPS_COMMON`, `SECURITY_GROUPS_CONTENT_AUDIT`, `SECURITY_GROUPS_USAGE_AUDIT`, `NETWORK_FIREWALL`, `THIRD_PARTY_FIREWALL`, `DNS_FIREWALL`, `IMPORT_NETWORK_FIREWALL`, `NETWORK_ACL_COMMON`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PolicyType {
    /// `WAF`
    Waf,
    /// `WAFV2`
    Wafv2,
    /// `SHIELD_ADVANCED`
    ShieldAdvanced,
    /// `SECURITY_GROUPS_COMMON`
    SecurityGroupsCommon,
    /// `SECURITY_GROUPS_CONTENT_AUDIT`
    SecurityGroupsContentAudit,
    /// `SECURITY_GROUPS_USAGE_AUDIT`
    SecurityGroupsUsageAudit,
    /// `NETWORK_FIREWALL`
    NetworkFirewall,
    /// `THIRD_PARTY_FIREWALL`
    ThirdPartyFirewall,
    /// `DNS_FIREWALL`
    DnsFirewall,
    /// `IMPORT_NETWORK_FIREWALL`
    ImportNetworkFirewall,
    /// `NETWORK_ACL_COMMON`
    NetworkAclCommon,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PolicyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Waf => "WAF",
            Self::Wafv2 => "WAFV2",
            Self::ShieldAdvanced => "SHIELD_ADVANCED",
            Self::SecurityGroupsCommon => "SECURITY_GROUPS_COMMON",
            Self::SecurityGroupsContentAudit => "SECURITY_GROUPS_CONTENT_AUDIT",
            Self::SecurityGroupsUsageAudit => "SECURITY_GROUPS_USAGE_AUDIT",
            Self::NetworkFirewall => "NETWORK_FIREWALL",
            Self::ThirdPartyFirewall => "THIRD_PARTY_FIREWALL",
            Self::DnsFirewall => "DNS_FIREWALL",
            Self::ImportNetworkFirewall => "IMPORT_NETWORK_FIREWALL",
            Self::NetworkAclCommon => "NETWORK_ACL_COMMON",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "WAF",
            "WAFV2",
            "SHIELD_ADVANCED",
            "SECURITY_GROUPS_COMMON",
            "SECURITY_GROUPS_CONTENT_AUDIT",
            "SECURITY_GROUPS_USAGE_AUDIT",
            "NETWORK_FIREWALL",
            "THIRD_PARTY_FIREWALL",
            "DNS_FIREWALL",
            "IMPORT_NETWORK_FIREWALL",
            "NETWORK_ACL_COMMON",
        ]
    }
}
impl ::std::convert::From<PolicyType> for ::forma_core::Value<PolicyType> {
    fn from(v: PolicyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PolicyType {}

/// Firewall security service policy data.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityServicePolicyData {
    props: ::forma_core::schema::Props,
}
impl SecurityServicePolicyData {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<PolicyType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
    /// Firewall managed service data.
    ///
    /// Allowed: length 1 to 30000.
    pub fn managed_service_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Firewall policy option.
    pub fn policy_option(mut self, value: impl ::std::convert::Into<::forma_core::Value<PolicyOption>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SecurityServicePolicyData> for ::forma_core::Value<SecurityServicePolicyData> {
    fn from(v: SecurityServicePolicyData) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SECURITY_SERVICE_POLICY_DATA_TYPE.properties))
    }
}

/// A policy tag.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyTag {
    props: ::forma_core::schema::Props,
}
impl PolicyTag {
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
impl ::std::convert::From<PolicyTag> for ::forma_core::Value<PolicyTag> {
    fn from(v: PolicyTag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POLICY_TAG_TYPE.properties))
    }
}

/// Firewall policy option.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyOption {
    props: ::forma_core::schema::Props,
}
impl PolicyOption {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `NetworkFirewallPolicy`, `ThirdPartyFirewallPolicy` or `NetworkAclCommonPolicy`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Network ACL common policy.
    pub fn network_acl_common_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkAclCommonPolicy>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Network firewall policy.
    pub fn network_firewall_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkFirewallPolicy>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Third party firewall policy.
    pub fn third_party_firewall_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ThirdPartyFirewallPolicy>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PolicyOption {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PolicyOption> for ::forma_core::Value<PolicyOption> {
    fn from(v: PolicyOption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POLICY_OPTION_TYPE.properties))
    }
}

/// Network ACL common policy.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkAclCommonPolicy {
    props: ::forma_core::schema::Props,
}
impl NetworkAclCommonPolicy {
    /// A new value with its required properties: `NetworkAclEntrySet`.
    pub fn new(network_acl_entry_set: impl ::std::convert::Into<::forma_core::Value<NetworkAclEntrySet>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, network_acl_entry_set.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<NetworkAclCommonPolicy> for ::forma_core::Value<NetworkAclCommonPolicy> {
    fn from(v: NetworkAclCommonPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_ACL_COMMON_POLICY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DISTRIBUTED`, `CENTRALIZED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FirewallDeploymentModel {
    /// `DISTRIBUTED`
    Distributed,
    /// `CENTRALIZED`
    Centralized,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FirewallDeploymentModel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Distributed => "DISTRIBUTED",
            Self::Centralized => "CENTRALIZED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISTRIBUTED", "CENTRALIZED"]
    }
}
impl ::std::convert::From<FirewallDeploymentModel> for ::forma_core::Value<FirewallDeploymentModel> {
    fn from(v: FirewallDeploymentModel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FirewallDeploymentModel {}

/// Network firewall policy.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkFirewallPolicy {
    props: ::forma_core::schema::Props,
}
impl NetworkFirewallPolicy {
    /// A new value with its required properties: `FirewallDeploymentModel`.
    pub fn new(firewall_deployment_model: impl ::forma_core::schema::EnumArg<FirewallDeploymentModel>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, firewall_deployment_model.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<NetworkFirewallPolicy> for ::forma_core::Value<NetworkFirewallPolicy> {
    fn from(v: NetworkFirewallPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_FIREWALL_POLICY_TYPE.properties))
    }
}

/// Third party firewall policy.
#[derive(Debug, Clone, PartialEq)]
pub struct ThirdPartyFirewallPolicy {
    props: ::forma_core::schema::Props,
}
impl ThirdPartyFirewallPolicy {
    /// A new value with its required properties: `FirewallDeploymentModel`.
    pub fn new(firewall_deployment_model: impl ::forma_core::schema::EnumArg<FirewallDeploymentModel>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, firewall_deployment_model.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ThirdPartyFirewallPolicy> for ::forma_core::Value<ThirdPartyFirewallPolicy> {
    fn from(v: ThirdPartyFirewallPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(THIRD_PARTY_FIREWALL_POLICY_TYPE.properties))
    }
}

/// Network ACL entry set.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkAclEntrySet {
    props: ::forma_core::schema::Props,
}
impl NetworkAclEntrySet {
    /// A new value with its required properties: `ForceRemediateForFirstEntries`, `ForceRemediateForLastEntries`.
    ///
    /// CloudFormation also needs at least one of `FirstEntries` or `LastEntries`.
    pub fn new(
        force_remediate_for_first_entries: impl ::std::convert::Into<::forma_core::Value<bool>>,
        force_remediate_for_last_entries: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, force_remediate_for_first_entries.into().into_expr());
        props.set(2, force_remediate_for_last_entries.into().into_expr());
        Self { props }
    }
    /// NetworkAcl entry list.
    pub fn first_entries(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NetworkAclEntry>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// NetworkAcl entry list.
    pub fn last_entries(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NetworkAclEntry>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<NetworkAclEntrySet> for ::forma_core::Value<NetworkAclEntrySet> {
    fn from(v: NetworkAclEntrySet) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_ACL_ENTRY_SET_TYPE.properties))
    }
}

/// The values CloudFormation documents: `allow`, `deny`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RuleAction {
    /// `allow`
    Allow,
    /// `deny`
    Deny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RuleAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "allow",
            Self::Deny => "deny",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["allow", "deny"]
    }
}
impl ::std::convert::From<RuleAction> for ::forma_core::Value<RuleAction> {
    fn from(v: RuleAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RuleAction {}

/// Network ACL entry.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkAclEntry {
    props: ::forma_core::schema::Props,
}
impl NetworkAclEntry {
    /// A new value with its required properties: `Egress`, `Protocol`, `RuleAction`.
    pub fn new(
        egress: impl ::std::convert::Into<::forma_core::Value<bool>>,
        protocol: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rule_action: impl ::forma_core::schema::EnumArg<RuleAction>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, egress.into().into_expr());
        props.set(5, protocol.into().into_expr());
        props.set(6, rule_action.into_enum_expr());
        Self { props }
    }
    /// CIDR block.
    pub fn cidr_block(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// ICMP type and code.
    pub fn icmp_type_code(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkAclEntryIcmpTypeCode>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// IPv6 CIDR block.
    pub fn ipv6_cidr_block(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Port range.
    pub fn port_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkAclEntryPortRange>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<NetworkAclEntry> for ::forma_core::Value<NetworkAclEntry> {
    fn from(v: NetworkAclEntry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_ACL_ENTRY_TYPE.properties))
    }
}

/// ICMP type and code.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkAclEntryIcmpTypeCode {
    props: ::forma_core::schema::Props,
}
impl NetworkAclEntryIcmpTypeCode {
    /// A new value with its required properties: `Code`, `Type`.
    pub fn new(
        code: impl ::std::convert::Into<::forma_core::Value<i64>>,
        type_: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, code.into().into_expr());
        props.set(1, type_.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<NetworkAclEntryIcmpTypeCode> for ::forma_core::Value<NetworkAclEntryIcmpTypeCode> {
    fn from(v: NetworkAclEntryIcmpTypeCode) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_ACL_ENTRY_ICMP_TYPE_CODE_TYPE.properties))
    }
}

/// Port range.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkAclEntryPortRange {
    props: ::forma_core::schema::Props,
}
impl NetworkAclEntryPortRange {
    /// A new value with its required properties: `From`, `To`.
    pub fn new(
        from: impl ::std::convert::Into<::forma_core::Value<i64>>,
        to: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, from.into().into_expr());
        props.set(1, to.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<NetworkAclEntryPortRange> for ::forma_core::Value<NetworkAclEntryPortRange> {
    fn from(v: NetworkAclEntryPortRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_ACL_ENTRY_PORT_RANGE_TYPE.properties))
    }
}

/// The schema of `AWS::FMS::Policy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::FMS::Policy",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeleteAllPolicyResources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ExcludeMap",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IE_MAP_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExcludeResourceTags",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludeMap",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IE_MAP_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PolicyDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-zA-Z0-9_.:/=+\\-@\\s]+)$"),
                min_length: None,
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "PolicyName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-zA-Z0-9_.:/=+\\-@\\s]+)$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "RemediationEnabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ResourceSetIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-z0-9A-Z]{22}$"),
                    min_length: Some(22),
                    max_length: Some(22),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceTagLogicalOperator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AND", "OR"]),
        },
        ::forma_core::schema::Property {
            name: "ResourceTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([^\\s]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceTypeList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^([^\\s]*)$"),
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourcesCleanUp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SecurityServicePolicyData",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SECURITY_SERVICE_POLICY_DATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&POLICY_TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Id"],
};

static IE_MAP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FMS::Policy.IEMap",
    properties: &[
        ::forma_core::schema::Property {
            name: "ACCOUNT",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^([0-9]*)$"),
                    min_length: Some(12),
                    max_length: Some(12),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ORGUNIT",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$"),
                    min_length: Some(16),
                    max_length: Some(68),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static RESOURCE_TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FMS::Policy.ResourceTag",
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
            required: false,
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

static SECURITY_SERVICE_POLICY_DATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FMS::Policy.SecurityServicePolicyData",
    properties: &[
        ::forma_core::schema::Property {
            name: "ManagedServiceData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(30000),
            }),
        },
        ::forma_core::schema::Property {
            name: "PolicyOption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&POLICY_OPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "WAF",
                "WAFV2",
                "SHIELD_ADVANCED",
                "SECURITY_GROUPS_COMMON",
                "SECURITY_GROUPS_CONTENT_AUDIT",
                "SECURITY_GROUPS_USAGE_AUDIT",
                "NETWORK_FIREWALL",
                "THIRD_PARTY_FIREWALL",
                "DNS_FIREWALL",
                "IMPORT_NETWORK_FIREWALL",
                "NETWORK_ACL_COMMON",
            ]),
        },
    ],
    rules: &[],
};

static POLICY_TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FMS::Policy.PolicyTag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([^\\s]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([^\\s]*)$"),
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static POLICY_OPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FMS::Policy.PolicyOption",
    properties: &[
        ::forma_core::schema::Property {
            name: "NetworkAclCommonPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_ACL_COMMON_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NetworkFirewallPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_FIREWALL_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ThirdPartyFirewallPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&THIRD_PARTY_FIREWALL_POLICY_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["NetworkFirewallPolicy"],
        &["ThirdPartyFirewallPolicy"],
        &["NetworkAclCommonPolicy"],
    ])],
};

static NETWORK_ACL_COMMON_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FMS::Policy.NetworkAclCommonPolicy",
    properties: &[::forma_core::schema::Property {
        name: "NetworkAclEntrySet",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&NETWORK_ACL_ENTRY_SET_TYPE),
    }],
    rules: &[],
};

static NETWORK_FIREWALL_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FMS::Policy.NetworkFirewallPolicy",
    properties: &[::forma_core::schema::Property {
        name: "FirewallDeploymentModel",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["DISTRIBUTED", "CENTRALIZED"]),
    }],
    rules: &[],
};

static THIRD_PARTY_FIREWALL_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FMS::Policy.ThirdPartyFirewallPolicy",
    properties: &[::forma_core::schema::Property {
        name: "FirewallDeploymentModel",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["DISTRIBUTED", "CENTRALIZED"]),
    }],
    rules: &[],
};

static NETWORK_ACL_ENTRY_SET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FMS::Policy.NetworkAclEntrySet",
    properties: &[
        ::forma_core::schema::Property {
            name: "FirstEntries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NETWORK_ACL_ENTRY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ForceRemediateForFirstEntries",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ForceRemediateForLastEntries",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LastEntries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NETWORK_ACL_ENTRY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[::forma_core::schema::Combination::AnyOf(&[&["FirstEntries"], &["LastEntries"]])],
};

static NETWORK_ACL_ENTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::FMS::Policy.NetworkAclEntry",
properties: &[
::forma_core::schema::Property { name: "CidrBlock", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])(\\/([0-9]|[1-2][0-9]|3[0-2]))$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Egress", required: true, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "IcmpTypeCode", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&NETWORK_ACL_ENTRY_ICMP_TYPE_CODE_TYPE) },
::forma_core::schema::Property { name: "Ipv6CidrBlock", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(([0-9a-fA-F]{1,4}:){7,7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:)|fe80:(:[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}|::(ffff(:0{1,4}){0,1}:){0,1}((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])|([0-9a-fA-F]{1,4}:){1,4}:((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9]))(/(1[0-2]|[0-9]))?$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "PortRange", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&NETWORK_ACL_ENTRY_PORT_RANGE_TYPE) },
::forma_core::schema::Property { name: "Protocol", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(tcp|udp|icmp|-1|([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5]))$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "RuleAction", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["allow", "deny"]) },
],
rules: &[],
};

static NETWORK_ACL_ENTRY_ICMP_TYPE_CODE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FMS::Policy.NetworkAclEntryIcmpTypeCode",
    properties: &[
        ::forma_core::schema::Property {
            name: "Code",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(255.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(255.0),
            }),
        },
    ],
    rules: &[],
};

static NETWORK_ACL_ENTRY_PORT_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FMS::Policy.NetworkAclEntryPortRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "From",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "To",
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
