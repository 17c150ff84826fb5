// @generated from AWS::Route53Resolver::FirewallRuleGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Route53Resolver::FirewallRuleGroup` and its property types.

/// Resource schema for AWS::Route53Resolver::FirewallRuleGroup.
///
/// CloudFormation type `AWS::Route53Resolver::FirewallRuleGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct FirewallRuleGroup {
    props: ::forma_core::schema::Props,
}
impl FirewallRuleGroup {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// FirewallRules
    #[track_caller]
    pub fn firewall_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FirewallRule>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// FirewallRuleGroupName
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for FirewallRuleGroup {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for FirewallRuleGroup {
    type Attributes = FirewallRuleGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::Route53Resolver::FirewallRuleGroup"
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
/// The attributes of a `AWS::Route53Resolver::FirewallRuleGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FirewallRuleGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FirewallRuleGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FirewallRuleGroupAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `RuleCount`.
    pub fn rule_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "RuleCount")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StatusMessage`.
    pub fn status_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusMessage")
    }
    /// `Fn::GetAtt` `OwnerId`.
    pub fn owner_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OwnerId")
    }
    /// `Fn::GetAtt` `ShareStatus`.
    pub fn share_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ShareStatus")
    }
    /// `Fn::GetAtt` `CreatorRequestId`.
    pub fn creator_request_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatorRequestId")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `ModificationTime`.
    pub fn modification_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ModificationTime")
    }
    /// `Fn::GetAtt` `FirewallRules.*.FirewallThreatProtectionId`.
    pub fn firewall_rules_firewall_threat_protection_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "FirewallRules.*.FirewallThreatProtectionId")
    }
    /// `Fn::GetAtt` `FirewallRules.*.Status`.
    pub fn firewall_rules_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "FirewallRules.*.Status")
    }
}

/// The values CloudFormation documents: `ALLOW`, `BLOCK`, `ALERT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Action {
    /// `ALLOW`
    Allow,
    /// `BLOCK`
    Block,
    /// `ALERT`
    Alert,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Action {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Block => "BLOCK",
            Self::Alert => "ALERT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW", "BLOCK", "ALERT"]
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Action {}

/// The values CloudFormation documents: `CNAME`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BlockOverrideDnsType {
    /// `CNAME`
    Cname,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BlockOverrideDnsType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cname => "CNAME",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CNAME"]
    }
}
impl ::std::convert::From<BlockOverrideDnsType> for ::forma_core::Value<BlockOverrideDnsType> {
    fn from(v: BlockOverrideDnsType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BlockOverrideDnsType {}

/// The values CloudFormation documents: `NODATA`, `NXDOMAIN`, `OVERRIDE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BlockResponse {
    /// `NODATA`
    Nodata,
    /// `NXDOMAIN`
    Nxdomain,
    /// `OVERRIDE`
    Override,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BlockResponse {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Nodata => "NODATA",
            Self::Nxdomain => "NXDOMAIN",
            Self::Override => "OVERRIDE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NODATA", "NXDOMAIN", "OVERRIDE"]
    }
}
impl ::std::convert::From<BlockResponse> for ::forma_core::Value<BlockResponse> {
    fn from(v: BlockResponse) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BlockResponse {}

/// The values CloudFormation documents: `LOW`, `MEDIUM`, `HIGH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConfidenceThreshold {
    /// `LOW`
    Low,
    /// `MEDIUM`
    Medium,
    /// `HIGH`
    High,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConfidenceThreshold {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "LOW",
            Self::Medium => "MEDIUM",
            Self::High => "HIGH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LOW", "MEDIUM", "HIGH"]
    }
}
impl ::std::convert::From<ConfidenceThreshold> for ::forma_core::Value<ConfidenceThreshold> {
    fn from(v: ConfidenceThreshold) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConfidenceThreshold {}

/// The values CloudFormation documents: `DGA`, `DNS_TUNNELING`, `DICTIONARY_DGA`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DnsThreatProtection {
    /// `DGA`
    Dga,
    /// `DNS_TUNNELING`
    DnsTunneling,
    /// `DICTIONARY_DGA`
    DictionaryDga,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DnsThreatProtection {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dga => "DGA",
            Self::DnsTunneling => "DNS_TUNNELING",
            Self::DictionaryDga => "DICTIONARY_DGA",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DGA", "DNS_TUNNELING", "DICTIONARY_DGA"]
    }
}
impl ::std::convert::From<DnsThreatProtection> for ::forma_core::Value<DnsThreatProtection> {
    fn from(v: DnsThreatProtection) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DnsThreatProtection {}

/// The values CloudFormation documents: `INSPECT_REDIRECTION_DOMAIN`, `TRUST_REDIRECTION_DOMAIN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FirewallDomainRedirectionAction {
    /// `INSPECT_REDIRECTION_DOMAIN`
    InspectRedirectionDomain,
    /// `TRUST_REDIRECTION_DOMAIN`
    TrustRedirectionDomain,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FirewallDomainRedirectionAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InspectRedirectionDomain => "INSPECT_REDIRECTION_DOMAIN",
            Self::TrustRedirectionDomain => "TRUST_REDIRECTION_DOMAIN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INSPECT_REDIRECTION_DOMAIN", "TRUST_REDIRECTION_DOMAIN"]
    }
}
impl ::std::convert::From<FirewallDomainRedirectionAction> for ::forma_core::Value<FirewallDomainRedirectionAction> {
    fn from(v: FirewallDomainRedirectionAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FirewallDomainRedirectionAction {}

/// The values CloudFormation documents: `COMPLETE`, `CREATING`, `CREATION_FAILED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `COMPLETE`
    Complete,
    /// `CREATING`
    Creating,
    /// `CREATION_FAILED`
    CreationFailed,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Complete => "COMPLETE",
            Self::Creating => "CREATING",
            Self::CreationFailed => "CREATION_FAILED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["COMPLETE", "CREATING", "CREATION_FAILED"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// Firewall Rule associating the Rule Group to a Domain List or advanced rule type
#[derive(Debug, Clone, PartialEq)]
pub struct FirewallRule {
    props: ::forma_core::schema::Props,
}
impl FirewallRule {
    /// A new value with its required properties: `Action`, `Priority`.
    pub fn new(
        action: impl ::forma_core::schema::EnumArg<Action>,
        priority: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into_enum_expr());
        props.set(11, priority.into().into_expr());
        Self { props }
    }
    /// BlockOverrideDnsType
    pub fn block_override_dns_type(mut self, value: impl ::forma_core::schema::EnumArg<BlockOverrideDnsType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// BlockOverrideDomain
    ///
    /// Allowed: length 1 to 255.
    pub fn block_override_domain(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// BlockOverrideTtl
    ///
    /// Allowed: 0 to 604800.
    pub fn block_override_ttl(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// BlockResponse
    pub fn block_response(mut self, value: impl ::forma_core::schema::EnumArg<BlockResponse>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// ConfidenceThreshold
    pub fn confidence_threshold(mut self, value: impl ::forma_core::schema::EnumArg<ConfidenceThreshold>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// DnsThreatProtection
    pub fn dns_threat_protection(mut self, value: impl ::forma_core::schema::EnumArg<DnsThreatProtection>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// ResourceId
    ///
    /// Allowed: length 1 to 64.
    pub fn firewall_domain_list_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// FirewallDomainRedirectionAction
    pub fn firewall_domain_redirection_action(
        mut self,
        value: impl ::forma_core::schema::EnumArg<FirewallDomainRedirectionAction>,
    ) -> Self {
        self.props.set(8, value.into_enum_expr());
        self
    }
    /// Advanced firewall rule type.
    pub fn firewall_rule_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FirewallRuleType>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// ResourceId
    ///
    /// Allowed: length 1 to 64.
    pub fn firewall_threat_protection_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// Qtype
    ///
    /// Allowed: length 1 to 16.
    pub fn qtype(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// The status of the firewall rule.
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(13, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<FirewallRule> for ::forma_core::Value<FirewallRule> {
    fn from(v: FirewallRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIREWALL_RULE_TYPE.properties))
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

/// Firewall rule type union.
#[derive(Debug, Clone, PartialEq)]
pub struct FirewallRuleType {
    props: ::forma_core::schema::Props,
}
impl FirewallRuleType {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `PartnerThreatProtection`, `FirewallAdvancedContentCategory` or `FirewallAdvancedThreatCategory`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration for an advanced content category rule type.
    pub fn firewall_advanced_content_category(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FirewallAdvancedContentCategoryConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration for an advanced threat category rule type.
    pub fn firewall_advanced_threat_category(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FirewallAdvancedThreatCategoryConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Configuration for a partner threat protection rule type.
    pub fn partner_threat_protection(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PartnerThreatProtectionConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FirewallRuleType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FirewallRuleType> for ::forma_core::Value<FirewallRuleType> {
    fn from(v: FirewallRuleType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIREWALL_RULE_TYPE_TYPE.properties))
    }
}

/// Configuration for an advanced content category rule type.
#[derive(Debug, Clone, PartialEq)]
pub struct FirewallAdvancedContentCategoryConfig {
    props: ::forma_core::schema::Props,
}
impl FirewallAdvancedContentCategoryConfig {
    /// A new value with its required properties: `Category`.
    pub fn new(category: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, category.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FirewallAdvancedContentCategoryConfig>
    for ::forma_core::Value<FirewallAdvancedContentCategoryConfig>
{
    fn from(v: FirewallAdvancedContentCategoryConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIREWALL_ADVANCED_CONTENT_CATEGORY_CONFIG_TYPE.properties))
    }
}

/// Configuration for an advanced threat category rule type.
#[derive(Debug, Clone, PartialEq)]
pub struct FirewallAdvancedThreatCategoryConfig {
    props: ::forma_core::schema::Props,
}
impl FirewallAdvancedThreatCategoryConfig {
    /// A new value with its required properties: `Category`.
    pub fn new(category: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, category.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FirewallAdvancedThreatCategoryConfig>
    for ::forma_core::Value<FirewallAdvancedThreatCategoryConfig>
{
    fn from(v: FirewallAdvancedThreatCategoryConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIREWALL_ADVANCED_THREAT_CATEGORY_CONFIG_TYPE.properties))
    }
}

/// Configuration for a partner threat protection rule type.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerThreatProtectionConfig {
    props: ::forma_core::schema::Props,
}
impl PartnerThreatProtectionConfig {
    /// A new value with its required properties: `Partner`.
    pub fn new(partner: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, partner.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PartnerThreatProtectionConfig> for ::forma_core::Value<PartnerThreatProtectionConfig> {
    fn from(v: PartnerThreatProtectionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARTNER_THREAT_PROTECTION_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::Route53Resolver::FirewallRuleGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Route53Resolver::FirewallRuleGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "FirewallRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FIREWALL_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?!^[0-9]+$)([a-zA-Z0-9\\-_' ']+)"),
                min_length: Some(1),
                max_length: Some(64),
            }),
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
    ],
    rules: &[],
    attributes: &[
        "Id",
        "Arn",
        "RuleCount",
        "Status",
        "StatusMessage",
        "OwnerId",
        "ShareStatus",
        "CreatorRequestId",
        "CreationTime",
        "ModificationTime",
        "FirewallRules.*.FirewallThreatProtectionId",
        "FirewallRules.*.Status",
    ],
};

static FIREWALL_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53Resolver::FirewallRuleGroup.FirewallRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW", "BLOCK", "ALERT"]),
        },
        ::forma_core::schema::Property {
            name: "BlockOverrideDnsType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CNAME"]),
        },
        ::forma_core::schema::Property {
            name: "BlockOverrideDomain",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "BlockOverrideTtl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(604800.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "BlockResponse",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NODATA", "NXDOMAIN", "OVERRIDE"]),
        },
        ::forma_core::schema::Property {
            name: "ConfidenceThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LOW", "MEDIUM", "HIGH"]),
        },
        ::forma_core::schema::Property {
            name: "DnsThreatProtection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DGA", "DNS_TUNNELING", "DICTIONARY_DGA"]),
        },
        ::forma_core::schema::Property {
            name: "FirewallDomainListId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "FirewallDomainRedirectionAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INSPECT_REDIRECTION_DOMAIN", "TRUST_REDIRECTION_DOMAIN"]),
        },
        ::forma_core::schema::Property {
            name: "FirewallRuleType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIREWALL_RULE_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FirewallThreatProtectionId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Qtype",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(16),
            }),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["COMPLETE", "CREATING", "CREATION_FAILED"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53Resolver::FirewallRuleGroup.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static FIREWALL_RULE_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53Resolver::FirewallRuleGroup.FirewallRuleType",
    properties: &[
        ::forma_core::schema::Property {
            name: "FirewallAdvancedContentCategory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIREWALL_ADVANCED_CONTENT_CATEGORY_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FirewallAdvancedThreatCategory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIREWALL_ADVANCED_THREAT_CATEGORY_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PartnerThreatProtection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARTNER_THREAT_PROTECTION_CONFIG_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["PartnerThreatProtection"],
        &["FirewallAdvancedContentCategory"],
        &["FirewallAdvancedThreatCategory"],
    ])],
};

static FIREWALL_ADVANCED_CONTENT_CATEGORY_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Route53Resolver::FirewallRuleGroup.FirewallAdvancedContentCategoryConfig",
        properties: &[::forma_core::schema::Property {
            name: "Category",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        }],
        rules: &[],
    };

static FIREWALL_ADVANCED_THREAT_CATEGORY_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Route53Resolver::FirewallRuleGroup.FirewallAdvancedThreatCategoryConfig",
        properties: &[::forma_core::schema::Property {
            name: "Category",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        }],
        rules: &[],
    };

static PARTNER_THREAT_PROTECTION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53Resolver::FirewallRuleGroup.PartnerThreatProtectionConfig",
    properties: &[::forma_core::schema::Property {
        name: "Partner",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(128),
        }),
    }],
    rules: &[],
};
